"""The reference's reading of a deduction a sale's note names, weighed against the money the
whole file received on its order (core.ledger.deductions_apart): written again from the
rule, by row objects, the file's sheets all read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from itertools import count

from core.ledger.converting import off_by
from core.ledger.deduction_notes import hinted, settled
from core.ledger.deduction_wires import Convert, Wire, overpaid, place_wires, spare_paid
from core.ledger.deductions_apart import Kept, moved
from core.ledger.deductions_stored import StoredMoney, add_stored
from core.ledger.keys import numbered_order_key
from core.ledger.normalise import fold
from core.ledger.noted_deductions import FileMoney, off
from core.ledger.noted_returns import further_return, other_return
from core.ledger.unnamed_wires import unnamed_paid
from reference_import.orders import _another_lot, _as_shown
from reference_import.rows import (
    Record,
    SheetRecords,
    deduction_totals,
    ordered,
    own_received,
    pays_order,
    said_twice,
    within,
)

Order = tuple[str, str, str]
Noted = Callable[[str, str, float, object], bool]


def file_paid(sheets: list[SheetRecords], stored: StoredMoney | None = None,
              convert: Convert | None = None) -> FileMoney:
    """Each order's money across the file: each sale line's last figure (its product's n-th
    row of the order on a tab), each row of money placed where the account places it
    (deduction_wires: the orders its cell names, whoever paid, at the day's rate), and other
    files' stored money on an order a note deducts from (`stored`: deductions_stored, its
    wires naming it among others placed as the file's); an order with money at no rate left
    out; and how far each order's converted money may be off (core.ledger.converting)."""
    lines: dict[tuple[Order, str, int], float] = {}
    sales: dict[tuple[Order, str, int], float] = {}
    wires: list[Wire] = []
    over: dict[Order, set[str]] = defaultdict(set)
    mixed: set[Order] = set()
    asked: dict[Order, str] = {}
    shipped: set[Order] = set()
    slack: dict[Order, float] = defaultdict(float)
    moves: list[Kept] = []
    shown: dict[tuple[Order, str, int], tuple[float, str, str | None]] = {}
    unnamed: list[tuple[str, str, float]] = []  # money naming no order (unnamed_wires)
    paying: set[Order] = set()  # a payment's own row noting a deduction: the store asked too
    for found in sheets:
        here: dict[tuple[Order, str, int], tuple[float, str, str | None]] = {}
        for r in found.records:
            if (not r.order_no and r.customer_key and not r.amount and not r.credit_note
                    and r.status != "cancelled" and (own_received(r) or 0.0) > 0):
                unnamed.append((r.customer_key, r.currency, own_received(r) or 0.0))
            if not r.order_no or r.credit_note:
                continue
            order = (numbered_order_key(r.order_no), r.customer_key, r.currency)
            own = own_received(r)
            if r.status == "cancelled":  # its money kept for the order its note names
                if r.notes and own is not None:
                    moves.append((order, own, r.notes))
                continue
            day = r.received_date or r.order_date
            if own is None and r.received_amount is not None and r.received_currency:
                own = None if convert is None else convert(
                    r.received_amount, r.received_currency, r.currency, day)
                if own is not None and convert is not None:
                    slack[order] += off_by(convert, r.received_amount, r.received_currency,
                                           r.currency, day)
            if own is None and r.received_amount is not None:
                mixed.add(order)
            elif (r.amount or 0) > 0:
                # the first place on its tab that is free and no other lot's (lot_words)
                line = next(key for n in count(1) if (key := (order, fold(r.product or ""), n))
                            not in here and not _another_lot(shown.get(key), r))
                here[line] = _as_shown(r)
                sales[line] = r.amount
                if own is not None:
                    lines[line] = own
                if r.notes and (hinted(r.notes) or own is not None and own - r.amount > 0.005):
                    over[order].add(r.notes)
                if hinted(r.notes):
                    asked[order] = r.notes
                if (r.ship_date or not r.ship_date_known or r.deposit is not None
                        or (r.due_date and not r.due_derived)):
                    shipped.add(order)
            elif own is not None:
                wires.append((order, own, r.received_date))
                if hinted(r.notes):
                    paying.add(order)
        shown.update(here)
    products: dict[tuple[Order, str], float] = defaultdict(float)
    for (order, product, _n), figure in lines.items():
        products[order, product] += figure
    sold: dict[Order, float] = defaultdict(float)
    written: dict[Order, list[float]] = defaultdict(list)  # each order's lines (lots) in turn
    for (order, _product, _n), amount in sales.items():
        sold[order] += amount
        written[order].append(amount)
    money: dict[Order, float] = defaultdict(float)
    if stored is not None and (asked or paying):
        kept, named = stored(asked.keys() | paying)
        add_stored(products, money, mixed, kept)
        wires.extend(named)
    for (order, _product), figure in products.items():
        money[order] += figure
    moved(moves, sold, money)
    lots = {order: amounts for order, amounts in written.items() if len(amounts) > 1}
    place_wires(wires, sold, money, asked, mixed, convert, slack, lots)
    overpaid(over, sold, money, asked, lots)
    spare_paid(asked, sold, money, {order for order in sold if order not in shipped})
    unnamed_paid(unnamed, sold, money, asked, lots)
    return FileMoney({order: figure for order, figure in money.items() if order not in mixed},
                     slack)


def weighed(rec: Record, totals: dict, paid: dict[Order, float] | None
            ) -> tuple[float, str, float | None]:
    """A sale row's order's amount, currency and money received: its sheet's, or the file's
    where its sheet's is not its amount and settles no deduction its note names; the file's
    taken as the amount less the deduction where it is that within its conversion's slack."""
    amount, currency, got = ordered(rec, totals)
    if (paid and rec.order_no and off(got, amount)
            and settled(rec.notes, amount, currency, got, number=rec.order_no) is None):
        order = (numbered_order_key(rec.order_no), rec.customer_key, rec.currency)
        got = paid.get(order, got)
        slack = paid.slack.get(order, 0.0) if isinstance(paid, FileMoney) else 0.0
        figure = settled(rec.notes, amount, currency, got, slack) if slack else None
        got = got if figure is None else amount - figure
    return amount, currency, got or None


def deductions_apart(sheets: list[SheetRecords], noted: Noted,
                     stored: StoredMoney | None = None, convert: Convert | None = None
                     ) -> tuple[
        dict[Order, float], set[tuple[str, int]]]:
    """Each sale row whose deduction only the file's money settles followed by its credit
    note (not where its sheet, an earlier tab or the store writes it); the file's money, and
    those rows."""
    paid = file_paid(sheets, stored, convert)
    rows: set[tuple[str, int]] = set()
    for found in sheets:
        totals = deduction_totals(found.records)
        out: list[Record] = []
        written: dict[tuple[str, float], list[bool]] = defaultdict(list)
        for r in found.records:
            if r.credit_note and r.amount < 0 and r.status != "cancelled" and not r.noted_return:
                written[(r.customer_key, round(-r.amount, 2))].append(further_return(r.notes))
        room: dict[tuple[str, str, str, str], float] = {}
        twice, lifted = said_twice(found.records, lambda r, t=totals: weighed(r, t, paid), True)
        own_twice, own_lifted = said_twice(found.records, lambda r, t=totals: ordered(r, t))
        for rec in found.records:
            out.append(rec)
            if (rec.credit_note or rec.status == "cancelled" or id(rec) in twice
                    or (rec.amount or 0) <= 0 and not pays_order(rec)
                    or not rec.order_no or not hinted(rec.notes)
                    or id(rec) not in own_twice and settled(rec.notes, *own_lifted.get(
                        id(rec), ordered(rec, totals)), number=rec.order_no) is not None):
                continue
            figure = within(rec, settled(rec.notes, *lifted.get(id(rec), weighed(
                rec, totals, paid)), number=rec.order_no), found.records, room)
            if figure is None:
                continue
            rows.add((rec.sheet, rec.row))
            if all(other_return(f, rec.notes) for f in written.get(
                    (rec.customer_key, round(figure, 2)), [])) and not noted(
                    numbered_order_key(rec.order_no), rec.customer_key, figure, rec.notes):
                out.append(replace(
                    rec, amount=-figure, credit_note=True, credit_written_positive=False,
                    quantity=None, unit_price=None, cost=None, gross_profit=None,
                    tax_rebate=None, cost_currency=None, rebate_currency=None,
                    received_amount=None, received_date=None, received_currency=None,
                    deposit=None, deposit_date=None, balance=None, balance_date=None,
                    carry_forward=False, noted_return=True))
        found.records = out
    return paid, rows
