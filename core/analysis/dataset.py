"""The store read once for an analysis: orders and shipments in the base currency, up to A.

Merged customers are folded into the customer they were merged into and excluded customers are
left out here, so every computation above sees the firm as the user has corrected it.
Conversion happens at the rate in force on the order date.
"""

from __future__ import annotations

import calendar
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from core.ledger.terms import PaymentTerms, due_date
from core.rates import Rates
from core.rules import Rules

T = TypeVar("T")


@dataclass
class OrderRow:
    order_id: int
    customer_id: int
    order_no: str | None
    order_date: date
    status: str | None
    trial: bool
    currency: str
    amount: float
    amount_base: float
    cost_known: bool
    gross_profit_base: float | None
    incoterm: str | None
    pay_rung: str | None
    payment_terms: str | None
    terms: PaymentTerms | None
    ship_date: date | None

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def valid(self) -> bool:
        return not self.cancelled and not self.trial and self.amount > 0


@dataclass
class ShipmentRow:
    """Lines of one order and invoice: the unit that is billed, due and paid."""

    order: OrderRow
    invoice_no: str | None
    amount: float = 0.0
    received: float = 0.0  # receipts dated up to A (undated ones count)
    received_dates: list[date] = field(default_factory=list)
    deposit: float = 0.0
    ship_date: date | None = None
    due_date: date | None = None
    has_receipt_data: bool = False


@dataclass
class CustomerRow:
    customer_id: int
    name: str
    country: str | None
    salesperson: str | None
    credit_limit: float | None


@dataclass
class Dataset:
    as_of: date
    base: str
    orders: list[OrderRow]
    shipments: list[ShipmentRow]
    customers: dict[int, CustomerRow]
    latest_receipt: date | None
    has_receipts: bool
    has_cost: bool
    has_ship_dates: bool = True


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, clamped to the month's end (31 Mar - 1 month = 28 Feb)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def default_as_of(conn: sqlite3.Connection, today: date | None = None) -> date | None:
    """The latest order, ship or payment date in the data, never a due date, never after today."""
    limit = (today or date.today()).isoformat()
    row = conn.execute(
        "SELECT MAX(d) FROM (SELECT MAX(order_date) d FROM orders WHERE order_date <= :t "
        "UNION ALL SELECT MAX(ship_date) FROM order_lines WHERE ship_date <= :t "
        "UNION ALL SELECT MAX(received_date) FROM order_lines WHERE received_date <= :t "
        "UNION ALL SELECT MAX(deposit_date) FROM order_lines WHERE deposit_date <= :t "
        "UNION ALL SELECT MAX(balance_date) FROM order_lines WHERE balance_date <= :t)",
        {"t": limit}).fetchone()
    return _day(row[0])


QUERY = """
SELECT l.order_id, l.invoice_no, l.amount, l.cost, l.gross_profit, l.tax_rebate, l.ship_date,
       l.due_date, l.received_amount, l.received_date, l.deposit_amount, l.deposit_date,
       l.balance_amount, l.balance_date,
       o.customer_id, o.order_no, o.order_date, o.status, o.trial, o.currency, o.incoterm,
       o.pay_rung, o.credit_days, o.deposit_pct, o.monthly_statement, o.payment_terms
FROM order_lines l JOIN orders o ON o.id = l.order_id
WHERE o.order_date <= ?
ORDER BY l.order_id, l.id
"""


