"""acct54c: an order number re-used in next year's book is another order (core.ledger.year_books).

A firm numbering its orders 001, 002 … afresh each year keeps 出口台账2025.xlsx, then
出口台账2026.xlsx. Keyed by the number alone, 2026's 001 (Beta Homeware, 10,000 USD unpaid)
updated 2025's 001 (Alpha Haushalt, 10,000 paid): the order moved to Beta with Alpha's 2025 date
and receipt, and Beta owed nothing; 2026's 002 (Gamma, 3,000 unpaid) merged into 2025's paid
002. Each test imports through both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_acct53e_other_ledgers import ALPHA, BETA, GAMMA, HEAD, _row
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report

DELTA = "Delta Casa SL"
Y25, Y26 = "出口台账2025.xlsx", "出口台账2026.xlsx"
JUNE = date(2026, 6, 30)


def _file(folder: Path, name: str, rows: list[list], sheet: str = "台账") -> Path:
    return write_xlsx(folder / name, {sheet: [HEAD, *rows]})


def _book25(tmp_path: Path) -> Path:
    """2025: Alpha's 001 10,000 and Gamma's 002 3,000, both paid in February."""
    return _file(tmp_path / "25", Y25, [
        _row("001", ALPHA, "2025-01-05", 10_000, "2025-01-20", 10_000, "2025-02-20"),
        _row("002", GAMMA, "2025-01-08", 3_000, "2025-01-22", 3_000, "2025-02-20")])


def _account(tmp_path: Path, name: str, as_of: date = JUNE) -> tuple[float, int, float]:
    c = by_name(at(tmp_path / "fast.sqlite", as_of))[name]
    return c.open_amount, c.max_days_overdue, c.revenue_12m


def test_next_year_s_001_for_another_buyer_is_another_order(tmp_path: Path) -> None:
    """2026: Beta's 001 10,000 shipped 01-20 on OA 30 (due 02-19), Gamma's 002 3,000 (due 02-21),
    both unpaid. Hand count at 2026-06-30: Beta owes 10,000, 131 days late; Gamma 3,000, 129
    days. 2025 stays as it was: Alpha sold 10,000, paid. Before: Beta and Gamma owed nothing
    (0 revenue, 0 open) and Alpha was gone, its order Beta's."""
    y26 = _file(tmp_path / "26", Y26, [_row("001", BETA, "2026-01-06", 10_000, "2026-01-20"),
                                       _row("002", GAMMA, "2026-01-09", 3_000, "2026-01-22")])
    results = _same_import(tmp_path, [_book25(tmp_path)], [y26])
    assert _account(tmp_path, BETA) == (10_000, 131, 10_000)
    assert _account(tmp_path, GAMMA) == (3_000, 129, 3_000)
    assert _account(tmp_path, ALPHA, date(2025, 12, 31)) == (0, 0, 10_000)
    assert _account(tmp_path, GAMMA, date(2025, 12, 31)) == (0, 0, 3_000)
    said = import_report(results[-1])
    assert "loses it" not in said and "later order dates" not in said, said
    assert (f"{Y26}: 2 order numbers, 001 (2025-01-05 / 2026-01-06), 002 (2025-01-08 / "
            f"2026-01-09), are also orders of another year in {Y25}.") in said, said
    zh = in_chinese(lambda: import_report(results[-1]))
    assert (f"{Y26}：2 个订单号 001（2025-01-05 / 2026-01-06）、002（2025-01-08 / 2026-01-09）"
            f"也是 {Y25} 中另一年份的订单。") in zh, zh


def test_next_year_s_book_again_with_receipts_updates_its_own_orders(tmp_path: Path) -> None:
    """2026's book in January, then in March with Beta's 10,000 received 03-10: Beta paid, the
    receipt on 2026's order (not 2025's, paid already), nothing said re-used twice wrong."""
    jan = _file(tmp_path / "26-01", Y26, [_row("001", BETA, "2026-01-06", 10_000, "2026-01-20")])
    mar = _file(tmp_path / "26-03", Y26, [
        _row("001", BETA, "2026-01-06", 10_000, "2026-01-20", 10_000, "2026-03-10")])
    results = _same_import(tmp_path, [_book25(tmp_path)], [jan], [mar])
    assert [r.status for r in results] == ["imported"] * 3
    assert _account(tmp_path, BETA) == (0, 0, 10_000)
    assert _account(tmp_path, ALPHA, date(2025, 12, 31)) == (0, 0, 10_000)


