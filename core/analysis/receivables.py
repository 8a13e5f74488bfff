"""What each customer owes on the receipts date, how late, and how it has paid before.

An order becomes receivable when shipped (the order date stands in where the ledger has no
ship dates); unshipped orders on advance terms are never overdue. A shortfall within the
tolerance (bank charges, FX) counts as paid. A receipt larger than its own invoice (one wire for
three invoices) settles the customer's oldest open invoices with the surplus. Days overdue run
to min(A, receipts date): receipts are only known up to then.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from core.analysis.dataset import ShipmentRow, shipment_due
from core.analysis.model import Receivable
from core.analysis.names import BUCKETS
from core.ledger.terms import is_advance
from core.rules import Rules


@dataclass
class History:
    settled: int = 0
    on_time: int = 0
    days_late: float = 0.0

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.settled if self.settled else None

    @property
    def avg_days_late(self) -> float | None:
        return self.days_late / self.settled if self.settled else None


def bucket(days_overdue: int) -> str:
    if days_overdue <= 0:
        return "not_due"
    if days_overdue <= 30:
        return "d1_30"
    if days_overdue <= 60:
        return "d31_60"
    if days_overdue <= 90:
        return "d61_90"
    return "d91_plus"


def tolerance(amount: float, factor: float, rules: Rules, usd_to_base: float) -> float:
    """The shortfall that counts as paid, in the invoice's currency."""
    absolute = rules.tolerance_usd * usd_to_base / factor if factor else 0.0
    return max(absolute, abs(amount) * rules.tolerance_pct / 100)


def customer_receivables(units: list[ShipmentRow], cutoff: date, rules: Rules,
                         usd_to_base: float, ship_dates_known: bool = True
                         ) -> tuple[list[Receivable], History]:
    """Receivables of one customer on the cutoff date min(A, receipts date)."""
    found: list[Receivable] = []
    history = History()
    surplus = 0.0  # base currency, from receipts larger than their own invoice
    for unit in units:
        order = unit.order
        if order.cancelled or unit.amount <= 0:
            continue
        factor = order.amount_base / order.amount if order.amount else 0.0
        # Receivable once shipped; a ledger without ship dates counts from the order date,
        # except on advance terms, where goods wait for the money and nothing is ever overdue.
        shipped = unit.ship_date is not None or not ship_dates_known
        due = shipment_due(unit, rules.default_credit_days) if shipped else None
        if unit.ship_date is None and is_advance(order.terms):
            due = None
        received = unit.received
        open_amount = unit.amount - received
        if open_amount < 0:
            surplus += -open_amount * factor
            open_amount = 0.0
        if open_amount <= tolerance(unit.amount, factor, rules, usd_to_base):
            open_amount = 0.0
        found.append(Receivable(
            order_id=order.order_id, order_no=order.order_no, invoice_no=unit.invoice_no,
            currency=order.currency, amount=unit.amount, amount_base=unit.amount * factor,
            received=received, open=open_amount, open_base=open_amount * factor,
            order_date=order.order_date, ship_date=unit.ship_date, due_date=due,
            days_overdue=0, pay_rung=order.pay_rung, payment_terms=order.payment_terms,
            disputed=order.status == "disputed", shipped=shipped,
            deposit_base=received * factor if not shipped else 0.0,
            balance_before_shipment_open=bool(
                shipped and unit.ship_date and order.pay_rung == "deposit_before_shipment"
                and open_amount > 0)))
        if open_amount == 0 and due and unit.received_dates:
            paid_on = max(unit.received_dates)
            late = (paid_on - due).days
            history.settled += 1
            history.on_time += late <= 0
            history.days_late += max(late, 0)
    _apply_surplus(found, surplus)
    for item in found:
        if item.open_base > 0 and item.due_date and item.due_date < cutoff:
            item.days_overdue = (cutoff - item.due_date).days
    return found, history


def _apply_surplus(items: list[Receivable], surplus: float) -> None:
    """One wire for several invoices: the surplus pays the oldest open ones first."""
    for item in sorted((i for i in items if i.open_base > 0 and i.shipped),
                       key=lambda i: (i.due_date or date.max, i.order_date)):
        if surplus <= 0.005:
            break
        paid = min(surplus, item.open_base)
        rate = item.open / item.open_base if item.open_base else 0.0
        item.open_base -= paid
        item.open -= paid * rate
        surplus -= paid
        if item.open_base < 0.005:
            item.open_base = item.open = 0.0


def aging(items: list[Receivable]) -> dict[str, float]:
    totals = dict.fromkeys(BUCKETS, 0.0)
    for item in items:
        if item.open_base > 0 and item.shipped and not item.disputed:
            totals[bucket(item.days_overdue)] += item.open_base
    return {k: round(v, 2) for k, v in totals.items()}


def capital_cost(items: list[Receivable], rules: Rules) -> float:
    """Open receivable × rate × days past due / 365: what late money costs the firm a year."""
    rate = rules.capital_rate_pct / 100
    return math.fsum(i.open_base * rate * i.days_overdue / 365 for i in items
                     if i.overdue and not i.disputed)
