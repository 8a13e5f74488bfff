"""A lot an older reader took for a stored line's balance left: the receipt it made up, gone.

Before reader 13 a second lot in next month's file (April's S-1 第二批 4,000 beside March's
line of 6,000) was read as March's line again, its lower amount the balance left: the line
kept 6,000 with 2,000 "received", undated, 4,000 open where 10,000 is. Today's reader reads
the row as a lot of its own (core.ledger.stored_lots), but a blank never erases: re-importing
March and April kept the made-up 2,000 on March's line, 8,000 open (lots35b). So where a row
read as another lot passes over a stored line whose receipt is undated and exactly the line's
amount less the row's, the receipt is that reading's and is cleared, before the file writes
its lines (a row of its own may still say what the line received).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from core.ledger.lot_words import TOLERANCE


def clear_lot_balances(conn: sqlite3.Connection, passed: Sequence[tuple[str, float]]) -> None:
    """Clear the receipt an older reading of the lot made up on each passed line (`passed`:
    the stored line's key, the lot's amount; core.ledger.orders.OrderBook.passed)."""
    conn.executemany(
        "UPDATE order_lines SET received_amount = NULL, received_currency = NULL "
        "WHERE line_key = ? AND received_date IS NULL AND received_history IS NULL "
        "AND deposit_amount IS NULL AND balance_amount IS NULL "
        "AND abs(amount - ? - received_amount) <= ?",
        [(key, amount, TOLERANCE) for key, amount in passed if amount is not None])
