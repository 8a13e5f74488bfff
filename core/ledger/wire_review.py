"""One file's copied wires found and cleared before its rows are written (core.ledger.receipts).

The rule groups rows by customer, receipt currency, figure and day, and judges a group of two
or more against what each row's shipment is worth. A file holds hundreds of thousands of rows
and a few copied wires, so while its sheets are read :class:`WireCandidates` counts each
(customer, currency, figure, day) by fingerprint; afterwards only the rows whose fingerprint
was seen twice are looked at again, and the rule is run on them with every row of the
shipments they belong to — which gives what running it on the whole file gives, since a group
of two or more has every member there and each shipment its whole worth.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from datetime import date
from operator import itemgetter

from core.ledger.held_sheets import HeldSheets
from core.ledger.normalise import fold
from core.ledger.orders import CANCELLED, SheetGroups
from core.ledger.receipts import RECEIPT_FIELDS, Row, WireNote, copied_wires
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    INVOICE_NO,
    ORDER_DATE,
    RECEIPTS,
    RECEIVED_CURRENCY,
    ROW,
    SHEET,
    STATUS,
    Record,
    day,
)

Convert = Callable[[float, str, str, date | str], float | None]
Place = tuple[int, int]  # (sheet number, position of the record in its sheet)
BUCKETS = 1 << 23
Shipment = tuple[int, str, str]  # (order rank, folded invoice number, receipt currency)


def _group_key(record: Record, amount: int, when: int) -> tuple[Hashable, ...] | None:
    figure = record[amount]
    if figure is None or figure <= 0:
        return None
    return (record[CUSTOMER_KEY], record[RECEIVED_CURRENCY] or record[CURRENCY],
            round(figure, 2), record[when])


class WireCandidates:
    """Counts, per receipt field, the rows of each (customer, currency, figure, day), by
    fingerprint in a fixed table of buckets (two or more is all that matters): a million rows
    cost its 8 MB, not a dictionary of a million keys. Two rows that only share a bucket are
    told apart when the candidates are looked at again."""

    def __init__(self) -> None:
        self.counts = [bytearray() for _ in RECEIPTS]  # sized when the field has a figure

    def add(self, records: list[Record], repeats: list[bool]) -> None:
        for field, (amount, when) in enumerate(RECEIPTS):
            if not any(map(itemgetter(amount), records)):  # no figure in this field at all
                continue
            counts = self.counts[field]
            if not counts:
                counts = self.counts[field] = bytearray(BUCKETS)
            for record, repeat in zip(records, repeats, strict=True):
                if not repeat and record[amount] is not None and record[amount] > 0:
                    bucket = hash(_group_key(record, amount, when)) % BUCKETS
                    if counts[bucket] < 2:
                        counts[bucket] += 1

    def hot(self, field: int, key: tuple[Hashable, ...]) -> bool:
        counts = self.counts[field]
        return bool(counts) and counts[hash(key) % BUCKETS] > 1

    def any_hot(self) -> bool:
        return any(2 in counts for counts in self.counts)


def undo_copied_wires(held: HeldSheets, candidates: WireCandidates, convert: Convert
                      ) -> tuple[list[WireNote], dict[Place, set[int]]]:
    """The wires counted once, and per row the receipt fields whose copy is cleared (the
    receipt field's index in core.ledger.record; its date goes with it)."""
    if not candidates.any_hot():
        return [], {}
    shipments = _shipments_of_groups(held, candidates)
    if not shipments:
        return [], {}
    rows = _shipment_rows(held, shipments)
    worths = [_worth(record, convert) for _, record, _ in rows]
    notes: list[WireNote] = []
    cleared: dict[Place, set[int]] = defaultdict(set)
    for (amount, when), amount_name in zip(RECEIPTS, (f for f, _ in RECEIPT_FIELDS),
                                           strict=True):
        tuples: list[Row] = [
            ((r[CUSTOMER_KEY], r[RECEIVED_CURRENCY] or r[CURRENCY]), worths[i], r[amount],
             r[when], i, shipment) for i, (_, r, shipment) in enumerate(rows)]
        for wire in copied_wires(tuples):  # a row's id is its index in `rows`
            for copy in wire.copies:
                cleared[rows[int(copy)][0]].add(amount)  # type: ignore[call-overload]
            kept = rows[int(wire.kept)][1]  # type: ignore[call-overload]
            notes.append(WireNote(kept[CUSTOMER], amount_name, wire.amount,
                                  kept[RECEIVED_CURRENCY] or kept[CURRENCY], day(kept[when]),
                                  tuple((rows[int(i)][1][SHEET],  # type: ignore[call-overload]
                                         rows[int(i)][1][ROW])  # type: ignore[call-overload]
                                        for i in (wire.kept, *wire.copies))))
    return notes, dict(cleared)


def _shipments_of_groups(held: HeldSheets, candidates: WireCandidates) -> set[Shipment]:
    """The shipments of the rows of every real group of two or more, found among the rows
    whose fingerprint was seen twice."""
    found: dict[tuple[int, Hashable], list[Shipment]] = defaultdict(list)
    for _number, records, groups in held:
        for position, record in enumerate(records):
            if groups.repeats[position]:
                continue
            for field, (amount, when) in enumerate(RECEIPTS):
                key = _group_key(record, amount, when)
                if key is not None and candidates.hot(field, key):
                    found[(field, key)].append(_shipment_of(record, groups, position))
    return {shipment for members in found.values() if len(members) > 1
            for shipment in members}


def _shipment_of(record: Record, groups: SheetGroups, position: int) -> Shipment:
    """An order's invoice (the order by its rank), in the receipt's currency."""
    return (groups.ranks[position], fold(record[INVOICE_NO] or ""),
            record[RECEIVED_CURRENCY] or record[CURRENCY])


def _shipment_rows(held: HeldSheets, shipments: set[Shipment]
                   ) -> list[tuple[Place, Record, Shipment]]:
    """Every row of those shipments (none repeated from an earlier tab), in the grouped
    file's order: by order rank, then line index."""
    found = []
    for number, records, groups in held:
        for position, record in enumerate(records):
            if groups.repeats[position]:
                continue
            shipment = _shipment_of(record, groups, position)
            if shipment in shipments:
                found.append(((groups.ranks[position], groups.indexes[position]),
                              (number, position), record, shipment))
    found.sort(key=lambda item: item[0])
    return [(place, record, shipment) for _, place, record, shipment in found]


def _worth(record: Record, convert: Convert) -> float | None:
    """What the row adds to its shipment, in its receipt's currency: a cancelled line nothing."""
    if record[STATUS] == CANCELLED:
        return 0.0
    target = record[RECEIVED_CURRENCY] or record[CURRENCY]
    if target == record[CURRENCY]:
        return record[AMOUNT]
    return convert(record[AMOUNT], record[CURRENCY], target, record[ORDER_DATE])
