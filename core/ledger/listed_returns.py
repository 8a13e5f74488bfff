"""One return a sale's return column writes in one file and a list of returns in another.

April's 台账 writes PO-1's 3,000 return in its 退货金额 column: a credit note, and the money paid
for those goods sent back with them (core.ledger.refund_columns.net_of_returns: 15,000 paid,
12,000 received). A 退货 file lists the same return, 3,000 refunded. In one workbook the list
says the money (core.ledger.one_refund.put_back); in two files the credit note was met once
(core.ledger.noted_returns.stored_credit, displaced_notes.drop_noted) but the money went back
twice: 9,000 received, 3,000 open on a buyer paid back (ref42). So, in either order, the return
of the list's sum refunded in full is sent back once:
- the list stored first (its credit note and its refund of the sum, on one row of another
  file): the sale's return column takes nothing off its money received (:func:`stored_list`);
- the sale stored first (its return column's credit note, its note naming no return, its
  money received no more than its amount less the return): the list's refund of the sum is
  that money, not a second refund (:func:`stored_column`).
A list refunding part of the return, or none, in another file is read as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Set

from core.ledger.keys import numbered_order_key
from core.ledger.noted_returns import NOTED, returned_sum
from core.ledger.one_refund import given_back
from core.ledger.record import AMOUNT, CREDIT_NOTE, CUSTOMER_KEY, ORDER_NO, ROW, Record

# (order number, customer key, sum) -> is such a return stored so (another file's)
StoredReturn = Callable[[str, str, float], bool]

_FROM = ("FROM order_lines c JOIN orders o ON o.id = c.order_id JOIN customers k ON k.id = "
         "o.customer_id")
_WHERE = ("WHERE o.order_key = ?1 AND k.key = ?2 AND c.credit_note AND abs(c.amount + ?3) < "
          "0.005 AND c.source_file IS NOT ?4")
_LIST = (f"SELECT 1 {_FROM} {_WHERE} AND instr(c.line_key, '{NOTED}') = 0 AND EXISTS (SELECT 1 "
         "FROM order_lines r WHERE r.order_id = c.order_id AND r.source_file = c.source_file "
         "AND r.source_sheet IS c.source_sheet AND r.source_row = c.source_row AND NOT "
         "r.credit_note AND abs(r.received_amount + ?3) < 0.005) LIMIT 1")
_COLUMN = (f"SELECT c.id, s.notes, s.amount, s.currency, s.received_amount {_FROM} JOIN "
           "order_lines s ON s.order_id = c.order_id AND s.source_file = c.source_file AND "
           "s.source_sheet IS c.source_sheet AND s.source_row = c.source_row AND NOT "
           f"s.credit_note AND s.amount > 0 {_WHERE} AND instr(c.line_key, '{NOTED}') > 0")


def stored_list(conn: sqlite3.Connection, name: str) -> StoredReturn:
    """Does another file than `name` store a return of the order and sum with its refund of
    that sum on the same row (a list of returns')?"""
    def listed(order_no: str, customer: str, figure: float) -> bool:
        return conn.execute(_LIST, (numbered_order_key(order_no), customer, round(figure, 2),
                                    name)).fetchone() is not None

    return listed


def stored_column(conn: sqlite3.Connection, name: str) -> StoredReturn:
    """Does another file than `name` store a sale's return of the order and sum from its
    return column (its note naming none), its money for the goods taken off what it
    received? Each such return is one list row's, taken once: a second row of the sum on the
    file is a second return, its refund money sent back (fx42a: two 3,000 returns refunded,
    the column's one of them; both taken for it, 3,000 shown on account)."""
    taken: set[int] = set()

    def sold(order_no: str, customer: str, figure: float) -> bool:
        found = next((line for line, notes, amount, currency, received in conn.execute(
            _COLUMN, (numbered_order_key(order_no), customer, round(figure, 2), name))
            if line not in taken and returned_sum(notes, amount, currency) is None
            and (received or 0.0) >= round(amount - figure, 2) - 0.005), None)
        if found is not None:
            taken.add(found)
        return found is not None

    return sold


def list_back(records: list[Record], returned: Mapping[int, float], taken: Mapping[int, float],
              listed: StoredReturn | None, told: Set[int]) -> set[int]:
    """The sale rows (not `told` already) whose return column's return another file lists
    refunded in full (`listed`: :func:`stored_list`), in place: their money received given
    back what the column took for the goods (`taken`: row -> sum). Their rows."""
    back: set[int] = set()
    if listed is None or not taken:  # most sheets
        return back
    for i, r in enumerate(records):
        row = r[ROW]
        if taken.get(row) and row in returned and row not in told and r[ORDER_NO] and not r[
                CREDIT_NOTE] and r[AMOUNT] > 0 and listed(r[ORDER_NO], r[CUSTOMER_KEY],
                                                         returned[row]):
            records[i] = given_back(r, taken[row])
            back.add(row)
    return back
