"""What the reading of the window's kept lines (core.analysis.reading.build) makes of them
that does not move with A, kept while the database is unchanged: each order's head, and the
copied-wire check's verdict on each customer (core.analysis.wires.clear_copies).

An order's head is what it says as the reading keeps it: its date, its texts and terms (one
shared copy each) and its rate; an as-of change read them again for every order (77,103 at
100,000 lines).

The check judges a customer's lines alone (customers are independent: it runs in batches of
whole customers), and what it reads of them moves with A only where one of the customer's
dates falls between two as-of dates: a line read from that day on (fetch.cut: its order's
date, or its money's when earlier), an order dated then (an order after A is no order yet),
a ship date (a shipment after A has none yet). A cancelled order's money paid back is judged
at A's own rate (core.analysis.paid_back): its customer holds for no other day. An as-of
change judged every customer of two files again (1,823 customers, 58,162 lines at 100,000
lines: 1.3 s of its 3.95 s under cProfile), each time finding the same. Now a customer none of
whose dates falls between the day it was judged and A keeps its verdict, the others are
judged as before; those found are judged again together, for the order the notes name them
in (as when found in several batches).

And each order made whole at an earlier A (core.analysis.reading.build), with its shipments
and money: an order none of whose dates (its own, its lines' ship dates) is after A is what
the reading makes of its lines at any such A. An as-of change made all 77,103 orders and
71,136 shipments again at 100,000 lines. Not kept: an excluded customer's order, one whose
cancelled money went back (core.analysis.paid_back changes its deposits), and every order of
a customer with a credit note (core.analysis.credited: what a note takes off an order, and
what is left of it that counts as nothing, move with A). What the analysis sets on them at
each A is set again: each shipment's receipts (early_money.attach).

All are kept with the window's kept lines (core.analysis.kept_rows), dropped with them on
any write, and for one `Rates` (the check converts with it, the heads hold its rates; the
customers' merges and exclusions are read with it, core.analysis.run.Source): the source
read again after a write brings new rates, and what was kept goes with the old.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container, Hashable
from datetime import date
from typing import Any

from core.analysis.dataset import OrderRow, ShipmentRow
from core.analysis.fetch import COLUMNS, CREDIT_NOTE_LINE, FLAGS, ORDER_DAY, Fetched
from core.analysis.wire_batches import Judged, Verdict

CUSTOMER, SHIP_DAY = COLUMNS.index("o.customer_id"), COLUMNS.index("l.ship_date")
# an order made whole: its last date (its own, its lines' ship dates), the order, its
# shipments and its lines' money (reading.Written)
Made = tuple[date, OrderRow, list[ShipmentRow], list[tuple[Any, ...]]]


class KeptReading:
    """Each order's head and each customer's last verdict, for the kept lines and one
    `Rates`."""

    def __init__(self, kept: Fetched | None = None) -> None:
        self._kept = kept  # the lines kept, every date's (fetch.cut has dated them)
        self._rates: object = None
        self._seen: dict[int, Verdict] = {}
        self._dates: dict[int, list[str]] | None = None
        self._heads: dict[int, tuple[Any, ...]] = {}
        self._made: dict[int, Made] = {}
        self._credited: frozenset[int] | None = None

    def heads(self, rates: object) -> dict[int, tuple[Any, ...]] | None:
        """Per order, what the reading makes of what it says (core.analysis.reading.build):
        its date, its texts and terms as kept, and its rate; None: no lines kept."""
        if self._kept is None:
            return None
        self._for(rates)
        return self._heads

    def _for(self, rates: object) -> None:
        if rates is not self._rates:
            self._rates, self._seen, self._dates, self._heads = rates, {}, None, {}
            self._made, self._credited = {}, None

    def made(self, rates: object, canonical: dict[int, int]
             ) -> tuple[dict[int, Made], frozenset[int]] | None:
        """The orders made whole before, by id, and the customers (as merged) with a credit
        note line at any date, whose orders are never kept; None: no lines kept."""
        kept = self._kept
        if kept is None:
            return None
        self._for(rates)
        if self._credited is None:
            assert isinstance(kept.rows, list)
            found = {row[CUSTOMER] for row in kept.rows if row[FLAGS] & CREDIT_NOTE_LINE}
            self._credited = frozenset(canonical.get(c, c) for c in found)
        return self._made, self._credited

    def judged(self, rates: object, canonical: dict[int, int], as_of: date,
               moving: Container[int]) -> Judged | None:
        """The verdicts judged with `rates`, and each customer's dates as of A (`moving`:
        those judged at A's own rate); None: no lines kept."""
        kept = self._kept
        if kept is None or kept.read_from is None:
            return None
        self._for(rates)

        def held(customer: int) -> Hashable:
            if self._dates is None:  # asked first by the check of an update store's lines
                self._dates = dates(kept, canonical)
            days = self._dates.get(customer, ())
            return as_of if customer in moving else bisect_right(days, day)

        day = as_of.isoformat()
        return self._seen, held


def dates(kept: Fetched, canonical: dict[int, int]) -> dict[int, list[str]]:
    """Each customer's days its lines change on as A moves, in order (ISO text, as
    fetch.cut compares them: a date in a ledger's text is read as its ISO day first)."""
    assert kept.read_from is not None and isinstance(kept.rows, list)
    iso: dict[str, str] = {}
    found: dict[int, set[str]] = {}
    for row, seen in zip(kept.rows, kept.read_from, strict=True):
        customer = canonical.get(row[CUSTOMER], row[CUSTOMER])
        days = found.get(customer)
        if days is None:
            days = found[customer] = set()
        days.add(seen)
        for text in (row[ORDER_DAY], row[SHIP_DAY]):
            if text:
                day = iso.get(text)
                if day is None:
                    day = iso[text] = date.fromisoformat(text).isoformat()
                days.add(day)
    return {customer: sorted(days) for customer, days in found.items()}


def paid_back_to(money: list[Any], paid_back: list[tuple[int, Any]]) -> set[int]:
    """The customers whose cancelled orders' money went back (`paid_back`: where in
    `money`): judged at A's own rate."""
    return {money[place][1] for place, _ in paid_back}
