"""One wire written on several rows is one wire.

A clerk who books a bank slip covering three invoices often writes its total on each of the
three rows (or on every product row of an order). Read at face value the customer would have
paid three times over, real debt would vanish and a late payer would look reliable.

The rule, for rows of one customer carrying the same received figure with the same receipt
date, whatever currency each row is kept in (one bank slip's 14,480 copied on a USD and a EUR
row is one wire; a shipment can hold the figure when it is worth at least that much in the
row's own currency, see OVER):
- rows whose shipment cannot hold the figure cannot each have received it: it is one wire
  written on each row it covers (a 25,000 wire on three 10,000 invoices). It stays on the
  first of them, or, where a shipment that can hold it carries it too, on that one (a 30,000
  wire copied from the invoice it paid onto two 10,000 rows): the copies are cleared;
- rows of one shipment that together would give it more than it is worth hold its payment
  once, on its first row (an order's 10,000 written on its 6,000 and 4,000 product rows);
- every other row keeps its figure: two invoices may each be paid 10,000 on one day.
A shipment is an order's invoice (order × invoice number); without one, each row is its own.

:func:`copied_wires` works on plain tuples so the analysis can run it over stored lines too,
where copies came from different files; :class:`WireCandidates` and :func:`undo_copied_wires`
apply it to one file's rows before they are written, and say what it did. A file's rows are
many and its copied wires few, so the rule is run only over the rows that share a figure and a
day with another row of their customer, with every row of the shipments they belong to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date

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


