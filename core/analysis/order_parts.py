"""What the reading (core.analysis.reading.build) makes of an order's lines besides its loop.

Each distinct day parsed once; what an order says kept once, with its payment terms; the
shipment of a lot shipped on another day than its invoice's own; an excluded customer's
stand-in order and its money kept for the dates alone; and the numbers a payment's note may
name. Each runs once per order, per lot or per customer, not per line: kept apart from the
loop, they cost it nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from core.analysis.dataset import OrderRow, ShipmentRow
from core.analysis.fetch import HISTORY
from core.analysis.wires import Written
from core.ledger.noted_orders import numbers_of
from core.ledger.terms import PaymentTerms, after_sight


class Days(dict[str, date]):
    """ISO text -> date, each distinct day parsed once: a ledger repeats a few thousand days
    over hundreds of thousands of lines."""

    def __missing__(self, text: str) -> date:
        found = self[text] = date.fromisoformat(text)
        return found


def order_says(said: tuple[Any, ...], texts: dict[Any, Any],
               known: dict[tuple[str, int | None, float | None, bool, bool], PaymentTerms]
               ) -> tuple[Any, ...]:
    """What an order says (currency, Incoterm, rung, status, terms as written, credit days,
    deposit and the monthly flag) as it keeps it: one copy of each text (`texts`), and its
    payment terms, one copy of each distinct terms (`known`), None without a rung."""
    currency, incoterm, rung, status, text, credit_days, deposit_pct, monthly = said
    currency, incoterm, rung, status, text = (
        texts.setdefault(currency, currency), texts.setdefault(incoterm, incoterm),
        texts.setdefault(rung, rung), texts.setdefault(status, status),
        texts.setdefault(text, text))
    terms = None
    if rung:
        shape = (rung, credit_days, deposit_pct, bool(monthly), after_sight(rung, text))
        terms = known.get(shape)
        if terms is None:
            terms = known[shape] = PaymentTerms(*shape)
    return currency, incoterm, rung, status, text, terms


def lot_unit(unit: ShipmentRow, ship: date, units: dict[Any, ShipmentRow],
             shipments: list[ShipmentRow]) -> ShipmentRow:
    """The shipment of the invoice's sales line shipped on `ship`, another day than the
    invoice's own (its first ship date written): each part of an order shipped in parts is
    owed, and falls due, from its own ship date, and a part shipping after A is not owed yet.
    Lines without a ship date, cancelled lines and credit notes stay with the invoice's own.
    (The day is the one shared date object of its text: no string of its own per shipment.)"""
    key = (unit.invoice_no or "", ship, unit.currency)
    found = units.get(key)
    if found is None:
        found = units[key] = ShipmentRow(unit.order, unit.invoice_no, lot=ship,
                                         currency=unit.currency)
        shipments.append(found)
    return found


def stand_in(order_id: int, ordered: date) -> ShipmentRow:
    """A stand-in for an excluded customer's order: its money is dated against it, then
    dropped with it."""
    return ShipmentRow(OrderRow(order_id, 0, None, ordered, None, False, "", 0.0, 0.0, False,
                                None, None, None, None, None, None), None)


def dates_only(line_id: int, unit: ShipmentRow, received: float | None, received_on: str | None,
               extra: tuple[Any, ...], days: Days, source: str | None = None) -> Written:
    """An excluded line's money as the reading keeps it, for its dates (currency unused), and
    the file it was written from (whether it shows the ledger booked past A: booked_past)."""
    deposit, deposit_on, balance, balance_on = extra[2:6]
    return (line_id, 0, unit, "", source, received, days[received_on] if received_on else None,
            deposit, days[deposit_on] if deposit_on else None, balance,
            days[balance_on] if balance_on else None, None, False, extra[HISTORY], None)


def noted_numbers(money: list[Written], units: list[ShipmentRow]) -> dict[int, dict[str, str]]:
    """The order and invoice numbers of each customer with a payment whose note may name
    one of its orders (core.ledger.noted_orders): few customers, often none."""
    wanted = {written[1] for written in money if written[-1]}
    if not wanted:
        return {}
    pairs: dict[int, list[tuple[str | None, str | None]]] = {c: [] for c in wanted}
    for unit in units:
        if unit.order.customer_id in wanted:
            pairs[unit.order.customer_id].append((unit.order.order_no, unit.invoice_no))
    return {customer: numbers_of(found) for customer, found in pairs.items()}
