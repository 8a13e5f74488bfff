"""fix60n (rv60c s327 h1): a 定金50% line and the row's receipt of one sum, dated months apart,
are the order's two halves though together they fall short of it by more than a bank's
charge (core.ledger.held_by_order.HALVES_SHORT): the buyer short-paid the order, and the
shortfall is owed as such, not a whole half.

Tbilisi's YW25-0242, 12,255 OA 30天 shipped 10-09 (due 11-08); the row's 收款 6,000 on 12-20,
a 定金50% line of 6,000 on 09-10 under it. Main read the line as the row's breakdown: 6,255
owed, 42 days past due at the book's last receipt, watch. Hand: both halves came, 12,000 of
12,255: 255 owed, past due since 12-20 (20 days at 01-09), no list. Each ledger is read by
both imports (_same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_fix59g_rest_on_own_line import _account, _import, _line, _sale


def test_two_halves_short_by_more_than_a_charge_leave_the_shortfall_owed(tmp_path: Path
                                                                          ) -> None:
    _import(tmp_path, [_sale(6000, date(2025, 12, 20)), _line("定金50%", 6000, date(2025, 9, 10))])
    assert _account(tmp_path) == (255.0, 20, None, 0.0), "was 6,255 owed, 42 days, watch"


def test_two_payments_far_short_of_the_order_are_no_halves(tmp_path: Path) -> None:
    """Control: 5,000 and 5,000 of 12,255 (2,255 short, 18 %): no halves; the line is read as
    the row's breakdown, as before: 7,255 owed."""
    _import(tmp_path, [_sale(5000, date(2025, 12, 20)), _line("定金", 5000, date(2025, 9, 10))])
    assert _account(tmp_path)[0] == 7255.0


def test_halves_at_the_bank_s_value_day_are_one_wire(tmp_path: Path) -> None:
    """Control (rv60b s311 c1): the line one day before the row's receipt is the same wire at
    the bank's value date, short or not: 6,255 owed."""
    _import(tmp_path, [_sale(6000, date(2025, 9, 11)), _line("定金50%", 6000, date(2025, 9, 10))])
    assert _account(tmp_path)[0] == 6255.0
