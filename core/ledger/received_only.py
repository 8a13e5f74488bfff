"""A payment row whose sum is written only in the received column (已收金额), 金额 left blank.

A clerk records a buyer's wire on a row of its own, typed 收款 or with 收款 in its status, and
writes the sum where money received goes: 已收金额 20,000, 收款日期 09-03; or leaves the type
blank and names the order paid (S-01), with the date received. Read as an order,
the row had no amount and was skipped: the 20,000 was lost and a buyer who had paid was owed
it, late and watched. Such a row is money received, read as a payment row with its sum in 金额
is (core.ledger.typed_rows.as_receipts: worth 0, its figure received on its date). A row that
says nothing of a payment (or is typed 销售) may be an order whose amount was forgotten: it is
still skipped, now named with its received figure and what to write (core.ledger.row_problems).
An untyped row naming an order its own sheet does not list is held aside (`elsewhere`) until
the whole file is read: an order of its customer that a sale row on another tab lists, or that
the store holds from an earlier import, makes it money received as its own sheet's would;
otherwise it is skipped as before (`matched`: the import's answer and its preview's), or,
without an order date, as naming an order not in the database yet, to import the orders' file
first (core.ledger.row_problems.held_problem: it read "no order date"). Matched
against its own sheet only, a wire on the 收款 tab for an order on the 9月 tab, or for last
month's order, was lost. A refund (its received figure below 0, its note saying the money went
back) naming its order is money sent back whatever lists the order: no sale has its amount
forgotten on it (a 退货 file imported before the file selling the order was refused: ref39).
One rule for the import and the reference import (tests/reference_import).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence

from core.ledger.keys import NUMBERED, buyer_order_key
from core.ledger.normalise import fold
from core.ledger.record import CUSTOMER_KEY, ORDER_NO, Record
from core.ledger.typed_rows import RETURNED, is_paid_line, is_receipt, is_receipt_row

Named = tuple[str, str]  # (customer key, folded order number)
StoredOrders = Callable[[set[Named]], set[Named]]  # which of some orders the store holds


def blank(cell: object) -> bool:
    """An empty amount cell (nothing typed, or spaces): not one that cannot be read."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def dated_by_receipt(order_cell: object, payment: bool) -> bool:
    """Is a payment row's missing date said as its date received? A payment row (收款) with
    its order date blank, typed where the clerk keeps no 下单日期 for a wire, was skipped as
    "no order date" and the money lost: with neither date it is skipped as having no date
    received; with its 收款日期 it is dated by it (`by_receipt`)."""
    return payment and blank(order_cell)


def by_receipt(order_date: object, received_date: object, payment: bool,
               amount: float | None = None, received: float | None = None) -> bool:
    """Does a payment row take its date received as its date? Its order date blank or one
    that cannot be read ("待定", "2025-13-01": the row was skipped, the wire lost; the report
    names the cell, core.ledger.unread), and a date received: the mirror of a payment row with
    only an order date taking that as its date received (core.ledger.typed_rows.as_receipts).
    A payment row typed (`payment`) or not, worth 0 with a sum received (typed_rows.
    is_paid_line: a weekly bank list's row, its 下单日期 blank, refused the list "no order
    date", every wire on it lost: fix41b)."""
    return (payment or is_paid_line(amount, received)) and order_date is None \
        and received_date is not None


def named(customer: str | None, order_no: str | None) -> Named | None:
    """The order a row names, as its customer's (None: no customer or no number)."""
    return (customer, fold(order_no)) if customer and order_no else None


