"""fix57f (rv57a s202 r8, r9): a sum sent back spoken of beside a wire's own word is no refund.

Reader 118 read 退多付款, 退尾款 and 退余款 as money sent back wherever they stood in a note, so a
5,000 wire noted INV-1尾款（上次退多付款已处理） — the balance paid, a past refund mentioned in
brackets — was taken as 5,000 sent back: Global Trading FZE, who had paid INV-1, was shown it
5,000 open, 89 days, black. fix56l's own refunds (-1,000 退多付款, -5,000 退尾款) stay refunds
(tests/test_fix56l_part_refunds.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix56j_balance_and_deposit import _fze


@pytest.mark.parametrize("note", [
    "INV-1尾款（上次退多付款已处理）", "INV-1尾款，退尾款手续费由客户承担",
    "INV-1货款，含上次退余款部分", "INV-1尾款 (之前退余款已结)"])
def test_a_refund_spoken_of_beside_the_balance_leaves_it_paid(tmp_path: Path, note: str):
    """5,000 on 04-01 paying INV-1's balance. Hand: nothing open or on account (before: 5,000
    open, 89 days, black)."""
    assert _fze(tmp_path, [("2025-04-01", 5000, note)]) == (0, 0, None, 0, 0)