def test_the_same_buyer_and_sum_in_next_year_s_book_is_a_repeat_order(tmp_path: Path) -> None:
    """Alpha orders 10,000 again in January 2026 (001 of the 2026 book), unpaid: it owes 10,000,
    131 days late at 2026-06-30. Before: merged into 2025's paid 001, Alpha owed nothing."""
    y26 = _file(tmp_path / "26", Y26, [_row("001", ALPHA, "2026-01-06", 10_000, "2026-01-20")])
    _same_import(tmp_path, [_book25(tmp_path)], [y26])
    assert _account(tmp_path, ALPHA) == (10_000, 131, 10_000)
    assert _account(tmp_path, ALPHA, date(2025, 12, 31)) == (0, 0, 10_000)


def test_an_order_listed_again_across_the_year_s_turn_is_one_order(tmp_path: Path) -> None:
    """Delta's 120 of 2025-12-20 (8,000, shipped 12-28, unpaid) listed again in the 2026 book
    dated 2026-01-08 with its 8,000 received 02-05: one order, paid, 8,000 sold once."""
    y25 = _file(tmp_path / "25", Y25, [_row("120", DELTA, "2025-12-20", 8_000, "2025-12-28")])
    y26 = _file(tmp_path / "26", Y26, [
        _row("120", DELTA, "2026-01-08", 8_000, "2026-01-28", 8_000, "2026-02-05")])
    _same_import(tmp_path, [y25], [y26])
    assert _account(tmp_path, DELTA) == (0, 0, 8_000)


def test_a_year_typed_wrong_and_corrected_next_month_is_one_order(tmp_path: Path) -> None:
    """台账 2025-12 types Alpha's 001 as of 2024-12-15; 台账 2026-01 corrects it to 2025-12-15
    with the 10,000 received 01-20: one order, paid (its books' years are not its dates'; its
    first date stays, as for any order listed again with a later date)."""
    dec = _file(tmp_path / "12", "台账 2025-12.xlsx",
                [_row("001", ALPHA, "2024-12-15", 10_000, "2024-12-20")])
    jan = _file(tmp_path / "01", "台账 2026-01.xlsx",
                [_row("001", ALPHA, "2025-12-15", 10_000, "2025-12-20", 10_000, "2026-01-20")])
    _same_import(tmp_path, [dec], [jan])
    assert _account(tmp_path, ALPHA, date(2026, 1, 31))[:2] == (0, 0)
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        assert conn.execute("SELECT order_key FROM orders").fetchall() == [("o:001",)]


def test_next_year_s_book_deletes_nothing_of_last_year_s(tmp_path: Path) -> None:
    """2025's 003 (Gamma, 4,000 shipped 11-10, unpaid) is not in the 2026 book, which lists only
    2026's orders: it stays owed, 4,000, due 12-10, 70 days late at the books' last receipt
    (Beta's, 02-18)."""
    y25 = _file(tmp_path / "25", Y25, [
        _row("001", ALPHA, "2025-01-05", 10_000, "2025-01-20", 10_000, "2025-02-20"),
        _row("003", GAMMA, "2025-11-02", 4_000, "2025-11-10")])
    y26 = _file(tmp_path / "26", Y26, [_row("001", BETA, "2026-01-06", 10_000, "2026-01-20",
                                            10_000, "2026-02-18")])
    results = _same_import(tmp_path, [y25], [y26])
    assert _account(tmp_path, GAMMA) == (4_000, 70, 4_000)
    assert _account(tmp_path, BETA) == (0, 0, 10_000)
    assert "deleted" not in import_report(results[-1])
