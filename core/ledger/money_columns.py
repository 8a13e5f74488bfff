"""Which currency the cost and receipt columns are in, where it is not the rows' own.

Exporters sell in USD or EUR but keep their books in RMB, so a cost column is often in RMB
beside USD amounts. The header may say so (成本(人民币), Cost RMB, ¥) or a cell may (¥12,000):
both are read while the rows are (core.ledger.sheet_columns). Where nothing says so, the figures do:
when most of a sheet's costs, read in the rows' currency, would mean selling below half of
cost (margins under −100%, which no trade survives) and read as RMB put most margins back
between −100% and +100%, the column is RMB, and the import says it guessed.

A received figure the row's note says is in another currency (客户付人民币, "paid in RMB")
is in that currency where, so read, it comes nearer the row's amount than read in the row's
own and, read in the row's own, it is more than the amount: 42,000 received on a 6,000 USD
row noted 人民币 is 5,834 USD, not a 36,000 USD credit that paid the buyer's later invoices
(stop36). A payment read so is named with the cells marked in another currency.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import partial
from math import log

from core.ledger.amounts import header_currency
from core.ledger.layout import SheetLayout
from core.ledger.orders import TOLERANCE
from core.ledger.received_rmb import (
    OWN_OVER,
    ReceivedTabs,
    could_be_rmb,
    judge,
    read_as_rmb,
    rmb_ratio,
    several_in_full,
    unpaid_status,
)
from core.ledger.received_rmb import Convert as Convert
from core.ledger.record import (
    AMOUNT,
    BALANCE,
    COST,
    COST_CURRENCY,
    CURRENCY,
    DEPOSIT,
    GROSS_PROFIT,
    NOTES,
    ORDER_DATE,
    REBATE_CURRENCY,
    RECEIVED,
    RECEIVED_CURRENCY,
    RECEIVED_DATE,
    ROW,
    Record,
)
from core.ledger.units_currency import from_units_row, judged

ACCOUNTING_CURRENCY = "CNY"  # the currency a Chinese exporter keeps its books in
COST_FIELDS = {"cost": COST, "gross_profit": GROSS_PROFIT}  # both carry the cost_currency
RECEIPT_MONEY = ("received_amount", "deposit", "balance")  # in the line's received_currency



@dataclass(frozen=True)
class ColumnNote:
    """A sheet's cost or receipt column read in another currency than its rows."""

    sheet: str
    column: str  # "cost" or "received"
    header: str | None
    currency: str
    rows: int  # rows whose figure is read in that currency
    how: str  # "header", "cells" or "guessed"
    row_currency: str  # the rows' (most common) own currency
    impossible: int = 0  # guessed: margins under −100% when read in the rows' currency
    judged: int = 0  # guessed: rows the guess looked at
    at: tuple[int, ...] = ()  # cells: the rows of the cells marked so (acct53c)
    ratio: float = 0.0  # settled, unclear: the received figures' typical ratio to the invoice
    own: tuple[int, ...] = ()  # settled: rows whose figure stays in the row's currency (acct54c)


def settle_column_currencies(layout: SheetLayout, records: list[Record], convert: Convert,
                             tabs: ReceivedTabs | None = None
                             ) -> tuple[list[ColumnNote], list[Record]]:
    """Guess one sheet's unlabelled cost column where its figures demand it, then say which
    column is read in which currency. The records come back with the guessed currency
    (`tabs`: the file's received columns, a tab of few receipts judged with them)."""
    notes: list[ColumnNote] = []
    guessed = _guess_cost_currency(layout, records, convert)
    if guessed is not None:
        note, records = guessed
        notes.append(note)
    else:
        notes.extend(_read_as(layout, records, "cost", tuple(COST_FIELDS), COST_CURRENCY))
    records = [r if r[NOTES] is None or r[RECEIVED] is None else noted_currency(r, convert)
               for r in records]  # a row without both says nothing of it: not asked (perf54a)
    if judged(layout, "received_amount"):  # a units row of RMB: yuan, but for the invoice's own
        notes_kept, records = _units_judged(layout, records, convert)
        notes.extend(notes_kept)
    notes.extend(_read_as(layout, records, "received", RECEIPT_MONEY, RECEIVED_CURRENCY))
    notes.extend(_units_given_way(layout, records))
    notes_received, records = _received_column(layout, records, convert, tabs)  # after: said once
    notes.extend(notes_received)
    notes.extend(_read_as(layout, records, "rebate", ("tax_rebate",), REBATE_CURRENCY))
    return notes, records


