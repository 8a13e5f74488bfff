"""Is a file's order under a stored number the stored order, whoever its buyer is?

Two salespeople both numbering 2025-001… write different orders under one number: another day,
another sum (张伟's 2025-001 Alpha Haushalt 01-05 10,000; 李娜's Beta Homeware 01-09 5,000), and
each buyer keeps an order of its own (core.ledger.other_ledgers). A copied order is the same
order whatever the file is called: the year's file renamed (出口台账2025 - 副本, 最终版, Copy
of, v2) with a buyer corrected, a handover copy in the successor's book (陈静's 2025-015 typed
under the agent, Kevin's copy under the buyer, paid), one order in an ERP export and a
salesperson's book under a Chinese and an English name. Such a copy keeps the order's day or its
sum (the day may be corrected, or the sum re-typed on the order's day), so it moves the order
to its buyer as a correction does. Kept apart otherwise (:func:`same_order`): another sum (in
another currency, or not a re-typing of it) and another day, or another sum on the same day (two
salespeople's orders of one day), or products written on both sides and none alike.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from core.ledger.left_out import left_out
from core.ledger.record import AMOUNT, CURRENCY, ORDER_DATE, ORDER_NO, PRODUCT, Record

# a re-typed amount: within 1 % (a cent's rounding, a dropped digit's tail, a fee left out)
TYPED = 0.01
RETYPED = 0.1  # a sum typed again on the order's own day: within a tenth, or digits mistyped
ROUND = 100  # a sum of whole hundreds is round: kept on another day, no sign of a copy


@dataclass
class Substance:
    """An order's day (its earliest), its sum of sale lines, its currency, its products."""

    day: str
    amount: float
    currency: str
    products: set[str] = field(default_factory=set)

    def add(self, day: str, amount: float, product: object) -> None:
        """Another line of the order."""
        self.day = min(self.day, str(day)[:10])
        self.amount += amount
        if product_name := _product(product):
            self.products.add(product_name)


def _product(product: object) -> str:
    return unicodedata.normalize("NFKC", str(product or "")).casefold().strip()


def same_order(one: Substance, other: Substance, copied: bool = False) -> bool:
    """Are these one order, a copy of it? Its sum kept (the day maybe corrected), or its day
    kept with the sum re-typed (:func:`retyped`); not where the two write products and share
    none, unless day and sum are both kept. A day alone is no copy: two salespeople's orders of
    one day are common (rv53a's 2025-030: 张伟's Casa Hogar 29,110 EUR and 李娜's Toronto
    Appliances 10,820 USD, both of 07-02). In a book `copied` from the stored one
    (core.ledger.copied_books) a round sum on another day is one order too: the copy lifts that
    doubt alone, never the sum's (张伟's Alpha 10,000 and 李娜's Beta 12,500 stay two)."""
    day = one.day == other.day
    same = one.currency == other.currency
    amount = same_sum(one, other)
    if day and amount:
        return True
    if one.products and other.products and not one.products & other.products:
        return False
    return (amount and (copied or not _round(one.amount))) or day and same and retyped(one.amount,
                                                                          other.amount)


def same_sum(one: Substance, other: Substance) -> bool:
    """The same sum in the same currency, within :data:`TYPED` (a cent's rounding)?"""
    return one.currency == other.currency and abs(one.amount - other.amount) <= TYPED * max(
        abs(one.amount), abs(other.amount))


def _round(amount: float) -> bool:
    """A round sum (10,000 USD): two salespeople's orders of one number share it by chance, so
    on another day it is no sign of a copy (rv53e: 张伟's Alpha 10,000 of 01-05 moved to 李娜's
    Beta 10,000 of 01-09, a debtor 131 days overdue and black gone); 12,580.40 is."""
    return abs(amount) >= ROUND and abs(amount) % ROUND < 0.005


def retyped(one: float, other: float) -> bool:
    """Could one sum be the other typed again: within a tenth, or its digits swapped, or one
    digit of them another (12,000 and 12,600; 12,000 and 21,000; 12,000 and 13,000)?"""
    if abs(one - other) <= RETYPED * max(abs(one), abs(other)):
        return True
    a, b = f"{abs(one):.2f}", f"{abs(other):.2f}"
    return len(a) == len(b) and (sorted(a) == sorted(b)
                                 or sum(x != y for x, y in zip(a, b, strict=True)) == 1)


def sheet_orders(records: Iterable[Record], okeys: dict[str, str]) -> dict[str, Substance]:
    """Each number's order in these sale rows (no receipt rows), by its own order key."""
    found: dict[str, Substance] = {}
    for record in records:
        if (okey := okeys.get(record[ORDER_NO])) is None:
            continue
        one = found.get(okey)
        if one is None:
            one = found[okey] = Substance(str(record[ORDER_DATE])[:10], 0.0, record[CURRENCY])
        one.add(record[ORDER_DATE], float(record[AMOUNT] or 0), record[PRODUCT])
    return found


def stored_orders(conn: sqlite3.Connection, keys: list[str]) -> dict[str, Substance]:
    """The stored orders of these keys: their day, currency, and counted sale lines' sum and
    products (a line a later copy left out, core.ledger.deleted_orders, counts not)."""
    found: dict[str, Substance] = {}
    for start in range(0, len(keys), 500):
        part = keys[start:start + 500]
        for key, day, currency, amount, product in conn.execute(
                "SELECT o.order_key, o.order_date, o.currency, l.amount, l.product FROM orders o "
                "LEFT JOIN order_lines l ON l.order_id = o.id AND l.amount <> 0 AND NOT "
                f"{left_out('l.')} WHERE o.order_key IN ({','.join('?' * len(part))})", part):
            one = found.setdefault(key, Substance(str(day)[:10], 0.0, currency))
            one.add(day, float(amount or 0), product)
    return found
