"""fix60e (rv59g s294): money a note moves into a cancelled order, read for how much, when and
whose order it left.

fix59n took money moved in (PO-R2的款转入本单 on a cancelled PO-R1 brought back) off PO-R2.
It took all PO-R2's money whatever the note said: PO-R2的款3000转入本单 read PO-R2 10,000
owed where 3,000 is (m3); money PO-R2 received on 05-25, after the move noted on 05-10, was
taken too, 10,000 owed where the buyer paid both orders (m6); and PO-R2 being another buyer's
(Lima's), nothing was taken: Lima read paid though the money left its order (m4). The clerk's
ledger is a tab a month; cases where the files come in another order are at the end.
"""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_fix59c_repaid_and_moved_money import CANCELLED_HEAD, _imported
from test_fix59n_moved_in_money_taken_back import LIMA, OTHER, RIO, _r, _seen

MOVED = "PO-R2的款转入本单，恢复出货"


def _sheets(note: str, r2_on: str = "2025-04-20", r2_buyer: str = RIO
            ) -> dict[str, list[list[object]]]:
    return {"3月": [CANCELLED_HEAD, _r("PO-R1", "已取消")],
            "4月": [CANCELLED_HEAD, _r("PO-R2", None, 10000, r2_on, "2025-04-01", r2_buyer)],
            "5月": [CANCELLED_HEAD, _r("PO-R1", note, 10000, "2025-05-10")],
            "6月": [CANCELLED_HEAD, OTHER]}


def test_the_figure_in_the_note_is_what_moved(tmp_path: Path):
    """m3: PO-R2 paid 10,000, PO-R2的款3000转入本单: 3,000 owed, 60 days, watch (before:
    10,000 taken back). Writing it USD 3,000 reads the same."""
    for n, note in enumerate(["PO-R2的款3000转入本单，恢复出货", "PO-R2的款USD3,000转入本单"]):
        book = tmp_path / str(n)
        _imported(book, [write_xlsx(book / "b" / "2025外贸台账.xlsx", _sheets(note))])
        assert _seen(book) == (3000, 60, "watch", 0, 20000), note


def test_money_moved_from_another_buyers_order_leaves_that_buyer_owing(tmp_path: Path):
    """m4: PO-R2 is Lima's, paid 04-20; Rio's PO-R1 takes its money over on 05-10: Lima
    10,000 owed, 60 days, watch (before: 0); Rio's revived order keeps the money, 0 open."""
    _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx",
                                    _sheets(MOVED, r2_buyer=LIMA))])
    assert _seen(tmp_path, LIMA) == (10000, 60, "watch", 0, 10000)
    assert _seen(tmp_path) == (0, 0, None, 0, 10000)


def test_money_not_come_when_it_was_moved_was_not_moved(tmp_path: Path):
    """m6: PO-R2's 10,000 came on 05-25, after PO-R1's row moved it in on 05-10: nothing of
    PO-R2's was there to move, so the 05-10 money is the buyer's and both orders are paid
    (before: PO-R2 10,000 owed, 60 days, watch)."""
    _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx",
                                    _sheets(MOVED, r2_on="2025-05-25"))])
    assert _seen(tmp_path) == (0, 0, None, 0, 20000)


def test_the_move_in_a_file_imported_first(tmp_path: Path):
    """May's file (the move) imported before March-April's: PO-R2 10,000 owed, 60 days, as in
    order (before: the move undone, 0 open)."""
    books = tmp_path / "books"
    early = write_xlsx(books / "台账-3-4月.xlsx", {
        "3月": [CANCELLED_HEAD, _r("PO-R1", "已取消")],
        "4月": [CANCELLED_HEAD, _r("PO-R2", None, 10000, "2025-04-20", "2025-04-01")]})
    may = write_xlsx(books / "台账-5月.xlsx", {
        "5月": [CANCELLED_HEAD, _r("PO-R1", MOVED, 10000, "2025-05-10")],
        "6月": [CANCELLED_HEAD, OTHER]})
    _imported(tmp_path, [may], [early])
    assert _seen(tmp_path) == (10000, 60, "watch", 0, 20000)

