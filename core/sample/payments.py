"""Shipments and receipts: when goods leave and when money comes back, per terms and habit.

The payment behaviour is where the article's "wrong customers" show: deposit and L/C buyers pay
on time, OA/D/P/D/A buyers drift late, and a few never pay some invoices.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from core.sample.catalog import TERMS
from core.sample.customers import Customer
from core.sample.model import DISPUTE_STATUS, SAMPLE_YEAR, Order, Shipment, month_end

NEVER_PAY_DUE_BEFORE = date(SAMPLE_YEAR, 10, 15)  # forced bad debts are > 60 days late by 12-31


def _due(order: Order, s: Shipment) -> date | None:
    """The date the clerk would write in 应收日期: when the terms make the money due."""
    terms = TERMS[order.terms_key]
    if terms.kind == "advance":
        return order.order_date + timedelta(7)
    if s.ship_date is None:
        return None
    if terms.kind == "month":
        return month_end(s.ship_date.year, s.ship_date.month) + timedelta(terms.days)
    extra = {"lc": 21, "dep_before": 0, "dep_bl": 7, "dp": 30}.get(terms.kind, terms.days)
    return s.ship_date + timedelta(extra)


def ship(rng: random.Random, order: Order) -> None:
    """Split big L/C orders into lots now and then, since each lot is its own invoice."""
    c = order.customer
    lots = 1
    if c.segment == "strategic" and order.terms_key == "lc_sight" and len(order.lines) >= 2 \
            and rng.random() < 0.3:
        lots = min(len(order.lines), rng.choice((2, 2, 3)))
        order.note = "分批出货"
    for i, line in enumerate(order.lines):
        line.lot = i * lots // len(order.lines)
    when = order.order_date + timedelta(rng.randint(20, 45) if c.segment == "strategic"
                                        else rng.randint(15, 60))
    for lot in range(lots):
        amount = round(sum(line.amount for line in order.lines_of(lot)), 2)
        order.shipments.append(Shipment(amount, ship_date=when))
        when += timedelta(rng.randint(10, 25))
    for s in order.shipments:
        s.due_date = _due(order, s)


def _delay(rng: random.Random, c: Customer) -> int:
    """Days paid after the due date: habit, not terms, is what separates good from bad payers."""
    if c.late:
        return rng.randint(30, 150)
    if c.segment == "strategic":
        return rng.randint(-5, 3)
    if c.segment == "middle":
        return rng.randint(-5, 6) if rng.random() < 0.8 else rng.randint(7, 25)
    if c.segment == "tail":
        return rng.randint(-5, 8) if rng.random() < 0.65 else rng.randint(9, 35)
    return rng.randint(-3, 5)


def pay(rng: random.Random, order: Order) -> None:
    """Book receipts: deposits at order time, balances per terms and the customer's habits."""
    if order.cancelled:
        return
    terms, c = TERMS[order.terms_key], order.customer
    for lot, s in enumerate(order.shipments):
        assert s.ship_date is not None and s.due_date is not None
        paid = 0.0
        if terms.kind == "advance":
            s.receipts.append((order.order_date + timedelta(rng.randint(1, 5)), s.amount))
            paid = s.amount
        elif terms.deposit and lot == 0:
            deposit = round(order.amount * terms.deposit, 2)
            s.receipts.append((order.order_date + timedelta(rng.randint(1, 7)), deposit))
            paid = deposit
        balance = round(s.amount - paid, 2)
        if balance <= 0 or order.status == DISPUTE_STATUS:
            pass
        elif s.never_paid:
            if not c.big_debtor and rng.random() < 0.4:  # a token part payment, then silence
                part = round(balance * rng.uniform(0.3, 0.6), 2)
                s.receipts.append((s.due_date + timedelta(rng.randint(20, 50)), part))
        else:
            if terms.kind == "dep_before":
                when = s.ship_date - timedelta(rng.randint(2, 7))
            elif terms.kind == "lc":
                when = s.ship_date + timedelta(rng.randint(8, 20))
            else:
                when = s.due_date + timedelta(_delay(rng, c))
            s.receipts.append((max(when, order.order_date + timedelta(1)), balance))
        if s.receipts and c.currency != "CNY" and terms.kind != "lc" and not s.never_paid \
                and order.status != DISPUTE_STATUS and rng.random() < 0.3:
            d, a = s.receipts[-1]  # the bank keeps its charges: the wire arrives short
            s.receipts[-1] = (d, round(a - rng.randint(15, 45), 2))
        s.receipts.sort()


def mark_bad_debts(rng: random.Random, orders: list[Order]) -> None:
    """Chronic payers leave their last invoice due before mid-October unpaid; one disputes."""
    last_bad: dict[int, Shipment] = {}
    for o in orders:
        if o.customer.late and not o.cancelled:
            for s in o.shipments:
                if s.due_date and s.due_date <= NEVER_PAY_DUE_BEFORE and \
                        (o.customer.big_debtor is False or o.usd > 50_000):
                    last_bad[o.customer.idx] = s
    for o in orders:
        for s in o.shipments:
            if last_bad.get(o.customer.idx) is s or (o.customer.late and rng.random() < 0.08):
                s.never_paid = True
    shipped = [o for o in orders if o.customer.segment == "middle" and not o.customer.late
               and not o.cancelled and o.shipments[0].ship_date
               and date(SAMPLE_YEAR, 5, 1) <= o.shipments[0].ship_date <= date(SAMPLE_YEAR, 8, 31)]
    preferred = [o for o in shipped if o.terms_key == "dep_bl"] or shipped
    disputed = rng.choice(preferred)
    disputed.status = DISPUTE_STATUS
    shipped_on = disputed.shipments[0].ship_date
    assert shipped_on is not None  # chosen among shipped orders
    disputed.status_date = shipped_on + timedelta(rng.randint(25, 40))
    disputed.note = "客户投诉破损，待协商"
