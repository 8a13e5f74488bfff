"""A file's dates past the last month its tabs or name are named after (core.ledger.
older_status.file_day): they date no file, and those far past are named, or, a received
date whose day in that month's year falls among the file's dates, read as a typo of the
year (dates34). Apart from older_status, whose length they would otherwise be.
"""

from __future__ import annotations

import calendar
import dataclasses
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from core.i18n import NP_
from core.ledger.fields import FIELDS
from core.ledger.file_labels import FileLabels
from core.ledger.held_sheets import Dates, HeldSheets
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.row_places import at_row
from core.messages import Listed, Message, Term

DATE_FIELDS = ("order_date", "received_date")  # a row's dates that date its file
# a date this many months past the latest month a file is named after is named in the report:
# a clerk updating a month's file with the next months' receipts writes them (core.ledger.
# beyond_messages), a year typo'd (2026-04-29 in April 2025's) is further
FAR_MONTHS = 3
FIELD_LABELS = {f.name: f.label for f in FIELDS if f.name in DATE_FIELDS}

_SHEET = itemgetter(0)
_AT = itemgetter(0, 1)  # a date's row and column
_ORDERED = itemgetter(0, 2)  # a row's tab and order date


@dataclass(frozen=True)
class BeyondDate:
    """A row's date later than the last month its file's tabs or name are named after (a
    typo'd year, 2026-04-29 in April 2025's file): it dates no file. `far`: past that month
    by more than FAR_MONTHS, where a clerk updating the file writes no wire: named in the
    report."""

    sheet: str
    row: int
    field: str  # of DATE_FIELDS
    day: str
    far: bool
    meant: str | None = None  # a typo'd year read as the file's (:func:`read_typos`)
    ordered: str | None = None  # its row's order (or ship) date, before which no year is read


def dates_past(held: Iterable[list[Dates]], past: set[tuple[str, str]], far: str
               ) -> list[BeyondDate]:
    """Each (tab, day) of `past` at its first row and column: one for both imports, whatever
    order they read in. Asked of a tab holding such a date only."""
    if not past:  # `held` not read again (a big file's sheets unpacked for nothing)
        return []
    first: dict[tuple[str, str], tuple[int, str, str | None]] = {}
    tabs = {sheet for sheet, _day in past}
    for sheet_dates in held:
        if tabs.isdisjoint(map(_SHEET, sheet_dates)):
            continue
        for sheet, row, ordered, ship, received in sheet_dates:
            for day, field in ((ordered, DATE_FIELDS[0]), (received, DATE_FIELDS[1])):
                if day and (sheet, day) in past:
                    found = (row, field, ordered or ship)  # no order date: its shipment
                    first[sheet, day] = min(first.get((sheet, day), found), found, key=_AT)
    return sorted((BeyondDate(sheet, row, field, day, day > far, ordered=ordered)
                   for (sheet, day), (row, field, ordered) in first.items()),
                  key=lambda b: (b.sheet, b.row, b.field))


def read_typos(beyond: list[BeyondDate], bound: tuple[int, int] | None, first: str | None,
               last: str, tabs: Mapping[str, tuple[int, int]] | None = None,
               year: int | None = None, rows: str | None = None) -> list[BeyondDate]:
    """Each far received date whose day of the latest named month's year falls among the
    file's own dates (from its first to that month's end) read as a typo of the year:
    2026-04-29 in April 2025's file, 2062-04-29 in April 2026's, is that April's wire. Before,
    its money was counted two or forty years late: the order open and overdue (dates34). A
    file whose dates run back into an earlier year tries that year too, the latest first:
    2025-12-28 in January 2025's file holding December's orders is 2024-12-28 (before, the
    month's year alone was tried: Dakar 4,000 open all 2025, break34c); never a day before
    its row's order date (2026-06-10 in such a file is no receipt of 2024-06-10 for an order
    of 2024-11), or, with none, its ship date. Only where that day falls nearer the named
    month than the date as written, the row's tab's month where `tabs` names one: a December
    file saved in April (2026-04-10, 100 days past it) keeps April's payment, no typo of
    2025-04-10 (235 days before it), fix34b; April's tab's 2026-04-29 is 2025-04-29. `year`:
    the file's name gives a year and no month (台账 2025.xlsx), the bound its December: the
    month is that of the file's latest own date (`rows`), the year's book kept to it, not its
    whole year, where every day is nearest: Lima's wire of 2026-05-10 in a book kept to
    2025-12-25 is a real payment, late (205 days before December, 130 past it), its 3,000
    overdue, as it was before dates35 (fix35f); in a book kept to 2025-06-20, 2026-04-29 is
    2025-04-29 (dates35)."""
    if bound is None or first is None:
        return beyond
    found = []
    for one in beyond:
        if one.far and one.field == DATE_FIELDS[1]:
            meant = next((day for day in (f"{year:04d}{one.day[4:]}" for year in range(
                bound[0], int(first[:4]) - 1, -1)) if max(first, one.ordered or "") <= day <= last
                and _real(day)), None)
            month = (tabs or {}).get(one.sheet, bound)
            if month == (year, 12) and rows:  # a year's book: the month it was kept to
                month = (int(rows[:4]), int(rows[5:7]))
            if meant is not None and _nearer(meant, one.day, month):
                one = dataclasses.replace(one, meant=meant)
        found.append(one)
    return found


