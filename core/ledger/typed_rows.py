"""Rows whose document type changes their figures: credit notes written positive, and money
received (收款, 回款, receipt) that is no sale.

A credit note typed so but written positive is stored negative, with its cost, profit and
rebate.

An ERP's receivables export, or a clerk's ledger kept as one list of documents, puts the
customer's payments among its invoices: 类型 "收款单", the customer, the date, the sum in the
amount column. Read as a sale, a customer who paid was owed twice what it paid: a good payer
looked like a late one, its revenue counted the money twice. Such a row is stored as a line
worth nothing that received its sum on its date (its received date if it has one), so the
account pays the customer's oldest invoices with it, as any money received.
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
    TAX_REBATE,
    Record,
)

_RECEIPT = re.compile(
    r"(?<![应未不没非无退])(?:收款|回款|收汇|到账|预收|预?付款)"
    r"|(?<![a-z])(?<!no )(?<!not )(?<!non-)(?:receipts?|remittance|(?:pre|down ?)?payments?)"
    r"(?![a-z])(?! (?:terms?|due|plan))"
)


def is_receipt(value: object) -> bool:
    """Does a document-type cell say the row is money the customer paid?"""
    return isinstance(value, str) and bool(_RECEIPT.search(fold(value)))


def as_receipts(records: list[Record], typed: list[bool]) -> list[Record]:
    """Each typed row (`typed[i]` for `records[i]`) as a line worth 0 that received its
    amount (its sign as written: money in), unless it names its received figure itself."""
    for i, record in enumerate(records):
        if typed[i]:
            values = list(record)
            if values[RECEIVED] is None:
                values[RECEIVED] = abs(values[AMOUNT])
            values[RECEIVED_DATE] = values[RECEIVED_DATE] or values[ORDER_DATE]
            values[AMOUNT], values[CREDIT_NOTE] = 0.0, 0
            records[i] = tuple(values)
    return records


def positive_credits(records: list[Record], typed: list[bool]) -> list[Record]:
    """A credit note written positive is stored negative, with its cost, profit and rebate."""
    for i, record in enumerate(records):
        if typed[i] and record[AMOUNT] > 0:
            values = list(record)
            values[AMOUNT] = -values[AMOUNT]
            for field in (COST, GROSS_PROFIT, TAX_REBATE):
                if values[field] is not None and values[field] > 0:
                    values[field] = -values[field]
            values[CREDIT_WRITTEN_POSITIVE] = 1
            records[i] = tuple(values)
    return records
