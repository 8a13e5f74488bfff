"""One file's ledger between reading and writing: its records, orders, customers and notes.

Sheets are added one by one as they are read (:meth:`LedgerFile.add`); each is grouped into
the file's orders, counted for copied wires, noted for the review, and held (packed once the
file is big, core.ledger.held_sheets) until the file is written. A packed sheet keeps, beside
its rows' keys, which rows are sales, credit notes and sales whose note names no return, and
the credit notes' amounts (:func:`_facts`): the three passes asking only that
(:meth:`LedgerFile.sale_keys`, :meth:`~LedgerFile.credit_notes`, :meth:`~LedgerFile.bare_sales`)
unpacked every record of a big file each, 3 of its 6 readings (lin38).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import cast

from core.ledger.deposit_rows import FileOrders
from core.ledger.displaced_notes import is_sale
from core.ledger.held_sheets import HeldSheet, HeldSheets, Light, RowFacts
from core.ledger.noted_returns import NOTED, returned_sum
from core.ledger.orders import OrderBook, SheetGroups
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    NOTES,
    ORDER_DATE,
    ROW,
    SHEET,
    Record,
)
from core.ledger.review import Corrections, ReviewRows
from core.ledger.wire_review import WireCandidates

SALE, CREDIT, BARE = 1, 2, 4  # a packed row's facts: a sale, a credit note, a bare sale


def _sale(record: Record, key: str) -> bool:
    return is_sale(key, record[AMOUNT], bool(record[CREDIT_NOTE]))


def _bare(record: Record, key: str) -> bool:
    """A sale row whose note names no return (core.ledger.dropped_returns)."""
    return _sale(record, key) and NOTED not in key and (
        returned_sum(record[NOTES], record[AMOUNT], record[CURRENCY]) is None)


def _facts(records: list[Record], keys: list[str]) -> RowFacts:
    """A packed sheet's rows' facts (SALE, CREDIT, BARE: a byte a row) and its credit notes'
    amounts, in its order: what its records would say to the three passes."""
    flags = bytes((SALE if _sale(r, key) else 0) | (CREDIT if r[CREDIT_NOTE] else 0)
                  | (BARE if _bare(r, key) else 0) for r, key in zip(records, keys, strict=True))
    return flags, [r[AMOUNT] for r in records if r[CREDIT_NOTE]]


def _flagged(light: Light, flag: int) -> Iterator[int]:
    """The positions of a packed sheet's rows with `flag`."""
    return (position for position, flags in enumerate(light.facts[0]) if flags & flag)


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
        return groups

    def written_rows(self) -> Iterator[tuple[str, int, str]]:
        """Each row's sheet, row number and line key, sheet by sheet (core.ledger.reread_rows
        asks only after an upgrade, when the file was imported by an earlier reader); a packed
        sheet's records stay packed (core.ledger.held_sheets)."""
        return self.held.written_rows()

    def sale_keys(self) -> Iterator[str]:
        """The line keys the file writes sales under (core.ledger.displaced_notes)."""
        for sheet in self.held.sheets:
            if (light := sheet.light()) is not None:
                yield from compress(light.keys, (flags & SALE for flags in light.facts[0]))
                continue
            records, keys = _loose(sheet)
            yield from (key for r, key in zip(records, keys, strict=True) if _sale(r, key))

    def credit_notes(self) -> Iterator[tuple[str, str, float]]:
        """The file's credit notes' line keys, days and amounts (core.ledger.displaced_notes)."""
        for sheet in self.held.sheets:
            if (light := sheet.light()) is not None:
                for position, amount in zip(_flagged(light, CREDIT), light.facts[1], strict=True):
                    # the record's order date, as the loose sheet's below yields it
                    yield light.keys[position], cast(str, light.ordered[position]), amount
                continue
            records, keys = _loose(sheet)
            yield from ((key, r[ORDER_DATE], r[AMOUNT])
                        for r, key in zip(records, keys, strict=True) if r[CREDIT_NOTE])

    def bare_sales(self) -> Iterator[tuple[str, int, str]]:
        """The sale rows whose note names no return, with their line keys (core.ledger.
        dropped_returns)."""
        for sheet in self.held.sheets:
            if (light := sheet.light()) is not None:
                yield from ((light.sheets[p], light.rows[p], light.keys[p])
                            for p in _flagged(light, BARE))
                continue
            records, keys = _loose(sheet)
            yield from ((r[SHEET], r[ROW], key) for r, key in zip(records, keys, strict=True)
                        if _bare(r, key))
