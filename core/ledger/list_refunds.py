"""A 收款 list's negative sum is money sent back where the list writes its receipts positive.

Ningbo's June 收款 list (合同号 客户 收款日期 收款金额 收款币种 备注) pays 2,000 USD on DN-3, a
70,000 人民币 sale, and writes a second row of DN-3: -500 USD. A list's sum is its money's, and
an ERP export writes every receipt negative (note36, late33), so the -500 was read as 500 more
received, in the order's 人民币 (7,654 USD open where ≈ 8,222: 500 USD went back to the buyer),
and noted 退款 it kept its sign but lost its 收款币种 (-500 人民币: 7,792). A 台账's row of -500
received noted 退款 with 实收币种 USD was a refund of 500 USD (fx47r: 8,223). So here (rf48):
where the list's rows naming a customer receive more in positive sums of their own than
they write in negative ones, the list's sign is its money's, and a row of a negative sum on an
order the list pays is a refund (the kind :data:`REFUNDED`, read
by core.ledger.typed_rows.as_receipts), not one whose note says the refund is only under way
or asked for (退款申请中: no money went back, typed_rows.refund_under_way). A refund so read, or
one its note says was made (退款), is in its 收款币种 as a 台账's is (core.ledger.paid_in). A
list whose every sum is negative is read as before: each row money received, in its order's
currency, the sign saying nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.ledger.layout import SheetLayout
from core.ledger.typed_rows import RETURN_KEPT, RETURNED, refund_made, refund_under_way

REFUNDED = "退款"  # the kind of a listed row read as money sent back (typed_rows.is_refund)


def signed(receipts: bool, customers: Sequence[object], amounts: Sequence[float | None],
           received: Sequence[float | None], orders: Sequence[object]) -> set[object]:
    """The orders a 收款 list (`receipts`) pays in positive sums of their own (no received
    figure beside them), where it writes its receipts positive: its rows naming their customer
    receive more in positive sums than they write in negative ones. None among an ERP's
    negatives (rv48r: one +50 correction on Keeper's row made 20 receipts of 5,000 refunds:
    100,000 open, black)."""
    own = [(a, o) for c, a, g, o in zip(customers, amounts, received, orders, strict=True)
           if receipts and c is not None and a is not None and g is None]
    return {o for a, o in own if a > 0 and o} if sum(a for a, _ in own) > 0 else set()


def refunds(layout: SheetLayout, customers: Sequence[object], amounts: Sequence[float | None],
            received: Sequence[float | None], notes: Sequence[object],
            orders: Sequence[object]) -> list[bool]:
    """Each row of a 收款 list (`layout.receipts`) whose negative sum of its own is money sent
    back: its order is paid on the list too (:func:`signed`) and its note says no refund under
    way, or its note says the refund was made. A bare negative on an order the list pays
    nothing on is read as before (rv48r: -500 on DN-99, sold nowhere, 0 open → 500, black)."""
    if not layout.receipts:
        return [False] * len(amounts)
    paid = signed(True, customers, amounts, received, orders)
    return [a is not None and a < 0 and g is None and (
        o in paid and not refund_under_way(n) or refund_made(n))
        for a, g, n, o in zip(amounts, received, notes, orders, strict=True)]


def kinds_of(kinds: list[object], refunds: Sequence[bool]) -> list[object]:
    """The rows' kinds (their type cells, as sheet_columns weighs them), a listed refund's
    :data:`REFUNDED` where its own says no refund."""
    return [REFUNDED if back and kind not in (RETURNED, RETURN_KEPT) and not refund_made(kind)
            else kind
            for kind, back in zip(kinds, refunds, strict=True)]
