"""yb42b: a year book whose tabs run newest first (5月, 4月, 3月) reads each line's figure from
its newest month's tab, not from the tab the workbook puts last. Each scenario is written by
openpyxl, imported by the app's import and the reference import (compared after every
import), the customer's figures at 06-30 counted by hand: MT-1 15,000 of 03-01, shipped 03-05,
OA 30 days (due 04-04)."""

from __future__ import annotations

import sqlite3
from itertools import permutations
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_ord41_order import _late, _line
from test_yb42_carried_deposit import DEPOSIT, YEAR, _book

ORDERS = list(permutations(("3月", "4月", "5月")))


def _read(tmp_path: Path, rows: dict[str, list[object]], tabs: tuple[str, ...],
          times: int = 1) -> tuple[float, list[tuple[str, float, int]]]:
    """The book of `rows`, tabs in the order `tabs`, imported `times` by both imports: MT-1's
    figures at 06-30 (and no row said to be maybe a month's receipt)."""
    path = write_xlsx(tmp_path / YEAR, _book({tab: rows[tab] for tab in tabs}))
    results = _same_import(tmp_path, *[[path]] * times)
    assert [m.code for r in results for m in r.warnings if m.code.startswith("monthly")] == []
    return _late(tmp_path / "fast.sqlite")


def _received(tmp_path: Path) -> list[tuple[float, str]]:
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        return conn.execute("SELECT received_amount, received_date FROM order_lines").fetchall()


@pytest.mark.parametrize("tabs", ORDERS)
@pytest.mark.parametrize("balance", ["尾款", None])
def test_the_total_to_date_on_the_newest_tab_wherever_it_sits(tmp_path: Path, tabs, balance):
    """3月 says MT-1's 4,500 (定金) came 03-02, 4月 carries the row on, 5月 says 15,000 received
    by 05-20 (noted 尾款, or a plain running total without notes), tabs in the order `tabs`.
    Hand count: nothing open, the line 15,000 received 05-20, in all six orders. Before: 10,500
    open wherever 5月 was not the last tab: the later tab's 4,500 of 03-02 read as the line's
    figure."""
    deposit = DEPOSIT if balance else _line(4_500, "2025-03-02")
    rows = {"3月": deposit, "4月": deposit, "5月": _line(15_000, "2025-05-20", balance)}
    assert _read(tmp_path, rows, tabs) == (0, [("MT-1", 0, 0)])
    assert _received(tmp_path) == [(15_000, "2025-05-20")]


@pytest.mark.parametrize("tabs", [("5月", "3月", "4月"), ("4月", "5月", "3月")])
def test_the_newest_first_book_imported_again(tmp_path: Path, tabs):
    """The book of test_the_total_to_date_on_the_newest_tab_wherever_it_sits (plain running
    total) imported twice: still nothing open (the stored line's tab is no newer month of the
    second import's)."""
    deposit = _line(4_500, "2025-03-02")
    rows = {"3月": deposit, "4月": deposit, "5月": _line(15_000, "2025-05-20")}
    assert _read(tmp_path, rows, tabs, times=2) == (0, [("MT-1", 0, 0)])


@pytest.mark.parametrize("tabs", ORDERS)
def test_a_later_month_s_correction_down_stands_in_every_tab_order(tmp_path: Path, tabs):
    """3月 and 4月 say 6,000 came 03-02, 5月 corrects it to 4,500 of 03-02 (noted 更正): the
    clerk's last word. Hand count: 10,500 open (0 days past due, as the app counts a line
    paid in part before its due date), in all six orders (before: 9,000 open where 3月 or
    4月 came after 5月, the older tabs' 6,000 read last)."""
    wrong = _line(6_000, "2025-03-02")
    rows = {"3月": wrong, "4月": wrong, "5月": _line(4_500, "2025-03-02", "更正")}
    assert _read(tmp_path, rows, tabs) == (10_500, [("MT-1", 10_500, 0)])


def test_tabs_not_named_by_month_keep_the_last_tab_s_figure(tmp_path: Path):
    """Two tabs named after no month (Sheet1: 15,000 of 05-20, Sheet2: 4,500 of 03-02): read
    as ever, the last tab's figure the line's. Hand count: 10,500 open."""
    rows = {"Sheet1": _line(15_000, "2025-05-20"), "Sheet2": _line(4_500, "2025-03-02")}
    assert _read(tmp_path, rows, ("Sheet1", "Sheet2"))[0] == 10_500


@pytest.mark.parametrize("noted", [True, False])
@pytest.mark.parametrize("tabs", list(permutations(("定金", "中期款", "尾款"))))
def test_a_deposit_and_an_interim_payment_of_one_day_are_two(tmp_path: Path, tabs, noted):
    """Tabs 定金, 中期款 and 尾款 say MT-1's 4,500, another 4,500 of the same day 03-02 and
    6,000 of 05-20 (the rows noted so, or only the tabs named so), tabs in the order `tabs`:
    three payments settle the order. Hand count: nothing open. Before: 9,000 or 10,500 open
    (中期款 named no payment, so its 4,500 of 03-02 was the 定金 copied; two payments of one
    day were refused)."""
    rows = {"定金": _line(4_500, "2025-03-02", "定金" if noted else None),
            "中期款": _line(4_500, "2025-03-02", "中期款" if noted else None),
            "尾款": _line(6_000, "2025-05-20", "尾款" if noted else None)}
    path = write_xlsx(tmp_path / YEAR, _book({tab: rows[tab] for tab in tabs}))
    _same_import(tmp_path, [path])
    assert _late(tmp_path / "fast.sqlite") == (0, [("MT-1", 0, 0)])
