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
A day after the file's own day (core.ledger.older_status.file_day of its other cells) is no
receipt: the balance's planned day written beside the deposit's, or a mistyped year (rv52c:
"2025/3/5、2025/5/31" with only the 3,000 deposit in dated it 05-31 and carried the ledger's
receipts to it; "2025/3/5、2026/3/25" left a paid 10,000 open). The cell is read as its latest
day not after the file's (:func:`bound_listed`; a sheet holding such a cell waits for the
file's other tabs) and named; a received figure short of the amount does not decide it (a
balance paid in part leaves one too: docs/analysis.md).
The import names each such cell once, on the import that first reads its value
(core.ledger.said_once), not again for the same cell unchanged each month.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from typing import cast

from core.i18n import NP_
from core.ledger.day_lists import LISTED
from core.ledger.held_sheets import ROW_FIELDS, Dates, HeldSheets
from core.ledger.layout import SheetLayout
from core.ledger.older_status import file_day, held_dates
from core.ledger.record import RECEIVED_DATE, ROW, Record
from core.ledger.rows import Cells, SheetRecords, ranges_text
from core.ledger.said_once import remember_said, said_before
from core.ledger.unread import SHOWN_RANGES, SHOWN_VALUES
from core.messages import Listed, Message

SAID = "listed_days_said"  # meta: the line keys and cells said, each once
# sheet, row, the cell's text and its days (ISO, oldest first) and, where bound_listed left a
# later day out, the file's day; its column's header
Cell = tuple[str, int, tuple[str, tuple[str, ...]], str]
Waiting = list[tuple[SheetLayout, SheetRecords]]


def bound_listed(waiting: Waiting, held: HeldSheets, file_name: str) -> Waiting:
    """The waiting sheets' cells listing days (a sheet holding one waits for the file: its
    day is known only once every tab is read), each read as its latest day not after the
    file's day, in place: a later day is no receipt (a balance's planned day, a typo'd year).
    The file's day: core.ledger.older_status.file_day of its rows' dates, these cells' left
    out (their latest would date the file by itself); `waiting` returned."""
    listed = {(layout.sheet.name, row): days for layout, sheet in waiting
              for row, (_text, days) in _cells(sheet.unread)}
    if not listed:
        return waiting
    rows = [*held_dates(held), *([tuple(map(r.__getitem__, ROW_FIELDS)) for r in chain(
        sheet.records, (r for r, _ in sheet.pending))] for _layout, sheet in waiting)]
    status = file_day([[_others(d, listed) for d in sheet] for sheet in rows], file_name).status
    day = status.split()[0] if status else None
    if day is None or max(map(max, listed.values())) <= day:
        return waiting
    for sheet in (sheet for _layout, sheet in waiting):
        found = _cells(sheet.unread)
        read = {row: max((d for d in days if d <= day), default=None)
                for row, (_text, days) in found if days[-1] > day}
        if read:
            sheet.records = [_dated(r, read) for r in sheet.records]
            sheet.pending = [(_dated(r, read), skip) for r, skip in sheet.pending]
            sheet.unread[LISTED] = [(row, (text, days, day) if row in read else (text, days))
                                    for row, (text, days) in found]
    return waiting


def _cells(unread: Cells) -> list[tuple[int, tuple[str, tuple[str, ...]]]]:
    """A sheet's cells listing days, as core.ledger.day_lists.listed_cells found them."""
    return cast(list[tuple[int, tuple[str, tuple[str, ...]]]], unread.get(LISTED, []))


def _others(dates: Dates, listed: dict[tuple[str, int], tuple[str, ...]]) -> Dates:
    """A row's dates, a cell listing days' received date left out."""
    sheet, row, ordered, ship, received = dates
    return sheet, row, ordered, ship, None if (sheet, row) in listed else received


def _dated(record: Record, read: dict[int, str | None]) -> Record:
    """A row of a cell listing days past the file's day dated with its latest day before."""
    if record[ROW] not in read or record[RECEIVED_DATE] is None:
        return record
    return (*record[:RECEIVED_DATE], read[record[ROW]], *record[RECEIVED_DATE + 1:])


def sheet_cells(layout: SheetLayout, unread: Cells) -> list[Cell]:
    """A sheet's cells core.ledger.day_lists.listed_cells found (row, (text, days), and the
    file's day where a later one was left out: bound_listed), with their sheet and their
    column's header (`unread`: its SheetRecords')."""
    column = layout.header_of("received_date") or ""
    return [(layout.sheet.name, row, cast(tuple[str, tuple[str, ...]], cell), column)
            for row, cell in unread.get(LISTED, ())]


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
        new: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
        told = []
        for sheet, row, cell, column in self.cells:
            text, day = cell[0], str(cell[2]) if len(cell) > 2 else ""
            key = self.keys.get((sheet, row))
            mark = frozenset({f"{key}\t{text}" + (f"\t{day}" if day else "")})
            if key is not None and mark not in said:
                told.append(mark)
                new.setdefault((sheet, column, day), []).append((row, text))
        remember_said(self.conn, SAID, told)
        return [_beyond(sheet, column, day, found) if day else _message(sheet, column, found)
                for (sheet, column, day), found in new.items()]


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


def _beyond(sheet: str, column: str, day: str, found: list[tuple[int, str]]) -> Message:
    """The cells listing a day after the file's day (core.ledger.listed_days.bound_listed)."""
    return Message("listed_days_beyond", NP_(
        "Sheet “{sheet}”, column “{column}”: {values} holds a date after the file's latest "
        "date ({day}): no money can have come on it (a balance's planned day, or a mistyped "
        "year), so the figure is dated with the latest of its dates not after {day}, or none "
        "(row {rows}).",
        "Sheet “{sheet}”, column “{column}”: {values} hold a date after the file's latest "
        "date ({day}): no money can have come on it (a balance's planned day, or a mistyped "
        "year), so each figure is dated with the latest of its dates not after {day}, or none "
        "({count} cells: rows {rows})."),
        {"sheet": sheet, "column": column, "count": len(found), "day": day,
         "values": Listed(list(dict.fromkeys(f"“{t}”" for _r, t in found)), SHOWN_VALUES),
         "rows": ranges_text([r for r, _t in found], SHOWN_RANGES)})
