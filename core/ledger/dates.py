"""Ledger dates from whatever a cell holds: Excel dates, serial numbers or hand-typed text.

Hand-written rather than dateutil/pandas because it runs once per cell on 100,000-row ledgers
and because ledgers mix shapes in one column (2025/10/03, 2025年10月3日, 10/14/2025, 45930).
Years before 1990 or after next year are refused, and so named by the import: a mistyped
"2052" ship date left its invoice unshipped (owed nothing), "1925" made it a century overdue,
and a number of days or a year typed into a date cell (90, 2025) read as a serial in 1900.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Literal

from core.ledger.yearless import NamedYear, yearless_date

DateOrder = Literal["ymd", "dmy", "mdy"]
Years = tuple[int, int]  # the first and last year a sheet's order dates fall in

MIN_YEAR = 1990
LATER_YEARS = 1  # the years after this one a date may fall in: planned ship and due dates
# A date written with two two-digit parts (25/03/01) reads with either as its year: 1 March
# 2025 or 25 March 2001. The reading within this many years of the sheet's order dates is the
# one meant; where neither is, the cell is no date the import can vouch for, and is named.
NEAR_YEARS = 2

# Excel's 1900 date system counts from 1899-12-30 once past its fictitious 1900-02-29 (serial
# 60), which falls before MIN_YEAR.
_EPOCH_ORDINAL = date(1899, 12, 30).toordinal()
_MIN_SERIAL = date(MIN_YEAR, 1, 1).toordinal() - _EPOCH_ORDINAL
_MAX_SERIAL_BOUND = date(9999, 12, 31).toordinal() - _EPOCH_ORDINAL  # date()'s own bound


def max_year() -> int:
    """The latest year a ledger date may fall in; the as-of date is never after today."""
    return date.today().year + LATER_YEARS

_TIME_TAIL = (
    r"(?:(?:t|\s+|(?=[上下中]午|晚上))(?:[上下中]午|晚上)?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:z|\s*[+-]\d{2}:?\d{2})?)?"
    r"\s*$"
)
_SEP = r"\s*[-/.]\s*|\s+"
_YEAR_FIRST = re.compile(rf"(\d{{4}})(?:{_SEP})(\d{{1,2}})(?:{_SEP})(\d{{1,2}}){_TIME_TAIL}")
# a weekday and a time may follow (2025年3月1日(星期六) 下午2点); anything else is no date, not
# its first day: 2025年3月1日至3月5日 and 2025年3月1-5日 are ranges, 2025年3月15日左右 a guess
_CHINESE = re.compile(
    r"(\d{4}|\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号]?)?"
    r"\s*(?:\(?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*\)?)?"
    r"\s*(?:(?:[上下中]午|晚上)?\s*\d{1,2}(?::\d{2}(?::\d{2})?|[点时](?:\d{1,2}分?|半)?))?\s*$"
)
# a single-digit last part is no year: 25/3/1 is written year first, as 2025/3/1 is
_SHORT_YEAR_FIRST = re.compile(rf"(\d{{2}})(?:{_SEP})(\d{{1,2}})(?:{_SEP})(\d){_TIME_TAIL}")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL_TEXT = re.compile(r"\d+(?:\.\d+)?")
_THREE_PART = re.compile(
    rf"(\d{{1,2}})(?:{_SEP})(\d{{1,2}})(?:{_SEP})(\d{{4}}|\d{{2}}){_TIME_TAIL}"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(
    rf"(\d{{1,2}}){_ORDINAL}[-/.\s]*([a-z]{{3,9}})\.?,?[-/.\s]*(\d{{4}}|\d{{2}}){_TIME_TAIL}"
)
_YEAR_MONTH_DAY = re.compile(rf"(\d{{4}})[-/.\s]*([a-z]{{3,9}})\.?[-/.\s]*(\d{{1,2}}){_TIME_TAIL}")
_MONTH_DAY_YEAR = re.compile(
    rf"([a-z]{{3,9}})\.?[-/.\s]*(\d{{1,2}})(?!\d){_ORDINAL},?[-/.\s]*(\d{{4}}|\d{{2}}){_TIME_TAIL}"
)
_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*")
# The a/b/yyyy shape whose order is in question; year-first text never is.
_ORDER_SHAPE = re.compile(r"\s*(\d{1,2})[-/.\s](\d{1,2})[-/.\s](\d{4}|\d{2}|\d)(?!\d)")
# the ideographic full stop a Chinese input method types for "." (2025。3。1); NFKC keeps it
_FULL_STOP = str.maketrans("。", ".")

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS: dict[str, int] = {"sept": 9}
for _number, _name in enumerate(_MONTH_NAMES, start=1):
    for _length in range(3, len(_name) + 1):
        _MONTHS[_name[:_length]] = _number


# A month without its day (2025年3月) in a date column: an order's is its first day (the month
# is what counts: recency, the 12 months); a ship, due, received, deposit or balance date its
# last, as an undated 本月收款 is dated (core.ledger.stored_receipts): read as the 1st, money
# the clerk wrote in March was due or in on 03-01, and a buyer paying on time looked late.
FIRST_DAY_FIELDS = ("order_date",)


def month_end_field(name: str) -> bool:
    """Is a month without its day read as its last day in this date column?"""
    return name not in FIRST_DAY_FIELDS


def month_only(value: object) -> bool:
    """Is a cell a month without its day (2025年3月, 25年3月)? Said in the report
    (core.ledger.month_dates): the day was the app's."""
    if not isinstance(value, str):
        return False
    m = _CHINESE.match(unicodedata.normalize("NFKC", value).strip().lower())
    return m is not None and m[3] is None and 1 <= int(m[2]) <= 12  # 2025年13月: no date


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1] if 1 <= month <= 12 and year >= 1 else 1


