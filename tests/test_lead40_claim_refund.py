"""A refund for a quality claim is a refund without a return: the sale lowered by it (an
allowance) and its money sent back, as 未退货退款 / 仅退款 read (core.ledger.typed_rows, refund35).

hdr40's sale: PO-1 Sofa 15,000 USD of 03-01, shipped 03-05, OA 30 days, paid 15,000 on 04-10.
A 收款 row of PO-1, 金额 0, 实收 −1,000 on 04-25, noted 质量索赔退款 (or "quality claim refund"):
the buyer paid in full and got 1,000 back for the claim. Hand count at 06-30: nothing open,
nothing on account, revenue 14,000, in every file order. Before: read as money sent back on a
sale still worth 15,000, 1,000 open (a buyer that owes nothing shown owing; rvx40a).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_hdr40_refund_headers import SALE, SALE_HEADER
from test_import_order36 import _every_order
from test_lists_audit28 import d

PAID = ["合同号", "客户", "下单日期", "金额", "实收金额", "收款日期", "备注"]


@pytest.mark.parametrize("note", ["质量索赔退款", "质量问题退款", "索赔款退款",
                                  "quality claim refund"])
def test_a_claim_refund_lowers_the_sale(tmp_path: Path, note: str) -> None:
    open_, _, _, credit, _, revenue = _every_order(
        tmp_path, {"台账": [SALE_HEADER, SALE]},
        {"收款": [PAID, ["PO-1", "Mumbai Mart", d("2025-03-01"), 0, -1_000, d("2025-04-25"),
                        note]]}, "收款 2025-04.xlsx")
    assert (open_, credit, revenue) == (0, 0, 14_000)


def test_a_refund_for_a_bank_problem_stays_money_sent_back(tmp_path: Path) -> None:
    """银行问题退款 (the bank's problem, no claim on the goods) lowers no sale: 1,000 open."""
    open_, _, _, credit, _, revenue = _every_order(
        tmp_path, {"台账": [SALE_HEADER, SALE]},
        {"收款": [PAID, ["PO-1", "Mumbai Mart", d("2025-03-01"), 0, -1_000, d("2025-04-25"),
                        "银行问题退款"]]}, "收款 2025-04.xlsx")
    assert (open_, credit, revenue) == (1_000, 0, 15_000)
