"""yb43: year books, one workbook a year with a tab per month, read as the customer's account
(`customers --json`). Each scenario is written by openpyxl, imported by the app's import and the
reference import (compared after every import), the figures counted by hand."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from account_cli import customers, invoice
from languages import in_chinese
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import B
from test_lists_audit28 import d
from test_lists_audit30 import row
from test_ord41_order import _line
from test_ord42_order import _imported, _typo

BOOK = "2025年台账.xlsx"


def _account(tmp_path: Path, tabs: dict[str, list[list[object]]], as_of: str = "2025-06-30"
             ) -> tuple[float, float, int]:
    """The book of `tabs` (in that order) imported by both imports: Mumbai Mart's open, and
    MT-1's open and days past due, as `customers --json` gives them at `as_of`."""
    path = write_xlsx(tmp_path / BOOK, {tab: [TYPED, *rows] for tab, rows in tabs.items()})
    results = _same_import(tmp_path, [path])
    assert [r.status for r in results] == ["imported"]
    who = customers(tmp_path / "fast.sqlite", d(as_of))["by_name"]["Mumbai Mart"]
    line = invoice(who, "MT-1")
    return round(who["open_amount"], 2), round(line["open"], 2), line["days_overdue"]


# --- 1. last December's tab in this year's book ------------------------------------------------

def _december(amount: float, on: str, note: str | None = None) -> list[object]:
    """MT-1 15,000 of 2024-12-01, shipped 12-05, OA 30 days (due 2025-01-04)."""
    return [*row("MT-1", "Mumbai Mart", "2024-12-01", 15_000, "2024-12-05", amount, on), None,
            note]


@pytest.mark.parametrize("december_first", [True, False])
@pytest.mark.parametrize(("january", "owed"), [
    (_december(15_000, "2025-01-20", "尾款"), (0, 0, 0)),
    (_december(4_000, "2024-12-10", "更正"), (11_000, 11_000, 0)),
])
def test_last_december_s_tab_in_this_year_s_book(tmp_path: Path, december_first, january,
                                                  owed):
    """2025年台账.xlsx: its 12月 tab holds December 2024's orders (MT-1's 定金 4,500 of
    2024-12-10), its 1月 tab says 15,000 received by 2025-01-20 (noted 尾款), or corrects the
    定金 to 4,000 (noted 更正); 12月 the book's first tab or its last. The 12月 tab is
    December 2024 by its rows' order dates, older than 1月. Hand count at 2025-06-30: nothing
    open; or 11,000 open (0 days past due, as the app counts a line paid in part before its
    due date 01-04). Before: 10,500 open, the 12月 tab read
    as December 2025, its 4,500 the newest figure."""
    deposit = [_december(4_500, "2024-12-10", "定金")]
    tabs = {"12月": deposit, "1月": [january]} if december_first else {
        "1月": [january], "12月": deposit}
    assert _account(tmp_path, tabs) == owed


# --- 2.-4. tabs named by payment, and a balance after carried deposits ------------------------

def _orders(*tabs: str) -> list[tuple[str, ...]]:
    return list(permutations(tabs))


def _tabs(rows: dict[str, list[object]], order: tuple[str, ...]) -> dict[str, list[list[object]]]:
    return {tab: [rows[tab]] for tab in order}


@pytest.mark.parametrize("noted", [True, False])
@pytest.mark.parametrize("order", _orders("定金1", "定金2", "尾款"))
def test_two_deposits_of_one_day_on_tabs_named_by_payment(tmp_path: Path, order, noted):
    """Tabs 定金1 and 定金2 each say MT-1's 4,500 came 03-02, tab 尾款 its 6,000 05-20 (the
    rows noted 定金 / 尾款, or not), tabs in the order `order`: three payments. Hand count:
    nothing open, in every order. Before: 9,000 or 10,500 open by the tabs' order."""
    rows = {"定金1": _line(4_500, "2025-03-02", "定金" if noted else None),
            "定金2": _line(4_500, "2025-03-02", "定金" if noted else None),
            "尾款": _line(6_000, "2025-05-20", "尾款" if noted else None)}
    assert _account(tmp_path, _tabs(rows, order)) == (0, 0, 0)


@pytest.mark.parametrize("order", _orders("定金", "尾款"))
def test_tabs_named_by_payment_holding_totals_to_date(tmp_path: Path, order):
    """Tab 定金 says MT-1's 4,500 came 03-02; tab 尾款 says 15,000 received by 05-20 (the
    total so far), either tab first. Hand count: nothing open. Before: 6,000 or 10,500 open by
    the tabs' order."""
    rows = {"定金": _line(4_500, "2025-03-02"), "尾款": _line(15_000, "2025-05-20")}
    assert _account(tmp_path, _tabs(rows, order)) == (0, 0, 0)


@pytest.mark.parametrize("order", _orders("3月", "4月", "5月"))
@pytest.mark.parametrize("notes", [("定金", "定金"), ("定金", None), (None, "定金")])
def test_may_s_balance_without_a_note_after_carried_deposits(tmp_path: Path, order, notes):
    """3月 and 4月 carry MT-1's 4,500 of 03-02 (noted 定金 on both tabs, or on one: the clerk
    left the copy's note blank, or added it on the copy); 5月 says 10,500 came 05-20, no note:
    the balance. Hand count: nothing open, in all six orders. Before: 4,500 open, 46 days past
    due wherever the tab without the note came before the one with it (the copy with no note
    kept, the noted one dropped: 5月's 10,500 then read as the total)."""
    rows = {"3月": _line(4_500, "2025-03-02", notes[0]),
            "4月": _line(4_500, "2025-03-02", notes[1]), "5月": _line(10_500, "2025-05-20")}
    assert _account(tmp_path, _tabs(rows, order)) == (0, 0, 0)


# --- 6. the note of a tie between a month-named file and a book dated by its rows ----------------

@pytest.mark.parametrize(("order", "code", "own"), [
    ("AB", "same_day_received_month_taken", ("this one by its name", "本文件按文件名")),
    ("BA", "same_day_received_month_kept", ("this one by its rows", "本文件按其中的日期"))])
def test_the_tie_note_says_both_files_are_of_one_month(tmp_path: Path, order, code, own):
    """客户台账.xlsx (no month named, its rows reaching April) says 45,000 of MT-1 came 03-10,
    台账 2025-04.xlsx 4,500 of 03-10: both April's, the month-named file's figure stands
    (45,500 open, fx42b). The note of the second import says so, in English and Chinese:
    both dated the same month, the file named after it taken or kept. Before: "as the
    later-dated file's" (AB), "the later file's figure is kept" (BA): neither is later."""
    files = {"A": ("客户台账.xlsx", _typo(45_000, 2_000)), "B": (B, _typo(4_500))}
    db, results = _imported(tmp_path, files, order)
    [note] = [m for m in results[1].warnings if m.code.startswith("same_day_received")]
    assert note.code == code
    english, chinese = note.text, in_chinese(lambda: note.text)
    assert own[0] in english and "dated the same month" in english and "later" not in english
    assert own[1] in chinese and "同一个月" in chinese and "较晚" not in chinese
    assert customers(db, d("2025-06-30"))["by_name"]["Mumbai Mart"]["open_amount"] == 45_500
