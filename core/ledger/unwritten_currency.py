"""Sale rows whose 币种 writes no currency, read in the firm's, where the buyer's other orders
in the file are in another one: named, their figures left as read.

A 台账 with a 币种 column: Berlin GmbH's A-1 writes 10,000 EUR, A-2 (12,000) leaves the cell blank
and A-3 (9,000) writes "-" (so do "—", "/", 待定, N/A, 无: record.CURRENCY_WRITTEN 0). Both were
read in USD, the firm's currency, and nothing said: 21,000 EUR counted as 21,000 USD, about 8 %
off, near the stop-loss list's 20,000 USD edge enough to move a buyer on or off it (cur50). A
clerk leaving the cell blank under a buyer who pays in EUR most likely meant EUR, but that is a
guess the product owner has not ruled on: the figures stay as read, and the import report names
the rows, one note per customer (:data:`SHOWN_CUSTOMERS`, then the rest in one; the customer
after the clerk's merges, named as the window shows it), where its sale rows of the file that
write their currency name exactly one with an exchange rate, not the firm's. Nothing is said of
a buyer with no other currency or several, of a sheet without a 币种 column (every row the firm's
currency: no fault), of a list of payments or returns, nor of a payment's or a credit note's
row: those are read in their order's currency (core.ledger.paid_in, listed_currency,
unsaid_currency); nor of a row whose line was stored in another currency (a carried row keeping
its stored line's: core.ledger.unsaid_currency), asked of the store once the file is written.

A sheet is looked at as it is taken (:func:`blank_sheet`: its rows' CURRENCY_WRITTEN, read at C
speed); a file with no such sheet is not walked, nor a packed sheet unpacked for this.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from operator import itemgetter

from core.i18n import NP_
from core.ledger.held_sheets import HeldSheets
from core.ledger.layout import SheetLayout
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CURRENCY_WRITTEN,
    CUSTOMER,
    CUSTOMER_KEY,
    ROW,
    SHEET,
    STATUS,
    Record,
)
from core.ledger.unrated import places_text
from core.messages import Listed, Message, Noted
from core.overrides import merged_keys

SHOWN_CUSTOMERS = 10  # the customers a file's notes name one by one, the rest in one note
UNWRITTEN = NP_(
    "{customer}: {count} row writes no currency ({rows}) and is read in {base}, the firm's "
    "currency, though the customer's other orders in this file are in {currency}: if it is in "
    "{currency}, write the currency and import the file again.",
    "{customer}: {count} rows write no currency ({rows}) and are read in {base}, the firm's "
    "currency, though the customer's other orders in this file are in {currency}: if they are "
    "in {currency}, write the currency and import the file again.")
MORE_CUSTOMERS = NP_(
    "{count} more customer has rows writing no currency, read in {base}, though its other "
    "orders in this file are in another currency: {customers}.",
    "{count} more customers have rows writing no currency, read in {base}, though their other "
    "orders in this file are in another currency: {customers}.")
# a sale row of the file: sheet, row, customer key, customer, currency, CURRENCY_WRITTEN, line key
Sale = tuple[str, int, str, str, str, int, str]
_LINE = "SELECT currency FROM order_lines WHERE line_key = ?"


def blank_sheet(layout: SheetLayout, records: Sequence[Record]) -> bool:
    """Does a sheet with a 币种 column, not a list of payments or returns, hold a row writing
    no currency? (No row walked in Python: a ledger writing every one costs a scan in C.)"""
    return ("currency" in layout.mapping and not (layout.receipts or layout.returns)
            and 0 in map(itemgetter(CURRENCY_WRITTEN), records))


def sells(amount: float | None, credit_note: object, status: object) -> bool:
    """A row selling something: no credit note, an amount above nothing, not cancelled."""
    return not credit_note and (amount or 0) > 0 and status != "cancelled"


def held_sales(held: HeldSheets) -> Iterator[Sale]:
    """A file's sale rows, sheet by sheet, with their line keys."""
    for _, records, groups in held:
        for r, key in zip(records, groups.keys, strict=True):
            if r[CUSTOMER_KEY] and sells(r[AMOUNT], r[CREDIT_NOTE], r[STATUS]):
                yield (r[SHEET], r[ROW], r[CUSTOMER_KEY], r[CUSTOMER], r[CURRENCY],
                       r[CURRENCY_WRITTEN], key)


