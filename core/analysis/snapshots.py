"""Every customer's tier, list and grade at each month end, as the ledger stood on that day.

A snapshot is the ordinary analysis run with the month end as its as-of date (orders and
receipts dated after it are ignored there), cut down to the figures that explain a move. They
are kept in the database because a firm with years of data would otherwise wait for dozens of
analyses each time it looks; each carries a fingerprint of everything its analysis read —
the rules, the overrides, the currency rates, and the ledger rows dated up to that month end —
so an import that touches an older month, a correction or a changed setting makes exactly the
affected snapshots stale, and they are recomputed the next time someone asks.
"""

from __future__ import annotations

import calendar
import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from core import __version__
from core.analysis.dataset import default_as_of
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import GRADE_UNKNOWN
from core.analysis.run import analyse
from core.i18n import N_, tr
from core.progress import Steps
from core.rules import load_rules
from core.store import now_text, transaction

# a new version of the analysis recomputes them all (2: the customer account of issue 8)
FORMAT = f"snapshots-2/{__version__}"
CRITERIA = ("r", "f", "m", "t")


@dataclass(frozen=True)
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


def month_ends(conn: sqlite3.Connection, today: date | None = None) -> list[date]:
    """The month ends the data spans: from the first order's month to the month of the
    latest date in the data (that month counted to its end, as `customers --as-of` would)."""
    first = conn.execute("SELECT MIN(order_date) FROM orders").fetchone()[0]
    last = default_as_of(conn, today)
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


# --- fingerprints ---------------------------------------------------------------------------

def _digest(parts: Iterable[object]) -> bytes:
    found = hashlib.sha256()
    for part in parts:
        found.update(repr(part).encode("utf-8"))
        found.update(b"\x1f")
    return found.digest()


# Columns that say where a row came from, not what it says: a re-import from another file
# changes them and nothing else. Every other column counts, including any a later version adds.
PROVENANCE = {"id", "order_id", "line_key", "order_key", "source_file", "source_sheet",
              "source_row", "first_import_id", "last_import_id"}
# Amounts that count only from their own date, and that date; ship dates likewise.
DATED = (("ship_date", "ship_date"), ("received_amount", "received_date"),
         ("deposit_amount", "deposit_date"), ("balance_amount", "balance_date"))
RECEIPTS = ("received_amount", "deposit_amount", "balance_amount")
CUSTOMER_BOOKKEEPING = {"name_date"}  # moves on with every import; the name itself counts
Event = tuple[str, int, int, object]  # day, line id, kind, what it says


