"""The month a tab is named after, and the month before which its rows are carried forward.

A clerk who keeps one tab a month copies last month's unpaid rows onto the new tab: a row dated
before its tab's month is a balance brought forward, which on a stored line moves what was
received and what became of the line since (its ship date, status), never its customer, date or
amount (core.ledger.line_values). Read wrongly, that rule keeps a later file's corrections
from the order (its customer, date; a lower amount read as money received), so a name
says a month only where it plainly does, and a tab without a year in its name takes its year
from its own rows:

- "2025-01", "2025年1月", "25年1月", "1月", "一月", "Jan", "January 2025" name a month (a
  year in two digits only before 年: "25.03", "12月25日", "第25周" give no year); a range
  ("1月-3月", "3-4月", "Jan-Mar", "2025-03_04") names the month it starts with (a receipt written
  without its date came in by the end of the one it ends with: core.ledger.stored_receipts;
  "12-1月" ends in the next year's January, :func:`range_end`);
  a word merely beginning like a month ("Decathlon", "Marks & Spencer", "Mayer GmbH": a tab
  per customer) names none.
- A tab with no year carries the year most of its rows dated in its month carry (the later of
  a tie): "12月" of 2025 holding an order of 2026-01-03 has that order after its month, not
  before; "1月" of 2026 holding December 2025 rows has them before. In a book named for a
  year (2025年台账.xlsx) a tab is of the book's year unless all its month's rows are of the
  year before, or all of the year after, and none past the next month (:func:`book_year`).
- A tab none of whose rows is dated in its month is the first such month at or after most of
  them (:func:`tab_year`), that month's tab begun with the balances
  brought forward ("5月" holding March's unpaid orders): all its rows are carried. Not so a
  range ("1月-3月" holding February's and March's orders) nor a bare number ("1".."12", as
  often a salesperson's or a sheet's number as a month), whose rows are then carried by their
  words only; a bare number names its month only where more of its rows are dated in that
  month than in any other.

Rows are carried forward by their words (结转, 上月未收, b/f …) whatever their tab.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import NamedTuple

from core.ledger.dates import full_year
from core.ledger.normalise import fold
from core.ledger.yearless import NamedYear

MONTHS_EN = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
_MONTHS_ZH = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
# a year in full, or in two digits where 年 says so ("25年3月" is 2025年3月; "25日", "第25周",
# "25.03" say no year: a day, a week, 25 March as often as March 2025)
_YEAR_MONTH = re.compile(r"(20\d\d|19\d\d|(?<!\d)\d\d(?=\s*年))\s*[年\-./_]?\s*(\d{1,2})(?!\d)")
# a range's words between its months ("1月-3月", "Jan to Mar", "一月至三月")
_TO = r"(?:-|~|～|—|–|至|到|to\b)"
# 月 after a month's number; never 月龄, months of age ("3-6月龄", a children's wear size tab:
# before, March to June, its undated receipts counted on 06-30, break34c)
_MONTH = "月(?!龄)"
# a month's number before 月, or before a range's second month whose 月 both share ("3-4月",
# read as "3月-4月": before, no month at all, ranges33)
_MONTH_ONLY = re.compile(r"^\D*?(\d{1,2})(?:\s*" + _MONTH + r"|(?=\s*" + _TO + r"\s*\d{1,2}\s*"
                         + _MONTH + "))")
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d|\d\d(?=\s*年))(?!\d)")
# a year and month run together ("202503", "202503台账"); more digits around them ("20250315",
# a day; "PO2025031") are no year
_COMPACT = re.compile(r"(?<!\d)(20\d\d|19\d\d)(0[1-9]|1[0-2])(?!\d)")
_WORD = re.compile(r"^([a-z]+)\.?(?![a-z])")
# a second month after the first: "1月-3月", "Jan-Mar", "2025年1-6月", "一月至三月"; an
# underscore only before a later month in two digits ("2025-03_04": "2025-03_1" is a version)
_RANGE = re.compile(r"\s*(?:" + _TO + r"\s*"
                    r"(?:(\d{1,2})(?!\d)|([a-z]+)|([一二三四五六七八九十]+)|\d)|_(\d\d)(?!\d))")


class TabMonth(NamedTuple):
    """A tab's month: its year where the name gives one; bare when the name is only a number,
    span when it is the first of a range, `last` the range's last month where the name says
    it plainly (0: not known)."""

    year: int | None
    number: int
    bare: bool = False
    span: bool = False
    last: int = 0


def sheet_month(name: str) -> TabMonth | None:
    """The month a tab is named after (1月, 2025-01, Jan, 一月, a bare 1..12), if any."""
    text = fold(name)
    found = _YEAR_MONTH.search(text)
    if found and 1 <= int(found.group(2)) <= 12:
        return _month(text, found.end(), full_year(found.group(1)), int(found.group(2)))
    found = _MONTH_ONLY.match(text)
    if found and 1 <= int(found.group(1)) <= 12:
        return _month(text, found.end(), None, int(found.group(1)))
    for number, zh in reversed(list(enumerate(_MONTHS_ZH, start=1))):
        if re.match(zh + _MONTH, text):
            return _month(text, len(zh) + 1, None, number)
        if re.match(zh + r"(?=\s*" + _TO + r"\s*[一二三四五六七八九十]+\s*" + _MONTH + ")", text):
            return _month(text, len(zh), None, number)  # "三-四月", as "3-4月"
    word = _WORD.match(text)
    if word and word.group(1) in MONTHS_EN:
        year = re.search(r"(20\d\d)", text)
        return _month(text, word.end(), int(year.group(1)) if year else None,
                      MONTHS_EN[word.group(1)])
    if text.isdigit() and 1 <= int(text) <= 12:
        return TabMonth(None, int(text), bare=True)
    return None


def _month(text: str, end: int, year: int | None, number: int) -> TabMonth:
    found = _RANGE.match(text, end)
    if found is None:
        return TabMonth(year, number)
    digits, word, zh, under = found.groups()
    last = int(digits or under or 0) or MONTHS_EN.get(word or "", 0) or (
        _MONTHS_ZH.index(zh) + 1 if zh in _MONTHS_ZH else 0)
    if under and not number < last <= 12:
        return TabMonth(year, number)  # "2025-04_03": no range runs backwards
    # a range over a year end ("12-1月", "11月-2月") ends in the next year (:func:`range_end`):
    # before, it had no last month, its undated receipts left undated (dates35)
    return TabMonth(year, number, span=True, last=last if 0 < last <= 12 and last != number
                    else 0)


def range_end(month: TabMonth, year: int) -> tuple[int, int]:
    """The (year, month) a range (`month.last` set) ends in, from the year it begins in: "12-1月"
    of 2025 ends in January 2026."""
    return year + (month.last < month.number), month.last


def carried_before(month: TabMonth | None, dated: Iterable[tuple[date, int]]
                   ) -> tuple[int, int] | None:
    """The (year, month) before which a tab's rows are carried forward, from its name and
    its rows' order dates (each with its count of rows), or None: no row is, by its date."""
    if month is None:
        return None
    if month.year is not None:
        return month.year, month.number
    by_month = _by_month(dated)
    own = [count for (_year, number), count in by_month.items() if number == month.number]
    if not own and (month.bare or month.span or not by_month):
        return None  # else its month's tab begun with the balances brought forward, all
    if own and month.bare and max(own) < max(by_month.values()):
        return None
    year = _year(month.number, by_month, None)
    return None if year is None else (year, month.number)


