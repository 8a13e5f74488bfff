"""The import report's reading of a sheet's deposits beside received figures, judged as the
analysis judges them (core.analysis.wires): by the order's terms, which a clerk often writes
only on its first line, and against the amount `judged_worth` gives (the line's, its
shipment's or its order's). Judged by the line's own blank terms and its 4,000, a 5,000
deposit booked again on the second line of a 10,000 OA order went unnamed (deposit33b).

Lines not shipped are not named: nothing is owed on them whatever the figure is (a row without
a ship date in a sheet with a ship-date column, none on its order, or one whose cell says 未出货,
no due date stated: owed nothing, core.analysis.dataset; named "booked again" before, the
account owing nothing).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
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
    undated_message,
)
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


def sheet_rows(records: list[Record]) -> list[Seen]:
    """A sheet's records as the report judges them (none where no row holds a deposit)."""
    if not any(r[DEPOSIT] for r in records):
        return []  # most sheets
    return [Seen(r[ROW], (r[CUSTOMER_KEY], r[ORDER_NO]) if r[ORDER_NO] else r[ROW],
                 r[CURRENCY], r[AMOUNT], r[PAYMENT_TERMS], r[SHIP_DATE], r[DEPOSIT],
                 r[DEPOSIT_DATE], r[RECEIVED], r[RECEIVED_DATE], received_in(r) == r[CURRENCY],
                 r[SHIP_DATE_KNOWN], r[DUE_DATE] is not None and not r[DUE_DERIVED])
            for r in records]


def deposit_messages(sheet: str, rows: list[Seen]) -> list[Message]:
    """The sheet's rows whose received figure was read as the deposit booked again, and those
    whose deposit has no date beside a figure that could be the balance."""
    rungs: dict[object, str | None] = {}
    orders: Sums = defaultdict(lambda: [0.0, 0])
    shipments: Sums = defaultdict(lambda: [0.0, 0])
    dated = {r.order for r in rows if r.shipped is not None}
    for r in rows:
        if rungs.get(r.order) is None and r.terms:
            terms = parse_payment_terms(r.terms)
            rungs[r.order] = terms.rung if terms else None
        for sums in orders[r.order, r.currency], shipments[r.order, r.currency, r.shipped]:
            sums[0] += r.amount or 0.0
            sums[1] += bool(r.deposit)
    again: list[int] = []
    undated: list[int] = []
    for r in rows:
        received, deposit, day, shipped = r.received, r.deposit, r.received_day, r.shipped
        if not deposit or received is None or day is None or not r.same_currency \
                or shipped is None and not r.due_stated and (
                    r.ship_column == SHIP_SAID_NOT_YET or r.ship_column and r.order not in dated):
            continue  # nothing to judge, or a line not shipped: nothing owed on it
        worth = judged_worth(r.amount, orders[r.order, r.currency],
                             shipments[r.order, r.currency, shipped])
        rung, held_on = rungs.get(r.order), r.deposit_day
        unshipped = r.ship_column == SHIP_SAID_NOT_YET
        if held_on is None:
            if beside(received, deposit, worth) != APART \
                    and beside(received, deposit, worth, True) == APART \
                    and balance_likely(day, _before(day), shipped, rung, unshipped):
                undated.append(r.row)
        elif str(day) > str(held_on) and rebooked(received, deposit, worth, True, balance_likely(
                day, held_on, shipped, rung, unshipped)):
            again.append(r.row)
    return rebooked_message(sheet, again) + undated_message(sheet, undated)


def _before(day: date | str) -> date:
    """A deposit day far enough before `day` that only the terms and shipment decide."""
    return (date.fromisoformat(day) if isinstance(day, str) else day) \
        - timedelta(days=REBOOK_DAYS)
