"""Each row's due date: the one its cells give, else the one its payment terms tell from its
ship date (its order date, unshipped).

A sheet repeats a few terms texts over a few hundred days: each (terms text, day) is told
once. The text keys it, not the parsed terms: one text parses one way, and hashing the parsed
terms costs more than parsing. (Keys built for every row at once, then looked up with a C
map, cost more than this one walk: a tuple's hash is not kept, perf60b.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from core.ledger.terms import PaymentTerms, due_date

Terms = tuple[str | None, PaymentTerms | None]  # a cell's text, and the terms it says


def told_due(given: Sequence[str | None], terms: Sequence[Terms],
             ship_dates: Sequence[str | None], order_dates: Sequence[str | None],
             days: Mapping[str, date]) -> tuple[list[str | None], list[int]]:
    """Each row's due date (ISO) and whether its terms told it (1) or not (0). `days`: the
    date of each ISO day of the ship and order dates."""
    due, derived = list(given), [0] * len(given)
    known: dict[tuple[str | None, str], str | None] = {}
    for j, (cell, (text, read), shipped, ordered) in enumerate(zip(
            given, terms, ship_dates, order_dates, strict=True)):
        if cell is None and read is not None and (base := shipped or ordered) is not None:
            key = (text, base)
            found = known[key] if key in known else known.setdefault(key, _told(read, base, days))
            due[j] = found
            derived[j] = int(found is not None)
    return due, derived


def _told(terms: PaymentTerms | None, base: str | None, days: Mapping[str, date]
          ) -> str | None:
    due = None if terms is None or base is None else due_date(terms, days[base], None)
    return None if due is None else due.isoformat()
