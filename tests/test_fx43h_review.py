"""fx43h: a review of this pass's returns, payments and names, mended.

1. PO-1: Sofa 15,000 paid, Table 2,000 marked 取消, and -3,000 状态 退货: the Sofa's return
   (0 open, revenue 12,000); was read as a cancelled order's deposit refund (3,000 open,
   revenue 15,000). An order is gone only when every one of its sale rows is cancelled.
"""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, _figures
from test_lists_audit28 import d
from test_ref42_returns import _receivables
from test_ref43_returns import STATUS_HEADER, _sent_back


def _table(status: str | None) -> list[object]:
    return ["PO-1", "Mumbai Mart", d("2025-03-01"), "Table", 2_000, "USD", "OA 30 days", None,
            None, None, status, None]


def test_a_return_on_an_order_with_one_cancelled_line(tmp_path: Path):
    """1: the Table cancelled, the Sofa sold and paid: -3,000 状态 退货 is the Sofa's return,
    credited 3,000 and paid back: 0 open, revenue 12,000. Before: 3,000 open, revenue 15,000."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, [*SALE, None, None], _table("取消"), _sent_back("PO-1", "退货", None)]})])
    assert _figures(tmp_path) == (0, 0, 12_000)


def test_every_line_cancelled_is_a_deposits_refund(tmp_path: Path):
    """1, the other way: both lines of PO-1 cancelled (its 15,000 received a deposit): -3,000
    状态 退货 is money sent back, no return: nothing credited, no revenue."""
    sofa = [*SALE[:10], "取消", None]
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, sofa, _table("取消"), _sent_back("PO-1", "退货", None)]})])
    assert _figures(tmp_path)[2] == 0
    assert all(credited == 0 for _, _, credited, _ in _receivables(tmp_path, "Mumbai Mart"))
