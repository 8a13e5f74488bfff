"""fix64a: rv64a's findings on the noted half weighed in the store (core.ledger.noted_halves).

Orders of 10,000 USD unless said (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000
received 03-02; as of 06-30 an unpaid sum is 72 days late, black. Buyer X's 2025-701, Buyer Y's
2025-702, W's 2025-703; a 3,500 row under an order, its number and buyer blank, noted
2025-701尾款另一半 (or 2025-702尾款另一半) gives its money to that order where it still owes it.

- a chain: an order's own noted rows are weighed before the rows naming it (Y's row staying
  home pays Y's 702, so W's row noting 702 is W's own);
- a row typing its own order's number, with or without its buyer, stays its order's (the
  lead's ruling), and a copy re-sent typing it so takes a moved row home for good;
- a number two orders of the sheet write names none, as the reader finds it;
- the step asks the store a fixed number of questions, however many noted lines it holds.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _paid
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, X, Y, _accounts, _typed
from test_fix63a_noted_halves import HALF

from core.ledger.importer import import_files
from core.ledger.noted_halves import KEY, weigh_noted

W, Z = "W", "Buyer Z"
MAY = date(2025, 5, 20)
JUNE = date(2025, 6, 1)


def _order(number: str, buyer: str, amount: float = 10_000) -> list[object]:
    return [number, buyer, date(2025, 3, 1), amount, "USD", "OA 30天", "LED灯",
            date(2025, 3, 20), None, None, "", ""]


def _half(of: str, day: date = MAY) -> list[object]:
    """The 3,500 row, its number and buyer blank, noted as `of`'s other half."""
    return _paid("另一半", 3_500, day, note=f"{of}尾款另一半")


def _chain(w_amount: float, x_paid: bool = False) -> list[list[object]]:
    """X's 701 (paid in full on its own rows where `x_paid`), Y's 702 of 6,500 with a row
    noted 701's half, W's 703 of `w_amount` with a row noted 702's half."""
    return [_order("2025-701", X), DEPOSIT, *([_paid("尾款", 7_000, JUNE)] if x_paid else []),
            _order("2025-702", Y, 6_500), DEPOSIT, _half("2025-701"),
            _order("2025-703", W, w_amount), DEPOSIT, _half("2025-702", date(2025, 5, 21))]


def test_a_chain_on_one_sheet_the_row_staying_home_pays_its_order(tmp_path: Path) -> None:
    """Hand count: 701 paid 3,000 + 7,000 on its rows: Y's row is Y's own, 702 paid 3,000 +
    3,500 = 6,500; W's row noted 702's half stays W's: W 10,000 − 3,000 − 3,500 = 3,500 owed,
    72 days, black (fix63a: W's row moved onto 702 paid in full, Y 3,500 in credit, W 7,000
    owed); W's 703 of 6,500: W 0 (fix63a: 3,500 owed, black)."""
    for amount, w in ((10_000, HALF), (6_500, PAID)):
        place = tmp_path / str(amount)
        place.mkdir()
        got = _accounts(place, [{"台账": [*_chain(amount, x_paid=True), LAST]}], [X, Y, W])
        assert got == {X: PAID, Y: PAID, W: w}, amount


def test_a_chain_with_701_paid_on_another_tab_or_in_a_later_file(tmp_path: Path) -> None:
    """Hand count: 701's 尾款 7,000 typed on the 6月 tab: Y's row stays, 702 paid; W's row
    stays: W 6,500 − 6,500 = 0 (fix63a: Y 3,500 credit, W 3,500 black). In a later file:
    first 701 owes, Y's row is its half (X 3,500 black), 702 then owes 3,500 and W's row is
    its half (Y 0, W 6,500 − 3,000 = 3,500 black); the later file pays 701: both rows home,
    X 0, Y 0, W 0."""
    june = [_typed("2025-701", X, "尾款", 7_000, JUNE), LAST]
    tab, later = tmp_path / "tab", tmp_path / "later"
    tab.mkdir(), later.mkdir()
    assert _accounts(tab, [{"台账": [*_chain(6_500), LAST], "6月": june}], [X, Y, W]) == {
        X: PAID, Y: PAID, W: PAID}
    assert _accounts(later, [{"台账": [*_chain(6_500), LAST]}], [X, Y, W]) == {
        X: HALF, Y: PAID, W: HALF}
    assert _accounts(later, [{"台账": [*_chain(6_500), LAST]}, {"6月": june}], [X, Y, W]) == {
        X: PAID, Y: PAID, W: PAID}


