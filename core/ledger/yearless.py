"""Dates typed without a year ("3月5日", "3/5") on a tab or in a file whose name gives one.

A clerk who keeps a tab a month (2025年3月) or a file a month (2025年3月台账.xlsx) often types
only the month and day: the year is the name's. Read without it the row had no order date and
was skipped, its unpaid order with it, and a late payer looked paid. The year is taken only
where a name states it plainly: the tab's name, else the file's name, holding one year (a
name giving two, "2024-2025 台账", gives none; "25年3月" gives 2025, core.ledger.tab_month);
where neither does, such text stays no date, and its skipped row says it has no year and how
to give it one (core.ledger.row_problems).

Near the year's turn the year is the one putting the date nearest the named month, from six
months before it to five after: "12月28日" on the tab 2026年1月 is 2025-12-28 (an order of
last month copied onto this month's tab), "1月5日" on 2025年12月 is 2026-01-05 (a ship or
payment date after the month). A name giving a year and no month (2025年台账.xlsx) puts every
such date in that year.

"3/5" reads in the column's date order as "3/5/2025" would (the sheet's own dates settle it,
else the order chosen in Settings → General); year first ("25/03/05") is month before day.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import NamedTuple

AFTER_MONTHS = 5  # a year-less date falls at most this many months after the named month
_CHINESE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
_PAIR = re.compile(r"(\d{1,2})\s*[-/]\s*(\d{1,2})")


class NamedYear(NamedTuple):
    """The year (and month, if given) a tab's or a file's name states (core.ledger.tab_month
    .named_year)."""

    year: int
    month: int | None = None


def month_day(text: str, order: str = "mdy") -> date | None:
    """Text that is a month and a day without a year, in a leap year (2月29日 is one): a date
    where a name gives its year, else a cell to say has none (core.ledger.row_problems)."""
    return yearless_date(text, order, NamedYear(2000))


def yearless_date(text: str, order: str, named: NamedYear) -> date | None:
    """The date of month-and-day text in the named year (module docstring), else None."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.strip()
    if m := _CHINESE.fullmatch(text):
        month, day = int(m[1]), int(m[2])
    elif m := _PAIR.fullmatch(text):
        first, second = int(m[1]), int(m[2])
        month, day = (second, first) if order == "dmy" else (first, second)
        if month > 12 >= day:  # a part above 12 is the day whichever the order
            month, day = day, month
    else:
        return None
    if not 1 <= month <= 12:
        return None
    year = named.year
    if named.month is not None:
        offset = (month - named.month + 12 - AFTER_MONTHS - 1) % 12 - (12 - AFTER_MONTHS - 1)
        year += (named.month - 1 + offset) // 12
    try:
        return date(year, month, day)
    except ValueError:
        return None
