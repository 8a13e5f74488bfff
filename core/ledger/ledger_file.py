"""One file's ledger between reading and writing: its records, orders, customers and notes.

Sheets are added one by one as they are read (:meth:`LedgerFile.add`); each is grouped into
the file's orders, counted for copied wires, noted for the review, and held (packed once the
file is big, core.ledger.held_sheets) until the file is written. A packed sheet keeps, beside
its rows' keys and order dates, which rows are sales, credit notes, sales whose note names no
return, returns of their own read as no credit note and receipts written without their date,
with the credit notes' amounts and those receipts' figures (:func:`_facts`): the five passes
asking only that (:meth:`LedgerFile.sale_keys`, :meth:`~LedgerFile.typed_receipts`,
:meth:`~LedgerFile.returned_keys`, :meth:`~LedgerFile.credit_notes`,
:meth:`~LedgerFile.bare_sales`) read it without unpacking a record. Each had unpacked every
record of a big file (lin38; order38 added the second and third passes and the first one's
days and returns).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import eq, itemgetter
from typing import cast

from core.ledger.deposit_rows import FileOrders
from core.ledger.displaced_notes import NoteRows, is_sale
from core.ledger.filed_returns import any_returned, credited, held_return
from core.ledger.held_sheets import HeldSheet, HeldSheets, Light, RowFacts
from core.ledger.noted_deductions import deducted
from core.ledger.noted_returns import NOTED, further_return, returned_sum
from core.ledger.orders import OrderBook, SheetGroups
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CURRENCY_WRITTEN,
    NOTES,
    ORDER_DATE,
    ORDER_NO,
    RECEIVED,
    RECEIVED_CURRENCY,
    RECEIVED_DATE,
    ROW,
    SHEET,
    STATUS,
    Record,
)
from core.ledger.rest_day import RestCame
from core.ledger.review import Corrections, ReviewRows
from core.ledger.sold_so_far import TabNumbers
from core.ledger.typed_rows import is_receipt_line
from core.ledger.wire_review import WireCandidates

# a packed row's facts, a bit each: a sale, a credit note, a bare sale, a return of its own read
# as no credit note (filed_returns.held_return), a receipt written without its date, a credit
# note whose note says its return came after another (noted_returns.further_return), a cancelled
# row, a payment naming its order and writing no currency (core.ledger.listed_currency: pay44)
SALE, CREDIT, BARE, RETURNED, TYPED, FURTHER, GONE, UNSAID = 1, 2, 4, 8, 16, 32, 64, 128
# the facts whose rows' figures the pack keeps, in this order (a sale's amount: a return of
# its day for less is one of its goods, core.ledger.sheet_fields.returned_after)
FIGURES = (CREDIT, TYPED, SALE)
Said = dict[object, bool]  # each status text's says_returned, weighed once (held_return)
_CREDITED, _WRITTEN = itemgetter(CREDIT_NOTE), itemgetter(CURRENCY_WRITTEN)  # a row's, at C speed
_RECEIVED = itemgetter(RECEIVED_DATE, RECEIVED)  # both None: its received cells blank


def _said() -> Said:
    return {None: False}


def _sale(record: Record, key: str) -> bool:
    return is_sale(key, record[AMOUNT], bool(record[CREDIT_NOTE]))


def _bare(record: Record, key: str) -> bool:
    """A sale row whose note names no return (core.ledger.dropped_returns)."""
    return _sale(record, key) and _unnoted(record, key)


def _unnoted(record: Record, key: str) -> bool:
    """A row whose note names no return (of a sale: a bare sale), nor, where its sheet's
    :func:`noted_deductions.deducted` has it, a deduction the buyer took."""
    return NOTED not in key and returned_sum(record[NOTES], record[AMOUNT],
                                             record[CURRENCY]) is None


def _sold(record: Record, key: str, said: Said) -> bool:
    """A sale the file writes, not a return of its own read as none (order38), nor of a
    cancelled order (no sale a held return comes back from: rv43e G5)."""
    return _sale(record, key) and not held_return(record, said) and not _gone(record)


def _gone(record: Record) -> bool:
    return record[STATUS] == "cancelled"


def _typed(record: Record) -> bool:
    """A received figure written without its date (core.ledger.lot_balances)."""
    return record[RECEIVED] is not None and record[RECEIVED_DATE] is None


def _unsaid(record: Record) -> bool:
    """A payment's own row (worth 0, a figure received) naming its order, its currency cell
    blank: in its order's currency, whatever sheet it is on (core.ledger.listed_currency)."""
    return bool(record[ORDER_NO]) and not record[CURRENCY_WRITTEN] and is_receipt_line(
        record[AMOUNT], record[RECEIVED]) and not record[CREDIT_NOTE]