def _nearer(meant: str, written: str, month: tuple[int, int]) -> bool:
    """Is `meant` nearer the month (before its first day) than `written` (past its last)?"""
    start = date(month[0], month[1], 1)
    end = date(month[0], month[1], calendar.monthrange(*month)[1])
    return (start - date.fromisoformat(meant)).days < (date.fromisoformat(written) - end).days


def _real(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:
        return False  # 02-29 of a year without it
    return True


def beyond_messages(labels: FileLabels, beyond: Iterable[BeyondDate]) -> list[Message]:
    """One note a column naming the dates more than FAR_MONTHS past the latest month the file
    is named after: they do not date the file, and most likely hold a typo."""
    by_field: dict[str, list[BeyondDate]] = {}
    beyond = list(beyond)
    for found in beyond:
        if found.far and not found.meant:
            by_field.setdefault(found.field, []).append(found)
    typos = _typo_message(labels, [b for b in beyond if b.meant])
    return typos + [Message("date_beyond_month", NP_(
        "“{file}”, column “{column}”: {count} date is more than {months} months later than "
        "the last month the file's sheets or name are named after: {dates}. "
        "It was not taken as the file's date, by which an order's status from another file "
        "is judged older or later. If it is a typo (a year, a month), correct it and import "
        "the file again.",
        "“{file}”, column “{column}”: {count} dates are more than {months} months later than "
        "the last month the file's sheets or name are named after: {dates}. "
        "They were not taken as the file's date, by which an order's status from another "
        "file is judged older or later. If one is a typo (a year, a month), correct it and "
        "import the file again."),
        {"file": labels.this, "column": Term(FIELD_LABELS[field]), "count": len(found),
         "months": FAR_MONTHS,
         "dates": Listed([at_row(b.day, b.sheet, b.row) for b in found], SHARED_SHOWN)})
        for field, found in sorted(by_field.items(), key=lambda f: DATE_FIELDS.index(f[0]))]


def _typo_message(labels: FileLabels, typos: list[BeyondDate]) -> list[Message]:
    """One note naming the received dates read with the year of the month the file is named
    after (:func:`read_typos`), each as written and as read."""
    if not typos:
        return []
    return [Message("date_year_typo", NP_(
        "“{file}”, column “{column}”: {count} date is more than {months} months later than "
        "the last month the file's sheets or name are named after, and the same day in that "
        "month's year, or an earlier year of the file's, falls among the file's dates, not "
        "before its order: read as a typo of the year, the money counted on that day: "
        "{dates} (as written → as read). If the date is right, import it in "
        "the file of its month.",
        "“{file}”, column “{column}”: {count} dates are more than {months} months later than "
        "the last month the file's sheets or name are named after, and the same days in that "
        "month's year, or an earlier year of the file's, fall among the file's dates, not "
        "before their orders: read as typos of the year, the money counted on those days: "
        "{dates} (as written → as read). If a date is right, import it in the "
        "file of its month."),
        {"file": labels.this, "column": Term(FIELD_LABELS[DATE_FIELDS[1]]),
         "count": len(typos), "months": FAR_MONTHS, "dates": Listed([at_row(
             f"{b.day} → {b.meant}", b.sheet, b.row) for b in typos], SHARED_SHOWN)})]


def tab_days(held: Iterable[list[Dates]]) -> dict[str, Counter[date]]:
    """The rows' order dates per tab, with their counts (core.ledger.older_status.FileStatus.
    rows): the tabs and each tab's days in the order the rows give them, a tab without a
    dated row with none. Counted by tab and day in C, each day's date made once (perf46:
    a Python step and a date a row, about 1 s of the 1M bench import's copied wires)."""
    counted: Counter[tuple[str, str | None]] = Counter()
    for sheet_dates in held:
        counted.update(map(_ORDERED, sheet_dates))
    days: dict[str, Counter[date]] = {}
    for (sheet, ordered), count in counted.items():
        tab = days.get(sheet) or days.setdefault(sheet, Counter())
        if ordered:
            tab[date.fromisoformat(ordered)] += count
    return days


class HeldDates:
    """The dates core.ledger.older_status.file_day reads of a file's held rows (the fast
    import's), a sheet at a time (a packed sheet unpacked once a reading), as often as it is
    read: never all at once."""

    def __init__(self, held: HeldSheets) -> None:
        self._held = held

    def __iter__(self) -> Iterator[list[Dates]]:
        for sheet in self._held.sheets:
            yield sheet.dates()  # a packed sheet's records stay packed
