"""Money held for an order no file sold yet, placed on it once a later file sells it.

A buyer prepays under the bank's spelling of its name (AL BARAKA GENERAL TRADING LLC, 17,965 +
35 charge on 05-27) naming the invoice it pays (INV2506-03), a month before that invoice is in
the shipment book. Imported first, the money is the payer's, held for an order no file sells
(core.ledger.unsold_receipts); a later file selling INV2506-03 to Al Baraka General Trading
left it so for ever: a payment re-read unchanged keeps its stored order's customer, and the
shipment book's import never looked at it. Month by month Al Baraka stayed 18,000 open and
black (rv54b f7: 57,370 open in December where one import of December's file left 27,887).

So once a file is written, each stored order of money received only (no line that sells)
whose number (loosely, as core.ledger.noted_orders.sale_numbers reads it) this file sells to
exactly one other customer, owing about its sum (paid_numbers.StoredSales.owed_by, the rule
a payment read with its sale follows), becomes that customer's, as that payment would have
been had the sale come first; the payer left with no order and nothing set by hand is no
customer. The report says each. Money naming a number its own payer bought is left to the
analysis (core.analysis.dataset.SoldNumbers), as before. Money held under a payer that buys in
its own right is never placed on another buyer (rv54d R5): Alpha, buying INV-1, prepays 6,000
for its next "INV-2" in one clerk's book; another clerk's own numbering sells "INV-2" to Beta
(6,000, OA 30, unpaid): Beta stays 6,000 open, Alpha keeps its 6,000 ahead. Only money whose
payer buys nothing (the bank's spelling of a buyer, an agent, fix54e's rules) moves, or money
whose note says outright it was paid for the number's buyer (rv55a s08a: Al Noor Group LLC, a
buyer too, prepays 6,000 for INV-9 "代Al Noor Kenya Ltd付款"; 李娜's later book sells INV-9 to
Kenya, which stayed 6,000 open, watch, Group 6,000 on account): that buyer's, whatever its sum.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from core.i18n import N_
from core.ledger.noted_orders import loose_number, sale_numbers
from core.ledger.paid_for_stored import noted_for
from core.ledger.paid_numbers import StoredSales
from core.messages import Message
from core.overrides import HAND_SET, NO_ORDERS

_SELLS = "l.amount > 0 AND NOT l.credit_note AND coalesce(o.status, '') != 'cancelled'"
_FILE_SALES = ("SELECT DISTINCT o.order_no, l.invoice_no FROM order_lines l JOIN orders o ON "
               f"o.id = l.order_id WHERE l.source_file = ? AND {_SELLS}")
_RECEIVED_ONLY = "l.amount = 0 AND NOT l.credit_note AND l.received_amount > 0"  # a payment
# stored orders of money received only (each line a payment), by order: its figures
_HELD = ("SELECT o.id, o.order_no, c.id, c.key, c.name, sum(l.received_amount), "
         "min(coalesce(l.received_currency, l.currency, o.currency)), max(l.received_date), "
         "min(l.source_file), min(l.source_sheet), min(l.source_row) FROM orders o JOIN customers "
         "c ON c.id = o.customer_id JOIN order_lines l ON l.order_id = o.id WHERE o.order_no IS "
         "NOT NULL AND coalesce(o.status, '') != 'cancelled' GROUP BY o.id HAVING "
         f"min({_RECEIVED_ONLY}) = 1")
# any such order has such a line: a scan of the lines (0.01 s at 100k; _HELD groups each order's)
_ANY_HELD = f"SELECT 1 FROM order_lines l WHERE {_RECEIVED_ONLY} LIMIT 1"
# the payer buys in its own right: a line of its own that sells
_BUYS = ("SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = ? "
         f"AND {_SELLS} LIMIT 1")
_NOTES = "SELECT group_concat(notes, '；') FROM order_lines WHERE order_id = ?"  # its lines' notes
_LEFT = f"id = ? AND {NO_ORDERS} AND NOT {HAND_SET}"
PLACED = N_("“{file}”, sheet “{sheet}”, row {row}: {amount} received from {payer} for {number}, "
            "which no file sold when it came, is now counted as {customer}'s money: this file "
            "sells {number} to {customer}, open for that sum. If {payer} paid for another "
            "order, correct the number and import that file again.")
NOTED = N_("“{file}”, sheet “{sheet}”, row {row}: {amount} received from {payer} for {number}, "
           "which no file sold when it came, its note saying it was paid for {customer} (代付), "
           "is now counted as {customer}'s money: this file sells {number} to {customer}. If "
           "{payer} paid for another order, correct the note and import that file again.")


# any line that sells nothing, of no amount (a payment's, a list's) or a credit note: none, and
# neither such money (_ANY_HELD) nor a return or refund is stored (perf67a)
_ANY_APART = "SELECT 1 FROM order_lines WHERE amount = 0 OR credit_note LIMIT 1"


def received_only(conn: sqlite3.Connection, apart: bool = True) -> bool:
    """Does any line hold money received only (no amount, no credit note, a receipt)? None
    held, :func:`placed_receipts` has nothing to place and, with no credit note or return
    stored either, core.ledger.unsold_receipts nothing to name: the import asks once for both
    (perf67a). `apart`: whether any line is of no amount or a credit note
    (:func:`lines_apart`); none, and no line holds such money either."""
    return apart and conn.execute(_ANY_HELD).fetchone() is not None


def lines_apart(conn: sqlite3.Connection) -> bool:
    """Is any line of no amount (a payment's, a list's) or a credit note? None, and the
    import's rules after the write asking of such lines have nothing to find (the currency
    of a list's or a return's line, core.ledger.listed_currency; held money, above): one scan
    of a first import of sales alone where each read every line (perf67a)."""
    return conn.execute(_ANY_APART).fetchone() is not None


def placed_receipts(conn: sqlite3.Connection, file_name: str) -> list[Message]:
    """After the write: the stored money held for a number this file is the one to sell to
    another customer, booked to that customer (see the module); the report's notes. The
    store's held money looked for first: most hold none, and the file's sales' numbers (a
    100k first import's, 0.7 s) are read only where some is (perf55a)."""
    if not received_only(conn):
        return []
    held = conn.execute(_HELD).fetchall()
    if not held:
        return []
    sold = {n for numbers in conn.execute(_FILE_SALES, (file_name,)) for n in sale_numbers(
        *numbers)}
    held = [row for row in held if loose_number(row[1]) in sold]
    if not held:
        return []
    sales = StoredSales(conn)
    found = sales.named({loose_number(row[1]) for row in held})
    said = []
    for order_id, number, payer_id, payer_key, payer, paid, currency, day, *place in held:
        buyers = found.get(loose_number(number), {})
        noted = _noted(conn, order_id, buyers, (payer_key, currency))
        owed = noted or sales.owed_by(buyers, payer_key, (
            paid, currency, date.fromisoformat(day[:10]) if day else None))
        if owed is None or not noted and conn.execute(_BUYS, (payer_id,)).fetchone():
            continue
        buyer, name, currency = owed
        conn.execute("UPDATE orders SET customer_id = (SELECT id FROM customers WHERE key = ?) "
                     "WHERE id = ?", (buyer, order_id))
        conn.execute(f"DELETE FROM customers WHERE {_LEFT}", (payer_id,))
        said.append(Message("placed_receipt", NOTED if noted else PLACED, {
            "file": place[0] or "", "sheet": place[1] or "", "row": place[2] or 0,
            "amount": f"{paid:,.2f} {currency}", "payer": payer, "number": number,
            "customer": name}))
    return said


def _noted(conn: sqlite3.Connection, order_id: int,
           buyers: dict[str, tuple[str, str, float, str | None]], paid: tuple[str, str]
           ) -> tuple[str, str, str] | None:
    """The number's one buyer (key, name, currency), not the payer (`paid`: its key and the
    money's currency), where the money's note says it was paid for that buyer (代…付款:
    paid_for_stored.noted_for) in its currency."""
    payer, currency = paid
    if len(buyers) != 1 or payer in buyers:
        return None
    [(buyer, (name, sold_in, _, _))] = buyers.items()
    if sold_in != (currency or sold_in) or not noted_for(
            conn.execute(_NOTES, (order_id,)).fetchone()[0], buyer):
        return None
    return buyer, name, sold_in