def _further(record: Record) -> bool:
    return bool(record[CREDIT_NOTE]) and further_return(record[NOTES])


def _facts(records: list[Record], keys: list[str]) -> RowFacts:
    """A packed sheet's rows' facts (a byte a row) and, for each of FIGURES, its rows' figures
    in order (credit notes' amounts, typed receipts', sales'): what its records would say to
    the five passes. `said` only saves weighing a status text twice (says_returned reads the text
    alone), so a sheet's own gives each row the answer a file-wide one does."""
    said = _said()
    flags = bytearray(len(records))
    credits: list[float] = []
    typed: list[float] = []
    sales: list[float] = []
    deductions = deducted(records)  # a deduction the buyer took is no bare sale either
    for position, (r, key) in enumerate(zip(records, keys, strict=True)):  # one pass (perf41a)
        flag = 0
        if _sale(r, key):
            flag = SALE | (BARE if _unnoted(r, key) and position not in deductions else 0)
            sales.append(r[AMOUNT])
        if r[CREDIT_NOTE]:
            flag |= CREDIT | (FURTHER if _further(r) else 0)
            credits.append(r[AMOUNT])
        if _typed(r):
            flag |= TYPED
            typed.append(r[RECEIVED])
        if held_return(r, said):
            flag |= RETURNED
        if _gone(r):
            flag |= GONE
        if _unsaid(r):
            flag |= UNSAID
        flags[position] = flag
    return bytes(flags), [credits, typed, sales]


def _flagged(light: Light, flag: int) -> Iterator[int]:
    """The positions of a packed sheet's rows with `flag`."""
    return (position for position, flags in enumerate(light.facts[0]) if flags & flag)


def _figures(light: Light, flag: int) -> Iterator[tuple[int, float]]:
    """The positions and kept figures of a packed sheet's rows with `flag` (one of FIGURES)."""
    return zip(_flagged(light, flag), light.facts[1][FIGURES.index(flag)], strict=True)


def _loose(sheet: HeldSheet) -> tuple[list[Record], list[str]]:
    """A sheet's records and keys: a loose one's as held, one packed without facts unpacked."""
    records, groups = sheet.unpacked()
    return records, groups.keys


