"""An order's date across files, row by row (core.ledger.order_dates): a stored order a later
file dates later keeps its first date, unless the file that alone wrote it is imported again;
a new order known only from carried rows is named."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from core.ledger import order_dates as dates
from core.ledger.write_counts import WriteCounts
from reference_import.orders import Order
from reference_import.rows import Record


class Writer(Protocol):
    conn: Any
    here: bool
    source_file: str
    counts: WriteCounts
    first_dates: dict[int, str]


def first_date(writer: Writer, order: Order, new: dict[str, object],
               old: Mapping[str, Any] | None, no_sale: bool) -> None:
    """The order's date as the file leaves it in `new`; the orders named."""
    first = order.first
    name = str(first.order_no or first.customer)
    if old is None:
        if no_sale and first.carry_forward:  # known only from carried rows
            writer.counts.carried_only.append(dates.OrderRow(
                name, str(new["order_date"]), first.sheet, first.row,
                shipped=first.ship_date is not None))
        return
    own = bool(dates.corrected(writer.conn, True, writer.source_file, [order.key]))
    if no_sale or str(new["order_date"]) <= old["order_date"] or (writer.here and own):
        return
    if any(not line.repeat and not line.record.credit_note and not (
            line.record.amount == 0 and line.record.received_amount is not None)
           for line in order.lines):  # a sale: a return or a credit note lists no order again
        writer.counts.dated_later.append(dates.OrderRow(
            name, old["order_date"], first.sheet, first.row, str(new["order_date"]), own))
    new["order_date"] = writer.first_dates[int(old["id"])] = old["order_date"]


def kept_due(merged: dict[str, object], old: Mapping[str, Any], record: Record,
              later: bool) -> None:
    """A row of another file leaves the stored due date where its own is derived and the
    stored one is written, or counts from a ship date the row leaves blank, or (`later`) the
    row's is counted from a date later than the order's kept first date."""
    if record.due_date is None or not record.due_derived:
        return
    written = old["due_date"] is not None and not old["due_derived"]
    guess = record.ship_date is None and (old["ship_date"] is not None
                                          or later and old["due_date"] is not None)
    if written or guess:
        merged["due_date"], merged["due_derived"] = old["due_date"], old["due_derived"]
