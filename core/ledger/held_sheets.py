"""A file's records, sheet by sheet, held until the file is written: packed once they are many.

A record is a tuple of about forty fields, some 400 bytes as Python objects; ten years of a
busy firm's ledger is a million of them. Past :data:`LOOSE_ROWS` loose rows the oldest sheets
are packed with :mod:`marshal` (strings shared within a sheet are written once) and
compressed (:data:`PACK_LEVEL`), and unpacked again, one sheet at a time, when the file is
reviewed and written. Marshal alone left some 240 bytes a row of forty-six fields: 240 MB of
the 1M bench ledger's peak; compressed, about 70 bytes (mem36: the 100k ledger's 23.7 MB of
packed sheets 6.7 MB, for 0.2 s to pack and 0.09 s more a reading, CPU). Each packed sheet
keeps its rows' line keys, order ranks, sheets, row numbers and dates in a small pack (the
keys apart, perf46): the seven rules run after the write ask only (sheet, row, key)
(:meth:`HeldSheets.written_rows`), the file's day only the dates (:meth:`HeldSheet.dates`),
the copied wires' lines only the sheets holding their orders (:meth:`HeldSheets.holding`),
and unpacking every record for them
was most of what grew faster than the rows in the 1M import (lin36: eight of its twelve
readings of every record, 36 CPU s).
The small pack also keeps what the passes over the file's sales, credit notes, returns and
undated receipts ask of each row, worked out from the records as they are packed (:data:`Facts`,
core.ledger.ledger_file): those passes had unpacked every record five times more (lin38, with
order38's two). A row reworked after its sheet was packed (:meth:`HeldSheets.rework`) has its
sheet packed again, its facts worked out again.
A typical monthly file stays loose and is never packed. A file that will be big (ten years of
monthly tabs: judged from its rows so far and how many sheets it has) keeps only
:data:`BIG_FILE_LOOSE_ROWS` loose, since everything else it holds grows with it too.
"""

from __future__ import annotations

import marshal
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import reduce
from operator import itemgetter, or_

from core.ledger.orders import SheetGroups
from core.ledger.record import ORDER_DATE, RECEIVED_DATE, ROW, SHEET, SHIP_DATE, Record

LOOSE_ROWS = 150_000
BIG_FILE_ROWS = 300_000  # a file expected to hold more packs its sheets early
BIG_FILE_LOOSE_ROWS = 20_000
PACK_LEVEL = 1  # zlib's fastest: 3 and 6 saved a tenth, a fifth more for 1.4, 3 times the time
# a row's sheet and row, and its order, ship and received date
Dates = tuple[str, int, str | None, str | None, str | None]
ROW_FIELDS = (SHEET, ROW, ORDER_DATE, SHIP_DATE, RECEIVED_DATE)  # a record's Dates
_DATES = itemgetter(*ROW_FIELDS)
# what a pass reading no whole record asks of a sheet's rows: a byte of flags a row and, for
# some flags, the figures of the rows with it (a list a flag), worked out from its records and
# line keys once as the sheet is packed
RowFacts = tuple[bytes, list[list[float]]]
Facts = Callable[[list[Record], list[str]], RowFacts]


@dataclass
class Light:
    """A packed sheet as its small pack has it: the line keys, the rows' sheet, row number and
    order date, and the `Facts` worked out as it was packed."""
    keys: list[str]
    sheets: list[str]
    rows: list[int]
    ordered: list[str | None]
    facts: RowFacts


