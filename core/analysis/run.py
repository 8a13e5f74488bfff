"""One analysis at an as-of date: every customer's tier, risk grade and list, and the shape.

The same function serves the command line, the app's worker thread and the exports. It reads
the store once and computes in memory; a 20,000-customer firm takes seconds.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from core.analysis import credit_groups, lists, pyramid, rfmt, risk, value
from core.analysis.account_ledger import Ledger
from core.analysis.alike_credit import credit_beside, say_credit_beside
from core.analysis.booked_past import lone_note, reached
from core.analysis.credit import apply as apply_credit
from core.analysis.customer_rows import read_customers
from core.analysis.customers import gather
from core.analysis.dataset import (
    CustomerRow,
    Dataset,
    Money,
    ShipmentRow,
    default_as_of,
    group_by_customer,
    later_orders_paid,
    months_before,
)
from core.analysis.fetch import Fetched, cut, fetch, too_many_to_keep
from core.analysis.kept_reading import KeptReading
from core.analysis.kept_rows import KeptRows
from core.analysis.margins import flag_margins
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.moved_away import moved_away
from core.analysis.names import GROUP_RANK, GROUP_WORDS
from core.analysis.notes import notes
from core.analysis.reading import build
from core.collector import collector_paused
from core.i18n import N_
from core.ledger.terms import RUNG_RANK
from core.ledger.unread_money import unread_money
from core.messages import Message, Term
from core.overrides import Overrides, load_overrides
from core.progress import Steps
from core.rates import Rates
from core.rules import Rules, load_rules

# orders gathered between two looks at the cancel check: at every 500th customer, a date
# typed (or any request stopping the window's step before its restructuring export) waited
# up to 0.7 s at 100,000 orders for the next one, the biggest customers coming first
CHECK_EVERY = 2000


def analyse(conn: sqlite3.Connection, as_of: date | None = None, steps: Steps | None = None,
            today: date | None = None, lifetime: bool = False,
            kept: KeptRows | None = None) -> Analysis:
    """Every customer's place, risk and list as of A (default: the latest date in the data);
    lifetime values too when asked (`lifetime`) or when the tiers are ranked by them. `kept`:
    the window's lines from its last analysis, reused when the database is unchanged."""
    with collector_paused():
        source = kept.source(conn, Source.read) if kept is not None else Source.read(conn)
        as_of = as_of or default_as_of(conn, today) or (today or date.today())
        fetched, reading = kept.cut(conn, as_of) if kept is not None else (
            fetch(conn, as_of), None)
        return _analyse(conn, source, fetched, as_of, steps or Steps(None, None), lifetime,
                        reading)


def analyser(conn: sqlite3.Connection, last: date, keep: bool = True,
             kept: KeptRows | None = None) -> Callable[[date, Steps], Analysis]:
    """Analyses as of any day up to `last` from one read of the store: a run over many month
    ends (the snapshots) fetches the ledger once and cuts it at each date, which gives what
    :func:`analyse` at that date gives. Without `keep` (one month end), or for a ledger too big
    to keep (:func:`fetch.too_many_to_keep`), each analysis reads its own lines as it goes:
    a million lines held beside their analysis would take its memory past a gigabyte.
    `kept`: the window's lines (its restructuring export's month end), cut instead of read
    again while the database is unchanged (a fetch is about a third of an analysis), with the
    source it keeps (its kept reading holds for one `Rates`)."""
    source = kept.source(conn, Source.read) if kept is not None else Source.read(conn)
    keep = kept is None and keep and not too_many_to_keep(conn)
    fetched = fetch(conn, last, keep=True, shared=True) if keep else None

    def at(as_of: date, steps: Steps) -> Analysis:
        with collector_paused():
            reading = None
            if fetched is not None:
                rows = cut(fetched, as_of)
            elif kept is not None:
                rows, reading = kept.cut(conn, as_of)
            else:
                rows = fetch(conn, as_of)
            return _analyse(conn, source, rows, as_of, steps, False, reading)

    return at


@dataclass(frozen=True)
class Source:
    """What an analysis reads beside the order lines, at any date: rules, corrections, rates
    and the customers."""

    rules: Rules
    overrides: Overrides
    rates: Rates
    customers: dict[int, CustomerRow]

    @classmethod
    def read(cls, conn: sqlite3.Connection) -> Source:
        rules, overrides = load_rules(conn), load_overrides(conn)
        return cls(rules, overrides, Rates(conn, rules.base_currency),
                   read_customers(conn, overrides.merged_into, overrides.excluded))


