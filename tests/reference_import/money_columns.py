"""The reference: which currency the cost and receipt columns are in, judged on a sheet's
records as the importer did before issue 11."""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date

from core.ledger.amounts import header_currency
from core.ledger.layout import SheetLayout
from core.ledger.money_columns import NOTED_WITHIN, ColumnNote, own_noted
from core.ledger.normalise import fold
from core.ledger.orders import TOLERANCE
from core.ledger.received_rmb import (
    ALONE,
    BAND,
    FEW,
    IN_FULL_SEVERAL,
    MIN_RATE,
    OWN_OVER,
    RMB,
    SOME,
    could_be_rmb,
    in_full,
    order_figures,
    planned_sum,
)
from core.ledger.units_currency import judged
from reference_import.rows import RECEIPT_MONEY, Record

ACCOUNTING_CURRENCY = "CNY"  # the currency a Chinese exporter keeps its books in
COST_FIELDS = ("cost", "gross_profit")  # both carry the line's cost_currency

Convert = Callable[[float, str, str, date], float | None]


def settle_column_currencies(layouts: list[SheetLayout], records: list[Record],
                             convert: Convert) -> list[ColumnNote]:
    """Guess each sheet's unlabelled cost column where its figures demand it, then say, per
    sheet, which column is read in which currency."""
    by_sheet: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_sheet[record.sheet].append(record)
    notes: list[ColumnNote] = []
    before: list[list[ColumnNote]] = []
    book: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # a header's judged, at the rate
    for layout in layouts:
        rows = by_sheet.get(layout.sheet.name, [])
        first: list[ColumnNote] = []
        guessed = _guess_cost_currency(layout, rows, convert)
        if guessed is not None:
            first.append(guessed)
        else:
            first.extend(_read_as(layout, rows, "cost", COST_FIELDS, lambda r: r.cost_currency))
        for r in rows:
            _noted_currency(r, convert)
        if judged(layout, "received_amount"):
            first.extend(_units_judged(layout, rows, convert))
        first.extend(_read_as(layout, rows, "received", RECEIPT_MONEY,
                              lambda r: r.received_currency))
        first.extend(_units_given_way(layout, rows))
        first.extend(_unpaid(layout, rows))
        ratios = _ratios(layout, rows, convert)
        counts = book[fold(layout.header_of("received_amount") or "")]
        counts[0] += len(ratios)
        counts[1] += sum(within for _, _, within in ratios)
        before.append(first)
    for layout, first in zip(layouts, before, strict=True):
        rows = by_sheet.get(layout.sheet.name, [])
        notes.extend(first)
        notes.extend(_received_column(layout, rows, convert,
                                      book[fold(layout.header_of("received_amount") or "")]))
        notes.extend(_read_as(layout, rows, "rebate", ("tax_rebate",),
                              lambda r: r.rebate_currency))
    return notes


def _noted_currency(r: Record, convert: Convert) -> None:
    """A received figure whose note names another currency, in which it reads nearer the
    row's amount, and more than the amount in the row's own: in the note's currency."""
    received, amount = r.received_amount, r.amount
    if (received is None or r.received_currency is not None or r.deposit is not None
            or r.balance is not None or not amount or amount <= 0
            or received <= amount + TOLERANCE):
        return
    named = header_currency(r.notes) if r.notes else None
    if named is None or named == r.currency:
        return
    converted = convert(received, named, r.currency, r.received_date or r.order_date)
    if (converted and abs(math.log(converted / amount)) < math.log(received / amount)
            and abs(converted - amount) <= amount * NOTED_WITHIN):
        r.received_currency = named


def _unpaid(layout: SheetLayout, rows: list[Record]) -> list[ColumnNote]:
    """Planned sums beside a status saying unpaid dropped, named."""
    unpaid = [r for r in rows if planned_sum(r.received_amount, r.amount, r.status_text)]
    for r in unpaid:
        r.received_amount = r.received_date = None
    own = _most_common(r.currency for r in rows) if rows else ""
    return [ColumnNote(layout.sheet.name, "received", layout.header_of("received_amount"), own,
                       len(unpaid), "unpaid", own, at=tuple(r.row for r in unpaid))
            ] if unpaid else []