@dataclass
class HeldSheet:
    name: str
    rows: int
    records: list[Record] | None
    groups: SheetGroups | None
    packed: bytes | None = None
    packed_rows: bytes | None = None  # the order ranks, the columns of ROW_FIELDS, the facts
    # the line keys, apart: the file's day and the wires' ranks read no key, and a mark is
    # looked for among the keys alone (perf46: a third of the small pack's bytes, the longest
    # strings; at 1M the dates were read twice and the ranks once, every key unpacked each)
    packed_keys: bytes | None = None
    # a packed sheet's: every row's facts or'd together (None: packed without facts, or loose)
    flags: int | None = None
    # each mark asked of its keys, whether they hold it (a packed sheet's: its small pack's
    # bytes); forgotten when a key changes (:meth:`rework`) or the sheet is packed
    marks: dict[str, bool] = field(default_factory=dict, repr=False)

    def pack(self, facts: Facts | None = None) -> None:
        assert self.records is not None and self.groups is not None
        g, records = self.groups, self.records
        row_facts = facts(records, g.keys) if facts else None
        self.packed = zlib.compress(marshal.dumps((records, g.indexes, g.repeats)), PACK_LEVEL)
        self.packed_rows = zlib.compress(marshal.dumps(
            (g.ranks, *([r[column] for r in records] for column in ROW_FIELDS), row_facts)),
            PACK_LEVEL)
        self.packed_keys = zlib.compress(marshal.dumps(g.keys), PACK_LEVEL)
        self.flags = None if row_facts is None else reduce(or_, set(row_facts[0]), 0)
        self.marks = {}
        self.records = self.groups = None

    def lacks(self, flags: int) -> bool:
        """A packed sheet none of whose rows has any of the facts `flags`: a pass asking only
        those rows passes it over without reading its small pack (perf40b)."""
        return self.records is None and self.flags is not None and not self.flags & flags

    def holds(self, mark: str) -> bool:
        """Whether a line key of the sheet may hold `mark`. A packed sheet's small pack is
        looked through as bytes, once a mark: marshal writes a string's UTF-8 whole, so a key
        holding the mark has its bytes there; most big files' sheets hold no payment keyed by
        its sum, and the four passes after the write asking for those read every key of every
        sheet for none (perf40b). A loose sheet's keys are asked as one string, at C speed
        (never falsely none: a key holding the mark holds it there; perf50: the five passes
        after a 100k first import's write built each row's tuple to test its key), once a mark
        too (perf68a: the rules after the write ask one mark up to five times, each joining
        every key of a 100k file's loose sheets again)."""
        if not mark:
            return True
        held = self.marks.get(mark)
        if held is not None:
            return held
        if self.records is not None:
            if self.groups is None:
                return True
            held = self.marks[mark] = mark in "\0".join(self.groups.keys)
        else:
            assert self.packed_keys is not None
            held = self.marks[mark] = (mark.encode("utf-8", "surrogatepass")
                                       in zlib.decompress(self.packed_keys))
        return held

    def unpacked(self) -> tuple[list[Record], SheetGroups]:
        if self.records is not None and self.groups is not None:
            return self.records, self.groups
        assert self.packed is not None
        records, indexes, repeats = marshal.loads(zlib.decompress(self.packed))
        keys, ranks, *_rows = self._rows()
        return records, SheetGroups(ranks, indexes, keys, repeats)

    def ranks(self) -> list[int]:
        """Each row's order (by rank), the records left packed."""
        if self.groups is not None:
            return self.groups.ranks
        return self._columns()[0]

    def rework(self, position: int, key: str, change: Callable[[Record], Record] | None,
               facts: Facts | None = None) -> tuple[Record, SheetGroups]:
        """A row given another line key, its record changed by `change` (a return made a
        credit note, core.ledger.tab_notes): rare, so a packed sheet is packed again, its
        `facts` worked out again (the row may be a credit note now, no sale)."""
        packed = self.records is None
        records, groups = self.unpacked()
        groups.keys[position] = key
        self.marks = {}  # asked of the keys before
        if change is not None:
            records[position] = change(records[position])
        if packed:
            self.records, self.groups = records, groups
            self.pack(facts)
        return records[position], groups

    def _rows(self) -> tuple[list[str], list[int], list[str], list[int], list[str | None],
                             list[str | None], list[str | None], RowFacts | None]:
        """The line keys, the rows' order ranks, sheets, row numbers and dates (ROW_FIELDS),
        the facts: the small pack whole."""
        assert self.packed_keys is not None
        return marshal.loads(zlib.decompress(self.packed_keys)), *self._columns()

    def _columns(self) -> tuple[list[int], list[str], list[int], list[str | None],
                                list[str | None], list[str | None], RowFacts | None]:
        """The small pack but its line keys (:meth:`_rows`)."""
        assert self.packed_rows is not None
        ranks, sheets, rows, ordered, shipped, received, facts = marshal.loads(
            zlib.decompress(self.packed_rows))
        return ranks, sheets, rows, ordered, shipped, received, facts

    def light(self) -> Light | None:
        """The small pack's keys, rows and facts, the records left packed; None for a loose
        sheet (its records are there to be read) and one packed without facts."""
        if self.packed_rows is None or self.records is not None:
            return None
        keys, _ranks, sheets, rows, ordered, _shipped, _received, facts = self._rows()
        return None if facts is None else Light(keys, sheets, rows, ordered, facts)

    def written_rows(self, mark: str = "") -> Iterable[tuple[str, int, str]]:
        """Each row's sheet, row number and line key (only the keys holding `mark`), the
        records left packed; a packed sheet with no key holding it is not read (:meth:`holds`)."""
        if not self.holds(mark):
            return ()
        if self.records is not None and self.groups is not None:
            records = self.records
            rows = zip(map(itemgetter(SHEET), records), map(itemgetter(ROW), records),
                       self.groups.keys, strict=True)
        else:
            keys, _ranks, sheets, numbers, *_dates_and_facts = self._rows()
            rows = zip(sheets, numbers, keys, strict=True)
        return (row for row in rows if mark in row[2]) if mark else rows

    def dates(self) -> list[Dates]:
        """Each row's sheet, row number, order, ship and received dates, the records left
        packed."""
        if self.records is not None:
            return list(map(_DATES, self.records))
        _ranks, *columns, _facts = self._columns()
        return list(zip(*columns, strict=True))


