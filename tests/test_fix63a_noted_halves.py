"""fix63a: money noted for another order of the sheet is weighed on all that order's money
stored, every tab and file, and weighed again at every import (core.ledger.noted_halves).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02;
as of 06-30 an unpaid sum is 72 days late, black. Buyer X's 2025-701 and Buyer Y's 2025-702 on
one tab; under 702 a 3,500 row noted 2025-701尾款另一半.

- M1: 701's 尾款 7,000 paid on another tab, in a later file or in an earlier one: 701 owes
  nothing, the row is Y's own half: X 0, Y 3,500 owed, 72 days, black (main, on another tab or
  in a later file: X 3,500 credit, Y 7,000 owed, black);
- M2: 3,500 of 701's 7,000 paid there: the row is 701's other half: X 0, Y 7,000 owed, black
  (the sheet-only fallback, fix62q: X 3,500 owed, black);
- a later file paying 701 moves the row back to 702; undoing that import moves it to 701 again.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, X, Y, _accounts, _typed

from core.ledger.importer import import_files
from core.recovery import undo_import

HALF = (3_500.0, 72, "black", 0.0)
JUNE = date(2025, 6, 1)


def _sheet(note: str = "2025-701尾款另一半") -> list[list[object]]:
    """X's 701 and Y's 702, each with its deposit, and the 3,500 row under 702 noted `note`."""
    return [_order("2025-701", X), DEPOSIT, _order("2025-702", Y), DEPOSIT,
            _paid("另一半", 3_500, date(2025, 5, 20), note=note)]


def _elsewhere(received: float, note: str = "") -> list[list[object]]:
    """701's balance (or part) typed with its number and buyer on a tab of its own."""
    return [_typed("2025-701", X, "尾款" if received == 7_000 else "尾款一半", received, JUNE,
                   note), LAST]


def test_m1_701_paid_on_another_tab_the_half_stays_y_s(tmp_path: Path) -> None:
    """Hand count: 701 paid 3,000 + 7,000 on the 6月 tab: the noted row is Y's: X 0, Y 3,000 +
    3,500 of 10,000: 3,500 owed, 72 days, black (main: X 3,500 credit, Y 7,000)."""
    got = _accounts(tmp_path, [{"台账": [*_sheet(), LAST], "6月": _elsewhere(7_000)}], [X, Y])
    assert got == {X: PAID, Y: HALF}


def test_m2_701_paid_half_on_another_tab_the_half_is_701_s(tmp_path: Path) -> None:
    """Hand count: 701 paid 3,000 + 3,500 on the 6月 tab, owing 3,500: the noted row is 701's
    other half: X 0, Y 3,000 of 10,000: 7,000 owed, black."""
    got = _accounts(tmp_path, [{"台账": [*_sheet(), LAST], "6月": _elsewhere(3_500)}], [X, Y])
    assert got == {X: PAID, Y: OWED}


def test_m1_and_m2_in_a_later_file(tmp_path: Path) -> None:
    """Hand count as on another tab: M1 X 0, Y 3,500 black; M2 X 0, Y 7,000 black (main M1:
    X 3,500 credit, Y 7,000). The later file's M1 moves the row back to 702."""
    m1, m2 = tmp_path / "m1", tmp_path / "m2"
    m1.mkdir(), m2.mkdir()
    assert _accounts(m1, [{"台账": [*_sheet(), LAST]}, {"6月": _elsewhere(7_000)}],
                     [X, Y]) == {X: PAID, Y: HALF}
    assert _accounts(m2, [{"台账": [*_sheet(), LAST]}, {"6月": _elsewhere(3_500)}],
                     [X, Y]) == {X: PAID, Y: OWED}


def test_m1_and_m2_in_an_earlier_file(tmp_path: Path) -> None:
    """Hand count as above, 701 and its balance (or half) stored by a file imported first,
    the payment under its order's row (sold there) or typed alone (held till 701 is sold)."""
    for i, (received, want) in enumerate(((7_000, HALF), (3_500, OWED))):
        word = "尾款" if received == 7_000 else "尾款一半"
        sold, held = tmp_path / f"sold{i}", tmp_path / f"held{i}"
        sold.mkdir(), held.mkdir()
        earlier = {"3月": [_order("2025-701", X), DEPOSIT, _paid(word, received, JUNE), LAST]}
        assert _accounts(sold, [earlier, {"台账": [*_sheet(), LAST]}], [X, Y]) == {
            X: PAID, Y: want}, received
        assert _accounts(held, [{"6月": _elsewhere(received)}, {"台账": [*_sheet(), LAST]}],
                         [X, Y]) == {X: PAID, Y: want}, received


