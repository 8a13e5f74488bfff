"""The import report's note on the date cells giving a month without its day (2025年3月):
which day each column read (core.ledger.dates.month_end_field), the rows named, so the
clerk sees the day was the app's, not theirs (core.ledger.month_dates finds them).
"""

from __future__ import annotations

from core.i18n import NP_
from core.ledger.dates import month_end_field
from core.ledger.layout import SheetLayout
from core.ledger.month_dates import MonthCells
from core.ledger.rows import ranges_text
from core.ledger.sheet_fields import DATE_FIELDS
from core.messages import Message


def month_messages(layout: SheetLayout, cells: MonthCells, taken: set[int]) -> list[Message]:
    """Per date column, its taken rows giving a month without its day and the day read."""
    said = []
    for name in DATE_FIELDS:
        rows = sorted(row for row, field in cells if field == name and row in taken)
        if not rows:
            continue
        params = {"sheet": layout.sheet.name, "column": layout.header_of(name) or name,
                  "count": len(rows), "rows": ranges_text(rows)}
        said.append(Message("month_only_end", NP_(
            "Sheet “{sheet}”, column “{column}”: {count} date gives a month without its day "
            "(row {rows}): read as the month's last day. Write the day to date it exactly.",
            "Sheet “{sheet}”, column “{column}”: {count} dates give a month without its day "
            "(rows {rows}): read as the month's last day. Write the day to date them "
            "exactly."), params) if month_end_field(name) else Message("month_only_first", NP_(
            "Sheet “{sheet}”, column “{column}”: {count} date gives a month without its day "
            "(row {rows}): read as the month's first day. Write the day to date it exactly.",
            "Sheet “{sheet}”, column “{column}”: {count} dates give a month without its day "
            "(rows {rows}): read as the month's first day. Write the day to date them "
            "exactly."), params))
    return said

