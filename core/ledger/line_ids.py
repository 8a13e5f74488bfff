"""Which of a file's orders and lines the store holds already, and the ids the new ones get.

Run once per file before any row is written (core.ledger.writer): new orders numbered in
first-seen order, each order's new lines in a run after those of the orders before it, so the
writer inserts them in batches under ids known in advance. Apart from the writer because it
reads the store by key only and writes nothing (split63); an empty store is not asked.
"""

from __future__ import annotations

from array import array

from core.ledger.batches import Batches
from core.ledger.held_sheets import HeldSheets
from core.ledger.order_sums import Order
from core.ledger.orders import SheetGroups
from core.ledger.write_counts import WriteCounts
from core.ledger.writer_sql import stored_rows


class Numbered:
    """What the writer gives the file's orders, each at its rank (Order.rank): the stored
    order's id or its new one, whether the store holds it, the id of its first new line and
    the new lines counted (then written), and a stored order's currency as merged
    (unsaid_currency.unsaid_row). Kept apart from the orders, in arrays, because the reading
    holds every order until its last sheet is grouped: as six slots of each Order they were
    35 MiB of the 1M import's peak, and its ids 44 MB of int objects more (perf66b)."""

    __slots__ = ("ids", "stored", "first_line", "new_lines", "currency")

    def __init__(self, orders: list[Order]) -> None:
        size = len(orders)
        self.ids = array("q", bytes(8 * size))
        self.first_line = array("q", bytes(8 * size))
        self.new_lines = array("q", bytes(8 * size))
        self.stored = bytearray(size)
        self.currency: list[str | None] = [None] * size  # a stored order's only


def number_lines(batches: Batches, held: HeldSheets, orders: list[Order], empty: bool,
                 counts: WriteCounts) -> tuple[list[bytearray], Numbered]:
    """Which lines are stored already (a flag per record of each sheet) and which orders
    are; then the ids of the new ones: orders in first-seen order, and each order's new
    lines in a run after those of the orders before it."""
    stored = [bytearray(sheet.rows) for sheet in held.sheets]
    numbered = Numbered(orders)
    if empty:
        numbered.new_lines = array("q", [order.own_lines for order in orders])
    else:
        for number, _records, groups in held:
            _look_up(batches, groups, orders, stored[number], numbered)
    conn = batches.read()
    order_id, line_id = (n or 0 for n in conn.execute(
        "SELECT (SELECT MAX(id) FROM orders), (SELECT MAX(id) FROM order_lines)").fetchone())
    counts.first_line = line_id + 1
    ids, first_line, new_lines = numbered.ids, numbered.first_line, numbered.new_lines
    for rank, known in enumerate(numbered.stored):
        if not known:
            order_id += 1
            ids[rank] = order_id
        first_line[rank] = line_id + 1
        line_id += new_lines[rank]
        new_lines[rank] = 0  # from here on: the new lines written
    return stored, numbered

def _look_up(batches: Batches, groups: SheetGroups, orders: list[Order], stored: bytearray,
             numbered: Numbered) -> None:
    """One sheet's orders and lines looked up by key: the stored ones flagged, the new
    lines counted to their order."""
    firsts = {orders[rank].key: rank for rank, index in zip(
        groups.ranks, groups.indexes, strict=True) if index == 0}
    for key, order_id in stored_rows(batches, "SELECT order_key, id FROM orders WHERE "
                                 "order_key IN ({})", firsts):
        rank = firsts[key]
        numbered.ids[rank], numbered.stored[rank] = order_id, True
    keys = [key for key, repeat in zip(groups.keys, groups.repeats, strict=True)
            if not repeat]
    found = {row[0] for row in stored_rows(
        batches, "SELECT line_key FROM order_lines WHERE line_key IN ({})", keys)}
    new_lines = numbered.new_lines
    for position, key in enumerate(groups.keys):
        if groups.repeats[position]:
            continue
        if key in found:
            stored[position] = 1
        else:
            new_lines[groups.ranks[position]] += 1
