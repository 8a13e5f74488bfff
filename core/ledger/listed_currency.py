"""A list of returns that writes no currency: each return in its order's currency.

A 退货 tab or file headed 合同号 / 客户 / 退货金额 / 退款金额 names no currency; read in the firm's
(USD), PO-1's 3,000 return on a 15,000 EUR order was 3,000 USD: 2,777.78 EUR credited, revenue
13,200 USD where 12,960 is, and its refund did not meet the sale's own return (ref42). So a
row of such a list that writes no currency (record.CURRENCY_WRITTEN 0) is read in the currency
its order's sale is in: a sale row of the file (any tab) that writes its currency, else the
order the store holds. An order neither knows is read in the firm's, as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping

from core.ledger.keys import numbered_order_key
from core.ledger.normalise import fold
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CURRENCY_WRITTEN,
    CUSTOMER_KEY,
    ORDER_NO,
    RECEIVED_CURRENCY,
    Record,
)

# (order number, customer key) -> the currency of the order the store holds, None for none
StoredCurrency = Callable[[str, str], "str | None"]
Sold = dict[tuple[str, str], str]  # (customer key, folded order number) -> its sale's currency

_STORED = ("SELECT o.currency FROM orders o JOIN customers c ON c.id = o.customer_id WHERE "
           "o.order_key = ? AND c.key = ? LIMIT 1")


def stored_currency(conn: sqlite3.Connection) -> StoredCurrency:
    """The store's answer for :func:`in_order_currency`."""
    def currency(order_no: str, customer: str) -> str | None:
        found = conn.execute(_STORED, (numbered_order_key(order_no), customer)).fetchone()
        return None if found is None else str(found[0])

    return currency


def sold_in(records: Iterable[Record], sold: Sold | None = None) -> Sold:
    """The currency each order's first sale row writing one is in (added to `sold`)."""
    found: Sold = {} if sold is None else sold
    for r in records:
        if r[ORDER_NO] and r[CURRENCY_WRITTEN] and not r[CREDIT_NOTE] and r[AMOUNT] > 0:
            found.setdefault((r[CUSTOMER_KEY], fold(r[ORDER_NO])), r[CURRENCY])
    return found


def unsaid(records: Iterable[Record]) -> bool:
    """Does a list's row name an order and no currency?"""
    return any(r[ORDER_NO] and not r[CURRENCY_WRITTEN] for r in records)


def in_order_currency(records: list[Record], sold: Mapping[tuple[str, str], str],
                      stored: StoredCurrency | None) -> list[Record] | None:
    """A list's records, each naming an order and no currency in its order's (`sold`: the
    file's sales, else `stored`); None where none changes."""
    out: list[Record] | None = None
    for i, r in enumerate(records):
        if r[CURRENCY_WRITTEN] or not r[ORDER_NO]:
            continue
        code = sold.get((r[CUSTOMER_KEY], fold(r[ORDER_NO]))) or (
            stored(r[ORDER_NO], r[CUSTOMER_KEY]) if stored is not None else None)
        if code is None or code == r[CURRENCY]:
            continue
        out = list(records) if out is None else out
        values = list(r)
        if values[RECEIVED_CURRENCY] == values[CURRENCY]:
            values[RECEIVED_CURRENCY] = code
        values[CURRENCY], values[CURRENCY_WRITTEN] = code, 1  # its order's other rows say it
        out[i] = tuple(values)
    return out
