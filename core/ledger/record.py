"""One ledger row, normalised: a plain tuple whose fields are named by the constants below.

A 100,000-row ledger makes 100,000 of them and a firm's ten years ten times as many, so a row is
the cheapest thing Python has: a tuple of strings, numbers and None, built in one step and
packed with :mod:`marshal` when a big file is held (core.ledger.sheets_store). Dates are ISO
text (as stored), flags 0 or 1. :class:`RecordView` gives a few rows names for the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from typing import Any

from core.ledger.normalise import not_yet
from core.ledger.write_off_words import says_held, says_written_off

FIELDS = (
    "sheet", "row", "customer", "customer_key", "order_date", "amount", "currency", "order_no",
    "invoice_no", "product", "quantity", "unit_price", "cost", "gross_profit", "tax_rebate",
    "ship_date", "due_date", "due_derived", "received_amount", "received_date", "deposit",
    "deposit_date", "balance", "balance_date", "carry_forward", "notes", "status",
    "credit_note", "cost_currency", "received_currency", "ship_date_known", "incoterm_text",
    "payment_terms", "salesperson", "country", "trial", "credit_limit", "insured", "ref",
    "credit_written_positive", "credit_limit_currency", "insurer", "insured_pct",
    "rebate_currency", "currency_written", "status_text",
)  # fmt: skip
(SHEET, ROW, CUSTOMER, CUSTOMER_KEY, ORDER_DATE, AMOUNT, CURRENCY, ORDER_NO, INVOICE_NO, PRODUCT,
 QUANTITY, UNIT_PRICE, COST, GROSS_PROFIT, TAX_REBATE, SHIP_DATE, DUE_DATE, DUE_DERIVED,
 RECEIVED, RECEIVED_DATE, DEPOSIT, DEPOSIT_DATE, BALANCE, BALANCE_DATE, CARRY_FORWARD, NOTES,
 STATUS, CREDIT_NOTE, COST_CURRENCY, RECEIVED_CURRENCY, SHIP_DATE_KNOWN, INCOTERM_TEXT,
 PAYMENT_TERMS, SALESPERSON, COUNTRY, TRIAL, CREDIT_LIMIT, INSURED, REF,
 CREDIT_WRITTEN_POSITIVE, CREDIT_LIMIT_CURRENCY, INSURER, INSURED_PCT,
 REBATE_CURRENCY, CURRENCY_WRITTEN, STATUS_TEXT) = range(len(FIELDS))

Record = tuple  # a tuple laid out as FIELDS (a type alias, for readers of signatures)

# STATUS_TEXT: the status cell as written, where it may say a lot (第二批已发: lot_words).

# CURRENCY_WRITTEN: 1 the sheet says the row's currency (its cell, its amount's sign, another
# row of its order, the amount's header), 0 it is the firm's by default: a carried row so read
# is in its stored order's currency (core.ledger.balance_rows).

# SHIP_DATE_KNOWN (order_lines.ship_date_known): 0 the sheet has no ship-date column, 1 it has
# one, 2 the row's ship-date cell says in words that the line has not shipped (未出货, 未发货,
# TBA, "not shipped"): read as no date, but not a blank, which on a product line under one
# with a date means shipped with it (core.analysis.reading).
SHIP_SAID_NOT_YET = 2
# A row's own words saying its money is a deposit, ahead of shipment (30%定金已收, 预付款,
# advance): money on a row saying it has not shipped is held for it only so (fix52o), and a
# row of money before any order saying so is held for the order placed after it. One list; whether
# a row's money is a deposit is payment_kinds.deposit_money's (尾款（30%定金已付）: no, fix55k).
DEPOSIT_SAID = re.compile(r"(?<![未不没无待应欠退])(?:定金|订金|预付|预收|首付)"
                          r"|(?<!no )(?<!not )\b(?:deposit|advance|down ?payment|pre-?payment"
                          r"|prepaid)\b", re.IGNORECASE)
# ... and for an order not placed yet: only then is a row of money naming no order held for the
# order placed after it (core.analysis.advances); a bare 定金 naming no order is money of its own
# (fx44p: which order it paid cannot be told)
AHEAD_SAID = re.compile(r"新订单|新单|下一单|下个订单|订单未下|未下单|尚未下单|还没下单|下单前"
                        r"|\b(?:new|next|future) order\b|\border not (?:yet )?placed\b"
                        r"|\bbefore (?:the |any )?order\b", re.IGNORECASE)


def ship_known(ship: object, merged: int, old: int, new: int, restated: bool = False) -> int:
    """A stored line's SHIP_DATE_KNOWN once a repeated row is merged into it (`ship` its
    merged ship date): a ship date once known stays known; "not yet" stands while no date is
    known, until a row says otherwise with a date (a blank keeps it, as it keeps a value), or,
    in a ledger without a ship-date column, with a status cell that no longer says it
    (`restated`: 未出货 last month, 已出货 now)."""
    if ship is None and SHIP_SAID_NOT_YET in (old, new):
        if restated and old == SHIP_SAID_NOT_YET and new == 0:
            return 0  # shipped, as far as a ledger without ship dates tells
        return SHIP_SAID_NOT_YET
    return int(bool(merged) or bool(old) or ship is not None)


def ship_said(cells: Sequence[Any], days: Sequence[str | None], column: int,
              unshipped: Sequence[bool] = ()) -> Iterable[int]:
    """Per row of a sheet, its SHIP_DATE_KNOWN: `column` (0: no ship-date column, 1), or
    SHIP_SAID_NOT_YET where the row has no ship date and its ship-date cell says so in words,
    or its status cell does (`unshipped`, per row: normalise.says_unshipped)."""
    said = {v: not_yet(v) for v in set(cells) if type(v) is str} if column else {}
    if not any(said.values()) and not any(unshipped):
        return repeat(column)
    return [SHIP_SAID_NOT_YET if day is None and (said.get(v) or u) else column
            for v, day, u in zip(cells, days, unshipped or [False] * len(days), strict=True)]

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
    written_off: str | None = None  # a bad debt written off (坏账核销): its day
    held: bool = False  # a write-off put off or refused (坏账暂不核销): its money left out

    @classmethod
    def of(cls, record: Record, credit_ref: str | None = None) -> RecordView:
        said = f"{record[PRODUCT] or ''} {record[NOTES] or ''}"
        off = (record[SHIP_DATE] or record[ORDER_DATE]) if record[CREDIT_NOTE] and (
            says_written_off(said)) else None
        return cls(record[SHEET], record[ROW], record[CUSTOMER], record[ORDER_NO],
                   record[INVOICE_NO], record[AMOUNT], record[CURRENCY], credit_ref,
                   bool(record[CREDIT_WRITTEN_POSITIVE]), off,
                   bool(record[CREDIT_NOTE]) and says_held(said))
