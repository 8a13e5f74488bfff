"""The dataset of an analysis built in one pass from the fetched lines (core.analysis.fetch).

This is the analysis's hottest loop (once per order line: a million lines for ten years of a
busy firm), so it is written for speed, and the rules it applies are those of
:mod:`core.analysis.dataset`. Each distinct date is parsed once, the rate is looked up once
per order (and per line in a currency of its own), and the payment terms are shared between
orders that have the same. What it makes once per order, lot or customer is
:mod:`core.analysis.order_parts`'s; the customers it takes, :mod:`core.analysis.customer_rows`'.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from core.analysis.advances import read_deposit_words
from core.analysis.credited import take_off
from core.analysis.customer_rows import read_customers
from core.analysis.dataset import (
    CustomerRow,
    Dataset,
    Money,
    OrderRow,
    ShipmentRow,
    months_before,
    not_shipped,
)
from core.analysis.early_money import attach, pooled
from core.analysis.fetch import (
    CREDIT_NOTE_LINE,
    LIVE,
    MONTHLY,
    NO_RARE,
    NOT_SHIPPED,
    SHIP_KNOWN,
    TRIAL,
    Fetched,
    fetch,
)
from core.analysis.kept_reading import KeptReading, paid_back_to
from core.analysis.line_profit import (
    cost_rate_of,
    credit_profit,
    line_profit,
    own_rate,
    plus,
    settle_profit,
)
from core.analysis.order_parts import (
    Days,
    dates_only,
    lot_unit,
    noted_numbers,
    order_says,
    stand_in,
)
from core.analysis.paid_back import without_paid_back
from core.analysis.wires import Written, clear_copies
from core.analysis.write_offs import write_off
from core.ledger.forfeits import PaidBack, forfeited, refunded
from core.ledger.terms import PaymentTerms
from core.ledger.typed_rows import is_receipt_line
from core.messages import Cancelled
from core.progress import CancelFn, never_cancel
from core.rates import Rates
from core.rules import Rules

# orders built between two looks at the cancel check (about 5 ms at 100,000 orders in all)
CHECK_ORDERS = 2000
# no rate looked up yet (a rate is positive, or None where it is missing); compared by value:
# compiled (mypyc) a float is a new object each time, so `is` would never find it
UNSEEN = -1.0


def load(conn: sqlite3.Connection, as_of: date, rules: Rules,
         canonical: dict[int, int] | None = None, excluded: set[int] | None = None) -> Dataset:
    canonical, excluded = canonical or {}, excluded or set()
    return build(fetch(conn, as_of), as_of, rules, Rates(conn, rules.base_currency),
                 read_customers(conn, canonical, excluded), canonical, excluded)


def build(fetched: Fetched, as_of: date, rules: Rules, rates: Rates,
          customers: dict[int, CustomerRow], canonical: dict[int, int] | None = None,
          excluded: set[int] | None = None, cancel: CancelFn = never_cancel,
          kept: KeptReading | None = None) -> Dataset:
    """The dataset: orders and their figures, shipments, credit notes and receipts up to A.
    `cancel` is asked every :data:`CHECK_ORDERS` orders: the whole build is 0.6–0.9 s at
    100,000 orders, which a date typed meanwhile would wait for. `kept`: what an earlier
    build made of the same lines at any A (core.analysis.kept_reading): each order's head,
    the copied-wire check's verdicts, the orders made whole."""
    # base units per unit of a currency on a day, remembered by the rates (one lookup per
    # pair, kept between a window's as-of changes); read here first: a call per order costs
    # more than its look-up
    factor, known_rates = rates.factor, rates.factors
    canonical, excluded = canonical or {}, excluded or set()
    days = Days()
    heads = kept.heads(rates) if kept is not None else None  # per order, kept
    # the orders made whole before (kept_reading); those made here, kept once settled (`new`)
    made, credited = (kept.made(rates, canonical) if kept is not None else None) or ({}, ())
    keep, whole, skip = heads is not None, False, False
    new: dict[Any, Any] = {}  # kept_reading.Made
    fresh: list[OrderRow] = []
    # the current order's latest date, where its shipments, money and paid back begin
    last, first, paid, returned = as_of, 0, 0, 0
    rare = fetched.rare
    orders: list[OrderRow] = []
    shipments: list[ShipmentRow] = []
    credits: list[tuple[int, Money]] = []
    named: list[tuple[OrderRow, Money]] = []  # credit notes naming a sale, on their order
    money: list[Written] = []
    order: OrderRow | None = None
    rate: float | None = None
    # the current order's shipments by invoice number (a lot of another day: number and day)
    units: dict[Any, ShipmentRow] = {}
    later: list[ShipmentRow] = []  # the shipments of orders after A: their money only
    into = shipments  # where the current order's shipments go
    known_terms: dict[tuple[str, int | None, float | None, bool, bool], PaymentTerms] = {}
    orders_say: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # what orders say -> shared
    texts: dict[Any, Any] = {}  # a text -> its one copy
    people: dict[int, int] = {}
    grouped = set(canonical.values())  # the customers other names are merged into
    names: dict[int, int] = {}  # their orders' names as stored (wires.renamed_payments)
    current = gone = None
    started = 0  # orders begun, for the cancel check
    left_out: list[Written] = []  # excluded customers' money, for its dates alone
    # a cancelled order's money its note says went back: where in `money`, and what went back
    paid_back: list[tuple[int, PaidBack]] = []
    for row in fetched.rows:  # (a line of an order kept whole is not unpacked: 92,000 of 96,000)
        if row[1] != current:  # lines come by order: its first line starts it
            if whole and len(paid_back) == returned:  # the order before, made whole
                new[current] = (last, order, shipments[first:], money[paid:])
            started += 1
            if not started % CHECK_ORDERS and cancel():
                raise Cancelled()
            current, customer_id = row[1], row[11]
            customer = canonical.get(customer_id, customer_id)
            if customer in grouped:
                names[current] = customer_id
            order, gone, whole, skip = None, None, False, False
            if customer in excluded:
                gone = stand_in(current, days[row[13]])
            elif (found := made.get(current)) is not None and found[0] <= as_of:
                orders.append(found[1])  # made whole before: the same at A (kept_reading)
                shipments += found[2]
                money += found[3]
                for kept_unit in found[2]:
                    kept_unit.receipts = []  # attached again, as of A
                skip = True
        if skip:  # a line of an order kept whole
            continue
        (line_id, order_id, invoice_no, amount, cost, ship_text, due_text, received, received_on,
         flags, source, customer_id, order_no, order_day, status, currency, incoterm, rung,
         credit_days, deposit_pct, terms_text) = row
        if gone is not None:  # an excluded customer's line: its money only dates the receipts
            if received is not None or (rare and line_id in rare):
                left_out.append(dates_only(line_id, gone, received, received_on,
                                            rare.get(line_id, NO_RARE), days, source))
            continue
        if order is None:
            units = {}
            customer = people.setdefault(customer, customer)  # one int per customer, not order
            head = heads.get(order_id) if heads is not None else None
            if head is None:  # what the order says, read once while the lines are kept
                ordered = days[order_day]
                # one copy of each repeated text (SQLite hands out a new string every row): a
                # million orders hold a few dozen currencies, terms and statuses; and the
                # terms, shared (they are frozen): all found at once by what the order says,
                # so a text is searched for "after sight" once per distinct terms
                said = (currency, incoterm, rung, status, terms_text, credit_days, deposit_pct,
                        flags & MONTHLY)
                shared = orders_say.get(said)
                if shared is None:
                    shared = orders_say[said] = order_says(said, texts, known_terms)
                rate = known_rates.get((shared[0], ordered), UNSEEN)
                if rate == UNSEEN:
                    rate = factor(shared[0], ordered)
                head = (ordered, shared, rate)
                if heads is not None:
                    heads[order_id] = head
            ordered, (currency, incoterm, rung, status, terms_text, terms), rate = head
            whole = keep and ordered <= as_of and customer not in credited
            last, first, paid, returned = ordered, len(shipments), len(money), len(paid_back)
            order = OrderRow(order_id, customer, order_no, ordered, status, bool(flags & TRIAL),
                             currency, 0.0, 0.0, True, 0.0, incoterm, rung, terms_text, terms,
                             None)
            order.sold = False  # until a line sells
            into = shipments
            if ordered <= as_of:
                orders.append(order)
                fresh.append(order)
            else:  # an order after A whose rows record money up to A (early_money)
                into = later
            if rate is None:
                order.rate_missing = True
                order.missing |= {currency}
        live, credit_note, ship_known = flags & LIVE, flags & CREDIT_NOTE_LINE, flags & SHIP_KNOWN
        (gross_profit, rebate, deposit, deposit_on, balance, balance_on, credit_ref, cost_currency,
         received_currency, rebate_currency, own, history, note, cancelled, unsent_note, claimed,
         line_said, numbered, lots, moved, ahead) = rare.get(line_id, NO_RARE) if rare else NO_RARE
        ordered = order.order_date
        line_rate, in_order, in_unit, apart = rate, 1.0, 1.0, None
        if own is None:
            own = currency
        else:  # a line in another currency than its order's
            line_rate, in_order = own_rate(order, own, rate, factor)
            if in_order:
                in_unit = in_order
            else:  # no rate says what it is in the order's currency: owed in its own
                apart = own
        key = invoice_no or "" if apart is None else (invoice_no or "", apart)
        unit = units.get(key)
        if unit is None:
            # (a keyword costs more than the field's default: most lines in the order's currency)
            unit = units[key] = (ShipmentRow(order, invoice_no) if apart is None
                                 else ShipmentRow(order, invoice_no, currency=apart))
            into.append(unit)
        ship = days[ship_text] if ship_text else None
        if ship and whole and ship > last:
            last = ship
        if ship and live and not credit_note:
            lot = unit.lot
            if lot is None:  # the invoice's first ship date written: its own
                unit.lot = ship
            elif ship != lot:
                unit = lot_unit(unit, ship, units, into)
        elif flags & NOT_SHIPPED and live and not credit_note:
            unit = not_shipped(unit, units, into)
        if credit_note and live and into is shipments and (off := write_off(
                line_said, amount, own, ship, order, as_of, credit_ref)) is not None:
            credits += off  # a bad debt written off: no credit note (write_offs)
        elif credit_note:
            if live and into is shipments:
                order.credit -= abs(amount) * in_order
                order.credit_base -= abs(amount) * (line_rate or 0.0)
                cost_rate = cost_rate_of(factor, cost_currency, own, ordered, order)
                order.credit_profit = plus(order.credit_profit, credit_profit(
                    amount, cost, gross_profit, rebate, line_rate, cost_rate,
                    cost_rate if rebate_currency is None
                    else cost_rate_of(factor, rebate_currency, own, ordered, order)))
                # naming no number, it is its own order's: its invoices' credit, not money
                # paid to the oldest (a later file's 退货 row of March's PO-1 was shown as
                # 3,000 received on it, credited 0: ref41)
                note = Money(abs(amount), own, ordered, "credit", ordered,
                             credit_ref or order.order_no)
                credits.append((order.customer_id, note))
                if credit_ref:
                    named.append((order, note))
        else:
            order.written += amount * in_order
            if not order.sold and not is_receipt_line(amount, received):
                order.sold = True
            if live:
                order.amount += amount * in_order
                order.amount_base += amount * (line_rate or 0.0)
                unit.amount += amount * in_unit
                cost_rate = (line_rate if not cost_currency or cost_currency == own
                             else cost_rate_of(factor, cost_currency, own, ordered, order))
                if order.gross_profit_base is not None:
                    part = line_profit(amount, cost, gross_profit, rebate, line_rate, cost_rate,
                                       cost_rate if rebate_currency is None else cost_rate_of(
                                           factor, rebate_currency, own, ordered, order))
                    order.gross_profit_base = (None if part is None
                                               else order.gross_profit_base + part)
        if ship and ship > as_of:
            ship, whole = None, False  # shipped after A: not yet, as of A
            if live and not credit_note:
                unit.ships_later = True
        if not unit.ship_date_known and (ship_known or ship is not None):
            unit.ship_date_known = True
        if ship and live and not credit_note:  # first and last shipments inline (a call: 6 ms)
            if unit.ship_date is None or ship < unit.ship_date:
                unit.ship_date = ship
            if order.ship_date is None or ship < order.ship_date:
                order.ship_date = ship
            if order.last_ship_date is None or ship > order.last_ship_date:
                order.last_ship_date = ship
        if due_text and live and not credit_note:
            due = days[due_text]
            if unit.due_date is None or due < unit.due_date:
                unit.due_date = due
        unit.lots_to_come = unit.lots_to_come or lots is not None  # 第一批 (fix58h, fix59h)
        unit.moved_in = unit.moved_in or moved  # PO-R2的款转入本单 (refunds.moved_in)
        unit.own_note = ahead if unit.own_note is None else unit.with_own_note(ahead)
        if cancelled is not None and not live and forfeited(cancelled):
            pass  # kept by the firm for the cancellation: not the buyer's money
        elif received is not None or deposit is not None or balance is not None:
            if cancelled is not None and not live and (back := refunded(cancelled)):
                paid_back.append((len(money), back))
            unit.deposits += deposit is not None
            unit.claimed = unit.claimed or claimed is not None  # an insurer's claim (fetch)
            order.deposits += deposit is not None
            saying = unsent_note or (note if order.order_no is None else None)
            if saying or numbered or cancelled:  # most money says nothing: no call
                read_deposit_words(unit, saying, numbered, cancelled)
            money.append((line_id, order.customer_id, unit, received_currency or own,
                          texts.setdefault(source, source),
                          received, days[received_on] if received_on else None,
                          deposit, days[deposit_on] if deposit_on else None,
                          balance, days[balance_on] if balance_on else None,
                          None if received_currency else amount,
                          is_receipt_line(amount, received), history, note))
    if whole and len(paid_back) == returned:  # the last order, made whole
        new[current] = (last, order, shipments[first:], money[paid:])
    judged = kept.judged(rates, canonical, as_of, paid_back_to(money, paid_back)
                             ) if kept is not None else None
    money = without_paid_back(money, paid_back, lambda currency: (
        factor(currency, as_of) if rules.base_currency == "USD" else None))
    copied, lines = clear_copies(money, factor, noted_numbers(money, [*shipments, *later]), names,
                                 judged)
    window_start = months_before(as_of, rules.window_months)
    latest_receipt, has_receipts, booked_after = attach(money, lines, as_of, window_start)
    credits += pooled(later)
    # an exclusion leaves a customer's money out, not the fact that the ledger books receipts
    # up to its date: R and "receipts are recorded" stay what the ledger shows
    latest_left_out, left_out_in_window, left_out_after = attach(left_out, {}, as_of,
                                                                 window_start)
    if latest_left_out and (latest_receipt is None or latest_left_out > latest_receipt):
        latest_receipt = latest_left_out
    has_receipts = has_receipts or left_out_in_window
    booked_after.join(left_out_after)
    take_off(named, shipments, factor, rules, as_of)
    for order in fresh:
        settle_profit(order)
        order.settle()
        amount = order.amount
        if amount:  # equal figures share one float (most orders: a million floats fewer)
            order.written = amount if order.written == amount else order.written
            order.amount_base = amount if order.amount_base == amount else order.amount_base
    for unit in shipments:  # ... and an order's one invoice its (1M: 17 MB at the peak)
        if unit.amount and unit.amount == unit.order.amount:
            unit.amount = unit.order.amount
    made.update(new)
    return Dataset(as_of, rules.base_currency, orders, shipments, customers, latest_receipt,
                   has_receipts, credits, copied, booked_after)
