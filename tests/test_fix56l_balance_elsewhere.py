"""fix56l: a balance said paid already or put off beside a new order's deposit is not the
wire's; a part of a deposit sent back leaves the rest held (rv56e s154, s157).

rv55e's workbook (出货明细 + 收款登记): Global Trading FZE owes INV-1 5,000 (B/L 03-03, OA 30: 89
days overdue at 06-30). fix56j read any balance word beside a deposit as the wire paying that
balance first: a 6,000 deposit noted 新订单PI-77定金，尾款下次付 paid INV-1 and no list showed FZE.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix56j_balance_and_deposit import _fze


@pytest.mark.parametrize("note", [
    "新订单PI-77定金，尾款下次付", "新订单PI-77定金，尾款另付", "旧单尾款已付，此为新单定金",
    "新订单定金（上批尾款已付）", "INV-1尾款已结清，这笔是PI-77定金", "PI-77定金，INV-1尾款下次付",
    "尾款已付清，此笔为PI-77定金"])
def test_a_balance_paid_before_or_to_come_leaves_the_deposit_held(tmp_path: Path, note: str):
    """s157 e1-e5, s154 d11, d14: the balance named is paid already or later, not by this wire.
    Hand: INV-1 5,000 open, 89 days, watch (its deposit covers it), 6,000 held (main: 0 open,
    1,000 on account or held, no list)."""
    assert _fze(tmp_path, [("2025-05-01", 6000, note)]) == (5000, 89, "watch", 0, 6000)

