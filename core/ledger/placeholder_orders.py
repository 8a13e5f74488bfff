"""Orders stored under a placeholder order number split into the rows they were (schema 9).

Up to schema 8 the import read an order-number cell holding "-", "/", "无" or "N/A" as the
order number "-": every such row of the ledger, whatever its customer, became one order keyed
"o:-", of the customer of its first row. The customer's order count collapsed and its average
order ballooned (a small late payer escaped the stop-loss rule). Today's import reads such a
row as one without an order number (:mod:`core.ledger.keys`: customer, order date, product,
occurrence), so run once by the store's migration 9, inside its transaction, this gives each
stored line of such an order an order of its own under that key.

Each line gets its row's key, customer and order date where its ledger is still where it was
imported from, unchanged, and says them (:mod:`core.ledger.placeholder_rows`). Otherwise the
store alone cannot say them: a line keeps no order date or customer of its own, so it takes the
merged order's customer (the other customers' rows stay this one's, as they were stored) and
date (the earliest of its rows). An order of one line then gets exactly its row's key; a line
of a larger one the key its row would have had on that date, which a later import of the ledger
matches only for the row of that date (the others it adds again). Lines keep their ids and
figures; the first line's order keeps the merged order's id; what the merged order said of
terms, Incoterm, salesperson, country and trial every part keeps; each order's status is
settled from its line as an import settles it. Invoice numbers and credited numbers stored as a
placeholder are cleared, as today's import reads them.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from core.ledger.keys import NUMBERED, described_order_key, line_key, row_identity
from core.ledger.normalise import EMPTY_MARKS, placeholder
from core.ledger.noted_credits import stored_sales
from core.ledger.noted_orders import credited_number
from core.ledger.order_values import ORDER_COLUMNS
from core.ledger.placeholder_rows import Place, rows_read_again
from core.ledger.writer import STATUS_FROM_LINES

log = logging.getLogger("tradetier")

_COPIED = tuple(c for c in ORDER_COLUMNS
                if c not in ("order_no", "customer_id", "order_date", "currency", "status"))
_LONGEST = 8  # longer stored text is no placeholder (the marks fold to four characters)


@dataclass(frozen=True)
class _Line:
    id: int
    order_id: int
    product: str | None
    currency: str
    amount: float
    place: Place


def split_placeholder_orders(conn: sqlite3.Connection) -> None:
    keys = [NUMBERED + mark for mark in sorted(EMPTY_MARKS)]
    merged = {order_id: (customer_id, customer, day) for order_id, customer_id, customer, day
              in conn.execute(
                  f"SELECT o.id, o.customer_id, c.key, o.order_date FROM orders o JOIN "
                  f"customers c ON c.id = o.customer_id WHERE o.order_key IN "
                  f"({', '.join('?' * len(keys))})", keys)}
    if merged:
        _split(conn, merged)
    _clear_placeholder_numbers(conn)


def _split(conn: sqlite3.Connection, merged: dict[int, tuple[int, str, str]]) -> None:
    """One order per line: the key, customer and date of its row where its ledger still
    says them (core.ledger.placeholder_rows), else its order's customer and date. The rows
    read again take their keys first, so a guess never holds one of theirs."""
    lines = [_Line(r[0], r[1], r[2], r[3], r[4], (r[5], r[6], r[7])) for r in conn.execute(
        f"SELECT id, order_id, product, currency, amount, source_file, source_sheet, "
        f"source_row FROM order_lines WHERE order_id IN ({', '.join('?' * len(merged))}) "
        f"ORDER BY id", list(merged))]
    rows = rows_read_again(conn, {line.place for line in lines if None not in line.place})
    taken: set[str] = set()
    found: dict[int, tuple[str, int, str]] = {}  # line id -> key, customer id, order date
    for line in lines:
        row = rows.get(line.place)
        if row is None or not row.writes(line.product, line.amount):
            continue
        customer = conn.execute("SELECT id FROM customers WHERE key = ?",
                                (row.customer_key,)).fetchone()
        if customer is not None and not _held(conn, row.order_key, taken):
            taken.add(row.order_key)
            found[line.id] = (row.order_key, customer[0], row.order_date)
    guessed: dict[int, list[int]] = defaultdict(list)
    for line in lines:
        if line.id not in found:
            customer_id, customer, day = merged[line.order_id]
            found[line.id] = (_free_key(conn, row_identity(customer, day, line.product),
                                        taken), customer_id, day)
            guessed[line.order_id].append(line.id)
    kept: set[int] = set()
    made = []
    for line in lines:
        made.append(_give_order(conn, line, *found[line.id], keep=line.order_id not in kept))
        kept.add(line.order_id)
    conn.executemany(STATUS_FROM_LINES, [(i,) for i in made])
    for order_id, ids in guessed.items():
        log.warning("schema 9: lines %s of order %s (a placeholder order number) are orders "
                    "of its customer and date: their ledger cannot be read again", ids,
                    order_id)


def _give_order(conn: sqlite3.Connection, line: _Line, key: str, customer_id: int, day: str,
                keep: bool) -> int:
    """The line's own order: the merged one re-keyed for its first line (`keep`), else a
    copy of it; what the merged order said of terms, salesperson and country it keeps."""
    if keep:
        conn.execute("UPDATE orders SET order_key = ?, order_no = NULL, customer_id = ?, "
                     "order_date = ?, currency = ? WHERE id = ?",
                     (key, customer_id, day, line.currency, line.order_id))
        target = line.order_id
    else:
        copied = ", ".join(_COPIED)
        target = int(conn.execute(
            f"INSERT INTO orders(order_key, order_no, customer_id, order_date, currency, "
            f"{copied}, first_import_id, last_import_id) SELECT ?, NULL, ?, ?, ?, {copied}, "
            f"first_import_id, last_import_id FROM orders WHERE id = ?",
            (key, customer_id, day, line.currency, line.order_id)).lastrowid or 0)
    conn.execute("UPDATE order_lines SET order_id = ?, line_key = ? WHERE id = ?",
                 (target, line_key(key, line.product, 0), line.id))
    return target


def _held(conn: sqlite3.Connection, key: str, taken: set[str]) -> bool:
    """Is the order key given already, in this split or by a stored order?"""
    return key in taken or conn.execute(
        "SELECT 1 FROM orders WHERE order_key = ?", (key,)).fetchone() is not None


def _free_key(conn: sqlite3.Connection, identity: str, taken: set[str]) -> str:
    """The first occurrence of the identity no stored order holds: a row of the same
    customer, date and product stored without a number keeps its key."""
    occurrence = 0
    while _held(conn, described_order_key(identity, occurrence), taken):
        occurrence += 1
    key = described_order_key(identity, occurrence)
    taken.add(key)
    return key


def _clear_placeholder_numbers(conn: sqlite3.Connection) -> None:
    """Invoice numbers stored as a placeholder name none; a credit note that named one
    names its order's number where that is a sale of its customer, as an import does."""
    for column in ("invoice_no", "credit_ref"):
        marks = [t for (t,) in conn.execute(
            f"SELECT DISTINCT {column} FROM order_lines WHERE length({column}) <= ?",
            (_LONGEST,)) if placeholder(t)]
        if not marks:
            continue
        listed = ", ".join("?" * len(marks))
        if column == "invoice_no":
            conn.execute(f"UPDATE order_lines SET invoice_no = NULL WHERE invoice_no IN "
                         f"({listed})", marks)
            continue
        credits = conn.execute(
            f"SELECT l.id, o.customer_id, l.invoice_no, o.order_no FROM order_lines l JOIN "
            f"orders o ON o.id = l.order_id WHERE l.credit_ref IN ({listed})", marks).fetchall()
        sales = stored_sales(conn, {customer for _, customer, _, _ in credits})
        conn.executemany("UPDATE order_lines SET credit_ref = ? WHERE id = ?", [
            (credited_number(None, (invoice_no, order_no), sales[customer]), line_id)
            for line_id, customer, invoice_no, order_no in credits])
