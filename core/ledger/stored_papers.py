"""A stored wire naming several buyers' invoices, split among them once a file sells them.

A money changer's one wire for two buyers names each one's invoice (对应发票 "INV-101/INV-102"):
read against their sales, each part is that buyer's (core.ledger.payer_named, fix54e). The
receipts often come as a workbook of their own (财务 keeps 收款, 业务 keeps 出货), imported
before the sales book, or ahead of it in one import: no file sold the invoices yet, so the
wire was stored whole under its payer, ORIENT EXCHANGE FZE 12,000 on account while Alpha
(5,000) and Beta (7,000) stayed black (rv55e s64c, s64e). The sales book's import now splits
such a stored wire (a payer buying nothing, its order number naming papers that are each one
other buyer's sale, in its currency) by what each invoice has open, as reading the receipts
after the sales does: each part keyed as that import keys it, so the receipts book imported
again updates them, not doubling them; a payer left with nothing is no customer.

Such a wire naming papers all sold to one buyer (ORIENT's 12,000 for "INV-101/INV-102", Alpha
buying both: rv56c s135a) is that buyer's whole, its stored order moved to it with its keys,
as the receipts read after the sales store it (payer_named books the row to the one buyer, its
number as written): ORIENT 12,000 on account and Alpha 12,000 black, 89 days, were left so
(the single number's placed_receipts reads the whole cell as one number, sold by no one).
"""

from __future__ import annotations

import json
import sqlite3

from core.i18n import N_
from core.ledger.customer_rekey import move_payment_line
from core.ledger.keys import line_key, numbered_order_key
from core.ledger.named_papers import paper_parts
from core.ledger.noted_orders import RANGE_WORDS, loose_number
from core.ledger.paid_by_buyer import money
from core.ledger.paid_for_stored import kept_message, left_payers
from core.ledger.paid_numbers import StoredSales
from core.ledger.paper_shares import paper_rows, shares, split_open, unsold_papers
from core.ledger.record import CURRENCY, FIELDS, ORDER_NO, RECEIVED, Record
from core.messages import Listed, Message

# the payment lines of an order whose number names several papers (a separator in it, or a
# range: noted_orders.ranged), of a payer the store sells nothing to, from another file than
# the one just imported: asked by customer (a few thousand), not by line (30 ms at 100,000
# lines, a scan of them all)
_WIRES = ("SELECT l.id, l.line_key, l.product, l.received_amount, l.currency, "
          "l.received_date, l.source_file, l.source_sheet, l.source_row, o.id, o.order_no, "
          "c.key, c.name FROM customers c CROSS JOIN orders o ON o.customer_id = c.id "
          "CROSS JOIN order_lines l ON l.order_id = o.id WHERE NOT EXISTS (SELECT 1 FROM "
          "orders s JOIN order_lines m ON m.order_id = s.id WHERE s.customer_id = c.id AND "
          f"m.amount > 0) AND (o.order_no GLOB '*[,/;&+、，；{RANGE_WORDS}]*' OR o.order_no "
          "GLOB '*[A-Za-z][0-9][0-9][0-9]*-[0-9][0-9][0-9]*') AND l.amount = 0 AND NOT "
          "l.credit_note AND l.received_amount > 0 AND coalesce(l.source_file, '') <> ? "
          "ORDER BY l.id")
_COPY_ORDER = ("INSERT INTO orders(order_key, order_no, customer_id, {columns}) "
               "SELECT ?, ?, ?, {columns} FROM orders WHERE id = ?")
_COPY_LINE = ("INSERT INTO order_lines(order_id, line_key, received_amount, {columns}) "
              "SELECT order_id, ?, ?, {columns} FROM order_lines WHERE id = ?")


