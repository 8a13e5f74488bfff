"""What stopping supply to some customers would mean, in the firm's own figures.

Before the black list is acted on, the owner should see what it costs and what it frees:
the revenue and gross profit of the window given up, what those customers still owe (at risk:
a customer cut off has less reason to pay), the late money tied up in them and its yearly cost
at the cost of capital, the orders no longer handled, and the firm's gross margin before and
after. Every figure is a sum over the analysis's own per-customer numbers, so the what-if
agrees with the customer table to the cent. The article's example (a Dongguan LED maker that
cut 400 small customers, kept 50 core buyers and grew net profit 120 %) is one firm's
account; :func:`article_comparison` says so, and says what these figures can and cannot tell.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from core.analysis.model import Analysis, CustomerMetrics
from core.i18n import N_, NP_, amount_text, money_text, tr
from core.messages import Message

ARTICLE_CUT, ARTICLE_KEPT, ARTICLE_PROFIT_GROWTH = 400, 50, 1.20


@dataclass(frozen=True)
class WhatIf:
    as_of: str
    base_currency: str
    customers: list[str]
    revenue_given_up: float
    gross_profit_given_up: float | None  # None: some of them have no cost data
    receivable_at_risk: float  # everything they still owe
    capital_tied_up: float  # of it, overdue: late money
    capital_cost_saved_per_year: float  # capital tied up × the cost of capital
    orders_saved: int
    margin_before: float | None
    margin_after: float | None
    firm_revenue: float
    firm_gross_profit: float | None
    firm_orders: int
    firm_customers: int  # active customers
    capital_rate_pct: float

    @property
    def revenue_share(self) -> float | None:
        return self.revenue_given_up / self.firm_revenue if self.firm_revenue else None

    @property
    def orders_share(self) -> float | None:
        return self.orders_saved / self.firm_orders if self.firm_orders else None

    @property
    def gross_profit_share(self) -> float | None:
        # a share of a whole that is not positive is no share (the firm report's too)
        if (self.gross_profit_given_up is None or self.firm_gross_profit is None
                or self.firm_gross_profit <= 0):
            return None
        return self.gross_profit_given_up / self.firm_gross_profit

    @property
    def break_even_per_order(self) -> float | None:
        """Handling cost per order above which the cut pays: gross profit given up, less the
        capital cost saved, spread over the orders no longer handled."""
        if self.gross_profit_given_up is None or not self.orders_saved:
            return None
        return (self.gross_profit_given_up - self.capital_cost_saved_per_year) / self.orders_saved

    def as_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of, "base_currency": self.base_currency,
            "customers": self.customers, "revenue_given_up": self.revenue_given_up,
            "gross_profit_given_up": self.gross_profit_given_up,
            "receivable_at_risk": self.receivable_at_risk,
            "capital_tied_up": self.capital_tied_up,
            "capital_cost_saved_per_year": self.capital_cost_saved_per_year,
            "orders_saved": self.orders_saved, "margin_before": self.margin_before,
            "margin_after": self.margin_after,
            "break_even_handling_cost_per_order": _round(self.break_even_per_order),
            "firm": {"revenue": self.firm_revenue, "gross_profit": self.firm_gross_profit,
                     "orders": self.firm_orders, "active_customers": self.firm_customers},
            "shares": {"revenue": _ratio(self.revenue_share),
                       "gross_profit": _ratio(self.gross_profit_share),
                       "orders": _ratio(self.orders_share)},
            "capital_rate_pct": self.capital_rate_pct,
            "article_comparison": [m.as_json() for m in article_comparison(self)],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _ratio(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _profit(customers: Iterable[CustomerMetrics]) -> float | None:
    """Summed gross profit, or None when any customer's is unknown (no cost column)."""
    values = [c.gross_profit_12m for c in customers]
    if any(v is None for v in values):
        return None
    return math.fsum(v for v in values if v is not None)


def _margin(profit: float | None, revenue: float) -> float | None:
    return None if profit is None or revenue <= 0 else round(profit / revenue, 4)


def what_if(analysis: Analysis, chosen: Iterable[CustomerMetrics]) -> WhatIf:
    """The figures for stopping supply to `chosen` (customers of this analysis)."""
    picked = {c.customer_id: c for c in chosen}
    named = sorted(picked.values(), key=lambda c: c.customer.casefold())
    everyone = analysis.customers
    revenue = math.fsum(c.revenue_12m for c in everyone)
    profit = _profit(everyone)
    lost_revenue = math.fsum(c.revenue_12m for c in named)
    lost_profit = _profit(named)
    tied = math.fsum(c.overdue_amount for c in named)
    rate = analysis.rules.capital_rate_pct
    after_profit = None if profit is None or lost_profit is None else profit - lost_profit
    return WhatIf(
        as_of=analysis.as_of.isoformat(), base_currency=analysis.base_currency,
        customers=[c.customer for c in named], revenue_given_up=round(lost_revenue, 2),
        gross_profit_given_up=_round(lost_profit),
        receivable_at_risk=round(math.fsum(c.open_amount for c in named), 2),
        capital_tied_up=round(tied, 2),
        capital_cost_saved_per_year=round(tied * rate / 100, 2),
        orders_saved=sum(c.orders_12m for c in named),
        margin_before=_margin(profit, revenue),
        margin_after=_margin(after_profit, revenue - lost_revenue),
        firm_revenue=round(revenue, 2), firm_gross_profit=_round(profit),
        firm_orders=sum(c.orders_12m for c in everyone),
        firm_customers=sum(c.active for c in everyone), capital_rate_pct=rate)


