"""Who paid each payment line, where the ledger names another than its order's buyer.

A payments tab (收款明细) books each wire under the customer the slip names (客户名称, 付款人,
付款方) beside the order it gave. Where that is another than the order's buyer, the line keeps
him (order_lines.payer, schema 26): Kobe's two wires on Rio's cancelled PO-R1 are his, Rio's
own 8,000 beside Kobe's 2,000 stays Rio's (core.ledger.payer_own_first reads it per line; rv59g
s296, rv59e s281 k6–k8). The order's lines alone are asked of (those of an order with another
payer: Order.payers), so a ledger whose payments name their buyers adds no statement per row.
NULL, as every line of an older database: the order's buyer paid it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

# the line's payer set, or cleared where it is now the order's buyer (the file read again)
_STORE = ("UPDATE order_lines SET payer = NULLIF(?1, (SELECT c.key FROM orders o JOIN customers c "
          "ON c.id = o.customer_id WHERE o.id = order_lines.order_id)) WHERE line_key = ?2")


def store_payers(conn: sqlite3.Connection, paid_by: Mapping[str, str]) -> None:
    """Each line's payer (`paid_by`: the customer key its last row named, by line key), kept
    where it is not its order's buyer as the file leaves the order."""
    conn.executemany(_STORE, [(payer, key) for key, payer in paid_by.items()])