def _make(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= max_year():
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def full_year(text: str) -> int:
    """A two-digit year takes the century putting it nearest this year (a tie: the earlier):
    "25" is 2025, "95" 1995, "89" 1989 (once 2089: a tab "89年3月" read as March 2089 had
    every row of the file dated before its month, all carried forward). Every year a ledger
    date may fall in (MIN_YEAR to next year) is nearer this year than any other reading of
    its two digits, so the file's own dates would choose as today does; a year outside those
    is then refused, as typed in full."""
    year = int(text)
    if len(text) != 2:
        return year
    today = date.today().year
    return min((today - today % 100 + year + shift for shift in (-100, 0, 100)),
               key=lambda found: (abs(found - today), found))


def from_serial(serial: float) -> date | None:
    """An Excel serial (1900 system) to a date; the time fraction is dropped."""
    if not math.isfinite(serial) or not _MIN_SERIAL <= serial < _MAX_SERIAL_BOUND:
        return None
    found = date.fromordinal(_EPOCH_ORDINAL + int(serial))
    return found if found.year <= max_year() else None


def _number_date(value: float) -> date | None:
    found = from_serial(value)
    if found is None and float(value).is_integer() and 19000101 <= value <= 21001231:
        number = int(value)  # 20251003 typed into a number cell
        found = _make(number // 10000, number // 100 % 100, number % 100)
    return found


def _day_month(first: int, second: int, year: int, order: str) -> date | None:
    """A value that only reads one way (a part above 12) is taken that way whatever the order."""
    if order == "dmy":
        return _make(year, second, first) or _make(year, first, second)
    return _make(year, first, second) or _make(year, second, first)


def _three_part(m: re.Match[str], order: str, years: Years | None) -> date | None:
    """a/b/yy text: `order` says which part is the year; `years` (the sheet's order dates'),
    when a two-digit first part could be the year too, which reading is meant (NEAR_YEARS)."""
    year_first = _make(full_year(m[1]), int(m[2]), int(m[3])) if _two_way(m) else None
    year_last = _day_month(int(m[1]), int(m[2]), full_year(m[3]), order)
    if years is None or year_first is None or year_last is None:
        return (year_first or year_last) if order == "ymd" else year_last
    found, other = (year_first, year_last) if order == "ymd" else (year_last, year_first)
    return found if near(found, years) else other if near(other, years) else None


def _two_way(m: re.Match[str]) -> bool:
    """Both the first and the last part of a/b/c text could be a two-digit year."""
    return len(m[1]) == 2 and len(m[3]) == 2


def read_both_ways(text: str) -> bool:
    """25/03/01: a date with its first part as the year and one with its last (what a cell
    neither of whose readings is near the order dates holds: named as such)."""
    m = _THREE_PART.match(text.strip())
    return m is not None and _two_way(m) and None not in (
        _make(full_year(m[1]), int(m[2]), int(m[3])),
        _day_month(int(m[1]), int(m[2]), full_year(m[3]), "dmy"))


def near(day: date, years: Years) -> bool:
    return years[0] - NEAR_YEARS <= day.year <= years[1] + NEAR_YEARS


def year_span(values: Iterable[object]) -> Years | None:
    """The years a sheet's order dates span, from the dates that read one way only (a
    two-digit year may come first or last; the year of 03/04/2025 is 2025 either way)."""
    years = set()
    for value in set(values):
        if isinstance(value, str) and (m := _THREE_PART.match(value.strip())) and _two_way(m):
            continue
        found = parse_date(value)
        if found is not None:
            years.add(found.year)
    return (min(years), max(years)) if years else None


def _text_date(text: str, order: str, years: Years | None = None, month_end: bool = False
               ) -> date | None:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_FULL_STOP)
    text = text.strip().lower()
    if not text:
        return None
    if text[0].isdigit():
        if m := _YEAR_FIRST.match(text):
            return _make(int(m[1]), int(m[2]), int(m[3]))
        if m := _SHORT_YEAR_FIRST.match(text):
            return _make(full_year(m[1]), int(m[2]), int(m[3]))
        if m := _CHINESE.match(text):
            return _make(full_year(m[1]), int(m[2]), int(m[3]) if m[3] else
                         _last_day(full_year(m[1]), int(m[2])) if month_end else 1)
        if len(text) == 8 and (m := _COMPACT.fullmatch(text)):
            return _make(int(m[1]), int(m[2]), int(m[3]))
        if _SERIAL_TEXT.fullmatch(text):
            return _number_date(float(text))
        if m := _THREE_PART.match(text):
            return _three_part(m, order, years)
        if (m := _DAY_MONTH_YEAR.match(text)) and (month := _MONTHS.get(m[2])):
            return _make(full_year(m[3]), month, int(m[1]))
        if (m := _YEAR_MONTH_DAY.match(text)) and (month := _MONTHS.get(m[2])):
            return _make(int(m[1]), month, int(m[3]))
        return None
    if m := _WEEKDAY.match(text):
        text = text[m.end() :]
    if (m := _MONTH_DAY_YEAR.match(text)) and (month := _MONTHS.get(m[1])):
        return _make(full_year(m[3]), month, int(m[2]))
    if (m := _DAY_MONTH_YEAR.match(text)) and (month := _MONTHS.get(m[2])):
        return _make(full_year(m[3]), month, int(m[1]))
    return None


def parse_date(value: object, order: str = "mdy", years: Years | None = None,
               named: NamedYear | None = None, month_end: bool = False) -> date | None:
    """``order`` settles only a/b/yyyy text; year-first and month-name text read one way;
    ``years`` (year_span) which part of 25/03/01 is its year (_three_part); ``named`` the year
    of month-and-day text (3月5日) its tab's or file's name states (core.ledger.yearless);
    ``month_end``: a month without its day (2025年3月) is its last day, else its first
    (month_end_field)."""
    if isinstance(value, date):  # an Excel date cell: the same years as typed text
        day = value.date() if isinstance(value, datetime) else value
        return day if MIN_YEAR <= day.year <= max_year() else None
    if value is None or isinstance(value, (bool, time)):
        return None
    if isinstance(value, (int, float)):
        return _number_date(value)
    if isinstance(value, str):
        found = _text_date(value, order, years, month_end)
        if found is None and named is not None:
            found = yearless_date(value, order, named)
            return found if found is not None and MIN_YEAR <= found.year <= max_year() else None
        return found
    return None


_FULL_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def outside_years(value: object, order: str = "mdy") -> bool:
    """Whether parse_date leaves the cell out for its year alone (1900-01-01, a 0 formatted
    as a date; 9999-12-31; 2205年3月5日): said "is not a date", the clerk looked at a cell
    that plainly shows one. Text is read again with its one four-digit year put inside
    the years a ledger's dates fall in."""
    if isinstance(value, date):
        return not MIN_YEAR <= value.year <= max_year()
    if not isinstance(value, str):
        return False
    text = unicodedata.normalize("NFKC", value)
    found = _FULL_YEAR.findall(text)
    if len(found) != 1 or MIN_YEAR <= int(found[0]) <= max_year():
        return False
    return _text_date(_FULL_YEAR.sub(str(MIN_YEAR + 10), text), order, None) is not None


def infer_date_order(values: Iterable[object], default: str = "mdy",
                     years: Years | None = None) -> str:
    """Only a part above 12 tells day from month; a column that shows both ways is left to
    ``default`` rather than guessed, so the user's choice of order decides it.

    Two-digit years may come first (some ERPs write 25/03/01), which only the column as a whole
    tells: a last part of one digit is no year (25/3/1), and two-digit parts read year first
    as dates of one or two years, where read day first they spread over five or more (25/03/01,
    25/03/15, 25/04/02 are 2025's, not 2001's, 2015's and 2002's). Such a column is year
    first unless a year written in full comes last."""
    day_first = month_first = year_first = year_last = False
    firsts: set[int] = set()  # the two-digit parts first and last, as years
    lasts: set[int] = set()
    ymd = True  # every two-digit-year text is a date read year first
    for value in values:
        if not isinstance(value, str):
            continue
        if not value.isascii():
            value = unicodedata.normalize("NFKC", value).translate(_FULL_STOP)
        m = _ORDER_SHAPE.match(value)
        if m is None:
            continue
        if len(m[3]) == 1:
            year_first = year_first or len(m[1]) == 2
            continue
        year_last = year_last or len(m[3]) == 4
        first, second = int(m[1]), int(m[2])
        if years is not None and _two_way(m) and _year_first_near(m, years):
            year_first = True
            continue
        if len(m[3]) == 2:
            year = full_year(m[1].zfill(2))
            firsts.add(year)
            lasts.add(full_year(m[3]))
            ymd = ymd and _make(year, second, int(m[3])) is not None
        if 12 < first <= 31 and second <= 12:
            day_first = True
        elif 12 < second <= 31 and first <= 12:
            month_first = True
    if not year_last and not month_first and (
            year_first or (ymd and firsts and _span(firsts) <= 1 and _span(lasts) >= 5)):
        return "ymd"
    if day_first and month_first:
        return default
    if day_first:
        return "dmy"
    if month_first:
        return "mdy"
    return default


def _year_first_near(m: re.Match[str], years: Years) -> bool:
    """Read year first, the text falls near the order dates' years; read year last, not."""
    first = _make(full_year(m[1]), int(m[2]), int(m[3]))
    return first is not None and near(first, years) and not any(
        near(found, years) for order in ("dmy", "mdy")
        if (found := _day_month(int(m[1]), int(m[2]), full_year(m[3]), order)) is not None)


def _span(years: set[int]) -> int:
    return max(years) - min(years)
