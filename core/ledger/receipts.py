"""One wire written on several rows is one wire.

A clerk who books a bank slip covering three invoices often writes its total on each of the
three rows (or on every product row of an order). Read at face value the customer would have
paid three times over, real debt would vanish and a late payer would look reliable.

The rule, for rows of one customer carrying the same received figure with the same receipt
date, whatever currency each row is kept in (one bank slip's 14,480 copied on a USD and a EUR
row is one wire, read in the currency worth the most: _in_one_currency); a shipment can hold
the figure when it is worth at least that much in the row's own currency, see OVER:
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
A payment's own row writing a sale row's money again is core.ledger.booked_twice's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

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
    total: bool = False  # kept on a sale row as the running total of the copies (payments)
    parts: tuple[Hashable, ...] = ()  # the other sale rows a lump-sum payment (a copy) covers
    noted: bool = False  # kept: a total noted as its parts, less those on `parts` (fx42c)


# The value of one unit of a currency on a day (any unit common to all), None without a rate.
PerUnit = Callable[[str, object], "float | None"]


def copied_wires(rows: Iterable[Row], over: float = OVER, over_share: float = OVER_SHARE,
                 per_unit: PerUnit | None = None) -> list[CopiedWire]:
    """The wires written on several rows, from (customer, amount, received, received_date, id
    [, shipment]) tuples in sheet order (or id order). Pass every row, received or not: a
    shipment is worth the sum of its rows' amounts (in the receipt's currency; None where
    unknown: such a shipment is taken to hold anything). Received figures of zero or less are
    never wires. With `per_unit`, each row's customer is (customer, receipt currency) and rows
    kept in different currencies are judged together (:func:`_in_one_currency`)."""
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
            customer = row[0][0] if per_unit else row[0]  # type: ignore[index]
            groups[(customer, round(received, 2), row[3])].append(row)

    def holds(unit: Hashable, figure: float) -> bool:
        value = worth[unit]
        return unit in unknown or figure <= value + max(over, over_share * abs(value))

    wires = []
    for (customer, received, day), group in groups.items():
        for members, foreign in _in_one_currency(group, received, day, holds, per_unit):
            if len(members) + len(foreign) < 2:
                continue
            by_unit: dict[Hashable, list[Hashable]] = defaultdict(list)
            for row in members:
                by_unit[_shipment(row)].append(row[4])
            holders = [ids for unit, ids in by_unit.items() if holds(unit, received)]
            spilled = [i for unit, ids in by_unit.items() if not holds(unit, received)
                       for i in ids]
            for unit, ids in by_unit.items():
                if len(ids) > 1 and holds(unit, received) and not holds(unit,
                                                                         received * len(ids)):
                    wires.append(CopiedWire(customer, received, day, ids[0], tuple(ids[1:])))
            if foreign:  # copies in other currencies: on the first row in the wire's
                kept = holders[0][0] if holders else spilled[0]
                copies = [i for i in spilled if i != kept] + foreign
                wires.append(CopiedWire(customer, received, day, kept, tuple(copies)))
            elif spilled and holders:
                wires.append(CopiedWire(customer, received, day, holders[0][0], tuple(spilled)))
            elif len(spilled) > 1:
                wires.append(CopiedWire(customer, received, day, spilled[0],
                                        tuple(spilled[1:])))
    return wires


def _in_one_currency(group: list[Row], figure: float, day: object,
                     holds: Callable[[Hashable, float], bool], per_unit: PerUnit | None
                     ) -> list[tuple[list[Row], list[Hashable]]]:
    """The rows to judge together, and the ids of those in another currency that are copies.

    One figure on one day written on rows of one customer kept in different currencies (a
    bank slip's 14,480 on a USD and on a EUR invoice, no currency beside it) is one wire when
    a row cannot hold it in its own currency: a receipt no shipment of its row can take was
    copied. The wire is read in the currency worth the most of those rows': a wire read as
    less than it was would leave a paid invoice owed and name a good buyer late, and its copies
    are cleared. Where every row can hold it, or a rate is missing, each currency is judged
    on its own, as two invoices may each be paid 10,000 on one day."""
    if per_unit is None:
        return [(group, [])]
    by_currency: dict[str, list[Row]] = defaultdict(list)
    for row in group:
        by_currency[row[0][1]].append(row)  # type: ignore[index]
    if len(by_currency) == 1 or all(holds(_shipment(row), figure) for row in group):
        return [(rows, []) for rows in by_currency.values()]
    when = day if day is not None else "9999-12-31"  # undated: the latest rates
    values = {currency: per_unit(currency, when) for currency in by_currency}
    if not all(values.values()):
        return [(rows, []) for rows in by_currency.values()]
    wire = max(by_currency, key=lambda currency: values[currency] or 0.0)
    return [(by_currency[wire], [row[4] for currency, rows in by_currency.items()
                                 if currency != wire for row in rows])]


def _shipment(row: Row) -> Hashable:
    unit = row[5] if len(row) > 5 else None
    return ("row", row[4]) if unit is None else unit

