"""Two rows of an order naming different deductions (质量扣款500 on the sale row, 佣金2000已扣 on
its 4,500 balance row of a 7,000 balance) are each their own: together they settle the order
(lead60f's copied-note rule took them for a copy and read neither: 2,500 owed, 72 days, black,
rv60c s320 D1; reader 186)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _accounts, _order, _paid


def test_two_different_deductions_on_two_rows_settle_together(tmp_path: Path) -> None:
    sale = _order("2025-690", "Delta Rows Co")
    sale[11] = "质量扣款500"
    rows = [sale, _paid("定金30%", 3000, date(2025, 3, 2), note="已收"),
            _paid("尾款70%", 4500, date(2025, 4, 20), note="佣金2000已扣")]
    assert _accounts(tmp_path, rows, ["Delta Rows Co"])["Delta Rows Co"][0] == 0