def test_a_chain_with_701_owing_moves_both_halves(tmp_path: Path) -> None:
    """The opposite: 701 owes its 7,000 everywhere: Y's row is 701's half (X 3,500 owed,
    black), 702 then owes 3,500 and W's row is its other half: Y 6,500 − 3,000 − 3,500 = 0;
    W's 703 of 10,000: 7,000 owed, 72 days, black. No buyer cleared who still owes."""
    got = _accounts(tmp_path, [{"台账": [*_chain(10_000), LAST]}], [X, Y, W])
    assert got == {X: HALF, Y: PAID, W: OWED}


def test_a_ring_of_notes_leaves_each_order_its_own_half(tmp_path: Path) -> None:
    """Hand count: X's row under 701 noted 2025-702尾款另一半, Y's under 702 noted 2025-701's:
    each order received 3,000 and one 3,500 row, whichever: X 3,500, Y 3,500 owed, black."""
    rows = [_order("2025-701", X), DEPOSIT, _half("2025-702"), _order("2025-702", Y), DEPOSIT,
            _half("2025-701", date(2025, 5, 21)), LAST]
    assert _accounts(tmp_path, [{"台账": rows}], [X, Y]) == {X: HALF, Y: HALF}


def test_a_row_typing_only_its_number_stays_its_order_s(tmp_path: Path) -> None:
    """Hand count: Y's 702 of 6,500; the 3,500 row typing 2025-702 (no buyer) noted
    2025-701尾款另一半, 701 owing 7,000: the clerk put it under 702: Y 6,500 − 6,500 = 0, X
    7,000 owed, black (fix63a: moved, X 3,500 and Y 3,500 black). Both imports agree."""
    rows = [_order("2025-701", X), DEPOSIT, _order("2025-702", Y, 6_500), DEPOSIT,
            _typed("2025-702", None, "另一半", 3_500, MAY, "2025-701尾款另一半"), LAST]
    assert _accounts(tmp_path, [{"台账": rows}], [X, Y]) == {X: OWED, Y: PAID}


def _resent(tmp_path: Path, row: list[object]) -> tuple[Path, Path]:
    """The sheet with the row blank (v1) and re-sent with `row` (v2, W's 703 added below),
    same file name."""
    (tmp_path / "v1").mkdir(), (tmp_path / "v2").mkdir()
    orders = [HEAD, _order("2025-701", X), DEPOSIT, _order("2025-702", Y, 6_500), DEPOSIT]
    return (write_xlsx(tmp_path / "v1" / "台账.xlsx", {"台账": [*orders, _half("2025-701"),
                                                                 LAST]}),
            write_xlsx(tmp_path / "v2" / "台账.xlsx", {"台账": [
                *orders, row, _order("2025-703", W), DEPOSIT, LAST]}))


def _later(db: Path, tmp_path: Path, name: str, row: list[object]) -> None:
    """A later file of one tab writing `row` (701's, typed) imported."""
    [done] = import_files(db, [write_xlsx(tmp_path / f"{name}.xlsx", {name: [HEAD, row, LAST]})])
    assert done.status == "imported"


def _account(db: Path, names: tuple[str, ...] = (X, Y)
             ) -> dict[str, tuple[float, int, str | None, float]]:
    found = {name: customer(db, name, END) for name in names}
    return {name: (round(c.open_amount, 2), c.max_days_overdue,
                   c.list if c.list in ("black", "watch") else None,
                   round(c.credit_on_account, 2)) for name, c in found.items()}


def test_a_copy_re_sent_typing_the_row_s_number_takes_it_home(tmp_path: Path) -> None:
    """Hand count: v1 holds the row under 702 (6,500), 701 owes: 701's half: X 3,500 owed,
    black; Y 3,500 owed, black. v2 types 2025-702 on the row (no buyer): Y's own: X 7,000
    owed, black; Y 0 (fix63a: X 3,500, Y 3,500, the row weighed again from its meta); a file
    paying 701 after it leaves the row Y's: X 0, Y 0."""
    db = tmp_path / "firm.sqlite"
    first, again = _resent(tmp_path, _typed("2025-702", None, "另一半", 3_500, MAY,
                                            "2025-701尾款另一半"))
    import_files(db, [first])
    assert _account(db) == {X: HALF, Y: HALF}
    [done] = import_files(db, [again])
    assert done.status == "imported"
    assert _account(db) == {X: OWED, Y: PAID}
    _later(db, tmp_path, "6月", _typed("2025-701", X, "尾款", 7_000, JUNE))
    assert _account(db) == {X: PAID, Y: PAID}


