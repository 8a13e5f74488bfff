"""One file's copied wires found and cleared before its rows are written (core.ledger.receipts).

The rule groups rows by customer, figure and day (whatever currency each row is kept in), and
judges a group of two or more against what each row's shipment is worth in its own. A file
holds hundreds of thousands of rows and a few copied wires, so while its sheets are read
:class:`WireCandidates` counts each (customer, figure, day) by fingerprint; afterwards only
the rows whose fingerprint was seen twice are looked at again, and the rule is run on them
with every row of the orders they belong to — which gives what running it on the whole file
gives, since a group of two or more has every member there and each shipment its whole worth.

The rule judges lines, not rows: a year-to-date workbook repeats a line on each later tab,
and the figure the file leaves on the line is what counts (a wire first written on the
February tab's repeats of January's rows is one wire; one cleared on January's tab stays
cleared on February's). A copy is cleared on every tab that shows it.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from datetime import date
from functools import partial
from itertools import count
from operator import itemgetter

from core.ledger.booked_twice import booked_twice
from core.ledger.held_sheets import HeldSheets
from core.ledger.normalise import fold, later_status
from core.ledger.noted_orders import noted_order, numbers_of
from core.ledger.older_tabs import NewestTabs, kept
from core.ledger.order_sums import CANCELLED
from core.ledger.orders import raised
from core.ledger.receipts import RECEIPT_FIELDS, CopiedWire, Row, copied_wires
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    INVOICE_NO,
    NOTES,
    ORDER_DATE,
    ORDER_NO,
    RECEIPTS,
    RECEIVED_CURRENCY,
    ROW,
    SHEET,
    STATUS,
    Record,
    day,
)
from core.ledger.stored_figure import Receipt
from core.ledger.tab_ends import TabEnds
from core.ledger.tab_month import sheet_month
from core.ledger.typed_rows import is_receipt_row
from core.ledger.wire_notes import WireNote

Convert = Callable[[float, str, str, date | str], float | None]
Place = tuple[int, int]  # (sheet number, position of the record in its sheet)
BUCKETS = 1 << 23  # the fingerprints' first sort, when the file is read
WHOLE = (1 << 64) - 1  # a fingerprint as an unsigned 64-bit number
Shipment = tuple[int, str, str]  # (order rank, folded invoice number, receipt currency)


def _group_keys(records: list[Record], amount: int, when: int
                ) -> list[tuple[int, tuple[Hashable, ...]]]:
    """Each row's figure in a field as a wire's (a row typed as a payment's too: a sale row may
    carry its figure, core.ledger.booked_twice.booked_twice), with the row's position; a row
    without a positive figure has none. Not by its currency: one bank slip's figure copied on
    a USD and a EUR row is one wire (core.ledger.receipts). One pass over the sheet, no call
    per row: every row of a file with receipts is counted."""
    return [(position, (record[CUSTOMER_KEY], round(figure, 2), record[when]))
            for position, record, figure in zip(count(), records,
                                                map(itemgetter(amount), records))
            if figure is not None and not figure <= 0]


class WireCandidates:
    """Keeps, per sheet and receipt field, each row's fingerprint of its (customer, figure,
    day): 8 bytes a row (a million rows' 660,000 figures: 5.3 MB, not a dictionary of a
    million keys). Once the file is read the fingerprints seen twice are found, and the sheets
    holding one: only those are read again (perf39b: counted in a fixed table of buckets, a
    few percent of a million rows shared one by chance, on every sheet, and every packed
    sheet was unpacked for them). Two keys of one fingerprint are told apart when the
    candidates are looked at again."""

    def __init__(self) -> None:
        self.fingerprints: list[list[array[int]]] = []  # per sheet, per field, row by row
        self.reworked: set[int] = set()  # sheets a row was changed on since (tab_notes)
        self._hot: tuple[list[set[int]], set[int] | None] | None = None
        # per field, the customers with a payment row's figure and with a sale row's: one with
        # both may have a running total written twice (core.ledger.booked_twice._running_totals)
        self.paying: list[set[Hashable]] = [set() for _ in RECEIPTS]
        self.receiving: list[set[Hashable]] = [set() for _ in RECEIPTS]

    def add(self, records: list[Record]) -> None:
        """Rows repeated from an earlier tab count too: a later tab may write a wire on the
        lines it repeats."""
        prints = [array("Q") for _ in RECEIPTS]
        self.fingerprints.append(prints)
        for field, (amount, when) in enumerate(RECEIPTS):
            if not any(map(itemgetter(amount), records)):  # no figure in this field at all
                continue
            figured = [r for r in records if r[amount] is not None and r[amount] > 0]
            # a payment's own row is worth nothing (core.ledger.typed_rows): only those of
            # amount 0 are asked, not every row
            self.receiving[field].update({r[CUSTOMER_KEY] for r in figured if r[AMOUNT] != 0})
            for record in [r for r in figured if r[AMOUNT] == 0]:
                (self.paying if is_receipt_row(record) else self.receiving)[field].add(
                    record[CUSTOMER_KEY])
            prints[field] = array("Q", [hash(key) & WHOLE
                                        for _, key in _group_keys(records, amount, when)])

    def hot(self) -> tuple[list[set[int]], set[int] | None]:
        """Per field, the fingerprints seen twice; and the sheets (by number) holding one, or
        changed since they were read, None for every sheet (a customer's running total is
        looked for on all its lines). Worked out once, the fingerprints then let go."""
        if self._hot is None:
            twice: list[set[int]] = []
            for field in range(len(RECEIPTS)):
                if not any(sheet[field] for sheet in self.fingerprints):
                    twice.append(set())  # no figure in this field on any sheet
                    continue
                # a first sort: only a shared bucket's are counted; a bit a bucket, met once and
                # met again (2 MiB, not a byte a bucket's 8 MiB: made once the file is read,
                # beside all it holds, the 1M update month's peak, perf65a)
                once, again = bytearray(BUCKETS >> 3), bytearray(BUCKETS >> 3)
                for sheet in self.fingerprints:
                    for bucket in [p % BUCKETS for p in sheet[field]]:
                        at, bit = bucket >> 3, 1 << (bucket & 7)
                        if once[at] & bit:
                            again[at] |= bit
                        else:
                            once[at] |= bit
                shared = Counter(p for sheet in self.fingerprints for p in sheet[field]
                                 if again[(bucket := p % BUCKETS) >> 3] >> (bucket & 7) & 1)
                twice.append({p for p, n in shared.items() if n > 1})
            wanted = None if any(self.totals()) else self.reworked | {
                number for number, sheet in enumerate(self.fingerprints)
                if any(not seen.isdisjoint(prints) for seen, prints in zip(twice, sheet,
                                                                            strict=True))}
            self._hot, self.fingerprints = (twice, wanted), []
        return self._hot

    def any_hot(self) -> bool:
        return any(self.hot()[0]) or any(self.totals())

    def totals(self) -> list[set[Hashable]]:
        """Per field, the customers whose sale rows may hold a running total of their
        payment rows: every line of theirs with a figure is looked at."""
        return [paying & receiving for paying, receiving in zip(self.paying, self.receiving,
                                                                 strict=True)]


def undo_copied_wires(held: HeldSheets, candidates: WireCandidates, convert: Convert,
                      to_date: dict[Place, float] | None = None,
                      tab_end: TabEnds | None = None
                      ) -> tuple[list[WireNote], dict[Place, set[int]]]:
    """The wires counted once, and per row the receipt fields whose copy is cleared (the
    receipt field's index in core.ledger.record; its date goes with it); `to_date`: the
    received figures a later tab's month adds up to (core.ledger.monthly_receipts);
    `tab_end`: a tab's month's last day (ISO), where an older month's tab is read (yb44)."""
    if not candidates.any_hot():
        return [], {}
    orders = _orders_of_groups(held, candidates)
    if not orders:
        return [], {}
    lines = _lines_of(held, orders, to_date or {}, tab_end)
    worths = [_worth(line, convert) for line in lines]
    receipts = [is_receipt_row(line.record) for line in lines]  # each a payment of its own

    def per_unit(currency: str, on: object) -> float | None:
        return convert(1.0, currency, "USD", on)  # type: ignore[arg-type]

    noted = _noted(held, lines, receipts)

    folded: dict[int, str | None] = {}  # asked per pair weighed: a million times at 10k

    def named(i: Hashable) -> str | None:  # the order number a line names, folded
        at = int(i)  # type: ignore[call-overload]
        if at not in folded:
            folded[at] = fold(lines[at].record[ORDER_NO] or "") or noted.get(at)
        return folded[at]

    notes: list[WireNote] = []
    cleared: dict[Place, set[int]] = defaultdict(set)
    for field, ((amount, _when), amount_name) in enumerate(zip(
            RECEIPTS, (f for f, _ in RECEIPT_FIELDS), strict=True)):
        tuples: list[Row] = [
            ((line.record[CUSTOMER_KEY], line.record[RECEIVED_CURRENCY] or line.record[CURRENCY]),
             worths[i], *(line.figures[field][:2] if not receipts[i] else (None, None)), i,
             line.shipment())
            for i, line in enumerate(lines)]
        payments: list[Row] = [
            ((line.record[CUSTOMER_KEY], None), 0.0, *line.figures[field][:2], i)
            for i, line in enumerate(lines) if receipts[i]]
        wires = copied_wires(tuples, per_unit=per_unit)  # a line's id is its index in `lines`
        for wire in wires + booked_twice(
                tuples, payments, wires, per_unit, None, named,
                noted=lambda i: lines[int(i)].record[NOTES]):  # type: ignore[call-overload]
            for copy in wire.copies:
                for place in lines[int(copy)].places:  # type: ignore[call-overload]
                    cleared[place].add(amount)
            if wire.noted:  # the total stands, its parts on their rows: the rest on its day
                _rest(wire, [lines[int(i)] for i in (wire.kept, *wire.parts)],  # type: ignore[call-overload]
                      field, cleared, to_date)
            kept = lines[int(wire.kept)]  # type: ignore[call-overload]
            shown = [lines[int(i)].figures[field][2]  # type: ignore[call-overload]
                     for i in (wire.kept, *wire.parts, *wire.copies)]
            notes.append(WireNote(kept.record[CUSTOMER], amount_name, wire.amount,
                                  kept.record[RECEIVED_CURRENCY] or kept.record[CURRENCY],
                                  day(wire.day if wire.noted else kept.figures[field][1]),  # type: ignore[arg-type]
                                  tuple((r[SHEET], r[ROW]) for r in shown), wire.total,
                                  bool(wire.parts), wire.noted))
    return notes, dict(cleared)


def _rest(wire: CopiedWire, lines: list[_Line], field: int, cleared: dict[Place, set[int]],
          to_date: dict[Place, float] | None) -> None:
    """A received total noted as its payments (定金4500+尾款10500) beside the rows of some of
    them (core.ledger.noted_totals): the clerk's word the money came. Its rows' parts count on
    their days, the rest of the total on the row's (written into `to_date`: 15,000 of 04-20
    beside the 定金's 4,500 of 03-10 is 10,500 of 04-20, fx42c). A deposit or balance column
    has no such figure: there the parts' rows are cleared, the total counted on its day."""
    sale, parts = lines[0], lines[1:]
    if field == 0 and to_date is not None:
        rest = wire.amount - sum(line.figures[0][0] or 0.0 for line in parts)
        to_date.update(dict.fromkeys(sale.places, rest))
        return
    for line in parts:
        for place in line.places:
            cleared[place].add(RECEIPTS[field][0])


def _noted(held: HeldSheets, lines: list[_Line], receipts: list[bool]) -> dict[int, str]:
    """Per payment line without an order number whose note names one order of its
    customer's in the file (core.ledger.noted_orders), that order. The file's every row is
    looked through only where such a note is there."""
    wanted = {i: line.record for i, line in enumerate(lines)
              if receipts[i] and not line.record[ORDER_NO] and line.record[NOTES]}
    if not wanted:
        return {}
    customers = {record[CUSTOMER_KEY] for record in wanted.values()}
    pairs: dict[Hashable, set[tuple[str | None, str | None]]] = defaultdict(set)
    for _number, records, _groups in held:
        for record in records:
            if record[CUSTOMER_KEY] in customers and record[ORDER_NO]:
                pairs[record[CUSTOMER_KEY]].add((record[ORDER_NO], record[INVOICE_NO]))
    numbers = {customer: numbers_of(found) for customer, found in pairs.items()}
    found = {i: noted_order(record[NOTES], numbers.get(record[CUSTOMER_KEY], {}))
             for i, record in wanted.items()}
    return {i: order for i, order in found.items() if order is not None}


def _orders_of_groups(held: HeldSheets, candidates: WireCandidates) -> set[int]:
    """The orders (by rank) of the lines of every real group of two or more, found among the
    rows whose fingerprint was seen twice. A line repeated on a later tab is one line, not a
    group of its own showings. One pass over the sheets: a big file's are unpacked to be
    read (core.ledger.held_sheets)."""
    found: dict[tuple[int, Hashable], dict[str, int]] = defaultdict(dict)
    twice, wanted = candidates.hot()
    fields = [(field, amount, when) for field, (amount, when) in enumerate(RECEIPTS)
              if twice[field]]  # a field without a figure seen twice has no group
    totals = candidates.totals()
    running: set[int] = set()  # the orders of the lines that may hold a running total
    for _number, records, groups in held if wanted is None else held.numbered(wanted):
        for field, amount, when in fields:
            seen = twice[field]
            for position, key in _group_keys(records, amount, when):
                if hash(key) & WHOLE in seen:  # seen twice
                    found[(field, key)][groups.keys[position]] = groups.ranks[position]
        for field, (amount, _when) in enumerate(RECEIPTS):
            if totals[field]:
                running.update(groups.ranks[position] for position, record in enumerate(records)
                               if record[CUSTOMER_KEY] in totals[field]
                               and record[amount] is not None and record[amount] > 0)
    ranks = {rank for members in found.values() if len(members) > 1
             for rank in members.values()}
    return ranks | running


class _Line:
    """A line of the file as the rule judges it: its first showing gives its customer and
    currencies; its invoice, status, amount and each receipt field are what the file leaves
    on it, as the writer merges the showings (core.ledger.line_values): a later tab's filled
    invoice, status and figures replace an earlier one's, and its amount where higher."""

    __slots__ = ("order", "record", "places", "figures", "invoice", "status", "amount")

    def __init__(self, order: tuple[int, int], place: Place, record: Record) -> None:
        self.order, self.record = order, record
        self.places = [place]
        # per field: (figure, day, the record that showed the figure)
        self.figures = [(record[amount], record[when], record) for amount, when in RECEIPTS]
        self.invoice, self.status, self.amount = record[INVOICE_NO], record[STATUS], record[AMOUNT]

    def shipment(self) -> Shipment:
        """The order's invoice it is on (the order by its rank), in the receipt's currency."""
        record = self.record
        return (self.order[0], fold(self.invoice or ""),
                record[RECEIVED_CURRENCY] or record[CURRENCY])

    def repeated(self, place: Place, record: Record, to_date: float | None,
                 older: Callable[[Receipt, Receipt], bool] | None = None) -> None:
        self.places.append(place)
        if record[INVOICE_NO]:
            self.invoice = record[INVOICE_NO]
        self.status = later_status(self.status, record[STATUS], False)
        if raised(self.amount, record[AMOUNT]) and record[CURRENCY] == self.record[CURRENCY]:
            self.amount = record[AMOUNT]
        for field, (amount, day_field) in enumerate(RECEIPTS):
            figure, when, shown = self.figures[field]
            if field == 0 and older is not None and older(*(Receipt(
                    figure if one is shown else to_date if to_date is not None else one[amount],
                    when if one is shown else one[day_field], one[AMOUNT],
                    one[RECEIVED_CURRENCY] or one[CURRENCY], notes=one[NOTES])
                    for one in (shown, record))):
                continue  # an older month's tab's row: the line's figure stands (yb44)
            if record[amount] is not None:
                figure, shown = record[amount], record
                if field == 0 and to_date is not None:  # the received figure, to date
                    figure = to_date
            if record[day_field] is not None:
                when = record[day_field]
            self.figures[field] = (figure, when, shown)


def _lines_of(held: HeldSheets, orders: set[int], to_date: dict[Place, float],
              tab_end: TabEnds | None = None) -> list[_Line]:
    """Every line of those orders (each shipment whole), in the grouped file's order: by
    order rank, then line index. Only the sheets holding them are read (a big file's 1M
    records held the 1M bench's 2 lines: every sheet was unpacked for them)."""
    found: dict[str, _Line] = {}
    newest = None if tab_end is None else NewestTabs(tab_end, tab_end.last)
    for number, records, groups in held.holding(orders):
        for position, record in enumerate(records):
            rank = groups.ranks[position]
            if rank not in orders:
                continue
            key = groups.keys[position]
            line = found.get(key)
            older = newest is not None and newest.older(key, (
                None if line is None else line.record[SHEET], record[SHEET]), line is not None,
                None) and sheet_month(record[SHEET]) is not None
            if line is None:
                found[key] = _Line((rank, groups.indexes[position]), (number, position),
                                   record)
            else:
                line.repeated((number, position), record, to_date.get((number, position)),
                              partial(_older, newest, key) if older and newest else None)
    return sorted(found.values(), key=lambda line: line.order)


def _older(newest: NewestTabs, key: str, held: Receipt, now: Receipt) -> bool:
    """Does a row on an older month's tab than one that showed the line before leave the
    line's received figure as it stands (core.ledger.older_tabs.kept, as the writer reads
    it)? Before (yb44), the wires were judged against the older tab's figure: a year book
    kept newest tab first (4月 10,000 of 04-10, 3月 4,500 of 03-02) beside its 收款 tab's
    4,500 and 5,500 counted the 5,500 twice, nothing open where 5,000 is."""
    return kept(held, now, newest.end(key)) is not None


def _worth(line: _Line, convert: Convert) -> float | None:
    """What the line adds to its shipment, in its receipt's currency: a cancelled one nothing."""
    if line.status == CANCELLED:
        return 0.0
    record = line.record
    target = record[RECEIVED_CURRENCY] or record[CURRENCY]
    if target == record[CURRENCY]:
        return line.amount
    return convert(line.amount, record[CURRENCY], target, record[ORDER_DATE])
