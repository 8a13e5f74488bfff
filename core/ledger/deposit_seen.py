"""A payment row that is a deposit or balance its order's line writes already: counted once.

April's 台账 sells DN-3 for 15,000 USD, its row writing 定金 3,000 of 04-12 in the deposit
column; May's lists DN-3 again with only that 定金 3,000 of 04-12 (its amount cell blank: read
as money received, core.ledger.deposit_paid). Both were counted: 9,000 open where 12,000 is
(rv47d), and so were month tabs, monthly files or one tab re-listing the deposit under the sale
row. A row written as the same money re-sent is known by its order, sum and day, whichever
column holds it (two rows of one 已收 figure were one line already): a payment line this file
writes, worth nothing itself, of the sum and day of another line's 定金 or 尾款 on its order
(stored before, or written by this file, any tab) is that deposit or balance, and goes, named
per sheet. Each deposit or balance takes one such row; a refund (a negative sum) is none; nor
is money of another currency than the line's (3,000 USD of 04-12 beside a 定金 of 3,000 人民币:
rv47d2, 6,306 open → 9,306), nor a row whose note says it is another payment (尾款 3,000 paid
the day of the 3,000 定金: 0 open → 3,000). A row gone, written new, is counted unchanged, not
inserted: the money it lists was in the database already ("2 inserted" for one sale, dep48).
"""

from __future__ import annotations

import json
import sqlite3

from core.i18n import NP_
from core.ledger.corrected_payments import drop_lines
from core.ledger.leftover_lines import Counts
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.payment_kinds import BALANCE, kinds
from core.ledger.payment_lines import MARK, Stored, Written, lines
from core.ledger.written_keys import marked
from core.messages import Listed, Message, Noted

# the order's lines writing a deposit or balance: (order, sum rounded, day, currency, place:
# 1 the deposit, BALANCE the balance) of each
_WRITTEN = ("SELECT order_id, ROUND(deposit_amount, 2), substr(deposit_date, 1, 10), "
            "coalesce(currency, ''), 1 FROM order_lines WHERE order_id IN (SELECT value FROM "
            "json_each(?)) AND deposit_amount > 0 AND deposit_date IS NOT NULL UNION ALL SELECT "
            "order_id, ROUND(balance_amount, 2), substr(balance_date, 1, 10), "
            "coalesce(currency, ''), ? FROM order_lines WHERE order_id IN (SELECT value FROM "
            "json_each(?)) AND balance_amount > 0 AND balance_date IS NOT NULL")


def deposits_seen(conn: sqlite3.Connection, file_name: str, written: Written,
                  counts: Counts) -> list[Message]:
    """This file's payment lines (keyed by their sum, worth nothing, no deposit or balance
    of their own) that are a 定金 or 尾款 their order's line writes: gone, a note per sheet,
    those the write inserted counted unchanged in `counts` (the import's)."""
    paid = marked(written, MARK)
    mine = [line for line in lines(
        conn, "l.line_key IN (SELECT value FROM json_each(?)) AND COALESCE(l.amount, 0) = 0 "
        "AND l.deposit_amount IS NULL AND l.balance_amount IS NULL", json.dumps(sorted(paid)))
        if line.received and line.received > 0 and line.day] if paid else []
    if not mine:
        return []
    orders = json.dumps(sorted({line.order_id for line in mine}))
    left: dict[tuple[int, float, str, str], list[int]] = {}
    for order, figure, day, currency, place in conn.execute(_WRITTEN, (orders, BALANCE, orders)):
        left.setdefault((order, figure, day, currency), []).append(place)
    gone: list[Stored] = []
    for line in sorted(mine, key=lambda m: (str(m.place[0]), m.row)):
        places = left.get((line.order_id, round(line.received or 0.0, 2), str(line.day)[:10],
                           line.currency or ""), [])
        said = kinds(line.notes)  # 尾款 on the deposit's day is the balance, not it (rv47d2)
        place = next((p for p in places if not said or p in said), None)
        if place is not None:
            places.remove(place)
            gone.append(line)
    drop_lines(conn, gone)
    counts.unwritten(sum(line.id >= counts.first_line > 0 for line in gone), 0)
    sheets: dict[str, list[Stored]] = {}
    for line in gone:
        sheets.setdefault(str(line.place[0]), []).append(line)
    return [Message("deposit_listed_again", NP_(
        "Sheet “{sheet}”: {count} payment row is the sum and day of a 定金 or 尾款 its "
        "order's row already writes, row {rows}: taken as that deposit or balance listed "
        "again and counted once.",
        "Sheet “{sheet}”: {count} payment rows are each the sum and day of a 定金 or 尾款 "
        "their order's row already writes, rows {rows}: each taken as that deposit or "
        "balance listed again and counted once."),
        {"sheet": sheet, "count": len(found), "rows": Listed([Noted(  # its own row: named once
            str(line.row), f"{line.received or 0:,.2f} {str(line.day)[:10]}") for line in found],
            SHARED_SHOWN)}) for sheet, found in sheets.items()]
