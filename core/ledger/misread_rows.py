"""Lines an earlier version took from rows that are no order, removed when their file is
imported again.

Before reader 2 (core.ledger.importer.READER_VERSION) a customer's subtotal row ("Acme 小计",
dated, with the sum) was imported as an order, of a customer called "Acme 小计" or, when the
words stood in the order-number or product cell, of Acme itself; and 同上 (ditto) in the
customer cell made a customer called 同上. The user guides say to import the last months again
after an upgrade, but today's reader skips the subtotal row and gives the ditto row to the
customer above it, so nothing it writes meets the line the earlier reading left: Acme's revenue
stayed doubled, and a ditto row without an order number was counted twice (under 同上 and under
its real customer).

So, inside the import's transaction, the lines this file's rows were once read into and today
are not go, with the orders and customers left with nothing. A line goes only where its row says
so today: the row at its source (file, sheet, row) is skipped as a subtotal whose words the line
holds (as customer, order number, invoice or product), or the line's customer is a ditto word
and this import wrote the row's line under the customer above. Firms that keep one file name
for every month ("台账.xlsx" in each month's folder) share sources across files, so the source
alone says nothing. Overrides are kept by customer key (core.overrides): one made by hand on
such a customer waits, unused, as for any customer not in the ledger. A row today's reader
reads, but keys otherwise (a date read anew), loses its earlier reading too, when the very
file comes again: core.ledger.reread_rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from core.i18n import NP_
from core.ledger.ditto import DITTO_KEYS
from core.ledger.keys import PaidApart
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.reread_rows import (
    Misread,
    Written,
    by_sheet,
    reread_lines,
    reread_message,
)
from core.ledger.row_places import row_here
from core.ledger.rows import Skipped
from core.ledger.subtotals import name_key
from core.ledger.writer import STATUS_FROM_LINES
from core.messages import Listed, Message

_LINES = ("SELECT l.id, l.order_id, o.customer_id, c.key, c.name, o.order_no, l.invoice_no, "
          "l.product, l.source_sheet, l.source_row FROM order_lines l "
          "JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
          "WHERE l.source_file = ? AND ")


def drop_misread_lines(conn: sqlite3.Connection, import_id: int, file_name: str,
                       skipped: Iterable[Skipped], paid_apart: Sequence[PaidApart],
                       written: Written) -> list[Misread]:
    """Remove the lines of `file_name` an earlier reading took from its subtotal and ditto
    rows, or as sales from its rows typed as payments (`paid_apart`: the key such a row had
    then, its sheet and row; core.ledger.orders), or under another key from the rows of this
    very file (`written`: the rows this import wrote, with their line keys;
    core.ledger.reread_rows), after
    this import (`import_id`) has written its own, with their emptied orders and customers."""
    keys = sorted(DITTO_KEYS)
    dittos = [row[0] for row in conn.execute(
        f"SELECT id FROM customers WHERE key IN ({','.join('?' * len(keys))})", keys)]
    found = sorted({m.line_id: m for m in reread_lines(conn, import_id, file_name, written)
                    + _subtotal_lines(conn, file_name, skipped)
                    + (_ditto_lines(conn, file_name) if dittos else [])
                    + _sale_lines(conn, file_name, paid_apart)}.values(),
                   key=lambda m: (m.sheet, m.row))
    conn.executemany("DELETE FROM order_lines WHERE id = ?", [(m.line_id,) for m in found])
    orders = sorted({m.order_id for m in found})
    conn.executemany("DELETE FROM orders WHERE id = ? AND NOT EXISTS (SELECT 1 FROM order_lines "
                     "WHERE order_id = ?)", [(i, i) for i in orders])
    conn.executemany(STATUS_FROM_LINES, [(i,) for i in orders])
    conn.executemany("DELETE FROM customers WHERE id = ? AND NOT EXISTS (SELECT 1 FROM orders "
                     "WHERE customer_id = ?)",  # 同上 may have lost its numbered orders to moves
                     [(i, i) for i in {m.customer_id for m in found}.union(dittos)])
    return found


def _subtotal_lines(conn: sqlite3.Connection, file_name: str,
                    skipped: Iterable[Skipped]) -> list[Misread]:
    """Lines at a row skipped today as a subtotal, holding the subtotal's words."""
    said = {(s.sheet, s.row): str(s.message.params["text"]) for s in skipped
            if s.message.code == "totals_row" and "text" in s.message.params}
    if not said:
        return []
    rows = sorted({row for _, row in said})
    found = []
    for start in range(0, len(rows), 500):
        part = rows[start:start + 500]
        for line in conn.execute(_LINES + f"l.source_row IN ({','.join('?' * len(part))})",
                                 (file_name, *part)):
            text = said.get((line["source_sheet"], line["source_row"]))
            held = (line["key"], line["name"], line["order_no"], line["invoice_no"],
                    line["product"])
            if text is not None and any(v and name_key(v) == name_key(text) for v in held):
                found.append(_found(line, text))
    return found


