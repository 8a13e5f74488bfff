"""A 收款日期 cell listing days, none after the file's day (core.ledger.listed_days.bound_listed),
read apart from the app's import: the file's rows' dates, these cells' left out, dated by
core.ledger.older_status.file_day; a later day of such a cell is no receipt."""

from __future__ import annotations

from datetime import date
from itertools import chain

from core.ledger.day_lists import LISTED
from core.ledger.layout import SheetLayout
from core.ledger.older_status import file_day
from reference_import.rows import SheetRecords


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def bound_days(layouts: list[SheetLayout], sheets: list[SheetRecords], file_name: str) -> None:
    """Each cell listing a day after the file's day read as its latest day not after it (or no
    day), its rows' received date so set and its cell told the file's day, in place."""
    listed = {(layout.sheet.name, row): days for layout, found in zip(layouts, sheets, strict=True)
              for row, (_text, days) in found.unread.get(LISTED, [])}
    if not listed:
        return
    dates = [[(r.sheet, r.row, _iso(r.order_date), _iso(r.ship_date),
               None if (r.sheet, r.row) in listed else _iso(r.received_date))
              for r in chain(found.records, (p for p, _ in found.pending))] for found in sheets]
    status = file_day(dates, file_name).status
    day = status.split()[0] if status else None
    if day is None:
        return
    for found in sheets:
        cells = found.unread.get(LISTED, [])
        read = {row: max((d for d in days if d <= day), default=None)
                for row, (_text, days) in cells if days[-1] > day}
        for r in chain(found.records, (p for p, _ in found.pending)):
            if r.row in read and r.received_date is not None:
                r.received_date = date.fromisoformat(read[r.row]) if read[r.row] else None
        found.unread[LISTED] = [(row, (text, days, day) if row in read else (text, days))
                                for row, (text, days) in cells]
