"""One wire written on several rows is one wire.

A clerk who books a bank slip covering three invoices often writes its total on each of the
three rows (or on every product row of an order). Read at face value the customer would have
paid three times over, real debt would vanish and a late payer would look reliable.

The rule, for rows of one customer carrying the same received figure with the same receipt
date (a shipment can hold the figure when it is worth at least that much, see OVER):
- rows whose shipment cannot hold the figure cannot each have received it: it is one wire
  written on each row it covers (a 25,000 wire on three 10,000 invoices). It stays on the
  first of them, or, where a shipment that can hold it carries it too, on that one (a 30,000
  wire copied from the invoice it paid onto two 10,000 rows): the copies are cleared;
- rows of one shipment that together would give it more than it is worth hold its payment
  once, on its first row (an order's 10,000 written on its 6,000 and 4,000 product rows);
- every other row keeps its figure: two invoices may each be paid 10,000 on one day.
A shipment is an order's invoice (order × invoice number); without one, each row is its own.

:func:`copied_wires` works on plain tuples so the analysis can run it over stored lines too,
where copies came from different files; :func:`undo_copied_wires` applies it to one file's
orders before they are written, and says what it did.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date

from core.ledger.normalise import fold
from core.ledger.orders import CANCELLED, Order
from core.ledger.rows import Record

# A row's receipt figures: (amount field, date field). Each is judged on its own.
RECEIPT_FIELDS = (("received_amount", "received_date"), ("deposit", "deposit_date"),
                  ("balance", "balance_date"))
# A figure is more than a shipment is worth when it is above by more than OVER and by more than
# OVER_SHARE of it: rounding, or a row's worth converted at a table rate, never makes a wire.
OVER, OVER_SHARE = 0.5, 0.02

# (customer, amount, received, received_date, id) or (…, id, shipment): the shipment the row
# belongs to, None (or left out) when each row is its own.
Row = (tuple[Hashable, float | None, float | None, object, Hashable]
       | tuple[Hashable, float | None, float | None, object, Hashable, Hashable])


@dataclass(frozen=True)
class CopiedWire:
    customer: Hashable
    amount: float
    day: object  # the receipt date as the rows give it (date, ISO text or None)
    kept: Hashable  # the id of the row that keeps the wire
    copies: tuple[Hashable, ...]  # the ids of the rows it was copied on, cleared


def copied_wires(rows: Iterable[Row], over: float = OVER, over_share: float = OVER_SHARE
                 ) -> list[CopiedWire]:
    """The wires written on several rows, from (customer, amount, received, received_date, id
    [, shipment]) tuples in sheet order (or id order). Pass every row, received or not: a
    shipment is worth the sum of its rows' amounts (in the receipt's currency; None where
    unknown: such a shipment is taken to hold anything). Received figures of zero or less are
    never wires."""
    rows = list(rows)
    worth: dict[Hashable, float] = defaultdict(float)
    unknown: set[Hashable] = set()
    for row in rows:
        if row[1] is None:
            unknown.add(_shipment(row))
        else:
            worth[_shipment(row)] += row[1]
    groups: dict[tuple[Hashable, float, object], list[Row]] = defaultdict(list)
    for row in rows:
        received = row[2]
        if received is not None and received > 0:
            groups[(row[0], round(received, 2), row[3])].append(row)

    def holds(unit: Hashable, figure: float) -> bool:
        value = worth[unit]
        return unit in unknown or figure <= value + max(over, over_share * abs(value))

    wires = []
    for (customer, received, day), members in groups.items():
        if len(members) < 2:
            continue
        by_unit: dict[Hashable, list[Hashable]] = defaultdict(list)
        for row in members:
            by_unit[_shipment(row)].append(row[4])
        holders = [ids for unit, ids in by_unit.items() if holds(unit, received)]
        spilled = [i for unit, ids in by_unit.items() if not holds(unit, received) for i in ids]
        for unit, ids in by_unit.items():
            if len(ids) > 1 and holds(unit, received) and not holds(unit, received * len(ids)):
                wires.append(CopiedWire(customer, received, day, ids[0], tuple(ids[1:])))
        if spilled and holders:
            wires.append(CopiedWire(customer, received, day, holders[0][0], tuple(spilled)))
        elif len(spilled) > 1:
            wires.append(CopiedWire(customer, received, day, spilled[0], tuple(spilled[1:])))
    return wires


def _shipment(row: Row) -> Hashable:
    unit = row[5] if len(row) > 5 else None
    return ("row", row[4]) if unit is None else unit


@dataclass(frozen=True)
class WireNote:
    """A wire the import counted once, with the rows it was written on (for the report)."""

    customer: str
    field: str  # received_amount, deposit or balance
    amount: float
    currency: str
    day: date | None
    rows: tuple[tuple[str, int], ...]  # (sheet, row), the first keeps the wire


Convert = Callable[[float, str, str, date], float | None]


def undo_copied_wires(orders: list[Order], convert: Convert) -> list[WireNote]:
    """Apply the rule to one file's rows (a line repeated on a later tab is not a copy),
    clearing each copy's figure and date. `convert(value, from, to, day)` puts a row's amount
    in its receipt's currency where they differ."""
    lines = [(order.key, line) for order in orders for line in order.lines if not line.repeat]
    records = [line.record for _, line in lines]
    by_id: dict[Hashable, Record] = dict(enumerate(records))
    shipments = [(key, fold(line.record.invoice_no or ""), line.record.received_in)
                 for key, line in lines]
    worths = [_worth(r, convert) for r in records]
    notes = []
    for amount_name, date_name in RECEIPT_FIELDS:
        if all(getattr(r, amount_name) is None for r in records):
            continue
        tuples: list[Row] = [
            ((r.customer_key, r.received_in), worths[index], getattr(r, amount_name),
             getattr(r, date_name), index, shipments[index]) for index, r in enumerate(records)]
        for wire in copied_wires(tuples):
            for copy in wire.copies:
                setattr(by_id[copy], amount_name, None)
                setattr(by_id[copy], date_name, None)
            kept = by_id[wire.kept]
            notes.append(WireNote(kept.customer, amount_name, wire.amount, kept.received_in,
                                  getattr(kept, date_name), tuple(
                                      (by_id[i].sheet, by_id[i].row)
                                      for i in (wire.kept, *wire.copies))))
    return notes


def _worth(record: Record, convert: Convert) -> float | None:
    """What the row adds to its shipment, in its receipt's currency: a cancelled line nothing."""
    if record.status == CANCELLED:
        return 0.0
    if record.received_in == record.currency:
        return record.amount
    return convert(record.amount, record.currency, record.received_in, record.order_date)
