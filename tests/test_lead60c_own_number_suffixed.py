"""An order number with a suffix (2025-700A, 2025-701-2, 2025-702/2, 2025-703-B) is another order
than the row's own 2025-700: an undated balance said come beside that order's balance put off
is received (rv60a s301: read as the row's own, 7,000, 72 days, black; reader 179). The row's
own number written with 号, NO. or a space after it stays its own (lead 165, 168)."""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID
from test_fix59j_balance_paid_beside_put_off import OWED, _undated


def test_a_suffixed_number_is_another_orders(tmp_path: Path) -> None:
    # _undated numbers the orders 2025-700, 2025-701, ... in the notes' order
    notes = {"已收，2025-700A尾款下周付": PAID, "已收，2025-701-2尾款下周付": PAID,
             "已收，2025-702/2尾款下周付": PAID, "已收，2025-703-B尾款下周付": PAID,
             "已收，2025-704a尾款下周付": PAID, "已收，2025-705号尾款下周付": OWED,
             "已收，NO.2025-706尾款下周付": OWED, "已收，2025-707 尾款下周付": OWED}
    assert _undated(tmp_path, list(notes)) == notes
