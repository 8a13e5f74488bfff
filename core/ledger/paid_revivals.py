"""A cancelled line its order's payments pay in full after the cancellation: it stands again.

fix57i brought a cancelled line back where money on its own row paid it in full after the
cancel (core.ledger.revived_lines.went_ahead). A clerk who books receipts on a tab of their
own (收款明细, a payments list) writes the buyer's wire on a row naming the order, which is
stored as a payment line of that order beside the cancelled sale: PO-R1 10,000 已取消 in March,
收款明细 10,000 on 05-10 naming PO-R1 was left as 10,000 of the buyer's credit, where the buyer
paid for goods he got (rv57c; hand: revived, paid, nothing owed, no credit).

So after a file is written, each order it touches that has a cancelled sale line and payment
lines is read: where its payments (those naming no other order, in the line's currency) and
the money on its sale rows pay every sale line of the order, the cancelled ones too, and the
latest payment is dated after each cancellation (revived_lines.paid_after), the cancelled lines
stand again, named in the import report as brought back by their payment. A part paid, or paid
before the cancel, stays the buyer's money, as before; so does money another buyer's row
pays, money a cancel note's successor takes (改为PO-R1A) and money another order of the buyer
is open for (core.ledger.paid_elsewhere, fix59f).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Container, Mapping, Sequence
from typing import NamedTuple

from core.ledger.normalise import fold
from core.ledger.noted_orders import loose_number
from core.ledger.order_sums import CANCELLED
from core.ledger.orders import TOLERANCE
from core.ledger.paid_elsewhere import (
    OPEN,
    STORED,
    another_payer,
    fits_open,
    successor_dead,
    went_ahead,
)
from core.ledger.revived_lines import PAID, names_another, paid_after
from core.ledger.still_moving import MovingRow
from core.ledger.successor_words import names_successor

_CHUNK = 500  # ids a query names at once (SQLite's bound parameters)
# the orders with a cancelled sale line (most files have none); asked of the whole table in one
# pass, as every query here is: the import writes with the lines' order_id index set aside
# (writer_sql.indexes_set_aside), and a query per order or naming each order's other lines
# (EXISTS … WHERE p.order_id = l.order_id) read the whole table once a line — the 100k bench
# ledger's first import ran past 12 CPU minutes where 8 s (fix58e as first written). Only an
# order with a payment line too (no sum sold, money received, in the line's own currency:
# _paid_line's, asked loosely) can be paid back: the 100k bench ledger's 1,446 cancelled
# orders have none, and their keys and lines were read for nothing (0.087 → 0.033 s, perf59a)
_CANCELLED = ("SELECT DISTINCT order_id FROM order_lines WHERE status = 'cancelled' AND NOT "
              "credit_note AND amount > 0 AND order_id IN (SELECT order_id FROM order_lines "
              "WHERE received_amount > 0 AND COALESCE(amount, 0) = 0 AND NOT "
              "COALESCE(credit_note, 0) AND received_currency IS NULL)")
_KEYS = ("SELECT o.id, o.order_key, c.key, c.name, o.customer_id FROM orders o JOIN customers c"
         " ON c.id = o.customer_id WHERE o.id IN ({})")
_LINES = ("SELECT l.id, l.amount, l.currency, l.received_amount, l.received_date, "
          "l.received_currency, l.notes, l.status, l.credit_note, l.source_sheet, l.source_row,"
          " l.status_file, l.status_sheet, l.status_row, o.order_no, l.order_id, l.product FROM"
          " order_lines l JOIN orders o ON o.id = l.order_id WHERE l.order_id IN ({}) ORDER BY "
          "l.id")
# a revived line stands as a line whose 正常 stood (NULL), its cancelling row kept in its source
_REVIVED = "UPDATE order_lines SET status = NULL WHERE id = ?"


class _Paid(NamedTuple):
    """A cancelled order's lines its payments pay: their ids, the latest payment's (order,
    sheet, row), and the payments' sum and currency."""

    lines: list[int]
    place: tuple[str, str, int]
    money: float
    currency: str
    went: bool  # a payment's note says the order went ahead (paid_elsewhere.went_ahead)
    successors: frozenset[str]  # the orders a cancel note says replaced it (改为PO-R1A)


