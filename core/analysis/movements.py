"""Who moved between tiers from one month end to the next, and why, from the snapshots.

A move is a change of group (a pyramid tier, prospect or dormant) between two snapshots:
**new** (not a customer at the earlier date, or a prospect whose first valid order put it in
the pyramid), **lost** (fell dormant: no valid order in the window), **back** (dormant, then
ordering again), **up** and **down** (between pyramid tiers). Its reasons compare the two
snapshots' R, F, M and T verdicts with the figures behind them; a move with every criterion
unchanged is the pyramid's relative ranking at work (others grew, or the number of places
changed), and its reason says so with the ranks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.analysis import snapshots
from core.analysis.dataset import months_before
from core.analysis.kept_rows import KeptRows
from core.analysis.model import Analysis
from core.analysis.names import GROUP_RANK, GROUPS, MOVES, TIERS
from core.analysis.snapshots import CRITERIA, CustomerSnapshot, Snapshot, month_end
from core.collector import collector_paused
from core.i18n import N_, clauses, listed, tr
from core.messages import Message
from core.overrides import never_ordered
from core.progress import Steps
from core.rules import Rules, load_rules

KINDS = MOVES
MARKS = {True: "✓", False: "✗", None: "?"}
# while last month's snapshot is checked (a read of every line), and analysed if stale
CHECKING = N_("Checking last month's figures")


@dataclass(frozen=True)
class Move:
    month_end: date  # the later of the two dates compared
    since: date  # the earlier one
    kind: str  # one of KINDS
    before: CustomerSnapshot | None  # None: not a customer yet
    after: CustomerSnapshot
    changed: tuple[str, ...]  # the criteria whose verdict changed: ("f", "m")
    reasons: tuple[Message, ...]

    @property
    def customer(self) -> str:
        return self.after.customer

    @property
    def customer_id(self) -> int:
        return self.after.customer_id

    @property
    def from_group(self) -> str | None:
        return self.before.tier if self.before else None

    @property
    def to_group(self) -> str:
        return self.after.tier


@dataclass(frozen=True)
class Period:
    """Two snapshots compared: the counts at the later date and every move into it."""

    month_end: date
    since: date | None  # None: the first month in the data, everyone is new
    counts: dict[str, int]
    moves: list[Move]
    counts_before: dict[str, int] | None = None
    # every customer's (group before, group now), stays included: what a flow chart draws
    flows: dict[tuple[str | None, str], int] = field(default_factory=dict)

    @property
    def month(self) -> str:
        return self.month_end.strftime("%Y-%m")

    def kind_counts(self) -> dict[str, int]:
        return {kind: sum(m.kind == kind for m in self.moves) for kind in KINDS}

    def groups(self) -> list[tuple[str | None, str, list[Move]]]:
        """Moves gathered by (from, to), in the pyramid's order: new ones first."""
        found: dict[tuple[str | None, str], list[Move]] = {}
        for move in self.moves:
            found.setdefault((move.from_group, move.to_group), []).append(move)
        return [(a, b, found[(a, b)]) for a, b in sorted(found, key=_pair_rank)]


def _pair_rank(pair: tuple[str | None, str]) -> tuple[int, int]:
    return (-1 if pair[0] is None else GROUP_RANK[pair[0]], GROUP_RANK[pair[1]])


def kind_of(before: str | None, after: str) -> str | None:
    """The kind of a change of group; None when the group is the same."""
    if before == after:
        return None
    if before is None or before == "prospect" and after in TIERS:
        return "new"
    if after == "dormant":
        return "lost"
    if before == "dormant":
        return "back"
    if before in TIERS and after in TIERS:
        return "up" if TIERS.index(after) < TIERS.index(before) else "down"
    return "down"


def counts(snapshot: Snapshot) -> dict[str, int]:
    found = dict.fromkeys(GROUPS, 0)
    for c in snapshot.customers.values():
        found[c.tier] += 1
    return found


def compare(before: Snapshot | None, after: Snapshot, rules: Rules,
            unordered: frozenset[int] = frozenset()) -> Period:
    """Every customer whose group differs between two snapshots, with the reasons. A customer
    with no valid order yet (only cancelled orders or credit notes) shows as dormant in the
    counts but is no one's move until it orders. So is one of `unordered`, kept without any
    order for what was set on it by hand (a payer whose 代付 slips moved, pay40): a prospect
    in every month end's counts, it read "(new) → prospect, first orders are trials" at the
    first month of the data, whenever its limit was set (win41)."""
    earlier = before.customers if before else {}
    actives = (_active(before), _active(after))
    moves = []
    flows: dict[tuple[str | None, str], int] = {}
    for customer_id, now in after.customers.items():
        then = earlier.get(customer_id)
        drawn = (then.tier if then else None, now.tier)  # the counts' own groups
        flows[drawn] = flows.get(drawn, 0) + 1
        if then is not None and then.tier == "dormant" and then.last_order_date is None:
            then = None  # only cancelled orders or credit notes so far: not a customer yet
        kind = kind_of(then.tier if then else None, now.tier)
        if kind is None or then is None and now.tier == "dormant" or customer_id in unordered:
            continue
        changed = tuple(code for code in CRITERIA  # before its first order, nothing passed
                        if (then.passed(code) if then else False) != now.passed(code))
        moves.append(Move(after.month_end, before.month_end if before else after.month_end,
                          kind, then, now, changed,
                          tuple(_reasons(kind, then, now, changed, (before, after), actives,
                                         rules))))
    moves.sort(key=lambda m: (_pair_rank((m.from_group, m.to_group)), m.customer.casefold()))
    return Period(after.month_end, before.month_end if before else None, counts(after), moves,
                  counts(before) if before else None, flows)