def _received_column(layout: SheetLayout, records: list[Record], convert: Convert,
                     tabs: ReceivedTabs | None) -> tuple[list[ColumnNote], list[Record]]:
    """A received figure beside a status saying unpaid is none; a received column of RMB
    settled figures read as CNY, or its rows named where only some are (received_rmb)."""
    notes: list[ColumnNote] = []
    header, name = layout.header_of("received_amount"), layout.sheet.name
    records, unpaid = unpaid_status(records)
    if unpaid:  # in the rows' own currency (the unrated check passes it)
        own = _most_common(r[CURRENCY] for r in records)
        notes.append(ColumnNote(name, "received", header, own, len(unpaid), "unpaid", own,
                                at=unpaid))
    ratio, rows, judged, kept = rmb_ratio(layout, records, convert, tabs)
    if ratio > 0:
        records = read_as_rmb(records)
        notes.append(ColumnNote(name, "received", header, ACCOUNTING_CURRENCY, len(rows),
                                "settled", _most_common(r[CURRENCY] for r in records),
                                judged=judged, ratio=ratio, at=rows if kept else (), own=kept))
    elif rows:
        notes.append(ColumnNote(name, "received", header, ACCOUNTING_CURRENCY, len(rows),
                                "unclear", _most_common(r[CURRENCY] for r in records),
                                judged=judged, at=rows, ratio=-ratio))
    return notes, records


def _margin(amount: float, value: float, name: str) -> float:
    return (amount - value) / amount if name == "cost" else value / amount


def _guess_cost_currency(layout: SheetLayout, rows: list[Record], convert: Convert
                         ) -> tuple[ColumnNote, list[Record]] | None:
    name = next((n for n in COST_FIELDS if n in layout.mapping), None)
    if name is None or any(n in layout.column_currency for n in COST_FIELDS):
        return None
    field = COST_FIELDS[name]
    unnamed = {i for i, r in enumerate(rows) if r[field] is not None and r[COST_CURRENCY] is None
               and r[CURRENCY] != ACCOUNTING_CURRENCY}
    judged = [rows[i] for i in sorted(unnamed) if rows[i][AMOUNT] > 0]
    impossible = sum(not -1 <= _margin(r[AMOUNT], r[field], name) <= 1 for r in judged)
    if not judged or impossible * 2 <= len(judged):  # most margins possible: nothing to guess
        return None
    fine = 0
    for r in judged:
        converted = convert(r[field], ACCOUNTING_CURRENCY, r[CURRENCY], r[ORDER_DATE])
        fine += converted is not None and -1 <= _margin(r[AMOUNT], converted, name) <= 1
    if fine * 2 <= len(judged):
        return None
    note = ColumnNote(layout.sheet.name, "cost", layout.header_of(name), ACCOUNTING_CURRENCY,
                      len(unnamed), "guessed", _most_common(r[CURRENCY] for r in judged),
                      impossible, len(judged))
    return note, [(*r[:COST_CURRENCY], ACCOUNTING_CURRENCY, *r[COST_CURRENCY + 1:])
                  if i in unnamed else r for i, r in enumerate(rows)]


# The note's currency reads a received figure only where it then comes within this share of the
# amount: 18,000 on the newest of three 6,000 USD rows noted "三单合并付款，银行费用人民币另付" is
# the three wired together in dollars, not 2,500 USD read as RMB (a buyer who paid in full
# black-listed); 42,000 noted 客户付人民币 on 6,000 USD is 5,834 (stop36).
NOTED_WITHIN = 0.5


def noted_currency(r: Record, convert: Convert) -> Record:
    """The record with its received figure in the currency its note names, where that reading
    is the nearer to its amount of the two and its own currency's is more than the amount."""
    received, amount = r[RECEIVED], r[AMOUNT]
    if (received is None or r[RECEIVED_CURRENCY] is not None or r[DEPOSIT] is not None
            or r[BALANCE] is not None or not amount or amount <= 0
            or received <= amount + TOLERANCE):
        return r
    named = header_currency(r[NOTES]) if isinstance(r[NOTES], str) else None
    if named is None or named == r[CURRENCY]:
        return r
    converted = convert(received, named, r[CURRENCY], r[RECEIVED_DATE] or r[ORDER_DATE])
    if (not converted or abs(log(converted / amount)) >= log(received / amount)
            or abs(converted - amount) > amount * NOTED_WITHIN):
        return r
    return (*r[:RECEIVED_CURRENCY], named, *r[RECEIVED_CURRENCY + 1:])