def load(conn: sqlite3.Connection, as_of: date, rules: Rules,
         canonical: dict[int, int] | None = None, excluded: set[int] | None = None) -> Dataset:
    base = rules.base_currency
    rates = Rates(conn, base)
    canonical, excluded = canonical or {}, excluded or set()
    orders: dict[int, OrderRow] = {}
    shipments: dict[tuple[int, str], ShipmentRow] = {}
    costs_missing: set[int] = set()
    latest_receipt: date | None = None
    has_receipts = False
    limit = as_of.isoformat()
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: this loop runs once per order line
    factors: dict[tuple[str, str], float] = {}
    for (order_id, invoice_no, amount, cost, gross_profit, rebate, ship_text, due_text,
         received, received_on, deposit, deposit_on, balance, balance_on, customer_id,
         order_no, order_day, status, trial, currency, incoterm, rung, credit_days,
         deposit_pct, monthly, terms_text) in cursor.execute(QUERY, (limit,)):
        customer = canonical.get(customer_id, customer_id)
        if customer in excluded:
            continue
        factor = factors.get((currency, order_day))
        if factor is None:
            factor = factors[(currency, order_day)] = rates.factor(currency, order_day) or 0.0
        order = orders.get(order_id)
        if order is None:
            terms = (PaymentTerms(rung, credit_days, deposit_pct, bool(monthly)) if rung
                     else None)
            order = orders[order_id] = OrderRow(
                order_id, customer, order_no, date.fromisoformat(order_day), status,
                bool(trial), currency, 0.0, 0.0, True, 0.0, incoterm, rung, terms_text, terms,
                None)
        order.amount += amount
        order.amount_base += amount * factor
        profit = _line_profit(amount, cost, gross_profit, rebate)
        if profit is None:
            costs_missing.add(order_id)
        elif order.gross_profit_base is not None:
            order.gross_profit_base += profit * factor
        ship = _day(ship_text)
        if ship and ship > as_of:
            ship = None  # shipped after A: not yet, as of A
        if ship and (order.ship_date is None or ship < order.ship_date):
            order.ship_date = ship
        unit = shipments.get((order_id, invoice_no or ""))
        if unit is None:
            unit = shipments[(order_id, invoice_no or "")] = ShipmentRow(order, invoice_no)
        unit.amount += amount
        if ship and (unit.ship_date is None or ship < unit.ship_date):
            unit.ship_date = ship
        due = _day(due_text)
        if due and (unit.due_date is None or due < unit.due_date):
            unit.due_date = due
        if received is None and deposit is None and balance is None:
            continue
        has_receipts = unit.has_receipt_data = True
        # a total received already counts the deposit; otherwise deposit and balance add up
        parts = ((received, received_on, False),) if received is not None else (
            (deposit, deposit_on, True), (balance, balance_on, False))
        for paid, day, is_deposit in parts:
            when = _day(day)
            if paid is None or (when and when > as_of):
                continue
            unit.received += paid
            if is_deposit:
                unit.deposit += paid
            if when:
                unit.received_dates.append(when)
                if latest_receipt is None or when > latest_receipt:
                    latest_receipt = when
    for order_id in costs_missing:
        orders[order_id].cost_known = False
        orders[order_id].gross_profit_base = None
    return Dataset(as_of, base, list(orders.values()), list(shipments.values()),
                   _customers(conn, canonical, excluded), latest_receipt, has_receipts,
                   bool(orders) and not costs_missing,
                   any(unit.ship_date for unit in shipments.values()))


def _line_profit(amount: float, cost: float | None, gross_profit: float | None,
                 rebate: float | None) -> float | None:
    """Gross profit of a line: as written, or amount - cost + export tax rebate."""
    if gross_profit is not None:
        return float(gross_profit)
    if cost is None:
        return None
    return float(amount) - float(cost) + float(rebate or 0.0)


def _customers(conn: sqlite3.Connection, canonical: dict[int, int], excluded: set[int]
               ) -> dict[int, CustomerRow]:
    found = {}
    for r in conn.execute("SELECT id, name, country, salesperson, credit_limit FROM customers"):
        if r["id"] in excluded or canonical.get(r["id"], r["id"]) != r["id"]:
            continue
        found[r["id"]] = CustomerRow(r["id"], r["name"], r["country"], r["salesperson"],
                                     r["credit_limit"])
    return found


def shipment_due(unit: ShipmentRow, default_days: int) -> date:
    """The stored due date, else what the terms give, else the default credit period."""
    if unit.due_date:
        return unit.due_date
    base = unit.ship_date or unit.order.order_date
    derived = due_date(unit.order.terms, base, unit.order.order_date)
    if derived:
        return derived
    return date.fromordinal(base.toordinal() + default_days)


def group_by_customer(items: Iterable[T], key: str = "customer_id") -> dict[int, list[T]]:
    grouped: dict[int, list[T]] = defaultdict(list)
    for item in items:
        grouped[getattr(item, key)].append(item)
    return grouped