def _ditto_lines(conn: sqlite3.Connection, file_name: str) -> list[Misread]:
    """Lines of a customer called by a ditto word whose row this import wrote again."""
    keys = sorted(DITTO_KEYS)
    return [_found(line, line["name"]) for line in conn.execute(
        _LINES + f"c.key IN ({','.join('?' * len(keys))}) AND EXISTS (SELECT 1 FROM "
        "order_lines n JOIN orders m ON m.id = n.order_id JOIN customers d ON d.id = "
        "m.customer_id WHERE n.source_file = l.source_file AND n.source_sheet IS l.source_sheet "
        "AND n.source_row = l.source_row AND n.id != l.id AND d.key NOT IN "
        f"({','.join('?' * len(keys))}))", (file_name, *keys, *keys))]


def _sale_lines(conn: sqlite3.Connection, file_name: str,
                paid_apart: Sequence[PaidApart]) -> list[Misread]:
    """What readers 1 and 2 stored of a row read today as a payment, under the key a sale in
    its place has: at the row itself, a sale (reader 1) or the money (reader 2), which go;
    on the order's sale in another file, whose key reader 2 gave next month's payment row,
    the money it wrote there, which goes from the sale (the payment line holds it now).
    Guarded by the key (its order number and product) as well as the place, as a file name
    may be every month's, and elsewhere by the money and its day as well."""
    found = []
    for paid in paid_apart:
        for line in conn.execute(_LINES + "l.line_key = ? AND l.source_sheet IS ? AND "
                                 "l.source_row = ? AND NOT l.credit_note",
                                 (file_name, paid.key, paid.sheet, paid.row)):
            found.append(_found(line, line["order_no"] or line["name"], paid=True))
        if paid.received is not None:
            conn.execute(
                "UPDATE order_lines SET received_amount = NULL, received_date = NULL, "
                "received_currency = NULL WHERE line_key = ? AND received_amount = ? AND "
                "received_date IS ? AND NOT (source_file IS ? AND source_sheet IS ? AND "
                "source_row = ?)",
                (paid.key, paid.received, paid.received_date, file_name, paid.sheet, paid.row))
    return found


def _found(line: sqlite3.Row, said: str, paid: bool = False) -> Misread:
    return Misread(line["source_sheet"], line["source_row"], said, line["id"],
                   line["order_id"], line["customer_id"], paid)


def misread_message(found: list[Misread]) -> list[Message]:
    """A note per sheet naming the rows whose earlier reading was removed, with their words."""
    return [*_paid_messages(found), *reread_message(found), *(Message("misread_rows_removed", NP_(
        "Sheet “{sheet}”: {count} line an earlier version read from a subtotal or ditto row "
        "was removed ({rows}). Today's reading stands: a subtotal is no order, and 同上 is "
        "the customer above it.",
        "Sheet “{sheet}”: {count} lines an earlier version read from subtotal or ditto rows "
        "were removed ({rows}). Today's reading stands: a subtotal is no order, and 同上 "
        "is the customer above it."),
        {"sheet": sheet, "count": len(lines), "rows": Listed(
            [row_here(m.row, f"“{m.said}”") for m in lines], SHARED_SHOWN)})
        for sheet, lines in by_sheet(found, "words").items())]


def _paid_messages(found: list[Misread]) -> list[Message]:
    return [Message("misread_payments_removed", NP_(
        "Sheet “{sheet}”: {count} line an earlier version read from a row typed as a payment "
        "was removed ({rows}). Today's reading stands: the row is money received, a line "
        "of its own. If an order's sale shows 0, an earlier version wrote a later month's "
        "payment over it: import the month of the sale again.",
        "Sheet “{sheet}”: {count} lines an earlier version read from rows typed as payments "
        "were removed ({rows}). Today's reading stands: the rows are money received, "
        "lines of their own. If an order's sale shows 0, an earlier version wrote a later "
        "month's payment over it: import the month of the sale again."),
        {"sheet": sheet, "count": len(lines), "rows": Listed(
            [row_here(m.row, f"“{m.said}”") for m in lines], SHARED_SHOWN)})
        for sheet, lines in by_sheet(found, "paid").items()]
