"""Every customer's tier, list and grade at each month end, as the ledger stood on that day.

A snapshot is the ordinary analysis run with the month end as its as-of date (orders and
receipts dated after it are ignored there), cut down to the figures that explain a move. They
are kept in the database because a firm with years of data would otherwise wait for dozens of
analyses each time it looks; each carries a fingerprint of everything its analysis read —
the rules, the overrides, the currency rates, and the ledger rows dated up to that month end
(:mod:`core.analysis.fingerprints`) — so an import that touches an older month, a correction
or a changed setting makes exactly the affected snapshots stale, and they are recomputed the
next time someone asks. The month ends recomputed together share one read of the ledger
(:func:`core.analysis.run.analyser`).
"""

from __future__ import annotations

import calendar
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from core.analysis import fingerprints_seen
from core.analysis.dataset import default_as_of
from core.analysis.file_version import unread_write
from core.analysis.fingerprints import fingerprints
from core.analysis.kept_rows import KeptRows
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import GRADE_UNKNOWN
from core.analysis.run import analyser
from core.collector import collector_paused
from core.i18n import N_, tr
from core.progress import Steps
from core.store import now_text
from core.testpoints import held

CRITERIA = ("r", "f", "m", "t")
WRITING = "snapshot-written"  # a snapshot's rows written, not committed (core.testpoints)


@dataclass(frozen=True, slots=True)
class CustomerSnapshot:
    """One customer at one month end: its verdicts and the figures behind them."""

    customer_id: int
    customer: str
    salesperson: str | None
    tier: str
    rank: int | None
    list: str | None
    grade: str
    criteria: tuple[bool | None, ...]  # R, F, M, T: passed, failed or unknown
    criteria_passed: int
    orders_12m: int
    revenue_12m: float
    gross_profit_12m: float | None
    avg_order_12m: float
    t_share: float | None
    last_order_date: date | None
    max_days_overdue: int
    overdue_amount: float
    pinned_tier: str | None

    def passed(self, code: str) -> bool | None:
        return self.criteria[CRITERIA.index(code)]


@dataclass(frozen=True)
class Snapshot:
    month_end: date
    m_threshold: float  # the M criterion's bar that month: every customer is held to it
    customers: dict[int, CustomerSnapshot]


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def previous_month_end(day: date) -> date:
    """The last day of the month before the one `day` falls in."""
    return date.fromordinal(day.replace(day=1).toordinal() - 1)


def month_ends(conn: sqlite3.Connection, today: date | None = None,
               latest: date | None = None) -> list[date]:
    """The month ends the data spans: from the first order's month to the month of the
    latest date in the data (that month counted to its end, as `customers --as-of` would).
    `latest`: that date, when the caller has read it already (a pass over every line)."""
    first = conn.execute("SELECT MIN(order_date) FROM orders").fetchone()[0]
    last = latest or default_as_of(conn, today)
    if not first or last is None:
        return []
    found, day = [], month_end(date.fromisoformat(first))
    while day <= month_end(last):
        found.append(day)
        day = month_end(date.fromordinal(day.toordinal() + 1))
    return found


def of_customer(c: CustomerMetrics) -> CustomerSnapshot:
    t = c.rfmt.get("t")
    return CustomerSnapshot(
        c.customer_id, c.customer, c.salesperson, c.tier, c.rank, c.list,
        c.risk_grade or GRADE_UNKNOWN,
        tuple(c.rfmt[k].passed if k in c.rfmt else None for k in CRITERIA), c.criteria_passed,
        c.orders_12m, c.revenue_12m, c.gross_profit_12m, c.avg_order_12m,
        None if t is None or t.value is None else float(t.value), c.last_order_date,
        c.max_days_overdue, c.overdue_amount, c.pinned_tier)


