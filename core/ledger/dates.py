"""Ledger dates from whatever a cell holds: Excel dates, serial numbers or hand-typed text.

Hand-written rather than dateutil/pandas because it runs once per cell on 100,000-row ledgers
and because ledgers mix shapes in one column (2025/10/03, 2025年10月3日, 10/14/2025, 45930).
Years outside 1900..2100 are refused: one mistyped "2205" would otherwise become the latest
date in the data and move the as-of date two centuries ahead.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Literal

DateOrder = Literal["ymd", "dmy", "mdy"]

MIN_YEAR = 1900
MAX_YEAR = 2100

# Excel's 1900 date system counts from 1899-12-30 once past its fictitious 1900-02-29 (serial 60).
_EPOCH_ORDINAL = date(1899, 12, 30).toordinal()
_MIN_SERIAL = 61  # 1900-03-01
_MAX_SERIAL = date(MAX_YEAR, 12, 31).toordinal() - _EPOCH_ORDINAL

_TIME_TAIL = (
    r"(?:(?:t|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:z|\s*[+-]\d{2}:?\d{2})?)?"
    r"\s*$"
)
_SEP = r"\s*[-/.]\s*|\s+"
_YEAR_FIRST = re.compile(rf"(\d{{4}})(?:{_SEP})(\d{{1,2}})(?:{_SEP})(\d{{1,2}}){_TIME_TAIL}")
_CHINESE = re.compile(r"(\d{4}|\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号]?)?(?!\d)")
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
    rf"([a-z]{{3,9}})\.?[-/.\s]*(\d{{1,2}}){_ORDINAL},?[-/.\s]*(\d{{4}}|\d{{2}}){_TIME_TAIL}"
)
_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*")
# The a/b/yyyy shape whose order is in question; year-first text never is.
_ORDER_SHAPE = re.compile(r"\s*(\d{1,2})[-/.\s](\d{1,2})[-/.\s](?:\d{4}|\d{2})(?!\d)")

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS: dict[str, int] = {"sept": 9}
for _number, _name in enumerate(_MONTH_NAMES, start=1):
    for _length in range(3, len(_name) + 1):
        _MONTHS[_name[:_length]] = _number


def _make(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str) -> int:
    """Two-digit years: 00-69 are this century, 70-99 the last (the usual spreadsheet pivot)."""
    year = int(text)
    if len(text) == 2:
        return year + (2000 if year < 70 else 1900)
    return year


def from_serial(serial: float) -> date | None:
    """An Excel serial (1900 system) to a date; the time fraction is dropped."""
    if not math.isfinite(serial) or not _MIN_SERIAL <= serial < _MAX_SERIAL + 1:
        return None
    return date.fromordinal(_EPOCH_ORDINAL + int(serial))


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


def _text_date(text: str, order: str) -> date | None:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.strip().lower()
    if not text:
        return None
    if text[0].isdigit():
        if m := _YEAR_FIRST.match(text):
            return _make(int(m[1]), int(m[2]), int(m[3]))
        if m := _CHINESE.match(text):
            return _make(_full_year(m[1]), int(m[2]), int(m[3] or 1))
        if len(text) == 8 and (m := _COMPACT.fullmatch(text)):
            return _make(int(m[1]), int(m[2]), int(m[3]))
        if _SERIAL_TEXT.fullmatch(text):
            return _number_date(float(text))
        if m := _THREE_PART.match(text):
            found = None
            if order == "ymd" and len(m[3]) == 2:
                found = _make(_full_year(m[1]), int(m[2]), int(m[3]))
            return found or _day_month(int(m[1]), int(m[2]), _full_year(m[3]), order)
        if (m := _DAY_MONTH_YEAR.match(text)) and (month := _MONTHS.get(m[2])):
            return _make(_full_year(m[3]), month, int(m[1]))
        if (m := _YEAR_MONTH_DAY.match(text)) and (month := _MONTHS.get(m[2])):
            return _make(int(m[1]), month, int(m[3]))
        return None
    if m := _WEEKDAY.match(text):
        text = text[m.end() :]
    if (m := _MONTH_DAY_YEAR.match(text)) and (month := _MONTHS.get(m[1])):
        return _make(_full_year(m[3]), month, int(m[2]))
    if (m := _DAY_MONTH_YEAR.match(text)) and (month := _MONTHS.get(m[2])):
        return _make(_full_year(m[3]), month, int(m[1]))
    return None


def parse_date(value: object, order: str = "mdy") -> date | None:
    """``order`` settles only a/b/yyyy text; year-first and month-name text read one way."""
    if isinstance(value, date):  # an Excel date cell: the same years as typed text
        day = value.date() if isinstance(value, datetime) else value
        return day if MIN_YEAR <= day.year <= MAX_YEAR else None
    if value is None or isinstance(value, (bool, time)):
        return None
    if isinstance(value, (int, float)):
        return _number_date(value)
    if isinstance(value, str):
        return _text_date(value, order)
    return None


def infer_date_order(values: Iterable[object], default: str = "mdy") -> str:
    """Only a part above 12 tells day from month; a column that shows both ways is left to
    ``default`` rather than guessed, so the user's choice of order decides it."""
    day_first = month_first = False
    for value in values:
        if not isinstance(value, str):
            continue
        if not value.isascii():
            value = unicodedata.normalize("NFKC", value)
        m = _ORDER_SHAPE.match(value)
        if m is None:
            continue
        first, second = int(m[1]), int(m[2])
        if 12 < first <= 31 and second <= 12:
            day_first = True
        elif 12 < second <= 31 and first <= 12:
            month_first = True
        if day_first and month_first:
            return default
    if day_first:
        return "dmy"
    if month_first:
        return "mdy"
    return default

