"""fx43d: faults a reviewer proved in yb43's year-book rules (2025年台账.xlsx, a tab a month or
a payment), each imported by the app's import and the reference import (compared after every
import) in every tab order, read as the customer's account (`customers --json`); the figures
counted by hand."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_lists_audit28 import d
from test_lists_audit30 import row

BOOK = "2025年台账.xlsx"


def _line(no: str, who: str, ordered: str, amount: float, ship: str, received: float | None,
          on: str | None, note: str | None = None) -> list[object]:
    return [*row(no, who, ordered, amount, ship, received, on), None, note]


def _mt(received: float, on: str | None, note: str | None = None) -> list[object]:
    """MT-1 15,000 of 2025-03-01, shipped 03-05, OA 30 days (due 04-04)."""
    return _line("MT-1", "Mumbai Mart", "2025-03-01", 15_000, "2025-03-05", received, on, note)


def _every_order(tmp_path: Path, tabs: dict[str, list[list[object]]], as_of: str = "2025-06-30",
                 files: tuple[tuple[str, dict[str, list[list[object]]]], ...] = (),
                 notes: bool = False) -> set[tuple[object, ...]]:
    """The book of `tabs` imported (after `files`), its tabs in every order: Mumbai Mart's open,
    days past due and list at `as_of` (with the notes of the last import: `notes`), one per
    order."""
    seen = set()
    for number, order in enumerate(permutations(tabs)):
        folder = tmp_path / str(number)
        books = (*files, (BOOK, {tab: tabs[tab] for tab in order}))
        rounds = [[write_xlsx(folder / str(n) / name, {
            tab: [TYPED, *rows] for tab, rows in book.items()})]
            for n, (name, book) in enumerate(books)]
        results = _same_import(folder, *rounds)
        assert {r.status for r in results} == {"imported"}
        who = customers(folder / "fast.sqlite", d(as_of))["by_name"]["Mumbai Mart"]
        said = tuple(sorted(w.code for w in results[-1].warnings)) if notes else ()
        seen.add((round(who["open_amount"], 2), who["max_days_overdue"], who["list"], *said))
    return seen


# --- F1: a quiet December tab carrying one order of last December ----------------------------

@pytest.mark.parametrize("carried", [True, False])
@pytest.mark.parametrize(("november", "december", "owed"), [
    (2_000, 20_000, {(0, 0, None)}), (20_000, 2_000, {(18_000, 82, "watch")})])
def test_a_quiet_december_tab_carrying_last_december_s_order(tmp_path: Path, carried, november,
                                                              december, owed):
    """2025年台账.xlsx: 11月 and 12月 each show MT-9 (20,000 of 2025-10-01, due 11-04) received
    by 11-10, 11月 saying 2,000 (a typo) and 12月 20,000, or the other way round; the only
    December row of 12月 is OLD-1, Lagos's unpaid order of 2024-12-03 carried on both tabs
    (or no such row). 12月 is December 2025: it holds October 2025's orders. Hand count at
    2026-01-31: nothing open, or 18,000 (82 days past due as the app counts, watch) as 12月
    says, in both orders. Before: 12月 was December 2024 by its one December row, its figure
    dropped: 18,000 open, watch, where nothing is."""
    old = [_line("OLD-1", "Lagos Ltd", "2024-12-03", 3_000, "2024-12-10", None, None)] * carried

    def mt9(received: float) -> list[object]:
        return _line("MT-9", "Mumbai Mart", "2025-10-01", 20_000, "2025-10-05", received,
                     "2025-11-10")

    def payer(received: float | None, on: str | None) -> list[object]:
        return _line("P-1", "Payer", "2025-10-20", 1_000, "2025-10-22", received, on)

    tabs = {"11月": [*old, payer(None, None), mt9(november)],
            "12月": [*old, payer(1_000, "2026-01-25"), mt9(december)]}
    assert _every_order(tmp_path, tabs, "2026-01-31") == owed


# --- F2: one order date typed a year on --------------------------------------------------------

@pytest.mark.parametrize("year", [2026, 2025])
def test_one_order_date_typed_next_year_keeps_the_tab_in_the_book_s_year(tmp_path: Path, year):
    """2025年台账.xlsx: 3月 says MT-1's 1,500 came 03-10 (a typo), 4月 15,000 of 03-10; 3月
    also holds LT-1 of Lima Trading, its order date typed {year}-03-20 (2025-03-20 on 4月).
    Hand count: nothing open, in both orders. Before: with the typo 2026, 3月 was March 2026
    (one row of March 2025, one of 2026: the tie went to the later year), its 1,500 the
    newest figure: 13,500 open, 77 days past due, black list."""
    def lt(ordered: str) -> list[object]:
        return _line("LT-1", "Lima Trading", ordered, 6_000, "2025-03-25", 6_000, "2025-06-20")

    tabs = {"3月": [_mt(1_500, "2025-03-10"), lt(f"{year}-03-20")],
            "4月": [_mt(15_000, "2025-03-10"), lt("2025-03-20")]}
    assert _every_order(tmp_path, tabs) == {(0, 0, None)}


# --- F3, F5, F6: tabs named by payment, or as receipts -----------------------------------------

def test_three_payment_tabs_of_three_days(tmp_path: Path):
    """Tabs 定金1 (MT-1's 4,500 of 03-02), 定金2 (3,000 of 03-20), 尾款 (7,500 of 05-20),
    each row noted so: three payments of 15,000. Hand count: nothing open, no note, in all six
    orders. Before: 7,500 open tabs 尾款, 定金1, 定金2 (定金2's 3,000 read as March's receipt on
    定金1's 4,500); the notes said a month's receipt, maybe one, or nothing by the order."""
    tabs = {"定金1": [_mt(4_500, "2025-03-02", "定金")],
            "定金2": [_mt(3_000, "2025-03-20", "定金")], "尾款": [_mt(7_500, "2025-05-20", "尾款")]}
    assert _every_order(tmp_path, tabs, notes=True) == {(0, 0, None)}


@pytest.mark.parametrize(("tabs", "owed"), [
    ({"定金": [_mt(4_500, "2025-03-02")], "尾款": [_mt(6_000, "2025-05-20")]},
     {(4_500, 46, "watch")}),
    ({"定金": [_mt(4_500, "2025-03-02")], "中期": [_mt(5_000, "2025-04-10")],
      "尾款": [_mt(5_500, "2025-05-20")]}, {(0, 0, None)})])
def test_payment_tabs_holding_each_payment(tmp_path: Path, tabs, owed):
    """Tabs 定金 (4,500 of 03-02) and 尾款 (6,000 of 05-20: the balance paid in part), or 定金,
    中期 (5,000 of 04-10) and 尾款 (5,500): each tab its payment. Hand count: 4,500 open (46
    days past due at 06-30 as the app counts, watch), or nothing; no note, in every order.
    Before: 9,000 open (尾款's 6,000 read as the total so far), the note 'maybe a month's
    receipt' in one order only; 定金, 中期, 尾款 named so in three orders of six."""
    assert _every_order(tmp_path, tabs, notes=True) == owed


@pytest.mark.parametrize("receipts", ["收款", "回款", "到账"])
def test_a_deposit_tab_beside_a_receipts_tab_of_the_total(tmp_path: Path, receipts):
    """Tab 定金 says MT-1's 4,500 came 03-02; a receipts tab (收款, 回款, 到账) says 15,000
    received by 05-20, the total so far. Hand count: nothing open, in both orders. Before:
    10,500 open with the receipts tab first (定金's 4,500 read last as the line's figure)."""
    tabs = {"定金": [_mt(4_500, "2025-03-02")], receipts: [_mt(15_000, "2025-05-20")]}
    assert _every_order(tmp_path, tabs, notes=True) == {(0, 0, None)}


# --- F7: a later month's receipt written without its day ---------------------------------------

def test_december_s_undated_total_over_november_s_receipt(tmp_path: Path):
    """11月 says MT-9's (20,000 of 2025-10-01, due 11-04) 5,000 came 11-10; 12月 says 20,000
    received, its date cell blank (by December's end). Hand count at 2026-01-31: nothing open,
    in both orders. Before: 15,000 open with 12月 the book's first tab: 11月's 5,000, read
    after it, taken as the line's figure."""
    def mt9(received: float, on: str | None) -> list[object]:
        return _line("MT-9", "Mumbai Mart", "2025-10-01", 20_000, "2025-10-05", received, on)

    tabs = {"11月": [mt9(5_000, "2025-11-10")], "12月": [mt9(20_000, None)]}
    assert _every_order(tmp_path, tabs, "2026-01-31") == {(0, 0, None)}


# --- F4: a year book against its newest month's file -------------------------------------------

@pytest.mark.parametrize(("book_first", "owed"), [(True, 45_500), (False, 5_000)])
def test_a_year_book_against_its_newest_month_s_file(tmp_path: Path, book_first, owed):
    """2025年台账.xlsx (tabs 3月 and 4月, its newest April) says MT-1 (50,000 of 03-01) had
    45,000 by 03-10 (a typo); 台账 2025-04.xlsx says 4,500 of 03-10. Both are April's, one by
    its name, the other by its tabs: the later imported stands (45,500 open book first, 5,000
    month's file first), the note says the later-dated file's figure is taken. fx43d ranked
    the name over the tabs (45,500 both orders), which let April's file overrule a book
    imported after it that showed the file's figure as its older state or corrected it
    (更正): taken back (fx43j, :func:`test_a_year_book_imported_after_its_month_s_file`)."""
    def mt(received: float) -> list[object]:
        return _line("MT-1", "Mumbai Mart", "2025-03-01", 50_000, "2025-03-05", received,
                     "2025-03-10")

    lima = _line("LT-2", "Lima Trading", "2025-04-02", 2_000, "2025-04-05", None, None)
    book = write_xlsx(tmp_path / "a" / BOOK, {"3月": [TYPED, mt(45_000)],
                                             "4月": [TYPED, mt(45_000), lima]})
    month = write_xlsx(tmp_path / "b" / "台账 2025-04.xlsx", {"台账": [TYPED, mt(4_500)]})
    results = _same_import(tmp_path, *([[book], [month]] if book_first else [[month], [book]]))
    assert [m.code for m in results[1].warnings if m.code.startswith("same_day_received")] == [
        "same_day_received_taken"]
    who = customers(tmp_path / "fast.sqlite", d("2025-06-30"))["by_name"]["Mumbai Mart"]
    assert who["open_amount"] == owed


# --- fx43j: the regressions a reviewer proved in fx43d's rules -------------------------------

def _mt9(received: float, on: str, note: str | None = None) -> list[object]:
    """MT-9 20,000 of 2025-12-01, shipped 12-05."""
    return _line("MT-9", "Mumbai Mart", "2025-12-01", 20_000, "2025-12-05", received, on, note)


@pytest.mark.parametrize(("january", "december", "owed"), [
    (_mt9(20_000, "2026-01-20"), _mt9(5_000, "2025-12-10"), {0}),
    (_mt9(2_000, "2025-12-10", "更正"), _mt9(20_000, "2025-12-10"), {18_000})])
def test_a_2025_book_s_january_tab_of_january_2026(tmp_path: Path, january, december, owed):
    """2025年台账.xlsx: 12月 says MT-9 had 5,000 by 12-10, 1月 (holding NW-1 of 2026-01-08,
    and MT-9) 20,000 by 2026-01-20; or 12月 20,000 of 12-10 (a typo), 1月 2,000 of 12-10
    noted 更正. 1月 is January 2026. Hand count at 2026-03-31: nothing open, or 18,000 open,
    in both orders. Before: 1月 read as January 2025, older than 12月: 15,000 open in one
    order, and the 更正 dropped (0 where 18,000 is)."""
    nw = _line("NW-1", "Nairobi", "2026-01-08", 1_000, "2026-01-10", None, None)
    tabs = {"12月": [december], "1月": [january, nw]}
    assert {seen[0] for seen in _every_order(tmp_path, tabs, "2026-03-31")} == owed


@pytest.mark.parametrize(("january", "owed"), [("尾款", {0}), ("更正", {11_000})])
def test_last_december_s_tab_with_one_row_of_january(tmp_path: Path, january, owed):
    """2025年台账.xlsx: 12月 holds MT-1 (15,000 of 2024-12-01) with its 定金 4,500 of 2024-12-10,
    and EA-1 ordered 2025-01-03; 1月 says 15,000 of 01-20 (尾款), or corrects the 定金 to
    4,000 (更正). 12月 is December 2024. Hand count at 2025-06-30: nothing open, or 11,000, in
    both orders. Before: 12月 moved to December 2025 by EA-1's one row of 2025: 10,500 open."""
    def mt(received: float, on: str, note: str) -> list[object]:
        return _line("MT-1", "Mumbai Mart", "2024-12-01", 15_000, "2024-12-05", received, on,
                     note)

    early = _line("EA-1", "Early Co", "2025-01-03", 1_000, "2025-01-06", None, None)
    later = mt(15_000, "2025-01-20", "尾款") if january == "尾款" else mt(
        4_000, "2024-12-10", "更正")
    tabs = {"12月": [mt(4_500, "2024-12-10", "定金"), early], "1月": [later, early]}
    assert {seen[0] for seen in _every_order(tmp_path, tabs)} == owed


@pytest.mark.parametrize(("month_file", "book", "owed"), [
    (4_500, (4_500, 15_000, None), 0), (45_000, (4_500, 4_500, "更正：45000为笔误"), 45_500)])
def test_a_year_book_imported_after_its_month_s_file(tmp_path: Path, month_file, book, owed):
    """台账 2025-04.xlsx says MT-1 had 4,500 by 03-10, then 2025年台账.xlsx (3月 4,500, 4月
    15,000 of 03-10, its first receipt's day kept): nothing open; or the month's file 45,000
    (a typo), the book's 4月 4,500 noted 更正: 45,500 open (MT-1 50,000). The book, imported
    after, stands. Before (fx43d ranked the name over the tabs): 10,500 open, or 5,000."""
    amount = 15_000 if owed == 0 else 50_000

    def mt(received: float, note: str | None = None) -> list[object]:
        return _line("MT-1", "Mumbai Mart", "2025-03-01", amount, "2025-03-05", received,
                     "2025-03-10", note)

    lima = _line("LT-2", "Lima Trading", "2025-04-02", 2_000, "2025-04-05", None, None)
    month = write_xlsx(tmp_path / "b" / "台账 2025-04.xlsx", {"台账": [TYPED, mt(month_file)]})
    year = write_xlsx(tmp_path / "a" / BOOK, {"3月": [TYPED, mt(book[0])],
                                             "4月": [TYPED, mt(book[1], book[2]), lima]})
    _same_import(tmp_path, [month], [year])
    who = customers(tmp_path / "fast.sqlite", d("2025-06-30"))["by_name"]["Mumbai Mart"]
    assert who["open_amount"] == owed


def test_work_stage_tabs_are_no_payment_tabs(tmp_path: Path):
    """Tabs 生产进度 (MT-1's 4,500 of 03-02) and 出货进度 (10,000 of 05-20) name work stages, not
    payments (进度 alone, or 进度款, would): 出货进度's 10,000, read last, is the total so far
    with 生产进度 first, 5,000 open. Before (fx43d): both payment tabs, 14,500 paid: 500 open."""
    tabs = {"生产进度": [_mt(4_500, "2025-03-02")], "出货进度": [_mt(10_000, "2025-05-20")]}
    books = [[write_xlsx(tmp_path / BOOK, {tab: [TYPED, *rows] for tab, rows in tabs.items()})]]
    _same_import(tmp_path, *books)
    who = customers(tmp_path / "fast.sqlite", d("2025-06-30"))["by_name"]["Mumbai Mart"]
    assert who["open_amount"] == 5_000
