"""What a file's write did, counted for the import report: kept apart from the writer, whose
rules it would otherwise lengthen, and read by the report, the window and the reference
import alike."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from core.ledger.amended_lines import KeptAmount
from core.ledger.balance_rows import Settled
from core.ledger.file_copies import CopyChoice
from core.ledger.later_ships import KeptShip
from core.ledger.leftover_lines import Leftover
from core.ledger.line_values import L_HISTORY
from core.ledger.moves import CustomerMove
from core.ledger.noted_returns import noted_pair
from core.ledger.older_receipts import KeptTotal
from core.ledger.older_status import KeptStatus
from core.ledger.order_dates import OrderRow
from core.ledger.receipt_history import steps
from core.ledger.record import ROW, Record
from core.ledger.still_moving import MovingRow
from core.ledger.typed_rows import read_twice

# what the write did to a line, as the counts name it
INSERTED, UPDATED, UNCHANGED = "inserted", "updated", "unchanged"


@dataclass
class AmountChange:
    order_no: str | None
    customer: str
    product: str | None
    sheet: str
    row: int
    old: float
    new: float
    currency: str
    order_date: str | None = None  # what names the row where the ledger has no order numbers


@dataclass
class WriteCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    orders_inserted: int = 0
    orders_updated: int = 0
    customers_inserted: int = 0
    amount_changes: list[AmountChange] = field(default_factory=list)
    moved: list[CustomerMove] = field(default_factory=list)  # stored orders given to another
    # carried rows naming a stored order but none of its lines (core.ledger.balance_rows)
    carried: Settled = field(default_factory=lambda: Settled([], []))
    moving: list[MovingRow] = field(default_factory=list)  # core.ledger.still_moving
    # core.ledger.order_dates: stored orders dated later, kept at their first date; new
    # orders known only from carried rows
    dated_later: list[OrderRow] = field(default_factory=list)
    carried_only: list[OrderRow] = field(default_factory=list)
    # rows of stored orders, 币种 blank, not carried: (sheet, row) (core.ledger.unsaid_currency)
    unsaid: set[tuple[str, int]] = field(default_factory=set)
    receipts: list[tuple[str, str, int, str]] = field(default_factory=list)  # Bases.notes
    dated: list[tuple[str, str, str, int, str]] = field(default_factory=list)  # Bases.dated
    copies: list[CopyChoice] = field(default_factory=list)  # core.ledger.file_copies
    # core.ledger.older_receipts, and totals lowered: core.ledger.lowered_totals
    kept_totals: list[KeptTotal] = field(default_factory=list)
    # (sheet, row) of totals read as the deposit re-dated (core.ledger.beside_deposit)
    redated: list[tuple[str, int]] = field(default_factory=list)
    kept_statuses: list[KeptStatus] = field(default_factory=list)  # core.ledger.older_status
    # core.ledger.amended_lines (its ship dates: core.ledger.later_ships)
    kept_amounts: list[KeptAmount | KeptShip] = field(default_factory=list)
    leftovers: list[Leftover] = field(default_factory=list)  # core.ledger.leftover_lines
    # each file a stored line the file lists was stored from before the write: a line it
    # changes takes its name (core.ledger.corrected_payments asks which files it re-sends)
    listed: set[str | None] = field(default_factory=set)
    first_line: int = 0  # the id of the first line the write inserts (0: none yet known)

    def line(self, before: Sequence[Any], merged: Sequence[Any]) -> None:
        """A stored line the file lists, counted updated or unchanged (`changed`)."""
        figures = changed(before, merged)
        self.updated += figures
        self.unchanged += not figures

    def unwritten(self, lines: int, orders: int) -> None:
        """Lines and orders the write inserted that the import then removed (an older file's
        leftover line: core.ledger.leftover_lines): not written, the rows counted unchanged
        (their lots are stored lines the file left as they were)."""
        self.inserted -= lines
        self.unchanged += lines
        self.orders_inserted -= orders

    def one_row(self, fates: Sequence[str]) -> None:
        """A row stored as two lines (core.ledger.typed_rows.read_twice: 退货退款, a credit
        note and a refund; noted_returns.noted_pair: a sale and the return its note names),
        each line counted by its fate (INSERTED, UPDATED, UNCHANGED),
        counted again as the one row the clerk typed: inserted if its lines are both new,
        unchanged if neither changed, else updated (the row now reads otherwise). A clerk who
        imported 10 rows reads 10."""
        for fate in fates:
            setattr(self, fate, getattr(self, fate) - 1)
        row = fates[0] if len(set(fates)) == 1 else UPDATED
        setattr(self, row, getattr(self, row) + 1)


def changed(before: Sequence[Any], after: Sequence[Any]) -> bool:
    """Did a write change a stored line's values (core.ledger.line_values.LINE_COLUMNS), as the
    report counts it "updated"? Its received history's closing name (the file whose total it
    is, core.ledger.receipt_history) changes no figure: an older month's file read again
    after a reader upgrade, its figures kept out, was "10 updated" where nothing changed
    (dates34)."""
    return tuple(before[:L_HISTORY]) != tuple(after[:L_HISTORY]) or steps(
        before[L_HISTORY]) != steps(after[L_HISTORY])


class Twins:
    """The lines of a file's rows read twice, and what the write did to each as the writer
    meets it: kept for those lines only (a few rows of a file), settled once all are counted."""

    def __init__(self) -> None:
        self.pairs: set[tuple[str, str]] = set()  # (the credit note's key, the refund's)
        self.fates: dict[str, str] = {}
        self.places: set[int] = set()  # the sheet's places of its rows read twice (`sheet`)

    def sheet(self, records: Sequence[Record], keys: Sequence[str]) -> set[int]:
        """The places in a sheet's records (and line `keys`) of the lines of rows read
        twice."""
        rows = list(map(itemgetter(ROW), records))
        found: set[int] = set()
        for at in (i for i, pair in enumerate(zip(rows, rows[1:], strict=False), 1)
                   if pair[0] == pair[1]):
            if read_twice(records[at - 1], records[at]) or noted_pair(records[at - 1],
                                                                      records[at]):
                self.pairs.add((keys[at - 1], keys[at]))
                found |= {at - 1, at}
        self.places = found
        return found

    def met(self, key: str, values: tuple[Sequence[Any], Sequence[Any]] | None = None) -> None:
        """Where the write counted a line (a line shown again: the first time): inserted, or
        its `values` before the file and as merged."""
        self.fates.setdefault(key, INSERTED if values is None
                              else UPDATED if changed(*values) else UNCHANGED)

    def settle(self, counts: WriteCounts, before: Mapping[str, Any],
               after: Mapping[str, Any]) -> None:
        """Each row read twice counted once; a line shown on several tabs counted by `before`
        and `after` the file, as the writer counts it."""
        for pair in self.pairs:
            fates = [(UPDATED if changed(before[key], after[key]) else UNCHANGED) if key in before
                     else self.fates.get(key) for key in pair]
            if None not in fates:
                counts.one_row(fates)  # type: ignore[arg-type]


def fates_of(keys: Iterable[str], before: Mapping[str, Any], updated: set[str]) -> list[str]:
    """Each line's fate, for a writer that knows the lines stored `before` the file and
    those it `updated`."""
    return [INSERTED if key not in before else UPDATED if key in updated else UNCHANGED
            for key in keys]
