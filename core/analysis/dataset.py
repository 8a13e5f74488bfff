"""The store read once for an analysis: orders, shipments, receipts and credit notes up to A.

Merged customers are folded into the customer they were merged into and excluded customers are
left out here, so every computation above sees the firm as the user has corrected it.
Revenue and profit are converted at the rate in force on the order date; a currency the rates
table does not know is never read as zero: its amounts stay out of the totals and the order
says so (``rate_missing``). Cancelled lines count for nothing; credit-note lines lower revenue
and the customer's account but are never sales. A receipt is kept in its own currency with its
date, so the account (:mod:`core.analysis.account`) can follow the money.
"""

from __future__ import annotations

import calendar
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from core.analysis.wires import LineReceipts, drop_copied_wires
from core.ledger.terms import PaymentTerms
from core.rates import Rates
from core.rules import Rules

T = TypeVar("T")
CANCELLED, DISPUTED, CREDIT_NOTE = "cancelled", "disputed", "credit_note"


@dataclass
class OrderRow:
    order_id: int
    customer_id: int
    order_no: str | None
    order_date: date
    status: str | None  # cancelled, disputed, credit_note or None
    trial: bool
    currency: str
    amount: float  # sales lines not cancelled, order currency
    amount_base: float  # the same at the order date's rate (0 where the rate is missing)
    cost_known: bool
    gross_profit_base: float | None
    incoterm: str | None
    pay_rung: str | None
    payment_terms: str | None
    terms: PaymentTerms | None
    ship_date: date | None  # the first shipment, up to A
    last_ship_date: date | None = None  # the last shipment, up to A
    credit: float = 0.0  # credit-note lines (≤ 0), order currency
    credit_base: float = 0.0
    credit_profit: float | None = 0.0  # what its credit notes take off the gross profit
    written: float = 0.0  # every sales line as written, cancelled ones too (for the panel)
    rate_missing: bool = False  # a currency of its amounts, cost or receipts has no rate
    missing: frozenset[str] = frozenset()  # those currencies
    margin_error: bool = False  # gross profit outside −100 %…+100 % of the amount

    @property
    def cancelled(self) -> bool:
        return self.status == CANCELLED

    @property
    def credit_note(self) -> bool:
        return self.status == CREDIT_NOTE

    @property
    def valid(self) -> bool:
        return not self.cancelled and not self.trial and not self.credit_note and self.amount > 0

    @property
    def revenue_base(self) -> float:
        """What the order adds to revenue: its sales less its credit notes."""
        return self.amount_base + self.credit_base


@dataclass
class Money:
    """One receipt or credit note as written: positive, in its own currency, on its date."""

    amount: float
    currency: str
    day: date | None
    kind: str  # received, deposit, balance, credit
    rate_day: date  # the day its rate is read: its date, else its order's date
    ref: str | None = None  # a credit note: the number it names


@dataclass
class ShipmentRow:
    """Lines of one order and invoice: the unit that is billed, due and paid."""

    order: OrderRow
    invoice_no: str | None
    amount: float = 0.0  # sales lines not cancelled, order currency
    receipts: list[Money] = field(default_factory=list)  # dated up to A (undated ones count)
    ship_date: date | None = None  # the first real shipment, up to A
    due_date: date | None = None  # a due date the ledger states (not one derived from terms)
    ship_date_known: bool = False  # its sheet had a ship-date column


@dataclass
class CustomerRow:
    customer_id: int
    name: str
    country: str | None
    salesperson: str | None
    credit_limit: float | None
    credit_limit_currency: str | None = None  # None: the base currency
    insured: bool | None = None  # the ledger's word; None: it says nothing
    insurer: str | None = None
    insured_pct: float | None = None


@dataclass
class Dataset:
    as_of: date
    base: str
    orders: list[OrderRow]
    shipments: list[ShipmentRow]
    customers: dict[int, CustomerRow]
    latest_receipt: date | None
    has_receipts: bool  # a receipt in the window, anywhere in the firm
    credits: list[tuple[int, Money]] = field(default_factory=list)  # (customer, credit note)
    copied_wires: list[int] = field(default_factory=list)  # customers of wires found copied
    # in several files (one entry a wire)


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
SELECT l.id, l.order_id, l.invoice_no, l.amount, l.cost, l.gross_profit, l.tax_rebate,
       l.ship_date, l.due_date, l.due_derived, l.received_amount, l.received_date,
       l.deposit_amount, l.deposit_date, l.balance_amount, l.balance_date, l.status,
       l.credit_note, l.credit_ref, l.cost_currency, l.received_currency, l.ship_date_known,
       l.source_file,
       o.customer_id, o.order_no, o.order_date, o.status, o.trial, o.currency, o.incoterm,
       o.pay_rung, o.credit_days, o.deposit_pct, o.monthly_statement, o.payment_terms
