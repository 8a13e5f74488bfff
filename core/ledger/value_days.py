"""The bank's value day: one wire written on two near days, the clerk's and the bank's.

The window is of banking days: a weekend between is none of the bank's (a clerk's Friday
04-18 and the bank's Monday 04-21 are one banking day apart; wire40). Kept apart from
core.ledger.payment_lines, whose pairing of re-sent payments first asked it: the rules of a
deposit line and its row (core.ledger.order_payments) and of a wire booked again under its
payer (core.ledger.payer_own_first) ask the same window, and payment_lines imports the rows'
readers.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

VALUE_DAYS = 3
_WEEKEND = 5  # date.weekday() of Saturday; Sunday after it


def value_days(one: object, other: object) -> bool:
    """Whether two days (yyyy-mm-dd) are a wire's day as the clerk wrote it and the bank's
    value day: VALUE_DAYS banking days apart at most (the days after the earlier one up to
    the later one, Saturdays and Sundays not counted). The one window every reading of one
    wire on two near days asks (bank_read; core.ledger.lump_wires.near_rows)."""
    return _value_days(str(one)[:10], str(other)[:10])


@lru_cache(maxsize=1 << 14)  # per pair of days: asked per payment × its buyer's sale rows
def _value_days(one: str, other: str) -> bool:
    first, last = sorted(map(date.fromisoformat, (one, other)))
    if (last - first).days > _SPAN:
        return False
    return sum(date.fromordinal(first.toordinal() + step).weekday() < _WEEKEND
               for step in range(1, (last - first).days + 1)) <= VALUE_DAYS


_SPAN = VALUE_DAYS + 2 * (VALUE_DAYS // _WEEKEND + 1)  # calendar days, a weekend a week


@lru_cache(maxsize=1 << 12)
def near_days(day: str) -> frozenset[str]:
    """The other days (yyyy-mm-dd) within value_days of `day`: what a row of that day may be
    looked up by, not weighed against every day of its customer's."""
    at = date.fromisoformat(day[:10])
    return frozenset(near.isoformat() for step in range(-_SPAN, _SPAN + 1) if step
                     and value_days(at, near := date.fromordinal(at.toordinal() + step)))
