"""perf55b: the store asked first; a sheet without a B/L typed pays nothing for B/L typos.

Another year's book re-using a number (acct54c, core.ledger.year_books) summed every order of
every sheet before the store was asked whether it held any of the numbers: 0.98 s of a
100,000-row first import, into a store that holds none. Now the store is asked first and only
the orders it holds are summed; the rare case (2026's 001 another buyer's than 2025's) goes
through the same steps as before and is answered as the reference import answers it
(tests.test_fast_import._same_import). Likewise checked_bl (fix54n) looked at every row's order
and ship date although no B/L was typed on the sheet.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct53e_other_ledgers import ALPHA, BETA, GAMMA, HEAD, LN, ZW, _row
from test_fast_import import _same_import

import core.ledger.order_buyers as order_buyers
from core.ledger.paper_typos import Typo, checked_bl
from core.ledger.report import import_report

Y25, Y26 = "出口台账2025.xlsx", "出口台账2026.xlsx"


def _book(folder: Path, name: str, rows: list[list]) -> Path:
    return write_xlsx(folder / name, {"台账": [HEAD, *rows]})


@pytest.fixture
def summed(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """The own order keys each call of order_buyers' sheet_orders sums (the import's path) to
    compare with another year's or another ledger's stored order (not those of a number kept
    apart for several buyers, SharedNumbers._corrected, summed as before)."""
    calls: list[set[str]] = []
    real = order_buyers.sheet_orders

    def counted(records: object, okeys: dict[str, str]) -> object:
        if sys._getframe(1).f_code.co_name != "_corrected":
            calls.append(set(okeys.values()))
        return real(records, okeys)  # type: ignore[arg-type]

    monkeypatch.setattr(order_buyers, "sheet_orders", counted)
    return calls


def test_a_store_holding_none_of_the_numbers_sums_no_order(tmp_path: Path,
                                                           summed: list[set[str]]) -> None:
    """2025's book into an empty store, then 2026's numbering 101, 102 afresh: the store holds
    none of either book's numbers when it is read, so no sheet's orders are summed to compare
    with another year's. Before: every sheet's orders were, 3 of them here."""
    y25 = _book(tmp_path / "25", Y25, [
        _row("001", ALPHA, "2025-01-05", 10_000, "2025-01-20", 10_000, "2025-02-20"),
        _row("002", GAMMA, "2025-01-08", 3_000, "2025-01-22")])
    y26 = _book(tmp_path / "26", Y26, [_row("101", BETA, "2026-01-06", 10_000, "2026-01-20"),
                                       _row("102", GAMMA, "2026-01-09", 3_000, "2026-01-22")])
    results = _same_import(tmp_path, [y25], [y26])
    assert [r.status for r in results] == ["imported"] * 2
    assert summed == []


def test_next_year_s_001_for_another_buyer_is_summed_alone(tmp_path: Path,
                                                          summed: list[set[str]]) -> None:
    """The store holds 2025's book (Alpha's 001 10,000 paid); 2026's re-uses 001 for Beta
    (10,000 unpaid) beside a new 003 (Gamma, 3,000): only 001's order is summed, and it is
    2026's own order, as the reference import keys it: o:001 Alpha's, o:001~2026 Beta's, o:003
    Gamma's, and the report names 001 alone."""
    y25 = _book(tmp_path / "25", Y25, [
        _row("001", ALPHA, "2025-01-05", 10_000, "2025-01-20", 10_000, "2025-02-20")])
    y26 = _book(tmp_path / "26", Y26, [_row("001", BETA, "2026-01-06", 10_000, "2026-01-20"),
                                       _row("003", GAMMA, "2026-01-09", 3_000, "2026-01-22")])
    results = _same_import(tmp_path, [y25], [y26])
    assert summed == [{"o:001"}]
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        assert sorted(conn.execute(
            "SELECT o.order_key, c.name, o.order_date FROM orders o JOIN customers c ON "
            "c.id = o.customer_id")) == [("o:001", ALPHA, "2025-01-05"),
                                         ("o:001~2026", BETA, "2026-01-06"),
                                         ("o:003", GAMMA, "2026-01-09")]
    said = import_report(results[-1])
    assert (f"{Y26}: order number 001 (2025-01-05 / 2026-01-06) is also an order of another "
            f"year in {Y25}.") in said, said


