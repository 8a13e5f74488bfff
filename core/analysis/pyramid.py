"""Filling the pyramid: ranked active customers into strategic, core and long tail.

Ranking: criteria passed, then gross profit in the window when every active customer has cost
data (revenue otherwise, for all alike) or, where the firm ranks by it (rank_by = clv), the
discounted lifetime value, then revenue, then name. Tier caps are cumulative and
rounded half up: with n active customers strategic takes at most round(n × 20 %), strategic and
core together round(n × 50 %), at least one strategic place as long as n ≥ 1. A customer below
a tier's minimum criteria drops to the next tier. Pinned customers keep their tier and use its
places first.
"""

from __future__ import annotations

import math
from datetime import date
from itertools import groupby

from core.analysis.model import CustomerMetrics, TierShape
from core.analysis.names import TIERS
from core.rules import Rules

# The article's gross-margin band per tier, as fractions.
ARTICLE_BANDS = {"strategic": (0.35, 0.45), "core": (0.25, 0.30), "long_tail": (0.15, 0.20)}


def band_span(band: tuple[float, float]) -> str:
    """'35–45': a margin band in whole percents, as the article writes it."""
    low, high = band
    return f"{low * 100:.0f}–{high * 100:.0f}"


def article_bands_text() -> str:
    """'35–45 / 25–30 / 15–20', best tier first: the bands the settings offer, said from the
    figures the analysis uses, so the words cannot drift from the rule."""
    return " / ".join(band_span(ARTICLE_BANDS[tier]) for tier in TIERS)


def round_half_up(value: float) -> int:
    return int(math.floor(value + 0.5 + 1e-9))


def caps(active: int, rules: Rules) -> dict[str, int]:
    """Places per tier for `active` customers, by shares or fixed counts."""
    if active == 0:
        return {"strategic": 0, "core": 0, "long_tail": 0}
    if rules.tier_caps == "count":
        strategic = min(active, rules.strategic_count)
        core = min(active - strategic, rules.core_count)
    else:
        strategic = max(1, round_half_up(active * rules.strategic_share))
        strategic = min(strategic, active)
        both = round_half_up(active * (rules.strategic_share + rules.core_share))
        core = max(0, min(active, both) - strategic)
    return {"strategic": strategic, "core": core, "long_tail": active - strategic - core}


def rank_key(c: CustomerMetrics, by_profit: bool, by_clv: bool = False
             ) -> tuple[int, float, float, int, str, int]:
    """Criteria passed, the ranking figure; a tie goes to the larger revenue, then to the
    older customer (the first order date), then by name."""
    profit = (c.gross_profit_12m or 0.0) if by_profit else c.revenue_12m
    metric = (c.clv or 0.0) if by_clv else profit
    first = (c.first_order_date or date.max).toordinal()
    return (-c.criteria_passed, -round(metric, 2), -round(c.revenue_12m, 2), first,
            c.customer.casefold(), c.customer_id)


def assign(active: list[CustomerMetrics], rules: Rules, by_profit: bool, by_clv: bool = False
           ) -> None:
    """Set tier, rank and tier rank on every active customer (by lifetime value within the
    criteria passed where `by_clv`: the customers' values must be attached)."""
    ranked = sorted(active, key=lambda c: rank_key(c, by_profit, by_clv))
    places = caps(len(ranked), rules)
    for c in ranked:
        if c.pinned_tier in places:
            c.tier = c.pinned_tier
            places[c.pinned_tier] -= 1
    for number, c in enumerate(ranked, start=1):
        c.rank = number
        if c.pinned_tier in TIERS:
            continue
        for tier in TIERS:
            if tier == "long_tail" or (places[tier] > 0
                                       and c.criteria_passed >= rules.min_criteria(tier)):
                c.tier = tier
                places[tier] -= 1
                break
    for tier in TIERS:
        members = [c for c in ranked if c.tier == tier]
        for number, c in enumerate(members, start=1):
            c.tier_rank = number
    _mark_ties(ranked, by_profit, by_clv)


def _mark_ties(ranked: list[CustomerMetrics], by_profit: bool, by_clv: bool) -> None:
    """Customers level on criteria and the ranking figure that a tier boundary splits: the
    tie was broken (revenue, then the first order date), and the owner should know."""
    for _, group in groupby(ranked, key=lambda c: rank_key(c, by_profit, by_clv)[:2]):
        level = list(group)
        split = len({c.tier for c in level}) > 1
        for c in level:
            c.tie_broken = split


def upgrade_target(c: CustomerMetrics, rules: Rules) -> str | None:
    """The tier above that the customer is exactly one criterion short of."""
    above = {"long_tail": "core", "core": "strategic"}.get(c.tier)
    if above is None:
        return None
    return above if c.criteria_passed == rules.min_criteria(above) - 1 else None


def quantile(ordered: list[float], share: float) -> float:
    """The value `share` of the way through sorted values (the nearest rank)."""
    return ordered[round(share * (len(ordered) - 1))]


def margin_bands(active: list[CustomerMetrics], rules: Rules
                 ) -> dict[str, tuple[float, float]]:
    """Each tier's margin band: the article's, or the firm's own quartiles (the article's
    while fewer than four customers have a margin to rank)."""
    if rules.margin_bands == "article":
        return ARTICLE_BANDS
    margins = sorted(c.gross_margin for c in active if c.gross_margin is not None)
    if len(margins) < 4:
        return ARTICLE_BANDS
    q1, q2, q3 = (quantile(margins, p) for p in (0.25, 0.5, 0.75))
    return {"strategic": (q3, max(margins[-1], q3)), "core": (q2, q3), "long_tail": (q1, q2)}


def shape(active: list[CustomerMetrics], rules: Rules) -> list[TierShape]:
    """The actual pyramid against the target: the diagnosis the user came for."""
    total = len(active)
    places = caps(total, rules)
    revenue = math.fsum(c.revenue_12m for c in active)
    profit_known = all(c.gross_profit_12m is not None for c in active) and bool(active)
    profit = math.fsum(c.gross_profit_12m or 0.0 for c in active) if profit_known else None
    targets = rules.target_shares()
    result = []
    for tier in TIERS:
        members = [c for c in active if c.tier == tier]
        tier_revenue = math.fsum(c.revenue_12m for c in members)
        tier_profit = (math.fsum(c.gross_profit_12m or 0.0 for c in members)
                       if profit_known else None)
        result.append(TierShape(
            tier, len(members), len(members) / total if total else 0.0, targets[tier],
            places[tier], tier_revenue, tier_revenue / revenue if revenue else 0.0,
            # a share of a total that is not positive is no share (the firm report's too)
            tier_profit, tier_profit / profit if tier_profit is not None and profit
            and profit > 0 else None,
            (tier_profit / tier_revenue if tier_revenue and tier_profit is not None else None)))
    return result
