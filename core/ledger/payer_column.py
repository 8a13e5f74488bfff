"""A sheet of payments that names its customer as the one who paid: a 收款登记's 付款单位.

A finance clerk's receipts register (序号, 到账日期, 付款单位, 收款金额, 币种, 银行扣费, 发票号,
备注) writes who wired the money, not who bought: refused for "no column for Customer, Order
date, Amount" where only the payer column was unknown, and order date and amount are not asked
of a sheet of payments (rv52b f8). On a sheet of payments alone (a received figure and its date, no
sales-only column, no sale's amount) the payer's column (fields.PAYER_WORDS) is its customer.
A sales sheet's buyer stays its 客户 column: 付款单位 beside it is never read, and a sales sheet
with no customer column is refused for it, as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.ledger.fields import PAYER_WORDS, SALES_ONLY
from core.ledger.normalise import fold_header

_PAYER = frozenset(fold_header(word) for word in PAYER_WORDS)
_RECEIPT_DATES = frozenset({"order_date", "received_date"})


def _payments(mapping: Mapping[str, int]) -> bool:
    """A received figure and its date, no sale's amount nor any column only sales have."""
    return ("received_amount" in mapping and "amount" not in mapping
            and bool(_RECEIPT_DATES & set(mapping)) and SALES_ONLY.isdisjoint(mapping))


def payer_as_customer(mapping: dict[str, int], headers: list[str | None]) -> None:
    """Map a sheet of payments' payer column as its customer, in place, where it has none."""
    if "customer" in mapping or not _payments(mapping):
        return
    used = set(mapping.values())
    found = next((i for i, h in enumerate(headers)
                  if h and i not in used and fold_header(h) in _PAYER), None)
    if found is not None:
        mapping["customer"] = found


def payments_missing(mapping: Mapping[str, int], missing: list[str]) -> list[str]:
    """What a sheet lacks, as said: of a sheet of payments only its customer (an order date
    and an amount are a sale's, not asked of money received)."""
    if "customer" in missing and _payments(mapping):
        return ["customer"]
    return missing