FROM order_lines l JOIN orders o ON o.id = l.order_id
WHERE o.order_date <= ?
ORDER BY l.order_id, l.id
"""


class _Factors:
    """Base units per unit of a currency on a day, remembered: one lookup per pair."""

    def __init__(self, rates: Rates) -> None:
        self.rates = rates
        self.known: dict[tuple[str, date], float | None] = {}

    def __call__(self, currency: str, day: date) -> float | None:
        key = (currency, day)
        if key not in self.known:
            self.known[key] = self.rates.factor(currency, day)
        return self.known[key]


def load(conn: sqlite3.Connection, as_of: date, rules: Rules,
         canonical: dict[int, int] | None = None, excluded: set[int] | None = None) -> Dataset:
    rates = Rates(conn, rules.base_currency)
    factor = _Factors(rates)
    canonical, excluded = canonical or {}, excluded or set()
    orders: dict[int, OrderRow] = {}
    shipments: dict[tuple[int, str], ShipmentRow] = {}
    credits: list[tuple[int, Money]] = []
    money: list[LineReceipts] = []
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: this loop runs once per order line
    for (line_id, order_id, invoice_no, amount, cost, gross_profit, rebate, ship_text, due_text,
         due_derived, received, received_on, deposit, deposit_on, balance, balance_on,
         line_status, credit_note, credit_ref, cost_currency, received_currency,
         ship_known, source, customer_id, order_no, order_day, status, trial, currency,
         incoterm, rung, credit_days, deposit_pct, monthly, terms_text
         ) in cursor.execute(QUERY, (as_of.isoformat(),)):
        customer = canonical.get(customer_id, customer_id)
        if customer in excluded:
            continue
        ordered = date.fromisoformat(order_day)
        order = orders.get(order_id)
        if order is None:
            terms = (PaymentTerms(rung, credit_days, deposit_pct, bool(monthly)) if rung
                     else None)
            order = orders[order_id] = OrderRow(
                order_id, customer, order_no, ordered, status, bool(trial), currency, 0.0, 0.0,
                True, 0.0, incoterm, rung, terms_text, terms, None)
        rate = factor(currency, ordered)
        if rate is None:
            order.rate_missing = True
            order.missing |= {currency}
        unit = shipments.get((order_id, invoice_no or ""))
        if unit is None:
            unit = shipments[(order_id, invoice_no or "")] = ShipmentRow(order, invoice_no)
        live = line_status != CANCELLED and (credit_note or status != CANCELLED)
        if not credit_note:
            order.written += amount
        if credit_note:
            if live:
                order.credit -= abs(amount)
                order.credit_base -= abs(amount) * (rate or 0.0)
                cost_rate = _cost_rate(factor, cost_currency, currency, ordered, order)
                order.credit_profit = _plus(order.credit_profit, _credit_profit(
                    amount, cost, gross_profit, rebate, rate, cost_rate))
                credits.append((customer, Money(abs(amount), currency, ordered, "credit",
                                                ordered, credit_ref)))
        elif live:
            order.amount += amount
            order.amount_base += amount * (rate or 0.0)
            unit.amount += amount
            cost_rate = _cost_rate(factor, cost_currency, currency, ordered, order)
            order.gross_profit_base = _plus(order.gross_profit_base, _line_profit(
                amount, cost, gross_profit, rebate, rate, cost_rate))
        ship = _day(ship_text)
        if ship and ship > as_of:
            ship = None  # shipped after A: not yet, as of A
        unit.ship_date_known = unit.ship_date_known or bool(ship_known) or ship is not None
        if ship and live and not credit_note:
            _note_shipment(order, unit, ship)
        due = _day(due_text) if not due_derived else None
        if due and live and not credit_note and (unit.due_date is None or due < unit.due_date):
            unit.due_date = due
        figures = {kind: (float(paid), _day(day)) for kind, paid, day in (
            ("received", received, received_on), ("deposit", deposit, deposit_on),
            ("balance", balance, balance_on)) if paid is not None}
        if figures:
            money.append(LineReceipts(line_id, customer, unit, received_currency or currency,
                                      source, figures))
    copied = drop_copied_wires(money, factor)
    latest_receipt, has_receipts = _receipts(money, as_of, months_before(
        as_of, rules.window_months))
    for order in orders.values():
        _settle_profit(order)
    return Dataset(as_of, rules.base_currency, list(orders.values()), list(shipments.values()),
                   _customers(conn, canonical, excluded), latest_receipt, has_receipts,
                   credits, copied)


def _note_shipment(order: OrderRow, unit: ShipmentRow, ship: date) -> None:
    if unit.ship_date is None or ship < unit.ship_date:
        unit.ship_date = ship
    if order.ship_date is None or ship < order.ship_date:
        order.ship_date = ship
    if order.last_ship_date is None or ship > order.last_ship_date:
        order.last_ship_date = ship


def _receipts(lines: list[LineReceipts], as_of: date, window_start: date
              ) -> tuple[date | None, bool]:
    """Attach each line's money up to A to its shipment; the latest receipt date, and whether
    any money was received in the window (undated money on an order in the window counts)."""
    latest: date | None = None
    in_window = False
    for line in lines:
        unit = line.unit
        for kind, amount, day in line.parts():
            if amount <= 0 or (day and day > as_of):
                continue  # nothing received, money paid back, or after A
            when = day or unit.order.order_date
            unit.receipts.append(Money(amount, line.currency, day, kind, when))
            if day and (latest is None or day > latest):
                latest = day
            in_window = in_window or window_start < when <= as_of
    return latest, in_window


def _cost_rate(factor: _Factors, cost_currency: str | None, currency: str, ordered: date,
               order: OrderRow) -> float | None:
    code = cost_currency or currency
    rate = factor(code, ordered)
    if rate is None and code != currency:
        order.missing |= {code}
    return rate


def _line_profit(amount: float, cost: float | None, gross_profit: float | None,
                 rebate: float | None, rate: float | None, cost_rate: float | None
                 ) -> float | None:
    """Gross profit of a sales line in the base currency: as written, or amount - cost +
    export tax rebate; cost, gross profit and rebate in the cost column's currency."""
    if rate is None:
        return 0.0  # the order's amounts stay out of the totals altogether
    if gross_profit is not None:
        return None if cost_rate is None else float(gross_profit) * cost_rate
    if cost is None or cost_rate is None:
        return None
    return float(amount) * rate - (float(cost) - float(rebate or 0.0)) * cost_rate


