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

from core.i18n import N_
from core.ledger.keys import numbered_order_key
from core.ledger.layout import SheetLayout
from core.ledger.normalise import fold
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CURRENCY_WRITTEN,
    CUSTOMER_KEY,
    ORDER_NO,
    RECEIVED_CURRENCY,
    ROW,
    SHEET,
    Record,
)
from core.messages import Message

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


# A list naming no currency imported before any file sells its order was read in the firm's:
# PO-1's 3,000 return stored as 3,000 USD, its EUR sale's file after it credited 2,777.78 EUR
# where 3,000 EUR is (ref43). So such a list's lines are marked (order_lines.currency_written
# 0, as a carried row's blank currency cell is: schema 11), and once the order's sales are
# stored in one currency the marked lines are put in it, as the list read after them is.
_UNSAID = ("UPDATE order_lines SET currency_written = 0 WHERE source_file = ? AND "
           "source_sheet IS ? AND source_row = ?")
_MARKED = ("SELECT order_id FROM order_lines WHERE currency_written = 0 AND (credit_note OR "
           "amount = 0)")  # a carried row's blank currency cell (a sale's line) is no list's
_LATER = (
    "UPDATE order_lines AS l SET currency = s.currency, received_currency = CASE WHEN "
    "l.received_currency = l.currency THEN s.currency ELSE l.received_currency END, "
    "currency_written = 1 FROM (SELECT order_id, min(currency) AS currency FROM order_lines "
    f"WHERE order_id IN ({_MARKED}) AND NOT credit_note AND amount > 0 AND "
    "coalesce(currency_written, 1) != 0 GROUP BY order_id HAVING count(DISTINCT currency) = 1"
    ") AS s WHERE l.order_id = s.order_id AND l.currency_written = 0 AND l.currency != "
    "s.currency AND (l.credit_note OR l.amount = 0)")


def unsaid_rows(layouts: Iterable[SheetLayout], records: Iterable[Record]
                ) -> set[tuple[str, int]]:
    """The rows of a file's lists of returns or of money received (收款), and its rows of no
    worth (金额 0: a payment's), naming an order and no currency, still read in the firm's
    (no sale of the file nor the store gave theirs): (sheet, row). A 收款 list's 定金 4,500
    for an EUR order, read as USD, was no part of its total noted 定金4500+尾款10500: 4,500
    on account (fx43k)."""
    layouts = list(layouts)
    lists = {layout.sheet.name for layout in layouts if layout.returns or layout.receipts}
    # a sheet with a currency column writes its rows' (a blank cell aside): its rows are not
    # read again for this, nor a packed sheet's pack (tests/test_perf40b_packed_reads.py)
    bare = {layout.sheet.name for layout in layouts if "currency" not in layout.mapping}
    return {(r[SHEET], r[ROW]) for r in records if r[ORDER_NO] and not r[CURRENCY_WRITTEN] and (
        r[SHEET] in lists or (r[SHEET] in bare and not r[AMOUNT] and not r[CREDIT_NOTE]))
            } if lists or bare else set()


def in_sold_currency(conn: sqlite3.Connection, file_name: str,
                     unsaid: Iterable[tuple[str, int]], apart: bool = True) -> list[Message]:
    """After an import: the file's `unsaid` list rows' lines marked, and every marked line
    whose order's sales are now stored in one currency put in it; then each return or refund
    of an order the file writes a line of that names another currency than the order's
    sales, named (:func:`other_currency`). `apart`: whether any line is of no amount or a
    credit note (placed_receipts.lines_apart): none, and neither a marked line is put in its
    sales' currency (_LATER's lines are such) nor a return or refund named, their two scans
    of the lines left out (perf67a)."""
    conn.executemany(_UNSAID, [(file_name, sheet, row) for sheet, row in sorted(unsaid)])
    if not apart:
        return []
    conn.execute(_LATER)
    return other_currency(conn, file_name)


# the returns and refunds of the orders a file writes a line of (a few: most files have none):
# every line read in turn, and only a return's or refund's order asked whether the file writes
# a line of it (was every order of the file's lines read through its lines: 0.075 s of a 100k
# first import, 0.016 s now, perf47i)
_BACK = ("SELECT l.order_id, l.source_file, l.source_sheet, l.source_row, o.order_no, "
         "l.currency FROM order_lines l CROSS JOIN orders o ON o.id = l.order_id WHERE "
         "(l.credit_note OR l.amount = 0 AND l.received_amount < 0) AND o.order_no IS NOT NULL "
         "AND EXISTS (SELECT 1 FROM order_lines f WHERE f.order_id = l.order_id AND "
         "f.source_file = ?) ORDER BY l.source_file, l.source_sheet, l.source_row, l.id")
_SOLD_IN = ("SELECT min(currency) FROM order_lines WHERE order_id = ? AND NOT credit_note AND "
            "amount > 0 HAVING count(DISTINCT currency) = 1")
_OTHER = N_("“{file}”, sheet “{sheet}”, row {row}: a return or refund of order {order} in "
            "{currency}, where its sale is in {sold}: counted at the exchange rate, not in the "
            "sale's currency. Check the currency the row names.")


def other_currency(conn: sqlite3.Connection, file_name: str) -> list[Message]:
    """Each return or refund (a credit note, money sent back) of an order the file writes a
    line of, in another currency than the order's sales (all in one): named with its file,
    sheet and row and both currencies. A 退货 list in EUR of a USD sale was applied at the
    rate with no word said (ret44): the clerk checks which the row meant."""
    said: list[Message] = []
    seen: set[tuple[object, ...]] = set()
    for order_id, file, sheet, row, number, code in conn.execute(_BACK, (file_name,)).fetchall():
        sold = conn.execute(_SOLD_IN, (order_id,)).fetchone()
        if sold is None or sold[0] is None or sold[0] == code or (file, sheet, row) in seen:
            continue
        seen.add((file, sheet, row))
        said.append(Message("return_currency", _OTHER, {
            "file": file, "sheet": sheet, "row": row, "order": number, "currency": code,
            "sold": sold[0]}))
    return said