def test_a_copy_re_sent_with_the_row_still_blank_is_weighed_still(tmp_path: Path) -> None:
    """The opposite: v2 writes the row blank again (its cells as v1's, W's order added below):
    still 701's half: X 3,500, Y 3,500 owed, black; a file paying 701 then moves it home:
    X 0, Y 6,500 − 6,500 = 0 (kept, staying home); a later file refunding 701's 7,000
    (退款 −7,000, 退尾款) takes it to 701 again: X 3,500, Y 3,500 owed, black."""
    db = tmp_path / "firm.sqlite"
    first, again = _resent(tmp_path, _half("2025-701"))
    import_files(db, [first])
    [done] = import_files(db, [again])
    assert done.status == "imported"
    assert _account(db) == {X: HALF, Y: HALF}
    _later(db, tmp_path, "6月", _typed("2025-701", X, "尾款", 7_000, JUNE))
    assert _account(db) == {X: PAID, Y: PAID}
    _later(db, tmp_path, "退款", _typed("2025-701", X, "退款", -7_000, date(2025, 6, 10), "退尾款"))
    assert _account(db) == {X: HALF, Y: HALF}


def test_a_number_two_orders_of_the_sheet_write_side_by_side_names_none(
        tmp_path: Path) -> None:
    """Hand count: X's and Z's 2025-701 written one after the other (stored as one order
    under X, an older fault: X 14,000 open, as main); Y's row noted 2025-701尾款另一半 names no
    one order, as the reader finds it: Y's own: Y 3,500 owed, black (fix63a: moved onto the
    stored order, X 10,500, Y 7,000)."""
    rows = [_order("2025-701", X), DEPOSIT, _order("2025-701", Z), DEPOSIT,
            _order("2025-702", Y), DEPOSIT, _half("2025-701"), LAST]
    got = _accounts(tmp_path, [{"台账": rows}], [X, Y])
    assert got[Y] == HALF
    assert (got[X][0], got[X][3]) == (14_000.0, 0.0)


def test_weighing_again_asks_the_store_a_fixed_number_of_questions(tmp_path: Path) -> None:
    """60 pairs of orders, each Y row noted its X order's half (X's 尾款 paid for every other
    pair): re-weighing every kept line reads the meta, the lines and the orders' money in one
    question each (asked per order over the list of every noted line, the step took 3.0 s of
    CPU at 5,000 lines: rv64a), and leaves the moves as they were."""
    rows: list[list[object]] = [HEAD]
    for i in range(60):
        x = f"2025-{1000 + 2 * i}"
        rows += [_order(x, f"X{i}"), DEPOSIT, *([_paid("尾款", 7_000, JUNE)] if i % 2 else []),
                 _order(f"2025-{1001 + 2 * i}", f"Y{i}"), DEPOSIT, _half(x)]
    db = tmp_path / "firm.sqlite"
    import_files(db, [write_xlsx(tmp_path / "台账.xlsx", {"台账": [*rows, LAST]})])
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT id, order_id FROM order_lines ORDER BY id").fetchall()
    [(kept,)] = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchall()
    asked: list[str] = []
    conn.set_trace_callback(asked.append)
    weigh_noted(conn, "none.xlsx", lambda: iter(()), {})
    conn.set_trace_callback(None)
    assert len([q for q in asked if q.lstrip().upper().startswith("SELECT")]) == 3
    assert conn.execute("SELECT id, order_id FROM order_lines ORDER BY id").fetchall() == before
    moved = conn.execute("SELECT count(*) FROM order_lines l JOIN orders o ON o.id = "
                         "l.order_id WHERE l.notes LIKE '%尾款另一半' AND o.customer_id IN "
                         "(SELECT id FROM customers WHERE name GLOB 'X*')").fetchone()[0]
    assert (len(kept) > 0, moved) == (True, 30)
    conn.close()
