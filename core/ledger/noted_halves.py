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
reader held under the order above it, its number blank, OrderPayments.noted: a row typing its
own order's number, with its buyer or without, was put there on purpose and is that order's
whatever its note names) on the named order's money stored: every tab, every file, in
whatever order they came. It belongs here and not in the analysis: the analysis builds its
dataset a line at a time in its hottest loop and keeps orders made whole between as-of dates
(core.analysis.kept_reading), which a line changing its order afterwards would break; in the
store the line is the named order's for every reader of it (the account, the lists, the
exports, the movements) at once. Each such row is weighed again at every import, whatever its
file: the rows are kept in `meta` (:data:`KEY`: each line's id, the order it sits under on its
sheet and the one its note names), so a later file paying 701 in full moves the row back to
702, one taking 701's money back (a refund, a row deleted from a copy) moves it to 701 again,
and undoing an import (a copy put back, core.recovery) brings the earlier account back with
its moves. A file writing the row again otherwise (its number and buyer typed, its note
anew) sends it home for good: kept and weighed again, a copy typing 2025-702 / Buyer Y on it
left X 3,500 and Y 3,500 owed, black, where X owes 7,000 and Y nothing (rv64a).

The named order is the one order of the row's sheet with that number, as the reader's
OrderPayments.named finds it once the sheet is read (an order of no row of that sheet is
none, nor is a number two of its orders write, though the store may hold them as one), in a
clause naming money (named_papers.noted_payee: not beside this order, 本单尾款). It takes the
row where what it owes, its amount less every other stored receipt of its lines (its own
noted rows weighed first, staying or going: :func:`_weighed`), holds the row's money within a
bank's charge (bank_charges.charge), in its currency; else the row stays, or goes back, under
its own order.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from core.ledger.bank_charges import charge
from core.ledger.named_papers import noted_payee
from core.ledger.order_payments import number_key
from core.ledger.orders import CANCELLED
from core.ledger.reread_rows import Written

KEY = "noted_halves"  # meta: {line id: [the order it sits under on its sheet, the one named]}
# the file's payment lines (no goods, money received) of the rows the reader holds noted
_CANDIDATES = (
    "SELECT l.id, l.line_key, l.order_id, l.received_amount, l.currency FROM order_lines l "
    "WHERE l.line_key IN (SELECT value FROM json_each(?)) AND l.amount = 0 "
    "AND l.received_amount > 0 AND NOT l.credit_note "
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
# the lines weighed before (meta), still stored, and both their orders: each line's key, its
# order now, money and note, the order it sits under and the one named, with its number
_KEPT = (
    "SELECT l.id, l.line_key, l.order_id, l.received_amount, l.currency, l.notes, h.id, t.id, "
    "t.order_no FROM json_each(?) j JOIN order_lines l ON l.id = CAST(j.key AS INTEGER) "
    "JOIN orders h ON h.id = json_extract(j.value, '$[0]') "
    "JOIN orders t ON t.id = json_extract(j.value, '$[1]') ORDER BY l.id")
# each order's money: what its live lines sell, what they received (a credit note aside), the
# noted lines apart: one grouped sum (asked per order over every noted line's id, the step
# took 3.0 s of CPU at 5,000 noted lines, at every import: rv64a)
_OWED = (
    "SELECT o.id, o.currency, coalesce(sum(CASE WHEN l.status IS NOT ? AND NOT l.credit_note "
    "THEN l.amount END), 0), coalesce(sum(CASE WHEN NOT l.credit_note THEN coalesce("
    "l.received_amount, coalesce(l.deposit_amount, 0) + coalesce(l.balance_amount, 0)) END), 0) "
    "FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id AND l.id NOT IN "
    "(SELECT value FROM json_each(?)) WHERE o.id IN (SELECT value FROM json_each(?)) "
    "GROUP BY o.id")
_MOVE = "UPDATE order_lines SET order_id = ?, payer = NULL WHERE id = ?"


class Noted(NamedTuple):
    """A stored payment line whose note names another order of its sheet."""

    line: int
    home: int  # the order it sits under on its sheet
    to: int  # ... the order its note names
    received: float
    currency: str | None


class Kept(NamedTuple):
    """A line weighed before, as stored now (:data:`_KEPT`)."""

    key: str
    at: int  # the order it is stored under now
    received: float
    currency: str | None
    note: object
    home: int
    to: int
    number: object  # the named order's


def weigh_noted(conn: sqlite3.Connection, file_name: str, written: Written,
                above: Mapping[tuple[str, int], str]) -> None:
    """Each payment line the file `file_name` wrote (`written`: its rows' sheets and line keys)
    under the order above it noted for another order of its sheet (`above`: its rows' sheets
    and numbers, each with the number of the order its note names: OrderPayments.noted), and
    each so noted before, under that order where it still owes the line's money on the
    store, else under its own order. A line weighed before whose row the file writes again
    and no longer so (its number or buyer typed, its note anew) goes home and is weighed no
    more; so does one whose note, written anew, names that order's money no more."""
    kept = _kept(conn)
    if not above and not kept:
        return  # no row of the file noted so, none weighed before: its packs not read again
    keys = {key: (sheet, row) for sheet, row, key in written()}
    noted = _written(conn, keys, above, kept)
    home: list[tuple[int, int]] = []  # (each line going home for good, its order)
    for line, k in kept.items():
        if line in noted:
            continue
        if k.key in keys or not _still_names(k.note, k.home, k.to, k.number):
            home.append((k.home, line))  # (the file wrote its row again, not noted: fix64a)
        else:
            noted[line] = Noted(line, k.home, k.to, k.received, k.currency)
    conn.executemany(_MOVE, home)
    if noted:
        conn.executemany(_MOVE, ((into, line) for line, into in _weighed(conn, noted).items()))
    if noted or kept:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (KEY, json.dumps(
            {str(line): [n.home, n.to] for line, n in sorted(noted.items())})))


