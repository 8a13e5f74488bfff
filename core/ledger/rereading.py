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
the rows whose reading changes are written. Today's reading governs, nothing included: a text
today's reader makes nothing of ("credit insurance", read as open account before) loses the
older reading, which was a misreading; kept, the customer stayed on open-account terms for good.
(The import reads an order's first filled text but takes its terms from the first row whose
text reads, so such a reading may have come from another row's text; the stored row cannot
say, and the order's next import gives it back.)

The due dates the import worked out from the older reading follow the new one, from the same
date: each line's own (its ship date, else its order's). A line whose stored due date is not
the older reading's was worked out from its own row's terms (a row of the order naming other
terms than its first) and is left as it is, as a fresh import of the ledger leaves it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import cast

# The reader's version: bump it whenever core.ledger.terms reads any text otherwise (payment
# terms or Incoterms), so databases written before are read again when next opened.
# 1: "OA 3 months" as 90 days, 月结六十天 as 60, 次次月结, "OA-60" and "BL+60", lead times and an
# L/C at sight's validity no credit (the audits of this pass).
# 2: a text today's reader makes nothing of loses its older reading ("credit insurance" was OA).
# 3: customer keys drop invisible marks (a right-to-left mark, a soft hyphen) and spaces beside
# Chinese characters: stored customers whose keys become one are one customer
# (core.ledger.customer_rekey).
# 4 (print34): customer keys read a round bracket's width and spacing as typing: "ABC
# Trading（HK）" and "ABC Trading (HK)" are one customer, their merges and pins following.
# 5 (ident35): every bracket kind reads as round: "Lima Trading [Peru]", "Lima Trading【Peru】"
# and "Lima Trading (Peru)" are one customer, their merges and pins following.
# 6 (stop36c): "Alibaba Trade Assurance" (信用保障) is money in advance, as PayPal is: it was
# unread, its invoices taken as due 30 days after shipment.
# 7 (key50): customer keys drop a full stop ending the name and the spaces after a comma or
# full stop: "Golden Bridge Co." and "Golden Bridge Co", "Co., Ltd." and "Co.,Ltd" are one
# customer, their merges and pins following (rv50a: 8,000 black-listed under "Co." while
# the buyer's 8,000 wire sat as credit under "Co"). And (key50b) a space before a comma and a
# comma ending the name: "Apex ,Ltd" = "Apex, Ltd", "ABC Co.," = "ABC Co." (rv50k).
VERSION = 7

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
    due dates the import worked out from changed terms (lines without their own) follow.
    What the customer re-key did is kept for the clerk, to be said once (core.notes_kept)."""
    from core.ledger.customer_rekey import rekey_customers  # here, as the readers above
    from core.notes_kept import keep

    keep(conn, rekey_customers(conn).notes)
    changed = changed_readings(conn)
    for stored in STORED:
        mine = [c for c in changed if c.stored is stored]
        ids = _write(conn, stored, mine)
        if stored is PAYMENT_TERMS:
            _derive_due_dates(conn, [(row_id, mine[number].old) for row_id, number in ids])
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
            new = stored.read(text) or (None,) * len(stored.columns)
            if new != old:
                found.append(Changed(stored, text, old, new, count))
    return found


def _write(conn: sqlite3.Connection, stored: Stored, changed: list[Changed]
           ) -> list[tuple[int, int]]:
    """The changed readings written by row id; the rows found in one pass over the table,
    each with the number of its change in `changed`."""
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
    return rows


def _derive_due_dates(conn: sqlite3.Connection, orders: list[tuple[int, Reading]]) -> None:
    """Lines without a due date of their own take the one their order's terms now give, from
    the ship date or else the order date, as an import does (the analysis works these out
    again anyway; the stored ones follow so the file says one thing). A line whose derived
    date is not the older reading's took it from its own row's terms: it stays."""
    if not orders:
        return
    older = dict(orders)
    conn.execute("CREATE TEMP TABLE reread_orders (id INTEGER PRIMARY KEY)")
    try:
        conn.executemany("INSERT INTO reread_orders VALUES (?)", ((i,) for i in older))
        rows = conn.execute(
            "SELECT l.id, l.order_id, COALESCE(l.ship_date, o.order_date), l.due_date, "
            "o.pay_rung, o.credit_days, o.deposit_pct, o.monthly_statement FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id WHERE l.order_id IN reread_orders "
            "AND (l.due_derived = 1 OR l.due_date IS NULL)").fetchall()
        dues: dict[tuple[object, ...], str | None] = {}
        updates = []
        for line_id, order_id, base, stored, *reading in rows:
            if stored is not None and stored != _due(dues, base, tuple(older[order_id])):
                continue  # worked out from its own row's terms, not its order's
            due = _due(dues, base, tuple(reading))
            updates.append((due, int(due is not None), line_id))
        conn.executemany("UPDATE order_lines SET due_date = ?, due_derived = ? WHERE id = ?",
                         updates)
    finally:
        conn.execute("DROP TABLE temp.reread_orders")


def _due(dues: dict[tuple[object, ...], str | None], base: str | None, reading: Reading
         ) -> str | None:
    """The due date a reading gives from `base`, as the import works it out (none without
    terms); each (base, reading) once."""
    key = (base, *reading)
    if key not in dues:
        from core.ledger.terms import PaymentTerms, due_date

        rung, days, deposit, monthly = reading
        found = None
        if base and rung is not None:
            terms = PaymentTerms(str(rung), cast("int | None", days),
                                 cast("float | None", deposit), bool(monthly))
            found = due_date(terms, date.fromisoformat(base), None)
        dues[key] = None if found is None else found.isoformat()
    return dues[key]
