"""fix57f (rv57a s206): 尾款已付清 beside a deposit this wire carries as a part is the wire's own
balance.

Reader 118 (fix56l) read a balance said paid beside a new order's deposit as paid before
(旧单尾款已付，此为新单定金), so FZE's one 6,000 wire noted INV-1尾款已付清，另含PI-77定金1000 was
all held for PI-77 and INV-1 stood 5,000 open, 89 days, watch. Clerks write 已付清 of the
balance the wire itself pays: a deposit given its own figure, or joined to the balance, is a
part of the wire, the rest is the balance. fix56l's balances paid earlier stay
(tests/test_fix56l_balance_elsewhere.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix56j_balance_and_deposit import _fze


@pytest.mark.parametrize("note", [
    "INV-1尾款已付清，另含PI-77定金1000", "INV-1尾款已收，PI-77定金1000已收",
    "INV-1尾款已结清+PI-77定金1000", "INV-1尾款5000已到，PI-77定金1000",
    "INV-1尾款已结清+PI-77定金", "INV-1尾款已付清，PI-77定金USD1,000"])
def test_the_balance_said_paid_beside_a_part_deposit_is_this_wires(tmp_path: Path, note: str):
    """6,000 on 05-01. Hand: INV-1 paid, 1,000 held for PI-77 (before: 5,000 open, 89 days,
    watch, 6,000 held)."""
    assert _fze(tmp_path, [("2025-05-01", 6000, note)]) == (0, 0, None, 0, 1000)
