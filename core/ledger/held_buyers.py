"""A held payment row naming its order under its buyer written otherwise (fix66b).

April's book types 2025-701 / ALDER HOME TRADING L.L.C. / 尾款70% / 7,000 noted 还差2000; March's
sold 2025-701 to Alder Home Trading LLC. A row naming an order its sheet does not list is held
until the file and the store are known (core.ledger.received_only), and matched by its customer's
key: L.L.C. is no key of LLC (normalise.customer_key keeps what a clerk's typing does not make).
So the row named an order "not in the database yet" for good: its file waited to be read again
when a file sells the order, which March had done already; Alder stood 7,000 owed, 72 days,
black, where he owed 2,000 (rv65d s1 E8). Typed 收款, the same row was Alder's money: a payer who
buys nothing is the buyer its name is written otherwise (core.ledger.payer_named, its note
`payer_folded`).

Here is that rule for a held row: where no order of its buyer matches it, the buyers a sale row
of the file or a stored order (a sale line, as received_only.stored_orders finds one) gives its
number are asked, and the one its name is, as written otherwise (paid_for.Named: the same words
under a company form of the same family, LLC and L.L.C., or none written), takes it, as if typed
with that buyer's name, where the name typed buys nothing in the file or the store (one that
does is a firm of its own). Its sheet's note says so, as a payer's does. Where the name is none
of theirs (Beta Corp on Alder's 2025-701), or buys in its own right, the row is skipped saying
whose the order is: not counted, for either, and not waiting for an order that is there (a
third party's wire the clerk books under the buyer's name). A number no order of is known waits
as before. One rule for the import (core.ledger.file_reader), its preview (core.ledger.preview)
and the reference import (tests/reference_import).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from core.i18n import N_
from core.ledger.keys import BOUGHT, BUYER, NUMBERED
from core.ledger.normalise import fold
from core.ledger.number_only import provisional
from core.ledger.paid_for import Named as NamedBuyer
from core.ledger.paid_for import Said, booked_to, unformed
from core.ledger.payer_named import fold_message
from core.ledger.received_only import Named, matched, named, stored_orders
from core.ledger.record import CUSTOMER, CUSTOMER_KEY, ORDER_NO, ROW, Record
from core.ledger.row_problems import HELD
from core.ledger.rows import SheetRecords, Skipped
from core.ledger.typed_rows import is_receipt_row
from core.messages import Listed, Message

Buyers = dict[str, dict[str, str]]  # folded number -> {customer key: name}


class StoredHeld(Protocol):
    """The store's orders a file's held rows name (received_only.stored_orders) and the
    buyers of their numbers (:func:`stored_buyers`)."""

    def __call__(self, names: set[Named]) -> set[Named]: ...

    def buyers(self, numbers: set[str]) -> Buyers: ...


class HeldOrders:
    """:class:`StoredHeld` of a database."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __call__(self, names: set[Named]) -> set[Named]:
        return stored_orders(self._conn, names)

    def buyers(self, numbers: set[str]) -> Buyers:
        return stored_buyers(self._conn, numbers)


def stored_buyers(conn: sqlite3.Connection, numbers: Iterable[str]) -> Buyers:
    """The customers of the stored orders of each folded number with a sale line, under its
    own key (o:2025-701) or a buyer's under it (b:…@…): the orders received_only.stored_orders
    matches a held row against, whoever's."""
    found: Buyers = {}
    for number in numbers:
        prefix = f"{BOUGHT}{number}{BUYER}"
        for key, name in conn.execute(
                "SELECT DISTINCT c.key, c.name FROM orders o JOIN customers c ON c.id = "
                "o.customer_id WHERE (o.order_key = ? OR (o.order_key > ? AND o.order_key < ?)) "
                "AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND "
                "l.amount <> 0)", (NUMBERED + number, prefix, prefix[:-1] + chr(ord(BUYER) + 1))):
            found.setdefault(number, {})[key] = name
    return found