def dated_by_rows(sheet: str, rows: Mapping[str, Counter[date]] | None) -> bool:
    """Does a tab's month named without a year take its year from the tab's rows' order dates
    (`rows`, per tab: :func:`tab_year`), its file's year said only where they give none? Not
    a bare number's nor a range's. Before, 2025年台账.xlsx's 12月 tab of December
    2024's orders was December 2025, its 4,500 the line's newest figure: 10,500 open where
    nothing is (yb43)."""
    month = sheet_month(sheet)
    return (month is not None and month.year is None and not month.bare and not month.span
            and bool((rows or {}).get(sheet)))


def book_year(sheet: str, named: NamedYear, rows: Mapping[str, Counter[date]] | None) -> int:
    """The year of a tab `sheet` named after a month without a year (12月) in a book named for
    one (2025年台账.xlsx: `named`), where its rows' order dates (`rows`, per tab) give one
    (:func:`dated_by_rows`): the book's, unless every row of the tab's month is of the year
    before, or every one of the year after, and none is dated past the next month (last
    December's tab holding an order of 2025-01-03; next January's tab). Before (fx43j), a 2025
    book's 1月 of January 2026 was January 2025 (15,000 open where nothing is) and last
    December's tab with one row of 2025-01-03 was December 2025 (10,500 where 0). Before (fx43d),
    the most rows of the month decided, a tie the later year: a quiet 12月 of 2025 whose one
    December row was a carried order of 2024-12 was December 2024, its correction dropped
    (18,000 open where nothing is); a 3月 of two rows, one order date typed 2026-03-20, was
    March 2026 (13,500 open, black)."""
    if named.month is None or not dated_by_rows(sheet, rows):
        return named.year
    days = [day for day, count in (rows or {})[sheet].items() if count]
    own = {day.year for day in days if day.month == named.month}
    for year in (named.year - 1, named.year + 1):
        # a row more than a month past the month is no stray early entry (a carried order
        # of 2025-10 on the 12月 of 2025: not December 2024)
        if own == {year} and all(day <= month_end(*_after(year, named.month)) for day in days):
            return year
    return named.year


