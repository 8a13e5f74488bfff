"""The leap phase (跃升期, months 9–18): strategic customers asked to refer their peers.

The article's plan: existing strategic customers introduce peers from their industry for a
15 % commission. A customer is asked only when it is strategic, pays reliably (risk grade A or
B), is on neither the black nor the watch list (the white list is where such customers belong),
and has ordered for at least ``leap_min_history_months`` (24): two years of orders show a
relationship worth vouching for. Every condition is checked and named, so a strategic customer
left out is told which one it fails.

The expected effect is an assumption, not a forecast, and is labelled so everywhere: each
candidate introduces ``referral_peers_per_year`` peers, ``referral_conversion_pct`` of them
order, and a converted peer buys like its referrer did in the window (same revenue, same
margin); the commission is paid on the referred revenue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.analysis.dataset import months_before
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import LIST_WORDS
from core.i18n import N_
from core.messages import Message, Term
from core.rules import Rules

GOOD_GRADES = ("A", "B")
STOP_LISTS = ("black", "watch")
CONDITIONS = ("strategic", "grade", "list", "history")


@dataclass(frozen=True)
class Referral:
    """One strategic customer judged for the referral programme."""

    customer: CustomerMetrics
    as_of: date
    first_order: date | None  # the first valid order up to the as-of date
    failed: tuple[Message, ...]  # the conditions it does not meet; empty: a candidate
    expected_revenue: float  # the assumed yearly revenue of the peers it brings
    expected_gross_profit: float | None
    commission: float

    @property
    def candidate(self) -> bool:
        return not self.failed

    @property
    def years(self) -> float | None:
        """Years since the first valid order, to one decimal."""
        if self.first_order is None:
            return None
        return round((self.as_of - self.first_order).days / 365.25, 1)


def first_orders(analysis: Analysis) -> dict[int, date]:
    """Each customer's first valid order up to the as-of date."""
    found: dict[int, date] = {}
    for order in analysis.orders:
        if order.valid and (order.customer_id not in found
                            or order.order_date < found[order.customer_id]):
            found[order.customer_id] = order.order_date
    return found


def conditions_failed(c: CustomerMetrics, first: date | None, as_of: date, rules: Rules
                      ) -> list[Message]:
    """The referral conditions this customer does not meet, in words."""
    failed = []
    if c.tier != "strategic":
        failed.append(Message("leap_not_strategic", N_("not a strategic customer")))
    if c.risk_grade not in GOOD_GRADES:
        failed.append(Message("leap_grade", N_("payment risk grade {grade} (needs A or B)"),
                              {"grade": c.risk_grade or "–"}))  # None: no receipts
    if c.list in STOP_LISTS:
        failed.append(Message("leap_listed", N_("on {list}"),
                              {"list": Term(LIST_WORDS[c.list].pinned)}))
    needed = months_before(as_of, rules.leap_min_history_months)
    if first is None or first > needed:
        failed.append(Message("leap_history", N_(
            "first valid order on {date}: needs to be on or before {needed} ({months} months "
            "of orders)"), {"date": first.isoformat() if first else "—",
                             "needed": needed.isoformat(),
                             "months": rules.leap_min_history_months}))
    return failed


def expected(c: CustomerMetrics, rules: Rules) -> tuple[float, float | None, float]:
    """(revenue, gross profit, commission) the assumed referrals bring in a year."""
    factor = rules.referral_peers_per_year * rules.referral_conversion_pct / 100
    revenue = round(c.revenue_12m * factor, 2)
    profit = None if c.gross_profit_12m is None else round(c.gross_profit_12m * factor, 2)
    return revenue, profit, round(revenue * rules.referral_commission_pct / 100, 2)


def referrals(analysis: Analysis) -> list[Referral]:
    """Every strategic customer, candidates first (by revenue), then those not yet eligible."""
    rules, firsts = analysis.rules, first_orders(analysis)
    found = []
    for c in analysis.customers:
        if c.tier != "strategic":
            continue
        first = firsts.get(c.customer_id)
        revenue, profit, commission = expected(c, rules)
        found.append(Referral(c, analysis.as_of, first, tuple(conditions_failed(
            c, first, analysis.as_of, rules)), revenue, profit, commission))
    return sorted(found, key=lambda r: (not r.candidate, -r.customer.revenue_12m,
                                        r.customer.customer.casefold()))


def candidates(analysis: Analysis) -> list[CustomerMetrics]:
    """The customers to invite now."""
    return [r.customer for r in referrals(analysis) if r.candidate]
