"""A lot an older reader took for a stored line's balance left: the receipt it made up, gone.

Before reader 13 a second lot in next month's file (April's S-1 第二批 4,000 beside March's
line of 6,000) was read as March's line again, its lower amount the balance left: the line
kept 6,000 with 2,000 "received", undated, 4,000 open where 10,000 is. Today's reader reads
the row as a lot of its own (core.ledger.stored_lots), but a blank never erases: re-importing
March and April kept the made-up 2,000 on March's line, 8,000 open (lots35b). So where a row
read as another lot passes over a stored line whose receipt is undated and exactly the line's
amount less the row's, the receipt is that reading's and is cleared, before the file writes
its lines (a row of its own may still say what the line received).

Only such a reading made one up: the file passing the line must have been imported before by
a reader older than 13 (reader_version.LOTS_APART). A receipt the firm typed without its date
on the first lot (March's 4,000 of an 8,000 lot, the second lot's 4,000 in April's file) is
the same figure, and was cleared as one: 12,000 open where 8,000 is (lots36). Which file last
wrote the line tells nothing: March's file re-imported after the older reading writes the
line again and leaves its made-up receipt (a blank never erases), so a rule keeping the
receipts of lines their own file last wrote kept that one, 8,000 open where 10,000 is.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from core.ledger.lot_words import TOLERANCE
from core.ledger.reader_version import LOTS_APART

_READER = re.compile(r":reader=([0-9]+)")  # in an import's key (importer.import_key)


def clear_lot_balances(conn: sqlite3.Connection, passed: Sequence[tuple[str, float]],
                       name: str) -> None:
    """Clear the receipt an older reading of the lot made up on each passed line (`passed`:
    the stored line's key, the lot's amount; core.ledger.orders.OrderBook.passed), where the
    file `name` being imported was read before by such a reader (:func:`read_lots_as_balances`)."""
    lots = [(key, amount, TOLERANCE) for key, amount in passed if amount is not None]
    if not lots or not read_lots_as_balances(conn, name):
        return
    conn.executemany(
        "UPDATE order_lines SET received_amount = NULL, received_currency = NULL "
        "WHERE line_key = ? AND received_date IS NULL AND received_history IS NULL "
        "AND deposit_amount IS NULL AND balance_amount IS NULL "
        "AND abs(amount - ? - received_amount) <= ?", lots)


def read_lots_as_balances(conn: sqlite3.Connection, name: str) -> bool:
    """Was a file of the name `name` imported by a reader that read a later file's lot as the
    stored line's balance left (older than LOTS_APART; a key without a reader: the first)?"""
    for (key,) in conn.execute("SELECT content_hash FROM imports WHERE file_name = ?", (name,)):
        found = _READER.search(key or "")
        if (int(found.group(1)) if found else 1) < LOTS_APART:
            return True
    return False
