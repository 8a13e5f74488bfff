"""Readings the import stored beside their raw text, worked out again by today's reader.

The import reads a cell once and stores the reading beside the text as typed: the payment
terms' rung, credit days, deposit and month-end statement beside ``orders.payment_terms``, the
Incoterm beside ``orders.incoterm_text``. When the reader learns to read a text otherwise
("OA 3 months" was 3 credit days, 月结六十天 0), a database kept the old reading of every order
already in it until the same rows came again in a file: a customer on "OA 3 months" stayed 87
days overdue and black-listed. :data:`VERSION` counts the readers; the store runs
:func:`reread` once for a database whose readings are older (core.store.connect, after the
migrations, in one transaction after a safety copy).

A ledger has few distinct texts, so each distinct (text, stored reading) is read once and only
the rows whose reading changes are written. A text today's reader makes nothing of keeps its
reading: the import reads an order's first filled text, but takes its terms from the first row
whose text reads, so such a reading may have come from another row's text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

# The reader's version: bump it whenever core.ledger.terms reads any text otherwise (payment
# terms or Incoterms), so databases written before are read again when next opened.
# 1: "OA 3 months" as 90 days, 月结六十天 as 60, 次次月结, "OA-60" and "BL+60", lead times and an
# L/C at sight's validity no credit (the audits of this pass).
VERSION = 1

Reading = tuple[object, ...]


@dataclass(frozen=True)
class Stored:
    """A reading kept in `table` beside its text: the column of the text, the reading's
    columns, and how today's reader reads a text (None: it makes nothing of it)."""

    table: str
    text: str
    columns: tuple[str, ...]
    read: Callable[[str], Reading | None]


def _payment_terms(text: str) -> Reading | None:
    from core.ledger.terms import parse_payment_terms  # here: connect need not compile it

    terms = parse_payment_terms(text)
    return None if terms is None else (
        terms.rung, terms.credit_days, terms.deposit_pct, int(terms.monthly_statement))


def _incoterm(text: str) -> Reading | None:
    from core.ledger.terms import parse_incoterm

    code = parse_incoterm(text)
    return None if code is None else (code,)


PAYMENT_TERMS = Stored("orders", "payment_terms",
                       ("pay_rung", "credit_days", "deposit_pct", "monthly_statement"),
                       _payment_terms)
INCOTERM = Stored("orders", "incoterm_text", ("incoterm",), _incoterm)
STORED: tuple[Stored, ...] = (PAYMENT_TERMS, INCOTERM)


@dataclass(frozen=True)
class Changed:
    """The rows of one text whose stored reading today's reader reads otherwise."""

    stored: Stored
    text: str
    old: Reading
    new: Reading
    rows: int


def reread(conn: sqlite3.Connection) -> list[Changed]:
    """Every stored reading read again from its text; the caller holds the transaction. The
    due dates the import worked out from changed terms (lines without their own) follow."""
    changed = changed_readings(conn)
    for stored in STORED:
        ids = _write(conn, stored, [c for c in changed if c.stored is stored])
        if stored is PAYMENT_TERMS:
            _derive_due_dates(conn, ids)
    return changed


def changed_readings(conn: sqlite3.Connection) -> list[Changed]:
    """Each distinct text and stored reading that today's reader reads otherwise: one pass
    over each table, grouped by every text and reading it keeps (a handful of each)."""
    found = []
    for table in dict.fromkeys(s.table for s in STORED):
        kept = [s for s in STORED if s.table == table]
        columns = [c for s in kept for c in (s.text, *s.columns)]
        listed = ", ".join(columns)
        counts: dict[tuple[Stored, str, Reading], int] = {}
        for row in conn.execute(f"SELECT {listed}, COUNT(*) FROM {table} GROUP BY {listed}"):
            at = 0
            for stored in kept:
                text, old = row[at], tuple(row[at + 1:at + 1 + len(stored.columns)])
                at += 1 + len(stored.columns)
                if text is not None:
                    key = (stored, text, old)
                    counts[key] = counts.get(key, 0) + row[-1]
        for (stored, text, old), count in counts.items():
            new = stored.read(text)
            if new is not None and new != old:
                found.append(Changed(stored, text, old, new, count))
    return found


def _write(conn: sqlite3.Connection, stored: Stored, changed: list[Changed]) -> list[int]:
    """The changed readings written by row id; the rows found in one pass over the table."""
    if not changed:
        return []
    width = len(stored.columns)
    olds = ", ".join(f"old{i}" for i in range(width))
    conn.execute(f"CREATE TEMP TABLE reread_changes (text TEXT, {olds}, number INTEGER)")
    try:
        conn.executemany(f"INSERT INTO reread_changes VALUES (?, {', '.join('?' * width)}, ?)",
                         [(c.text, *c.old, n) for n, c in enumerate(changed)])
        same = " AND ".join(f"t.{c} IS c.old{i}" for i, c in enumerate(stored.columns))
        rows = conn.execute(
            f"SELECT t.id, c.number FROM {stored.table} t JOIN reread_changes c "
            f"ON t.{stored.text} = c.text AND {same}").fetchall()
    finally:
        conn.execute("DROP TABLE temp.reread_changes")
    sets = ", ".join(f"{c} = ?" for c in stored.columns)
    conn.executemany(f"UPDATE {stored.table} SET {sets} WHERE id = ?",
                     [(*changed[number].new, row_id) for row_id, number in rows])
    return [row_id for row_id, _ in rows]


def _derive_due_dates(conn: sqlite3.Connection, order_ids: list[int]) -> None:
    """Lines without a due date of their own take the one their order's terms now give, from
    the ship date or else the order date, as an import does (the analysis works these out
    again anyway; the stored ones follow so the file says one thing)."""
    if not order_ids:
        return
    from core.ledger.terms import PaymentTerms, due_date

    conn.execute("CREATE TEMP TABLE reread_orders (id INTEGER PRIMARY KEY)")
    try:
        conn.executemany("INSERT INTO reread_orders VALUES (?)", ((i,) for i in order_ids))
        rows = conn.execute(
            "SELECT l.id, COALESCE(l.ship_date, o.order_date), o.pay_rung, o.credit_days, "
            "o.deposit_pct, o.monthly_statement FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id WHERE l.order_id IN reread_orders "
            "AND (l.due_derived = 1 OR l.due_date IS NULL)").fetchall()
        dues: dict[tuple[object, ...], str | None] = {}
        updates = []
        for line_id, base, *reading in rows:
            key = (base, *reading)
            if key not in dues:
                terms = PaymentTerms(reading[0], reading[1], reading[2], bool(reading[3]))
                due = due_date(terms, date.fromisoformat(base), None) if base else None
                dues[key] = None if due is None else due.isoformat()
            updates.append((dues[key], int(dues[key] is not None), line_id))
        conn.executemany("UPDATE order_lines SET due_date = ?, due_derived = ? WHERE id = ?",
                         updates)
    finally:
        conn.execute("DROP TABLE temp.reread_orders")
