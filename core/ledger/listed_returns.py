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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Set
from dataclasses import dataclass
from typing import cast

from core.ledger.deduction_notes import names_deduction
from core.ledger.keys import numbered_order_key
from core.ledger.noted_orders import reference
from core.ledger.noted_returns import NOTED, returned_sum
from core.ledger.one_refund import Marks, given_back
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
            and not names_deduction(notes)  # nor a deduction the buyer took
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


# A return listed in parts across files (ref43): April's 台账 writes PO-1's 退货金额 3,000, its
# 退货 tab 1,500 of it so far, May's 退货 file the other 1,500 (1,500 shown on account where
# nothing is); or March's 台账 the column, a 退货 file 1,500 + 1,500 (credited 6,000 where
# 3,000 is). The parts of another file's column return are that return, in either order.
_STORED_COLUMN = (
    "SELECT -c.amount, s.amount, s.currency, s.received_amount, (SELECT coalesce(sum("
    "-r.received_amount), 0) FROM order_lines r WHERE r.order_id = c.order_id AND NOT "
    f"r.credit_note AND r.received_amount < 0 AND r.source_file IS NOT ?3) {_FROM} JOIN "
    "order_lines s ON s.order_id = c.order_id AND s.source_file = c.source_file AND "
    "s.source_sheet IS c.source_sheet AND s.source_row = c.source_row AND NOT s.credit_note "
    "AND s.amount > 0 WHERE o.order_key = ?1 AND k.key = ?2 AND c.credit_note AND "
    f"c.source_file IS NOT ?3 AND instr(c.line_key, '{NOTED}') > 0")
_STORED_PARTS = (
    f"SELECT -c.amount {_FROM} WHERE o.order_key = ?1 AND k.key = ?2 AND c.credit_note AND "
    f"c.amount < 0 AND c.source_file IS NOT ?3 AND instr(c.line_key, '{NOTED}') = 0 AND "
    "EXISTS (SELECT 1 FROM order_lines r WHERE r.order_id = c.order_id AND r.source_file = "
    "c.source_file AND r.source_sheet IS c.source_sheet AND r.source_row = c.source_row AND "
    "NOT r.credit_note AND abs(r.received_amount - c.amount) < 0.005)")


@dataclass(frozen=True)
class StoredColumn:
    """Another file's sale writing a return of an order in its return column."""

    figure: float  # the return's sum
    currency: str
    taken: bool  # its money taken off the sale's received (else given back: a list said it)
    refunded: float  # the order's refunds stored by other files than the one importing


class OtherFiles:
    """What other files than the one importing store of an order's return, for the parts a
    list writes of it (core.ledger.one_refund.listed_parts, :func:`parts_apart`)."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self._conn, self._name = conn, name

    def column(self, order_no: str, customer: str) -> StoredColumn | None:
        """The order's return column's return another file's sale row writes, its money
        taken off what it received (paid) or given back (paid in full); None for none."""
        for figure, amount, currency, received, refunded in self._conn.execute(
                _STORED_COLUMN, (numbered_order_key(order_no), customer, self._name)):
            received = received or 0.0
            if abs(received - (amount - figure)) < 0.005 or received >= amount - 0.005:
                return StoredColumn(round(figure, 2), currency,
                                    abs(received - (amount - figure)) < 0.005, refunded)
        return None

    def parts(self, order_no: str, customer: str) -> list[float]:
        """The sums of the order's returns other files list refunded in full, each on its
        row (a list of returns')."""
        return [round(figure, 2) for figure, in self._conn.execute(
            _STORED_PARTS, (numbered_order_key(order_no), customer, self._name))]


def parts_apart(stated: Marks, numbers: Mapping[tuple[object, object], str],
                others: OtherFiles | None, columns: Marks, short: Marks) -> Marks:
    """The parts a list writes (`stated`, by customer, currency, sum and order: numbered by
    `numbers`) of a return another file's sale writes in its return column (`others`), of no
    order a sale row of this file writes a return column of (`columns`): where that return's
    money was taken off the sale's received, the parts making no more than it are its
    return, their credit notes and refunds both written there (returned); where a list gave
    it back, the parts making no more than is still unlisted are their refunds alone (added
    to `short`). Not a list row of the return's whole sum: core.ledger.one_refund._sold_apart."""
    gone: Marks = Counter()
    if others is None:
        return gone
    own = {(m[0], m[3]) for m in columns}
    groups: dict[tuple[object, ...], list[tuple[object, ...]]] = defaultdict(list)
    for mark, count in stated.items():
        if count > 0 and (mark[0], mark[3]) not in own and (mark[0], mark[3]) in numbers:
            groups[(mark[0], mark[1], mark[3])].append(mark)
    for (customer, currency, order), marks in groups.items():
        found = others.column(numbers[(customer, order)], str(customer))
        if found is None or found.currency != currency or any(
                m[2] == found.figure for m in marks):
            continue
        listed = round(sum(cast(float, m[2]) * stated[m] for m in marks), 2)
        room = found.figure if found.taken else round(found.figure - found.refunded, 2)
        if listed <= room + 0.005:
            for m in marks:
                (gone if found.taken else short)[m] += stated[m]
    return gone


def stored_parts(others: OtherFiles | None, numbers: Mapping[tuple[object, object], str]
                 ) -> Callable[[tuple[object, ...]], float]:
    """For core.ledger.one_refund.listed_parts: the sum of the parts other files list of a
    sale's return column's return (its mark: customer, currency, sum, order), 0 where none
    or one of them is its whole sum (:func:`stored_list`)."""
    def listed(mark: tuple[object, ...]) -> float:
        number = numbers.get((mark[0], mark[3]))
        if others is None or number is None:
            return 0.0
        sums = others.parts(number, str(mark[0]))
        return 0.0 if mark[2] in sums else round(sum(sums), 2)

    return listed


def order_numbers(records: Iterable[Record], marks: Iterable[tuple[object, ...]]
                  ) -> dict[tuple[object, object], str]:
    """Each order number the records write of the orders `marks` name (customer key and
    reference: one_refund's marks), by customer key and reference; none read where no mark
    is (most files: no return column, no list of returns)."""
    wanted = {(m[0], m[3]) for m in marks}
    customers = {customer for customer, _ in wanted}
    if not customers:
        return {}
    return {key: r[ORDER_NO] for r in records if r[ORDER_NO] and r[CUSTOMER_KEY] in customers
            and (key := (r[CUSTOMER_KEY], reference(r[ORDER_NO]))) in wanted}
