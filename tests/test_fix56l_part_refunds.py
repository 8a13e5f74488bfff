"""fix56l (rv56e s154 d4-d7): money sent back is a refund whatever part it names, and a refund
of a deposit still held takes back only its own figure.

rv55e's register: Global Trading FZE owes INV-1 5,000 (B/L 03-03, OA 30: 89 days overdue at
06-30). A 6,000 deposit for PI-77 came on 04-15, within the 90 days a number's deposit is held;
2,000 of it went back on 05-01. Before, the refund took nothing off the held deposit (6,000
held, watch) and 退PI-77部分定金 was no refund at all; -1,000 退多付款 and -5,000 退尾款 were read
as money received (2,000 and 5,000 on account).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix56j_balance_and_deposit import _fze


@pytest.mark.parametrize("note", ["退PI-77定金2000", "退PI-77部分定金"])
def test_a_part_of_a_held_deposit_sent_back_leaves_the_rest_held(tmp_path: Path, note: str):
    """Hand: INV-1 5,000 open, 89 days, black (4,000 held no longer covers it), 4,000 held
    (before: 6,000 held, watch)."""
    wires = [("2025-04-15", 6000, "PI-77定金"), ("2025-05-01", -2000, note)]
    assert _fze(tmp_path, wires) == (5000, 89, "black", 0, 4000)


def test_an_overpayment_sent_back_is_no_credit(tmp_path: Path):
    """6,000 noted INV-1尾款, -1,000 退多付款: INV-1 paid, 1,000 over and 1,000 sent back.
    Hand: nothing open or on account (before: 2,000 on account)."""
    wires = [("2025-04-01", 6000, "INV-1尾款"), ("2025-05-01", -1000, "退多付款")]
    assert _fze(tmp_path, wires) == (0, 0, None, 0, 0)


def test_a_balance_sent_back_leaves_the_invoice_open(tmp_path: Path):
    """5,000 noted INV-1尾款, -5,000 退尾款: the balance came and went back. Hand: INV-1 5,000
    open, 89 days, black (before: 0 open, 5,000 on account)."""
    wires = [("2025-04-01", 5000, "INV-1尾款"), ("2025-05-01", -5000, "退尾款")]
    assert _fze(tmp_path, wires) == (5000, 89, "black", 0, 0)