class HeldSheets:
    """The sheets in file order; `loose_rows` bounds the rows kept as Python objects; `facts`:
    what each packed sheet keeps of its rows beside their keys (:data:`Facts`)."""

    def __init__(self, loose_rows: int | None = None, facts: Facts | None = None) -> None:
        self.sheets: list[HeldSheet] = []
        self.facts = facts
        self.loose_rows = LOOSE_ROWS if loose_rows is None else loose_rows
        self.expected_sheets = 0  # how many sheets the file has, when the reader knows
        self._loose = 0
        self._rows = 0

    def add(self, name: str, records: list[Record], groups: SheetGroups) -> None:
        self.sheets.append(HeldSheet(name, len(records), records, groups))
        self._loose += len(records)
        self._rows += len(records)
        limit = self.loose_rows
        if self._rows * self.expected_sheets > BIG_FILE_ROWS * len(self.sheets):
            limit = min(limit, BIG_FILE_LOOSE_ROWS)  # a big file: its rows so far say so
        for sheet in self.sheets:
            if self._loose <= limit:
                break
            if sheet.records is not None:
                self._loose -= sheet.rows
                sheet.pack(self.facts)

    @property
    def rows(self) -> int:
        return self._rows

    def __iter__(self) -> Iterator[tuple[int, list[Record], SheetGroups]]:
        """(sheet number, its records, their groups), unpacking one sheet at a time."""
        for number, sheet in enumerate(self.sheets):
            records, groups = sheet.unpacked()
            yield number, records, groups

    def holding(self, ranks: set[int]) -> Iterator[tuple[int, list[Record], SheetGroups]]:
        """As iterating, only the sheets with a row of one of the orders `ranks`: a packed
        sheet's ranks are in its small pack, and the copied wires' few orders
        (core.ledger.wire_review) had every sheet of a big file unpacked for them (perf38b)."""
        for number, sheet in enumerate(self.sheets):
            if not ranks.isdisjoint(sheet.ranks()):
                records, groups = sheet.unpacked()
                yield number, records, groups

    def numbered(self, numbers: set[int]) -> Iterator[tuple[int, list[Record], SheetGroups]]:
        """As iterating, only the sheets `numbers`, in file order (core.ledger.wire_review)."""
        for number in sorted(numbers):
            records, groups = self.sheets[number].unpacked()
            yield number, records, groups

    def holds(self, mark: str) -> bool:
        """Whether a line key of a sheet may hold `mark`, no key unpacked (HeldSheet.holds)."""
        return any(sheet.holds(mark) for sheet in self.sheets)

    def written_rows(self, mark: str = "") -> Iterator[tuple[str, int, str]]:
        """Each row's sheet, row number and line key (only the keys holding `mark`), sheet by
        sheet, no record unpacked."""
        for sheet in self.sheets:
            yield from sheet.written_rows(mark)

    def rework(self, sheet: int, position: int, key: str,
               change: Callable[[Record], Record] | None) -> tuple[Record, SheetGroups]:
        """Sheet number `sheet`'s row reworked (:meth:`HeldSheet.rework`), packed again with
        the file's facts if it was packed."""
        return self.sheets[sheet].rework(position, key, change, self.facts)

    def record(self, sheet: int, position: int) -> Record:
        return self.sheets[sheet].unpacked()[0][position]
