"""A line an earlier file stored, looked at for a row of a later file that says another lot.

A firm's files are a file a month: April's lists only the second lot of an order whose first
lot March's listed, in the first lot's place (order, product, place 0). Read as that line
again it updated March's line with its amount: 4,000 open where 10,000 was (lots35). A row
that says another lot (core.ledger.lot_words.row_lot) is read against the stored line in its
place as against an earlier tab's (lot_words.other_lot); the store is asked only for such a
row, and a line this file stored itself (read again after a reader upgrade, or re-sent) is the
row's own line, never another lot.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from core.ledger.lot_words import Shown, lot_said

StoredLots = Callable[[str], "Shown | None"]  # a line key -> the stored line as shown


def stored_lot(conn: sqlite3.Connection, file_name: str, key: str) -> Shown | None:
    """The stored line `key` of another file than `file_name`, as an earlier tab's showing."""
    found = conn.execute("SELECT amount, notes, product, ship_date, source_file FROM "
                         "order_lines WHERE line_key = ?", (key,)).fetchone()
    if found is None or found[4] == file_name:
        return None
    return found[0], lot_said(found[1], found[2]), found[3]
