"""A stored payment line as the rules on payments re-sent by a later file see it.

Two rules pair an earlier file's payment with one this file writes in its stead: a payment
re-sent at its place with its sum or day corrected (core.ledger.corrected_payments) and one
moved to the right customer or invoice (core.ledger.moved_payments). They read lines alike, judge a
pair alike and name it in the report alike: one reading here, not two that drift apart.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from core.ledger.keys import DESCRIBED, PAID, SUM
from core.ledger.normalise import fold
from core.ledger.order_buyers import SHARED_SHOWN
from core.messages import Listed, Message, Noted

Written = Callable[[], Iterable[tuple[str, int, str]]]  # (sheet, row, line key) of each row
MARK = PAID + SUM  # a payment keyed by its sum
COLUMNS = ("l.id, l.line_key, l.order_id, o.customer_id, o.order_key, l.source_file, "
           "l.source_sheet, l.source_row, l.received_amount, l.received_date, l.notes")
_LINES = (f"SELECT {COLUMNS} FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE ")
Place = tuple[str | None, int, str]  # sheet, customer id, order key (or "" without number)


class Stored(NamedTuple):
    """A stored payment line, and where its row stood."""

    id: int
    key: str
    order_id: int
    place: Place
    source: str | None
    row: int
    received: float | None  # None: cleared by the import (core.ledger.receipts)
    day: str | None
    notes: str | None


class Pair(NamedTuple):
    old: Stored
    new: Stored


def stored(row: Sequence[Any]) -> Stored:
    """A line of a query selecting COLUMNS (first)."""
    i, key, order, customer, okey, source, sheet, number, received, day, notes = row[:11]
    return Stored(i, key, order, (sheet, customer, "" if okey.startswith(DESCRIBED) else okey),
                  source, number or 0, received, day, notes)


def lines(conn: sqlite3.Connection, where: str, *params: object) -> list[Stored]:
    return [stored(row) for row in conn.execute(_LINES + where, params)]


def kept(pair: Pair) -> bool:
    """A correction changes the sum or the day, not both: another sum on another day at the
    place is as likely a later payment (a month's file carrying every open invoice)."""
    return pair.new.day == pair.old.day or same_sum(pair)


def sure(pair: Pair) -> bool:
    """Whether the rows vouch for a correction: one that kept the day or sum, and, re-dated,
    not giving another reference than the first (TT-1 of 04-20, TT-9 of 04-28, each of the
    same sum, are as likely two wires: a list of payments missed in April's file gave TT-9,
    and TT-1 was dropped as its date corrected, break33d). A sum corrected on its day may
    say why in a new note (扣手续费)."""
    old, new = fold(pair.old.notes or ""), fold(pair.new.notes or "")
    return kept(pair) and (pair.new.day == pair.old.day or not (
        old and new and old not in new and new not in old))


def likeliest(alike: list[Pair]) -> list[Pair]:
    """Of several new payments at an earlier one's place that kept its day or sum, the ones
    the rows themselves point to, or none (the place's rank decides): the one giving its note
    (a wire's reference), else, where each kept the sum and none the day (a date corrected),
    those of the nearest day. A payment re-dated 04-10 → 04-12 was paired by its rank with
    the month's new wire of its sum on 05-10 (pay33). Two of one day there are two real
    payments, both kept: the earlier one is named with each, not replaced."""
    if len(alike) < 2:
        return []
    note = fold(alike[0].old.notes or "")
    noted = [pair for pair in alike if note and fold(pair.new.notes or "") == note]
    if len(noted) == 1:
        return noted
    if any(pair.new.day == pair.old.day or not pair.new.day or not pair.old.day
           for pair in alike):  # no day to be near by (a line stored without one)
        return []
    apart = {id(pair): _days(pair) for pair in alike}
    near = min(apart.values())
    return [pair for pair in alike if apart[id(pair)] == near]


def _days(pair: Pair) -> int:
    return abs((date.fromisoformat(str(pair.new.day)[:10])
                - date.fromisoformat(str(pair.old.day)[:10])).days)


def same_sum(pair: Pair) -> bool:
    return abs((pair.new.received or 0.0) - (pair.old.received or 0.0)) < 0.005


def per_sheet(code: str, template: str, pairs: list[Pair], said: Callable[[Pair], Noted]
              ) -> list[Message]:
    """One note a sheet, its pairs listed by `said`, in the order of their rows."""
    sheets: dict[str, list[Pair]] = {}
    for pair in sorted(pairs, key=lambda p: (str(p.new.place[0]), p.new.row)):
        sheets.setdefault(str(pair.new.place[0]), []).append(pair)
    return [Message(code, template, {"sheet": sheet, "count": len(found),
                                     "rows": Listed(list(map(said, found)), SHARED_SHOWN)})
            for sheet, found in sheets.items()]
