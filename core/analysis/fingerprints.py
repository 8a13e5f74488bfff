"""A fingerprint per month end of everything its analysis reads, to know which snapshots are
stale (:mod:`core.analysis.snapshots`).

The rules, the overrides, the currency rates and the ledger rows dated up to the month end go
into it, so an import that touches an older month, a correction or a changed setting makes
exactly the affected snapshots stale. The ledger part runs in date order: each line's parts
join on the day they become known, and the digest grows month end by month end. It is read
before every export of the restructuring plan and every look at the movements, so the rows
are taken whole (every column but those that only say where a row came from), the events
sorted on C keys, and each calendar month's events hashed at once, pickled without a memo
(bytes that depend on the values alone, about 2.5 times quicker than JSON). The chunks are the
calendar months whatever month ends are asked for, so a month end's fingerprint is the same
whether it is checked alone (the restructuring export) or with others (the movements).
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sqlite3
from collections.abc import Callable, Iterable
from datetime import date
from operator import itemgetter
from typing import Any

from core import __version__
from core.rules import load_rules

# a new version of the analysis recomputes them all (2: the customer account of issue 8;
# 3: the month's events hashed together; 4: pickled, a chunk per calendar month)
FORMAT = f"snapshots-4/{__version__}"
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
BY_DAY = itemgetter(0, 1, 2)
UNREAD = frozenset(PROVENANCE - {"id", "order_id"})  # the provenance the events do not need at all


def _digest(parts: Iterable[object]) -> bytes:
    found = hashlib.sha256()
    for part in parts:
        found.update(repr(part).encode("utf-8"))
        found.update(b"\x1f")
    return found.digest()


def _encoded(items: list[Any]) -> bytes:
    """Events and rows as bytes that differ whenever they do (tuples of SQLite's values). In
    fast mode the pickler keeps no memo, so two equal lists give the same bytes however their
    objects happen to be shared."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(items)
    return buffer.getvalue()


def _table(conn: sqlite3.Connection, name: str, skip: frozenset[str] = frozenset()
           ) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Every row of a table as a plain tuple, and its column names (whatever they are now)
    but `skip`: provenance text (keys, file and sheet names) is not worth turning into Python
    strings a hundred thousand times only to be dropped."""
    cursor = conn.cursor()
    cursor.row_factory = None
    names = [column[0] for column in cursor.execute(f"SELECT * FROM {name} LIMIT 0").description]
    names = [column for column in names if column not in skip]
    listed = ", ".join(f'"{column}"' for column in names)
    return names, cursor.execute(f"SELECT {listed} FROM {name}").fetchall()


def _picker(names: list[str], skip: set[str]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """A row's columns but `skip`, as a tuple (itemgetter: C speed, once per row)."""
    kept = [i for i, name in enumerate(names) if name not in skip]
    if len(kept) == 1:  # itemgetter of one index gives the value, not a tuple
        return lambda row: (row[kept[0]],)
    return itemgetter(*kept)


def _ledger_events(conn: sqlite3.Connection) -> tuple[list[Event], dict[int, int]]:
    """What each ledger line tells an analysis, each part on the day it becomes known: the
    order and its line on the order date; a shipment or a receipt on its own date (an analysis
    as of an earlier day ignores it), an undated one with the order; and from the first order
    with a receipt column filled, that the ledger has receipts at all. Also each line's
    customer."""
    names, rows = _table(conn, "orders", UNREAD)
    at = {name: i for i, name in enumerate(names)}
    static_of = _picker(names, PROVENANCE)
    orders = {r[at["id"]]: (str(r[at["order_date"]]), r[at["customer_id"]], static_of(r))
              for r in rows}
    names, rows = _table(conn, "order_lines", UNREAD)
    at = {name: i for i, name in enumerate(names)}
    dated = [(kind, at[value], at[when]) for kind, (value, when) in enumerate(DATED, start=1)]
    kept_of = _picker(names, PROVENANCE | {column for pair in DATED for column in pair})
    receipts = [at[name] for name in RECEIPTS]
    line_at, order_at = at["id"], at["order_id"]
    events: list[Event] = []
    owner: dict[int, int] = {}
    receipts_from: str | None = None
    for r in rows:
        line = int(r[line_at])
        day, customer, static = orders[r[order_at]]
        owner[line] = int(customer)
        undated = []
        for kind, value, when in dated:
            if r[value] is not None and r[when]:
                events.append((str(r[when]), line, kind, r[value]))
            else:
                undated.append(r[value])
        events.append((day, line, 0, (static, kept_of(r), tuple(undated))))
        if (receipts_from is None or day < receipts_from) and any(
                r[i] is not None for i in receipts):
            receipts_from = day
    if receipts_from:
        events.append((receipts_from, 0, 0, "receipts"))
    events.sort(key=BY_DAY)
    return events, owner


def fingerprints(conn: sqlite3.Connection, ends: list[date]) -> dict[date, str]:
    """Per month end, a digest of what its analysis reads. The ledger part runs in date order,
    so an order or a receipt dated in March changes March's fingerprint and every later one,
    never February's; a customer's own row (name, salesperson) joins at its first order."""
    overrides = [tuple(r) for r in conn.execute(
        "SELECT kind, customer_key, target FROM overrides ORDER BY kind, customer_key")]
    names, rows = _table(conn, "customers")
    at = {name: i for i, name in enumerate(names)}
    row_of = _picker(names, CUSTOMER_BOOKKEEPING)
    customers = {row[at["id"]]: row_of(row) for row in rows}
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
    index, count = 0, len(events)
    for end in sorted(ends):
        day = end.isoformat()
        while index < count and events[index][0] <= day:
            calendar_month = events[index][0][:7]
            month: list[Any] = []  # one month's events up to the end, each customer's row first
            while index < count and events[index][0] <= day and (
                    events[index][0][:7] == calendar_month):
                event = events[index]
                index += 1
                customer = owner.get(event[1]) if event[2] == 0 else None
                if customer is not None and customer not in seen:
                    seen.add(customer)
                    month.append(customers.get(customer))
                month.append(event)
            running.update(_encoded(month))
        found[end] = running.hexdigest()
    return found