def test_next_month_s_file_and_the_year_s_turn_sum_no_order(tmp_path: Path,
                                                            summed: list[set[str]]) -> None:
    """台账 2025-12 (Alpha's 001 of 12-20, Gamma's 002 of 11-03), then 台账 2026-01 listing both
    again with Alpha's 10,000 received 01-20, and Beta's 003 new; 台账2026 lists Beta's 120 of
    2025-12-20 again dated 2026-01-08 (the year's turn: one order). Every held order is
    dated within 92 days of its stored one, so none is summed; each stays one order, as the
    reference import keeps it (another ledger's file would be asked of its numbers too:
    core.ledger.other_ledgers, summed as before). Before: 2 sheets' held orders were summed."""
    dec = _book(tmp_path / "12", "台账 2025-12.xlsx", [
        _row("001", ALPHA, "2025-12-20", 10_000, "2025-12-28"),
        _row("002", GAMMA, "2025-11-03", 3_000, "2025-11-20"),
        _row("120", BETA, "2025-12-20", 8_000, "2025-12-28")])
    jan = _book(tmp_path / "01", "台账 2026-01.xlsx", [
        _row("001", ALPHA, "2025-12-20", 10_000, "2025-12-28", 10_000, "2026-01-20"),
        _row("002", GAMMA, "2025-11-03", 3_000, "2025-11-20"),
        _row("003", BETA, "2026-01-05", 2_000, "2026-01-15")])
    y26 = _book(tmp_path / "26", "台账2026.xlsx", [
        _row("120", BETA, "2026-01-08", 8_000, "2026-01-28", 8_000, "2026-02-05")])
    results = _same_import(tmp_path, [dec], [jan], [y26])
    assert [r.status for r in results] == ["imported"] * 3
    assert summed == []
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        assert sorted(key for key, in conn.execute("SELECT order_key FROM orders")) == [
            "o:001", "o:002", "o:003", "o:120"]


def test_another_ledger_s_file_sums_only_a_number_stored_for_another_buyer(
        tmp_path: Path, summed: list[set[str]]) -> None:
    """张伟's book holds Alpha's 2025-001 and Gamma's 2025-002; 李娜's lists 2025-002 for Gamma
    again (its stored buyer) and 2025-001 for Beta (5,000): the stored numbers are summed, as
    before, and Beta keeps an order of its own beside Alpha's (acct53e), as the reference
    import keys it. A 李娜 file listing Gamma's 2025-002 alone, its stored buyer's, sums
    nothing. Before: it was summed."""
    zw = _book(tmp_path / "zw", ZW, [
        _row("2025-001", ALPHA, "2025-01-05", 10_000, "2025-01-20"),
        _row("2025-002", GAMMA, "2025-01-08", 3_000, "2025-01-22", 3_000, "2025-02-15")])
    ln = _book(tmp_path / "ln", LN, [
        _row("2025-002", GAMMA, "2025-01-08", 3_000, "2025-01-22", 3_000, "2025-02-15"),
        _row("2025-001", BETA, "2025-01-09", 5_000, "2025-01-25")])
    again = _book(tmp_path / "again", LN, [
        _row("2025-002", GAMMA, "2025-01-08", 3_000, "2025-01-22", 3_000, "2025-02-15")])
    _same_import(tmp_path, [zw], [ln])
    assert summed == [{"o:2025-001", "o:2025-002"}]
    _same_import(tmp_path / "again", [zw], [again])
    assert summed == [{"o:2025-001", "o:2025-002"}]  # Gamma's alone: nothing summed
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        keys = dict(conn.execute("SELECT c.name, o.order_key FROM orders o JOIN customers c "
                                 "ON c.id = o.customer_id"))
    assert keys[ALPHA] == "o:2025-001" and keys[GAMMA] == "o:2025-002", keys
    assert keys[BETA].startswith("b:2025-001@"), keys  # Beta's own order of the number


class _Unread(list[str | None]):
    """A date column that must not be looked at."""

    def __iter__(self) -> Iterator[str | None]:
        raise AssertionError("a column read although no B/L is typed")


def test_a_sheet_without_a_bl_typed_reads_no_other_date() -> None:
    """Three rows, no B/L typed: each row's B/L is None and nothing is a typo, and the order
    and ship dates are not looked at. Before: every row's were (the sheet's latest date, then
    row by row)."""
    order = _Unread(["2025-03-01", "2025-03-02", None])
    ship = _Unread(["2025-03-20", None, "2025-04-01"])
    assert checked_bl(order, ship, [None, None, None]) == ([None, None, None], [])


def test_a_bl_typo_is_found_as_before() -> None:
    """Row 0's B/L typed a year early (2024-03-25 beside 出货日期 2025-03-20), row 1's 2 days after
    its 出货日期, row 2 without one: row 0's is left out and named, row 1's kept."""
    kept, typos = checked_bl(["2025-03-01", "2025-03-02", "2025-03-05"],
                             ["2025-03-20", "2025-03-22", None],
                             ["2024-03-25", "2025-03-24", None])
    assert kept == [None, "2025-03-24", None]
    assert typos == [Typo(0, "bl_date", "2024-03-25", "ship_date", "2025-03-20")]
