"""tabs33: a month named without its year, and a file named after two months, dating a month's
receipt written without its date (本月收款, the date cell blank). Each test gives the files,
the hand count and what the user saw before.

C-1 20,000 under 本月收款 (OA 30); the open figures are read at month ends, in every import
order, by both imports (tests/test_fast_import._same_import).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import PAYER, row
from test_recv33 import CAIRO, _c1
from test_recv_order32 import MONTHLY

from core.ledger.older_status import file_day
from core.ledger.report import import_report
from core.ledger.stored_receipts import month_end
from core.ledger.tab_month import TabMonth, carried_before, sheet_month, tab_year

ORDERS = list(permutations(range(3)))


def _open(db: Path, *days: str) -> list[int]:
    return [round(by_name(at(db, d(day)))[CAIRO].open_amount) for day in days]


def _late(received: float | None, on: str | None, carried: bool) -> list[object]:
    """C-1 20,000 ordered 2025-11-05, shipped 11-20 (due 12-20): the month's receipt."""
    return row("C-1", CAIRO, "2025-11-05", 20_000, "2025-11-20", received, on,
               status="上月结转" if carried else None)


# --- 1. a year end: November and December tabs, then January's file ----------------------

@pytest.mark.parametrize("names", [("台账 2025.xlsx", "台账 2025.xlsx", "台账 2026-01.xlsx"),
                                   ("台账.xlsx", "台账.xlsx", "台账.xlsx")])
@pytest.mark.parametrize("order", ORDERS)
def test_december_s_undated_receipt_at_a_year_end(tmp_path: Path, order: tuple[int, ...],
                                                   names: tuple[str, ...]) -> None:
    """November's file (tab 11月) 4,000 on 2025-11-25, December's (tab 12月) 5,000 with no
    date, January's (tab 1月) 3,000 on 2026-01-10, each in its own folder: 12,000 of 20,000
    received. Hand count: 16,000 open at 2025-11-30, 11,000 at 12-31, 8,000 at 2026-01-31.
    Before: December's file imported first stored its 5,000 without a date, and its tab's
    month was lost: the next file's receipt replaced it (7,000 received, 13,000 open at
    2026-01-31)."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / f"{number:02d}" / name, {f"{number}月": [
        MONTHLY, _late(received, on, number != 11), PAYER]})
        for number, name, received, on in ((11, names[0], 4_000, "2025-11-25"),
                                           (12, names[1], 5_000, None),
                                           (1, names[2], 3_000, "2026-01-10"))]
    _same_import(tmp_path, *[[files[i]] for i in order])
    assert _open(tmp_path / "fast.sqlite", "2025-11-30", "2025-12-31", "2026-01-31") == [
        16_000, 11_000, 8_000]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_december_s_undated_receipt_on_a_later_tab_of_one_workbook(tmp_path: Path,
                                                                    order: tuple[int, ...]
                                                                    ) -> None:
    """One workbook 台账 2025.xlsx, tabs 11月 (4,000 on 2025-11-25) and 12月 (5,000 with no
    date), and 台账 2026-01.xlsx (3,000 on 2026-01-10), either order: 16,000 open at
    2025-11-30, 11,000 at 12-31, 8,000 at 2026-01-31. Before: in order December's 5,000 took
    November's day (11,000 open at 11-30); January's file first, it was lost (13,000 open at
    2026-01-31)."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / "台账 2025.xlsx", {
        "11月": [MONTHLY, _late(4_000, "2025-11-25", False), PAYER],
        "12月": [MONTHLY, _late(5_000, None, True)]}),
        write_xlsx(folder / "台账 2026-01.xlsx", {"1月": [MONTHLY, _late(3_000, "2026-01-10",
                                                                        True)]})]
    _same_import(tmp_path, *[[files[i]] for i in order])
    assert _open(tmp_path / "fast.sqlite", "2025-11-30", "2025-12-31", "2026-01-31") == [
        16_000, 11_000, 8_000]


# --- 2. tabs named by month, files named without a year ----------------------------------

