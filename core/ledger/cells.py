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
from itertools import compress
from typing import Any

from core.ledger.amounts import MAX_AMOUNT
from core.ledger.dates import Years, infer_date_order, month_end_field, year_span
from core.ledger.day_lists import latest_read
from core.ledger.normalise import (
    cell_text,
    fold_many,
    parse_amount,
    parse_date,
    parse_number,
    placeholder,
    placeholder_key,
)
from core.ledger.readers.calamine import clean_value as plain
from core.ledger.yearless import NamedYear

_FLOAT_ID = re.compile(r"^\d+\.0+$")
Column = Sequence[Any]


def id_text(text: str | None) -> str | None:
    """'17850.0' written as text by a tool that read the id as a number is the id 17850."""
    return text[:text.index(".")] if text and "." in text and _FLOAT_ID.match(text) else text


def cut(data: list[list[Any]], indexes: set[int]) -> dict[int, Sequence[Any]]:
    """The columns at `indexes` of a sheet's rows (None past a short row's end)."""
    if not data:
        return {i: [] for i in indexes}
    shortest = min(map(len, data))
    if shortest > max(indexes):
        if 2 * len(indexes) >= shortest:
            # most columns are wanted: one C pass over the rows, not a pass per column (the
            # others are let go on return); past the shortest row's end none is wanted
            columns = list(zip(*data, strict=False))
            return {i: columns[i] for i in indexes}
        return {i: [row[i] for row in data] for i in indexes}
    return {i: [row[i] if i < len(row) else None for row in data] for i in indexes}


def by_value(values: Column, parse: Callable[[object], Any],
             parse_texts: Callable[[list[str]], Iterable[Any]] | None = None,
             distinct: set[Any] | None = None) -> list[Any]:
    """parse(cell) for every cell: each distinct text once, empty cells once, other cells
    (numbers, booleans, dates) each on their own, since 1, 1.0 and True are equal keys.
    `parse_texts`, when given, does for a list of texts what parse does for each;
    `distinct`: the column's values as a set, when the caller has it."""
    distinct = set(values) if distinct is None else distinct
    empty = parse(None)
    if distinct <= {None, ""}:
        return [empty] * len(values)
    strings = [v for v in distinct if type(v) is str]
    texts: dict[Any, Any] = dict(zip(strings, parse_texts(strings), strict=True)) \
        if parse_texts is not None else {v: parse(v or None) for v in strings}
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


def text_column(values: Column, ids: bool = False, distinct: set[Any] | None = None
                ) -> list[str | None]:
    """Display text (whitespace collapsed); `ids`: a number written as "123.0" loses ".0"."""
    return by_value(values, (lambda v: id_text(cell_text(v))) if ids else cell_text,
                    _id_texts if ids else _texts, distinct)


def _texts(strings: list[str]) -> list[str | None]:
    """cell_text of many texts at once: a column of order numbers holds a hundred thousand,
    and the whitespace is collapsed by C calls mapped over them, not by a call per text."""
    return [text or None for text in map(" ".join, map(str.split, strings))]


def _id_texts(strings: list[str]) -> list[str | None]:
    """id_text(cell_text(text)) of many texts at once (as _texts)."""
    return [id_text(text) if "." in text else text or None
            for text in map(" ".join, map(str.split, strings))]


def number_text(value: object) -> str | None:
    """An order, invoice or credited number (id_text); a placeholder ("-", "/", "无", "N/A")
    names none. Read as the number "-", every such row of every customer was one order."""
    text = id_text(cell_text(value))
    return None if text is None or placeholder(text) else text


def number_texts(values: Column, distinct: set[Any] | None = None) -> list[str | None]:
    """number_text of a column's cells, each distinct text once (as text_column)."""
    return by_value(values, number_text, _number_texts, distinct)


def _number_texts(strings: list[str]) -> list[str | None]:
    """number_text of many texts at once: their folds in one call (fold_many: a column of
    order numbers is a hundred thousand plain ids), each tested for a placeholder."""
    texts = _id_texts(strings)
    found = [text for text in texts if text is not None]
    marks = set(compress(found, map(placeholder_key, fold_many(found))))
    return [None if text is None or text in marks else text for text in texts]


def date_column(values: Column, order: str, years: Years | None = None,
                named: NamedYear | None = None, name: str = "order_date",
                distinct: set[Any] | None = None) -> list[str | None]:
    """ISO dates. Every cell type reads the same whichever equal value comes first (a number
    of 1 is no date however it is typed), so one parse per distinct value of any type; a
    month without its day as the field `name` reads it (dates.month_end_field); a received
    date's cell listing days as its latest (core.ledger.day_lists)."""
    end = month_end_field(name)
    found = {v: _iso(parse_date(plain(v), order, years, named, end))
             for v in (set(values) if distinct is None else distinct)}
    if name == "received_date" and None in found.values():
        latest_read(found, order, years)
    return list(map(found.__getitem__, values))


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
    amounts = [(v if -MAX_AMOUNT < v < MAX_AMOUNT else None) if type(v) is float  # nor nan
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


def date_orders(columns: Mapping[str, Iterable[Any]], default: str
                ) -> tuple[dict[str, str], str, Years | None]:
    """settled_by_sheet of a sheet's date columns, and the years its order dates span, which
    say whether 25/03/01 is written year first (core.ledger.dates.NEAR_YEARS): a lone such
    ship date read day first was shipped in 2001, 24 years overdue, and its customer
    stop-listed."""
    years = year_span(map(plain, columns.get("order_date", ())))
    orders, settled = settled_by_sheet(
        columns, lambda texts, fallback: infer_date_order(texts, fallback, years), default)
    return orders, settled, years


def first_of(*columns: Sequence[str | None]) -> Sequence[str | None]:
    """Per row, the first column's currency (a name, never empty) that is there."""
    filled = [c for c in columns if any(c)]
    if len(filled) <= 1:
        return filled[0] if filled else columns[0]
    if len(filled) == 2:
        return [a or b for a, b in zip(*filled, strict=True)]
    return [a or b or c for a, b, c in zip(*filled, strict=True)]
