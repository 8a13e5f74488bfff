"""A receipt another file wrote on an order's row, entered again on this file's 收款 tab.

陈静's order row of CJ25-37 shows 6,000 EUR received 2025-06-20 (实收金额 / 收款日期). She
leaves; Kevin copies the open order into his 订单 tab, its received cells left blank (a blank
keeps what is stored, core.ledger.line_values), and re-enters the deposit on his 收款 tab: the
same order, day, sum and currency (备注 陈静已收定金). Both were counted, nothing said: Vienna
Haushalt 8,640 USD open at 08-31 where 15,120 is, and a 6,480 credit from September (rv53a f3).
The analysis' safety net (core.analysis.wires, core.ledger.booked_twice.booked_twice) takes a
payment row and a sale row's figure of two files as one, but Kevin's order row became the line's
source, so the two read as one file's two receipts.

core.ledger.moved_receipts finds the pair: a sale line this file lists with its received cells
blank, whose stored total another file wrote, and a payment row of this file giving the same
order that sum on that day in that currency (new, or stored from this file before: Kevin's 收款
tab had the deposit since June, her July file wrote it on her row), each the other's only
match. Where this file's
row became the sale line's source (Kevin's copy gives the ship date), that is one receipt
written in two files the analysis takes for one file's two: the sale line's total goes (the
收款 row holds the money, on its day) and the report names both rows. Two receipts of one
sum on one day for one order in ONE file stay two (the sale row's cells are not blank there),
and so do a sale row's figure and a payment row of the same file's earlier reading (its own
earlier total: nothing says another file wrote it).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable

from core.i18n import NP_
from core.ledger.payment_lines import MARK, Pair, Stored, order_names, per_sheet, said_at
from core.ledger.receipt_history import read
from core.messages import Message, Noted

CODE = "receipt_entered_again"
Money = tuple[str, float, "str | None"]  # a received figure's day, sum and currency


def reentered(blank: list[tuple[Stored, str | None]], sources: dict[int, str | None],
              now: dict[str, Stored], rows: tuple[dict[str, tuple[str, int]], str],
              money: Callable[[Stored], Money]) -> list[Pair]:
    """The sale lines this file left blank (`blank`: each with its received history; `sources`:
    the file each is from after the write) whose total another file wrote, paired with this
    file's one payment row of the same order giving it (`now`: the lines of this file's rows
    writing a receipt on such a day, stored or new; `rows`: where each key's row stands, and
    this file's name), each the other's only match: one receipt written in both files, counted
    twice where the sale line is now this file's. Where it is still the other file's (this
    file's row left it as stored: June's ledger re-sent in July, its receipts moved to a 收款
    tab, rv51d 6), the analysis counts the two once already (core.ledger.receipts.
    booked_twice): nothing to do, nothing said."""
    where, name = rows
    payments: dict[tuple[int, Money], list[Stored]] = defaultdict(list)
    for key, line in now.items():
        if MARK in key and line.received is not None:
            payments[(line.order_id, money(line))].append(line)
    olds: dict[tuple[int, Money], list[Stored]] = defaultdict(list)
    for old, history in blank:
        if (MARK not in old.key and sources.get(old.id) == name
                and read(history, old.source)[1] not in (name, None)):
            olds[(old.order_id, money(old))].append(old)
    found = []
    for at, sales in olds.items():
        paid = payments.get(at, [])
        if len(sales) == len(paid) == 1:
            sheet, row = where[paid[0].key]
            found.append(Pair(sales[0], paid[0]._replace(
                place=(sheet, *paid[0].place[1:]), row=row, source=name)))
    return found


def reentered_messages(conn: sqlite3.Connection, pairs: list[Pair]) -> list[Message]:
    """A note a sheet: each payment row whose receipt another file's order row has already,
    named by its order, the money and day, and the other row."""
    if not pairs:
        return []
    orders = order_names(conn, pairs)

    def said(pair: Pair) -> Noted:
        old = pair.old
        return said_at(str(pair.new.row), old, f"{orders[old.order_id]}: "
                       f"{old.received or 0:,.2f} {old.currency or ''} {old.day}")

    return per_sheet(CODE, NP_(
        "Sheet “{sheet}”: {count} payment row enters again a receipt another file's order row "
        "has already, the same order, day, sum and currency, row {rows}: one receipt written "
        "in both files, counted once.",
        "Sheet “{sheet}”: {count} payment rows enter again receipts other files' order rows "
        "have already, the same orders, days, sums and currencies, rows {rows}: each one "
        "receipt written in both files, counted once."), pairs, said)
