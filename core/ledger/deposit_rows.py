"""The import report's reading of a sheet's deposits beside received figures, judged as the
analysis judges them (core.analysis.wires): by the order's terms, which a clerk often writes
only on its first line, and against the amount `judged_worth` gives (the line's, its
shipment's or its order's). Judged by the line's own blank terms and its 4,000, a 5,000
deposit booked again on the second line of a 10,000 OA order went unnamed (deposit33b).

Lines not shipped are not named: nothing is owed on them whatever the figure is (a row without
a ship date in a sheet with a ship-date column, none on its order, or one whose cell says 未出货,
no due date stated: owed nothing, core.analysis.dataset; named "booked again" before, the
account owing nothing).

A figure that could be the total or the balance (`beside_deposit.unclear`) is judged against the
same amount: against its line's alone, 5,000 received beside a 3,000 deposit on the 6,000 line
of a 10,000 order read as the total for sure and went unnamed, where the analysis, judging
against the order, could not tell (recv34). And an order is the file's, not one sheet's
(`FileOrders`): its lines on another tab (a tab a month, the second lot on next month's) count
for its amount, its shipments and its terms, each line once however many tabs repeat it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import chain
from typing import NamedTuple

from core.ledger.beside_deposit import (
    APART,
    REBOOK_DAYS,
    Day,
    balance_likely,
    beside,
    judged_worth,
    rebooked,
    rebooked_message,
    unclear,
    unclear_message,
    undated_message,
)
from core.ledger.held_sheets import HeldSheets
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER_KEY,
    DEPOSIT,
    DEPOSIT_DATE,
    DUE_DATE,
    DUE_DERIVED,
    ORDER_NO,
    PAYMENT_TERMS,
    RECEIVED,
    RECEIVED_DATE,
    ROW,
    SHEET,
    SHIP_DATE,
    SHIP_DATE_KNOWN,
    SHIP_SAID_NOT_YET,
    Record,
    received_in,
)
from core.ledger.terms import parse_payment_terms
from core.messages import Message

Sums = dict[object, list[float]]  # key -> [amount, deposits]


class Seen(NamedTuple):
    """What the report judges of one row: its number, its order (a row without an order
    number: its own), currency, amount, terms as written, ship date, deposit and received
    figure with their days, and whether the received figure is in the row's currency."""

    row: int
    order: object
    currency: str
    amount: float | None
    terms: str | None
    shipped: Day
    deposit: float | None
    deposit_day: Day
    received: float | None
    received_day: Day
    same_currency: bool
    ship_column: int  # SHIP_DATE_KNOWN: 0 no ship-date column, SHIP_SAID_NOT_YET said not yet
    due_stated: bool  # the ledger states the row's due date (not derived from its terms)
    line: object = None  # its line's key: a later tab repeating it shows the same line


class FileOrders:
    """The orders of a file's rows as the report judges a deposit against them: each order's
    terms (its first that read), its amount and deposits, and each shipment's (a ship date's
    lines), summed over every sheet given, a line repeated on a later tab once (its highest
    amount, its last ship date and whether any showing holds a deposit, as the line is
    stored: core.ledger.line_values)."""

    def __init__(self, rows: Iterable[Seen]) -> None:
        self.rungs: dict[object, str | None] = {}
        self.orders: Sums = defaultdict(lambda: [0.0, 0])
        self.shipments: Sums = defaultdict(lambda: [0.0, 0])
        lines: dict[object, list] = {}
        for n, r in enumerate(rows):
            if self.rungs.get(r.order) is None and r.terms:
                terms = parse_payment_terms(r.terms)
                self.rungs[r.order] = terms.rung if terms else None
            line = lines.get(r.line) if r.line is not None else None
            if line is None:
                lines[n if r.line is None else r.line] = [r.order, r.currency, r.shipped,
                                                          r.amount or 0.0, bool(r.deposit)]
            else:
                line[2] = r.shipped if r.shipped is not None else line[2]
                line[3] = max(line[3], r.amount or 0.0)
                line[4] = line[4] or bool(r.deposit)
        self.dated = {order for order, _, shipped, _, _ in lines.values() if shipped is not None}
        for order, currency, shipped, amount, deposit in lines.values():
            for sums in self.orders[order, currency], self.shipments[order, currency, shipped]:
                sums[0] += amount
                sums[1] += deposit

    def worth(self, r: Seen) -> float | None:
        """What the row's deposit is judged against (beside_deposit.judged_worth)."""
        return self.worth_at(r.order, r.currency, r.shipped, r.amount)

    def worth_at(self, order: object, currency: str, shipped: Day, amount: float | None
                 ) -> float | None:
        """What a deposit on a line of `amount` of the order's shipment is judged against."""
        if (order, currency) not in self.orders:
            return amount  # an order holding no deposit in the file: its line's
        return judged_worth(amount, self.orders[order, currency],
                            self.shipments[order, currency, shipped])

    def line_worth(self, record: Record, amount: float) -> float | None:
        """The same for the line a record writes, worth `amount` (the writer's re-dated
        check, beside_deposit.redated_reading: judged against the first shipment's 6,000, a
        deposit re-dated on an order shipped in two parts went unnamed, recv34)."""
        return self.worth_at(_order(record), record[CURRENCY], record[SHIP_DATE], amount)


