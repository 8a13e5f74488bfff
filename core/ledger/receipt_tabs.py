"""A tab named as receipts (收款, 回款, 到账, Payments) listing each receipt as a row of its
own under bare 日期 and 金额 headers (订单号, 客户, 日期, 金额; nothing only a sale has): its
金额 is the money received that day, its 日期 the day received, as under 收款日期 / 收款金额
(core.ledger.layout.receipts_sheet). Before (yb44), each receipt was read as an order line:
a year book's 收款 tab of MT-1's 4,500 and 10,500 beside 3月's 15,000 order left 15,000 or
25,500 open by the tabs' order, where nothing is.

Narrow on purpose: only the bare words (金额 / amount, 日期 / date; a currency named beside
them), never 订单金额 or 下单日期, which say a sale; no received, sales-only or other column
beside them; a layout the user mapped or the app remembered is read as it was."""

from __future__ import annotations

from core.ledger.amounts import strip_header_currency
from core.ledger.normalise import fold_header
from core.ledger.typed_rows import is_receipt

_BARE = {"amount": frozenset({"金额", "amount"}), "order_date": frozenset({"日期", "date"})}
_BESIDE = frozenset({"order_no", "customer", "currency", "notes"})


def receipts_by_name(tab: str, headers: list[str | None], mapping: dict[str, int]) -> bool:
    """Is this a receipts tab's list of receipts (see the module)? If so `mapping` reads its
    金额 and 日期 as the money received and its day, in place."""
    if not is_receipt(tab) or not set(_BARE) <= set(mapping) or "customer" not in mapping:
        return False
    if not set(mapping) <= _BESIDE | set(_BARE):
        return False
    if any(fold_header(strip_header_currency(headers[mapping[name]] or "")) not in words
           for name, words in _BARE.items()):
        return False
    mapping["received_amount"] = mapping.pop("amount")
    mapping["received_date"] = mapping.pop("order_date")
    return True
