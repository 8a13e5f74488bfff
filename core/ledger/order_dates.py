"""An order's date across files: the first known order date, not the latest row's.

Clerks list an open order again in a later month's file, often with that file's date in the
order-date cell (the day the row was copied, not the day the buyer ordered). Read as any
filled value is (a later file's value replaces the stored one), March's order L-1 of 03-10,
re-listed on May's file dated 05-02, became a May order: its due date (counted from the order
date where no ship date is written) moved from 04-09 to 06-01, and a buyer paying on 05-25,
46 days late, read as paying on time.

So a stored order keeps its date when a later file dates it later (as the rows of one file
do: core.ledger.orders.Order.add keeps the earliest), and so does a stored line's due date
where the row's is only counted from that later date; the import report names such orders,
but not one the file sells nothing of: April's 退货 list refunding 1,500 of March's PO-1, or
a credit note of it, dated 04-20, is no listing of PO-1 again (before: "listed again with a
later order date", note43).
An earlier date replaces the stored one (March's file imported after May's gives the order its
March date, as in the order of the months).

The one clear correction: the file that wrote the order's date, imported again (its name
imported before from this folder only, core.ledger.own_rows.corrects_here; the order's
date_import_id an import of that name) - the clerk fixed 03-10 to 03-12 and imported the
file again, whatever other files have written the order since (before, May's file adding a
line to the order made March's fix of a typo 03-03 to 03-30 a later date, kept out). Any
other later date is kept out and said: a new order reusing an old number needs a number of
its own; a first date that was wrong is corrected in the file that wrote it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.i18n import NP_
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.order_sums import Order
from core.ledger.record import CARRY_FORWARD, CUSTOMER, ORDER_NO, ROW, SHEET, SHIP_DATE, Record
from core.ledger.row_places import at_row
from core.ledger.writer_sql import KEYS_PER_QUERY, O_DATE
from core.messages import Listed, Message

# orders (by key) whose date an import of the file name ?1 wrote (schema 16: date_import_id)
_WRITTEN_BY = (
    "SELECT o.order_key FROM orders o JOIN imports d ON d.id = o.date_import_id "
    "WHERE d.file_name = ?1 AND o.order_key IN ({})")


@dataclass(frozen=True)
class OrderRow:
    """An order a note names: its number (or customer), its date as stored, the row that
    first names it in the file, and (an order the file dates later) the file's date."""

    order: str
    date: str
    sheet: str
    row: int
    later: str = ""
    own: bool = False  # its first date from an earlier import of this file's name (rv52a)
    shipped: bool = False  # a carried row of its own ship date: none estimated (acct52j)


def later(stored: str, new: str | None) -> bool:
    """Does the file date the stored order later than its first known date?"""
    return new is not None and new > stored


def corrected(conn: sqlite3.Connection, here: bool, file_name: str, keys: Sequence[str],
              per_query: int = KEYS_PER_QUERY) -> set[str]:
    """Of the stored orders `keys` this file dates later, those it corrects: the file wrote
    their dates and is imported again (`here`: core.ledger.own_rows.corrects_here)."""
    if not here or not keys:
        return set()
    found: set[str] = set()
    for start in range(0, len(keys), per_query):
        part = list(keys[start:start + per_query])
        found.update(key for (key,) in conn.execute(
            _WRITTEN_BY.format(",".join("?" * len(part))), [file_name, *part]))
    return found


class FileDates:
    """What a file's orders' dates come to, sheet by sheet as the writer meets each order's
    first row (core.ledger.writer): the stored orders it dates later, kept at their first
    date, and the new ones known only from carried rows, each by its rank in the file."""

    def __init__(self, here: bool, file_name: str) -> None:
        self.here, self.file_name = here, file_name
        self._later: list[tuple[int, OrderRow]] = []
        self._carried_only: list[tuple[int, OrderRow]] = []
        # by rank, a stored order's first date where the file dates it later: the date kept
        # (the writer's merge_line asks; apart from Order, as line_ids.Numbered: perf66b)
        self.first_dates: dict[int, str] = {}

    def read(self, conn: Callable[[], sqlite3.Connection],
             firsts: Sequence[tuple[Order, Record]], stored: Mapping[str, Sequence[Any]]
             ) -> None:
        """Orders with their first rows, and the stored values of those stored (by key): a
        stored order dated later takes its first date back (`first_dates` says so).
        `conn` gives the connection once the writer's batches are written: asked only where
        a stored order is dated later and the file may correct it (perf52: a tab's orders
        not made to wait for the last tab's lines, most tabs, every tab of a first import)."""
        dated = [o.key for o, _ in firsts if o.key in stored and not o.only_repeated
                 and later(stored[o.key][O_DATE], o.order_date)]
        # this name wrote them: a copy (acct52e); the connection asked only where one is dated
        own = corrected(conn(), True, self.file_name, dated) if dated else set()
        fixed = own if self.here else set()
        later_dated = set(dated)
        for order, record in firsts:
            old = stored.get(order.key)
            if old is None and not record[CARRY_FORWARD]:
                continue  # a new order no carried row lists (a first import's every one)
            name = str(record[ORDER_NO] or record[CUSTOMER])
            if old is None and order.only_repeated and record[CARRY_FORWARD]:
                self._carried_only.append((order.rank, OrderRow(
                    name, order.order_date, record[SHEET], record[ROW],
                    shipped=record[SHIP_DATE] is not None)))
            elif order.key in later_dated and order.key not in fixed:
                assert old is not None  # dated holds stored orders only
                if order.sales:  # a return's or a credit note's row lists no order again
                    self._later.append((order.rank, OrderRow(
                        name, old[O_DATE], record[SHEET], record[ROW], order.order_date,
                        order.key in own)))
                order.order_date = self.first_dates[order.rank] = old[O_DATE]

    def named(self) -> tuple[list[OrderRow], list[OrderRow]]:
        """The orders dated later and those known only from carried rows, in the file's order."""
        return ([row for _, row in sorted(self._later, key=lambda p: p[0])],
                [row for _, row in sorted(self._carried_only, key=lambda p: p[0])])