@pytest.mark.parametrize("order", ORDERS)
def test_an_undated_receipt_on_a_month_tab_of_a_file_without_a_year(tmp_path: Path,
                                                                    order: tuple[int, ...]
                                                                    ) -> None:
    """Tabs 3月, 4月, 5月 in files each named 台账.xlsx (a folder a month, no year anywhere):
    March 4,000 on 03-25, April 5,000 with no date, May 3,000 on 05-10. Hand count: 16,000
    open at 03-31, 11,000 at 04-30, 8,000 at 05-31. Before: imported April first, 13,000
    open at 05-31 (April's 5,000 stored undated, then replaced)."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / f"{month:02d}" / "台账.xlsx", {f"{month}月": [
        MONTHLY, _c1(received, on, month), PAYER]}) for month, received, on in (
            (3, 4_000, "2025-03-25"), (4, 5_000, None), (5, 3_000, "2025-05-10"))]
    _same_import(tmp_path, *[[files[i]] for i in order])
    assert _open(tmp_path / "fast.sqlite", "2025-03-31", "2025-04-30", "2025-05-31") == [
        16_000, 11_000, 8_000]


# --- 3. a file named after two months ------------------------------------------------------

@pytest.mark.parametrize("order", ORDERS)
def test_an_undated_receipt_of_a_file_named_after_two_months(tmp_path: Path,
                                                             order: tuple[int, ...]) -> None:
    """台账 2025-03.xlsx 4,000 on 03-25; 台账 2025-03_04.xlsx (March and April, tab Sheet1)
    5,000 with no date; 台账 2025-05.xlsx 3,000 on 05-10. The undated receipt came in by the
    range's last month's end, 04-30: 16,000 open at 03-31, 11,000 at 04-30, 8,000 at 05-31,
    and the report says so. Before: the name was read as March only, the receipt dated 03-31
    (11,000 open at 03-31)."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / name, {"Sheet1": [MONTHLY, _c1(received, on, month), PAYER]})
             for name, month, received, on in (
                 ("台账 2025-03.xlsx", 3, 4_000, "2025-03-25"),
                 ("台账 2025-03_04.xlsx", 4, 5_000, None),
                 ("台账 2025-05.xlsx", 5, 3_000, "2025-05-10"))]
    results = _same_import(tmp_path, *[[files[i]] for i in order])
    assert _open(tmp_path / "fast.sqlite", "2025-03-31", "2025-04-30", "2025-05-31") == [
        16_000, 11_000, 8_000]
    ranged = results[order.index(1)]
    assert "named after more than one month" in import_report(ranged)
    assert "counted as received on 2025-04-30, by the end of the last" in import_report(ranged)
    assert "按其中最后一个月的月末（2025-04-30）计入" in in_chinese(lambda: import_report(ranged))


def test_a_range_in_a_name() -> None:
    """"2025-03_04" is March to April; "2025-03_1" (a version) and "2025-04_03" (no range
    runs backwards) stay March's and April's."""
    assert sheet_month("台账 2025-03_04") == TabMonth(2025, 3, span=True, last=4)
    assert sheet_month("1月-3月") == TabMonth(None, 1, span=True, last=3)
    assert sheet_month("台账 2025-03_1") == TabMonth(2025, 3)
    assert sheet_month("台账 2025-04_03") == TabMonth(2025, 4)


# --- 4. one rule for a month's year ---------------------------------------------------------

def _rows(*days: str) -> Counter[date]:
    return Counter(date.fromisoformat(day) for day in days)


def test_one_year_for_a_month_named_without_one() -> None:
    """The tab's rows' dates first, else the line's order date, else its other receipts
    (the nearest). Before: the receipt rule took a year nearest the line's other receipt
    (a November tab of an order of 2025-03 with its receipt of 03-25: November 2024), and the
    rows' rule, fed April's tab and a receipt of May, gave April 2026."""
    april, december, november = TabMonth(None, 4), TabMonth(None, 12), TabMonth(None, 11)
    assert tab_year(april, [], date(2025, 5, 10)) == 2025
    assert tab_year(november, _rows("2025-03-05").items(), date(2025, 3, 25)) == 2025
    assert tab_year(december, _rows("2025-12-03", "2025-12-15", "2026-01-03").items()) == 2025
    assert tab_year(december, _rows("2025-11-05").items(), date(2026, 1, 10)) == 2025


def test_a_stray_later_row_does_not_push_a_tab_a_year() -> None:
    """A 4月 tab (or 4月台账.xlsx) none of whose rows is dated in April, holding March's open
    order and one of May: April 2025, its rows carried before it. Before: the month after the
    latest row, April 2026 (its file's day 2026-04-01, after every 2025 file: its status
    kept 2025's out). A 1月 tab of December's balances is still January of the next year.
    May's row, past April, dates the file for no status (files33): April's end or first day."""
    assert carried_before(TabMonth(None, 4), _rows("2025-03-05", "2025-05-01").items()) == (
        2025, 4)
    assert file_day([[("Sheet1", 2, "2025-03-05", None, None), ("Sheet1", 3, "2025-05-01",
                                                                 None, None)]],
                    "4月台账.xlsx").status == "2025-04-30 2025-03-05"
    assert file_day([[("4月", 2, "2025-03-05", None, None), ("4月", 3, "2025-05-01", None,
                                                           None)]],
                    "台账.xlsx").status == "2025-04-01 2025-03-05"
    assert carried_before(TabMonth(None, 1), _rows("2025-12-03", "2025-12-20").items()) == (
        2026, 1)


@pytest.mark.parametrize(("sheet", "days", "near", "end"), [
    ("12月", ("2025-11-20", "2025-12-03", "2025-12-15"), "2026-01-10", "2025-12-31"),
    ("11月", ("2025-03-05", "2025-03-05"), "2025-03-25", "2025-11-30"),
    ("4月", ("2025-03-05",), "2025-05-10", "2025-04-30"),
    ("1月", ("2025-12-20", "2026-01-04", "2026-01-09"), "2025-12-28", "2026-01-31")])
def test_the_file_s_day_and_the_receipt_s_month_agree(sheet: str, days: tuple[str, ...],
                                                      near: str, end: str) -> None:
    """The same tab and rows give the file's day (core.ledger.older_status: the month's end,
    or its first day where no row is in it) and an undated receipt's month end (core.ledger.
    stored_receipts) the same month of the same year: a December tab of a file without its
    year, beside January 2026's receipt, is December 2025 to both."""
    dated = [(sheet, row, day, None, None) for row, day in enumerate(days, start=2)]
    assert month_end(sheet, "台账.xlsx", {sheet: _rows(*days)}, near) == end
    assert (file_day([dated], "台账.xlsx").status or "")[:7] == end[:7]
