"""The firm against the article's benchmarks: concentration, retention, conversion, cycle.

Article figures: the top 20 % of customers give 83 % of profit; the bottom 50 % use 65 % of the
resources (read here as the share of orders handled for them); such customers' yearly survival
is 62 %; new customers' first-order conversion is 12 % today and 28 % is the goal (a new
customer whose first order was a trial converts when a regular order follows within
`trial_conversion_days`); the delivery cycle, order date to the order's last shipment, is 45
days today, 28 the goal.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from core.analysis.dataset import months_before
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import BUCKETS, GROUP_WORDS, LISTS, TIERS
from core.analysis.pyramid import rank_key, round_half_up
from core.collector import collector_paused
from core.rules import Rules

# the article's 62 % retention is also the lifetime value's default yearly survival: one home
BENCHMARKS = {"top20_profit_share": 0.83, "bottom50_order_share": 0.65,
              "retention": Rules.defaults().clv_survival_pct / 100,
              "trial_conversion": 0.12, "trial_conversion_goal": 0.28,
              "delivery_days": 45, "delivery_days_goal": 28}


# The article's groups of customers: the top 20 % (by profit) and the bottom 50 %.
TOP_SHARE, BOTTOM_SHARE = 0.2, 0.5


def measured(c: CustomerMetrics, by_profit: bool) -> float:
    """What a customer is ranked and shared by: its gross profit (none counts as 0), or its
    revenue when the firm's costs are not all known."""
    return (c.gross_profit_12m or 0.0) if by_profit else c.revenue_12m


def share(part: float, total: float) -> float | None:
    """A part's share of a total; none of a total that is not positive: a share of a loss, or
    of nothing, says nothing (the report's top 20 %, the overview's Pareto curve)."""
    return part / total if total > 0 else None


def running_shares(values: Iterable[float]) -> list[float]:
    """The Pareto curve: the running share of the total, largest value first; empty when the
    total is not positive."""
    running = list(itertools.accumulate(sorted(values, reverse=True)))
    total = running[-1] if running else 0.0  # the curve ends on 1.0 exactly
    shares = [share(part, total) for part in running]
    return [s for s in shares if s is not None]


def total_not_positive(values: Iterable[float]) -> bool:
    """Whether the shares are none because the customers' total is not positive though some
    of them count (earning and losing): said so, where all zero (no amount converts) is no
    data."""
    found = list(values)
    return any(found) and math.fsum(found) <= 0


def top_count(customers: int) -> int:
    """Customers in the top 20 %: at least one, rounded half up (the report and the
    overview's Pareto curve count them alike)."""
    return max(1, round_half_up(customers * TOP_SHARE)) if customers else 0


@dataclass
class FirmReport:
    as_of: str
    receipts_date: str
    base_currency: str
    active_customers: int
    prospects: int
    dormant: int
    revenue_12m: float
    gross_profit_12m: float | None
    gross_margin: float | None
    measured_by: str  # gross_profit or revenue
    top20_share: float | None
    bottom50_order_share: float | None
    retention: float | None
    previous_active: int
    trial_customers: int
    trial_conversion: float | None
    delivery_days_median: dict[str, float | None]
    tiers: list[dict[str, Any]]
    open_amount: float
    overdue_amount: float
    disputed_amount: float
    capital_cost: float  # what late money has cost so far (not a yearly figure)
    aging: dict[str, float]
    lists: dict[str, int]
    benchmarks: dict[str, float] = field(default_factory=lambda: dict(BENCHMARKS))
    capital_days: int = 0  # the days it has been late, weighted by the amounts
    small_remainders: float = 0.0
    credit_on_account: float = 0.0
    deposits_held: float = 0.0
    # settled on invoices paid in another currency within the exchange band: beside the cost
    # of late money, what the rates' moves between order and payment cost and gave
    exchange_loss: float = 0.0
    exchange_gain: float = 0.0
    receipts_known: bool = True  # False: no receipt in the window, grades are null
    missing_rates: list[str] = field(default_factory=list)  # currencies without a rate
    tiers_below_band: list[str] = field(default_factory=list)  # a pricing question per tier
    notes: list[dict[str, str]] = field(default_factory=list)  # code and text, warnings first

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def report(analysis: Analysis) -> FirmReport:
    with collector_paused():
        return _report(analysis)


