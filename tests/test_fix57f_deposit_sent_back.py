"""fix57f (rv57a s202 r1, r2): a deposit sent back naming no number, where the customer has one
deposit held, takes back that deposit's figure.

rv55e's register: Global Trading FZE owes INV-1 5,000 (89 days overdue at 06-30); 6,000 came on
04-15 noted PI-77定金 and is held for PI-77. On 05-01 -2,000 went back noted only 退定金 (or
退部分定金): fix56l took a refund off a held deposit only where its note named the number, so
FZE stood 6,000 held, watch, the deposit still covering INV-1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix56j_balance_and_deposit import _fze


@pytest.mark.parametrize("note", ["退定金", "退部分定金", "定金退回客户2000"])
def test_a_deposit_sent_back_naming_none_is_the_one_held(tmp_path: Path, note: str):
    """Hand: INV-1 5,000 open, 89 days, black, 4,000 held (before: 6,000 held, watch)."""
    wires = [("2025-04-15", 6000, "PI-77定金"), ("2025-05-01", -2000, note)]
    assert _fze(tmp_path, wires) == (5000, 89, "black", 0, 4000)