def received_only(raw_amount: object, received: float | None, typed: bool, status: object,
                  kind: object, dated: bool, order: Named | None,
                  orders: set[Named | None], refund: bool | str = False
                  ) -> bool:
    """Is a row with this amount cell and received figure money received? Its amount cell
    blank, a received figure above 0 (or below, where its note or type says the money was
    sent back, `refund`: 已收金额 -2,000 typed 退汇 was skipped, the refund lost), and the
    row typed as a payment (`typed`: its 类型, or a payments sheet), its status cell saying
    so (收款, 回款), or, its type cell blank (a row typed 销售 may be a sale whose amount was
    forgotten), dated received (`dated`) and naming an order of its customer that a row of
    the sheet with an amount lists (`orders`), or where the money was sent back (`refund`: no
    sale receives less than nothing), whatever order it names or none, dated or not, as the
    same row with 0 in 金额 is (core.ledger.typed_rows.is_refund_line): a 退货 file's refund
    of MT-1 imported before the file selling MT-1 was skipped, the refund lost (ref39); one
    naming no order, or without its date received, was skipped where 金额 0 counted (ref40).
    A row whose status or note says its goods came back (`refund` RETURNED: typed_rows.money_back)
    is so where it names an order: -3,000 in 已收金额 with 状态 退货 is that order's return and
    its refund (was refused, "no amount": ref43), before its sale's file too, as a 退货 list's
    row is (was skipped: fx43a).
    """
    goods = refund == RETURNED
    return (blank(raw_amount) and received is not None and (received > 0 or (
        bool(refund) and received < 0))
            and (typed or is_receipt(status)
                 or (blank(kind) and (refund is True or (order is not None and (
                     goods or dated and order in orders))))))


def elsewhere(raw_amount: object, received: float | None, typed: bool, status: object,
              kind: object, dated: bool, order: Named | None, orders: set[Named | None],
              refund: bool | str = False) -> bool:
    """Would the row be money received if its sheet listed the order it names? An untyped row
    naming an order its own sheet does not list: held until the file's other tabs and the
    store are known."""
    return (order not in orders and not received_only(
        raw_amount, received, typed, status, kind, dated, order, orders, refund)
        and received_only(raw_amount, received, typed, status, kind, dated, order, {order},
                          refund))


def listed(records: Iterable[Record], customers: set[str]) -> set[Named]:
    """The orders of these customers a sale row (not a payment) of the file lists."""
    return {(r[CUSTOMER_KEY], fold(r[ORDER_NO])) for r in records
            if r[CUSTOMER_KEY] in customers and r[ORDER_NO] and not is_receipt_row(r)}


def matched(held: Sequence[Record], records: Iterable[Record], stored: StoredOrders | None
            ) -> set[Named]:
    """The orders that make the `held` rows money received: listed by a sale row of the
    file's (`records`: every tab's, not the held row's own only) for their customer, else held
    by the store (`stored`). One answer for the import (core.ledger.file_reader) and for the
    preview the clerk reads before it (core.ledger.preview), which said a wire on the 回款 tab
    for an order on the 7月 tab would be skipped while the import took it."""
    if not held:
        return set()  # no tab's rows looked at (a packed sheet is unpacked to be)
    orders = listed(records, {r[CUSTOMER_KEY] for r in held})
    wanted = {named(r[CUSTOMER_KEY], r[ORDER_NO]) for r in held} - orders
    if wanted and stored is not None:
        orders |= stored({n for n in wanted if n is not None})
    return orders


def stored_orders(conn: sqlite3.Connection, names: set[Named]) -> set[Named]:
    """Of these orders, the ones the store holds for their customer with a sale line (an
    earlier import's), by the key the import gives a numbered order, or a buyer's own."""
    found = set()
    for customer, number in names:
        own = NUMBERED + number
        if conn.execute(
                "SELECT 1 FROM orders o JOIN customers c ON c.id = o.customer_id "
                "WHERE c.key = ? AND o.order_key IN (?, ?) AND EXISTS (SELECT 1 FROM "
                "order_lines l WHERE l.order_id = o.id AND l.amount <> 0) LIMIT 1",
                (customer, own, buyer_order_key(own, customer))).fetchone():
            found.add((customer, number))
    return found