def _credit_profit(amount: float, cost: float | None, gross_profit: float | None,
                   rebate: float | None, rate: float | None, cost_rate: float | None
                   ) -> float | None:
    """A credit note lowers profit by its whole amount unless the ledger says otherwise."""
    if cost is None and gross_profit is None:
        return -abs(amount) * (rate or 0.0)
    return _line_profit(-abs(amount), None if cost is None else -abs(cost),
                        None if gross_profit is None else -abs(gross_profit),
                        None if rebate is None else -abs(rebate), rate, cost_rate)


def _plus(total: float | None, part: float | None) -> float | None:
    """A sum that stays unknown once a part is."""
    return None if total is None or part is None else total + part


def _settle_profit(order: OrderRow) -> None:
    """The order's gross profit (its sales' profit so far), unknown when a line has no cost;
    sales whose profit lies outside −100 %…+100 % of their amount are a data error (a cost in
    the wrong currency, a typo), never a margin. Credit notes' profit is added after."""
    if order.rate_missing:
        order.gross_profit_base = 0.0  # its amounts stay out of the totals altogether
        return
    profit = order.gross_profit_base
    if profit is None or order.credit_profit is None:
        order.cost_known, order.gross_profit_base = False, None
    elif order.amount_base > 0 and abs(profit) > order.amount_base * (1 + 1e-9):
        order.margin_error, order.cost_known, order.gross_profit_base = True, False, None
    else:
        order.gross_profit_base = profit + order.credit_profit


def _customers(conn: sqlite3.Connection, canonical: dict[int, int], excluded: set[int]
               ) -> dict[int, CustomerRow]:
    found = {}
    for r in conn.execute("SELECT id, name, country, salesperson, credit_limit, "
                          "credit_limit_currency, insured, insurer, insured_pct FROM customers"):
        if r["id"] in excluded or canonical.get(r["id"], r["id"]) != r["id"]:
            continue
        found[r["id"]] = CustomerRow(
            r["id"], r["name"], r["country"], r["salesperson"], r["credit_limit"],
            r["credit_limit_currency"], None if r["insured"] is None else bool(r["insured"]),
            r["insurer"], r["insured_pct"])
    return found


def estimated_shipment(unit: ShipmentRow, rules: Rules) -> date | None:
    """Where the sheet had no ship-date column at all: order date + the lead time."""
    if unit.ship_date or unit.ship_date_known:
        return None
    return unit.order.order_date + timedelta(days=rules.lead_time_days)


def group_by_customer(items: Iterable[T], key: str = "customer_id") -> dict[int, list[T]]:
    grouped: dict[int, list[T]] = defaultdict(list)
    for item in items:
        grouped[getattr(item, key)].append(item)
    return grouped
