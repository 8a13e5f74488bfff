"""The simulated firm's year: who orders what and when, from one seeded random stream.

Everything is decided here, once, for the whole year; the workbook writer only looks at the
book as of each month end. That is what keeps the twelve files consistent with each other the
way a clerk's running ledger is (older rows only ever gain receipts).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from core.sample.catalog import (
    CONTRACT_PREFIX,
    INVOICE_PREFIX,
    NOTES,
    PRODUCTS,
    TERMS,
    TRIAL_NOTES,
    USD_PER_UNIT,
)
from core.sample.customers import Customer, make_customers
from core.sample.messy import add_messy_features
from core.sample.model import (
    CANCELLED_STATUSES,
    SAMPLE_YEAR,
    Firm,
    Line,
    Order,
    Shipment,
)
from core.sample.payments import mark_bad_debts, pay, ship


def _order_months(rng: random.Random, c: Customer) -> list[int]:
    if c.segment == "strategic":
        skip = set(rng.sample(range(1, 13), rng.randint(1, 3)))
        if c.country == "美国":  # the April 2025 tariff shock: US buyers pause
            skip.add(rng.randint(5, 7))
        return [m for m in range(1, 13) if m not in skip]
    if c.segment == "middle":
        months, m, last = [], rng.randint(1, 3), 3 if c.dormant else 12
        if c.big_debtor:
            months, m = [1], 4
        while m <= last:
            months.append(m)
            m += rng.choice((1, 2, 2, 3))
        return months
    if c.segment == "tail":
        pool = range(1, 4) if c.dormant else range(1, 9) if c.late else range(1, 13)
        n = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
        n = max(n, 2) if c.late else n
        return sorted(rng.sample(pool, min(n, len(pool))))
    trial = rng.randint(1, 10)
    if not c.converts:
        return [trial]
    later = range(trial + 1, min(trial + 4, 12) + 1)
    return [trial, *sorted(rng.sample(later, min(len(later), rng.randint(1, 3))))]


def _order_usd(rng: random.Random, c: Customer, month: int, first: bool) -> float:
    if c.segment == "prospect" and first:
        return rng.uniform(1_000, 5_000)
    value = c.base_usd * rng.uniform(0.6, 1.4)
    if c.country == "美国" and month >= 5:
        value *= 0.7
    if c.segment == "strategic":
        return min(max(value, 60_000), 300_000)
    if c.segment == "middle":
        return 66_000 * rng.uniform(0.95, 1.05) if c.big_debtor and month == 4 else \
            min(max(value, 15_000), 80_000)
    return min(max(value, 2_000), 18_000 if c.late else 25_000)


def _lines(rng: random.Random, c: Customer, usd: float, trial: bool) -> list[Line]:
    n = {"strategic": rng.randint(2, 4), "middle": rng.choice((1, 2, 2, 3, 4)),
         "tail": rng.choice((1, 1, 2, 2, 3))}.get(c.segment, rng.choice((1, 1, 2)))
    n = rng.choice((1, 1, 2)) if trial else n
    fx = USD_PER_UNIT[c.currency]
    weights = [rng.uniform(0.5, 1.5) for _ in range(n)]
    lines = []
    for (product, lo, hi, pack), w in zip(rng.sample(PRODUCTS, n), weights, strict=True):
        price = round(rng.uniform(lo, hi) / fx, 2)
        qty = max(pack, round(usd * w / sum(weights) / fx / price / pack) * pack)
        amount = round(qty * price, 2)
        margin = rng.uniform(*(c.margin if trial or c.segment != "prospect" else (0.10, 0.20)))
        lines.append(Line(product, qty, price, amount, round(amount * (1 - margin), 2)))
    return lines


def _make_orders(rng: random.Random, customers: list[Customer]) -> list[Order]:
    orders = []
    for c in customers:
        for k, month in enumerate(_order_months(rng, c)):
            trial = c.segment == "prospect" and k == 0
            day = rng.randint(1, 28)
            usual, occasional = c.incoterms
            terms_key, terms_text = c.terms_key, c.terms_text
            if c.segment == "prospect" and not trial:  # a converted prospect gets normal terms
                terms_key, terms_text = "dep_bl", TERMS["dep_bl"].texts[0]
            order = Order(c, date(SAMPLE_YEAR, month, day),
                          _lines(rng, c, _order_usd(rng, c, month, k == 0), trial),
                          usual if rng.random() < 0.8 else occasional, terms_key, terms_text,
                          trial=trial)
            if trial and rng.random() < 0.5:
                order.note = rng.choice(TRIAL_NOTES)
            elif rng.random() < 0.08:
                order.note = rng.choice(NOTES)
            orders.append(order)
    orders.sort(key=lambda o: (o.order_date, o.customer.idx))
    for i, order in enumerate(orders, start=1):
        order.contract_no = f"{CONTRACT_PREFIX}{i:04d}"
    return orders


def _cancel_some(rng: random.Random, orders: list[Order]) -> None:
    """Cancel a few orders of repeat buyers, so no customer's whole history is one void order."""
    counts: dict[int, int] = {}
    for o in orders:
        counts[o.customer.idx] = counts.get(o.customer.idx, 0) + 1
    eligible = [o for o in orders if o.customer.segment in ("middle", "tail") and not o.trial
                and not o.customer.late and counts[o.customer.idx] >= 2]
    for order, status in zip(rng.sample(eligible, len(CANCELLED_STATUSES)), CANCELLED_STATUSES,
                             strict=True):
        order.status, order.status_date = status, order.order_date + timedelta(rng.randint(3, 20))
        order.shipments = [Shipment(order.amount)]


def build_firm(seed: int = 2025) -> Firm:
    """Simulate the whole year once; same seed, same book."""
    rng = random.Random(seed)
    customers = make_customers(rng)
    orders = _make_orders(rng, customers)
    _cancel_some(rng, orders)
    for order in orders:
        if not order.cancelled:
            ship(rng, order)
    invoices = sorted(((s.ship_date, o.contract_no, lot, s) for o in orders
                       for lot, s in enumerate(o.shipments) if s.ship_date),
                      key=lambda t: t[:3])
    for i, (*_, s) in enumerate(invoices, start=1):
        s.invoice_no = f"{INVOICE_PREFIX}{i:04d}"
    mark_bad_debts(rng, orders)
    for order in orders:
        pay(rng, order)
    add_messy_features(rng, orders)
    return Firm(seed, customers, orders)
