"""A shipping paper's date typed wrong, and a planned ship date, are no ship date.

A clerk types the bill of lading's date (提单日期) by hand: 2024-03-25 for 2025-03-25, or
2026-03-25 a year late. Read as the ship date, a B/L a year late left Beta's 10,000 unpaid
"no ship date" (open 0, on no list) and one a year early made Alpha's 57 days watch 417 days
black (rv54d d1). A B/L before its row's order date, more than :data:`AGREE_DAYS` before its
出货日期, or typed a year late is a typo: the row's 出货日期 stands and the import names the
row. A year late is past the sheet's latest order or ship date (:data:`LATE_DAYS` past it
where no 出货日期 is typed); in a tab named for a month, whose latest date is only its
month's, :data:`YEAR_LATE_DAYS` after the row's order (rv55a s07b: a January project's B/L of
08-05 is its sailing). A B/L far after its 出货日期 within the sheet's dates is a sailing
delayed past the day planned at order (s07a), and a few days before it is kept too (a clerk's
出货 may be the customs day, 报关).

A sheet dated by its papers (no order-date column) took each row's earliest paper: a B/L typed
2024-04-02 beside its invoice of 2025-03-25 moved 10,000 out of the 12 months' revenue and made
49 days watch 409 black (d2). Only the papers that agree (within :data:`AGREE_DAYS` of their
median) count; an outlier is named and left out.

A planned ship date (预计出货日期, 计划出货日期, planned) is a plan, not a shipment: beside an
actual one (实际出货日期) it is never the ship date, beside a B/L only where a row's note
says it shipped (:func:`shipped_as_noted`); with no order-date column it
dates an order only where no paper is typed, an order not shipped yet (d3: Beta's delayed
10,000 skipped "no order date"; Gamma's open counted from its plan). ETD is left as read
(core.ledger.unsent_lots.dated_elsewhere: an ETD typed beside 出货日期 is a shipment).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from core.i18n import N_
from core.ledger.fields import SYNONYMS
from core.ledger.normalise import fold, fold_header, says_shipped, says_unshipped
from core.ledger.yearless import NamedYear, yearless_date
from core.messages import Message

AGREE_DAYS = 60  # a row's papers (invoice, 出货日期, B/L) lie within this many days of each other
# a B/L this long after the sheet's latest order or ship date is a year typed wrong (a sheet's
# orders may ship months later: their B/L is no typo)
LATE_DAYS = 180
# in a tab named for a month, a B/L this long after its row's order is a year typed wrong (a
# year, less the days a row's papers may lie apart)
YEAR_LATE_DAYS = 365 - AGREE_DAYS
PLANNED_WORDS = ("预计", "计划", "预定", "planned", "estimated", "expected", "scheduled")
# a note's day (3/20, 3月20日, 2025-03-20) and its word of a shipment held back
_NOTED_DAY = re.compile(r"(?<!\d)(?:(20\d\d)\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_DELAYED = re.compile(r"延迟|推迟|延期|delay|postpone")
_GONE = re.compile(r"已经?走")  # 已走货, 3/20已走 (normalise.says_shipped says the rest)
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
    each row's papers first (:func:`dates_of`). A planned date alone is left as read, and so is
    one beside an order date and a B/L only: its rows ship by their B/L, else by their notes
    (:func:`shipped_as_noted`)."""
    ship = mapping.get("ship_date")
    if ship is None or not planned(folded[ship]):
        return
    order = mapping.get("order_date")
    taken = set(mapping.values())
    actual = order if order is not None and _shipment(folded[order]) else next(
        (i for i, text in enumerate(folded) if i not in taken and _shipment(text)), None)
    if actual is None and ("bl_date" not in mapping or order is not None):
        return
    del mapping["ship_date"]
    if actual is not None:
        mapping["ship_date"] = actual
    if order is None or order == actual:
        mapping["order_date"] = ship


def shipped_as_noted(order: Sequence[str | None], plan: Sequence[str | None],
                     notes: Sequence[str | None]) -> list[str | None]:
    """Each row's ship date from a planned column beside a B/L one, where its B/L is not typed:
    a row whose note says it shipped (空运，3/20已发; 已出货; shipped) on the day the note names,
    else on its plan; any other row (no note, 未发, 待发, 延迟) not shipped. The B/L is typed for
    sea freight only: Alpha's air shipment of 03-20 (OA 30, 10,000 unpaid) was no sale due,
    0 open, where it is 72 days black at 06-30 (rv55a s09)."""
    return [_noted_day(n, p, o) if n and _shipped(fold(n)) else None
            for o, p, n in zip(order, plan, notes or [None] * len(plan), strict=True)]


def _shipped(note: str) -> bool:
    return not _DELAYED.search(note) and (says_shipped(note) or bool(
        _GONE.search(note) and not says_unshipped(note)))


def _noted_day(note: str, plan: str | None, order: str | None) -> str | None:
    """The day a note says its row shipped (a year's only where it names one, else the one
    nearest the plan's month), not before its order; else the plan's."""
    base = plan or order
    said = _NOTED_DAY.search(fold(note))
    if said is None or base is None:
        return plan
    day = yearless_date(f"{said[2]}月{said[3]}日", "mdy", NamedYear(
        int(said[1]) if said[1] else _day(base).year, None if said[1] else _day(base).month))
    return plan if day is None or (order is not None and day.isoformat() < order) else (
        day.isoformat())


def _shipment(text: str) -> bool:
    return bool(text) and not planned(text) and any(w in text for w in _SHIPMENT_WORDS)


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _far(one: str, other: str) -> bool:
    return abs((_day(one) - _day(other)).days) > AGREE_DAYS


def checked_bl(order: Sequence[str | None], ship: Sequence[str | None],
               bl: Sequence[str | None], monthly: bool = False
               ) -> tuple[list[str | None], list[Typo]]:
    """Each row's B/L date where it can be one (else None), and the typos left out: a B/L
    before its order date, far before its 出货日期, or late: far after its 出货日期 and past the
    sheet's latest date, or far after that latest date (`monthly`, a tab named for a month:
    a year after its order, the tab's latest date being only its month's)."""
    latest = max((d for d in (*order, *ship) if d), default=None)
    kept: list[str | None] = []
    typos: list[Typo] = []
    for j, (o, s, b) in enumerate(zip(order, ship, bl, strict=True)):
        wrong = b is not None and ((o is not None and b < o) or (s is not None and b < s and _far(
            b, s)) or _late(b, o or s, latest, monthly, s is not None and _far(b, s)))
        if wrong and b is not None:
            other, day = ("ship_date", s) if s else ("order_date", o or latest or "")
            typos.append(Typo(j, "bl_date", b, other, day))
        kept.append(None if wrong else b)
    return kept, typos


def _late(bl: str, own: str | None, latest: str | None, monthly: bool, delayed: bool) -> bool:
    """Is a B/L typed a year late? A sailing delayed past its 出货日期 (the day planned at order,
    never updated) is the day terms run from while it stays within the sheet's dates (rv55a
    s07a: 10,000 34 days watch, not 108 black from the plan); a month's tab is no bound on a
    project shipping months after its order (s07b: a January order's B/L of 08-05 kept)."""
    if monthly and own is not None:
        return (_day(bl) - _day(own)).days > YEAR_LATE_DAYS
    if latest is None:
        return False
    return bl > latest if delayed else (_day(bl) - _day(latest)).days > LATE_DAYS


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
