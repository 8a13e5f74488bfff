"""One file's ledger between reading and writing: its records, orders, customers and notes.

Sheets are added one by one as they are read (:meth:`LedgerFile.add`); each is grouped into
the file's orders, counted for copied wires, noted for the review, and held (packed once the
file is big, core.ledger.held_sheets) until the file is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter

from core.ledger.deposit_rows import FileOrders
from core.ledger.displaced_notes import is_sale
from core.ledger.filed_returns import credited, held_return
from core.ledger.held_sheets import HeldSheets
from core.ledger.noted_returns import NOTED, returned_sum
from core.ledger.orders import OrderBook, SheetGroups
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    NOTES,
    ORDER_DATE,
    RECEIVED,
    RECEIVED_DATE,
    ROW,
    SHEET,
    Record,
)
from core.ledger.review import Corrections, ReviewRows
from core.ledger.wire_review import WireCandidates


@dataclass
class LedgerFile:
    held: HeldSheets = field(default_factory=HeldSheets)
    book: OrderBook = field(default_factory=OrderBook)
    wires: WireCandidates = field(default_factory=WireCandidates)
    rows: ReviewRows = field(default_factory=ReviewRows)
    currencies: Counter[str] = field(default_factory=Counter)  # records per currency
    corrections: Corrections = field(default_factory=Corrections)  # set by the review
    # the orders holding a deposit, as the report judges them (core.ledger.deposit_rows)
    deposits: FileOrders | None = None

    def add(self, name: str, records: list[Record], payments: frozenset[int] = frozenset()
            ) -> SheetGroups:
        groups = self.book.add(records, payments)
        self.wires.add(records)
        self.rows.add(len(self.held.sheets), records, groups)
        self.currencies.update(map(itemgetter(CURRENCY), records))
        self.held.add(name, records, groups)
        for moved in self.book.notes.moved:  # an earlier tab's note a sale moved (tab_notes)
            record, held = self.held.sheets[moved.sheet].rework(
                moved.position, moved.key, credited if moved.credited else None)
            if moved.credited:  # a credit note now: the review names the invoice it reduces
                self.rows.credit_notes.append(((held.ranks[moved.position], held.indexes[
                    moved.position]), (moved.sheet, moved.position), record, False))
        self.book.notes.moved.clear()
        return groups

    def written_rows(self) -> Iterator[tuple[str, int, str]]:
        """Each row's sheet, row number and line key, sheet by sheet (core.ledger.reread_rows
        asks only after an upgrade, when the file was imported by an earlier reader); a packed
        sheet's records stay packed (core.ledger.held_sheets)."""
        return self.held.written_rows()

    def sale_keys(self) -> Iterator[tuple[str, str]]:
        """The line keys the file writes sales under, with their days (core.ledger.
        displaced_notes); a return of its own read as none is no sale (core.ledger.
        filed_returns.held_return)."""
        said: dict[object, bool] = {None: False}
        for _, records, groups in self.held:
            for record, key in zip(records, groups.keys, strict=True):
                if is_sale(key, record[AMOUNT], bool(record[CREDIT_NOTE])) and not (
                        held_return(record, said)):
                    yield key, record[ORDER_DATE]

    def typed_receipts(self) -> Iterator[tuple[str, float]]:
        """Each row's line key and received figure written without its date (core.ledger.
        lot_balances)."""
        for _, records, groups in self.held:
            for record, key in zip(records, groups.keys, strict=True):
                if record[RECEIVED] is not None and record[RECEIVED_DATE] is None:
                    yield key, record[RECEIVED]

    def returned_keys(self) -> Iterator[str]:
        """The line keys of the file's returns of their own read as no credit note (core.
        ledger.filed_returns.mark_returns)."""
        said: dict[object, bool] = {None: False}
        for _, records, groups in self.held:
            for record, key in zip(records, groups.keys, strict=True):
                if held_return(record, said):
                    yield key

    def credit_notes(self) -> Iterator[tuple[str, str, float]]:
        """The file's credit notes' line keys, days and amounts (core.ledger.displaced_notes)."""
        for _, records, groups in self.held:
            for r, key in zip(records, groups.keys, strict=True):
                if r[CREDIT_NOTE]:
                    yield key, r[ORDER_DATE], r[AMOUNT]

    def bare_sales(self) -> Iterator[tuple[str, int, str]]:
        """The sale rows whose note names no return, with their line keys (core.ledger.
        dropped_returns)."""
        for _, records, groups in self.held:
            for r, key in zip(records, groups.keys, strict=True):
                if is_sale(key, r[AMOUNT], bool(r[CREDIT_NOTE])) and NOTED not in key and (
                        returned_sum(r[NOTES], r[AMOUNT], r[CURRENCY]) is None):
                    yield r[SHEET], r[ROW], key
