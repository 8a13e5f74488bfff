"""The date cells giving a month without its day (2025年3月), for the import report.

The clerk who writes the month alone leaves the day to the app: an order date is read as the
month's first day, a ship, due, received, deposit or balance date as its last
(core.ledger.dates.month_end_field). Read so without a word, a receipt of "2025年3月" was in
on 03-01 and the clerk could not tell the day was not theirs; the report names the rows
(core.ledger.month_notes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from core.ledger.dates import month_only
from core.ledger.layout import SheetLayout
from core.ledger.sheet_fields import DATE_FIELDS

MonthCells = list[tuple[int, str]]  # (row number, date field)


def month_cells(layout: SheetLayout, raw_of: Callable[[str], Sequence[Any]],
                chosen: Sequence[bool], first: int) -> MonthCells:
    """(row number, field) of the chosen rows' date cells giving a month without its day;
    each distinct cell looked at once, so a ledger without one pays a set per column."""
    found: MonthCells = []
    for name in DATE_FIELDS:
        if name not in layout.mapping:
            continue
        raw = raw_of(name)
        months = {v for v in set(raw) if month_only(v)}
        if months:
            found.extend((first + j, name) for j, v in enumerate(raw)
                         if v in months and chosen[j])
    return found
