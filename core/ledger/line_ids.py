"""Which of a file's orders and lines the store holds already, and the ids the new ones get.

Run once per file before any row is written (core.ledger.writer): new orders numbered in
first-seen order, each order's new lines in a run after those of the orders before it, so the
writer inserts them in batches under ids known in advance. Apart from the writer because it
reads the store by key only and writes nothing (split63); an empty store is not asked.
"""

from __future__ import annotations

from core.ledger.batches import Batches
from core.ledger.held_sheets import HeldSheets
from core.ledger.order_sums import Order
from core.ledger.orders import SheetGroups
from core.ledger.write_counts import WriteCounts
from core.ledger.writer_sql import stored_rows


def number_lines(batches: Batches, held: HeldSheets, orders: list[Order], empty: bool,
                 counts: WriteCounts) -> list[bytearray]:
    """Which lines are stored already (a flag per record of each sheet) and which orders
    are; then the ids of the new ones: orders in first-seen order, and each order's new
    lines in a run after those of the orders before it."""
    stored = [bytearray(sheet.rows) for sheet in held.sheets]
    if empty:
        for order in orders:
            order.new_lines = order.own_lines
    else:
        for number, _records, groups in held:
            _look_up(batches, groups, orders, stored[number])
    conn = batches.read()
    order_id, line_id = (n or 0 for n in conn.execute(
        "SELECT (SELECT MAX(id) FROM orders), (SELECT MAX(id) FROM order_lines)").fetchone())
    counts.first_line = line_id + 1
    for order in orders:
        if not order.stored:
            order_id += 1
            order.id = order_id
        order.first_new_line = line_id + 1
        line_id += order.new_lines
        order.new_lines = 0  # from here on: the new lines written
    return stored

def _look_up(batches: Batches, groups: SheetGroups, orders: list[Order], stored: bytearray
             ) -> None:
    """One sheet's orders and lines looked up by key: the stored ones flagged, the new
    lines counted to their order."""
    firsts = {orders[rank].key: rank for rank, index in zip(
        groups.ranks, groups.indexes, strict=True) if index == 0}
    for key, order_id in stored_rows(batches, "SELECT order_key, id FROM orders WHERE "
                                 "order_key IN ({})", firsts):
        order = orders[firsts[key]]
        order.id, order.stored = order_id, True
    keys = [key for key, repeat in zip(groups.keys, groups.repeats, strict=True)
            if not repeat]
    found = {row[0] for row in stored_rows(
        batches, "SELECT line_key FROM order_lines WHERE line_key IN ({})", keys)}
    for position, key in enumerate(groups.keys):
        if groups.repeats[position]:
            continue
        if key in found:
            stored[position] = 1
        else:
            orders[groups.ranks[position]].new_lines += 1
