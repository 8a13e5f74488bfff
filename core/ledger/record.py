"""One ledger row, normalised: a plain tuple whose fields are named by the constants below.

A 100,000-row ledger makes 100,000 of them and a firm's ten years ten times as many, so a row is
the cheapest thing Python has: a tuple of strings, numbers and None, built in one step and
packed with :mod:`marshal` when a big file is held (core.ledger.sheets_store). Dates are ISO
text (as stored), flags 0 or 1. :class:`RecordView` gives a few rows names for the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

FIELDS = (
    "sheet", "row", "customer", "customer_key", "order_date", "amount", "currency", "order_no",
    "invoice_no", "product", "quantity", "unit_price", "cost", "gross_profit", "tax_rebate",
    "ship_date", "due_date", "due_derived", "received_amount", "received_date", "deposit",
    "deposit_date", "balance", "balance_date", "carry_forward", "notes", "status",
    "credit_note", "cost_currency", "received_currency", "ship_date_known", "incoterm_text",
    "payment_terms", "salesperson", "country", "trial", "credit_limit", "insured", "ref",
    "credit_written_positive", "credit_limit_currency", "insurer", "insured_pct",
    "rebate_currency",
)  # fmt: skip
(SHEET, ROW, CUSTOMER, CUSTOMER_KEY, ORDER_DATE, AMOUNT, CURRENCY, ORDER_NO, INVOICE_NO, PRODUCT,
 QUANTITY, UNIT_PRICE, COST, GROSS_PROFIT, TAX_REBATE, SHIP_DATE, DUE_DATE, DUE_DERIVED,
 RECEIVED, RECEIVED_DATE, DEPOSIT, DEPOSIT_DATE, BALANCE, BALANCE_DATE, CARRY_FORWARD, NOTES,
 STATUS, CREDIT_NOTE, COST_CURRENCY, RECEIVED_CURRENCY, SHIP_DATE_KNOWN, INCOTERM_TEXT,
 PAYMENT_TERMS, SALESPERSON, COUNTRY, TRIAL, CREDIT_LIMIT, INSURED, REF,
 CREDIT_WRITTEN_POSITIVE, CREDIT_LIMIT_CURRENCY, INSURER, INSURED_PCT,
 REBATE_CURRENCY) = range(len(FIELDS))

Record = tuple  # a tuple laid out as FIELDS (a type alias, for readers of signatures)

# The receipt figures of a row, each with its date: (amount field, date field).
RECEIPTS = ((RECEIVED, RECEIVED_DATE), (DEPOSIT, DEPOSIT_DATE), (BALANCE, BALANCE_DATE))
RECEIPT_NAMES = {RECEIVED: "received_amount", DEPOSIT: "deposit", BALANCE: "balance"}


def received_in(record: Record) -> str:
    """The currency the row's receipts are in: the column's own, else the row's."""
    return record[RECEIVED_CURRENCY] or record[CURRENCY]


def day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


@dataclass(frozen=True)
class RecordView:
    """A row the report lists (a credit note, a cancelled line), by name."""

    sheet: str
    row: int
    customer: str
    order_no: str | None
    invoice_no: str | None
    amount: float
    currency: str
    credit_ref: str | None = None
    credit_written_positive: bool = False

    @classmethod
    def of(cls, record: Record, credit_ref: str | None = None) -> RecordView:
        return cls(record[SHEET], record[ROW], record[CUSTOMER], record[ORDER_NO],
                   record[INVOICE_NO], record[AMOUNT], record[CURRENCY], credit_ref,
                   bool(record[CREDIT_WRITTEN_POSITIVE]))
