"""fix64a: rv64a's findings 1 and 2 on fix63a (its reproductions, both failing on fix63a).

1. A copy re-sent with the noted row now typing its own order's number and buyer is that
   order's (fix63a2), but the line the first copy's held row was weighed as stays in
   noted_halves' meta and is weighed again at every import.
2. A noted row staying home (its named order paid) is left out of its own order's money
   (noted_halves._owed leaves every noted line out), so a second row noting that order moves
   onto an order already paid in full.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02;
as of 06-30 an unpaid sum is 72 days late, black. X's 2025-701 owes its 7,000 balance
everywhere; Y's 2025-702 is 6,500: its deposit 3,000 and the 3,500 row pay it in full.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _paid
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, X, Y, _typed
from test_fix63a_noted_halves import HALF, _account

from core.ledger.importer import import_files

NOTE = "2025-701尾款另一半"
MAY = date(2025, 5, 20)


def _order(number: str, buyer: str, amount: float) -> list[object]:
    return [number, buyer, date(2025, 3, 1), amount, "USD", "OA 30天", "LED灯",
            date(2025, 3, 20), None, None, "", ""]


def _sheet(row: list[object]) -> list[list[object]]:
    return [HEAD, _order("2025-701", X, 10_000), DEPOSIT, _order("2025-702", Y, 6_500), DEPOSIT,
            row, LAST]


def test_a_re_sent_copy_typing_the_row_s_own_buyer_takes_it_back(tmp_path: Path) -> None:
    """Hand count: the first copy holds the 3,500 under 702 (number and buyer blank): 701 owes
    7,000, the row 701's half: X 3,500 owed, 72 days, black; Y 6,500 − 3,000 = 3,500 owed,
    black. The copy re-sent (same file name) types the row 2025-702 / Buyer Y: Y's own: X
    7,000 owed, black; Y 6,500 − 3,000 − 3,500 = 0, off every list (fix63a: X 3,500, Y 3,500
    owed 72 days, black — a buyer who paid in full on the black list); an unrelated file
    imported after leaves it so."""
    db = tmp_path / "firm.sqlite"
    (tmp_path / "v1").mkdir(), (tmp_path / "v2").mkdir()
    first = write_xlsx(tmp_path / "v1" / "台账.xlsx",
                       {"台账": _sheet(_paid("另一半", 3_500, MAY, note=NOTE))})
    again = write_xlsx(tmp_path / "v2" / "台账.xlsx",
                       {"台账": _sheet(_typed("2025-702", Y, "另一半", 3_500, MAY, NOTE))})
    other = write_xlsx(tmp_path / "7月.xlsx", {"7月": [HEAD, LAST]})
    import_files(db, [first])
    assert _account(db) == {X: HALF, Y: HALF}
    import_files(db, [again])
    assert _account(db) == {X: OWED, Y: PAID}
    import_files(db, [other])
    assert _account(db) == {X: OWED, Y: PAID}


def test_a_row_staying_home_still_pays_its_order_for_a_row_noting_that_order(
        tmp_path: Path) -> None:
    """Hand count, one sheet: X's 701 paid 3,000 + 7,000 on its own rows; Y's 702 (6,500) 3,000
    + its 3,500 row noted 2025-701尾款另一半 (701 paid: the number a slip, Y's own): Y 0; W's
    703 (6,500) 3,000 + its 3,500 row noted 2025-702尾款另一半 (702 paid in full: W's own): W 0.
    (fix63a: W's row moved onto 702: Y 3,500 in credit, W 3,500 owed, 72 days, black; main: all
    0.)"""
    db = tmp_path / "firm.sqlite"
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [
        HEAD, _order("2025-701", X, 10_000), DEPOSIT, _paid("尾款", 7_000, date(2025, 6, 1)),
        _order("2025-702", Y, 6_500), DEPOSIT, _paid("另一半", 3_500, MAY, note=NOTE),
        _order("2025-703", "W", 6_500), DEPOSIT,
        _paid("另一半", 3_500, date(2025, 5, 21), note="2025-702尾款另一半"), LAST]})
    import_files(db, [book])
    assert _account(db) == {X: PAID, Y: PAID}
    w = customer(db, "W", END)
    assert (round(w.open_amount, 2), round(w.credit_on_account, 2)) == (0.0, 0.0)
    assert w.list not in ("black", "watch")