def _ratios(layout: SheetLayout, rows: list[Record], convert: Convert
            ) -> list[tuple[Record, float, bool]]:
    """Each receipt's ratio to its invoice (its order's receipts to its order's lines where it
    has several: fix54l), and whether it runs at the CNY rate."""
    header = layout.header_of("received_amount")
    if ("received_amount" not in layout.mapping or header_currency(header)
            or "received_amount" in layout.column_currency):
        return []
    ratios: list[tuple[Record, float, bool]] = []
    orders = _orders(rows)
    for r in rows:
        if (r.received_amount and r.received_amount > 0 and r.amount and r.amount > 0
                and r.received_currency is None and r.currency and r.currency != RMB):
            rate = convert(1.0, r.currency, RMB, r.received_date or r.order_date)
            if rate and rate >= MIN_RATE:
                received, amount = orders.get(r.row, (r.received_amount, r.amount))
                ratio = received / amount
                ratios.append((r, ratio, BAND[0] * rate <= ratio <= BAND[1] * rate))
    return ratios


def _orders(rows: list[Record]) -> dict[int, tuple[float, float]]:
    """Each receipt row of an order of several lines: its order's receipts and total."""
    return order_figures(
        (r.row, (r.customer_key, fold(str(r.order_no)), r.currency)
         if r.order_no and r.status != "cancelled" and not r.credit_note else None,
         r.amount, r.received_amount if r.received_currency is None else None) for r in rows)


def _received_column(layout: SheetLayout, rows: list[Record], convert: Convert,
                     book: list[int]) -> list[ColumnNote]:
    """A column of RMB settled figures (most rows at the rate of CNY; a tab of few receipts
    as its header's tabs in the file say: `book`) read as CNY, or its rows named."""
    header, name = layout.header_of("received_amount"), layout.sheet.name
    own = _most_common(r.currency for r in rows) if rows else ""
    ratios = _ratios(layout, rows, convert)
    inside = [ratio for _, ratio, within in ratios if within]
    if not inside:
        return []
    if len(ratios) < FEW:
        if book[0] < ALONE or book[1] * 2 <= book[0]:
            return []
    elif len(inside) * SOME < len(ratios):
        return []
    typical = math.exp(statistics.median(map(math.log, inside)))
    if len(inside) * 2 > len(ratios):  # most at the rate: RMB, rows near their invoice not
        orders = _orders(rows)
        kept = tuple(r.row for r, _, _ in ratios if not could_be_rmb(
            *orders.get(r.row, (r.received_amount or 0, r.amount))))
        for r in rows:
            if (r.received_amount is not None and r.received_currency is None and r.currency != RMB
                    and could_be_rmb(*orders.get(r.row, (r.received_amount, r.amount)))):
                r.received_currency = RMB
        return [ColumnNote(name, "received", header, RMB, len(inside), "settled",
                           own, judged=len(ratios), ratio=typical, own=kept,
                           at=tuple(r.row for r, _, within in ratios if within)
                           if kept else ())]
    return [ColumnNote(name, "received", header, RMB, len(inside), "unclear", own,
                       judged=len(ratios), ratio=typical,
                       at=tuple(r.row for r, _, within in ratios if within))]


