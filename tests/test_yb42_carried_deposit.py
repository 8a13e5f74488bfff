"""yb42: a year book's deposit row carried unchanged onto the next month's tab is one payment,
not a second. Each scenario is written by openpyxl, imported by the app's import and the
reference import (compared after every file), the customer's figures at 06-30 counted by hand:
MT-1 15,000 of 03-01, shipped 03-05, OA 30 days (due 04-04)."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_lists_audit30 import row
from test_ord41_order import EVERY, _imported, _late, _line

YEAR = "台账 2025.xlsx"
MONTHS = {"A": "台账 2025-03.xlsx", "B": "台账 2025-04.xlsx", "C": "台账 2025-05.xlsx"}
DEPOSIT = _line(4_500, "2025-03-02", "定金")
# the clerk's two ways of writing the balance: the 尾款 alone, or the total received noted 尾款
BALANCES = [_line(10_500, "2025-05-20", "尾款"), _line(15_000, "2025-05-20", "尾款")]


def _book(tabs: dict[str, list[object]]) -> dict[str, list[list[object]]]:
    return {tab: [TYPED, line] for tab, line in tabs.items()}


@pytest.mark.parametrize(("may", "tabs"), [  # every tab order (yb42b: the newest month's
    (may, tabs) for may in BALANCES for tabs in permutations(("3月", "4月", "5月"))])  # figure)
@pytest.mark.parametrize("april", [DEPOSIT, _line(4_500, "2025-03-02")])
def test_a_deposit_carried_onto_the_next_tab_is_paid_once(tmp_path: Path, may, april, tabs):
    """One workbook's 3月 tab says MT-1's 定金 4,500 came 03-02, its 4月 tab carries the row
    on unchanged (or with the note left blank), its 5月 tab says the 尾款 came 05-20 (10,500,
    or the 15,000 received by then), tabs in the order `tabs`: one deposit and one balance
    settle the order. Hand count: nothing open, nothing said to be maybe a month's receipt.
    Before: the carried row was a second 4,500 payment, 5月's 10,500 then read as the total:
    4,500 open, 46 days past due, the 5月 row named as maybe a month's receipt (tabs 3月, 4月,
    5月 and 4月, 3月, 5月); 10,500 open in the four other tab orders (15,000 was right, but
    for 5月's 15,000 before another tab: 10,500 open until yb42b)."""
    rows = {"3月": DEPOSIT, "4月": april, "5月": may}
    path = write_xlsx(tmp_path / YEAR, _book({tab: rows[tab] for tab in tabs}))
    result = _same_import(tmp_path, [path])[0]
    assert [m.code for m in result.warnings if m.code.startswith("monthly_receipts")] == []
    assert _late(tmp_path / "fast.sqlite") == (0, [("MT-1", 0, 0)])


@pytest.mark.parametrize("may", BALANCES)
@pytest.mark.parametrize("order", EVERY)
def test_a_deposit_carried_onto_next_month_s_file_is_paid_once(tmp_path: Path, order: str,
                                                               may):
    """March's file says MT-1's 定金 4,500 came 03-02, April's carries the row on unchanged,
    May's says the 尾款 came 05-20 (10,500, or the 15,000 received by then), imported in every
    order. Hand count: nothing open."""
    lima = [*row("LT-2", "Lima Trading", "2025-04-02", 2_000, "2025-04-05"), None, None]
    files = {"A": (MONTHS["A"], {"台账": [TYPED, DEPOSIT]}),
             "B": (MONTHS["B"], {"台账": [TYPED, DEPOSIT, lima]}),  # April's own bytes
             "C": (MONTHS["C"], {"台账": [TYPED, may]})}
    assert _late(_imported(tmp_path, files, order)) == (0, [("MT-1", 0, 0)])


def test_a_second_payment_of_the_same_figure_still_counts(tmp_path: Path):
    """The 4月 tab gives a 中期款 of the same 4,500 of 04-02, the 5月 tab the 尾款 6,000 of
    05-20: three payments settle the order. Hand count: nothing open (the 4月 row read as the
    deposit carried on would leave 4,500 open)."""
    april, may = _line(4_500, "2025-04-02", "中期款"), _line(6_000, "2025-05-20", "尾款")
    path = write_xlsx(tmp_path / YEAR, _book({"3月": DEPOSIT, "4月": april, "5月": may}))
    _same_import(tmp_path, [path])
    assert _late(tmp_path / "fast.sqlite") == (0, [("MT-1", 0, 0)])


def test_a_carried_deposit_and_a_short_balance_read_as_without_it(tmp_path: Path):
    """3月 定金 4,500 of 03-02, 4月 the row carried on, 5月 a 尾款 of only 6,000 of 05-20 (the
    two payments settle nothing): read as the book without its 4月 tab reads, the 5月 figure
    the total to date. Hand count: 9,000 open."""
    may = _line(6_000, "2025-05-20", "尾款")
    late = []
    for name, april in (("three", {"4月": DEPOSIT}), ("two", {})):
        path = write_xlsx(tmp_path / name / YEAR, _book({"3月": DEPOSIT, **april, "5月": may}))
        _same_import(tmp_path / name, [path])
        late.append(_late(tmp_path / name / "fast.sqlite"))
    assert late[0] == late[1] and late[0][0] == 9_000
