"""fx42b: what rv42b proved of this pass's re-sent month files and year books. Each scenario is
written by openpyxl, imported one file at a time in every order by the app's import and the
reference import (compared after every file), the customer's figures counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import A, B
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row
from test_ord41_order import Sheets, _late, _line
from test_ord42_order import KEPT, TAKEN, _codes, _imported, _typo
from test_yb42_carried_deposit import YEAR, _book
from test_yb42b_newest_tab_first import ORDERS

# --- 1. a month's file sent again unchanged is no correction of its month ---------------------


@pytest.mark.parametrize("order", ["ABC", "ACB", "BAC", "CBA"])
def test_a_month_sent_again_unchanged_keeps_the_later_book_s_figure(tmp_path: Path, order: str):
    """March's book says 4,500 of MT-1's 50,000 came by 03-10; April's book says 9,000 by
    03-10 (its figure of that day, the later word); March's book comes again (another folder)
    saying the same 4,500, a row of another buyer added. Hand count: 41,000 open, 0 days, in
    every order. Before: March, April, March again (or April, March, March again) took the
    re-sent 4,500 as March's correction: 45,500 open, and said so (“this file's figure is
    taken, as the later-dated file”); now its unchanged figure is kept out and named so."""
    files = {"A": (A, _typo(4_500)), "B": (B, _typo(9_000, 2_000)), "C": (A, _typo(4_500, 3_000))}
    db, results = _imported(tmp_path, files, order)
    assert _late(db) == (41_000, [("MT-1", 41_000, 0)])
    if order.endswith("C"):
        assert TAKEN not in _codes(results[2:]) and KEPT in _codes(results[2:])


# --- 2. a deposit carried onto April's tab, May's balance: both payments ----------------------

def _paid(tab: str, received: float, on: str, note: str) -> Sheets:
    """MT-1 15,000 of 03-01, shipped 03-05, OA 30 days (due 04-04), on a tab `tab`: `received`
    by `on`, noted `note` (定金 the deposit, 尾款 the balance)."""
    return {tab: [TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 15_000, "2025-03-05",
                              received, on), None, note]]}


@pytest.mark.parametrize("order", ["ABC", "BCA", "CAB", "CBA"])
def test_a_carried_deposit_and_may_s_balance_settle_the_order(tmp_path: Path, order: str):
    """台账 2025-03/04/05.xlsx, each tab named by its month: the 定金 4,500 of 03-02 on 3月 and
    carried onto 4月 (a row dated before its month: carried forward), 5月's 尾款 10,500 of
    05-20. Hand count: both payments, 15,000 received, nothing open, in every order. Before:
    April's or May's file first left 4,500 open, 46 days late (5月's balance read as the
    total to date, over the carried line); tabs named 台账 gave 0."""
    deposit = ("2025-03-02", "定金")
    files = {"A": (A, _paid("3月", 4_500, *deposit)), "B": (B, _paid("4月", 4_500, *deposit)),
             "C": ("台账 2025-05.xlsx", _paid("5月", 10_500, "2025-05-20", "尾款"))}
    db, _results = _imported(tmp_path, files, order)
    assert _late(db) == (0, [("MT-1", 0, 0)])


# --- 3. a newest-first year book keeps the earlier part's day -------------------------------

@pytest.mark.parametrize("tabs", ORDERS)
def test_a_newest_first_year_book_keeps_the_deposit_s_day(tmp_path: Path, tabs):
    """台账 2025.xlsx: 3月 says MT-1's 4,500 came 03-02, 4月 carries it on, 5月 says 15,000
    received by 05-20 (a running total), tabs in the order `tabs`. Hand count: as of 05-10
    10,500 open (as the oldest-first order reads it, 0 days); as of 06-30 nothing open.
    Before: 5月 before an older tab kept 15,000 of 05-20 without its 4,500 of 03-02: 15,000
    open, 36 days late, as of 05-10."""
    deposit = _line(4_500, "2025-03-02")
    rows = {"3月": deposit, "4月": deposit, "5月": _line(15_000, "2025-05-20")}
    path = write_xlsx(tmp_path / YEAR, _book({tab: rows[tab] for tab in tabs}))
    _same_import(tmp_path, [path])
    may = by_name(at(tmp_path / "fast.sqlite", d("2025-05-10")))["Mumbai Mart"]
    assert (may.open_amount, [(r.open, r.days_overdue) for r in may.receivables]) == (
        10_500, [(10_500, 0)])
    assert _late(tmp_path / "fast.sqlite") == (0, [("MT-1", 0, 0)])


# --- 4. a book named by its month wins a tie with one dated by its rows ---------------------

@pytest.mark.parametrize("order", ["AB", "BA"])
def test_the_book_named_by_month_wins_a_tie(tmp_path: Path, order: str):
    """客户台账.xlsx (no month in its name or tab, its rows reaching April: another buyer's
    order of 04-02) says 45,000 of MT-1's 50,000 came by 03-10; 台账 2025-04.xlsx says 4,500
    of 03-10. Both are April's: the one named by its month is the clerk's word. Hand count:
    45,500 open in both orders. Before: the last imported decided, 45,500 or 5,000."""
    files = {"A": ("客户台账.xlsx", _typo(45_000, 2_000)), "B": (B, _typo(4_500))}
    db, _results = _imported(tmp_path, files, order)
    assert _late(db) == (45_500, [("MT-1", 45_500, 0)])


# --- 5. a later book carrying the typo its month's file corrected does not undo it ----------

@pytest.mark.parametrize("order", ["ABC", "ACB", "BAC"])
def test_a_later_book_carrying_a_corrected_typo_leaves_the_correction(tmp_path: Path,
                                                                     order: str):
    """March's book says 45,000 of MT-1's 50,000 came by 03-10 (a typo), April's book carries
    45,000 of 03-10, March's book is sent again (another folder) with 4,500. Hand count:
    45,500 open in these orders. Before: March, March again, April gave 5,000 (April's book
    carrying the typo took the line back to it)."""
    files = {"A": (A, _typo(45_000)), "B": (B, _typo(45_000, 2_000)), "C": (A, _typo(4_500))}
    db, _results = _imported(tmp_path, files, order)
    assert _late(db) == (45_500, [("MT-1", 45_500, 0)])


def _book_row(received: float, on: str, other: float = 0) -> Sheets:
    rows = [TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 50_000, "2025-03-05", received, on),
                    None, None]]
    if other:  # another buyer's row: the file sent again is not byte for byte the first
        rows.append([*row("LT-2", "Lima Trading", "2025-04-02", other, "2025-04-05"), None, None])
    return {"台账": rows}


@pytest.mark.parametrize("order", ["ABCD", "BACD"])
def test_a_month_sent_again_after_the_next_month_s_book_keeps_that_book(tmp_path: Path,
                                                                         order: str) -> None:
    """March 4,500 of 03-31, April's book carrying it, May's 9,000 of 03-31, then April sent
    again unchanged (a row added). April's first reading of MT-1 was never recorded (March
    was the line's source), and no record read as changed: April's 4,500 taken over May's
    9,000 as a correction, 45,500 open where 41,000 is (code review). No record, no change."""
    files = {"A": ("台账 2025-03.xlsx", _book_row(4_500, "2025-03-31")),
             "B": ("台账 2025-04.xlsx", _book_row(4_500, "2025-03-31", 2_000)),
             "C": ("台账 2025-05.xlsx", _book_row(9_000, "2025-03-31", 2_000)),
             "D": ("台账 2025-04.xlsx", _book_row(4_500, "2025-03-31", 3_000))}
    db, _results = _imported(tmp_path, files, order)
    assert _late(db)[0] == 41_000
