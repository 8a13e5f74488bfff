"""Which 收款日期 cells list two or more dates, and the day each is read as (acct52f).

The reading is told in core.ledger.listed_days (what the import does with the days); here only
the cells: two or more full dates, each one :func:`core.ledger.dates.parse_date` reads on its
own, with its year ("3/5、4/9" stays unread), between clear separators (、，, ; / 和 及 &
"and", a new line). A date and a word ("2025/3/5 定金") is no such cell: unread as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

from core.ledger.dates import Years, month_only, parse_date

LISTED = "listed_days"  # a sheet's cells so read, beside its unread ones: (row, text)
_SEP = re.compile(r"\s*(?:[、,;/&\n]|和|及|\band\b)\s*", re.IGNORECASE)
_SPLIT = re.compile(f"({_SEP.pattern})", re.IGNORECASE)
_NUMBER = re.compile(r"[\d.]+")
_MOST = 6  # parts looked at: a cell of more is no list of receipts' days


def listed_days(text: str, order: str, years: Years | None = None) -> list[date] | None:
    """The days a cell of two or more full dates lists, in the order written; None where it
    is not one, or reads as dates more than one way."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not _SEP.search(folded):
        return None
    tokens = _SPLIT.split(folded)  # part, separator, part, ...
    if len(tokens) > 8 * _MOST:
        return None
    found = _readings(tokens, 0, order, years)
    return found[0] if len(found) == 1 and len(found[0]) >= 2 else None


def _readings(tokens: list[str], start: int, order: str, years: Years | None
              ) -> list[list[date]]:
    """Every reading of the parts from `start` on as dates, each a run of parts (a date's own
    slashes split it too: 2025/3/5/2025/4/9), stopping at a second."""
    if start >= len(tokens):
        return [[]]
    readings: list[list[date]] = []
    for end in range(start + 1, min(len(tokens), start + 5) + 1, 2):
        day = _full_date("".join(tokens[start:end]), order, years)
        if day is not None:
            readings.extend([day, *rest] for rest in _readings(tokens, end + 1, order, years))
        if len(readings) > 1:
            break
    return readings


def _full_date(text: str, order: str, years: Years | None) -> date | None:
    """A date with its day, month and year, as the parser reads it alone; no serial number."""
    if not text or _NUMBER.fullmatch(text) or month_only(text):
        return None
    return parse_date(text, order, years)


def latest_read(found: dict[Any, str | None], order: str, years: Years | None) -> None:
    """A received-date column's distinct cells read (ISO, or None), each listing days read as
    its latest, in place (core.ledger.cells.date_column)."""
    for value, iso in found.items():
        if iso is None and type(value) is str and (days := listed_days(value, order, years)):
            found[value] = max(days).isoformat()


def listed_cells(raw: Sequence[Any], read: Sequence[str | None], chosen: Sequence[bool],
                 first: int, dating: tuple[str, Years | None]) -> list[tuple[int, object]]:
    """The taken rows' cells read by :func:`latest_read`: (row number, (text, its days)); each
    distinct text looked at once, a column without one passed over at C speed."""
    listed: dict[object, tuple[str, ...]] = {}
    for value in set(raw):
        if type(value) is str and _SEP.search(value) and parse_date(value, *dating) is None:
            days = listed_days(value, *dating)
            if days:
                listed[value] = tuple(sorted({d.isoformat() for d in days}))
    if not listed:
        return []
    return [(first + j, (value, listed[value])) for j, (value, day, taken) in enumerate(
        zip(raw, read, chosen, strict=True)) if taken and day is not None and value in listed]


def sheet_listed(columns: Any, chosen: Sequence[bool], first: int) -> list[tuple[int, object]]:
    """:func:`listed_cells` of a sheet's received-date column (`columns`: its
    core.ledger.sheet_columns.SheetColumns); none on a list dated by its own date column."""
    if columns.layout.dated_by_list or "received_date" not in columns.layout.mapping:
        return []
    return listed_cells(columns.raw_of("received_date"), columns.received_dates, chosen, first,
                        (columns.date_orders["received_date"], columns.years))
