"""Filling the pyramid: ranked active customers into strategic, core and long tail.

Ranking: criteria passed, then gross profit in the window when every active customer has cost
data (revenue otherwise, for all alike), then revenue, then name. Tier caps are cumulative and
rounded half up: with n active customers strategic takes at most round(n × 20 %), strategic and
core together round(n × 50 %), at least one strategic place as long as n ≥ 1. A customer below
a tier's minimum criteria drops to the next tier. Pinned customers keep their tier and use its
places first.
"""

from __future__ import annotations

import math
from typing import Any

from core.analysis.model import CustomerMetrics, TierShape
from core.analysis.names import TIERS


def round_half_up(value: float) -> int:
    return int(math.floor(value + 0.5 + 1e-9))


def caps(active: int, rules: dict[str, Any]) -> dict[str, int]:
    """Places per tier for `active` customers, by shares or fixed counts."""
    if active == 0:
        return {"strategic": 0, "core": 0, "long_tail": 0}
    if rules["tier_caps"] == "count":
        strategic = min(active, int(rules["strategic_count"]))
        core = min(active - strategic, int(rules["core_count"]))
    else:
        strategic = max(1, round_half_up(active * rules["strategic_share"]))
        strategic = min(strategic, active)
        both = round_half_up(active * (rules["strategic_share"] + rules["core_share"]))
        core = max(0, min(active, both) - strategic)
    return {"strategic": strategic, "core": core, "long_tail": active - strategic - core}


def rank_key(c: CustomerMetrics, by_profit: bool) -> tuple:
    metric = (c.gross_profit_12m or 0.0) if by_profit else c.revenue_12m
    return (-c.criteria_passed, -round(metric, 2), -round(c.revenue_12m, 2), c.customer.casefold(),
            c.customer_id)


def assign(active: list[CustomerMetrics], rules: dict[str, Any], by_profit: bool) -> None:
    """Set tier, rank and tier rank on every active customer."""
    ranked = sorted(active, key=lambda c: rank_key(c, by_profit))
    places = caps(len(ranked), rules)
    minimum = {"strategic": rules["strategic_min_criteria"],
               "core": rules["core_min_criteria"], "long_tail": 0}
    for c in ranked:
        if c.pinned_tier in places:
            c.tier = c.pinned_tier
            places[c.pinned_tier] -= 1
    for number, c in enumerate(ranked, start=1):
        c.rank = number
        if c.pinned_tier in TIERS:
            continue
        for tier in TIERS:
            if tier == "long_tail" or (places[tier] > 0 and c.criteria_passed >= minimum[tier]):
                c.tier = tier
                places[tier] -= 1
                break
    for tier in TIERS:
        members = [c for c in ranked if c.tier == tier]
        for number, c in enumerate(members, start=1):
            c.tier_rank = number


def upgrade_target(c: CustomerMetrics, rules: dict[str, Any]) -> str | None:
    """The tier above that the customer is exactly one criterion short of."""
    above = {"long_tail": "core", "core": "strategic"}.get(c.tier)
    if above is None:
        return None
    needed = rules[f"{above}_min_criteria"]
    return above if c.criteria_passed == needed - 1 else None


def shape(active: list[CustomerMetrics], rules: dict[str, Any]) -> list[TierShape]:
    """The actual pyramid against the target: the diagnosis the user came for."""
    total = len(active)
    places = caps(total, rules)
    revenue = math.fsum(c.revenue_12m for c in active)
    profit_known = all(c.gross_profit_12m is not None for c in active) and bool(active)
    profit = math.fsum(c.gross_profit_12m or 0.0 for c in active) if profit_known else None
    targets = {"strategic": rules["strategic_share"], "core": rules["core_share"],
               "long_tail": max(0.0, 1 - rules["strategic_share"] - rules["core_share"])}
    result = []
    for tier in TIERS:
        members = [c for c in active if c.tier == tier]
        tier_revenue = math.fsum(c.revenue_12m for c in members)
        tier_profit = (math.fsum(c.gross_profit_12m or 0.0 for c in members)
                       if profit_known else None)
        result.append(TierShape(
            tier, len(members), len(members) / total if total else 0.0, targets[tier],
            places[tier], tier_revenue, tier_revenue / revenue if revenue else 0.0,
            tier_profit, (tier_profit / profit if profit else None) if profit_known else None,
            (tier_profit / tier_revenue if tier_revenue and tier_profit is not None else None)))
    return result