def of_analysis(analysis: Analysis) -> Snapshot:
    """The snapshot of an analysis already made (the restructuring workbook's "now")."""
    bar = analysis.rules.m_multiple * analysis.m_benchmark
    return Snapshot(analysis.as_of, bar, {c.customer_id: of_customer(c)
                                          for c in analysis.customers})


# --- the store ------------------------------------------------------------------------------

COLUMNS = ("customer_id", "customer", "salesperson", "tier", "rank", "list", "grade", "r", "f",
           "m", "t", "criteria_passed", "orders_12m", "revenue_12m", "gross_profit_12m",
           "avg_order_12m", "t_share", "last_order_date", "max_days_overdue", "overdue_amount",
           "pinned_tier")


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _unflag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _row(c: CustomerSnapshot) -> tuple[object, ...]:
    return (c.customer_id, c.customer, c.salesperson, c.tier, c.rank, c.list, c.grade,
            *(_flag(v) for v in c.criteria), c.criteria_passed, c.orders_12m, c.revenue_12m,
            c.gross_profit_12m, c.avg_order_12m, c.t_share,
            c.last_order_date.isoformat() if c.last_order_date else None, c.max_days_overdue,
            c.overdue_amount, c.pinned_tier)


def _from_row(row: tuple[Any, ...]) -> CustomerSnapshot:
    """A stored row (in COLUMNS' order, as _row wrote it) back as a snapshot."""
    (customer_id, customer, salesperson, tier, rank, listed, grade, r, f, m, t, passed, orders,
     revenue, profit, average, t_share, last, days, overdue, pinned) = row
    return CustomerSnapshot(customer_id, customer, salesperson, tier, rank, listed, grade,
                            (_unflag(r), _unflag(f), _unflag(m), _unflag(t)), passed, orders,
                            revenue, profit, average, t_share,
                            date.fromisoformat(last) if last else None, days, overdue, pinned)


def _store(conn: sqlite3.Connection, snapshot: Snapshot, fingerprint: str,
           steps: Steps) -> None:
    """One month end's snapshot, whole or not at all: a stop asked while it is written rolls
    it back (the window's idle step gives way so to any request:
    ui.operations.store_last_month, in its own process)."""
    day = snapshot.month_end.isoformat()
    with unread_write(conn):
        conn.execute("DELETE FROM snapshots WHERE month_end = ?", (day,))
        conn.execute("INSERT INTO snapshots(month_end, fingerprint, m_threshold, computed_at) "
                     "VALUES (?, ?, ?, ?)", (day, fingerprint, snapshot.m_threshold, now_text()))
        conn.executemany(
            f"INSERT INTO snapshot_customers(month_end, {', '.join(COLUMNS)}) "
            f"VALUES (?, {', '.join('?' * len(COLUMNS))})",
            [(day, *_row(c)) for c in snapshot.customers.values()])
        held(WRITING, steps.cancel)  # a test holds the write here until it asks a stop
        steps.report(1.0)  # raises Cancelled, before the commit, when asked to stop


def stored_fingerprints(conn: sqlite3.Connection) -> dict[date, str]:
    return {date.fromisoformat(r[0]): r[1]
            for r in conn.execute("SELECT month_end, fingerprint FROM snapshots")}


def read(conn: sqlite3.Connection, ends: Iterable[date]) -> dict[date, Snapshot]:
    """The stored snapshots of these month ends (those not stored are left out)."""
    found: dict[date, Snapshot] = {}
    for end in ends:
        day = end.isoformat()
        head = conn.execute("SELECT m_threshold FROM snapshots WHERE month_end = ?",
                            (day,)).fetchone()
        if head is None:
            continue
        cursor = conn.cursor()
        cursor.row_factory = None  # plain tuples: a firm's every customer, every month
        rows = cursor.execute(f"SELECT {', '.join(COLUMNS)} FROM snapshot_customers "
                              "WHERE month_end = ? ORDER BY customer_id", (day,))
        found[end] = Snapshot(end, head[0] or 0.0, {r[0]: _from_row(r) for r in rows})
    return found


