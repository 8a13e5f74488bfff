"""A carried-forward row that sums up a stored order: the order's balance, not a new sale.

Clerks keep open orders on later month tabs, or in next month's file, to track money still
owed; an order of several lines (Sofa 25,000 and Chair 15,000) is often carried on ONE row: its
number, its customer, no product, the order's total (or what is left of it) and what was
received to date. Keyed by its blank product, that row names none of the order's lines, so it
was stored as a line of its own: the order came to 80,000, 60,000 open, and the customer went
onto the stop-loss list for money it never owed.

After a file's lines are written (inside the import's transaction), each line written from a
carried row (core.ledger.sheet_columns: its words, or dated before its tab's month) naming no
quantity and unit price of its own (those are goods: `priced`, fx43g) that is not
a line the order had before it (such a row, met again, is the line as core.ledger.line_values
merges it) is weighed against the order's other lines that stand (not cancelled, not credit
notes, in the row's currency; a row whose sheet says no currency, its cell blank, is read in
the order's when its lines are all in one: the sheet's default is no currency the clerk wrote):
- blank product, amount no more than those lines come to: the order's balance row. It adds
  nothing to the order (its amount is stored 0: a line worth nothing that received money is no
  sale, core.ledger.writer_sql.STATUS_FROM_LINES); what it says was received goes on the order, read
  as a carried row's received figure is (core.ledger.line_values._carry_receipt): the
  cumulative amount received to date, plus, where its amount is less than the order's, the
  difference (the amount left owing). The line keeps what that is beyond what the order's
  other lines already hold, so next month's row, saying 40,000 received to date, adds 20,000
  to April's 20,000, never 40,000;
- a product none of the lines has, with the order's total to the cent: the same (the clerk
  named the goods on the summing row);
- anything else (more than the lines come to, or a product the order lacks with another
  amount): a line of the order, as before, and the import report says so: eating a line
  missed on last month's file would hide money owed.
An order known only from carried rows (the first file a firm imports) is left as it reads
(named in the report, its blank ship date estimated: core.ledger.order_dates), until a later
file gives it lines of its own: the carried lines it has stored are then weighed again
(stored_carried), so April's file imported before March's ends as it would after it, its
blank currency cell kept for that (order_lines.currency_written, schema 11).

A database an earlier reader wrote keeps the doubled line until the file comes again: the row
meets its own stored line (carried, so merged as any line is), which then becomes the balance.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from core.i18n import NP_
from core.ledger.normalise import fold
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.orders import TOLERANCE
from core.ledger.row_places import at_row
from core.ledger.writer_sql import KEYS_PER_QUERY
from core.messages import Listed, Message

_LINES = ("SELECT id, order_id, line_key, product, amount, currency, status, credit_note, "
          "carried_forward, received_amount, deposit_amount, balance_amount, quantity, "
          "unit_price FROM order_lines WHERE order_id IN ({})")

# a carried row whose currency cell was left blank, read in its order's currency: its receipts
# and cost read in the row's, so a column's own currency now the row's is stored NULL
IN_ORDER_CURRENCY = (
    "UPDATE order_lines SET currency = ?1, received_currency = NULLIF(received_currency, ?1), "
    "cost_currency = NULLIF(cost_currency, ?1), rebate_currency = NULLIF(rebate_currency, "
    "COALESCE(NULLIF(cost_currency, ?1), ?1)) WHERE id = ?2")
_STORED_CARRIED = (
    "SELECT l.line_key, l.order_id, l.amount, l.received_amount, l.currency, l.product, "
    "l.source_sheet, l.source_row, o.order_no, l.currency_written FROM order_lines l "
    "JOIN orders o "
    "ON o.id = l.order_id WHERE l.order_id IN ({}) AND l.carried_forward AND l.amount > 0 "
    "AND NOT l.credit_note AND o.order_no IS NOT NULL ORDER BY l.id")


@dataclass
class Carried:
    """A line written from a carried row that is not one of its order's lines before it: the
    row's amount, received figure, currency, product and place (its last showing's)."""

    key: str
    order_id: int
    amount: float
    received: float | None
    currency: str
    product: str | None
    sheet: str
    row: int
    order_no: str
    # the sheet says its currency (record.CURRENCY_WRITTEN); a blank cell reads as the sheet's,
    # so a row of an order kept in one other currency is read in that one (a blank that kept
    # its carried stored line's currency: that line's word, core.ledger.unsaid_currency)
    written: bool = True


@dataclass
class Settled:
    """What the carried rows came to: those read as their order's balance, and those kept as
    new lines though they name a stored order, with what its lines come to."""

    balance: list[Carried]
    kept: list[tuple[Carried, float]]
    # naming no product of an order whose lines are all in another currency (the row's
    # currency cell left blank reads as the sheet's): kept as a line, and said, with the
    # order's currency
    apart: list[tuple[Carried, str]] = field(default_factory=list)


def settle(conn: sqlite3.Connection, carried: Sequence[Carried]) -> Settled:
    """Read the carried rows against their orders' stored lines and store each balance row as
    what it is (amount 0, the money received beyond what the order's lines hold)."""
    lines: dict[int, list[sqlite3.Row]] = {}
    orders = sorted({c.order_id for c in carried})
    for start in range(0, len(orders), KEYS_PER_QUERY):
        part = orders[start:start + KEYS_PER_QUERY]
        for line in conn.execute(_LINES.format(",".join("?" * len(part))), part):
            lines.setdefault(line["order_id"], []).append(line)
    mine = {c.key for c in carried}
    settled = Settled([], [])
    updates, moved = [], []
    for row in sorted(carried, key=lambda c: (c.sheet, c.row)):
        order = lines.get(row.order_id, [])
        own = next((line for line in order if line["line_key"] == row.key), None)
        if own is None or not own["carried_forward"] or priced(own["quantity"],
                                                              own["unit_price"]):
            continue  # a later showing in the file read it otherwise, or goods of their own
        others = [line for line in order if line["line_key"] not in mine]
        standing = [line for line in others if not line["credit_note"] and line["amount"] > 0
                    and line["status"] != "cancelled"]
        currencies = {line["currency"] for line in standing}
        named = fold(row.product or "")
        if not standing or (named and named in {fold(line["product"] or "") for line in standing}):
            continue  # no order to sum up, or a line's product again: a line of its own
        if currencies != {row.currency}:
            if len(currencies) != 1:
                continue
            if row.written:
                settled.apart.append((row, currencies.pop()))
                continue
            row = replace(row, currency=currencies.pop())
            moved.append((row.currency, own["id"]))
        total = math.fsum(line["amount"] for line in standing)
        if row.amount <= total + TOLERANCE and (
                not named or abs(row.amount - total) <= TOLERANCE):
            held = math.fsum((line["received_amount"] or 0.0) + (line["deposit_amount"] or 0.0)
                             + (line["balance_amount"] or 0.0) for line in others)
            updates.append((0.0, _received(row, total, held, own["received_amount"]), own["id"]))
            settled.balance.append(row)
        else:
            settled.kept.append((row, total))
    conn.executemany(IN_ORDER_CURRENCY, moved)
    conn.executemany("UPDATE order_lines SET amount = ?, received_amount = ? WHERE id = ?",
                     updates)
    return settled


def priced(quantity: object, unit_price: object) -> bool:
    """Whether a carried row (its line) has its own quantity and unit price: a line of goods,
    never a summing row (fx43g: April's new line C, 80 × 100, listed between A and B on the
    4月 tab, was read as MT-1's balance, 8,000 open where 23,000 is)."""
    return all(isinstance(n, int | float) and n > 0 for n in (quantity, unit_price))


def stored_carried(conn: sqlite3.Connection, orders: Sequence[int], mine: set[str]
                   ) -> list[Carried]:
    """The lines earlier imports wrote from carried rows of `orders` (stored orders this file
    gave new lines), as carried rows to read again: April's file imported before March's
    stored its summing row as a line, which March's lines now make the order's balance, as
    they would had the files come in the order of their months. Their currency counts as
    written unless the line's row left it blank (order_lines.currency_written 0, schema 11;
    NULL, a line stored before, as written)."""
    found: list[Carried] = []
    for start in range(0, len(orders), KEYS_PER_QUERY):
        part = orders[start:start + KEYS_PER_QUERY]
        found.extend(Carried(line["line_key"], line["order_id"], line["amount"],
                             line["received_amount"], line["currency"], line["product"],
                             line["source_sheet"] or "", line["source_row"] or 0,
                             line["order_no"], line["currency_written"] != 0)
                     for line in conn.execute(_STORED_CARRIED.format(",".join("?" * len(part))),
                                              part)
                     if line["line_key"] not in mine)
    return found


# what the sheet said of the currency of the carried rows a file wrote: (1 or 0, line key)
CURRENCY_SAID = "UPDATE order_lines SET currency_written = ? WHERE line_key = ?"


def currency_said(conn: sqlite3.Connection, carried: Sequence[Carried]) -> list[Carried]:
    """Keep whether each carried row's sheet said its currency (its last showing's), for a
    later file's lines of its order to read it by (stored_carried); an unnumbered order's
    too. The rows naming their order, to settle."""
    conn.executemany(CURRENCY_SAID, [(int(row.written), row.key) for row in carried])
    return [row for row in carried if row.order_no]


def _received(row: Carried, total: float, held: float, stored: float | None) -> float:
    """What the balance line keeps: the order's money received to date (the row's received
    figure, plus the part of the order its lower amount says is paid) beyond what the order's
    other lines hold; with no figure, what it held (0 for a new line)."""
    if row.amount < total - TOLERANCE:
        to_date: float | None = total - row.amount + (row.received or 0.0)
    else:
        to_date = row.received
    if to_date is None:
        return stored or 0.0
    return round(max(to_date - held, 0.0), 6)


def carried_messages(settled: Settled) -> list[Message]:
    """A note for the rows read as their order's balance, one for those kept as lines, and one
    for those kept as lines of an order in another currency."""
    found = []
    if settled.balance:
        found.append(Message("carried_balance_rows", NP_(
            "{count} carried-forward row sums up an order already in the ledger (on an earlier "
            "tab or file) without naming its products: read as the order's balance, with the "
            "money received on it, not as a new sale: {rows}.",
            "{count} carried-forward rows sum up orders already in the ledger (on an earlier "
            "tab or file) without naming their products: read as each order's balance, with "
            "the money received on it, not as new sales: {rows}."),
            {"count": len(settled.balance), "rows": Listed(
                [at_row(row.order_no, row.sheet, row.row) for row in settled.balance],
                SHARED_SHOWN)}))
    if settled.kept:
        found.append(Message("carried_rows_kept", NP_(
            "{count} carried-forward row names an order already in the ledger but none of its "
            "products, and is not the order's total or what is left of it: counted as a new "
            "line of the order: {rows} (the row's amount / what the order's lines come to). If "
            "it sums up the order, write the order's total on it and leave its product blank.",
            "{count} carried-forward rows name orders already in the ledger but none of their "
            "products, and are not the orders' totals or what is left of them: counted as new "
            "lines of the orders: {rows} (the row's amount / what the order's lines come to). "
            "If they sum up their orders, write each order's total on them and leave their "
            "products blank."),
            {"count": len(settled.kept), "rows": _noted(
                [(row, f"{row.amount:,.2f} / {total:,.2f} {row.currency}")
                 for row, total in settled.kept])}))
    if settled.apart:
        found.append(Message("carried_rows_apart", NP_(
            "{count} carried-forward row names an order already in the ledger, kept in another "
            "currency, but none of its products: counted as a new line of the order, in the "
            "currency it reads in: {rows} (the row's currency / the order's). If it sums up "
            "the order, write the order's currency in its currency cell and import the file "
            "again.",
            "{count} carried-forward rows name orders already in the ledger, kept in another "
            "currency, but none of their products: counted as new lines of the orders, in the "
            "currency they read in: {rows} (the row's currency / the order's). If they sum up "
            "their orders, write each order's currency in their currency cells and import the "
            "file again."),
            {"count": len(settled.apart), "rows": _noted(
                [(row, f"{row.currency} / {currency}") for row, currency in settled.apart])}))
    return found


def _noted(rows: list[tuple[Carried, str]]) -> Listed:
    """The rows named with their places, each with what the note weighs it by."""
    return Listed([at_row(row.order_no, row.sheet, row.row, note) for row, note in rows],
                  SHARED_SHOWN)
