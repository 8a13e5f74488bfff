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
from typing import Any, Generic, TypeVar

import numpy as np

from core.analysis.clv_models import Array, BgNbd, FitFailed, fit_bg_nbd, fit_gamma_gamma
from core.i18n import N_
from core.messages import Message, Term

K = TypeVar("K", bound=Hashable)
DAYS_PER_YEAR = 365.25
DAYS_PER_MONTH = DAYS_PER_YEAR / 12
FITTED, RETENTION = "bg_nbd_gamma_gamma", "retention"


@dataclass(frozen=True)
class Assumptions:
    """The rules of the valuation, as plain numbers (the settings hold the firm's choices)."""

    discount_rate: float = 0.12  # yearly cost of capital, a fraction
    survival_rate: float = 0.62  # yearly survival in the retention model (article: 62 %)
    min_repeat_buyers: int = 30  # customers with a repeat order needed to fit the models
    horizon_years: int = 3


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
                    margins: Mapping[K, float] | None = None) -> LifetimeValues[K]:
    """Every customer's p(alive), expected orders and discounted CLV as of A.

    `transactions` are (customer, order date, amount) in one currency; later ones are ignored.
    `margins` maps a customer to its gross margin (gross profit / revenue); customers in it are
    valued by gross profit, the others by revenue.
    """
    found = histories(transactions, as_of)
    margins = margins or {}
    x = np.array([h.x for h in found], dtype=float)
    t_x = np.array([(h.last - h.first).days for h in found], dtype=float)
    T = np.array([(as_of - h.first).days for h in found], dtype=float)
    repeat_buyers = int(np.sum(x > 0))
    result: LifetimeValues[K] = LifetimeValues(
        as_of, RETENTION, _too_few(repeat_buyers, assumptions), assumptions, [], repeat_buyers,
        {"survival_rate": assumptions.survival_rate})
    if repeat_buyers >= max(assumptions.min_repeat_buyers, 1):
        try:
            p_alive, orders_12m, per_month, values = _fitted(found, x, t_x, T, result)
        except FitFailed as failure:
            result.reason = Message("fit_failed", N_(
                "The {model} fit failed ({reason}): the simple retention model served, each "
                "customer keeping their own order rate and surviving each year with "
                "{survival:.0%} probability."), {"model": failure.model,
                                                 "reason": Term(failure.reason),
                                                 "survival": assumptions.survival_rate})
    if result.model == RETENTION:
        p_alive, orders_12m, per_month, values = _retention(found, T, assumptions)
    months = per_month.shape[1] if per_month.size else 0
    discount = (1.0 + assumptions.discount_rate) ** (-np.arange(1, months + 1) / 12.0)
    clv_revenue = (per_month @ discount) * values if months else np.zeros(len(found))
    for i, h in enumerate(found):
        margin = margins.get(h.customer)
        result.customers.append(CustomerValue(
            h.customer, h.occasions, h.first, h.last, float(p_alive[i]),
            float(orders_12m[i]), float(values[i]), float(clv_revenue[i]), margin,
            float(clv_revenue[i] * margin) if margin is not None else float(clv_revenue[i])))
    result.customers.sort(key=lambda c: -c.clv)
    return result


def _too_few(count: int, assumptions: Assumptions) -> Message:
    return Message("too_few_repeat_buyers", N_(
        "Only {count} customers ordered again after their first order day; fitting BG/NBD "
        "and Gamma-Gamma needs at least {minimum}, below which the likelihood is too flat to "
        "tell how often customers buy and when they leave. The simple retention model "
        "served: each customer keeps their own order rate and survives each year with "
        "{survival:.0%} probability."), {"count": count, "minimum": assumptions.min_repeat_buyers,
                                         "survival": assumptions.survival_rate})


def _month_ends(horizon_years: int) -> Array:
    return np.arange(1, 12 * horizon_years + 1, dtype=np.float64) * DAYS_PER_MONTH


def _fitted(found: list[History[Any]], x: Array, t_x: Array, T: Array,
            result: LifetimeValues[Any]
            ) -> tuple[Array, Array, Array, Array]:
    """BG/NBD and Gamma-Gamma fitted; fills the result's model, params and reason."""
    purchases, log_likelihood = fit_bg_nbd(x, t_x, T)
    mean_repeat = np.array([h.repeat_value / h.x if h.x else 0.0 for h in found])
    spenders = (x > 0) & (mean_repeat > 0)  # an average of 0 has no Gamma density
    spend, _ = fit_gamma_gamma(x[spenders], mean_repeat[spenders])
    with np.errstate(all="ignore"):
        found_arrays = (purchases.p_alive(x, t_x, T),
                        purchases.expected_orders(DAYS_PER_YEAR, x, t_x, T),
                        _fitted_per_month(purchases, x, t_x, T,
                                          result.assumptions.horizon_years),
                        spend.expected_value(x, mean_repeat))
    if not all(np.all(np.isfinite(a)) for a in found_arrays):
        raise FitFailed("BG/NBD", N_("the fitted model gives no finite forecast"))
    result.model, result.log_likelihood = FITTED, log_likelihood
    result.params = {"r": purchases.r, "alpha": purchases.alpha, "a": purchases.a,
                     "b": purchases.b, "time_unit": "day", "p": spend.p, "q": spend.q,
                     "gamma": spend.gamma}
    result.reason = Message("fitted", N_(
        "BG/NBD and Gamma-Gamma fitted by maximum likelihood on {customers} customers, {count} "
        "of whom ordered again after their first order day (at least {minimum} needed)."),
        {"customers": len(found), "count": result.repeat_buyers,
         "minimum": result.assumptions.min_repeat_buyers})
    return found_arrays


def _fitted_per_month(model: BgNbd, x: Array, t_x: Array, T: Array,
                      horizon_years: int) -> Array:
    """Expected purchase occasions in each month of the horizon, one row per customer."""
    cumulative = np.column_stack([np.zeros(len(x))] + [
        model.expected_orders(t, x, t_x, T) for t in _month_ends(horizon_years)])
    return np.diff(cumulative, axis=1)


def _retention(found: list[History[Any]], T: Array, assumptions: Assumptions
               ) -> tuple[Array, Array, Array, Array]:
    """Each customer orders at their own yearly rate (occasions over their years with the firm,
    a year at least) while alive; alive now with s^(years since the last order), and each
    further year with s."""
    s = min(max(assumptions.survival_rate, 1e-9), 1.0)
    since_last = np.array([(T[i] - (h.last - h.first).days) for i, h in enumerate(found)])
    p_alive = s ** (since_last / DAYS_PER_YEAR)
    rate = np.array([h.occasions for h in found], dtype=float) / np.maximum(
        T / DAYS_PER_YEAR, 1.0)
    year_share = 1.0 if s == 1.0 else (s - 1.0) / math.log(s)  # mean of s^u over a year
    orders_12m = rate * p_alive * year_share
    months = np.arange(1, 12 * assumptions.horizon_years + 1) / 12.0
    per_month = np.outer(rate * p_alive / 12.0, s ** months)
    values = np.array([h.value / h.occasions for h in found])
    return p_alive, orders_12m, per_month, values