def history(snapshots: dict[date, Snapshot], rules: Rules) -> list[Period]:
    """Each month end against the one before it (the first against nothing)."""
    ends = sorted(snapshots)
    return [compare(snapshots[ends[i - 1]] if i else None, snapshots[end], rules)
            for i, end in enumerate(ends)]


def year_back(end: date) -> date:
    """The month end twelve months before a month end."""
    return month_end(months_before(end, 12))


@dataclass(frozen=True)
class History:
    periods: list[Period]  # each month end shown against the one before it
    year: Period | None  # the last month end shown against twelve months before, if in the data


def over_months(conn: sqlite3.Connection, first: date | None = None, last: date | None = None,
                steps: Steps | None = None, today: date | None = None) -> History:
    """Moves month by month between two month ends (default: all the data), computing only the
    snapshots they need: those shown, the month before the first, twelve months before the
    last."""
    ends = snapshots.month_ends(conn, today)
    shown = [e for e in ends if (first is None or e >= month_end(first))
             and (last is None or e <= month_end(last))]
    if not shown:
        return History([], None)
    before = {e: ends[i - 1] for i, e in enumerate(ends) if i}
    back = year_back(shown[-1])
    needed = set(shown) | {before[e] for e in shown[:1] if e in before}
    if back in ends:
        needed.add(back)
    snapshots.store_missing(conn, sorted(needed), steps, today)
    rules, unordered = load_rules(conn), never_ordered(conn)
    # a pair at a time: every customer of every month end at once would be millions of rows
    with collector_paused():  # plain rows by the million, none in a cycle
        previous = _one(conn, before[shown[0]]) if shown[0] in before else None
        periods = []
        for end in shown:
            now = _one(conn, end)
            periods.append(compare(previous, now, rules, unordered))
            previous = now
        # the last month end shown (`now`, read last) against twelve months before it
        year = compare(_one(conn, back), now, rules, unordered) if back in needed else None
    return History(periods, year)


def _one(conn: sqlite3.Connection, end: date) -> Snapshot:
    return snapshots.read(conn, [end])[end]


@dataclass(frozen=True)
class LastMonth:
    """The snapshot of the month end before an as-of date (None: no data then). The export
    reads it before it analyses, so that checking it (every ledger row's events) and the
    analysis are never held in memory at once."""

    month_end: date
    snapshot: Snapshot | None


def last_month(conn: sqlite3.Connection, as_of: date, steps: Steps | None = None,
               latest: date | None = None, kept: KeptRows | None = None) -> LastMonth:
    """The previous month end's snapshot, computed if missing or stale; `latest`: the latest
    date in the data, when the caller has read it (:func:`snapshots.month_ends`); `kept`: the
    window's lines, cut for that analysis instead of read again (:func:`run.analyser`)."""
    since = snapshots.previous_month_end(as_of)
    steps = steps or Steps(None, None)
    steps.report(0.0, tr(CHECKING))  # its fingerprints' read first (~1.5 s at 100,000 lines)
    return LastMonth(since, snapshots.ensure(conn, [since], steps, latest=latest,
                                             kept=kept).get(since))


def this_month(conn: sqlite3.Connection, analysis: Analysis, steps: Steps | None = None,
               known: LastMonth | None = None, kept: KeptRows | None = None) -> Period:
    """The analysis against the previous month end: who moved this month, and why. Only that
    month end's snapshot is needed: `known` when it was read already for this as-of date;
    `kept` as for :func:`last_month`. A payer kept without orders (pay40) needs no `unordered`
    here, as :func:`history` does at its first month: that snapshot is computed even before
    the data's first month, and such a payer is a prospect in it as in every analysis (win42)."""
    if known is None or known.month_end != snapshots.previous_month_end(analysis.as_of):
        known = last_month(conn, analysis.as_of, steps, kept=kept)
    return compare(known.snapshot, snapshots.of_analysis(analysis), analysis.rules)


