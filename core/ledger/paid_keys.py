"""Stored payments keyed by their sum: without an order number (schema 12), naming their
order, by their day too (schema 13), and by the sum's currency (schema 18).

Readers up to 7 keyed a payment's own row without an order number (a 收款 sheet's row, a row
typed 收款) as any unnumbered row: customer, day, product and its place among the identical
rows of its sheet. Today's reader keys it by its sum too, under an order of that customer's
payments of the day (core.ledger.keys.paid_order_key). Left under the old keys, the next
ledger re-sent with those payments (a clerk's cumulative file) would store each again beside
the old one: money counted twice, a late payer taken off the lists. Each stored payment line
gets the key its row has today, numbered among the lines of its sum in id order (the order
its rows were first read in), and moves to its order; an order left without a line goes.
A line whose figure the import cleared (a copy of a sale row's, core.ledger.receipts) holds
no money and no sum to key it by: it stays as it is.
Readers up to 8 keyed a payment row naming its order (`o:N||paid#k`) by its place among the
order's payment rows of its sheet: April's payments file, started anew, replaced March's
payment on the invoice. Left so, a March file re-sent would store its payment again beside
the old line (counted twice). Each such line gets its sum and day (keys.paid_part), numbered
the same way, in the order it is already in.
Readers up to 12 left the currency out: 5,000 USD and 5,000 CNY of one day, one in each of two
files, were one line. Each such line gets its currency after its sum, numbered among the lines
of its new key in the order of its place, as a fresh import of its rows numbers them.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from core.ledger.keys import (
    BOUGHT,
    BOUGHT_END,
    DAY,
    DESCRIBED,
    NUMBERED,
    PAID,
    SUM,
    paid_order_key,
    paid_part,
    row_identity,
)
from core.ledger.normalise import fold
from core.ledger.order_values import ORDER_COLUMNS
from core.ledger.writer_sql import STATUS_FROM_LINES

_COPIED = ", ".join(c for c in ORDER_COLUMNS if c != "status")
_PAYMENTS = (
    "SELECT l.id, l.order_id, l.product, l.received_amount, c.key, o.order_date "
    "FROM order_lines l JOIN orders o ON o.id = l.order_id "
    "JOIN customers c ON c.id = o.customer_id "
    "WHERE o.order_key >= ? AND o.order_key < ? AND instr(l.line_key, ?) > 0 "
    "AND l.received_amount IS NOT NULL ORDER BY l.id")


def key_payments_by_sum(conn: sqlite3.Connection) -> None:
    end = DESCRIBED[:-1] + chr(ord(DESCRIBED[-1]) + 1)
    payments = conn.execute(_PAYMENTS, (DESCRIBED, end, PAID + "#")).fetchall()
    places: dict[str, int] = defaultdict(int)
    left: set[int] = set()
    for line_id, order_id, product, received, customer, day in payments:
        order_key = paid_order_key(row_identity(customer, day, product))
        part = f"{order_key}|{fold(product or '')}{paid_part(received)}"
        while conn.execute("SELECT 1 FROM order_lines WHERE line_key = ?",
                           (f"{part}#{places[part]}",)).fetchone():
            places[part] += 1
        key = f"{part}#{places[part]}"
        places[part] += 1
        target = _order(conn, order_key, order_id)
        conn.execute("UPDATE order_lines SET order_id = ?, line_key = ? WHERE id = ?",
                     (target, key, line_id))
        left.add(order_id)
        left.add(target)
    for order_id in sorted(left):
        if conn.execute("SELECT 1 FROM order_lines WHERE order_id = ?",
                        (order_id,)).fetchone() is None:
            conn.execute("DELETE FROM orders WHERE id = ?", (order_id,))
        else:
            conn.execute(STATUS_FROM_LINES, (order_id,))


def key_numbered_payments_by_day(conn: sqlite3.Connection) -> None:
    """Schema 13: each stored payment line of a numbered order keyed as today's import keys
    its row, so a file re-sent repeats it instead of storing it again."""
    mark = PAID + "#"
    for start in (NUMBERED, BOUGHT):
        end = BOUGHT_END if start == BOUGHT else start[:-1] + chr(ord(start[-1]) + 1)
        for line_id, line_key, received, day in conn.execute(
                "SELECT l.id, l.line_key, l.received_amount, l.received_date FROM order_lines l "
                "JOIN orders o ON o.id = l.order_id WHERE o.order_key >= ? AND o.order_key < ? "
                "AND instr(l.line_key, ?) > 0 AND l.received_amount IS NOT NULL ORDER BY l.id",
                (start, end, mark)).fetchall():
            part = line_key[:line_key.rindex(mark)] + paid_part(received, day)
            place = 0
            while conn.execute("SELECT 1 FROM order_lines WHERE line_key = ?",
                               (f"{part}#{place}",)).fetchone():
                place += 1
            conn.execute("UPDATE order_lines SET line_key = ? WHERE id = ?",
                         (f"{part}#{place}", line_id))


def key_payments_by_currency(conn: sqlite3.Connection) -> None:
    """Schema 18: each stored payment line keyed by its sum has its currency after it, so a
    file re-sent repeats it instead of storing it again."""
    mark = PAID + SUM
    found = conn.execute(
        "SELECT l.id, l.line_key, COALESCE(l.received_currency, l.currency, o.currency) "
        "FROM order_lines l JOIN orders o ON o.id = l.order_id "
        "WHERE instr(l.line_key, ?) > 0", (mark,)).fetchall()
    lines = []
    for line_id, line_key, currency in found:
        part, _, place = line_key.rpartition("#")
        end = part.find(DAY, part.rindex(mark))
        end = len(part) if end < 0 else end
        if currency and not part[end - 1].isalpha():  # not keyed so already
            lines.append((part, int(place) if place.isdigit() else 0, line_id,
                          part[:end] + currency + part[end:]))
    places: dict[str, int] = defaultdict(int)
    for _part, _place, line_id, new in sorted(lines):
        while conn.execute("SELECT 1 FROM order_lines WHERE line_key = ?",
                           (f"{new}#{places[new]}",)).fetchone():
            places[new] += 1
        conn.execute("UPDATE order_lines SET line_key = ? WHERE id = ?",
                     (f"{new}#{places[new]}", line_id))
        places[new] += 1


def _order(conn: sqlite3.Connection, key: str, order_id: int) -> int:
    """The stored order under `key`; else the line's own order re-keyed when the line is its
    only one, else a copy of it (its customer, day, currency and terms)."""
    found = conn.execute("SELECT id FROM orders WHERE order_key = ?", (key,)).fetchone()
    if found is not None:
        return int(found[0])
    [count] = conn.execute("SELECT COUNT(*) FROM order_lines WHERE order_id = ?",
                           (order_id,)).fetchone()
    if count == 1:
        conn.execute("UPDATE orders SET order_key = ? WHERE id = ?", (key, order_id))
        return order_id
    return int(conn.execute(
        f"INSERT INTO orders(order_key, {_COPIED}, first_import_id, last_import_id) "
        f"SELECT ?, {_COPIED}, first_import_id, last_import_id FROM orders WHERE id = ?",
        (key, order_id)).lastrowid or 0)
