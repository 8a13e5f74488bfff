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

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence

from core.ledger.copy_names import copies
from core.ledger.lot_words import TOLERANCE
from core.ledger.reader_version import LOTS_APART

_READER = re.compile(r":reader=([0-9]+)")  # in an import's key (importer.import_key)


def clear_lot_balances(conn: sqlite3.Connection, passed: Sequence[tuple[str, float]],
                       name: str, typed: Iterable[tuple[str, float]] = (),
                       file: tuple[str, str] | None = None) -> None:
    """Clear the receipt an older reading of the lot made up on each passed line (`passed`:
    the stored line's key, the lot's amount; core.ledger.orders.OrderBook.passed), where the
    file `name` being imported was read before by such a reader (:func:`read_lots_as_balances`).
    A receipt the file's own row states (`typed`: each row's line key and undated received
    figure, read only then) is the firm's, its file named as its total's (a history of no
    earlier step: core.ledger.receipt_history), which no later file's lot clears: March's file
    re-imported first, then April's lot, cleared the 4,000 March's row says came in, 12,000
    open where 8,000 is (order38). `file`: the file's resolved path and import key (importer.
    import_key), where known."""
    lots = [(key, amount, TOLERANCE) for key, amount in passed if amount is not None]
    if not read_lots_as_balances(conn, name, file):
        return
    conn.executemany(
        "UPDATE order_lines SET received_history = ? WHERE line_key = ? AND received_date IS "
        "NULL AND received_history IS NULL AND abs(received_amount - ?) <= ?",
        [(json.dumps([name]), key, figure, TOLERANCE) for key, figure in typed])
    if not lots:
        return
    conn.executemany(
        "UPDATE order_lines SET received_amount = NULL, received_currency = NULL "
        "WHERE line_key = ? AND received_date IS NULL AND received_history IS NULL "
        "AND deposit_amount IS NULL AND balance_amount IS NULL "
        "AND abs(amount - ? - received_amount) <= ?", lots)


def read_lots_as_balances(conn: sqlite3.Connection, name: str,
                          file: tuple[str, str] | None = None) -> bool:
    """Was a file of the name `name`, or its copy (台账 2025-04 (1).xlsx beside 台账 2025-04.xlsx:
    core.ledger.copy_names), imported by a reader that read a later file's lot as the stored
    line's balance left (older than LOTS_APART; a key without a reader: the first)? April's
    file sent again as its copy (1) left the 2,000 its original's older reading made up: 8,000
    open where 10,000 is (order38). Given the file's resolved path and import key (`file`),
    only an import from that path or of the same content (the module's docstring)."""
    for file_name, key, where in conn.execute(
            "SELECT file_name, content_hash, file_path FROM imports"):
        if file_name != name and not copies(name, file_name) or file is not None and (
                where != file[0] and _content(key) != _content(file[1])):
            continue
        found = _READER.search(key or "")
        if (int(found.group(1)) if found else 1) < LOTS_APART:
            return True
    return False


def _content(key: str | None) -> str:
    """The content's fingerprint an import key (importer.import_key) begins with."""
    return (key or "").partition(":")[0]