def later_date_messages(kept: Iterable[OrderRow]) -> list[Message]:
    """One note naming the stored orders a file dated later, kept at their first date."""
    kept = list(kept)
    other = [k for k in kept if not k.own]
    return [*_later_dates([k for k in kept if k.own], NP_(
        "{count} order already in the ledger is listed again with a later order date: its "
        "first date, read by an earlier import of a workbook of this same name, is kept, and "
        "its due date and lateness count from it: {rows} (first date / this file's). If the "
        "row is a new order, give it a number of its own; an order only moved to a later "
        "month keeps its first date, as a later copy of the workbook dates no order later.",
        "{count} orders already in the ledger are listed again with later order dates: their "
        "first dates, read by earlier imports of a workbook of this same name, are kept, and "
        "their due dates and lateness count from them: {rows} (first date / this file's). If "
        "a row is a new order, give it a number of its own; an order only moved to a later "
        "month keeps its first date, as a later copy of the workbook dates no order later.")),
        *_later_dates(other, NP_(
        "{count} order already in the ledger is listed again with a later order date: its "
        "first date is kept, and its due date and lateness count from it: {rows} (first "
        "date / this file's). If the row is a new order, give it a number of its own; if the "
        "first date was wrong, correct it in the file that first listed the order and import "
        "that file again.",
        "{count} orders already in the ledger are listed again with later order dates: their "
        "first dates are kept, and their due dates and lateness count from them: {rows} "
        "(first date / this file's). If a row is a new order, give it a number of its own; "
        "if a first date was wrong, correct it in the file that first listed the order and "
        "import that file again."))]


def _later_dates(kept: list[OrderRow], text: str) -> list[Message]:
    return [Message("later_order_dates", text, {"count": len(kept), "rows": Listed(
        [at_row(k.order, k.sheet, k.row, f"{k.date} / {k.later}") for k in kept],
        SHARED_SHOWN)})] if kept else []


def carried_only_messages(orders: Iterable[OrderRow]) -> list[Message]:
    """One note naming the orders a file brings only on carried-forward rows (a firm's first
    file, or a month's file skipped): the ledger knows no line of their own, so each reads as
    its row says (core.ledger.line_values.inserted)."""
    orders = list(orders)
    if not orders:
        return []
    if all(o.shipped for o in orders):  # no shipment estimated: not said (acct52j)
        return [Message("carried_only_orders", NP_(
            "{count} order not in the ledger before is known only from carried-forward rows: "
            "read as an order of the row's date, for the amount the row says (the order's "
            "total or what is left of it), with the money and the ship date the row says: "
            "{rows}. Import the file that first listed it to give it its own lines and date.",
            "{count} orders not in the ledger before are known only from carried-forward "
            "rows: each read as an order of its row's date, for the amount the row says (the "
            "order's total or what is left of it), with the money and the ship date the row "
            "says: {rows}. Import the files that first listed them to give them their own "
            "lines and dates."), _carried_rows(orders))]
    return [Message("carried_only_orders", NP_(
        "{count} order not in the ledger before is known only from carried-forward rows: "
        "read as an order of the row's date, for the amount the row says (the order's total "
        "or what is left of it), with the money the row says was received; with no ship date "
        "on the row, its shipment is estimated from that date: {rows}. Import the file that "
        "first listed it to give it its own lines and date.",
        "{count} orders not in the ledger before are known only from carried-forward rows: "
        "each read as an order of its row's date, for the amount the row says (the order's "
        "total or what is left of it), with the money the row says was received; with no "
        "ship date on the row, its shipment is estimated from that date: {rows}. Import the "
        "files that first listed them to give them their own lines and dates."),
        _carried_rows(orders))]


def _carried_rows(orders: list[OrderRow]) -> dict[str, object]:
    return {"count": len(orders), "rows": Listed(
        [at_row(o.order, o.sheet, o.row, o.date) for o in orders], SHARED_SHOWN)}
