"""What a customer's open money is worth by how late it is: the aging buckets, and what the
late money has cost the firm so far.

Kept apart from core.analysis.receivables (what is open, how late), which makes the items
these read; the customers' metrics and the reference analysis read them alike.
"""

from __future__ import annotations

import math
from bisect import bisect_left

from core.analysis.model import Receivable
from core.analysis.names import AGING_LIMITS, BUCKETS
from core.rules import Rules


def bucket(days_overdue: int) -> str:
    """The aging bucket: not due, then up to each of AGING_LIMITS days overdue, then beyond."""
    if days_overdue <= 0:
        return BUCKETS[0]
    return BUCKETS[1 + bisect_left(AGING_LIMITS, days_overdue)]


def aging(items: list[Receivable]) -> dict[str, float]:
    totals = dict.fromkeys(BUCKETS, 0.0)
    for item in items:
        if item.counts:
            totals[bucket(item.days_overdue)] += item.open_base
    return {k: round(v, 2) for k, v in totals.items()}


def capital_cost(items: list[Receivable], rules: Rules) -> tuple[float, int]:
    """What late money has cost so far: Σ open × rate × days past due / 365; and the days it
    has been late on average, weighted by the amounts."""
    rate = rules.capital_rate_pct / 100
    late = [i for i in items if i.overdue and not i.disputed and i.open_base > 0]
    total = math.fsum(i.open_base for i in late)
    cost = math.fsum(i.open_base * rate * i.days_overdue / 365 for i in late)
    days = round(math.fsum(i.open_base * i.days_overdue for i in late) / total) if total else 0
    return cost, days