def test_money_elsewhere_that_is_no_payment_of_701_leaves_the_half_701_s(
        tmp_path: Path) -> None:
    """Hand count: the 6月 tab's 701 row is denied (尾款还没收到), or 7,000 for 2025-703 (another
    order, W's): 701 still owes 7,000, the noted row its half: X 3,500 owed, 72 days, black; Y
    7,000 owed (W paid)."""
    denied = tmp_path / "denied"
    other = tmp_path / "other"
    denied.mkdir(), other.mkdir()
    assert _accounts(denied, [{"台账": [*_sheet(), LAST],
                               "6月": _elsewhere(7_000, "尾款还没收到")}], [X, Y]) == {
        X: HALF, Y: OWED}
    rows = [*_sheet(), _order("2025-703", "W"), DEPOSIT, LAST]
    assert _accounts(other, [{"台账": rows}, {"6月": [
        _typed("2025-703", "W", "尾款", 7_000, JUNE), LAST]}], [X, Y, "W"]) == {
        X: HALF, Y: OWED, "W": PAID}


def test_a_note_naming_no_order_of_its_sheet_stays_under_its_row(tmp_path: Path) -> None:
    """Hand count: X's 2025-650 owes 7,000 in an earlier file; Y's row noted 2025-650尾款另一半
    names no order of its sheet: Y's own, Y 3,500 owed; X 7,000 on 650 and 7,000 on 701, both
    black. So does a note naming this order beside it (2025-701尾款已付，本单尾款): X 7,000,
    Y 3,500."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    assert _accounts(first, [{"3月": [_order("2025-650", X), DEPOSIT, LAST]},
                             {"台账": [*_sheet("2025-650尾款另一半"), LAST]}], [X, Y]) == {
        X: (14_000.0, 72, "black", 0.0), Y: HALF}
    assert _accounts(second, [{"台账": [*_sheet("2025-701尾款已付，本单尾款"), LAST]}],
                     [X, Y]) == {X: OWED, Y: HALF}


def _account(db: Path) -> dict[str, tuple[float, int, str | None, float]]:
    found = {name: customer(db, name, END) for name in (X, Y)}
    return {name: (round(c.open_amount, 2), c.max_days_overdue,
                   c.list if c.list in ("black", "watch") else None,
                   round(c.credit_on_account, 2)) for name, c in found.items()}


def test_a_later_file_moves_the_half_back_and_its_undo_moves_it_again(tmp_path: Path) -> None:
    """Hand count: March's file alone: 701 owes 7,000, the row its half: X 3,500 black, Y 7,000.
    June's file pays 701's 7,000: the row back under 702: X 0, Y 3,500 black. Undoing June's
    import: X 3,500, Y 7,000 again; June imported again: X 0, Y 3,500."""
    db = tmp_path / "firm.sqlite"
    march = write_xlsx(tmp_path / "3月台账.xlsx", {"台账": [HEAD, *_sheet(), LAST]})
    june = write_xlsx(tmp_path / "6月收款.xlsx", {"6月": [HEAD, *_elsewhere(7_000)]})
    import_files(db, [march])
    moved = {X: HALF, Y: OWED}
    assert _account(db) == moved
    import_files(db, [june])
    assert _account(db) == {X: PAID, Y: HALF}
    undo_import(db)
    assert _account(db) == moved
    import_files(db, [june])
    assert _account(db) == {X: PAID, Y: HALF}


def test_a_file_an_earlier_reader_moved_the_half_of_imported_again(tmp_path: Path) -> None:
    """Hand count: readers 213–222 stored the noted row under X's 701, keyed by 701 (made so
    here by hand: the line moved and keyed as they wrote it, the import keyed by an earlier
    reader, no row weighed by this one), 701's 尾款 7,000 on the file's 6月 tab: X 3,500
    credit, Y 7,000 owed. The file imported again by this reader keys the row under 702: the
    earlier line goes: X 0, Y 3,500 owed, black (kept, X stayed 3,500 in credit)."""
    db = tmp_path / "firm.sqlite"
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEAD, *_sheet(), LAST],
                                               "6月": [HEAD, *_elsewhere(7_000)]})
    import_files(db, [book])
    assert _account(db) == {X: PAID, Y: HALF}
    conn = sqlite3.connect(db)
    with conn:
        [(x_order,)] = conn.execute("SELECT id FROM orders WHERE order_no = '2025-701'")
        conn.execute("UPDATE order_lines SET order_id = ?, line_key = replace(line_key, "
                     "'o:2025-702', 'o:2025-701') WHERE notes = '2025-701尾款另一半'", (x_order,))
        conn.execute("UPDATE imports SET content_hash = replace(content_hash, ':reader=', "
                     "':reader=old')")
        conn.execute("DELETE FROM meta WHERE key = 'noted_halves'")  # (no earlier reader's)
    conn.close()
    assert _account(db) == {X: (0.0, 0, None, 3_500.0), Y: OWED}
    import_files(db, [book])
    assert _account(db) == {X: PAID, Y: HALF}
