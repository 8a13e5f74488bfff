"""Per-customer figures: the window's orders and money, terms, and receivables on the cutoff.

Tiers, grades and lists are decided in :mod:`core.analysis.run` from what is gathered here.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date

from core.analysis.dataset import CustomerRow, Dataset, OrderRow, ShipmentRow, months_before
from core.analysis.model import CustomerMetrics
from core.analysis.receivables import aging, capital_cost, customer_receivables
from core.analysis.rfmt import WindowFigures, window_figures
from core.analysis.risk import is_risky
from core.rules import Rules


def group_of(orders: list[OrderRow], figures: WindowFigures) -> str:
    """Trial-only customers are prospects; others without a valid order in the window dormant."""
    live = [o for o in orders if not o.cancelled]
    if live and all(o.trial for o in live):
        return "prospect"
    return "active" if figures.orders else "dormant"


def gather(info: CustomerRow, orders: list[OrderRow], units: list[ShipmentRow],
           data: Dataset, rules: Rules, cutoff: date, usd_to_base: float,
           project: bool) -> tuple[CustomerMetrics, WindowFigures, str]:
    months = rules.window_for(project)
    start = months_before(data.as_of, months)
    figures = window_figures(orders, start, data.as_of)
    c = CustomerMetrics(info.customer_id, info.name, info.country, info.salesperson,
                        tier="dormant", project=project, window_months=months,
                        credit_limit=info.credit_limit)
    c.orders_12m = figures.orders
    c.revenue_12m = round(figures.revenue, 2)
    c.avg_order_12m = round(figures.average, 2)
    c.gross_profit_12m = None if figures.gross_profit is None else round(figures.gross_profit, 2)
    if figures.gross_profit is not None and figures.revenue > 0:
        c.gross_margin = round(figures.gross_profit / figures.revenue, 4)
    c.last_order_date = figures.last_valid
    c.recency_days = (data.as_of - figures.last_valid).days if figures.last_valid else None
    valid = [o for o in orders if o.valid]
    c.orders_all = len(valid)
    c.avg_order_all = round(math.fsum(o.amount_base for o in valid) / len(valid), 2) if valid \
        else 0.0
    c.trial_orders = sum(1 for o in orders if o.trial and not o.cancelled)
    total = figures.orders or 1
    c.terms_mix = {k: round(n / total, 4) for k, n in sorted(figures.rungs.items())}
    c.incoterm_mix = {k: round(n / total, 4) for k, n in sorted(figures.incoterms.items())}
    latest = max((o for o in orders if not o.cancelled), key=lambda o: o.order_date,
                 default=None)
    c.payment_terms = latest.payment_terms if latest else None
    c.main_rung = (Counter(figures.rungs).most_common(1)[0][0] if figures.rungs
                   else latest.pay_rung if latest else None)
    _receivables(c, units, data, rules, cutoff, usd_to_base)
    return c, figures, group_of(orders, figures)


def _receivables(c: CustomerMetrics, units: list[ShipmentRow], data: Dataset,
                 rules: Rules, cutoff: date, usd_to_base: float) -> None:
    if not data.has_receipts:
        return  # no receipts in the ledger: nothing can be said about what is owed
    items, history = customer_receivables(units, cutoff, rules, usd_to_base,
                                          data.has_ship_dates)
    c.receivables = items
    live = [i for i in items if i.open_base > 0 and i.shipped and not i.disputed]
    c.open_amount = round(math.fsum(i.open_base for i in live), 2)
    c.overdue_amount = round(math.fsum(i.open_base for i in live if i.days_overdue > 0), 2)
    c.disputed_amount = round(math.fsum(i.open_base for i in items if i.disputed and i.shipped),
                              2)
    c.max_days_overdue = max((i.days_overdue for i in live), default=0)
    c.aging = aging(items)
    by_currency: dict[str, float] = {}
    for i in live:
        by_currency[i.currency] = by_currency.get(i.currency, 0.0) + i.open
    c.open_by_currency = {k: round(v, 2) for k, v in sorted(by_currency.items())}
    c.risky_exposure = round(math.fsum(i.open_base for i in live
                                       if is_risky(i.pay_rung, rules)), 2)
    c.capital_cost = round(capital_cost(items, rules), 2)
    c.settled_count = history.settled
    c.on_time_share = history.on_time_share
    c.avg_days_late = None if history.avg_days_late is None else round(history.avg_days_late, 1)
