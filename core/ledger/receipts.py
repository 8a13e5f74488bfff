"""One wire written on several rows is one wire.

A clerk who books a bank slip covering three invoices often writes its total on each of the
three rows (or on every product row of an order). Read at face value the customer would have
paid three times over, real debt would vanish and a late payer would look reliable.

The rule: rows of one customer carrying the same received figure with the same receipt date,
where that figure is clearly more than one of those rows is worth (see OVER), hold one wire. A
row cannot have received much more than it is worth, so the figure is a total written on each
row it covers. It is kept on the first row (sheet order) and the copies are cleared. Rows whose
own amounts all reach the figure are left alone: they may each have been paid that much.
"More than one row", not "more than every row": a 30,000 wire copied from the 30,000 invoice it
paid onto two 10,000 rows, or an order's 5,000 part-payment copied on its 6,000 and 4,000
product rows, is one wire too.

:func:`copied_wires` works on plain tuples so the analysis can run it over stored lines too,
where copies came from different files; :func:`undo_copied_wires` applies it to one file's
orders before they are written, and says what it did.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date

from core.ledger.orders import Order
from core.ledger.rows import Record

# A row's receipt figures: (amount field, date field). Each is judged on its own.
RECEIPT_FIELDS = (("received_amount", "received_date"), ("deposit", "deposit_date"),
                  ("balance", "balance_date"))
# A figure "exceeds" a row's amount when it is above it by more than OVER and by more than
# OVER_SHARE of it: rounding, or a row's worth converted at a table rate, never makes a wire.
OVER, OVER_SHARE = 0.5, 0.02


@dataclass(frozen=True)
class CopiedWire:
    customer: Hashable
    amount: float
    day: object  # the receipt date as the rows give it (date, ISO text or None)
    kept: Hashable  # the id of the row that keeps the wire
    copies: tuple[Hashable, ...]  # the ids of the rows it was copied on, cleared


def copied_wires(rows: Iterable[tuple[Hashable, float | None, float | None, object, Hashable]],
                 over: float = OVER, over_share: float = OVER_SHARE) -> list[CopiedWire]:
    """The wires written on several rows, from (customer, amount, received, received_date, id)
    tuples in sheet order (or id order). `amount` is the row's worth in the receipt's
    currency, None where unknown (the row is then left out). Received figures of zero or less
    are never wires."""
    groups: dict[tuple[Hashable, float, object], list[tuple[float, Hashable]]] = defaultdict(list)
    for customer, amount, received, day, row_id in rows:
        if amount is None or received is None or received <= 0:
            continue
        groups[(customer, round(received, 2), day)].append((amount, row_id))
    wires = []
    for (customer, received, day), members in groups.items():
        if len(members) > 1 and any(received > amount + max(over, over_share * abs(amount))
                                    for amount, _ in members):
            wires.append(CopiedWire(customer, received, day, members[0][1],
                                    tuple(row_id for _, row_id in members[1:])))
    return wires


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
    records = [line.record for order in orders for line in order.lines if not line.repeat]
    notes = []
    for amount_name, date_name in RECEIPT_FIELDS:
        tuples = [((r.customer_key, r.received_in), _worth(r, convert), getattr(r, amount_name),
                   getattr(r, date_name), index) for index, r in enumerate(records)]
        for wire in copied_wires(tuples):
            for index in wire.copies:
                setattr(records[index], amount_name, None)
                setattr(records[index], date_name, None)
            kept = records[wire.kept]  # type: ignore[index]
            notes.append(WireNote(kept.customer, amount_name, wire.amount, kept.received_in,
                                  getattr(kept, date_name), tuple(
                                      (records[i].sheet, records[i].row)  # type: ignore[index]
                                      for i in (wire.kept, *wire.copies))))
    return notes


def _worth(record: Record, convert: Convert) -> float | None:
    if record.received_in == record.currency:
        return record.amount
    return convert(record.amount, record.currency, record.received_in, record.order_date)
