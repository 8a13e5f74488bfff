"""fix54i (rv54c R2, R6): which book an order number belongs to, narrowed.

R2: two salespeople's books sharing a big customer's orders (Omega's 2025-010 in both, the same
order) were taken for copies of one book (core.ledger.copied_books), so 李娜's 2025-001 (Beta,
12,500, paid) "corrected" 张伟's 2025-001 (Alpha, 10,000, unpaid): Alpha's open 10,000 vanished
into Beta's paid order. A copy corrects the buyer of the same order only: the copy relation lifts
a round sum's other day, never another sum (core.ledger.same_order's `copied`).
R6: a number naming its year (2025-120) listed again in next year's book, redated or re-priced,
was begun afresh as another order: Alpha's 2025 order stayed 12,000 open beside the paid 2026
listing. A number naming its year keeps its order across year books (core.ledger.year_books).
Each test imports through both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_acct53e_other_ledgers import ALPHA, BETA, HEAD, _account, _row
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report
from core.ledger.year_books import names_year

ZW, LN = "出口台账2025-张伟.xlsx", "出口台账2025-李娜.xlsx"
OMEGA = "Omega Retail Group"
OMEGA_ROWS = [_row("2025-010", OMEGA, "2025-02-01", 50_000, "2025-02-20", 50_000, "2025-03-20"),
              _row("2025-011", OMEGA, "2025-03-01", 40_000, "2025-03-20", 40_000, "2025-04-20")]
# a paid order in both books, dated 05-30: the books' last receipt, the day lateness counts to
FILL = _row("2025-099", "Other Co", "2025-05-30", 1_000, "2025-05-30", 1_000, "2025-05-30")


def _file(folder: Path, name: str, rows: list[list]) -> Path:
    return write_xlsx(folder / name, {"2025": [HEAD, *rows]})


@pytest.mark.parametrize("shared", [1, 2])
@pytest.mark.parametrize("first", ["张伟", "李娜"])
def test_two_salespeople_sharing_a_customer_keep_their_own_001(tmp_path: Path, shared: int,
                                                               first: str) -> None:
    """张伟: 2025-001 Alpha 10,000 of 01-05 unpaid (due 02-19); 李娜: 2025-001 Beta 12,500 of
    01-09 paid 03-01; both list Omega's 2025-010 (and 011) alike and Other Co's paid 2025-099.
    Hand count at 05-31: Alpha owes 10,000, 100 days late at the books' last receipt (05-30),
    black; Beta sold 12,500, paid. Before: whichever book came second moved 001 to its buyer
    (Alpha gone, or Alpha 0 open), Alpha off the black list."""
    zw = _file(tmp_path, ZW, [_row("2025-001", ALPHA, "2025-01-05", 10_000, "2025-01-20"),
                              *OMEGA_ROWS[:shared], FILL])
    ln = _file(tmp_path, LN, [_row("2025-001", BETA, "2025-01-09", 12_500, "2025-01-25", 12_500,
                                   "2025-03-01"), *OMEGA_ROWS[:shared], FILL])
    files = [[zw], [ln]] if first == "张伟" else [[ln], [zw]]
    results = _same_import(tmp_path, *files)
    assert _account(tmp_path, ALPHA) == (10_000, 100, "black", 10_000)
    assert _account(tmp_path, BETA) == (0, 0, None, 12_500)
    assert _account(tmp_path, OMEGA)[:2] == (0, 0)
    said = import_report(results[-1])
    second, other = (LN, ZW) if first == "张伟" else (ZW, LN)
    buyers = f"{ALPHA} / {BETA}" if first == "张伟" else f"{BETA} / {ALPHA}"
    assert "loses it" not in said, said
    assert (f"{second}: order number 2025-001 ({buyers}) is also in {other} for a different "
            "buyer.") in said, said
    zh = in_chinese(lambda: import_report(_same_import(tmp_path / "zh", *files)[-1]))
    assert f"{second}：1 个订单号 2025-001（{buyers}）也出现在 {other} 中，属于另一客户。" in zh, zh


Y25, Y26 = "出口台账2025.xlsx", "出口台账2026.xlsx"
JUNE = date(2026, 6, 30)
OTHER_25 = _row("2025-121", "Other Co", "2025-11-21", 1_000, "2025-11-30", 1_000, "2025-12-10")
OTHER_26 = _row("2026-001", "Other Co", "2026-01-21", 1_000, "2026-01-30", 1_000, "2026-02-10")


def _year_account(tmp_path: Path, name: str) -> tuple[float, int, float, int]:
    c = by_name(at(tmp_path / "fast.sqlite", JUNE))[name]
    return c.open_amount, c.max_days_overdue, c.revenue_12m, c.orders_12m


@pytest.mark.parametrize(("day", "amount"), [("2026-03-02", 12_600), ("2026-02-25", 12_000)])
def test_a_number_naming_its_year_is_one_order_in_next_year_s_book(
        tmp_path: Path, day: str, amount: float) -> None:
    """出口台账2025: 2025-120 Alpha 12,000 of 2025-11-20 unpaid; 出口台账2026 lists 2025-120
    dated `day` for `amount`, paid 04-01. Hand count at 2026-06-30: one order, paid: Alpha 0
    open, sold `amount` once. Before: two orders, 12,000 open beside the paid one."""
    y25 = write_xlsx(tmp_path / "25" / Y25, {"台账": [HEAD, _row(
        "2025-120", ALPHA, "2025-11-20", 12_000, "2026-02-25"), OTHER_25]})
    y26 = write_xlsx(tmp_path / "26" / Y26, {"台账": [HEAD, _row(
        "2025-120", ALPHA, day, amount, "2026-02-25", amount, "2026-04-01"), OTHER_26]})
    results = _same_import(tmp_path, [y25], [y26])
    assert _year_account(tmp_path, ALPHA) == (0, 0, amount, 1)
    assert "another year" not in import_report(results[-1])


def test_a_bare_number_repriced_next_year_is_still_another_order(tmp_path: Path) -> None:
    """The same with plain 120 (no year in it), re-priced 12,600 on 2026-03-02: another order
    of 2026, as acct54c keeps it; Alpha's 2025 order stays 12,000 open."""
    y25 = write_xlsx(tmp_path / "25" / Y25, {"台账": [HEAD, _row(
        "120", ALPHA, "2025-11-20", 12_000, "2026-02-25"), OTHER_25]})
    y26 = write_xlsx(tmp_path / "26" / Y26, {"台账": [HEAD, _row(
        "120", ALPHA, "2026-03-02", 12_600, "2026-02-25", 12_600, "2026-04-01"), OTHER_26]})
    _same_import(tmp_path, [y25], [y26])
    assert _year_account(tmp_path, ALPHA)[::2] == (12_000, 24_600)


@pytest.mark.parametrize(("number", "named"), [
    ("o:2025-120", True), ("o:pi2025-07", True), ("o:so-1998/3", True), ("o:25-120", False),
    ("o:120", False), ("o:inv2025001", False), ("o:20250120", False), ("o:3020-1", False)])
def test_which_numbers_name_a_year(number: str, named: bool) -> None:
    assert names_year(number) is named
