"""The statements the ledger writer runs, and its batched look-ups by key.

Kept apart from core.ledger.writer, which decides what each row becomes: these say how a
decided row reaches the store (the columns of an inserted or updated order and line, a stored
order's status settled from all its lines) and how keys are looked up under SQLite's limit of
bound parameters. The row-by-row reference import (tests/reference_import) settles an order's
status with the very same statement, so the two imports cannot judge it apart.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from core.ledger.batches import Batches
from core.ledger.line_values import LINE_COLUMNS
from core.ledger.order_values import ORDER_COLUMNS

KEYS_PER_QUERY = 500  # under SQLite's limit of bound parameters, old and new


def chunks(items: Sequence[Any], size: int = KEYS_PER_QUERY) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def stored_rows(batches: Batches, sql: str, keys: Iterable[Any]) -> list[Any]:
    """The rows `sql` (ending in "IN ({})") finds for the keys, a batch at a time; with no
    key, nothing is asked (nor waited for)."""
    found: list[Any] = []
    for chunk in chunks(list(dict.fromkeys(keys))):
        found.extend(batches.read().execute(sql.format(",".join("?" * len(chunk))), chunk))
    return found


def indexes_set_aside(conn: sqlite3.Connection) -> list[str]:
    """The orders' and lines' indexes (not their keys' UNIQUE ones) dropped: the statements
    that make them again, as the schema wrote them."""
    found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                         "tbl_name IN ('orders', 'order_lines') AND sql IS NOT NULL "
                         "ORDER BY name").fetchall()
    for name, _sql in found:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


O_STATUS = ORDER_COLUMNS.index("status")
O_CUSTOMER = ORDER_COLUMNS.index("customer_id")
O_DATE = ORDER_COLUMNS.index("order_date")
ORDER_INSERTED = ("id", "order_key", *ORDER_COLUMNS, "first_import_id", "last_import_id",
                  "date_import_id")
# parameters: the order's columns, this import, the order's id. The import that changes an
# order's date becomes the one that wrote it (core.ledger.order_dates; the right-hand sides
# read the row as it was)
_ME = len(ORDER_COLUMNS) + 1
UPDATE_ORDER = (
    f"UPDATE orders SET {', '.join(f'{c} = ?{n}' for n, c in enumerate(ORDER_COLUMNS, 1))}, "
    f"last_import_id = ?{_ME}, date_import_id = CASE WHEN order_date IS ?{O_DATE + 1} "
    f"THEN date_import_id ELSE ?{_ME} END WHERE id = ?{_ME + 1}")
# where a line came from: the row that last changed it, and the row that wrote its status where
# that is another (core.ledger.own_rows)
SOURCE_COLUMNS = ("source_file", "source_sheet", "source_row", "status_file", "status_sheet",
                  "status_row")
# and the day of the file whose row wrote its status (core.ledger.older_status), and the latest
# day a file said a plain 正常 of it (schema 17), last
WRITTEN_COLUMNS = (*SOURCE_COLUMNS, "status_day", "plain_day")
# and, inserted only, the file and sheet whose row first wrote the line (core.ledger.own_rows)
FIRST_COLUMNS = ("first_file", "first_sheet")
LINE_INSERTED = ("id", "order_id", "line_key", *LINE_COLUMNS, *WRITTEN_COLUMNS, *FIRST_COLUMNS)
UPDATE_LINE = (f"UPDATE order_lines SET {', '.join(f'{c} = ?' for c in LINE_COLUMNS)}, "
               f"{', '.join(f'{c} = ?' for c in WRITTEN_COLUMNS)} WHERE id = ?")
STORED_LINES = (f"SELECT line_key, id, {', '.join(LINE_COLUMNS)}, "
                f"{', '.join(WRITTEN_COLUMNS)}, coalesce(currency_written, 1) FROM order_lines "
                "WHERE line_key IN ({})")
# of a STORED_LINES row: the line's values, its source columns, its status day and plain day,
# and whether its row wrote its currency (0: a blank cell read it; NULL, before schema 11: 1)
VALUES, SOURCES, STATUS_DAY, SAID = slice(2, -9), slice(-9, -3), slice(-3, -1), -1
STORED_ORDERS = (f"SELECT order_key, id, {', '.join(ORDER_COLUMNS)} FROM orders "
                  "WHERE order_key IN ({})")
# A stored order's status from every line it now has (as core.ledger.orders.Order.status
# judges a file's own lines): a file that shows some of an order's lines cannot say alone
# that all of them are cancelled, nor that a cancelled order has no live line now. A line
# worth nothing that received money (a row typed 收款 naming the order) is no sale: money
# paid on a cancelled order is the customer's credit, and the order stays cancelled.
_SALE = ("SELECT 1 FROM order_lines l WHERE l.order_id = orders.id AND NOT l.credit_note "
         "AND NOT (l.amount = 0 AND l.received_amount IS NOT NULL)")
STATUS_FROM_LINES = (
    "UPDATE orders SET status = CASE "
    "WHEN NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = orders.id AND "
    "NOT l.credit_note) THEN 'credit_note' "
    f"WHEN EXISTS ({_SALE}) AND NOT EXISTS ({_SALE} AND l.status IS NOT 'cancelled') "
    "THEN 'cancelled' "
    f"WHEN EXISTS ({_SALE} AND l.status = 'disputed') THEN 'disputed' ELSE NULL END "
    "WHERE id = ?")