def _moves_json(period: Period) -> list[dict[str, Any]]:
    return [{"from": a, "to": b, "count": len(moves),
             "customers": sorted((m.customer for m in moves), key=str.casefold)}
            for a, b, moves in period.groups()]


def history_json(found: History) -> dict[str, Any]:
    """`movements --json`: one entry a month end, plus the twelve-month comparison and the
    kinds of move a month."""
    year = found.year
    return {
        "months": [{"month": p.month, "counts": p.counts, "moves": _moves_json(p)}
                   for p in found.periods],
        "kinds": {p.month: p.kind_counts() for p in found.periods},
        "twelve_months": None if year is None or year.since is None else {
            "from_month": year.since.strftime("%Y-%m"), "to_month": year.month,
            "counts_before": year.counts_before, "counts": year.counts,
            "kinds": year.kind_counts(), "moves": _moves_json(year)},
    }


# --- reasons --------------------------------------------------------------------------------

def _active(snapshot: Snapshot | None) -> int:
    if snapshot is None:
        return 0
    return sum(1 for c in snapshot.customers.values() if c.tier in TIERS)


def _reasons(kind: str, then: CustomerSnapshot | None, now: CustomerSnapshot,
             changed: tuple[str, ...], pair: tuple[Snapshot | None, Snapshot],
             actives: tuple[int, int], rules: Rules) -> Iterable[Message]:
    last = now.last_order_date.isoformat() if now.last_order_date else "—"
    if kind == "new" and now.tier == "prospect":
        yield Message("move_trial", N_("first orders are trials"))
    elif kind == "new":
        yield Message("move_first_order", N_("first valid order (latest on {date})"),
                      {"date": last})
    elif kind == "lost":
        yield Message("move_lost", N_("no valid order in the window (last on {date})"),
                      {"date": last})
    elif kind == "back":
        yield Message("move_back", N_("ordering again (latest on {date}) after a dormant "
                                      "spell"), {"date": last})
    if then is None or kind not in ("up", "down"):
        return
    for code in changed:
        if code != "r":
            yield _criterion(code, then, now, pair, rules)
    ranks = {"passed": now.criteria_passed, "before": then.rank or "—",
             "after": now.rank or "—", "active_before": actives[0], "active": actives[1]}
    if now.pinned_tier and now.pinned_tier == now.tier:
        yield Message("move_pinned", N_("pinned to this tier by hand"))
    elif not changed:
        yield Message("move_ranked", N_(
            "criteria unchanged ({passed} of 4): ranked {before} of {active_before} active "
            "customers, now {after} of {active}; a tier's places follow the number of active "
            "customers and their ranking"), ranks)
    elif not (now.criteria_passed > then.criteria_passed if kind == "up"
              else now.criteria_passed < then.criteria_passed):
        # the verdicts that changed do not move it this way (a criterion gained, yet down):
        # the ranking did, and the reason says so beside them
        yield Message("move_ranked_despite", N_(
            "criteria passed {passed_before} → {passed} of 4, yet ranked {before} of "
            "{active_before} active customers, now {after} of {active}; a tier's places "
            "follow the number of active customers and their ranking"),
            {**ranks, "passed_before": then.criteria_passed})


def _criterion(code: str, then: CustomerSnapshot, now: CustomerSnapshot,
               pair: tuple[Snapshot | None, Snapshot], rules: Rules) -> Message:
    marks = f"{code.upper()} {MARKS[then.passed(code)]}→{MARKS[now.passed(code)]}"
    texts: dict[str, Callable[[], Message]] = {
        "f": lambda: Message("move_f", N_("{marks}: {before} → {after} valid orders in the "
                                          "window (needs {needed})"),
                             {"marks": marks, "before": then.orders_12m,
                              "after": now.orders_12m, "needed": rules.f_min_orders}),
        "m": lambda: Message("move_m", N_(
            "{marks}: average order {before:,.0f} against {needed_before:,.0f}, now "
            "{after:,.0f} against {needed:,.0f}"),
            {"marks": marks, "before": then.avg_order_12m, "after": now.avg_order_12m,
             "needed_before": pair[0].m_threshold if pair[0] else 0.0,
             "needed": pair[1].m_threshold}),
        "t": lambda: Message("move_t", N_("{marks}: {before} → {after} of orders on accepted "
                                          "Incoterms (needs {needed:.0%})"),
                             {"marks": marks, "before": _share(then.t_share),
                              "after": _share(now.t_share), "needed": rules.t_min_share}),
    }
    return texts[code]()


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def changed_text(move: Move) -> str:
    """'F, M' ('F、M' in Chinese): the criteria whose verdict changed, as a column shows them."""
    return listed([code.upper() for code in move.changed])


def reasons_text(move: Move) -> str:
    """Why a customer moved, its reasons in one cell joined as each language joins clauses:
    "; " in a Chinese cell read as a slip (core.i18n.clauses, the printed lists' joiner)."""
    return clauses([m.text for m in move.reasons])
