"""Rows a clerk books a customer's payment on, instead of writing it beside the order.

Some ledgers keep a document-type column (类型) and book money received as a row of its own:
类型 收款, the customer, the day, 8,000 in the amount column. Read as a sale, that row was an
unshipped order of 8,000: the customer's revenue grew by what it paid, and the payment paid
nothing, so a customer that had settled its debt stayed on the black list. Such a row is money
received: its amount becomes its received figure (dated the row's date where it has no date
received), it is worth nothing as an order, and the customer's pool spends it on the oldest
invoices as any receipt (core.analysis.account). The import report names the rows
(core.ledger.unread).

Only a cell saying a payment came in is one. "已收款" (paid already) on a sale's row is that
sale's state, 应收款 (receivable) and 未收款/待收款 (not yet received) are debts, and a
payment request or reminder is a demand, not money.
"""

from __future__ import annotations

import re

from core.ledger.normalise import fold
from core.ledger.record import (
    AMOUNT,
    COST,
    CREDIT_NOTE,
    CREDIT_WRITTEN_POSITIVE,
    GROSS_PROFIT,
    ORDER_DATE,
    RECEIVED,
    RECEIVED_DATE,
    ROW,
    TAX_REBATE,
    Record,
)

_PAYMENT = re.compile(
    r"^(?:客户|银行|货款)?(?:预)?(?:收款|回款|到账|收汇|来款|进账|付款)(?:单|记录)?$"
    r"|^(?:customer |bank )?(?:payment|receipt|remittance)(?: received| in)?$"
    r"|^(?:t/?t|wire) (?:received|in)$"
)


def is_payment(value: object) -> bool:
    """Does a document-type cell say the row is money the customer paid? The whole cell
    must say it: a longer text ("已收款", "payment reminder", "收款后发货") is read as before."""
    if not isinstance(value, str):
        return False
    return bool(_PAYMENT.match(fold(value)))


def as_receipts(records: list[Record], typed: list[bool]) -> list[int]:
    """Turn the rows typed as payments into receipts, in place; their row numbers."""
    rows = []
    for i, record in enumerate(records):
        if not typed[i]:
            continue
        values = list(record)
        if values[RECEIVED] is None:
            values[RECEIVED] = abs(values[AMOUNT])
        if values[RECEIVED_DATE] is None:
            values[RECEIVED_DATE] = values[ORDER_DATE]
        values[AMOUNT] = 0.0
        values[CREDIT_NOTE] = values[CREDIT_WRITTEN_POSITIVE] = 0
        values[COST] = values[GROSS_PROFIT] = values[TAX_REBATE] = None
        records[i] = tuple(values)
        rows.append(values[ROW])
    return rows

