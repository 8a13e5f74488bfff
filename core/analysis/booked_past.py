"""Whether the money a ledger records after a date A shows that it is booked past A.

A ledger booked past A has every receipt up to A, so overdue days as of A run to A itself
(core.analysis.run.receipts_to), not to the last receipt before it. But one receipt alone may
be a typo: Typo Co's 10,000 typed 2025-07-12 for 05-12, in a ledger whose real receipts end
06-10, moved R to 06-30 and put Oak (due 04-25, unpaid) on the black list at 66 days where 46
is right (rv68g). So money after A shows the ledger booked past A only where something besides
its own day says so: receipts on two or more days or orders after A (two typos alike are
unlikely; a month's money typed is many), an order itself dated after A (its row was typed
after A: the order's date and its money's both say so), a file named for a month after A
(出口台账2025-05.xlsx holds May's money, whatever one receipt says), or, for one receipt, an
order or ship date of the ledger on or after its day (Paid Co's 06-10 in a ledger whose
orders run to 06-30 is among the others; the typo's 07-12 lies beyond them all). A lone
receipt beyond all of that is named in the analysis's notes, so a typo shows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from core.i18n import N_
from core.ledger.tab_month import month_named
from core.messages import Message


def reached(conn: sqlite3.Connection, day: date) -> bool:
    """Whether an order or ship date of the ledger falls on or after `day`: a lone receipt
    dated then lies among the ledger's other dates, not beyond them (the order date's index
    first; the ship dates, unindexed, only for a receipt after every order)."""
    on = {"d": day.isoformat()}
    return conn.execute("SELECT 1 FROM orders WHERE order_date >= :d LIMIT 1", on
                        ).fetchone() is not None or conn.execute(
        "SELECT 1 FROM order_lines WHERE ship_date >= :d LIMIT 1", on).fetchone() is not None


@lru_cache(maxsize=256)
def file_month(file: str) -> tuple[int, int] | None:
    return month_named(file)


def file_after(file: str | None, as_of: date) -> bool:
    """Whether `file` is named for a month after A's (a yearly or unnamed file: no)."""
    month = file_month(file) if file else None
    return month is not None and month > (as_of.year, as_of.month)


class Booked:
    """The money of one day for core.analysis.fingerprints: up to two of its orders, its
    latest order date and the latest month a file it was written from is named for, enough to
    tell whether it alone shows the ledger booked past a month end as After.see does, without
    a tuple per figure (a million lines)."""

    __slots__ = ("orders", "ordered", "month")

    def __init__(self) -> None:
        self.orders: set[int] = set()
        self.ordered = b""
        self.month: tuple[int, int] | None = None

    def add(self, order: int, ordered: bytes, file: bytes | None) -> None:
        if len(self.orders) < 2:
            self.orders.add(order)
        self.ordered = max(self.ordered, ordered)
        month = file_month(file.decode()) if file else None
        if month is not None and (self.month is None or month > self.month):
            self.month = month

    def past(self, end: date) -> bool:
        """Whether this day's money alone shows the ledger booked past `end`."""
        return len(self.orders) > 1 or self.ordered > end.isoformat().encode() or (
            self.month is not None and self.month > (end.year, end.month))


@dataclass
class After:
    """The money seen dated after A: `proven` once it shows the ledger booked past A, else the
    one receipt seen (its day, order id, order number and customer), or none."""

    as_of: date
    proven: bool = False
    day: date | None = None
    order_id: int | None = None
    order_no: str | None = None
    customer_id: int | None = None

    def see(self, day: date, order_id: int, order_no: str | None, customer_id: int,
            ordered: date, file: str | None) -> None:
        """A positive figure dated `day`, after A, on order `order_id` dated `ordered`, of
        the line last written from `file`."""
        if self.proven:
            return
        if ordered > self.as_of or file_after(file, self.as_of) or (
                self.day is not None and (day, order_id) != (self.day, self.order_id)):
            self.proven = True
        elif self.day is None:
            self.day, self.order_id, self.order_no, self.customer_id = (
                day, order_id, order_no, customer_id)

    def join(self, other: After) -> None:
        """`other`'s money too (an excluded customer's: it dates the receipts all the same)."""
        if other.proven:
            self.proven = True
        elif other.day is not None and other.order_id is not None:
            self.see(other.day, other.order_id, other.order_no, other.customer_id or 0,
                     self.as_of, None)

    @property
    def lone(self) -> bool:
        """One receipt after A, and nothing else to show the ledger booked past A."""
        return not self.proven and self.day is not None


def lone_note(after: After | None, as_of: date, receipts: date,
              names: dict[int, str]) -> Message | None:
    """The note naming the one receipt after A that did not move R to A, where R stops
    before A: so a date typed a month wrong (07-12 for 05-12) shows, with where to mend it."""
    if after is None or not after.lone or after.day is None or receipts >= as_of:
        return None
    params = {"day": after.day.isoformat(), "as_of": as_of.isoformat(),
              "receipts": receipts.isoformat(),
              "customer": names.get(after.customer_id or 0, "?"), "order": after.order_no or ""}
    if after.order_no:
        return Message("lone_receipt_after", N_(
            "Only one receipt is dated after {as_of}: {day}, order {order} ({customer}). One "
            "receipt alone does not show that the ledger is booked past {as_of}, so days "
            "overdue are counted to the last receipt before it, {receipts}. If {day} is a "
            "typo, correct it in the ledger and import it again."), params)
    return Message("lone_receipt_after", N_(
        "Only one receipt is dated after {as_of}: {day}, customer {customer} (no order "
        "number). One receipt alone does not show that the ledger is booked past {as_of}, so "
        "days overdue are counted to the last receipt before it, {receipts}. If {day} is a "
        "typo, correct it in the ledger and import it again."), params)
