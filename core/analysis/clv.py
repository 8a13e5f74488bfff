"""Discounted customer lifetime value: who is still buying, how much, and what it is worth today.

The article closes on judging customers by discounted lifetime value rather than one order's
profit. This module turns a list of (customer, order date, amount) transactions into, per
customer, the probability the customer is still active, the orders expected in the next 12
months and the value of the next few years' orders discounted at the firm's cost of capital.

Two models, and the result always says which served:
- ``bg_nbd_gamma_gamma``: BG/NBD for the purchase occasions and Gamma-Gamma for their value,
  fitted by maximum likelihood on the firm's own customers (core/analysis/clv_models.py);
- ``retention``: when too few customers bought twice for that fit to mean anything, or it does
  not converge, each customer keeps ordering at their own past rate and survives each year with
  the article's 62 % probability (a setting).

Time is counted in days. A purchase occasion is a customer's orders of one day, summed (as the
papers count CDNOW's). Months are 365.25 / 12 days; each month's expected value is discounted
from the month's end at the monthly rate equivalent to the yearly cost of capital (monthly
discounting), over the horizon (3 years by default).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any, Generic, TypeVar

from core.analysis.clv_models import (
    NUMERIC_ERRORS,
    BgNbd,
    FitFailed,
    GammaGamma,
    fit_bg_nbd,
    fit_gamma_gamma,
)
from core.i18n import N_, NP_
from core.messages import Message, Term
from core.progress import CancelFn, check
from core.rules import Rules

K = TypeVar("K", bound=Hashable)
DAYS_PER_YEAR = 365.25
DAYS_PER_MONTH = DAYS_PER_YEAR / 12
FITTED, RETENTION = "bg_nbd_gamma_gamma", "retention"
_DEFAULTS = Rules.defaults()


@dataclass(frozen=True)
class Assumptions:
    """The rules of the valuation, as plain numbers (the settings hold the firm's choices)."""

    # the defaults are the settings' (through the rules), as fractions where those are percents
    discount_rate: float = _DEFAULTS.capital_rate_pct / 100  # yearly cost of capital
    survival_rate: float = _DEFAULTS.clv_survival_pct / 100  # the retention model's, yearly
    min_repeat_buyers: int = _DEFAULTS.clv_min_repeat_buyers  # needed to fit the models
    horizon_years: int = _DEFAULTS.clv_horizon_years


@dataclass
class History(Generic[K]):
    """One customer's purchase occasions up to the as-of date, in the models' terms."""

    customer: K
    first: date
    last: date
    occasions: int  # days with an order, the first included
    value: float  # all occasions' value
    repeat_value: float  # the value of the occasions after the first

    @property
    def x(self) -> int:
        return self.occasions - 1


@dataclass
class CustomerValue(Generic[K]):
    customer: K
    orders: int  # purchase occasions so far (days with an order)
    first_order: date
    last_order: date
    p_alive: float
    expected_orders_12m: float
    expected_order_value: float  # revenue per purchase occasion expected from here on
    clv_revenue: float  # discounted revenue over the horizon
    margin: float | None  # the customer's gross margin, where its costs are known
    clv: float  # discounted gross profit where the margin is known, else revenue


@dataclass
class LifetimeValues(Generic[K]):
    as_of: date
    model: str  # FITTED or RETENTION
    reason: Message  # why this model served, in words
    assumptions: Assumptions
    customers: list[CustomerValue[K]]
    repeat_buyers: int
    params: dict[str, Any] = field(default_factory=dict)
    log_likelihood: float | None = None  # of the BG/NBD fit, time in days
    currency: str = ""  # of every amount, where the caller says
    names: dict[K, str] = field(default_factory=dict)  # the customers' names, where known

    @property
    def value_basis(self) -> str:
        """gross_profit, revenue, or mixed: what `clv` measures."""
        known = {c.margin is not None for c in self.customers}
        return "mixed" if len(known) > 1 else "gross_profit" if known == {True} else "revenue"

    def by_customer(self) -> dict[K, CustomerValue[K]]:
        return {c.customer: c for c in self.customers}


def histories(transactions: Iterable[tuple[K, date, float]], as_of: date) -> list[History[K]]:
    """Orders up to A folded into purchase occasions (one per customer and day)."""
    by_day: dict[K, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    for customer, day, amount in transactions:
        if day <= as_of:
            by_day[customer][day] += amount
    found = []
    for customer, days in by_day.items():
        ordered = sorted(days)
        values = [days[d] for d in ordered]
        found.append(History(customer, ordered[0], ordered[-1], len(ordered),
                             math.fsum(values), math.fsum(values[1:])))
    return found


def lifetime_values(transactions: Iterable[tuple[K, date, float]], as_of: date,
                    assumptions: Assumptions = Assumptions(),
                    margins: Mapping[K, float] | None = None, cancel: CancelFn | None = None
                    ) -> LifetimeValues[K]:
    """Every customer's p(alive), expected orders and discounted CLV as of A.

    `transactions` are (customer, order date, amount) in one currency; later ones are ignored.
    `margins` maps a customer to its gross margin (gross profit / revenue); customers in it are
    valued by gross profit, the others by revenue. `cancel` is asked during the fit.
    """
    found = histories(transactions, as_of)
    check(cancel)
    margins = margins or {}
    repeat_buyers = sum(1 for h in found if h.x > 0)
    result: LifetimeValues[K] = LifetimeValues(
        as_of, RETENTION, _too_few(repeat_buyers, assumptions), assumptions, [], repeat_buyers,
        {"survival_rate": assumptions.survival_rate})
    if repeat_buyers >= max(assumptions.min_repeat_buyers, 1):
        try:
            forecasts = _fitted(found, result, cancel)
        except FitFailed as failure:
            # what failed (model, reason) is kept for the tooltip and JSON, not the sentence
            result.reason = Message("fit_failed", N_(
                "Your customers' repeat orders show no pattern clear enough to estimate "
                "lifetime values reliably. {guide}"), {
                "model": failure.model, "reason": Term(failure.reason),
                "guide": rough_guide(assumptions)})
    if result.model == RETENTION:
        forecasts = _retention(found, as_of, assumptions)
    for h, (p_alive, orders_12m, discounted_orders, value) in zip(found, forecasts, strict=True):
        margin = margins.get(h.customer)
        clv_revenue = discounted_orders * value
        result.customers.append(CustomerValue(
            h.customer, h.occasions, h.first, h.last, p_alive, orders_12m, value, clv_revenue,
            margin, clv_revenue * margin if margin is not None else clv_revenue))
    result.customers.sort(key=lambda c: -c.clv)
    return result


# Per customer: P(alive), orders expected in 12 months, the horizon's orders each discounted
# from its month's end, and the value of one order.
Forecast = tuple[float, float, float, float]


# What the valuation means to a sales manager, in their words: the model's names and why a fit
# failed ("a parameter ran to its bound: the likelihood is flat") are for the tooltip
# (core.analysis.value.model_detail), not the card.
def _too_few(count: int, assumptions: Assumptions) -> Message:
    return Message("too_few_repeat_buyers", NP_(
        "Only {count} customer has ordered more than once, and at least {minimum} are needed "
        "to learn how often your customers reorder and when they stop. {guide}",
        "Only {count} customers have ordered more than once, and at least {minimum} are "
        "needed to learn how often your customers reorder and when they stop. {guide}"),
        {"count": count, "minimum": assumptions.min_repeat_buyers,
         "guide": rough_guide(assumptions)})


def rough_guide(assumptions: Assumptions) -> Message:
    """What the values are worth when the retention model gave them."""
    return Message("rough_guide", N_(
        "The lifetime values are a rough guide: each customer is assumed to keep ordering at "
        "its own past pace and to stay with you another year with a {survival:.0%} chance."),
        {"survival": assumptions.survival_rate})


def _discounts(assumptions: Assumptions) -> list[float]:
    """Each month's discount factor, (1 + d)^(-m/12), m = 1 … 12 × horizon."""
    return [(1.0 + assumptions.discount_rate) ** (-m / 12.0)
            for m in range(1, 12 * assumptions.horizon_years + 1)]


def _fitted(found: list[History[Any]], result: LifetimeValues[Any],
            cancel: CancelFn | None = None) -> list[Forecast]:
    """BG/NBD and Gamma-Gamma fitted; fills the result's model, params and reason."""
    as_of = result.as_of
    summaries = [(float(h.x), float((h.last - h.first).days), float((as_of - h.first).days))
                 for h in found]
    x, t_x, T = (list(column) for column in zip(*summaries, strict=True))
    purchases, log_likelihood = fit_bg_nbd(x, t_x, T, cancel)
    mean_repeat = [h.repeat_value / h.x if h.x else 0.0 for h in found]
    spenders = [i for i, h in enumerate(found) if h.x > 0 and mean_repeat[i] > 0]
    spend, _ = fit_gamma_gamma([x[i] for i in spenders], [mean_repeat[i] for i in spenders],
                               cancel)
    try:
        forecasts = _forecasts(purchases, spend, summaries, mean_repeat, result.assumptions)
    except NUMERIC_ERRORS:
        forecasts = []
    if not forecasts or not all(math.isfinite(v) for row in forecasts for v in row):
        raise FitFailed("BG/NBD", N_("the fitted model gives no finite forecast"))
    result.model, result.log_likelihood = FITTED, log_likelihood
    result.params = {"r": purchases.r, "alpha": purchases.alpha, "a": purchases.a,
                     "b": purchases.b, "time_unit": "day", "p": spend.p, "q": spend.q,
                     "gamma": spend.gamma}
    result.reason = Message("fitted", N_(
        "Estimated from how often your customers reorder and how long they keep buying: "
        "{count} of the {customers} customers valued have ordered more than once (at least "
        "{minimum} needed)."),
        {"customers": len(found), "count": result.repeat_buyers,
         "minimum": result.assumptions.min_repeat_buyers})
    return forecasts


def _forecasts(purchases: BgNbd, spend: GammaGamma, summaries: list[tuple[float, float, float]],
               mean_repeat: list[float], assumptions: Assumptions) -> list[Forecast]:
    """Each month's expected orders E[Y(m)] - E[Y(m-1)], discounted and summed. E[Y | alive]
    depends on x and T only, so it is computed once per distinct pair (the twelfth month's end
    is the 12 months' E[Y])."""
    discounts = _discounts(assumptions)
    ahead: dict[tuple[float, float], tuple[float, float]] = {}
    found = []
    for (x, t_x, T), m in zip(summaries, mean_repeat, strict=True):
        if (x, T) not in ahead:
            cumulative = [purchases.expected_orders_if_alive(month * DAYS_PER_MONTH, x, T)
                          for month in range(1, len(discounts) + 1)]
            monthly = [later - earlier for earlier, later in pairwise([0.0, *cumulative])]
            year = (cumulative[11] if len(cumulative) >= 12  # 12 × 365.25/12 days, exactly
                    else purchases.expected_orders_if_alive(DAYS_PER_YEAR, x, T))
            ahead[x, T] = (year, math.fsum(n * d for n, d in zip(monthly, discounts, strict=True)))
        year, discounted = ahead[x, T]
        alive = purchases.p_alive(x, t_x, T)
        found.append((alive, year * alive, discounted * alive, spend.expected_value(x, m)))
    return found


def _retention(found: list[History[Any]], as_of: date, assumptions: Assumptions
               ) -> list[Forecast]:
    """Each customer orders at their own yearly rate (occasions over their years with the firm,
    a year at least) while alive; alive now with s^(years since the last order), and each
    further year with s."""
    s = min(max(assumptions.survival_rate, 1e-9), 1.0)
    year_share = 1.0 if s == 1.0 else (s - 1.0) / math.log(s)  # mean of s^u over a year
    # a month's orders are rate/12 × P(alive) × s^(m/12): all but the rate and P(alive) summed
    months = math.fsum(s ** (m / 12.0) * d for m, d in enumerate(_discounts(assumptions), 1))
    forecasts = []
    for h in found:
        p_alive = s ** ((as_of - h.last).days / DAYS_PER_YEAR)
        rate = h.occasions / max((as_of - h.first).days / DAYS_PER_YEAR, 1.0)
        forecasts.append((p_alive, rate * p_alive * year_share, rate * p_alive * months / 12.0,
                          h.value / h.occasions))
    return forecasts
