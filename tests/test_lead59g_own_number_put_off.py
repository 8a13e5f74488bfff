"""An undated balance noting its own order's balance put off (已收，2025-701尾款下周付 on
2025-701's row) puts this row's money off: owed, 72 days, black (fix59j read any numbered
order as another's, 0: rv59e s283, reader 165). Another order's number still is another's."""

from __future__ import annotations

from pathlib import Path

from test_fix59j_balance_paid_beside_put_off import OWED, PAID, _undated


def test_the_rows_own_number_put_off_is_its_own_money(tmp_path: Path) -> None:
    # _undated numbers the orders 2025-700, 2025-701, ... in the notes' order
    got = _undated(tmp_path, ["已收，2025-799尾款下周付", "已收，2025-701尾款下周付"])
    assert got == {"已收，2025-799尾款下周付": PAID, "已收，2025-701尾款下周付": OWED}
