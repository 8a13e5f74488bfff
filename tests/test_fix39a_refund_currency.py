"""fix39a F5: a refund row in another currency on a 退货 tab placed before the 台账 tab selling
its order leaves the order in the sale's currency.

MT-1 Sofa USD 15,000 of 03-01, shipped 03-05, paid in full on 04-10; its refund row: 金额 0,
实收金额 -3,000 CNY (or EUR) on 04-20, noted 退款. The 台账 tab first, or both rows on one tab:
one USD invoice, 416.70 open (CNY) or 3,240 (EUR). Before, the 退货 tab first: the order was
CNY 107,991.36 with the 3,000 filed as an exchange difference, nothing open; EUR 13,888.89.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_ref39_refund_tab import HEADER, _book, _refund, _sale


@pytest.mark.parametrize(("currency", "hand"), [("CNY", 416.7), ("EUR", 3_240.0)])
@pytest.mark.parametrize("tabs", ["sale first", "refund first", "one tab"])
def test_a_refund_tab_first_keeps_the_sale_s_currency(tmp_path: Path, currency: str,
                                                       hand: float, tabs: str) -> None:
    refund = _refund(0, "退款")
    refund[5] = currency
    sheets = {"sale first": {"台账": [HEADER, _sale()], "退货": [HEADER, refund]},
              "refund first": {"退货": [HEADER, refund], "台账": [HEADER, _sale()]},
              "one tab": {"台账": [HEADER, _sale(), refund]}}[tabs]
    _same_import(tmp_path, [_book(tmp_path, sheets)])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert round(who.open_amount, 2) == hand
    assert [(r.currency, round(r.amount, 2)) for r in who.receivables] == [("USD", 15_000)]
