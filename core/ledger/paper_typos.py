"""A shipping paper's date typed wrong, and a planned ship date, are no ship date.

A clerk types the bill of lading's date (提单日期) by hand: 2024-03-25 for 2025-03-25, or
2026-03-25 a year late. Read as the ship date, a B/L a year late left Beta's 10,000 unpaid
"no ship date" (open 0, on no list) and one a year early made Alpha's 57 days watch 417 days
black (rv54d d1). A B/L before its row's order date, more than :data:`AGREE_DAYS` from its
出货日期 (either way), or :data:`LATE_DAYS` after the sheet's latest order or ship date, is a
typo: the row's 出货日期 stands and the import names the row. A B/L a few days before
出货日期 is kept (a clerk's 出货 may be the customs day, 报关).

A sheet dated by its papers (no order-date column) took each row's earliest paper: a B/L typed
2024-04-02 beside its invoice of 2025-03-25 moved 10,000 out of the 12 months' revenue and made
49 days watch 409 black (d2). Only the papers that agree (within :data:`AGREE_DAYS` of their
median) count; an outlier is named and left out.

A planned ship date (预计出货日期, 计划出货日期, planned) is a plan, not a shipment: beside an
actual one (实际出货日期) or a B/L it is never the ship date; with no order-date column it
dates an order only where no paper is typed, an order not shipped yet (d3: Beta's delayed
10,000 skipped "no order date"; Gamma's open counted from its plan). ETD is left as read
(core.ledger.unsent_lots.dated_elsewhere: an ETD typed beside 出货日期 is a shipment).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from core.i18n import N_
from core.ledger.fields import SYNONYMS
from core.ledger.normalise import fold_header
from core.messages import Message

AGREE_DAYS = 60  # a row's papers (invoice, 出货日期, B/L) lie within this many days of each other
# a B/L this long after the sheet's latest order or ship date is a year typed wrong (a January
# tab's orders may ship months later: their B/L is no typo)
LATE_DAYS = 180
PLANNED_WORDS = ("预计", "计划", "预定", "planned", "estimated", "expected", "scheduled")
# the words a shipment's header holds (实际出货日期 holds 出货日期, actual ship date shipdate)
_SHIPMENT_WORDS = tuple(w for w in (fold_header(s) for s in SYNONYMS["ship_date"]) if len(w) > 3)


class Typo(NamedTuple):
    """A paper's date left out: its data row, its field and day, the field and day it is far
    from (both ISO days)."""

    row: int
    field: str
    day: str
    other: str
    other_day: str


def planned(header: str) -> bool:
    """Does a folded header name a planned date (预计出货日期), not one that happened?"""
    return any(word in header for word in PLANNED_WORDS)


def planned_apart(mapping: dict[str, int], folded: Sequence[str]) -> None:
    """auto_map's step before the papers: a planned ship-date column beside an actual one (or
    a B/L column) is not the ship date; with no other order-date column it is the order date's,
    each row's papers first (:func:`dates_of`). A planned date alone is left as read."""
    ship = mapping.get("ship_date")
    if ship is None or not planned(folded[ship]):
        return
    order = mapping.get("order_date")
    taken = set(mapping.values())
    actual = order if order is not None and _shipment(folded[order]) else next(
        (i for i, text in enumerate(folded) if i not in taken and _shipment(text)), None)
    if actual is None and "bl_date" not in mapping:
        return
    del mapping["ship_date"]
    if actual is not None:
        mapping["ship_date"] = actual
    if order is None or order == actual:
        mapping["order_date"] = ship


def _shipment(text: str) -> bool:
    return bool(text) and not planned(text) and any(w in text for w in _SHIPMENT_WORDS)


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _far(one: str, other: str) -> bool:
    return abs((_day(one) - _day(other)).days) > AGREE_DAYS


def checked_bl(order: Sequence[str | None], ship: Sequence[str | None],
               bl: Sequence[str | None]) -> tuple[list[str | None], list[Typo]]:
    """Each row's B/L date where it can be one (else None), and the typos left out: a B/L
    before its order date, far from its 出货日期, or far after the sheet's latest date. A sheet
    without a B/L typed, most, pays no row's look (perf55b)."""
    if bl.count(None) == len(bl):
        return list(bl), []
    latest = max((d for d in (*order, *ship) if d), default=None)
    kept: list[str | None] = []
    typos: list[Typo] = []
    for j, (o, s, b) in enumerate(zip(order, ship, bl, strict=True)):
        wrong = b is not None and ((s is not None and _far(b, s)) or (o is not None and b < o)
                                   or (latest is not None and (_day(b) - _day(latest)).days
                                       > LATE_DAYS))
        if wrong and b is not None:
            other, day = ("ship_date", s) if s else ("order_date", o or latest or "")
            typos.append(Typo(j, "bl_date", b, other, day))
        kept.append(None if wrong else b)
    return kept, typos


def agreeing(j: int, typed: dict[str, str]) -> tuple[dict[str, str], list[Typo]]:
    """A row's typed papers (field: ISO day, the order column's first) that agree, and the
    outliers: those more than AGREE_DAYS from the papers' median; of two apart, the first kept."""
    days = sorted(typed.values())
    if len(days) < 2 or not _far(days[0], days[-1]):
        return typed, []
    middle = days[len(days) // 2] if len(days) > 2 else next(iter(typed.values()))
    kept = {n: d for n, d in typed.items() if not _far(d, middle)}
    first = next(iter(kept))
    return kept, [Typo(j, n, d, first, kept[first]) for n, d in typed.items() if n not in kept]


def typo_messages(sheet: str, headers: dict[str, str], typos: Sequence[Typo],
                  numbers: dict[int, int]) -> list[Message]:
    """The import's word on each paper date left out (both languages: the catalog), of the
    taken rows (`numbers`: data row -> sheet row)."""
    return [Message("paper_date_typo", N_(
        "Sheet “{sheet}” row {row}: “{column}” {day} is far from “{other}” {other_day} and "
        "looks mistyped: not read as the row's date."), {
            "sheet": sheet, "row": numbers[t.row], "column": headers[t.field], "day": t.day,
            "other": headers[t.other], "other_day": t.other_day})
            for t in typos if t.row in numbers]
