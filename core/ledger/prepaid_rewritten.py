"""A row of money before any order, rewritten as its order in the next version of one workbook.

A clerk books a new order's deposit on a row of its own (备注 "新订单定金已收，金额待定": read as
money received, core.ledger.prepaid_rows) and next month writes that row as the order itself
(YY2 10,000, 实收 3,000, the same day). Under two file names the analysis counts the 3,000 once
(core.analysis.wires: one figure written in two files); a workbook imported again under its
name stored the order's 3,000 beside the earlier row's, both from that name: counted twice
(rv52c: 7,000 open shown as 4,000, nothing said). So after the write, a payment line with no
order that an earlier import of this file stored and this version no longer lists goes where
this version lists, new, a payment of the same customer, sum, currency and day on an order: the
row rewritten, its money counted once, and the report says so. Without such a payment the line
stays stored, as a missing row erases nothing (core.ledger.line_values).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from core.i18n import N_
from core.ledger.corrected_payments import drop_lines
from core.ledger.payment_lines import Stored, lines
from core.messages import Message

Written = Callable[[], Iterable[tuple[str, int, str]]]


def rewritten_prepaid(conn: sqlite3.Connection, file_name: str, written: Written
                      ) -> list[Message]:
    """Drop the earlier import's payment rows this version rewrote as their orders; say so."""
    earlier = [line for line in lines(
        conn, "l.source_file = ? AND l.amount = 0 AND l.received_amount > 0 "
        "AND o.order_no IS NULL", file_name) if not line.place[2]]
    if not earlier:
        return []
    keys = {key for _, _, key in written()}
    earlier = [line for line in earlier if line.key not in keys]
    if not earlier:
        return []
    on_orders = {(line.place[1], line.received, line.currency, line.day): line for line in lines(
        conn, "l.source_file = ? AND l.received_amount > 0 AND o.order_no IS NOT NULL",
        file_name) if line.key in keys}
    gone: list[tuple[Stored, Stored]] = []
    for line in earlier:
        found = on_orders.pop((line.place[1], line.received, line.currency, line.day), None)
        if found is not None:
            gone.append((line, found))
    drop_lines(conn, [old for old, _ in gone])
    return [Message("prepaid_rewritten", N_(
        "{file}: the {received} {currency} of {day} imported before from sheet “{sheet}” "
        "row {row} as money with no order is now written on order {order} (sheet "
        "“{new_sheet}” row {new_row}): counted once, as that order's."), {
        "file": file_name, "received": f"{old.received or 0:,.2f}",
        "currency": old.currency or "", "day": old.day or "", "sheet": old.place[0] or "",
        "row": old.row, "order": _number(conn, new.order_id), "new_sheet": new.place[0] or "",
        "new_row": new.row}) for old, new in gone]


def _number(conn: sqlite3.Connection, order_id: int) -> str:
    found = conn.execute("SELECT order_no FROM orders WHERE id = ?", (order_id,)).fetchone()
    return str(found[0]) if found else ""
