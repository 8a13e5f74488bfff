"""A 收款日期 cell holding two or more dates: the receipts it says (acct52f).

A clerk writes the deposit's day in 收款日期 when it comes (2025/3/5) and, when the balance
comes, raises 收款金额 to the order's total and adds the second day in the same cell:
"2025/3/5、2025/4/9". Read as no date ("is not a date, so it was read as empty"), a blank kept
what an earlier import stored: in a workbook imported again each month the whole figure stayed
dated with the deposit's day (a buyer 51 days late on average read as paying on time, RMB
agents not overdue where they were), and imported once it had no date at all.

Such a cell — two or more full dates, each one :func:`core.ledger.dates.parse_date` reads on
its own (with its year: "3/5、4/9" stays unread), between clear separators (、，, ; / 和 及 &
"and", a new line) — is read as the receipts it says:
- the line's figure is dated with its latest day, whatever order the days are written in (a
  clerk may put the new day first): the day the figure was complete;
- where the store held this line's figure dated with one of the cell's earlier days (the
  deposit, read last month), that figure stays a receipt of its day and only the growth is
  dated with the latest: the line's received history keeps it as a step
  (core.ledger.receipt_history), as it does where the clerk overwrites the day, in the same
  workbook imported again or in next month's file alike (tests/test_acct52f_listed_days.py);
- nothing stored (a first import, December's file alone): the whole figure dated with the
  latest day. The cell does not say how much came on which day; the latest is the reading
  that never counts money early (a deposit read late, never a balance read early).
The import names each such cell once, on the import that first reads its value
(core.ledger.said_once), not again for the same cell unchanged each month.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import cast

from core.i18n import NP_
from core.ledger.rows import ranges_text
from core.ledger.said_once import remember_said, said_before
from core.ledger.unread import SHOWN_RANGES, SHOWN_VALUES
from core.messages import Listed, Message

SAID = "listed_days_said"  # meta: the line keys and cells said, each once
# sheet, row, the cell's text and its days (ISO, oldest first), its column's header
Cell = tuple[str, int, tuple[str, tuple[str, ...]], str]
def sheet_cells(sheet: str, column: str, cells: Iterable[tuple[int, object]]) -> list[Cell]:
    """A sheet's cells core.ledger.day_lists.listed_cells found (row, (text, days)), with their
    sheet and their column's header."""
    return [(sheet, row, cast(tuple[str, tuple[str, ...]], cell), column) for row, cell in cells]


class ListedDays:
    """The file's cells listing days, with the line each row writes (`written`: sheet, row and
    line key of each row the file writes, asked before the write: a line's key is its own)."""

    def __init__(self, conn: sqlite3.Connection, cells: Sequence[Cell],
                 written: Callable[[], Iterable[tuple[str, int, str]]]) -> None:
        self.conn, self.cells = conn, cells
        places = {(sheet, row) for sheet, row, _cell, _column in cells}
        self.keys = {(s, r): key for s, r, key in written() if (s, r) in places} if cells else {}

    def after(self) -> list[Message]:
        """The cells not read before for their line, named by sheet and column; kept as said
        (a cell read again unchanged next month is not named again)."""
        if not self.cells:
            return []
        said = said_before(self.conn, SAID)
        new: dict[tuple[str, str], list[tuple[int, str]]] = {}
        told = []
        for sheet, row, (text, _days), column in self.cells:
            key = self.keys.get((sheet, row))
            mark = frozenset({f"{key}\t{text}"})
            if key is not None and mark not in said:
                told.append(mark)
                new.setdefault((sheet, column), []).append((row, text))
        remember_said(self.conn, SAID, told)
        return [_message(sheet, column, found) for (sheet, column), found in new.items()]


def _message(sheet: str, column: str, found: list[tuple[int, str]]) -> Message:
    """The cells of a sheet's column first read as listing days, named."""
    return Message("listed_received_days", NP_(
        "Sheet “{sheet}”, column “{column}”: {values} holds more than one date, read as money "
        "received on each: the figure is dated with the last, and what was stored before with "
        "an earlier one keeps its day (row {rows}). Where nothing was stored, all of it is "
        "dated with the last.",
        "Sheet “{sheet}”, column “{column}”: {values} hold more than one date, read as money "
        "received on each: each figure is dated with its last, and what was stored before "
        "with an earlier one keeps its day ({count} cells: rows {rows}). Where nothing was "
        "stored, all of it is dated with the last."),
        {"sheet": sheet, "column": column, "count": len(found),
         "values": Listed(list(dict.fromkeys(f"“{t}”" for _r, t in found)), SHOWN_VALUES),
         "rows": ranges_text([r for r, _t in found], SHOWN_RANGES)})
