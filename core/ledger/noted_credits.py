"""A stored credit note whose note names its order, that order's sale stored from another file.

April's 台账 writes CN-2504, -3,000, 类型 退货, 备注 "PO-1 SF-200退货3台": the return of PO-1,
sold in March's file. Read with its own file, the note's numbers are checked against that
file's sales (core.ledger.review._credit_refs): none of them, and two numbers of another kind
than the note's own (PO-1, SF-200), it named no order and joined the customer's pool, paying
the oldest invoice (PO-0 shown 3,000 received, PO-1 credited 0: fx42a). So, after each import,
a stored credit note of the file's customers naming no order is read against its customer's
STORED sales: its note naming exactly one of them (core.ledger.noted_orders.named_sale), it
credits that one, in either import order. Naming two of them ("PO-0 PO-1退货") or none, it
stays in the pool, as before.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from core.ledger.normalise import fold
from core.ledger.noted_orders import named_sale
from core.ledger.record import RecordView

_POOLED = (
    "SELECT l.id, o.customer_id, l.notes, l.source_file, l.source_sheet, l.source_row FROM "
    "customers k JOIN orders o ON o.customer_id = k.id "
    "JOIN order_lines l ON l.order_id = o.id WHERE k.key IN (SELECT value FROM json_each(?)) "
    "AND l.credit_note AND l.credit_ref IS NULL AND l.notes IS NOT NULL")
# The same lines found the other way round: every stored line read in turn, its order and
# customer looked up only for a pooled credit note (few: most stores have none). Asked where
# the file's customers are a good share of the store's (a first import, a month's book of
# every customer): reached through its customers, each line of theirs was a look-up of its own
# (0.17 s at 100k lines, 0.016 s read in turn: perf47i); a small file's few customers in a big
# store are still reached through them.
_POOLED_ALL = (
    "SELECT l.id, o.customer_id, l.notes, l.source_file, l.source_sheet, l.source_row FROM "
    "order_lines l CROSS JOIN orders o CROSS JOIN customers k WHERE o.id = l.order_id AND "
    "k.id = o.customer_id AND l.credit_note AND l.credit_ref IS NULL AND l.notes IS NOT NULL "
    "AND k.key IN (SELECT value FROM json_each(?))")
SHARE_READ_WHOLE = 8  # the file's customers at least 1 in 8 of the store's: lines read in turn


def pooled_lines(conn: sqlite3.Connection, customers: set[str]) -> list[tuple[Any, ...]]:
    """The stored credit notes of `customers` (keys) naming no order and holding a note, with
    their customer and place, by whichever of the two ways reads less of the store."""
    stored = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    sql = _POOLED_ALL if len(customers) * SHARE_READ_WHOLE >= stored else _POOLED
    return conn.execute(sql, (json.dumps(sorted(customers)),)).fetchall()


def stored_sales(conn: sqlite3.Connection, customers: Iterable[int]
                 ) -> dict[int, dict[str, str]]:
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


# a credit note's place: its file, sheet and row -> the sale it was found to credit
Named = dict[tuple[object, object, object], str]


def name_noted_credits(conn: sqlite3.Connection, customers: Iterable[str]) -> Named:
    """Each stored credit note of `customers` (keys) naming no order whose note names one of
    its customer's stored sales alone credits that sale. Those named, by their places."""
    pooled = pooled_lines(conn, set(customers))
    if not pooled:  # most imports
        return {}
    sales = stored_sales(conn, {customer for _, customer, *_ in pooled})
    named = {line_id: (sale, place) for line_id, customer, note, *place in pooled
             if (sale := named_sale(note, sales[customer])) is not None}
    conn.executemany("UPDATE order_lines SET credit_ref = ? WHERE id = ?",
                     [(sale, line_id) for line_id, (sale, _) in named.items()])
    return {tuple(place): sale for sale, place in named.values()}


def with_named(views: list[RecordView], named: Named, file_name: str) -> list[RecordView]:
    """The import report's credit notes of the file (`views`), each named by
    :func:`name_noted_credits` given the sale it credits as its `credit_ref` (ref43: null
    where another file sold it, though the store credits PO-1)."""
    if not named:  # most imports
        return views
    return [replace(view, credit_ref=named.get((file_name, view.sheet, view.row),
                                               view.credit_ref)) for view in views]
