"""Whose a number-only payment row is, and whether it repeats a receipt (fix64d).

Once the whole file is read, a row held under its number alone (core.ledger.number_only) is
the one buyer's whose sale row on any tab of the file, or else whose stored order with a sale
line, has that number (`take_owners`); two, or its order cancelled, and it stays skipped as
"no customer". Where no order of the number is on the file's tabs nor in the store at all,
the row is skipped as a payment of an order not imported yet (fix65f): the clerk's bank file
of April imported before March's ledger; the file is kept to be read again once an import
stores an order of that number (core.ledger.held_files), when the row finds its buyer as it
would imported after the ledger (it was "no customer" for good: X 7,000 owed, 72 days, black
where he had paid, rv64c). A
row giving that order a receipt it already has, its sum on its day, on another row of the file
(the clerk's 收款 tab listing the wire the order's own rows wrote) or from another file in the
store (next month's ledger listing March's balance again), is the same receipt: skipped, and
named with the row or file holding it. Counted twice it was a 7,000 credit on account, which a
later unpaid order then used up: a bad payer cleared. One rule for the import
(core.ledger.file_reader) and its preview (core.ledger.preview).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple

from core.i18n import N_
from core.ledger.held_files import first_stored
from core.ledger.keys import BOUGHT, BUYER, NUMBERED
from core.ledger.normalise import fold
from core.ledger.number_only import provisional
from core.ledger.record import (
    AMOUNT,
    CUSTOMER,
    CUSTOMER_KEY,
    ORDER_DATE,
    ORDER_NO,
    RECEIVED,
    RECEIVED_DATE,
    ROW,
    SHEET,
    STATUS,
    Record,
)
from core.ledger.row_problems import order_not_yet
from core.ledger.rows import SheetRecords, Skipped
from core.ledger.typed_rows import is_receipt_row
from core.messages import Message

Where = tuple[str, int] | str  # a receipt's (sheet, row) in the file, or its stored file


class Buyer(NamedTuple):
    """A buyer of a number, and where its order's receipts stand, by (day, sum)."""

    name: str
    paid: dict[tuple[str, float], Where]


# folded number -> {customer key: its buyer}; {}: an order of it, but no buyer (cancelled)
Owners = dict[str, dict[str, Buyer]]
StoredOwners = Callable[[set[str]], Owners]  # the store's buyers of some numbers


def stored_owners(conn: sqlite3.Connection, file_name: str, numbers: set[str]) -> Owners:
    """The store's customers with a sale line on an order of each folded number: its own key
    (o:2025-701), or a buyer's order under it where two buyers wrote the number (b:…@…); with
    their receipts on it that other files wrote (this file's own, read again, are no repeat).
    A number an order of which is stored with no such line (cancelled) is found with none."""
    found: Owners = {}
    for number in numbers:
        if first_stored(conn, number):  # the held files' own rule of a number stored
            found[number] = {}
        prefix = f"{BOUGHT}{number}{BUYER}"
        keys = (NUMBERED + number, prefix, prefix[:-1] + chr(ord(BUYER) + 1))
        for key, name in conn.execute(
                "SELECT DISTINCT c.key, c.name FROM orders o JOIN customers c ON c.id = "
                f"o.customer_id WHERE {_KEYED} AND EXISTS (SELECT 1 FROM order_lines l WHERE "
                "l.order_id = o.id AND l.amount <> 0 AND COALESCE(l.status, '') <> 'cancelled')",
                keys):
            found.setdefault(number, {})[key] = Buyer(name, {})
        for key, got, day, source in conn.execute(
                "SELECT c.key, l.received_amount, l.received_date, l.source_file FROM orders o "
                "JOIN customers c ON c.id = o.customer_id JOIN order_lines l ON l.order_id = "
                f"o.id WHERE {_KEYED} AND l.received_amount > 0 AND l.received_date IS NOT NULL "
                "AND COALESCE(l.source_file, '') <> ?", (*keys, file_name)):
            if key in found.get(number, {}):
                found[number][key].paid[(day[:10], round(got, 2))] = source or ""
    return found


_KEYED = "(o.order_key = ? OR (o.order_key >= ? AND o.order_key < ?))"
# an order cancelled (已取消) takes no money by its number alone: a row naming it (its deposit
# refunded, typed positive on the 收款 tab) was the buyer's money come, a 3,000 credit that
# his unpaid order used up (X 4,000 owed → 1,000, rv64c D6); whether cancelled in this file
# or as stored, it stays "no customer" as before fix64d
_CANCELLED = "cancelled"