def paid_back(conn: sqlite3.Connection,
              payers: tuple[Container[str], Mapping[str, set[tuple[str, str]] | None]],
              moving: list[MovingRow]) -> list[tuple[int]]:
    """Bring back each cancelled line of the orders the file writes that its order's payments
    pay (module doc); `payers`: the order keys the file writes, and per order key the (key,
    name) of the customers its payment rows name, where another's than its buyer may be among
    them (core.ledger.orders.Order.payers; an order without is left out). Each named in
    `moving` (the import report's rows, after the others) by its latest payment's row. The
    orders whose status the lines now settle."""
    written, named = payers
    cancelled = [order_id for (order_id,) in conn.execute(_CANCELLED)]
    if not cancelled:
        return []
    buyers = {order_id: (key, name, customer) for order_id, okey, key, name, customer
              in asked(conn, _KEYS, cancelled) if okey in written
              and not another_payer(named.get(okey), (key, name))}
    by_order: dict[int, list[tuple]] = {}
    for line in asked(conn, _LINES, sorted(buyers)):
        by_order.setdefault(line[15], []).append(line)
    found = {order_id: paid for order_id in sorted(by_order)
             if (paid := _paid_line(by_order[order_id])) is not None}
    sums: dict[int, list[tuple[int, str, float]]] = {}
    for customer, *rest in asked(conn, OPEN, sorted({buyers[o][2] for o in found})):
        sums.setdefault(customer, []).append(tuple(rest))
    stored = _stored(conn, sorted({buyers[o][2] for o, paid in found.items() if paid.successors}))
    settled = []
    for order_id, paid in found.items():
        if paid.successors and not successor_dead(paid.successors,
                                                  stored.get(buyers[order_id][2], {})):
            continue  # a successor's money (successor_words.names_successor)
        if not paid.went and fits_open(paid.money, paid.currency, order_id,
                                       sums.get(buyers[order_id][2], [])):
            continue  # the buyer's open order the money pays
        conn.executemany(_REVIVED, [(line_id,) for line_id in paid.lines])
        moving.append(MovingRow((1 << 30, order_id), *paid.place, revived=PAID))
        settled.append((order_id,))
    return settled


def asked(conn: sqlite3.Connection, sql: str, ids: Sequence[int | str]) -> list[tuple]:
    """`sql` (ending in "IN ({})") asked of the ids, :data:`_CHUNK` at a time."""
    found: list[tuple] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        found += conn.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
    return found


def _stored(conn: sqlite3.Connection, customers: list[int]) -> dict[int, dict[str, bool]]:
    """Per customer, the loose numbers of his stored orders, each with whether a line of it
    stands (paid_elsewhere.STORED); asked only of buyers whose cancel note names a successor."""
    stored: dict[int, dict[str, bool]] = {}
    for customer, number, live in asked(conn, STORED, customers):
        if number:
            mine = stored.setdefault(customer, {})
            key = loose_number(number)
            mine[key] = mine.get(key, False) or bool(live)
    return stored


def _paid_line(lines: list[tuple]) -> _Paid | None:
    """The cancelled lines of an order's `lines` (:data:`_LINES`) its payments pay; None where
    they pay less, or none after a cancel. A cancel note naming the order replacing it is kept
    in `successors`: the money is that order's unless it was cancelled too (paid_back)."""
    number = lines[0][14] if lines else None
    sales = [line for line in lines if not line[8] and (line[1] or 0) > 0]
    cancelled = [line for line in sales if line[7] == CANCELLED]
    if not cancelled or len({line[2] for line in sales}) != 1:
        return None  # its sales in two currencies: no plain sum
    payments = [line for line in lines if not line[8] and not line[1] and (line[3] or 0) > 0
                and line[5] is None and line[2] == cancelled[0][2] and line[4]
                and not names_another(line[6], (number, None))]
    if not payments:
        return None
    latest = max(payments, key=lambda line: (line[4], line[0]))
    received = sum(line[3] or 0.0 for line in (*payments, *sales))
    owed = sum(line[1] for line in sales if line[7] != CANCELLED)
    back = cancelled if received >= owed + sum(line[1] for line in cancelled) - TOLERANCE \
        else _named(cancelled, payments)
    if not back or received < owed + sum(line[1] for line in back) - TOLERANCE or not all(
            paid_after(line[6], line[11:14], latest[4]) for line in back):
        return None
    return _Paid([line[0] for line in back], (str(number or ""), latest[9], latest[10]),
                 sum(line[3] for line in payments), cancelled[0][2],
                 went_ahead(line[6] for line in payments),
                 names_successor(line[6] for line in cancelled))


def _named(cancelled: list[tuple], payments: list[tuple]) -> list[tuple]:
    """The cancelled lines whose product every payment's note names (LED灯货款 of a cancelled
    order's LED灯 6,000 and 灯罩 4,000: the LED灯 line's money; rv59a s253 f2 read 6,000 of
    credit), a product inside another named one (LED灯 in LED灯罩) not counted."""
    notes = [fold(line[6]) if isinstance(line[6], str) else "" for line in payments]
    named = {fold(p) for line in cancelled if isinstance(p := line[16], str) and len(p) > 1
             and all(fold(p) in note for note in notes)}
    named = {p for p in named if not any(p != q and p in q for q in named)}
    return [line for line in cancelled if isinstance(line[16], str) and fold(line[16]) in named]