def split_stored(conn: sqlite3.Connection, file: str) -> list[Message]:
    """Each stored wire of a payer buying nothing naming several papers now sold (`file` just
    imported) split among their buyers; the report's notes, the payers kept as customers for
    what was set on them by hand among them (paid_for_stored.left_payers)."""
    wires = conn.execute(_WIRES, (file,)).fetchall()
    if not wires:
        return []
    sales = StoredSales(conn)
    said: list[Message] = []
    payers: set[str] = set()
    for (line_id, key, product, received, currency, day, source, sheet, row, order_id,
         order_no, payer_key, payer) in wires:
        parts = paper_parts(order_no)
        record: Record = tuple(received if at == RECEIVED else currency if at == CURRENCY
                               else order_no if at == ORDER_NO else None
                               for at in range(len(FIELDS)))
        found = sales.named({loose_number(part) for part in parts})
        split = split_open(record, ORDER_NO, parts, found, sales) if len(parts) > 1 else None
        if split is not None and len({k for _, k, _, _ in split}) == 1 and not unsold_papers(
                parts, found):  # one buyer's papers only: its money, whole
            buyer = _one_buyer(conn, order_id, split[0][1])
            if buyer is not None:
                payers.add(payer_key)
                said.append(Message("stored_papers_one_buyer", N_(
                    "“{file}”, sheet “{sheet}” row {row}: {amount} paid by {payer}, who buys "
                    "nothing, stored before any file sold the invoices it names ({numbers}), "
                    "is now counted as the money of {customer}, who bought them all."), {
                        "file": source or "", "sheet": sheet or "", "row": row or 0,
                        "payer": payer, "amount": money(received, currency),
                        "numbers": order_no, "customer": buyer}))
            continue
        if split is None or len(split) != len(parts) or len({k for _, k, _, _ in split}) < 2:
            continue  # a paper no one sells, or one paid: as stored
        into = _orders(conn, order_id, split)
        if into is None:
            continue
        figure = conn.execute("SELECT received_date, replaced FROM file_receipts WHERE "
                              "file_name = ? AND line_key = ?", (source or "", key)).fetchone()
        for place, (part, (order, order_at)) in enumerate(zip(
                paper_rows(record, ORDER_NO, split, []), into, strict=True)):
            rest = line_key(order_at, product, 0, True, part[RECEIVED], day, currency)
            moved = _copy_line(conn, line_id) if place else line_id
            conn.execute("UPDATE order_lines SET received_amount = ? WHERE id = ?",
                         (part[RECEIVED], moved))
            move_payment_line(conn, moved, rest[len(order_at):], order, order_at)
            if figure is not None:  # the file's figure of each part: its share, as read
                conn.execute("INSERT OR REPLACE INTO file_receipts VALUES (?, (SELECT "
                             "line_key FROM order_lines WHERE id = ?), ?, ?, ?)",
                             (source or "", moved, part[RECEIVED], *figure))
        conn.execute("DELETE FROM orders WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                     "order_lines WHERE order_id = ?)", (order_id, order_id))
        payers.add(payer_key)
        said.append(Message("stored_papers_split", N_(
            "“{file}”, sheet “{sheet}” row {row}: {amount} paid by {payer}, who buys nothing, "
            "stored before any file sold the invoices it names, is now split among their "
            "buyers by what each had open: {parts}."), {
                "file": source or "", "sheet": sheet or "", "row": row or 0, "payer": payer,
                "amount": money(received, currency),
                "parts": Listed(shares(record, split, []))}))
    return [*said, *kept_message(left_payers(conn, payers))]


def _one_buyer(conn: sqlite3.Connection, order_id: int, key: str) -> str | None:
    """The stored order moved whole to the one buyer of the papers it names, keys kept, as
    the receipts read after the sales store it (payer_named books the row to that buyer, its
    number as written), so the receipts book imported again updates it; the buyer's name, or
    None where the order holds more than the stored wires (a sale, a credit note)."""
    buyer = conn.execute("SELECT id, name FROM customers WHERE key = ?", (key,)).fetchone()
    if buyer is None or conn.execute(
            "SELECT 1 FROM order_lines WHERE order_id = ? AND NOT (amount = 0 AND NOT "
            "credit_note AND received_amount > 0)", (order_id,)).fetchone():
        return None
    conn.execute("UPDATE orders SET customer_id = ? WHERE id = ?", (buyer[0], order_id))
    return str(buyer[1])


def _orders(conn: sqlite3.Connection, order_id: int, split: list[tuple[str, str, str, float]]
            ) -> list[tuple[int, str]] | None:
    """Each paper's order (id, key) under its buyer, as a receipt naming it alone is keyed,
    made from the stored order where there is none; None where a paper's key is another
    customer's order (two firms' numbers alike: the wire left as stored)."""
    ids = dict(conn.execute("SELECT key, id FROM customers WHERE key IN (SELECT value FROM "
                            "json_each(?))", (json.dumps([k for _, k, _, _ in split]),)))
    found: list[tuple[int, str, int | None]] = []
    for number, key, _, _ in split:
        order_at = numbered_order_key(number)
        have = conn.execute("SELECT id, customer_id FROM orders WHERE order_key = ?",
                            (order_at,)).fetchone()
        if key not in ids or have is not None and have[1] != ids[key]:
            return None
        found.append((ids[key], order_at, have[0] if have else None))
    columns = ", ".join(_columns(conn, "orders", {"id", "order_key", "order_no",
                                                  "customer_id"}))
    return [(have or int(conn.execute(_COPY_ORDER.format(columns=columns), (
        order_at, number, customer, order_id)).lastrowid or 0), order_at)
        for (customer, order_at, have), (number, *_) in zip(found, split, strict=True)]


def _copy_line(conn: sqlite3.Connection, line_id: int) -> int:
    """A copy of the payment line, keyed apart until moved (move_payment_line keys it)."""
    columns = ", ".join(_columns(conn, "order_lines", {"id", "order_id", "line_key",
                                                       "received_amount"}))
    return int(conn.execute(_COPY_LINE.format(columns=columns), (
        f"split:{line_id}", 0.0, line_id)).lastrowid or 0)


def _columns(conn: sqlite3.Connection, table: str, left_out: set[str]) -> list[str]:
    return [name for _, name, *_ in conn.execute(f"PRAGMA table_info({table})")
            if name not in left_out]