def take_owners(sheets: Sequence[SheetRecords], records: Iterable[Record],
                stored: StoredOwners | None) -> None:
    """Each held number-only row given the one buyer of its number: a sale row's of the
    file (`records`, every tab's), else the store's (`stored`); left provisional (skipped as
    "no customer") where two buyers or a cancelled order have it, as waiting for its order
    where no order of it is known (`waits`), and skipped as the same receipt where
    that order already has one of its sum on its day, on another row of the file or from
    another file in the store: the clerk's 收款 tab listing the wire the order's own rows
    wrote, counted twice, was a 7,000 credit on account that a later unpaid order used up."""
    wanted = {number for sheet in sheets for r, _ in sheet.pending
              if (number := provisional(r[CUSTOMER_KEY])) is not None}
    if not wanted:
        return
    owners: Owners = {}
    paid: list[Record] = []
    cancelled: set[str] = set()
    for r in records:
        number = fold(r[ORDER_NO]) if r[ORDER_NO] else None
        if number not in wanted or provisional(r[CUSTOMER_KEY]) is not None:
            continue
        if r[STATUS] == _CANCELLED and not is_receipt_row(r):
            cancelled.add(number)  # no order to pay: its number's row stays "no customer"
            continue
        if not is_receipt_row(r):
            owners.setdefault(number, {}).setdefault(r[CUSTOMER_KEY], Buyer(r[CUSTOMER], {}))
        paid.append(r)
    if stored is not None:
        for number, buyers in stored(wanted - (cancelled - owners.keys())).items():
            mine = owners.setdefault(number, {})
            for key, buyer in buyers.items():
                mine.setdefault(key, Buyer(buyer.name, {})).paid.update(buyer.paid)
    for number in cancelled:  # an order of it, no buyer: "no customer", not waited for
        owners.setdefault(number, {})
    for r in paid:  # the file's own receipts last: a row to name beats a stored file
        found = owners.get(fold(r[ORDER_NO]), {}).get(r[CUSTOMER_KEY])
        if found is not None and (said := _paid(r)) is not None:
            found.paid[said] = (r[SHEET], r[ROW])
    for sheet in sheets:
        sheet.pending = [_owned(r, skip, owners) for r, skip in sheet.pending]


def _paid(record: Record, figure: int = RECEIVED) -> tuple[str, float] | None:
    """A record's receipt as (day, sum), or None; by its `figure` AMOUNT, a payments sheet's
    row: its amount the money received, dated by its order date where it has no other."""
    got = record[figure]
    day = record[RECEIVED_DATE] or (record[ORDER_DATE] if figure == AMOUNT else None)
    if not got or got <= 0 or day is None:
        return None
    return (day.isoformat() if isinstance(day, date) else str(day))[:10], round(got, 2)


def _owned(record: Record, skip: Skipped, owners: Owners) -> tuple[Record, Skipped]:
    """The record under its number's one buyer, else as it was; kept provisional and said
    to repeat where that buyer's order holds its receipt already, or to wait for its order
    where no order of its number is known (`waits`)."""
    number = provisional(record[CUSTOMER_KEY])
    if number is None:
        return record, skip
    if waits(number, owners):
        return record, replace(skip, message=order_not_yet(record[ORDER_NO]))
    buyers = owners[number]
    if len(buyers) != 1:
        return record, skip
    [(key, buyer)] = buyers.items()
    said = _paid(record) or _paid(record, AMOUNT)
    where = buyer.paid.get(said) if said is not None else None
    if where is not None:
        return record, replace(skip, message=repeat_message(record[ORDER_NO], where))
    row: list[Any] = list(record)
    row[CUSTOMER], row[CUSTOMER_KEY] = buyer.name, key
    return tuple(row), skip


def waits(number: str, owners: Owners) -> bool:
    """Does a number-only row of that folded number wait for its order: no tab of the file
    sells or cancels an order of it, and no order of it is stored? Its file is then kept and
    read again once an import stores one (core.ledger.held_files, by the order as written);
    a number two buyers have, or a cancelled order's, is known, and stays "no customer"."""
    return number not in owners


def repeat_message(order: str, where: Where) -> Message:
    """Why a number-only row is not counted: its order has that receipt already."""
    if isinstance(where, tuple):
        return Message("number_only_repeat", N_(
            "it names only the order {order}, which already has a receipt of this sum on this "
            "day on sheet “{sheet}” row {row}: the same receipt, counted once"),
            {"order": order, "sheet": where[0], "row": where[1]})
    return Message("number_only_repeat_stored", N_(
        "it names only the order {order}, which already has a receipt of this sum on this "
        "day from the file “{file}”: the same receipt, counted once"),
        {"order": order, "file": where})