def sheet_rows(records: list[Record], keys: list[str] | None = None,
               orders: set[object] | None = None) -> list[Seen]:
    """A sheet's records as the report judges them (none where no row holds a deposit);
    `keys`: their line keys; `orders`: only the rows of these orders (another sheet's
    deposits), every row where not given."""
    if orders is None and not any(r[DEPOSIT] for r in records):
        return []  # most sheets
    return [Seen(r[ROW], order, r[CURRENCY], r[AMOUNT], r[PAYMENT_TERMS], r[SHIP_DATE],
                 r[DEPOSIT], r[DEPOSIT_DATE], r[RECEIVED], r[RECEIVED_DATE],
                 received_in(r) == r[CURRENCY], r[SHIP_DATE_KNOWN],
                 r[DUE_DATE] is not None and not r[DUE_DERIVED], keys[n] if keys else None)
            for n, r in enumerate(records)
            if (order := _order(r)) is not None and (orders is None or order in orders)]


def deposit_orders(records: list[Record]) -> set[object]:
    """The orders of a sheet's rows holding a deposit."""
    return {_order(r) for r in records if r[DEPOSIT]}


def _order(record: Record) -> object:
    """A row's order as the report judges it: its customer's number, else the row itself."""
    return (record[CUSTOMER_KEY], record[ORDER_NO]) if record[ORDER_NO] \
        else (record[SHEET], record[ROW])


def deposit_messages(sheet: str, rows: list[Seen], orders: FileOrders | None = None
                     ) -> list[Message]:
    """The sheet's rows whose received figure could be the total or the balance, those read
    as the deposit booked again, and those whose deposit has no date beside a figure that
    could be the balance; `orders`: the file's (by this sheet's rows where not given)."""
    if orders is None:
        orders = FileOrders(rows)
    either = [r.row for r in rows if r.deposit and unclear(r.received, r.deposit,
                                                           orders.worth(r), r.same_currency)]
    again: list[int] = []
    undated: list[int] = []
    for r in rows:
        received, deposit, day, shipped = r.received, r.deposit, r.received_day, r.shipped
        if not deposit or received is None or day is None or not r.same_currency \
                or shipped is None and not r.due_stated and (
                    r.ship_column == SHIP_SAID_NOT_YET
                    or r.ship_column and r.order not in orders.dated):
            continue  # nothing to judge, or a line not shipped: nothing owed on it
        worth = orders.worth(r)
        rung, held_on = orders.rungs.get(r.order), r.deposit_day
        unshipped = r.ship_column == SHIP_SAID_NOT_YET
        if held_on is None:
            if beside(received, deposit, worth) != APART \
                    and beside(received, deposit, worth, True) == APART \
                    and balance_likely(day, _before(day), shipped, rung, unshipped):
                undated.append(r.row)
        elif str(day) > str(held_on) and rebooked(received, deposit, worth, True, balance_likely(
                day, held_on, shipped, rung, unshipped)):
            again.append(r.row)
    return unclear_message(sheet, either) + rebooked_message(sheet, again) \
        + undated_message(sheet, undated)


def _before(day: date | str) -> date:
    """A deposit day far enough before `day` that only the terms and shipment decide."""
    return (date.fromisoformat(day) if isinstance(day, str) else day) \
        - timedelta(days=REBOOK_DAYS)


def file_deposits(held: HeldSheets, deposits: list[tuple[int, int]], unread: list[Message]
                  ) -> FileOrders:
    """The notes on the deposits of a file's sheets holding one (`deposits`: each sheet's
    place among the `held` and where its notes go in `unread`), each in its sheet's place,
    judged against their orders' rows on every sheet, and those orders: judged by its own
    sheet's, an order whose second lot a later tab lists was judged by its first alone."""
    orders = set().union(*(deposit_orders(held.sheets[n].unpacked()[0]) for n, _ in deposits))
    rows = [sheet_rows(records, groups.keys, orders) for _, records, groups in held]
    judged = FileOrders(chain.from_iterable(rows))
    for number, at in reversed(deposits):
        unread[at:at] = deposit_messages(held.sheets[number].name, rows[number], judged)
    return judged