def _report(analysis: Analysis) -> FirmReport:
    active = [c for c in analysis.customers if c.active]
    by_profit = analysis.ranked_by == "gross_profit"
    ranked = sorted(active, key=lambda c: rank_key(c, by_profit)[1:])
    value = [measured(c, by_profit) for c in ranked]
    total_value = math.fsum(value)
    top = top_count(len(ranked))
    bottom = round_half_up(len(ranked) * BOTTOM_SHARE)
    orders_total = sum(c.orders_12m for c in ranked)
    revenue = math.fsum(c.revenue_12m for c in active)
    profit = (math.fsum(c.gross_profit_12m or 0.0 for c in active)
              if active and all(c.gross_profit_12m is not None for c in active) else None)
    retention, previous = _retention(analysis)
    trials, converted = _conversion(analysis)
    return FirmReport(
        as_of=analysis.as_of.isoformat(), receipts_date=analysis.receipts_date.isoformat(),
        base_currency=analysis.base_currency, active_customers=len(active),
        prospects=sum(c.tier == "prospect" for c in analysis.customers),
        dormant=sum(c.tier == "dormant" for c in analysis.customers),
        revenue_12m=round(revenue, 2), gross_profit_12m=None if profit is None else round(
            profit, 2), gross_margin=round(profit / revenue, 4) if profit is not None and revenue
        else None, measured_by=analysis.ranked_by,
        top20_share=None if (top20 := share(math.fsum(value[:top]), total_value)) is None
        else round(top20, 4),
        bottom50_order_share=(round(sum(c.orders_12m for c in ranked[len(ranked) - bottom:])
                                    / orders_total, 4) if orders_total and bottom else None),
        retention=retention, previous_active=previous, trial_customers=trials,
        trial_conversion=round(converted / trials, 4) if trials else None,
        delivery_days_median=_delivery(analysis),
        tiers=[{**asdict(s)} for s in analysis.shape],
        open_amount=round(math.fsum(c.open_amount for c in analysis.customers), 2),
        overdue_amount=round(math.fsum(c.overdue_amount for c in analysis.customers), 2),
        disputed_amount=round(math.fsum(c.disputed_amount for c in analysis.customers), 2),
        capital_cost=round(math.fsum(c.capital_cost for c in analysis.customers), 2),
        aging={b: round(math.fsum(c.aging[b] for c in analysis.customers), 2) for b in BUCKETS},
        lists={name: sum(c.list == name for c in analysis.customers)
               for name in LISTS},
        capital_days=_capital_days(analysis.customers),
        small_remainders=round(math.fsum(c.small_remainders for c in analysis.customers), 2),
        credit_on_account=round(math.fsum(c.credit_on_account for c in analysis.customers), 2),
        deposits_held=round(math.fsum(c.deposits_held for c in analysis.customers), 2),
        exchange_loss=round(math.fsum(c.exchange_loss for c in analysis.customers), 2),
        exchange_gain=round(math.fsum(c.exchange_gain for c in analysis.customers), 2),
        receipts_known=analysis.receipts_known, missing_rates=list(analysis.missing_rates),
        tiers_below_band=[t for t in TIERS if any(
            n.code == "tier_below_band" and n.params["tier"] == GROUP_WORDS[t].name
            for n in analysis.notes)],
        notes=[n.as_json() for n in analysis.notes],
    )


def _capital_days(customers: list[CustomerMetrics]) -> int:
    """Days late money has been late, weighted by the amounts (as each customer's are)."""
    weight = math.fsum(c.capital_cost for c in customers)
    return round(math.fsum(c.capital_cost * c.capital_days for c in customers) / weight
                 ) if weight else 0


def _retention(analysis: Analysis) -> tuple[float | None, int]:
    """Customers active in the window before who are still active in this one."""
    months = analysis.rules.window_months
    start = months_before(analysis.as_of, months)
    before = months_before(analysis.as_of, 2 * months)
    previous = {o.customer_id for o in analysis.orders
                if o.valid and before < o.order_date <= start}
    current = {o.customer_id for o in analysis.orders if o.valid and start < o.order_date}
    if not previous:
        return None, 0
    return round(len(previous & current) / len(previous), 4), len(previous)


def _conversion(analysis: Analysis) -> tuple[int, int]:
    """New customers whose first order (in the window) was a trial, and those of them whose
    regular order followed within `trial_conversion_days` of it."""
    days = analysis.rules.trial_conversion_days
    first: dict[int, Any] = {}  # each customer's earliest order by (date, id), in one pass
    for o in analysis.orders:
        if o.cancelled or o.credit_note:
            continue
        known = first.get(o.customer_id)
        if known is None or (o.order_date, o.order_id) < (known.order_date, known.order_id):
            first[o.customer_id] = o
    trials = {customer: o.order_date for customer, o in first.items()
              if o.trial and analysis.window_start < o.order_date <= analysis.as_of}
    converted = {o.customer_id for o in analysis.orders
                 if o.valid and o.customer_id in trials
                 and 0 <= (o.order_date - trials[o.customer_id]).days <= days}
    return len(trials), len(converted)


def _delivery(analysis: Analysis) -> dict[str, float | None]:
    """Median days from order to the last shipment of the window's valid orders, per tier
    (an order shipped in lots is delivered when its last lot leaves: one with a lot not
    shipped by A, or shipping after it, is not delivered yet)."""
    tier_of = {c.customer_id: c.tier for c in analysis.customers}
    waiting = {r.order_id for c in analysis.customers for r in c.receivables
               if not r.shipped and r.amount > 0}
    days: dict[str, list[int]] = {t: [] for t in (*TIERS, "all")}
    for o in analysis.orders:
        if (o.valid and o.last_ship_date and analysis.window_start < o.order_date
                and o.order_id not in waiting):
            gap = (o.last_ship_date - o.order_date).days
            days["all"].append(gap)
            if tier_of.get(o.customer_id) in days:
                days[tier_of[o.customer_id]].append(gap)
    return {t: (statistics.median(v) if v else None) for t, v in days.items()}