@dataclass
class LedgerFile:
    held: HeldSheets = field(default_factory=lambda: HeldSheets(facts=_facts))
    book: OrderBook = field(default_factory=OrderBook)
    wires: WireCandidates = field(default_factory=WireCandidates)
    rows: ReviewRows = field(default_factory=ReviewRows)
    currencies: Counter[str] = field(default_factory=Counter)  # records per currency
    paid_in: set[str | None] = field(default_factory=set)  # their 收款币种 (unrated)
    corrections: Corrections = field(default_factory=Corrections)  # set by the review
    # the orders holding a deposit, as the report judges them (core.ledger.deposit_rows)
    deposits: FileOrders | None = None
    # the sale rows (sheet, row) whose deduction the file's money on their order settles, not
    # their sheet's (core.ledger.deductions_apart): no bare sale, stored credit note or not
    deducted: set[tuple[str, int]] = field(default_factory=set)
    # each tab's sale rows by the numbers they answer to, while the payers are read
    # (core.ledger.file_payers, sold_so_far)
    numbered: TabNumbers = field(default_factory=TabNumbers)
    # the payment rows (sheet, row) holding money under the order above them, no number of
    # their own, whose note names one other order of the sheet: that order's number; the only
    # ones a note may give to another order (OrderPayments.noted, core.ledger.noted_halves)
    above: dict[tuple[str, int], str] = field(default_factory=dict)
    # the typed payment rows (sheet, row) whose order their sheet does not sell, read against
    # the order's stored lines once the file is written (core.ledger.typed_apart)
    away: set[tuple[str, int]] = field(default_factory=set)
    # the sheets whose received dates read day first: their typed rows' note days so too
    day_first: set[str] = field(default_factory=set)
    # the payment rows (sheet, row) whose note says their rest came on a later day: kept on
    # their lines once the file is written (core.ledger.rest_receipts)
    rests: dict[tuple[str, int], RestCame] = field(default_factory=dict)

    def add(self, name: str, records: list[Record], payments: frozenset[int] = frozenset()
            ) -> SheetGroups:
        groups = self.book.add(records, payments)
        self.wires.add(records)
        self.rows.add(len(self.held.sheets), records, groups)
        self.currencies.update(map(itemgetter(CURRENCY), records))
        self.paid_in.update(map(itemgetter(RECEIVED_CURRENCY), records))
        self.held.add(name, records, groups)
        if self.held.sheets[0].records is None:  # packing: its keys now held by the book alone
            self.book.keys_as_bytes()
        for moved in self.book.notes.moved:  # an earlier tab's note a sale moved (tab_notes)
            record, held = self.held.rework(moved.sheet, moved.position, moved.key,
                                            credited if moved.credited else None)
            self.wires.reworked.add(moved.sheet)  # its wires looked at again, as they are now
            if moved.credited:  # a credit note now: the review names the invoice it reduces
                self.rows.credit_notes.append(((held.ranks[moved.position], held.indexes[
                    moved.position]), (moved.sheet, moved.position), record, False))
        self.book.notes.moved.clear()
        return groups

    def written_rows(self, mark: str = "") -> Iterator[tuple[str, int, str]]:
        """Each row's sheet, row number and line key (only the keys holding `mark`), sheet by
        sheet (core.ledger.reread_rows asks only after an upgrade, when the file was imported
        by an earlier reader); a packed sheet's records stay packed, and a packed sheet with
        no key holding `mark` is not read (core.ledger.held_sheets)."""
        return self.held.written_rows(mark)

    def _sheets(self, flag: int) -> Iterator[tuple[HeldSheet, Light | None]]:
        """Each sheet that may hold a row with the fact `flag`, with its small pack's `Light`
        where it is packed (None: its records are read); a packed sheet none of whose rows has
        it is passed over, its small pack unread (perf40b: most facts are rare)."""
        for sheet in self.held.sheets:
            if not sheet.lacks(flag):
                yield sheet, sheet.light()

    def sale_keys(self) -> Iterator[tuple[str, str, float]]:
        """The line keys the file writes sales under, with their days and amounts (core.
        ledger.displaced_notes); a return of its own read as none is no sale (core.ledger.
        filed_returns.held_return)."""
        said = _said()
        for sheet, light in self._sheets(SALE):
            if light is not None:
                # the record's order date, as the loose sheet's below yields it
                yield from ((light.keys[p], cast(str, light.ordered[p]), amount)
                            for p, amount in _figures(light, SALE)
                            if not light.facts[0][p] & (RETURNED | GONE))
                continue
            records, keys = _loose(sheet)
            yield from ((key, r[ORDER_DATE], r[AMOUNT])
                        for r, key in zip(records, keys, strict=True) if _sold(r, key, said))

    def typed_receipts(self) -> Iterator[tuple[str, float]]:
        """Each row's line key and received figure written without its date (core.ledger.
        lot_balances)."""
        for sheet, light in self._sheets(TYPED):
            if light is not None:
                yield from ((light.keys[p], figure) for p, figure in _figures(light, TYPED))
                continue
            records, keys = _loose(sheet)
            yield from ((key, r[RECEIVED]) for r, key in zip(records, keys, strict=True)
                        if _typed(r))

    def returned_keys(self) -> Iterator[str]:
        """The line keys of the file's returns of their own read as no credit note (core.
        ledger.filed_returns.mark_returns)."""
        said = _said()
        for sheet, light in self._sheets(RETURNED):
            if light is not None:
                yield from (light.keys[p] for p in _flagged(light, RETURNED))
                continue
            records, keys = _loose(sheet)
            if any_returned(records, said):  # a sheet whose words say none, not read (perf50)
                yield from (key for r, key in zip(records, keys, strict=True)
                            if held_return(r, said))

    def credit_notes(self) -> Iterator[tuple[str, str, float]]:
        """The file's credit notes' line keys, days and amounts (core.ledger.displaced_notes)."""
        for sheet, light in self._sheets(CREDIT):
            if light is not None:
                # the record's order date, as the loose sheet's below yields it
                yield from ((light.keys[p], cast(str, light.ordered[p]), amount)
                            for p, amount in _figures(light, CREDIT))
                continue
            records, keys = _loose(sheet)
            if any(map(_CREDITED, records)):  # a sheet of none, not read a row at a time
                yield from ((key, r[ORDER_DATE], r[AMOUNT])
                            for r, key in zip(records, keys, strict=True) if r[CREDIT_NOTE])

    def note_rows(self) -> NoteRows:
        """The keys of the file's credit notes saying their return came after another, and
        the customer an order key of the file is written for (displaced_notes.drop_noted)."""
        further: set[str] = set()
        for sheet, light in self._sheets(FURTHER):
            if light is not None:
                further.update(light.keys[p] for p in _flagged(light, FURTHER))
                continue
            records, keys = _loose(sheet)
            further.update(key for r, key in zip(records, keys, strict=True) if _further(r))
        orders = self.book.orders
        return further, lambda key: orders[key].customer_key if key in orders else None

    def bare_sales(self) -> Iterator[tuple[str, int, str]]:
        """The sale rows whose note names no return, with their line keys (core.ledger.
        dropped_returns)."""
        apart = self.deducted
        for sheet, light in self._sheets(BARE):
            if light is not None:
                yield from ((light.sheets[p], light.rows[p], light.keys[p])
                            for p in _flagged(light, BARE)
                            if not apart or (light.sheets[p], light.rows[p]) not in apart)
                continue
            records, keys = _loose(sheet)
            deductions = deducted(records)
            yield from ((r[SHEET], r[ROW], key) for p, (r, key) in enumerate(
                zip(records, keys, strict=True)) if _bare(r, key) and p not in deductions
                and (r[SHEET], r[ROW]) not in apart)

    def unsaid_payments(self) -> Iterator[tuple[str, int]]:
        """The payment rows naming their order and writing no currency (:func:`_unsaid`), by
        sheet and row; a packed sheet holding none is not read (tests/test_perf40b_packed_reads.
        py)."""
        for sheet, light in self._sheets(UNSAID):
            if light is not None:
                yield from ((light.sheets[p], light.rows[p]) for p in _flagged(light, UNSAID))
                continue
            records, _keys = _loose(sheet)
            if not all(map(_WRITTEN, records)):  # every row's currency written: none (perf50)
                yield from ((r[SHEET], r[ROW]) for r in records if _unsaid(r))

    def blank_receipts(self) -> Iterator[str]:
        """The line keys of the rows whose received figure and date are both blank (core.
        ledger.moved_receipts asks the store for those holding one, a chunk at a time: not
        held as a set, mem51), at C speed where loose: asked of every import, most rows of a
        month's file."""
        for sheet, typed in self._receipt_sheets():
            if typed is None and sheet.records is not None and sheet.groups is not None:
                yield from compress(sheet.groups.keys, map(
                    eq, map(_RECEIVED, sheet.records), repeat((None, None))))
                continue
            yield from (key for _, _, key, _, written in self._packed_cells(sheet, typed or set())
                        if not written)

    def receipt_cells(self) -> Iterator[tuple[str, int, str, str | None, bool]]:
        """Each row's sheet, row number, line key, received date and whether its received
        figure or date is written (asked where :meth:`blank_receipts` found one stored)."""
        for sheet, typed in self._receipt_sheets():
            if typed is None and sheet.records is not None and sheet.groups is not None:
                yield from ((r[SHEET], r[ROW], key, r[RECEIVED_DATE], _RECEIVED(r) != (None, None))
                            for r, key in zip(sheet.records, sheet.groups.keys, strict=True))
            else:
                yield from self._packed_cells(sheet, typed or set())

    def _receipt_sheets(self) -> Iterator[tuple[HeldSheet, set[str] | None]]:
        """Each sheet, with the keys of rows writing a figure without its date where packed
        (:meth:`typed_receipts`; None: loose, its records read)."""
        typed: set[str] | None = None
        for sheet in self.held.sheets:
            if sheet.records is not None:
                yield sheet, None
                continue
            if typed is None:
                typed = {key for key, _ in self.typed_receipts()}
            yield sheet, typed

    @staticmethod
    def _packed_cells(sheet: HeldSheet, typed: set[str]
                      ) -> Iterator[tuple[str, int, str, str | None, bool]]:
        """A packed sheet's rows as :meth:`receipt_cells` gives them, from its small pack."""
        for (name, row, key), dates in zip(sheet.written_rows(), sheet.dates(), strict=True):
            yield name, row, key, dates[-1], dates[-1] is not None or key in typed