def _after(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def tab_year(month: TabMonth, dated: Iterable[tuple[date, int]], near: date | None = None
             ) -> int | None:
    """The year of a month named without one (a tab 12月, 4月台账.xlsx), by the best evidence
    there is, for every rule that needs it (the file's day, core.ledger.older_status; an
    undated month's receipt, core.ledger.stored_receipts): its rows' order dates (`dated`,
    each with its count of rows: the tab's, or the file's where the file's name gives the
    month; else the line's own order date), else the line's other receipt (`near`), else
    none. The rows: the year most of them dated in the month carry (the later of a tie);
    none dated in it, the tab carries them forward: the first such month at or after most
    of them (a stray later row does not push it a year: April's file holding an order of
    May was April of the next year). A receipt: the month nearest it. Before, the receipt's
    rule alone dated a November tab of an order of 2025-03 with its receipt of 03-25 to
    November 2024, and the rows' rule, fed a receipt of May for April's tab, to 2026
    (tabs33)."""
    return month.year if month.year is not None else _year(month.number, _by_month(dated), near)


def _year(month: int, by_month: Counter[tuple[int, int]], near: date | None) -> int | None:
    own = [(count, year) for (year, number), count in by_month.items() if number == month]
    if own:
        return max(own)[1]
    if by_month:
        rows = sorted(by_month.elements())
        year, number = rows[(len(rows) - 1) // 2]
        return year + (number > month)
    if near is None:
        return None
    ends = [(abs((month_end(year, month) - near).days), year)
            for year in (near.year - 1, near.year, near.year + 1)]
    return min(ends)[1]


def month_end(year: int, number: int) -> date:
    """The last day of a month."""
    return date(year, number, calendar.monthrange(year, number)[1])


def _by_month(dated: Iterable[tuple[date, int]]) -> Counter[tuple[int, int]]:
    by_month: Counter[tuple[int, int]] = Counter()
    for day, count in dated:
        by_month[day.year, day.month] += count
    return by_month


def named_year(sheet: str, file_name: str) -> NamedYear | None:
    """The year a tab's name states, else its file's name (without the extension), where the
    name states one year only (core.ledger.yearless); with the month the tab's name gives,
    else the file's."""
    tab = sheet_month(sheet)
    stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
    for name in (sheet, stem):
        years = set(map(full_year, _YEAR.findall(fold(name))))
        if not years and (compact := _COMPACT.search(fold(name))):
            years = {int(compact[1])}  # "202503": March 2025, no year _YEAR sees
        if len(years) > 1:
            return None  # the first name to give a year decides; two are no year
        if years:
            year = years.pop()
            found = tab if tab is not None and tab.year in (None, year) else sheet_month(name)
            month = found is not None and found.year in (None, year) and not (
                found.bare or found.span)
            return NamedYear(year, found.number if month and found else None)
    return None


def month_named(file: str | None) -> tuple[int, int] | None:
    """The year and month a file's name states (台账 2025-04.xlsx), None where it states no
    month of a year (台账 2025.xlsx, 台账.xlsx)."""
    named = named_year("", file) if file else None
    return None if named is None or named.month is None else (named.year, named.month)


def named_range(sheet: str, file_name: str) -> bool:
    """Whether month_end's month is a range's last (台账 2025-03_04.xlsx): the report says so."""
    named = named_year(sheet, file_name)
    return (named is None or named.month is None) and any(m is not None and m.last > 0 for m in (
        sheet_month(sheet), sheet_month(file_name.rsplit(".", 1)[0])))