def on_list(analysis: Analysis, code: str) -> list[CustomerMetrics]:
    """The customers of one stop-loss list ("black", "watch")."""
    return [c for c in analysis.customers if c.list == code]


def article_comparison(found: WhatIf) -> list[Message]:
    """The article's case against the firm's own figures, in words, without promising its
    result: what the ledger shows, and the one cost it cannot show (handling per order)."""
    money = found.base_currency
    lines = [Message("article_case", N_(
        "The article's case: a Dongguan LED lighting maker cut {cut} small customers in 2024, "
        "kept {kept} core buyers, and its net profit grew {growth:.0%}. That is one firm's "
        "account, not a forecast for yours."),
        {"cut": ARTICLE_CUT, "kept": ARTICLE_KEPT, "growth": ARTICLE_PROFIT_GROWTH})]
    if not found.customers:
        lines.append(Message("what_if_nobody", N_("No customers are chosen: nothing changes.")))
        return lines
    lines.append(Message("what_if_scale", NP_(  # not "these 1 of your 134 customers"
        "Your figures: this customer, one of your {active} active customers, brought {revenue} "
        "of revenue ({revenue_share} of the firm's); orders: {orders} ({orders_share} of those "
        "handled).",
        "Your figures: these {count} of your {active} active customers brought {revenue} of "
        "revenue ({revenue_share} of the firm's); orders: {orders} ({orders_share} of those "
        "handled)."),
        {"count": len(found.customers), "active": found.firm_customers,
         "revenue": money_text(money, found.revenue_given_up),
         "revenue_share": _percent(found.revenue_share), "orders": found.orders_saved,
         "orders_share": _percent(found.orders_share)}))
    if found.gross_profit_given_up is None:
        lines.append(Message("what_if_no_cost", N_(
            "The ledger has no cost for some of them, so the gross profit given up and the "
            "margin after cannot be worked out.")))
    else:
        lines.append(Message("what_if_margin", N_(
            "Stopping them gives up {profit} of gross profit and frees {capital} of late money "
            "costing {cost} a year; the firm's gross margin moves from {before} to {after}."),
            {"profit": money_text(money, found.gross_profit_given_up),
             "capital": money_text(money, found.capital_tied_up),
             "cost": money_text(money, found.capital_cost_saved_per_year),
             "before": _percent(found.margin_before), "after": _percent(found.margin_after)}))
    even = found.break_even_per_order
    if even is not None and even > 0:
        lines.append(Message("what_if_break_even", N_(
            "Net profit rises only if handling one of their orders (quotes, samples, "
            "documents, chasing payment) costs you more than {amount}: the ledger does not "
            "show that cost, you know it."), {"amount": money_text(money, even)}))
    elif even is not None:
        lines.append(Message("what_if_pays", N_(
            "Their orders earn less than the late money they tie up costs: stopping them "
            "raises profit even before counting the handling saved.")))
    return lines


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def summary_rows(found: WhatIf) -> list[tuple[str, object, str]]:
    """(label, value, kind) rows: the what-if as a panel or a sheet shows it."""
    money = found.base_currency
    return [
        (tr(N_("Customers")), len(found.customers), "int"),
        (tr(N_("Revenue given up ({currency})"), currency=money), found.revenue_given_up,
         "money"),
        (tr(N_("Gross profit given up ({currency})"), currency=money),
         found.gross_profit_given_up, "money"),
        (tr(N_("Receivable at risk ({currency})"), currency=money), found.receivable_at_risk,
         "money"),
        (tr(N_("Late money tied up ({currency})"), currency=money), found.capital_tied_up,
         "money"),
        (tr(N_("Its cost a year at {rate}% ({currency})"), rate=f"{found.capital_rate_pct:g}",
            currency=money), found.capital_cost_saved_per_year, "money"),
        (tr(N_("Orders no longer handled")), found.orders_saved, "int"),
        (tr(N_("Gross margin before")), found.margin_before, "percent"),
        (tr(N_("Gross margin after")), found.margin_after, "percent"),
    ]


def shown(value: object, kind: str) -> str:
    """A row's value as the window shows it: money in whole units, as the customer table,
    the panel's sentences and the words under the grid write it (core.i18n.amount_text);
    12,345.67 there sat beside "12,346 USD" · 12.5% · 7 · —."""
    if value is None:
        return "—"
    if kind == "money" and isinstance(value, int | float):
        return amount_text(value)
    if kind == "percent" and isinstance(value, int | float):
        return f"{value:.1%}"
    return str(value)
