"""A customer's orders as its account reads them, one line each, for the customer panel.

What an order's status and ship date say are the analysis's readings, not the panel's: an
order its credit notes take wholly (:mod:`core.analysis.credited`) is returned, no live order;
a part of an order without a ship date (the ledger's 未出货, a blank that nothing ships, a date
after A) has not shipped, and the order's first ship date is not lent to it. Before, a returned
order read "paid" like any other, and a sofa shipped on 1 September lent its date to the table
the clerk had marked 未出货, or an order with nothing shipped showed a blank ship date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from core.analysis.model import Analysis, CustomerMetrics
from core.i18n import N_, tr
from core.ledger.terms import rung_label

STATUS = {"cancelled": N_("cancelled"), "credit_note": N_("credit note"),
          "returned": N_("returned (credited in full)"), "trial": N_("trial order"),
          "disputed": N_("disputed"), "overdue": N_("overdue"), "open": N_("open"),
          "not_shipped": N_("not shipped"), "paid": N_("paid"),
          "paid_fx_loss": N_("paid, exchange loss"), "paid_fx_gain": N_("paid, exchange gain")}
DEAD = frozenset({"cancelled", "returned"})  # shown as no order: struck out, faded
NO_NUMBER = "—"  # an order the ledger gives no number


@dataclass
class OrderLine:
    order_no: str
    order_date: date
    amount: float
    currency: str
    terms: str
    ship_date: date | None
    due_date: date | None
    open: float  # base currency
    days_overdue: int
    status: str  # a key of STATUS
    ship_estimated: bool = False  # no ship-date column: order date + the lead time
    unshipped: bool = False  # a part of it (all of it where ship_date is None) not shipped

    @property
    def ship_text(self) -> str:
        """The ship date as the panel says it: a part not shipped is said, never left blank
        nor dated by another part's shipment."""
        if not self.ship_date:
            return tr(N_("not shipped")) if self.unshipped else ""
        day = self.ship_date.isoformat()
        if self.ship_estimated:
            return tr(N_("{date} (estimated)"), date=day)
        return tr(N_("{date}, part not shipped"), date=day) if self.unshipped else day

    @property
    def status_text(self) -> str:
        return tr(STATUS[self.status])


def order_lines(analysis: Analysis, customer: CustomerMetrics) -> list[OrderLine]:
    """The customer's orders up to A, newest first, joined with their receivables."""
    owed: dict[int, list[Any]] = {}
    for item in customer.receivables:
        owed.setdefault(item.order_id, []).append(item)
    lines = []
    for o in analysis.orders_by_customer.get(customer.customer_id, []):
        items = owed.get(o.order_id, [])
        open_base = sum(i.open_base for i in items if i.shipped)
        days = max((i.days_overdue for i in items), default=0)
        due = min((i.due_date for i in items if i.due_date), default=None)
        guessed = [i.ship_date for i in items if i.ship_date_estimated and i.ship_date]
        owing = any(i.open > 0 for i in items if i.shipped)  # a currency without a rate too
        unshipped = any(i.ship_date is None for i in items)
        status = ("cancelled" if o.cancelled else "credit_note" if o.credit_note else
                  "returned" if o.wholly_credited else "trial" if o.trial else
                  "disputed" if o.status == "disputed" else "overdue" if days > 0 and owing
                  else "open" if owing else
                  "not_shipped" if items and all(i.ship_date is None for i in items)
                  else _paid(items))
        lines.append(OrderLine(o.order_no or NO_NUMBER, o.order_date, o.written + o.credit,
                               o.currency,
                               o.payment_terms or (tr(rung_label(o.pay_rung)) if o.pay_rung
                                                   else ""),
                               o.ship_date or min(guessed, default=None), due, open_base,
                               days, status, bool(guessed) and not o.ship_date,
                               unshipped and status not in DEAD))
    return sorted(lines, key=lambda line: line.order_date, reverse=True)


def _paid(items: list[Any]) -> str:
    """Paid, and where money in another currency settled it within the exchange band, with
    the exchange loss or gain that settled it (a loss first: what the clerk looks for)."""
    if any(i.fx_difference < 0 for i in items):
        return "paid_fx_loss"
    return "paid_fx_gain" if any(i.fx_difference > 0 for i in items) else "paid"