def order_buyer(name: str | None, key: str, buyers: Mapping[str, str], known: Container[str]
                ) -> str | None:
    """The key of the one of `buyers` (key to name) a row's customer (`name`, `key`) is,
    written otherwise (paid_for.Named), its words but its company forms the same, every
    letter (paid_for.unformed: "Buyer V" is no "Buyer U"), where that customer buys nothing
    (not `known`)."""
    if not name or key in known or key in buyers:
        return None
    found = NamedBuyer(buyers)(Said(name, True))
    return found if found is not None and unformed(found) == unformed(key) else None


def respelled(sheets: Sequence[tuple[str, SheetRecords]], records: Iterable[Record],
              orders: set[Named], stored: StoredHeld | None, known: Container[str]
              ) -> list[Message]:
    """Each sheet's held rows (`pending`) whose order, as their customer's, is not in
    `orders` (received_only.matched): given the buyer of their number their name is written
    otherwise (its order then added to `orders`), else, where the number is a buyer's, their
    skip said so; the notes of the rows given. `records`: every tab's rows."""
    wanted = {fold(r[ORDER_NO]) for _, sheet in sheets for r, _ in sheet.pending
              if _unmatched(r, orders)}
    if not wanted:
        return []
    buyers: Buyers = {}
    for r in records:
        if r[ORDER_NO] and r[CUSTOMER_KEY] and (number := fold(r[ORDER_NO])) in wanted \
                and provisional(r[CUSTOMER_KEY]) is None and not is_receipt_row(r):
            buyers.setdefault(number, {}).setdefault(r[CUSTOMER_KEY], r[CUSTOMER] or "")
    for number, theirs in (stored.buyers(wanted) if stored is not None else {}).items():
        for key, name in theirs.items():
            buyers.setdefault(number, {}).setdefault(key, name)
    said: list[Message] = []
    for name, sheet in sheets:
        folded: dict[tuple[str, str], list[int]] = {}
        sheet.pending = [_held(r, skip, buyers, known, orders, folded) for r, skip in sheet.pending]
        said += [fold_message(name, payer, customer, rows)
                 for (payer, customer), rows in folded.items()]
    return said


def _unmatched(r: Record, orders: set[Named]) -> bool:
    """Does a held row name a buyer (not a number alone) and an order no buyer's match?"""
    order = named(r[CUSTOMER_KEY], r[ORDER_NO])
    return order is not None and order not in orders and provisional(r[CUSTOMER_KEY]) is None


def _held(r: Record, skip: Skipped, buyers: Buyers, known: Container[str], orders: set[Named],
          folded: dict[tuple[str, str], list[int]]) -> tuple[Record, Skipped]:
    """A held row given the buyer of its number it is written otherwise, or said skipped as
    not theirs."""
    if not _unmatched(r, orders) or not (theirs := buyers.get(fold(r[ORDER_NO]))):
        return r, skip
    key = order_buyer(r[CUSTOMER], r[CUSTOMER_KEY], theirs, known)
    if key is not None:
        orders.add((key, fold(r[ORDER_NO])))
        folded.setdefault((r[CUSTOMER] or "", theirs[key]), []).append(r[ROW])
        return booked_to(r, theirs[key], key), skip
    if skip.message.code != HELD:
        return r, skip  # an order whose amount may be forgotten: said so already
    return r, replace(skip, message=other_buyer(r[ORDER_NO], r[CUSTOMER], theirs.values()))


def other_buyer(order: str | None, customer: str | None, buyers: Collection[str]) -> Message:
    """Why a row naming an order another buyer has is skipped (no longer "not in the
    database yet": the order is there)."""
    return Message("held_other_buyer", N_(
        "it names the order {order}, which is {buyers}'s, not {customer}'s: not counted. If "
        "it is their payment, write their name as the row's customer and import the file "
        "again"), {"order": order or "", "customer": customer or "",
                   "buyers": Listed(sorted(buyers))})


def matched_held(sheets: Sequence[tuple[str, SheetRecords]],
                 records: Callable[[], Iterable[Record]], stored: StoredHeld | None,
                 known: Container[str], said: list[Message]) -> set[Named]:
    """The orders that make the sheets' held rows money received (received_only.matched:
    `records()`, every tab's rows), those of a buyer written otherwise given to him
    (:func:`respelled`, its notes added to `said`)."""
    orders = matched([r for _, sheet in sheets for r, _ in sheet.pending], records(), stored)
    said.extend(respelled(sheets, records(), orders, stored, known))
    return orders