def _read_as(layout: SheetLayout, rows: list[Record], column: str, fields: tuple[str, ...],
             currency_field: int) -> list[ColumnNote]:
    """One note per currency the column is read in, where that is not the row's currency."""
    named = next((layout.column_currency[n] for n in fields if n in layout.column_currency), None)
    header = next((layout.header_of(n) for n in fields if n in layout.mapping), None)
    found: dict[str, list[Record]] = defaultdict(list)
    for r in rows:
        currency = r[currency_field]
        if currency and currency != r[CURRENCY]:
            found[currency].append(r)
    return [ColumnNote(layout.sheet.name, column, header, currency, len(members),
                       "header" if currency == named else "cells",
                       _most_common(r[CURRENCY] for r in members),
                       at=() if currency == named else tuple(r[ROW] for r in members))
            for currency, members in sorted(found.items())]


def _units_given_way(layout: SheetLayout, rows: list[Record]) -> list[ColumnNote]:
    """Rows whose 币种 names another currency than the units row under their receipt column:
    read in their own (core.ledger.units_currency), said once (fix54k)."""
    name = next((n for n in RECEIPT_MONEY if from_units_row(layout, n)), None)
    if name is None:
        return []
    units = layout.column_currency[name]
    members = [r for r in rows if r[RECEIVED_CURRENCY] is not None
               and r[RECEIVED_CURRENCY] == r[CURRENCY] != units]
    return [ColumnNote(layout.sheet.name, "received", layout.header_of(name), units,
                       len(members), "units", _most_common(r[CURRENCY] for r in members),
                       at=tuple(r[ROW] for r in members))] if members else []


def _units_judged(layout: SheetLayout, records: list[Record], convert: Convert
                  ) -> tuple[list[ColumnNote], list[Record]]:
    """A received column a units row says is RMB. Where half of its figures or more run at
    the rate too, both say yuan: every figure is (7,100 on a 7,100 USD invoice is some 986 USD,
    6,114 open, not paid: rv55g s90), but one whose note names its row's currency (5,000 of a
    5,000 EUR invoice noted 欧元到账: s93) and several of one currency each its invoice in full
    (received_rmb.IN_FULL_SEVERAL). Where fewer do, it is judged figure by figure, as a
    column whose figures run at the rate is (core.ledger.units_currency.judged), but a figure
    up to OWN_OVER over its invoice is in the invoice's currency as most are: a figure that is
    its invoice, a whole share of it or a little over, left in the invoice's currency, its rows
    named (fix55e, rv55b s25, s26)."""
    weighed = layout.weighed
    at_rate = [within for _, _, within, _ in judge(
        layout, [r for r in records if r[ROW] in weighed], convert, units=True)]
    if at_rate and sum(at_rate) * 2 >= len(at_rate):  # but a note naming the row's own (欧元到账)
        yuan = {r[ROW] for r in records if r[ROW] in weighed
                and not own_noted(r[NOTES], r[CURRENCY])}
        records = read_as_rmb(records, yuan - several_in_full(records, yuan), _yuan)
    else:
        records = read_as_rmb(records, weighed, partial(could_be_rmb, over=OWN_OVER))
    kept = [r for r in records if r[RECEIVED] is not None and r[RECEIVED_CURRENCY] is None
            and r[CURRENCY] != ACCOUNTING_CURRENCY and r[ROW] in weighed]
    return [ColumnNote(layout.sheet.name, "received", layout.header_of("received_amount"),
                       ACCOUNTING_CURRENCY, len(kept), "units_own",
                       _most_common(r[CURRENCY] for r in kept),
                       at=tuple(r[ROW] for r in kept))] if kept else [], records


def own_noted(note: object, currency: object) -> bool:
    """Does a row's note name its own currency (欧元到账 on a euro row, 美元账户)?"""
    return isinstance(note, str) and header_currency(note) == currency


def _yuan(received: float, amount: object) -> bool:
    """Every figure is yuan (a units row and the figures both say so)."""
    return True


def _most_common(currencies: object) -> str:
    return Counter(currencies).most_common(1)[0][0]  # type: ignore[call-overload]
