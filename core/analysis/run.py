"""One analysis at an as-of date: every customer's tier, risk grade and list, and the shape.

The same function serves the command line, the app's worker thread and the exports. It reads
the store once and computes in memory; a 20,000-customer firm takes seconds.
"""

from __future__ import annotations

import gc
import math
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from core.analysis import lists, pyramid, rfmt, risk
from core.analysis.customers import gather
from core.analysis.dataset import (
    Dataset,
    ShipmentRow,
    default_as_of,
    group_by_customer,
    load,
    months_before,
)
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import GROUP_RANK, TIERS
from core.i18n import N_
from core.ledger.terms import RUNG_RANK
from core.messages import Message
from core.overrides import load_overrides
from core.progress import Steps
from core.rates import Rates
from core.rules import Rules, load_rules


def analyse(conn: sqlite3.Connection, as_of: date | None = None, steps: Steps | None = None,
            today: date | None = None) -> Analysis:
    """Every customer's place, risk and list as of A (default: the latest date in the data)."""
    with _collector_paused():
        return _analyse(conn, as_of, steps or Steps(None, None), today)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hundreds of thousands of small objects and no cycles: the cyclic collector would only
    walk them again and again (a third of the time on a 20,000-customer firm)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _analyse(conn: sqlite3.Connection, as_of: date | None, steps: Steps, today: date | None
             ) -> Analysis:
    rules = load_rules(conn)
    as_of = as_of or default_as_of(conn, today) or (today or date.today())
    overrides = load_overrides(conn)
    data = load(conn, as_of, rules, overrides.merged_into, overrides.excluded)
    steps.report(0.3)
    base = data.base
    usd_to_base = Rates(conn, base).factor("USD", as_of) or 1.0
    receipts = rules.receipts_date or data.latest_receipt or as_of
    cutoff = min(as_of, receipts)
    orders = group_by_customer(data.orders)
    units: dict[int, list[ShipmentRow]] = {}
    for unit in data.shipments:
        units.setdefault(unit.order.customer_id, []).append(unit)
    gathered = []
    for number, (customer_id, info) in enumerate(data.customers.items()):
        if number % 500 == 0:
            steps.report(0.3 + 0.5 * number / max(len(data.customers), 1))
        mine = orders.get(customer_id, [])
        if not mine:
            continue
        project = customer_id in overrides.project
        gathered.append(gather(info, mine, units.get(customer_id, []), data, rules, cutoff,
                               usd_to_base, project))
    benchmark = _benchmark(data, rules, usd_to_base)
    active = []
    for c, figures, group in gathered:
        c.rfmt = rfmt.criteria(figures, benchmark, rules)
        c.criteria_passed = rfmt.passed(c.rfmt)
        c.pinned_list = overrides.pinned_list.get(c.customer_id)
        c.pinned_tier = overrides.pinned_tier.get(c.customer_id)
        if group == "active":
            active.append(c)
        else:
            c.tier = group
    by_profit = bool(active) and all(c.gross_profit_12m is not None for c in active)
    pyramid.assign(active, rules, by_profit)
    customers = [c for c, _, _ in gathered]
    _bands_and_flags(customers, active, rules)
    for c in customers:
        risk.score(c, rules, usd_to_base, base)
        lists.assign_list(c, lists.mark_stop_loss(c, rules, usd_to_base, base), rules)
    customers.sort(key=lambda c: (GROUP_RANK[c.tier], c.rank or 0, -c.revenue_12m,
                                  c.customer.casefold()))
    steps.report(1.0)
    return Analysis(as_of=as_of, receipts_date=receipts, base_currency=base, rules=rules,
                    window_start=months_before(as_of, rules.window_months),
                    customers=customers, m_benchmark=round(benchmark, 2),
                    ranked_by="gross_profit" if by_profit else "revenue",
                    shape=pyramid.shape(active, rules), notes=_notes(data, by_profit, active),
                    orders=data.orders)


def _benchmark(data: Dataset, rules: Rules, usd_to_base: float) -> float:
    """M's benchmark: a fixed industry figure, or the firm's own average valid order in W."""
    if rules.m_benchmark_usd > 0:
        return rules.m_benchmark_usd * usd_to_base
    start = months_before(data.as_of, rules.window_months)
    values = [o.amount_base for o in data.orders if o.valid and start < o.order_date
              <= data.as_of]
    return math.fsum(values) / len(values) if values else 0.0


def _bands_and_flags(customers: list[CustomerMetrics], active: list[CustomerMetrics],
                     rules: Rules) -> None:
    bands = pyramid.margin_bands(active, rules)
    for c in customers:
        if c.tier not in TIERS:
            continue
        low, high = c.margin_band = bands[c.tier]
        if c.gross_margin is not None:
            c.margin_status = ("below" if c.gross_margin < low - 1e-9 else
                               "above" if c.gross_margin > high + 1e-9 else "within")
            c.reprice = c.margin_status == "below"
        expected = rules.expected_rung(c.tier)
        c.terms_too_risky = bool(c.main_rung) and RUNG_RANK.get(c.main_rung or "", 0) > RUNG_RANK[
            expected]
        c.upgrade_candidate = pyramid.upgrade_target(c, rules)


def _notes(data: Dataset, by_profit: bool, active: list[CustomerMetrics]) -> list[Message]:
    notes = []
    if not data.has_receipts:
        notes.append(Message("no_receipts", N_(
            "The ledger has no received amounts: payment risk and the stop-loss list cannot "
            "be judged. Add a received-amount column (实收金额) to see them.")))
    if active and not by_profit:
        notes.append(Message("ranked_by_revenue", N_(
            "Not every customer has cost or gross profit: customers are ranked by revenue.")))
    if not any(o.incoterm for o in data.orders):
        notes.append(Message("no_incoterms", N_(
            "The ledger has no Incoterms: the T criterion is unknown for every customer.")))
    return notes