def receipts_to(conn: sqlite3.Connection, data: Dataset, as_of: date, rules: Rules) -> date:
    """R, the day overdue days count to: the receipts date set, else the latest receipt in
    the data, at A at the latest. No receipt in the window: nothing is known paid, so A. A
    ledger booked past A has every receipt up to A, so A too: counted to the last receipt
    before A, an as-of date between two receipts (05-01, the one before 04-20) made an invoice
    due 04-19 1 day late, not 12. Booked past A takes more than one receipt after it
    (core.analysis.booked_past): one typo'd date (07-12 for 05-12) put good buyers on the
    black list; an order dated after A with money after it is enough (later_orders_paid), and
    one receipt among the ledger's other dates (booked_past.reached). A
    receipts date set after an A looked back to is no date any figure is counted to, and
    shown, it said "receipts booked to December" over June's figures (the notes name the
    setting: receipts_after_as_of)."""
    latest = data.latest_receipt if data.has_receipts else None
    if latest is not None and latest < as_of and rules.receipts_date is None and (
            booked_past(conn, data) or later_orders_paid(conn, as_of)):
        latest = as_of
    return min(as_of, rules.receipts_date or latest or as_of)


def booked_past(conn: sqlite3.Connection, data: Dataset) -> bool:
    """Whether the lines read show the ledger booked past A (booked_past.After): more than
    one receipt, or one among the ledger's later dates."""
    after = data.booked_after
    return after is not None and (after.proven or after.lone and after.day is not None
                                  and reached(conn, after.day))


def _analyse(conn: sqlite3.Connection, source: Source, fetched: Fetched, as_of: date,
             steps: Steps, lifetime: bool, reading: KeptReading | None = None) -> Analysis:
    """`reading`: what the reading made of the kept lines before (kept_rows.KeptRows.cut)."""
    rules, overrides, rates = source.rules, source.overrides, source.rates
    data = build(fetched, as_of, rules, rates, source.customers, overrides.merged_into,
                 overrides.excluded, steps.cancel, reading)
    steps.report(0.3)
    base = data.base
    usd_factor = rates.factor("USD", as_of)
    usd_to_base = usd_factor or 1.0  # a base without a rate is named below, never silent
    receipts = receipts_to(conn, data, as_of, rules)
    ledger = Ledger(as_of, receipts, rules, rates)
    orders = group_by_customer(data.orders)
    units: dict[int, list[ShipmentRow]] = defaultdict(list)
    moving: list[ShipmentRow] = []  # rows whose note moves money in from another order
    for unit in data.shipments:
        units[unit.order.customer_id].append(unit)
        if unit.moved_in is not None:
            moving.append(unit)
    away = moved_away(units, moving) if moving else {}  # ... of another buyer's, by buyer
    data.shipments = []  # each customer's go once its account is made: a lower peak
    credits: dict[int, list[Money]] = defaultdict(list)
    for customer_id, credit in data.credits:
        credits[customer_id].append(credit)
    gathered = []
    priced: list[float] = []  # the valid orders' net amounts in W: M's benchmark averages them
    unchecked = 0  # orders gathered since the last look at the cancel check
    seen = 0  # orders gathered in all
    for number, (customer_id, info) in enumerate(data.customers.items()):
        mine = orders.get(customer_id, [])
        unchecked += len(mine)
        seen += len(mine)
        if unchecked >= CHECK_EVERY:
            unchecked = 0
            steps.report(0.3 + 0.5 * number / max(len(data.customers), 1))
        if not mine and customer_id not in overrides.kept:
            continue
        project = customer_id in overrides.project
        gathered.append(gather(info, mine, units.pop(customer_id, []), credits[customer_id],
                               ledger, project, priced, away.get(customer_id, ())))
    if seen != len(data.orders):  # an order of no customer shown: the benchmark counts it
        priced = rfmt.benchmark_orders(data.orders, months_before(as_of, rules.window_months),
                                       as_of)
    benchmark = _benchmark(priced, rules, usd_to_base)
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
    customers = [c for c, _, _ in gathered]
    valued = (value.attach(conn, as_of, rules, data.orders, customers)
              if lifetime or rules.rank_by == value.RANK_BY_CLV else None)
    by_profit = bool(active) and all(c.gross_profit_12m is not None for c in active)
    pyramid.assign(active, rules, by_profit, by_clv=valued is not None
                   and rules.rank_by == value.RANK_BY_CLV)
    tier_notes = _bands_and_flags(active, rules)
    if valued is not None and rules.rank_by == value.RANK_BY_CLV:
        tier_notes.append(value.ranking_note(valued))
    apply_credit(customers, data.customers, overrides, rules, rates, as_of)
    steps.report(0.9)
    own: dict[int, Message | None] = {}
    for c in customers:
        risk.score(c, rules, usd_to_base, base, data.has_receipts)
        own[c.customer_id] = (lists.mark_stop_loss(c, rules, usd_to_base, base)
                              if data.has_receipts else None)
    groups = credit_groups.judge(customers, rules, usd_to_base, base, data.has_receipts)
    beside = credit_beside(conn, customers)  # AL NOOR's debt, its full name's credit (fix59i)
    for c in customers:
        verdict = groups.get(c.customer_id) or credit_groups.Verdict()
        lists.assign_list(c, verdict.black or own[c.customer_id], rules, data.has_receipts,
                          verdict.watch)
        say_credit_beside(c, beside, base)
        _hold_while_listed(c)
        c.spared = lists.spared(c, rules, usd_to_base, base) if data.has_receipts else None
    customers.sort(key=lambda c: (GROUP_RANK[c.tier], c.rank or 0, -c.revenue_12m,
                                  c.customer.casefold()))
    steps.report(1.0)
    stray = [found] if (found := lone_note(data.booked_after, as_of, receipts, {
        number: row.name for number, row in data.customers.items()})) else []
    missing = sorted({code for c in customers for code in c.missing_rates}
                     | (set() if usd_factor else {base}))
    return Analysis(as_of=as_of, receipts_date=receipts, base_currency=base, rules=rules,
                    window_start=months_before(as_of, rules.window_months),
                    customers=customers, m_benchmark=round(benchmark, 2),
                    ranked_by="gross_profit" if by_profit else "revenue",
                    shape=pyramid.shape(active, rules),
                    notes=notes(data, by_profit, active, customers, rules, missing,
                                ledger.estimated, [] if data.has_receipts else unread_money(
                                    conn)) + tier_notes + stray,
                    orders=data.orders, receipts_known=data.has_receipts,
                    missing_rates=missing, lifetime=valued, usd_to_base=usd_to_base)