def _kept(conn: sqlite3.Connection) -> dict[int, Kept]:
    """The lines this pass weighed before (lines or orders since gone left out)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    if not row:
        return {}
    return {line: Kept(key, at, float(received or 0.0), currency, note, home, to, number)
            for line, key, at, received, currency, note, home, to, number in conn.execute(
                _KEPT, (row[0],))}


def _written(conn: sqlite3.Connection, keys: Mapping[str, tuple[str, int]],
             above: Mapping[tuple[str, int], str], kept: Mapping[int, Kept]
             ) -> dict[int, Noted]:
    """The file's payment lines the reader held under the order above them whose note names
    money of another order of their sheet (`above`: that order's number), where the file
    writes that one order of that number on the row's sheet (the store may hold two orders a
    sheet writes one number for as one: X's and Z's 2025-701 one order, Y's row no half of it)."""
    mine = [key for key, place in keys.items() if place in above]
    lines = conn.execute(_CANDIDATES, (json.dumps(mine),)).fetchall() if mine else []
    if not lines:
        return {}
    sheets: dict[str, list[str]] = {}
    for key, (sheet, _) in keys.items():
        sheets.setdefault(sheet, []).append(key)
    named = {sheet: _named(conn, sheet_keys) for sheet, sheet_keys in sheets.items()
             if any(keys[line[1]][0] == sheet for line in lines)}
    found: dict[int, Noted] = {}
    for line, key, at, received, currency in lines:
        sheet, _ = place = keys[key]
        home = kept[line].home if line in kept else at
        to = named[sheet].get(above[place])
        if to is not None and to != home:
            found[line] = Noted(line, home, to, float(received), currency)
            _read_before(conn, line, to, kept)
    return found


def _read_before(conn: sqlite3.Connection, line: int, to: int, kept: Mapping[int, Kept]
                 ) -> None:
    """The line readers 213–222 stored of the same row under the order its note names, keyed
    by that order (this reader keys it by its own): the same row read twice, the earlier
    reading goes. Left, it held the half twice, X 3,500 in credit beside Y's 3,500 (fix63a).
    Only a line of that very place (file, sheet, row) and of the same row's cells: its
    product, its money, its day and its note; never one this pass weighed."""
    if line in kept:
        return
    for old, key in conn.execute(_BEFORE, (to, line)).fetchall():
        if old not in kept:
            conn.execute("DELETE FROM order_lines WHERE id = ?", (old,))
            conn.execute("DELETE FROM file_receipts WHERE line_key = ?", (key,))


def _named(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, int]:
    """The orders of a sheet (its rows' line `keys`) by number, each the one stored order of
    it (a number of two stored orders names none)."""
    numbers: dict[str, list[int]] = {}
    for order, number in conn.execute(_SHEET_ORDERS, (json.dumps(list(keys)),)):
        numbers.setdefault(number_key(number), []).append(order)
    return {number: orders[0] for number, orders in numbers.items() if len(orders) == 1}


def _weighed(conn: sqlite3.Connection, noted: Mapping[int, Noted]) -> dict[int, int]:
    """Each noted line's order: the one named where, with the money of its other lines and of
    the noted lines weighed before, it still owes the line's money within a bank's charge
    (bank_charges.charge), in its currency; else its own. An order's own noted lines are
    weighed before those naming it, staying home or going: Y's row under 702 noted 701's,
    701 paid, stays and pays 702, so W's row noted 2025-702尾款另一半 is W's own (read with
    every noted line apart, 702 owed 3,500: Y 3,500 in credit, W 3,500 owed, black: rv64a
    s8). Lines naming one order go in the order they were stored: an earlier half first; a
    ring of notes (701's row naming 702, 702's naming 701) is broken at its earliest line."""
    orders = sorted({n.home for n in noted.values()} | {n.to for n in noted.values()})
    base = {order: [currency, float(amount), float(came)] for order, currency, amount, came in
            conn.execute(_OWED, (CANCELLED, json.dumps(sorted(noted)), json.dumps(orders)))}
    naming: dict[int, list[int]] = {}
    for line in sorted(noted):
        naming.setdefault(noted[line].to, []).append(line)
    waiting = Counter(n.home for n in noted.values())  # each order's own lines not weighed
    ready = [(lines[0], to) for to, lines in naming.items() if not waiting[to]]
    rest = [(lines[0], to) for to, lines in naming.items()]
    heapq.heapify(ready)
    heapq.heapify(rest)
    into: dict[int, int] = {}
    while naming:
        _, to = heapq.heappop(ready if ready else rest)
        for line in naming.pop(to, []):
            n = noted[line]
            currency, amount, came = base[to]
            goes = to if currency == n.currency and 0 < n.received <= amount - came + charge(
                n.received, None) + 0.005 else n.home
            base[goes][2] += n.received
            into[line] = goes
            waiting[n.home] -= 1
            if not waiting[n.home] and n.home in naming:
                heapq.heappush(ready, (naming[n.home][0], n.home))
    return into


def _still_names(note: object, home: int, to: int, number: object) -> bool:
    """Does a noted line's note (as stored now) still name the money of the order `to`
    (numbered `number`)?"""
    written = number_key(number)
    return noted_payee(note, lambda part: to if number_key(part) == written else None,
                       home) == to
