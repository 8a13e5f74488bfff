"""fix39a F6: a sale noting its return (退货3000) and the return's own refund row (金额 0,
-3,000, 退货退款) on a 退货 tab placed before the 台账 tab: one return.

MT-1 Sofa 15,000 of 03-01, shipped 03-05, paid in full on 04-10, noted 退货3000; the 退货
tab's row: 3,000 back on 04-20, goods and money. Hand count at 06-30: nothing open, no credit,
revenue 12,000, as the 台账 tab first or one tab gives. Before, the 退货 tab first: the return
counted twice, 3,000 credit on account, revenue 9,000.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_ref39_refund_tab import HEADER, _book, _refund, _sale


@pytest.mark.parametrize("tabs", ["sale first", "refund first", "one tab"])
def test_a_refund_tab_first_meets_the_sale_s_noted_return(tmp_path: Path, tabs: str) -> None:
    sale = _sale()
    sale[10] = "退货3000"
    refund = _refund(0, "退货退款")
    sheets = {"sale first": {"台账": [HEADER, sale], "退货": [HEADER, refund]},
              "refund first": {"退货": [HEADER, refund], "台账": [HEADER, sale]},
              "one tab": {"台账": [HEADER, sale, refund]}}[tabs]
    _same_import(tmp_path, [_book(tmp_path, sheets)])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), round(who.credit_on_account, 2),
            round(who.revenue_12m, 2)) == (0, 0, 12_000)
