"""The last day of the month a tab, else its file, is named after: which of a year book's tabs
is older, and by when a receipt written without its date came (core.ledger.stored_receipts)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date

from core.ledger.older_status import Dates, FileStatus
from core.ledger.tab_month import (
    TabMonth,
    book_year,
    named_year,
    range_end,
    sheet_month,
    tab_year,
)
from core.ledger.tab_month import month_end as tab_end


def month_end(sheet: str, file_name: str | None,
              rows: Mapping[str, Counter[date]] | None = None, near: str | None = None
              ) -> str | None:
    """The last day (ISO) of the month a tab, else its file, is named after (台账 2025-04.xlsx,
    2025年4月, a tab 4月), the last month of a range (台账 2025-03_04.xlsx: by 04-30), None
    where no name says one: the day a month's receipt without its date (本月收款) came by. A
    month named without a year takes it as the file's day does (tab_month.tab_year): from
    `rows`, the file's rows' order dates per tab (the tab's, in a file naming a year too: yb43;
    all the file's where its name gives the month), else from `near`, the line's other
    receipt's day (ISO). Before, the year was the one nearest that receipt alone (break33b), a
    range was its first month (tabs33), and one over a year end ("12-1月") none (dates35), or
    2026-01 for 台账 2025.xlsx's 12-1月 of 2024-12 rows (fix35f)."""
    named = named_year(sheet, file_name) if file_name else None
    if named is not None and named.month is not None:
        return tab_end(book_year(sheet, named, rows), named.month).isoformat()
    stem = (file_name or "").rsplit(".", 1)[0]
    found = next(((name, m) for name, m in ((sheet, sheet_month(sheet)),
                                            (stem, sheet_month(stem)))
                  if m is not None and not m.bare and (m.last or not m.span)), None)
    if found is None:
        return None
    start = named.year if named is not None else found[1].year
    if (start is not None and found[0] == sheet and found[1].year is None  # over a year end,
            and found[1].last < found[1].number and (rows or {}).get(sheet)):  # by its rows
        start = None  # the file's year (台账 2025.xlsx) said of either month
    if start is not None:  # a name's year is its range's first month's: "12-1月" of 2025 ends
        return tab_end(*range_end(found[1], start) if found[1].last else (
            start, found[1].number)).isoformat()
    month = TabMonth(None, found[1].last or found[1].number)
    dated = (rows or {}).get(sheet, Counter()) if found[0] == sheet else sum(
        (rows or {}).values(), Counter())
    year = tab_year(month, dated.items(), date.fromisoformat(near) if near else None)
    return None if year is None else tab_end(year, month.number).isoformat()


def kept_to(end: str, last: Callable[[], str | None]) -> str:
    """By when a figure written without its date on a tab of the month ending `end` came: that
    month's end, or the latest day the file's rows carry (`last`, read where asked) where it
    falls in that month: the book was kept to it. Before (fx44y), 12月's undated 20,000 in a
    book kept to 12-10 was stored 2025-12-31, the latest date in the data: the default as-of
    date went past the book's last day (Kobe's K-1, due 12-15, 16 days overdue, not due)."""
    day = last()
    return day if day is not None and day[:7] == end[:7] and day < end else end


class TabEnds:
    """Per tab, :func:`month_end` of a file's tab, the year of a month named without one
    taken from `dates` (its rows' dates, read once where a tab asks), as the writer reads it
    (core.ledger.stored_receipts.Bases.newest); :meth:`last`: the latest day they carry."""

    def __init__(self, file_name: str, dates: Callable[[], Iterable[list[Dates]]]) -> None:
        self.file_name, self.status = file_name, FileStatus(file_name, True, dates)

    def __call__(self, tab: str) -> str | None:
        return month_end(tab, self.file_name, self.status.rows())

    def last(self) -> str | None:
        return self.status.latest(True)


def tab_ends(file_name: str, dates: Callable[[], Iterable[list[Dates]]]) -> TabEnds:
    """The file's :class:`TabEnds`."""
    return TabEnds(file_name, dates)
