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

import re

from core.ledger.amounts import strip_header_currency
from core.ledger.normalise import fold_header
from core.ledger.typed_rows import is_receipt

_BARE = {"amount": frozenset({"金额", "amount"}), "order_date": frozenset({"日期", "date"})}
_BESIDE = frozenset({"order_no", "customer", "currency", "notes"})
# how each receipt came (付款方式 / 收款方式: T/T) and who booked it (业务员): no sale's
# columns on a receipts tab, left unread there (its T/T no terms of the order it pays: fx44y)
_UNREAD = frozenset({"payment_terms", "salesperson"})
# a receipts tab's name around its word: a year or month before it (2025年收款, 3月收款), a
# list's word (收款明细, 收款表, 收款登记) or a year (Receipts 2025) after it (收款汇总 is a
# summary, passed over by its name: core.ledger.sheet_names)
_AROUND = re.compile(r"^(?:\d{4}\s*年?)?\s*(?:\d{1,2}\s*月份?)?\s*(.+?)\s*"
                     r"(?:明细|表|登记|清单)?\s*(?:\d{4}\s*年?)?$")


def receipt_tab(tab: str | None) -> bool:
    """Is a tab named as the customers' receipts (收款, 回款, 到账, Payments: typed_rows.
    is_receipt), a year, a month, a list's word or a currency (收款(美元)) around the word?
    Not a tab of sales and receipts (销售及收款, 4月(含收款)). Before (fx44y), 收款明细,
    3月收款 or Receipts 2025 listing receipts under bare 日期 / 金额 were read as orders."""
    if not tab:
        return False
    found = _AROUND.match(strip_header_currency(tab).strip())
    return is_receipt(tab) or found is not None and is_receipt(found.group(1))


def receipts_by_name(tab: str, headers: list[str | None], mapping: dict[str, int]) -> bool:
    """Is this a receipts tab's list of receipts (see the module)? If so `mapping` reads its
    金额 and 日期 as the money received and its day, in place."""
    if not receipt_tab(tab) or not set(_BARE) <= set(mapping) or "customer" not in mapping:
        return False
    if not set(mapping) <= _BESIDE | set(_BARE) | _UNREAD:
        return False
    if any(fold_header(strip_header_currency(headers[mapping[name]] or "")) not in words
           for name, words in _BARE.items()):
        return False
    for name in _UNREAD:
        mapping.pop(name, None)
    mapping["received_amount"] = mapping.pop("amount")
    mapping["received_date"] = mapping.pop("order_date")
    return True