def unwritten_rows(conn: sqlite3.Connection, held: HeldSheets, sheets: Collection[str],
                   known: Callable[[str], bool], base: str) -> list[Message]:
    """The notes of a file just written (`held`), whose `sheets` hold rows writing no currency
    (:func:`blank_sheet`): none, and nothing walked, where there is no such sheet."""
    return unwritten_notes(conn, held_sales(held), sheets, known, base) if sheets else []


def unwritten_notes(conn: sqlite3.Connection, sales: Iterable[Sale], sheets: Collection[str],
                    known: Callable[[str], bool], base: str) -> list[Message]:
    """The notes on a file's `sales` writing no currency on `sheets`, read in `base` and
    stored so, of customers whose other sales of the file write one currency, rated, not
    `base`; `known`: has a currency a rate (a "TBA" row, left out, is no buyer's currency)."""
    said: dict[str, set[str]] = {}  # customer key -> the currencies its sales write
    blank: dict[str, list[tuple[int, str, int, str]]] = {}  # ... -> its rows writing none,
    names: dict[str, str] = {}  # each with its place among the file's sales
    for place, (sheet, row, customer, name, code, written, key) in enumerate(sales):
        if written:
            if known(code):
                said.setdefault(customer, set()).add(code)
        elif sheet in sheets and code == base:
            blank.setdefault(customer, []).append((place, sheet, row, key))
            names.setdefault(customer, name)
    if not blank:
        return []
    # the customer after the clerk's merges: "Paris SARL Intl" merged into "Paris SARL" (EUR),
    # its blank 9,000 was named on neither, or under the merged-away spelling (rv50k)
    owner = merged_keys(conn)
    writes: dict[str, set[str]] = {}
    for customer, codes in said.items():
        writes.setdefault(owner(customer), set()).update(codes)
    unwritten: dict[str, list[tuple[int, str, int, str]]] = {}
    for customer, rows in blank.items():
        unwritten.setdefault(owner(customer), []).extend(rows)
        names.setdefault(owner(customer), names[customer])
    found = []
    for customer, rows in unwritten.items():
        other = writes.get(customer, set())
        if len(other) != 1 or base in other:
            continue
        stored = [(sheet, row) for _, sheet, row, key in sorted(rows)  # in the file's order
                  if _stored_in(conn, key) == base]
        if stored:
            found.append((_shown(conn, customer, names[customer]), other.pop(), stored))
    return _notes(found, base)


def _shown(conn: sqlite3.Connection, key: str, typed: str) -> str:
    """The customer as the window shows it (its name as stored), else as the file typed it."""
    name = conn.execute("SELECT name FROM customers WHERE key = ?", (key,)).fetchone()
    return typed if name is None else str(name[0])


def _stored_in(conn: sqlite3.Connection, key: str) -> str | None:
    line = conn.execute(_LINE, (key,)).fetchone()
    return None if line is None else str(line[0])


def _notes(found: list[tuple[str, str, list[tuple[str, int]]]], base: str) -> list[Message]:
    """One note per customer, the first SHOWN_CUSTOMERS; the rest named in one."""
    notes = [Message("unwritten_currency", UNWRITTEN, {
        "customer": name, "count": len(rows), "rows": places_text(rows), "base": base,
        "currency": code}) for name, code, rows in found[:SHOWN_CUSTOMERS]]
    rest = found[SHOWN_CUSTOMERS:]
    if rest:
        notes.append(Message("unwritten_currency", MORE_CUSTOMERS, {
            "count": len(rest), "base": base,
            "customers": Listed([Noted(name, code) for name, code, _ in rest], SHOWN_CUSTOMERS)}))
    return notes
