"""A 收款 list's negative sum its note says went back (退款) is money sent back in its 收款币种.

Ningbo's June 收款 list (合同号 客户 收款日期 收款金额 收款币种 备注) pays 2,000 USD on DN-3, a
70,000 人民币 sale, and writes a second row of DN-3: -500 USD noted 退款. It kept its sign but
lost its 收款币种 (-500 人民币: 7,792 USD open where ≈ 8,222), where a 台账's row of -500 received
noted 退款 with 实收币种 USD was a refund of 500 USD (fx47r: 8,223). So here (rf48) such a row is
a refund (the kind :data:`REFUNDED`, read by core.ledger.typed_rows.as_receipts), in its 收款币种
as a 台账's is (core.ledger.paid_in), and judged with its file's rows of its order. Not one
whose note says the refund is only under way or asked for (退款申请中: typed_rows.
refund_under_way). A negative sum its note does not call a refund is read as before, money
received in its order's currency: an ERP export writes every receipt negative (note36,
late33), and the first tries at reading the sign (one positive row among an ERP's negatives,
then a list's positive sums outweighing its negatives) read a deduction (-200 扣款 beside
4,800), a refund of another customer's order of the same number, or one +50 correction among
24 ERP receipts as money sent back, black-listing paid buyers (rv48r, rv48r2).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.ledger.layout import SheetLayout
from core.ledger.typed_rows import RETURN_KEPT, RETURNED, refund_made, refund_under_way

REFUNDED = "退款"  # the kind of a listed row read as money sent back (typed_rows.is_refund)


def refunds(layout: SheetLayout, amounts: Sequence[float | None],
            received: Sequence[float | None], notes: Sequence[object]) -> list[bool]:
    """Each row of a 收款 list (`layout.receipts`) whose negative sum of its own its note says
    went back (退款, not only applied for: 退款申请中). The sign alone says nothing (rv48r,
    rv48r2): an ERP writes its receipts negative, a clerk a deduction (-200 扣款, -150 佣金
    beside 4,800: 0 open → 400, black) or a correction."""
    if not layout.receipts:
        return [False] * len(amounts)
    return [a is not None and a < 0 and g is None and refund_made(n)
            and not refund_under_way(n)
            for a, g, n in zip(amounts, received, notes, strict=True)]


def kinds_of(kinds: list[object], refunds: Sequence[bool]) -> list[object]:
    """The rows' kinds (their type cells, as sheet_columns weighs them), a listed refund's
    :data:`REFUNDED` where its own says no refund."""
    return [REFUNDED if back and kind not in (RETURNED, RETURN_KEPT) and not refund_made(kind)
            else kind
            for kind, back in zip(kinds, refunds, strict=True)]
