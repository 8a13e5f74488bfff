"""A receipt another file recorded already, shown again by this one: counted once, kept as that
file's, and named once.

Under 本月收款 (core.ledger.stored_receipts.Bases._months) May's file still showing April's
5,000 of 04-20 is that receipt counted once; so is a workbook whose tabs say month showing an
earlier month's receipt (stored_receipts.on_stored's "counted already"). Either way the
receipt stays the file's that recorded it when this file updates the line: else May's file
took April's receipt for its own, and April's file sent again re-dated added it a second
time (recv34 for 本月收款; break34d for the tabs' path, 14,000 in where 9,000 is). Only where
the line's total is still that receipt: a receipt of this file's own on a later tab (May's
3,000 of 05-10) is the total's, and stamped April's it was counted twice when May's file
came again corrected (15,500 in where 12,500 is, break34d).

The report names such an order once: the first file after the one that recorded it to show
the receipt again, which then writes the line as its own showing though nothing else
changed. A ledger carrying last month's receipt forward unchanged named the same orders
every month, a note a clerk learns to pass over (break34d); the first time is the one that
lets the clerk catch a new receipt written with last month's day. One name kept in month
folders (2026-03/台账.xlsx, 2026-04/台账.xlsx) is told apart by its folders: the receipt is
named with the folder of its month's file, and once, where no file of the name from another
folder was imported since that one (core.ledger.file_labels.FileLabels.shown_since). Before,
every month's file named it, each time as “台账.xlsx”, the name of the file being imported
(dates35).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from core.ledger.file_labels import FileLabels
from core.ledger.line_values import L_RECEIVED, L_RECEIVED_DATE
from core.ledger.month_parts import Part
from core.ledger.orders import TOLERANCE
from core.ledger.receipt_history import read, with_file
from core.ledger.row_places import rows_in_file
from core.messages import Noted

COUNTED = "counted"  # a receipt another file recorded already (day, figure): named with it


class Counted:
    """The lines of a file whose receipt another file recorded already: per line, the file
    that wrote its total, the total and its ISO day, and whether the line is written as this
    file's showing though unchanged (a month's receipt, 本月收款, shown again)."""

    def __init__(self, source_file: str, alone: bool,
                 imported: tuple[sqlite3.Connection, int] | None = None) -> None:
        # imported: the store and this import, whose names of files (core.ledger.file_labels)
        # tell which folder's file recorded a receipt, where the name is not this file's alone
        self.source_file, self.alone = source_file, alone
        self.labels = None if alone or imported is None else FileLabels(*imported)
        self.lines: dict[str, tuple[str | None, float, str | None, bool]] = {}

    def keep(self, key: str, file: str | None, total: float, day: str | None, write: bool
             ) -> None:
        """The stored `total` of `day` counted already, its receipt `file`'s; `write`: the
        line is this file's showing, written though nothing else changed."""
        self.lines[key] = (file, total, day, write)

    def shown(self, file: str | None) -> bool:
        """Does showing a receipt `file` recorded make the line this file's showing?"""
        return file != self.source_file or not self.alone

    def note(self, held: list[Part], month: Part, stored_by: str | None,
             at: tuple[object, object], row: tuple[str, int, str]
             ) -> tuple[str, str, int, str] | None:
        """The report's note on a month's receipt another file counted already, on its day
        with its figure: named with that file, and its tab and row where it wrote the stored
        line last (`at`); none for the line's last receipt where a file since has shown it."""
        part = next((p for p in held if p[0] == month[0]
                     and abs(p[1] - month[1]) <= TOLERANCE), None)
        if part is None or part[2] is None or self.alone and part[2] == self.source_file:
            return None  # not that receipt, not known, or this file's own, imported again
        file, labels = part[2], self.labels
        if part is held[-1] and (part[2] != stored_by or labels is not None
                                 and labels.shown_since(file, part[0])):
            return None  # named once, by the file that wrote the line since
        if labels is not None:  # its month's folder: 2026-03/台账.xlsx
            file = labels.of(file, part[0])
        place = (rows_in_file(file, at[0], at[1]) if part is held[-1] and at[0] is not None
                 else file)
        return COUNTED, row[0], row[1], Noted(row[2], place)

    def shows(self, key: str) -> bool:
        """Is the line written as this file's showing though nothing else changed (a month's
        receipt another file recorded: the next file does not name it again)?"""
        found = self.lines.get(key)
        return found is not None and found[3]

    def history(self, key: str, line: Sequence[Any], source: tuple) -> tuple:
        """A line's values (its received history last) and source columns as it is updated:
        its total counted already keeps the file that wrote it (receipt_history)."""
        found = self.lines.pop(key, None)
        if found is None or not _same(line, found[1], found[2]):
            return (*line, *source)
        wrote = with_file(read(line[-1], None)[0], found[0], source[0])
        return (*line[:-1], wrote, *source)


def _same(line: Sequence[Any], total: float, day: str | None) -> bool:
    """Is the line's received total still `total` of `day`?"""
    figure, on = line[L_RECEIVED], line[L_RECEIVED_DATE]
    return figure is not None and abs(figure - total) <= TOLERANCE and (
        on.isoformat() if hasattr(on, "isoformat") else on) == day