def stale(conn: sqlite3.Connection, ends: list[date] | None = None, today: date | None = None
          ) -> list[date]:
    """The month ends (default: all in the data) whose stored snapshot is missing or out of
    date: what the next :func:`ensure` will analyse."""
    return _check(conn, month_ends(conn, today) if ends is None else sorted(ends))[1]


def current_as_seen(conn: sqlite3.Connection, wanted: list[date]) -> dict[date, str] | None:
    """These month ends' fingerprints when their stored snapshots are current by the
    fingerprints kept for the file as it is now (:mod:`fingerprints_seen`), read without
    working any out; None when that cannot be told so cheaply."""
    stored, seen = stored_fingerprints(conn), fingerprints_seen.seen(conn)
    if all(end in seen and stored.get(end) == seen[end] for end in wanted):
        return {end: seen[end] for end in wanted}
    return None


def _check(conn: sqlite3.Connection, wanted: list[date]) -> tuple[dict[date, str], list[date]]:
    """Today's fingerprints of these month ends, and those whose stored one differs. Those
    worked out while the file was unwritten, and unwritten since, are taken as they are when
    the stored snapshots carry them all (:mod:`fingerprints_seen`)."""
    known = current_as_seen(conn, wanted)
    if known is not None:
        return known, []
    stored = stored_fingerprints(conn)
    before = fingerprints_seen.version(conn)
    current = fingerprints(conn, wanted)
    todo = [end for end in wanted if stored.get(end) != current[end]]
    fingerprints_seen.keep(conn, before, current)  # the snapshots stored next change nothing
    return current, todo


def ensure(conn: sqlite3.Connection, ends: list[date] | None = None, steps: Steps | None = None,
           today: date | None = None, latest: date | None = None,
           kept: KeptRows | None = None) -> dict[date, Snapshot]:
    """The snapshots of these month ends (default: every month end in the data), computing
    those missing or stale (:func:`store_missing`). All of them at once: a caller going
    through many month ends reads them a pair at a time instead (ten years of a big firm's
    every customer is millions of rows)."""
    wanted = store_missing(conn, ends, steps, today, latest, kept)
    return read(conn, wanted)


def store_missing(conn: sqlite3.Connection, ends: list[date] | None = None,
                  steps: Steps | None = None, today: date | None = None,
                  latest: date | None = None, kept: KeptRows | None = None) -> list[date]:
    """Compute and store the snapshots of these month ends (default: every month end in the
    data) that are missing or stale; the month ends, in order. Each month is stored as soon
    as it is done, so a cancelled run keeps what it finished and the next one carries on;
    snapshots of months no longer in the data are dropped. `latest` as for
    :func:`month_ends`; `kept` as for :func:`run.analyser`. The ledger kept for the run is
    let go when it returns."""
    steps = steps or Steps(None, None)
    everything = month_ends(conn, today, latest)
    wanted = everything if ends is None else sorted(ends)
    with collector_paused():  # hundreds of thousands of events, none in a cycle
        current, todo = _check(conn, wanted)
    gone = [end for end in stored_fingerprints(conn) if end not in everything
            and end not in wanted]
    if gone:
        with unread_write(conn):
            conn.executemany("DELETE FROM snapshots WHERE month_end = ?",
                             [(end.isoformat(),) for end in gone])
    with collector_paused():  # the ledger kept for every month: not walked by the collector
        # the ledger read once for several month ends; one month end reads as it goes
        analyse_at = analyser(conn, todo[-1], keep=len(todo) > 1, kept=kept) if todo else None
        for number, end in enumerate(todo):
            part = steps.sub(number / len(todo), (number + 1) / len(todo))
            part.report(0.0, tr(N_("Analysing the month ending {date}"), date=end.isoformat()))
            assert analyse_at is not None
            _store(conn, of_analysis(analyse_at(end, part.sub(0.0, 0.95))), current[end], part)
        steps.report(1.0)
    return wanted
