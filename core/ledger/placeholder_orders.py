"""Orders stored under a placeholder order number split into the rows they were (schema 9).

Up to schema 8 the import read an order-number cell holding "-", "/", "无" or "N/A" as the
order number "-": every such row of the ledger, whatever its customer, became one order keyed
"o:-", of the customer of its first row. The customer's order count collapsed and its average
order ballooned (a small late payer escaped the stop-loss rule). Today's import reads such a
row as one without an order number (:mod:`core.ledger.keys`: customer, order date, product,
occurrence), so run once by the store's migration 9, inside its transaction, this gives each
stored line of such an order an order of its own under that key.

What the store kept limits how faithful that can be. A line keeps its id, product, figures and
status; its order is the merged one's customer (the only one the store knows: the rows of the
other customers were stored as this one's, which their next import puts right) and its order
date, the earliest of the merged rows (a line keeps no order date of its own). So an order of
one line gets exactly the key its row has today; a line of a larger one gets the key its row
would have had on the merged order's date, which a later import of the ledger matches only for
the row of that date. The first line's order keeps the merged order's id; each order's status
is settled from its line as an import settles it. Invoice numbers and credited numbers stored
as a placeholder are cleared, as today's import reads them.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict

from core.ledger.keys import NUMBERED, described_order_key, line_key, row_identity
from core.ledger.line_values import ORDER_COLUMNS
from core.ledger.normalise import EMPTY_MARKS, fold, placeholder
from core.ledger.orders import credited_number
from core.ledger.writer import STATUS_FROM_LINES

log = logging.getLogger("tradetier")

_COPIED = tuple(c for c in ORDER_COLUMNS if c not in ("order_no", "currency", "status"))
_LONGEST = 8  # longer stored text is no placeholder (the marks fold to four characters)


def split_placeholder_orders(conn: sqlite3.Connection) -> None:
    keys = [NUMBERED + mark for mark in sorted(EMPTY_MARKS)]
    merged = conn.execute(
        f"SELECT o.id, c.key, o.order_date FROM orders o JOIN customers c ON c.id = "
        f"o.customer_id WHERE o.order_key IN ({', '.join('?' * len(keys))}) ORDER BY o.id",
        keys).fetchall()
    taken: set[str] = set()
    for order_id, customer, day in merged:
        _split(conn, order_id, customer, day, taken)
    _clear_placeholder_numbers(conn)


def _split(conn: sqlite3.Connection, order_id: int, customer: str, day: str,
           taken: set[str]) -> None:
    """One order per line, keyed by the order's customer and date and the line's product."""
    lines = conn.execute("SELECT id, product, currency FROM order_lines WHERE order_id = ? "
                         "ORDER BY id", (order_id,)).fetchall()
    copied = ", ".join(_COPIED)
    made = []
    for number, (line_id, product, currency) in enumerate(lines):
        key = _free_key(conn, row_identity(customer, day, product), taken)
        if number == 0:
            conn.execute("UPDATE orders SET order_key = ?, order_no = NULL, currency = ? "
                         "WHERE id = ?", (key, currency, order_id))
            target = order_id
        else:
            target = int(conn.execute(
                f"INSERT INTO orders(order_key, order_no, currency, {copied}, first_import_id, "
                f"last_import_id) SELECT ?, NULL, ?, {copied}, first_import_id, last_import_id "
                f"FROM orders WHERE id = ?", (key, currency, order_id)).lastrowid or 0)
        conn.execute("UPDATE order_lines SET order_id = ?, line_key = ? WHERE id = ?",
                     (target, line_key(key, product, 0), line_id))
        made.append(target)
    conn.executemany(STATUS_FROM_LINES, [(i,) for i in made])
    if len(lines) > 1:
        log.warning("schema 9: order %s (a placeholder order number) split into orders %s, "
                    "each dated %s (the rows' own dates are not stored)", order_id, made, day)


def _free_key(conn: sqlite3.Connection, identity: str, taken: set[str]) -> str:
    """The first occurrence of the identity no stored order holds: a row of the same
    customer, date and product stored without a number keeps its key."""
    occurrence = 0
    while True:
        key = described_order_key(identity, occurrence)
        if key not in taken and conn.execute(
                "SELECT 1 FROM orders WHERE order_key = ?", (key,)).fetchone() is None:
            taken.add(key)
            return key
        occurrence += 1


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
        sales = _sales(conn, {customer for _, customer, _, _ in credits})
        conn.executemany("UPDATE order_lines SET credit_ref = ? WHERE id = ?", [
            (credited_number(None, (invoice_no, order_no), sales[customer]), line_id)
            for line_id, customer, invoice_no, order_no in credits])


def _sales(conn: sqlite3.Connection, customers: set[int]) -> dict[int, dict[str, str]]:
    """Each customer's sale numbers (invoice and order), folded -> as written."""
    found: dict[int, dict[str, str]] = defaultdict(dict)
    for customer in customers:
        for invoice_no, order_no in conn.execute(
                "SELECT l.invoice_no, o.order_no FROM order_lines l JOIN orders o ON "
                "o.id = l.order_id WHERE o.customer_id = ? AND l.credit_note = 0", (customer,)):
            for number in (invoice_no, order_no):
                if number:
                    found[customer].setdefault(fold(number), number)
    return found
