"""One order under two forms of a long number: the float a General cell kept and the text typed.

An order number of 16+ digits typed into a General cell is saved as a float: March's
123456789012345678 comes back as 123456789012344992 (Excel kept 1.23456789012345E+17) or, an
ERP having written every digit, as the nearest float 123456789012345680. Stored under those
digits, April's ledger listing "123456789012345678" as Text made a second order (Buyer 1:
revenue 2,000 over 2 orders, 1,000 open, where the truth is 1,000, 1 order, 0 open), and a
bank list's payment naming it found no order. Here a file's long number is read as the form
the store (or an earlier tab) holds for the same customer when the two agree on Excel's 15
digits, one of them a float's digits and the other typed with more; the typed one is what
the clerk wrote, so the order is kept under it once seen (:func:`rename_orders`, after the
write). Another customer's number, or one differing within the 15 digits, stays apart.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from operator import itemgetter

from core.ledger.amounts import EXACT_WHOLE, EXCEL_DIGITS
from core.ledger.keys import numbered_order_key
from core.ledger.receipt_keys import order_renamed
from core.ledger.record import CUSTOMER_KEY, ORDER_NO, Record
from core.ledger.rows import SheetRecords

StoredLong = Callable[[str], list[str]]  # a customer key -> its stored long order numbers


def is_long(number: object) -> bool:
    """A number of more digits than Excel keeps."""
    return isinstance(number, str) and len(number) > EXCEL_DIGITS and number.isdigit()


def _cut(number: str) -> str:
    """The number as Excel keeps it once typed: its first 15 digits, zeros after."""
    return number[:EXCEL_DIGITS] + "0" * (len(number) - EXCEL_DIGITS)


def _from_float(number: str) -> bool:
    return int(float(number)) == int(number)


def _float_of(kept: str, typed: str) -> bool:
    """Whether `kept` is the digits a float cell gave for the `typed` number: Excel's 15
    digits of it (typed into a General cell), or the nearest float (an ERP's digits)."""
    if kept == typed or len(kept) != len(typed) or not _from_float(kept) \
            or typed == _cut(typed):
        return False
    if float(kept) < EXACT_WHOLE:  # a float holds the typed digits: only Excel's cut differs
        return kept == _cut(typed)
    shown = _shown(Decimal(kept))  # Excel's 15 digits: its cut when typed, else rounded
    return not _from_float(typed) and (float(typed) == float(kept)
                                        or shown in (_cut(typed), _shown(Decimal(typed))))


def _shown(number: Decimal) -> str:
    """The number to Excel's 15 significant digits, zeros after (a reader's float may be a
    step off the nearest: 123456789012345696 for 123456789012345678)."""
    return format(Decimal(f"{number:.{EXCEL_DIGITS}g}"), "f")


def typed_form(one: str, other: str) -> str | None:
    """Of two long numbers the one typed, where the other is a float's digits of it; None
    where they are two numbers."""
    if _float_of(one, other):
        return other
    if _float_of(other, one):
        return one
    return None


class LongOrders:
    """The form a file's long numbers are read in, customer by customer: the store's or an
    earlier row's where alike; `typed`: the orders (customer key, form read) to keep under
    the typed form the file gave."""

    def __init__(self, stored: StoredLong | None = None) -> None:
        self.stored = stored
        self.known: dict[str, list[str]] = {}
        self.read: dict[tuple[str, str], str] = {}
        self.typed: dict[tuple[str, str], str] = {}

    def sheet(self, sheet: SheetRecords) -> None:
        """A sheet's records and held payment rows read so (the import's, the preview's)."""
        sheet.records = self.records(sheet.records)
        if sheet.pending:
            sheet.pending = list(zip(self.records([r for r, _ in sheet.pending]),
                                     (s for _, s in sheet.pending), strict=True))

    def records(self, records: list[Record]) -> list[Record]:
        """The records, a long number another form of a known one read as that form."""
        longs = {n for n in set(map(itemgetter(ORDER_NO), records)) if is_long(n)}
        if not longs:  # the common case: each distinct number looked at once
            return records
        out = records
        for position, record in enumerate(records):
            number = record[ORDER_NO]
            if number not in longs:
                continue
            form = self.form(record[CUSTOMER_KEY], number)
            if form != number:
                if out is records:
                    out = list(records)
                out[position] = (*record[:ORDER_NO], form, *record[ORDER_NO + 1:])
        return out

    def form(self, customer: str, number: str) -> str:
        key = (customer, number)
        if key not in self.read:
            known = self.known.get(customer)
            if known is None:
                known = self.known[customer] = list(self.stored(customer) if self.stored
                                                    else [])
            form = number
            for other in known:
                typed = typed_form(other, number)
                if typed is not None:
                    form = other
                    if typed == number:
                        self.typed[(customer, other)] = number
                    break
            else:
                known.append(number)
            self.read[key] = form
        return self.read[key]


def stored_long(conn: sqlite3.Connection, customer: str) -> list[str]:
    """The customer's stored long order numbers, each an order under its own key."""
    return [number for number, key in conn.execute(
        "SELECT o.order_no, o.order_key FROM orders o JOIN customers c ON c.id = "
        "o.customer_id WHERE c.key = ? AND length(o.order_no) > ?", (customer, EXCEL_DIGITS))
        if is_long(number) and key == numbered_order_key(number)]


def rename_orders(conn: sqlite3.Connection, typed: dict[tuple[str, str], str]) -> None:
    """Each order written under a float's digits kept under the number typed, its lines'
    keys with it; not where another order holds the typed number already."""
    by_customer: dict[str, dict[str, str]] = defaultdict(dict)
    for (customer, kept), number in typed.items():
        by_customer[customer][kept] = number
    for customer, numbers in by_customer.items():
        for kept, number in numbers.items():
            old, new = numbered_order_key(kept), numbered_order_key(number)
            row = conn.execute(
                "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE "
                "c.key = ? AND o.order_key = ?", (customer, old)).fetchone()
            if row is None or conn.execute("SELECT 1 FROM orders WHERE order_key = ?",
                                           (new,)).fetchone():
                continue
            conn.execute("UPDATE orders SET order_key = ?, order_no = ? WHERE id = ?",
                         (new, number, row[0]))
            conn.execute("UPDATE order_lines SET line_key = ? || substr(line_key, ?) WHERE "
                         "order_id = ? AND substr(line_key, 1, ?) = ?",
                         (new, len(old) + 1, row[0], len(old), old))
            order_renamed(conn, old, new)
