"""What the database holds, in a few figures: the clerk's first check after an import."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from core.analysis.dataset import default_as_of
from core.analysis.reading import load
from core.i18n import N_, tr
from core.ledger.report import money
from core.rates import Rates
from core.rules import load_rules


@dataclass
class Summary:
    orders: int
    customers: int
    amount_total_base: float
    amount_by_currency: dict[str, float]
    base_currency: str
    first_order_date: str | None
    last_order_date: str | None
    imports: int
    lines: int = 0
    cancelled_orders: int = 0
    returned_orders: int = 0  # taken wholly by their credit notes: no orders, as analysed
    unconverted: dict[str, float] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def returned(conn: sqlite3.Connection) -> int:
    """The orders, not cancelled, that their credit notes take wholly (goods returned): no
    orders for the analysis (:mod:`core.analysis.credited`), so none in the summary's count,
    which would otherwise say more orders than the customers' counts add up to. Read by the
    analysis's own loading, over every date in the data."""
    last = default_as_of(conn, date.max)
    if last is None:
        return 0
    return sum(o.wholly_credited and not o.cancelled and not o.credit_note
               for o in load(conn, last, load_rules(conn)).orders)


def summarise(conn: sqlite3.Connection) -> Summary:
    """Cancelled orders and lines are kept but never counted as business; credit notes lower
    the amounts but are not orders, and an order they take wholly (returned) is none."""
    base = load_rules(conn).base_currency
    rates = Rates(conn, base)
    by_currency: dict[str, list[float]] = {}
    in_base: list[float] = []
    unconverted: dict[str, list[float]] = {}
    lines = 0
    query = ("SELECT l.amount, l.currency, o.order_date FROM order_lines l "
             "JOIN orders o ON o.id = l.order_id WHERE o.status IS NOT 'cancelled' "
             "AND l.status IS NOT 'cancelled'")
    for amount, currency, day in conn.execute(query):
        lines += 1
        by_currency.setdefault(currency, []).append(amount)
        converted = rates.to_base(amount, currency, day)
        if converted is None:
            unconverted.setdefault(currency, []).append(amount)
        else:
            in_base.append(converted)
    live = "status IS NULL OR status NOT IN ('cancelled', 'credit_note')"
    counts = conn.execute(
        f"SELECT COUNT(*) FILTER (WHERE {live}), "
        "COUNT(*) FILTER (WHERE status = 'cancelled'), "
        f"MIN(order_date) FILTER (WHERE {live}), "
        f"MAX(order_date) FILTER (WHERE {live}) FROM orders").fetchone()
    gone = returned(conn)
    return Summary(
        orders=counts[0] - gone, cancelled_orders=counts[1], returned_orders=gone,
        customers=conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        amount_total_base=round(math.fsum(in_base), 2),
        amount_by_currency={c: round(math.fsum(v), 2) for c, v in sorted(by_currency.items())},
        base_currency=base, first_order_date=counts[2], last_order_date=counts[3],
        imports=conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0], lines=lines,
        unconverted={c: round(math.fsum(v), 2) for c, v in sorted(unconverted.items())},
    )


def summary_report(summary: Summary) -> str:
    lines = [
        tr(N_("Orders: {orders} ({cancelled} cancelled and {returned} returned in full, not "
              "counted)"), orders=summary.orders, cancelled=summary.cancelled_orders,
           returned=summary.returned_orders),
        tr(N_("Customers: {count}"), count=summary.customers),
        tr(N_("Total: {amount} {currency}"), amount=money(summary.amount_total_base),
           currency=summary.base_currency),
    ]
    for currency, amount in summary.amount_by_currency.items():
        lines.append(f"  {currency}: {money(amount)}")
    if summary.unconverted:
        lines.append(tr(N_("Not in the total (no exchange rate): {amounts}"), amounts=", ".join(
            f"{money(a)} {c}" for c, a in summary.unconverted.items())))
    lines.append(tr(N_("Order dates: {first} to {last}"), first=summary.first_order_date or "—",
                    last=summary.last_order_date or "—"))
    lines.append(tr(N_("Imports: {count}"), count=summary.imports))
    return "\n".join(lines) + "\n"
