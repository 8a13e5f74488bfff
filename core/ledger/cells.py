"""Whole columns of raw cells into values, each distinct text parsed once.

A ledger repeats itself: 100,000 rows hold a few thousand customer spellings, a few hundred
products, three currencies, a few dozen Incoterm and payment-term texts and a date per working
day. So a column is parsed by its distinct values, and the typed values a reader hands over
(numbers, dates) are taken as they are instead of going through text. The parsers of single
values (core.ledger.normalise, terms) decide what a cell means; this module only decides how
often they are asked.

Empty cells may arrive as None or, from calamine, as "": both mean empty. A duration cell
means its number of days.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from core.ledger.normalise import cell_text, parse_amount, parse_date, parse_number, placeholder
from core.ledger.readers.calamine import clean_value as plain

_FLOAT_ID = re.compile(r"^\d+\.0+$")
Column = Sequence[Any]


def id_text(text: str | None) -> str | None:
    """'17850.0' written as text by a tool that read the id as a number is the id 17850."""
    return text[:text.index(".")] if text and "." in text and _FLOAT_ID.match(text) else text


def by_value(values: Column, parse: Callable[[object], Any]) -> list[Any]:
    """parse(cell) for every cell: each distinct text once, empty cells once, other cells
    (numbers, booleans, dates) each on their own, since 1, 1.0 and True are equal keys."""
    distinct = set(values)
    empty = parse(None)
    if distinct <= {None, ""}:
        return [empty] * len(values)
    texts: dict[Any, Any] = {v: parse(v or None) for v in distinct if type(v) is str}
    if len(texts) + (None in distinct) == len(distinct):  # texts and empty cells only: the
        texts[None] = empty  # common column, looked up at C speed
        return list(map(texts.__getitem__, values))
    return [texts[v] if type(v) is str else empty if v is None else parse(plain(v))
            for v in values]


def number_column(values: Column, mark: str = "", distinct: set[Any] | None = None
                  ) -> list[float | None]:
    """Quantities and prices (parse_number): floats as they come, text parsed once; `mark`:
    the decimal mark the sheet settles (core.ledger.amounts.decimal_mark); `distinct`: the
    column's values as a set, when the caller has it."""
    distinct = set(values) if distinct is None else distinct
    if distinct <= {None, ""}:
        return [None] * len(values)
    texts = {v: parse_number(v or None, mark) for v in distinct if type(v) is str}
    return [(v if v - v == 0 else None) if type(v) is float else texts[v] if type(v) is str
            else None if v is None else parse_number(plain(v)) for v in values]


def text_column(values: Column, ids: bool = False) -> list[str | None]:
    """Display text (whitespace collapsed); `ids`: a number written as "123.0" loses ".0"."""
    return by_value(values, (lambda v: id_text(cell_text(v))) if ids else cell_text)


def number_text(value: object) -> str | None:
    """An order, invoice or credited number (id_text); a placeholder ("-", "/", "无", "N/A")
    names none. Read as the number "-", every such row of every customer was one order."""
    text = id_text(cell_text(value))
    return None if text is None or placeholder(text) else text


def date_column(values: Column, order: str) -> list[str | None]:
    """ISO dates. Every cell type reads the same whichever equal value comes first (a number
    of 1 is no date however it is typed), so one parse per distinct value of any type."""
    found = {v: _iso(parse_date(plain(v), order)) for v in set(values)}
    return [found[v] for v in values]


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def money_column(values: Column, mark: str = "", distinct: set[Any] | None = None
                 ) -> tuple[list[float | None], list[str | None]]:
    """(amounts, the currency each cell names): floats as they come, text parsed once (as
    number_column)."""
    distinct = set(values) if distinct is None else distinct
    if distinct <= {None, ""}:
        nothing: list[Any] = [None] * len(values)
        return nothing, nothing
    texts = {v: parse_amount(v or None, mark) for v in distinct if type(v) is str}
    amounts = [(v if v - v == 0 else None) if type(v) is float  # inf and nan are no amounts
               else texts[v][0] if type(v) is str else None if v is None
               else parse_amount(plain(v))[0] for v in values]
    if not any(found[1] for found in texts.values()):  # only text names a currency
        return amounts, [None] * len(values)
    return amounts, [texts[v][1] if type(v) is str else None for v in values]


def days_of(isos: Column) -> dict[str, date]:
    """The date of each distinct ISO text in a column."""
    return {text: date.fromisoformat(text) for text in set(isos) if text is not None}


def settled_by_sheet(columns: Mapping[str, Iterable[Any]],
                     settle: Callable[[Iterable[Any], str], str], default: str
                     ) -> tuple[dict[str, str], str]:
    """How each column's text is written (a date order, a decimal mark), and what the sheet's
    columns settle together ("" if they do not).

    `settle(texts, fallback)` says what some texts settle, else `fallback`. A column its own
    text leaves open takes what the sheet settles before `default`: a clerk or an ERP writes
    a row's dates, and its figures, one way. The order date 13/02/2025 says how the ship date
    03/04/2025 beside it is meant (by the setting it fell a month early and its invoice fell
    due early); the amount 1.234,50 says what the received 10.000 beside it is.
    """
    texts = {name: {v for v in values if type(v) is str} for name, values in columns.items()}
    sheet = settle(set().union(*texts.values()), "")
    return {name: settle(found, sheet or default) for name, found in texts.items()}, sheet