def _table(conn: sqlite3.Connection, name: str) -> tuple[list[str], list[tuple[object, ...]]]:
    """Every row of a table as a plain tuple, and its column names (whatever they are now)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(f"SELECT * FROM {name}").fetchall()
    return [column[0] for column in cursor.description], rows


def _ledger_events(conn: sqlite3.Connection) -> tuple[list[Event], dict[int, int]]:
    """What each ledger line tells an analysis, each part on the day it becomes known: the
    order and its line on the order date; a shipment or a receipt on its own date (an analysis
    as of an earlier day ignores it), an undated one with the order; and from the first order
    with a receipt column filled, that the ledger has receipts at all. Also each line's
    customer."""
    names, rows = _table(conn, "orders")
    at = {name: i for i, name in enumerate(names)}
    kept = [i for i, name in enumerate(names) if name not in PROVENANCE]
    orders = {r[at["id"]]: (str(r[at["order_date"]]), r[at["customer_id"]],
                            tuple(r[i] for i in kept)) for r in rows}
    names, rows = _table(conn, "order_lines")
    at = {name: i for i, name in enumerate(names)}
    dated = [(kind, at[value], at[when]) for kind, (value, when) in enumerate(DATED, start=1)]
    skip = PROVENANCE | {column for pair in DATED for column in pair}
    kept = [i for i, name in enumerate(names) if name not in skip]
    receipts = [at[name] for name in RECEIPTS]
    line_at, order_at = at["id"], at["order_id"]
    events: list[Event] = []
    owner: dict[int, int] = {}
    receipts_from: str | None = None
    for r in rows:
        line = int(str(r[line_at]))
        day, customer, static = orders[r[order_at]]
        owner[line] = int(str(customer))
        undated = []
        for kind, value, when in dated:
            if r[value] is not None and r[when]:
                events.append((str(r[when]), line, kind, r[value]))
            else:
                undated.append(r[value])
        events.append((day, line, 0, (static, tuple(r[i] for i in kept), tuple(undated))))
        if any(r[i] is not None for i in receipts) and (receipts_from is None
                                                       or day < receipts_from):
            receipts_from = day
    if receipts_from:
        events.append((receipts_from, 0, 0, "receipts"))
    events.sort(key=lambda e: e[:3])
    return events, owner


def fingerprints(conn: sqlite3.Connection, ends: list[date]) -> dict[date, str]:
    """Per month end, a digest of what its analysis reads. The ledger part runs in date order,
    so an order or a receipt dated in March changes March's fingerprint and every later one,
    never February's; a customer's own row (name, salesperson) joins at its first order."""
    overrides = [tuple(r) for r in conn.execute(
        "SELECT kind, customer_key, target FROM overrides ORDER BY kind, customer_key")]
    names, rows = _table(conn, "customers")
    at = {name: i for i, name in enumerate(names)}
    kept = [i for i, name in enumerate(names) if name not in CUSTOMER_BOOKKEEPING]
    customers = {row[at["id"]]: tuple(row[i] for i in kept) for row in rows}
    keys = {row[at["id"]]: row[at["key"]] for row in rows}
    named = {key for row in overrides for key in row[1:]}  # a merge target's name, from day one
    common = _digest([
        FORMAT, load_rules(conn), *overrides,
        *(row for number, row in sorted(customers.items()) if keys[number] in named),
        *(tuple(r) for r in conn.execute("SELECT currency, valid_from, usd_per_unit FROM "
                                         "currency_rates ORDER BY currency, valid_from")),
    ])
    events, owner = _ledger_events(conn)
    running = hashlib.sha256(common)
    seen: set[int] = set()
    found: dict[date, str] = {}
    pending = [end.isoformat() for end in sorted(ends)]
    for event in events:
        while pending and event[0] > pending[0]:
            found[date.fromisoformat(pending.pop(0))] = running.hexdigest()
        if not pending:
            break
        customer = owner.get(event[1]) if event[2] == 0 else None
        if customer is not None and customer not in seen:
            seen.add(customer)
            running.update(repr(customers.get(customer)).encode("utf-8"))
        running.update(repr(event).encode("utf-8"))
    for end in pending:
        found[date.fromisoformat(end)] = running.hexdigest()
    return found


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


def _store(conn: sqlite3.Connection, snapshot: Snapshot, fingerprint: str) -> None:
    day = snapshot.month_end.isoformat()
    with transaction(conn):
        conn.execute("DELETE FROM snapshots WHERE month_end = ?", (day,))
        conn.execute("INSERT INTO snapshots(month_end, fingerprint, m_threshold, computed_at) "
                     "VALUES (?, ?, ?, ?)", (day, fingerprint, snapshot.m_threshold, now_text()))
        conn.executemany(
            f"INSERT INTO snapshot_customers(month_end, {', '.join(COLUMNS)}) "
            f"VALUES (?, {', '.join('?' * len(COLUMNS))})",
            [(day, *_row(c)) for c in snapshot.customers.values()])


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


def _check(conn: sqlite3.Connection, wanted: list[date]) -> tuple[dict[date, str], list[date]]:
    """Today's fingerprints of these month ends, and those whose stored one differs."""
    current, stored = fingerprints(conn, wanted), stored_fingerprints(conn)
    return current, [end for end in wanted if stored.get(end) != current[end]]


def ensure(conn: sqlite3.Connection, ends: list[date] | None = None, steps: Steps | None = None,
           today: date | None = None) -> dict[date, Snapshot]:
    """The snapshots of these month ends (default: every month end in the data), computing
    those missing or stale. Each month is stored as soon as it is done, so a cancelled run
    keeps what it finished and the next one carries on; snapshots of months no longer in the
    data are dropped."""
    steps = steps or Steps(None, None)
    everything = month_ends(conn, today)
    wanted = everything if ends is None else sorted(ends)
    current, todo = _check(conn, wanted)
    gone = [end for end in stored_fingerprints(conn) if end not in everything
            and end not in wanted]
    if gone:
        with transaction(conn):
            conn.executemany("DELETE FROM snapshots WHERE month_end = ?",
                             [(end.isoformat(),) for end in gone])
    for number, end in enumerate(todo):
        part = steps.sub(number / len(todo), (number + 1) / len(todo))
        part.report(0.0, tr(N_("Analysing the month ending {date}"), date=end.isoformat()))
        _store(conn, of_analysis(analyse(conn, as_of=end, steps=part.sub(0.0, 0.95))),
               current[end])
    steps.report(1.0)
    return read(conn, wanted)
