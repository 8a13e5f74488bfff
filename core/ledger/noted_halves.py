"""Money a payment row's note gives to another order of its sheet, weighed on the store.

A clerk books a wire under the order it came with and notes that it pays another order of the
sheet, written in full (另一半 3,500 under Buyer Y's 2025-702, noted 2025-701尾款另一半). It is
701's money where 701 still owes it, and Y's own half where 701 is paid already: the number a
slip, or 701 paid elsewhere (rv62a s521, rv62c s563, rv62f s621). Whether 701 still owes it is
known only where all of 701's money is: on another tab of the file, in a later file, or in a
file imported before. Weighed on the sheet alone (reader 213–222), a 701 balance paid on
another tab or in a later file left the row moved: X 3,500 in credit, Y 7,000 owed and black
where Y owed 3,500 (fix63a M1); a sheet-only fallback moving fewer rows left 701's other half
with Y where the rest was paid elsewhere only in part (M2: X 0 → 3,500, black).

So the reader keeps the row under its own order (core.ledger.order_payments), and once an
import has written its file, this pass weighs each such row the file wrote (only a row the
reader held under the order above it, OrderPayments.above: a row typing its own order's number
and buyer is that order's whatever its note names) on the named order's money stored: every
tab, every file, in whatever order they came. It belongs here and not in
the analysis: the analysis builds its dataset a line at a time in its hottest loop and keeps
orders made whole between as-of dates (core.analysis.kept_reading), which a line changing its
order afterwards would break; in the store the line is the named order's for every reader of
it (the account, the lists, the exports, the movements) at once. Each such row is weighed
again at every import, whatever its file: the rows are kept in `meta` (:data:`KEY`: each
line's id, the order it sits under on its sheet and the one its note names), so a later file
paying 701 in full moves the row back to 702, one taking 701's money back (a refund, a row
deleted from a copy) moves it to 701 again, and undoing an import (a copy put back,
core.recovery) brings the earlier account back with its moves.

The named order is the one order the file writes on the row's sheet with that number (as the
reader's OrderPayments.named: an order of no row of that sheet is none), in a clause naming
money (named_papers.noted_payee: not beside this order, 本单尾款). It takes the row where what it
owes, its amount less every other stored receipt of its lines, holds the row's money within a
bank's charge (bank_charges.charge), in its currency; else the row stays, or goes back, under
its own order.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable
from typing import NamedTuple

from core.ledger.bank_charges import charge
from core.ledger.named_papers import noted_payee
from core.ledger.order_payments import number_key
from core.ledger.orders import CANCELLED
from core.ledger.reread_rows import Written

KEY = "noted_halves"  # meta: {line id: [the order it sits under on its sheet, the one named]}
# a payment's own line (no goods) whose note writes a figure: one that may name an order
_CANDIDATES = (
    "SELECT l.id, l.line_key, l.order_id, l.notes, l.received_amount, l.currency "
    "FROM order_lines l WHERE l.amount = 0 AND l.received_amount > 0 AND NOT l.credit_note "
    "AND l.source_file IS ? AND l.notes GLOB '*[0-9]*' "
    f"AND l.status IS NOT '{CANCELLED}' ORDER BY l.id")
# the orders a sheet's rows sell (their line keys), with their numbers
_SHEET_ORDERS = (
    "SELECT DISTINCT o.id, o.order_no FROM orders o JOIN order_lines l ON l.order_id = o.id "
    "WHERE l.line_key IN (SELECT value FROM json_each(?)) AND l.amount > 0 "
    f"AND o.order_no IS NOT NULL AND o.status IS NOT '{CANCELLED}'")
# the line an earlier reader stored of a noted line's row under the order the note names
_BEFORE = (
    "SELECT o.id, o.line_key FROM order_lines n JOIN order_lines o ON o.source_file IS "
    "n.source_file AND o.source_sheet IS n.source_sheet AND o.source_row IS n.source_row "
    "AND o.id != n.id AND o.order_id = ? AND o.amount = 0 AND NOT o.credit_note "
    "AND o.received_amount IS n.received_amount AND o.received_date IS n.received_date "
    "AND o.notes IS n.notes AND o.product IS n.product WHERE n.id = ?")
# a line noted before: its money, its order now, its note, and the number of the order named
_LINE = ("SELECT l.received_amount, l.currency, l.order_id, l.notes, (SELECT order_no FROM "
         "orders WHERE id = ?) FROM order_lines l WHERE l.id = ?")
# an order's money: what its live lines sell, what all of them received (a credit note aside)
_OWED = (
    "SELECT o.currency, coalesce(sum(CASE WHEN l.status IS NOT ? AND NOT l.credit_note "
    "THEN l.amount END), 0), coalesce(sum(CASE WHEN NOT l.credit_note THEN coalesce("
    "l.received_amount, coalesce(l.deposit_amount, 0) + coalesce(l.balance_amount, 0)) END), 0) "
    "FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.id = ? AND l.id NOT IN "
    "(SELECT value FROM json_each(?))")


class Noted(NamedTuple):
    """A stored payment line whose note names another order of its sheet."""

    line: int
    at: int  # the order it is stored under now
    home: int  # ... the order it sits under on its sheet
    to: int  # ... the order its note names
    received: float
    currency: str | None


def weigh_noted(conn: sqlite3.Connection, file_name: str, written: Written,
                above: Collection[tuple[str, int]]) -> None:
    """Each payment line the file `file_name` wrote (`written`: its rows' sheets and line keys)
    under the order above it (`above`: its rows' sheets and numbers) noted for another order of
    its sheet, and each so noted before, under that order where it still owes the line's money
    on the store, else under its own order."""
    moved = _moved(conn)
    noted = {n.line: n for n in _written(conn, file_name, written, above, moved)}
    for line, (home, to) in moved.items():  # an earlier file's noted row, weighed again
        if line not in noted:
            received, currency, at, note, number = conn.execute(_LINE, (to, line)).fetchone()
            if not _still_names(note, home, to, number):
                received = 0.0  # its note, written anew, names that order's money no more
            noted[line] = Noted(line, at, home, to, float(received or 0.0), currency)
    if not noted:
        return
    ids = json.dumps(sorted(noted))
    base = {to: _owed(conn, to, ids) for to in {n.to for n in noted.values()}}
    kept: dict[str, list[int]] = {}
    for line in sorted(noted):  # in the order the lines were stored: an earlier half first
        n = noted[line]
        currency, amount, came = base[n.to]
        into = n.to if currency == n.currency and 0 < n.received <= amount - came + charge(
            n.received, None) + 0.005 else n.home
        if into == n.to:
            base[n.to] = (currency, amount, came + n.received)
        if n.received > 0:  # (its note naming that order's money still)
            kept[str(line)] = [n.home, n.to]
        # (no payer of its own: the row's buyer is its sheet's order's, under either order;
        # a writer finding it under the other order's buyer named him: core.ledger.line_payers)
        conn.execute("UPDATE order_lines SET order_id = ?, payer = NULL WHERE id = ?",
                     (into, line))
    if kept or moved:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                     (KEY, json.dumps(kept)))


def _moved(conn: sqlite3.Connection) -> dict[int, tuple[int, int]]:
    """The lines this pass weighed before, each with its own order and the one named (lines
    or orders since gone left out)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    found = {int(line): (home, to) for line, (home, to) in json.loads(row[0]).items()
             } if row else {}
    return {line: pair for line, pair in found.items() if _exists(conn, "order_lines", line)
            and all(_exists(conn, "orders", order) for order in pair)}


def _written(conn: sqlite3.Connection, file_name: str, written: Written,
             above: Collection[tuple[str, int]], moved: dict[int, tuple[int, int]]
             ) -> list[Noted]:
    """The file's payment lines held under the order above them (`above`) whose note names
    money of another order of their sheet (its rows read again only where a line's note names
    one number in a clause naming money). A row typing its own order and buyer is that order's
    whatever its note names: Delhi's 500 on PO-D2 noted 补付PO-Q1质量扣款 (Quito's deduction)
    stays Delhi's (fix60f; moved here, Delhi's 500 of credit went to Quito's PO-Q1)."""
    lines = {row[1]: row for row in conn.execute(_CANDIDATES, (file_name,)).fetchall()
             if noted_payee(row[3], _any, "") == _ANY} if above else {}
    if not lines:
        return []
    sheets: dict[str, list[tuple[int, str]]] = {}
    for sheet, number, key in written():
        sheets.setdefault(sheet, []).append((number, key))
    found: list[Noted] = []
    for sheet, rows in sheets.items():
        keys = [key for _, key in rows]
        mine = [lines[key] for number, key in rows if key in lines and (sheet, number) in above]
        if not mine:
            continue
        named = _named(conn, keys)
        for line, _, at, note, received, currency in mine:
            home = moved[line][0] if line in moved else at
            to = noted_payee(note, named, home)
            if to is not None and to != home:
                found.append(Noted(line, at, home, to, float(received), currency))
                _read_before(conn, line, to, moved)
    return found


def _read_before(conn: sqlite3.Connection, line: int, to: int,
                 moved: dict[int, tuple[int, int]]) -> None:
    """The line readers 213–222 stored of the same row under the order its note names, keyed
    by that order (this reader keys it by its own): the same row read twice, the earlier
    reading goes. Left, it held the half twice, X 3,500 in credit beside Y's 3,500 (fix63a).
    Only a line of that very place (file, sheet, row) and of the same row's cells: its
    product, its money, its day and its note; never one this pass weighed."""
    for old, key in conn.execute(_BEFORE, (to, line)).fetchall():
        if old not in moved:
            conn.execute("DELETE FROM order_lines WHERE id = ?", (old,))
            conn.execute("DELETE FROM file_receipts WHERE line_key = ?", (key,))


def _named(conn: sqlite3.Connection, keys: Iterable[str]) -> Callable[[str], int | None]:
    """The one order of a sheet (its rows' line `keys`) whose number is `number` (None: none,
    or two of it), as the reader's OrderPayments.named finds it."""
    numbers: dict[str, list[int]] = {}
    for order, number in conn.execute(_SHEET_ORDERS, (json.dumps(list(keys)),)):
        numbers.setdefault(number_key(number), []).append(order)
    return lambda number: (mine[0] if len(mine := numbers.get(number_key(number), [])) == 1
                           else None)


def _still_names(note: object, home: int, to: int, number: object) -> bool:
    """Does a noted line's note (as stored now) still name the money of the order `to`
    (numbered `number`)?"""
    written = number_key(number)
    return noted_payee(note, lambda part: to if number_key(part) == written else None,
                       home) == to


def _any(number: str) -> str:
    """Every number as one order's: a note naming any (in a clause naming money) may name an
    order of its sheet, asked then of the sheet's orders."""
    return _ANY


_ANY = "any order"


def _owed(conn: sqlite3.Connection, order: int, apart: str) -> tuple[str | None, float, float]:
    """An order's currency, what it sells and what its lines received, the noted ones apart."""
    currency, amount, came = conn.execute(_OWED, (CANCELLED, order, apart)).fetchone()
    return currency, float(amount), float(came)


def _exists(conn: sqlite3.Connection, table: str, row: int) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row,)).fetchone() is not None
