"""fx43a: ref43's return rules mended where a reviewer proved them wrong.

PO-1 "Sofa" 15,000 USD of 03-01 (hdr40's sale). Figures: (open, credit on account, revenue) at
06-30; receivables: (order, received, credited, open).

F6. -3,000 in 已收金额 noted "退货款 多付" (an overpayment sent back) on PO-1 paid 18,000: a
    refund, as "多付款退回" is (was PO-1's return: credited 3,000, revenue 12,000).
F7. -3,000, 状态 退货, of PO-2 cancelled (取消, deposit 3,000 received): the deposit's
    refund, as 退款 says (was 3,000 left on account).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, _figures
from test_ref42_returns import _receivables
from test_ref43_returns import STATUS_HEADER, _sent_back


@pytest.mark.parametrize("note", ["退货款 多付", "多付款退回", "退货款"])
def test_an_overpayment_sent_back_is_no_return(tmp_path: Path, note):
    """F6: PO-1 paid 18,000, -3,000 noted "退货款 多付": the overpaid 3,000 sent back,
    revenue 15,000, nothing credited nor on account. Before: credited 3,000, revenue 12,000,
    3,000 on account."""
    sale = [*SALE[:8], 18_000, SALE[9], None, None]
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, sale, _sent_back("PO-1", None, note)]})])
    assert _figures(tmp_path) == (0, 0, 15_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 15_000, 0, 0)]


@pytest.mark.parametrize(("status", "note"), [("退货", None), (None, "退款")])
def test_money_back_on_a_cancelled_order_is_its_deposits_refund(tmp_path: Path, status, note):
    """F7: PO-2 cancelled, its 3,000 deposit received; -3,000 状态 退货 of PO-2 is the deposit
    sent back (a cancelled order sold nothing to return): nothing on account. Before: 3,000."""
    cancelled = ["PO-2", *SALE[1:8], 3_000, SALE[9], "取消", None]
    back = _sent_back("PO-2", status, note)
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, [*SALE, None, None], cancelled, back]})])
    assert _figures(tmp_path) == (0, 0, 15_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 15_000, 0, 0)]