def _units_judged(layout: SheetLayout, rows: list[Record], convert: Convert
                  ) -> list[ColumnNote]:
    """A received column a units row says is RMB: where half of its figures or more run at
    the rate, every figure yuan but one whose note names its row's currency; else each yuan
    unless it is its invoice or a whole share of it (its order's, where it has several lines)
    or up to OWN_OVER over, those rows named."""
    orders = _orders(rows)
    within = []
    for r in rows:
        if (r.weighed and r.received_amount and r.received_amount > 0 and r.amount
                and r.amount > 0 and r.received_currency is None and r.currency
                and r.currency != RMB):
            rate = convert(1.0, r.currency, RMB, r.received_date or r.order_date)
            if rate and rate >= MIN_RATE:
                received, amount = orders.get(r.row, (r.received_amount, r.amount))
                within.append(BAND[0] * rate <= received / amount <= BAND[1] * rate)
    every = bool(within) and sum(within) * 2 >= len(within)
    full: dict[str, set[int]] = defaultdict(set)  # several of one currency in full: its own
    for r in rows if every else ():
        if (r.weighed and r.received_amount is not None and r.received_currency is None
                and r.currency != RMB and not own_noted(r.notes, r.currency)
                and in_full(*orders.get(r.row, (r.received_amount, r.amount)))):
            full[r.currency].add(r.row)
    dollars = {row for same in full.values() if len(same) >= IN_FULL_SEVERAL for row in same}
    kept = []
    for r in rows:
        if (r.received_amount is None or r.received_currency is not None or r.currency == RMB
                or not r.weighed):
            continue
        if (every and not own_noted(r.notes, r.currency) and r.row not in dollars
                ) or not every and could_be_rmb(
                *orders.get(r.row, (r.received_amount, r.amount)), OWN_OVER):
            r.received_currency = RMB
        else:
            kept.append(r)
    return [ColumnNote(layout.sheet.name, "received", layout.header_of("received_amount"), RMB,
                       len(kept), "units_own", _most_common(r.currency for r in kept),
                       at=tuple(r.row for r in kept))] if kept else []


def _margin(amount: float, value: float, name: str) -> float:
    return (amount - value) / amount if name == "cost" else value / amount


def _guess_cost_currency(layout: SheetLayout, rows: list[Record], convert: Convert
                         ) -> ColumnNote | None:
    name = next((n for n in COST_FIELDS if n in layout.mapping), None)
    if name is None or any(n in layout.column_currency for n in COST_FIELDS):
        return None
    unnamed = [r for r in rows if getattr(r, name) is not None and r.cost_currency is None
               and r.currency != ACCOUNTING_CURRENCY]
    judged = [r for r in unnamed if r.amount > 0]
    impossible = fine = 0
    for r in judged:
        value = getattr(r, name)
        impossible += not -1 <= _margin(r.amount, value, name) <= 1
        converted = convert(value, ACCOUNTING_CURRENCY, r.currency, r.order_date)
        fine += converted is not None and -1 <= _margin(r.amount, converted, name) <= 1
    if not judged or impossible * 2 <= len(judged) or fine * 2 <= len(judged):
        return None
    for r in unnamed:
        r.cost_currency = ACCOUNTING_CURRENCY
    return ColumnNote(layout.sheet.name, "cost", layout.header_of(name), ACCOUNTING_CURRENCY,
                      len(unnamed), "guessed", _most_common(r.currency for r in judged),
                      impossible, len(judged))


def _read_as(layout: SheetLayout, rows: list[Record], column: str, fields: tuple[str, ...],
             currency_of: Callable[[Record], str | None]) -> list[ColumnNote]:
    """One note per currency the column is read in, where that is not the row's currency."""
    named = next((layout.column_currency[n] for n in fields if n in layout.column_currency), None)
    header = next((layout.header_of(n) for n in fields if n in layout.mapping), None)
    found: dict[str, list[Record]] = defaultdict(list)
    for r in rows:
        currency = currency_of(r)
        if currency and currency != r.currency:
            found[currency].append(r)
    return [ColumnNote(layout.sheet.name, column, header, currency, len(members),
                       "header" if currency == named else "cells",
                       _most_common(r.currency for r in members),
                       at=() if currency == named else tuple(r.row for r in members))
            for currency, members in sorted(found.items())]


def _units_given_way(layout: SheetLayout, rows: list[Record]) -> list[ColumnNote]:
    """Receipts in their row's 币种 where a units row named another currency (fix54k)."""
    name = next((n for n in RECEIPT_MONEY if n in layout.units_row), None)
    if name is None:
        return []
    units = layout.column_currency[name]
    members = [r for r in rows if r.received_currency is not None
               and r.received_currency == r.currency != units]
    return [ColumnNote(layout.sheet.name, "received", layout.header_of(name), units,
                       len(members), "units", _most_common(r.currency for r in members),
                       at=tuple(r.row for r in members))] if members else []


def _most_common(currencies: object) -> str:
    return Counter(currencies).most_common(1)[0][0]  # type: ignore[call-overload]
