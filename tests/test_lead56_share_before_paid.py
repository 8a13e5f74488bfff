"""A balance noting its deposit paid, the deposit's share between (尾款70%已收，定金30%之前已付):
the share hid the deposit's 之前已付 from payment_kinds._PAST_DEPOSIT, so Lima's 2,776.90 wire,
INV2503-08's open figure, was held as a new order's deposit (rv56c s131 B6, after fix56l took
尾款70%已收 for a balance not this wire's: 2,776.90 open, 31 days, watch, held; before, 0).
"""

from __future__ import annotations

from pathlib import Path

from test_acct56a_deposit_share_told_give import _lima_wires


def test_a_deposit_paid_before_named_with_its_share_leaves_the_money_the_balance(
        tmp_path: Path) -> None:
    """At 04-30 INV2503-08 is paid and nothing held; 已收定金30%，尾款见提单副本付 (this money the
    deposit, acct56a) stays held."""
    _lima_wires(tmp_path, [("尾款70%已收，定金30%之前已付", (0, 0, None, 0, 0)),
                           ("定金30%已付，尾款70%本次付清", (0, 0, None, 0, 0)),
                           ("已收定金30%，尾款见提单副本付", (2_776.9, 31, "watch", 0, 2_776.9))])
