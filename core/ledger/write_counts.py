"""What a file's write did, counted for the import report: kept apart from the writer, whose
rules it would otherwise lengthen, and read by the report, the window and the reference
import alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from core.ledger.balance_rows import Settled
from core.ledger.file_copies import CopyChoice
from core.ledger.leftover_lines import Leftover
from core.ledger.line_values import L_HISTORY
from core.ledger.moves import CustomerMove
from core.ledger.older_receipts import KeptTotal
from core.ledger.older_status import KeptStatus
from core.ledger.order_dates import OrderRow
from core.ledger.receipt_history import steps
from core.ledger.still_moving import MovingRow


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
    receipts: list[tuple[str, str, int, str]] = field(default_factory=list)  # Bases.notes
    dated: list[tuple[str, str, str, int, str]] = field(default_factory=list)  # Bases.dated
    copies: list[CopyChoice] = field(default_factory=list)  # core.ledger.file_copies
    # core.ledger.older_receipts, and totals lowered: core.ledger.lowered_totals
    kept_totals: list[KeptTotal] = field(default_factory=list)
    # (sheet, row) of totals read as the deposit re-dated (core.ledger.beside_deposit)
    redated: list[tuple[str, int]] = field(default_factory=list)
    kept_statuses: list[KeptStatus] = field(default_factory=list)  # core.ledger.older_status
    leftovers: list[Leftover] = field(default_factory=list)  # core.ledger.leftover_lines
    # each file a stored line the file lists was stored from before the write: a line it
    # changes takes its name (core.ledger.corrected_payments asks which files it re-sends)
    listed: set[str | None] = field(default_factory=set)


def changed(before: Sequence[Any], after: Sequence[Any]) -> bool:
    """Did a write change a stored line's values (core.ledger.line_values.LINE_COLUMNS), as the
    report counts it "updated"? Its received history's closing name (the file whose total it
    is, core.ledger.receipt_history) changes no figure: an older month's file read again
    after a reader upgrade, its figures kept out, was "10 updated" where nothing changed
    (dates34)."""
    return tuple(before[:L_HISTORY]) != tuple(after[:L_HISTORY]) or steps(
        before[L_HISTORY]) != steps(after[L_HISTORY])