def _benchmark(values: list[float], rules: Rules, usd_to_base: float) -> float:
    """M's benchmark: a fixed industry figure, or the firm's own average valid order in W
    (`values`: each customer's, gathered with its figures, rfmt.benchmark_orders; fsum is
    exact, so the customers' order is the orders' own)."""
    if rules.m_benchmark_usd > 0:
        return rules.m_benchmark_usd * usd_to_base
    return math.fsum(values) / len(values) if values else 0.0


def _bands_and_flags(active: list[CustomerMetrics], rules: Rules) -> list[Message]:
    notes = flag_margins(active, rules)
    for c in active:
        expected = rules.expected_rung(c.tier)
        c.terms_too_risky = bool(c.main_rung) and RUNG_RANK.get(c.main_rung or "", 0) > RUNG_RANK[
            expected]
        c.upgrade_candidate = pyramid.upgrade_target(c, rules)
    return notes


def _hold_while_listed(c: CustomerMetrics) -> None:
    """One voice: a customer on the black list is not also offered the tier's service plan,
    the referral programme or an upgrade while it stays there; one on the watch list, whose
    payments are being watched, is not put forward for a higher tier either (a sales meeting
    is not told to grow it), though its tier's service goes on. The suggestion is held, not
    dropped unsaid: `upgrade_held` says which tier it was one criterion short of, and why."""
    if c.list == "black":
        c.suspended = Message("suspended_black", N_(
            "Service plan, referral invitation and upgrade suspended while on the black list: "
            "{reason}"), {"reason": c.list_reason})
        c.upgrade_candidate = None
    elif c.list == "watch" and c.upgrade_candidate:
        c.upgrade_held = Message("upgrade_held_watch", N_(
            "One criterion short of {tier}; the upgrade is held while on the watch list: "
            "{reason}"), {"tier": Term(GROUP_WORDS[c.upgrade_candidate].name),
                          "reason": c.list_reason})
        c.upgrade_candidate = None
