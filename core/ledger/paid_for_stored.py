"""A stored 代付 payment booked to its customer once a later file sells to that customer.

A payment row whose note says whom it was paid for (代Orbit Tech LLC付款) is that customer's
where the file or the store sells to it (core.ledger.paid_for). The bank slips often come as a
收款 workbook of their own; imported BEFORE the orders' file that sells Orbit Tech, the store
knew no Orbit Tech yet, so the slips were stored as the payer's: Orbit Trading (HK) Ltd a
customer with 17,900 on account, Orbit Tech 17,900 open and black-listed, where the other
order of the same two files leaves nothing open and no payer (stop38, acct38b). So once a file
is written, the stored payments of a day without an order number (core.ledger.keys.
paid_order_key) whose note names a customer this file is the first to sell to move to that
customer's payments of the day, keyed as the slips' file imported now would key them (its
re-import then updates them, not doubling them); a payer left with nothing is no customer.

Slips that hold their invoice numbers (发票号 SZ260508) were stored as those orders, under the
payer; the orders' file gives the numbers to Orbit Tech and the order moves with its slips
(core.ledger.writer), its account right. The report told the clerk to undo the import if these
were two orders sharing a number (core.ledger.moves): wrong advice, so such a move is said as
the slips booked to their customer instead (paid_for_moves), as the numberless ones are.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from typing import NamedTuple

from core.i18n import NP_
from core.ledger.customer_rekey import move_payment_line
from core.ledger.keys import DESCRIBED, paid_order_key, row_identity
from core.ledger.moves import CustomerMove
from core.ledger.normalise import customer_key
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.order_values import ORDER_COLUMNS
from core.ledger.paid_for import MARKS, Named, named_key, said_for, stored_customers
from core.ledger.payer_named import Buyers
from core.ledger.row_places import payer_at
from core.messages import Listed, Message
from core.overrides import HAND_SET, NO_ORDERS

_LINES = ("SELECT l.id, l.line_key, l.notes, l.product, l.source_file, l.source_sheet, "
          "l.source_row, o.id, o.order_key, o.order_date, c.key, c.name FROM order_lines l "
          "JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
          "WHERE l.amount = 0 AND NOT l.credit_note AND l.received_amount <> 0 AND "
          "substr(o.order_key, 1, ?) = ? AND coalesce(l.source_file, '') <> ? AND (" + " OR ".join(
              ["instr(lower(l.notes), ?) > 0"] * len(MARKS)) + ") ORDER BY l.id")
_COPIED = [column for column in (*ORDER_COLUMNS, "first_import_id", "last_import_id")
           if column != "customer_id"]
_COPY = (f"INSERT INTO orders(order_key, customer_id, {', '.join(_COPIED)}) "
         f"SELECT ?, ?, {', '.join(_COPIED)} FROM orders WHERE id = ?")


class Booked(NamedTuple):
    """A stored payment moved: its file, sheet and row, the payer and the customer."""

    file: str
    sheet: str
    row: int
    payer: str
    customer: str


def book_stored(conn: sqlite3.Connection, sold: Collection[str], file: str
                ) -> tuple[list[Booked], list[str]]:
    """The stored payments whose note names one of `sold` (the keys of the customers this
    file is the first to sell to) booked to it: the name one customer's among all the store sold to,
    exactly, else loosely and only that one's (Named), never a payment held by the customer it
    names exactly ("Orbit Tech LLC" is not the new Orbit Tech Ltd's, fix39b); what moved, in
    the order stored, and the payers left with no order kept as customers for what was set on
    them by hand (a credit limit, insurance, a group, any correction: an override on their
    key), by name. Deleted,
    such a payer took its credit limit out of sight, left in force on no customer (pay39).
    The rows of `file`, the one just imported, were read against its sales already: a
    buyer's note keeps what the buyer named had not open (rv55g s80, acct56b)."""
    if not sold:
        return [], []
    names = {key: (cid, name) for cid, key, name in conn.execute(
        "SELECT id, key, name FROM customers WHERE key IN (SELECT value FROM json_each(?))",
        (_json(sold),))}
    moved: list[Booked] = []
    payers: set[str] = set()
    everyone: tuple[Named, Buyers] | None = None
    for (line_id, line_key, notes, product, source, sheet, row, order_id, order_key, day,
         payer_key, payer) in conn.execute(
            _LINES, (len(DESCRIBED), DESCRIBED, file, *MARKS)).fetchall():
        said = said_for(notes)
        if said is None:
            continue
        if everyone is None:  # the name looked for among ALL customers sold to, not the new
            # ones; as the file's rows are (for_customers): a payer selling nothing, "Orbit
            # Tech Ltd" noting "paid for Orbit Tech", is none of them (fix40a)
            customers = stored_customers(conn)
            everyone = Named(customers), Buyers(customers)
        key = everyone[0](said)
        if key is None and payer_key not in everyone[1].known:  # a payer buying nothing: by
            # the first words of a name too, as the file's rows (payer_named.Buyers: a
            # changer's 代Alpha付款, fix59b); a buyer's whole wire is not moved so (rv55c s11g2)
            key = everyone[1](said.name, True)
        if key is None or key == payer_key or key not in names \
                or order_key != paid_order_key(row_identity(payer_key, day, product)):
            continue
        customer, shown = names[key]
        into_key = paid_order_key(row_identity(key, day, product))
        found = conn.execute("SELECT id FROM orders WHERE order_key = ?", (into_key,)).fetchone()
        into = found[0] if found else conn.execute(_COPY, (into_key, customer, order_id)
                                                   ).lastrowid
        move_payment_line(conn, line_id, line_key[len(order_key):], int(into or 0), into_key)
        conn.execute("DELETE FROM orders WHERE id = ? AND NOT EXISTS (SELECT 1 FROM order_lines "
                     "WHERE order_id = ?)", (order_id, order_id))
        payers.add(payer_key)
        moved.append(Booked(source or "", sheet or "", row or 0, payer, shown))
    return moved, left_payers(conn, payers)


def left_payers(conn: sqlite3.Connection, payers: Collection[str]) -> list[str]:
    """The payers (keys) their payments moved from left with no order: deleted, but those
    kept as customers for what was set on them by hand, whose names are returned (pay39)."""
    kept = [name for (name,) in conn.execute(
        f"SELECT name FROM customers WHERE {_LEFT} AND {HAND_SET} ORDER BY name",
        (_json(payers),))]
    conn.execute(f"DELETE FROM customers WHERE {_LEFT} AND NOT {HAND_SET}", (_json(payers),))
    return kept


# a payer of `?` (keys, JSON) left with no order once its 代付 slips moved
_LEFT = f"key IN (SELECT value FROM json_each(?)) AND {NO_ORDERS}"


_SLIPS = ("SELECT l.amount, l.credit_note, l.received_amount, l.notes, l.source_file, "
          "l.source_sheet, l.source_row FROM order_lines l JOIN orders o ON o.id = l.order_id "
          "JOIN customers c ON c.id = o.customer_id WHERE o.order_no = ? AND c.key = ? "
          "AND coalesce(l.source_file, '') <> ? ORDER BY l.id")


def paid_for_moves(conn: sqlite3.Connection, moves: list[CustomerMove], file: str
                   ) -> tuple[list[CustomerMove], list[Booked]]:
    """The moves still to be said as moves, and the 代付 slips moved with the rest: a stored
    order whose every line from an earlier file is a payment whose note says it was made for
    the customer this file gives the order to. A stored sale among them leaves the move
    said as before: two firms' orders may share the number."""
    kept: list[CustomerMove] = []
    booked: list[Booked] = []
    for move in moves:
        key = customer_key(move.customer)
        slips = conn.execute(_SLIPS, (move.order_no, key, file)).fetchall()
        if slips and all(amount == 0 and not credit and received and noted_for(notes, key)
                         for amount, credit, received, notes, *_ in slips):
            booked.extend(Booked(source or "", sheet or "", row or 0, move.stored,
                                 move.customer) for *_, source, sheet, row in slips)
        else:
            kept.append(move)
    return kept, booked


def noted_for(notes: str | None, key: str) -> bool:
    """Whether a payment's note says it was made for the customer of `key` (named_key: its
    name written otherwise, "orbit tech（hk）limited" for Orbit Tech (HK) Ltd, too)."""
    said = said_for(notes)
    return said is not None and named_key(said, (key,)) == key


def _json(keys: Collection[str]) -> str:
    return json.dumps(sorted(keys), ensure_ascii=False)


def booked_message(moved: list[Booked], kept: list[str]) -> list[Message]:
    """The import report's note of the stored payments booked to the customer they name, and
    of the payers kept for what was set on them by hand."""
    if not moved:
        return []
    return [Message("paid_for_stored", NP_(
        "{count} payment stored from an earlier file under its payer says in its note it was "
        "made for a customer this file sells to (代付): now counted as that customer's money: "
        "{payments}. If the payer is the customer, correct the note and import that file again.",
        "{count} payments stored from earlier files under their payers say in their notes they "
        "were made for customers this file sells to (代付): now counted as those customers' "
        "money: {payments}. If a payer is the customer, correct the note and import that file "
        "again."),
        {"count": len(moved), "payments": Listed(
            [payer_at(m.customer, m.payer, m.file, m.sheet, m.row) for m in moved],
            SHARED_SHOWN)}), *kept_message(kept)]


def kept_message(kept: list[str]) -> list[Message]:
    """The payers kept as customers without orders, for what was set on them by hand."""
    if not kept:
        return []
    return [Message("paid_for_payer_kept", NP_(
        "{count} payer whose payments are now counted as another customer's money (代付) is kept "
        "as a customer without orders, for what was set on it by hand (a credit limit, "
        "insurance, a group or another correction): {customers}. Take that back in the "
        "corrections if it is no longer wanted.",
        "{count} payers whose payments are now counted as other customers' money (代付) are "
        "kept as customers without orders, for what was set on them by hand (a credit limit, "
        "insurance, a group or another correction): {customers}. Take that back in the "
        "corrections if it is no longer wanted."),
        {"count": len(kept), "customers": Listed(kept, SHARED_SHOWN)})]
