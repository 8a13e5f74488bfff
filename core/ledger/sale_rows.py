"""A row naming an earlier order but no product, dated in its own tab's month: read as a sale.

April's tab writes "B-1, no product, 40,000, received 20,000, dated April"; B-1 is March's
Sofa 25,000 and Chair 15,000. Dated before its tab's month, or saying 上月结转, such a row is
carried forward and read as the order's balance (core.ledger.balance_rows). Dated in April it
reads as a sale of the order, as the second half of an order shipped in halves does: the two
cannot be told apart, so the row is counted (the order comes to 80,000) and the report names
it, saying how the clerk makes it the order's balance.

Read from the database once the file is written, so the fast import and the reference one
say it alike.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.i18n import NP_
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.row_places import at_row
from core.messages import Listed, Message

# what a line key holds where its row names no product (keys.line_key: the order's key, "|",
# the product folded, "#", its place; a product of spaces folds to none). A file none of whose
# keys holds it wrote no line of no product: the file's lines are written under its rows'
# keys and no step before the note blanks a product, so the note's scan of every line is not
# made (0.02 s of a 100k import; perf68a), a packed sheet's keys asked as bytes, unread
# (core.ledger.held_sheets.HeldSheets.holds)
NO_PRODUCT = "|#"

_STANDING = ("{0}.amount > 0 AND NOT {0}.credit_note AND COALESCE({0}.status, '') != "
             "'cancelled'")
# this file's lines with no product, not carried, whose order has a line with a product
# written from another tab or file
_SALE_ROWS = (
    "SELECT o.order_no, l.source_sheet, l.source_row FROM order_lines l "
    "JOIN orders o ON o.id = l.order_id "
    "WHERE l.source_file = ? AND TRIM(COALESCE(l.product, '')) = '' AND NOT l.carried_forward "
    f"AND o.order_no IS NOT NULL AND {_STANDING.format('l')} AND EXISTS ("
    "SELECT 1 FROM order_lines m WHERE m.order_id = l.order_id AND m.id != l.id "
    f"AND TRIM(COALESCE(m.product, '')) != '' AND {_STANDING.format('m')} "
    "AND (m.source_file IS NOT l.source_file OR m.source_sheet IS NOT l.source_sheet)) "
    "ORDER BY l.source_sheet, l.source_row")


def sale_rows_message(conn: sqlite3.Connection, path: Path) -> list[Message]:
    """The note naming such rows of the file just written (none: no note)."""
    rows = conn.execute(_SALE_ROWS, (path.name,)).fetchall()
    if not rows:
        return []
    return [Message("earlier_order_sale_rows", NP_(
        "{file}: {count} row names an order of an earlier tab or file but no product, and is "
        "dated in its own tab's month: counted as a new sale of the order: {rows}. If it is "
        "the order's balance carried forward, write 上月结转 in its status or notes cell and "
        "import the file again: it is then read as the order's balance.",
        "{file}: {count} rows name orders of an earlier tab or file but no product, and are "
        "dated in their own tab's month: counted as new sales of the orders: {rows}. If they "
        "are the orders' balances carried forward, write 上月结转 in their status or notes "
        "cells and import the file again: they are then read as the orders' balances."),
        {"file": path.name, "count": len(rows), "rows": Listed(
            [at_row(str(order_no), sheet, row) for order_no, sheet, row in rows],
            SHARED_SHOWN)})]
