"""A payment dropped as one wire a file lists twice, kept aside till its reference is known.

A bank's list (收款 tab) holds Lima's two real wires of 04-20, 5,000 and 4,900, both noted
"K-7": the clerk's note naming Tokyo's order. Imported after the ledger selling K-7, the note
is an order's number, no wire's reference, and both count; imported before it, nothing stored
says K-7 is an order, so core.ledger.listed_twice took the two rows for one wire less a 100
charge and dropped the 5,000: Lima shown 4,900 open where nothing is, however often the
ledger came after (fix39d). The dropped row is kept here, whole, with the references the pair
stood on (core.ledger.wire_told.wires_told); the import that stores each of them as an order's
or invoice's number puts the row back as the line it was, under the key that file wrote it
by (a re-sent list updates it, never doubles it), and says so. A file read again sets aside
anew what it drops: its earlier set-aside rows are forgotten first.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from core.i18n import NP_
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.payment_lines import Stored
from core.ledger.row_places import row_here
from core.ledger.wire_lists import Lists
from core.ledger.writer_sql import STATUS_FROM_LINES
from core.messages import Listed, Message

Aside = tuple[Stored, tuple[str, int], set[str]]  # the line, its sheet and row, references


def set_aside(conn: sqlite3.Connection, file_name: str, dropped: Iterable[Aside]) -> None:
    """Keep each line about to be dropped, its order and customer key beside it; not one
    dropped on no reference that may become an order's (its invoice's own number: 4,985 "K-7"
    beside K-7's 已收, wire40), which nothing would ever put back rightly."""
    for line, (sheet, row), references in dropped:
        if not references:
            continue
        values = _row(conn, "order_lines", line.id)
        order = _row(conn, "orders", line.order_id)
        customer = conn.execute("SELECT key FROM customers WHERE id = ?",
                                (order["customer_id"],)).fetchone()
        conn.execute(
            "INSERT OR REPLACE INTO set_aside_lines(line_key, file, sheet, row, refs, "
            "customer_key, order_row, line_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (line.key, file_name, sheet, row, json.dumps(sorted(references)),
             customer[0] if customer else None, json.dumps(order), json.dumps(values)))


def put_back(conn: sqlite3.Connection, file_name: str) -> list[Message]:
    """This file's earlier set-aside rows forgotten (it is read again); every other one whose
    references are each an order's or invoice's number now back as its line, a note per file
    and sheet."""
    conn.execute("DELETE FROM set_aside_lines WHERE file = ?", (file_name,))
    kept = conn.execute("SELECT line_key, file, sheet, row, refs, customer_key, order_row, "
                        "line_row FROM set_aside_lines ORDER BY file, sheet, row").fetchall()
    if not kept:
        return []
    anyones = Lists(conn, set()).anyones
    back: dict[tuple[str, str], list[Message]] = defaultdict(list)
    for key, source, sheet, row, refs, customer, order_row, line_row in kept:
        if not all(anyones(ref) for ref in json.loads(refs)):
            continue
        line = json.loads(line_row)
        if _restore(conn, key, customer, json.loads(order_row), line):
            back[(source, sheet)].append(row_here(row, f"{line['received_amount'] or 0:,.2f} "
                                                         f"{str(line['received_date'])[:10]}"))
    return [Message("payment_set_aside_back", NP_(
        "{file}, sheet “{sheet}”: {count} payment an earlier import took for one wire listed "
        "twice and left out is counted again ({rows}): the reference its two rows share is "
        "now an order's number, so they are two payments.",
        "{file}, sheet “{sheet}”: {count} payments an earlier import took for wires listed "
        "twice and left out are counted again ({rows}): the reference each shares with "
        "another row is now an order's number, so they are separate payments."),
        {"file": source, "sheet": sheet, "count": len(rows),
         "rows": Listed(rows, SHARED_SHOWN)}) for (source, sheet), rows in back.items()]


def _restore(conn: sqlite3.Connection, key: str, customer: str | None,
             order: dict[str, object], line: dict[str, object]) -> bool:
    """The line back under its key and order (the order back too where it went with it): not
    where a line holds its key now (a later file wrote that payment: counted once), nor where
    its customer is gone (left aside)."""
    found = conn.execute("SELECT id FROM orders WHERE order_key = ?",
                         (order["order_key"],)).fetchone()
    owner = conn.execute("SELECT id FROM customers WHERE key = ?", (customer,)).fetchone()
    if found is None and owner is None:
        return False
    conn.execute("DELETE FROM set_aside_lines WHERE line_key = ?", (key,))
    if conn.execute("SELECT 1 FROM order_lines WHERE line_key = ?", (key,)).fetchone():
        return False
    if found is None:
        found = (_insert(conn, "orders", {**order, "customer_id": owner[0]}),)
    _insert(conn, "order_lines", {**line, "order_id": found[0]})
    conn.execute(STATUS_FROM_LINES, (found[0],))
    return True


def _row(conn: sqlite3.Connection, table: str, row_id: int) -> dict[str, object]:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    names = [column[0] for column in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def _insert(conn: sqlite3.Connection, table: str, values: dict[str, object]) -> int:
    """A row of `table` from its kept values, under a new id: the columns the table has now."""
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
               if row[1] != "id" and row[1] in values]
    cursor = conn.execute(
        f"INSERT INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [values[column] for column in columns])
    return int(cursor.lastrowid or 0)
