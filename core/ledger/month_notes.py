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
    return [*said, *_locale_messages(layout, cells, taken)]


def _locale_messages(layout: SheetLayout, cells: MonthCells, taken: set[int]) -> list[Message]:
    """Per date column, its taken rows read as a month from a built-in number format whose
    meaning is the display language's (readers.formulas.LOCALE_MONTHS): Chinese Excel shows
    2025年4月, Japanese, Korean or Taiwanese Excel the day; the file does not say which."""
    said = []
    located, left = layout.sheet.locale_months, layout.sheet.first_col
    for name in DATE_FIELDS if located else ():
        column = layout.mapping.get(name)
        rows = sorted(row for row, field in cells if field == name and row in taken
                      and (row, (column or 0) + left) in located)
        if column is None or not rows:
            continue
        said.append(Message("month_locale", NP_(
            "Sheet “{sheet}”, column “{column}”: {count} date on a month's 1st (row {rows}) is "
            "in an Excel built-in format that Chinese Excel shows as the month alone "
            "(2025年4月) and Japanese, Korean or Taiwanese Excel as the whole date: it was read "
            "as the month, as Chinese Excel shows it. If the file shows the day, give the cell "
            "a date format with the day (yyyy-mm-dd) and import it again.",
            "Sheet “{sheet}”, column “{column}”: {count} dates on a month's 1st (rows {rows}) "
            "are in an Excel built-in format that Chinese Excel shows as the month alone "
            "(2025年4月) and Japanese, Korean or Taiwanese Excel as the whole date: they were "
            "read as months, as Chinese Excel shows them. If the file shows the days, give the "
            "cells a date format with the day (yyyy-mm-dd) and import it again."),
            {"sheet": layout.sheet.name, "column": layout.header_of(name) or name,
             "count": len(rows), "rows": ranges_text(rows)}))
    return said
