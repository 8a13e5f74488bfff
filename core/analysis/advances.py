"""Money a row of its own says is a deposit or advance for an order not placed yet (fix52o).

A clerk books a new order's deposit before the order is written (备注 "新订单定金已收，金额待
定", "客户预付款，订单未下": core.ledger.prepaid_rows reads it as money received). Credit on
account, it paid the buyer's older unpaid invoice (rv52c: 8,000 open -> 5,000, the deposit
belonging to the new order). Money that says it is a deposit (core.ledger.record.
DEPOSIT_SAID) on a row naming no order is held for the next order placed on or after its day: it pays that order's invoices once
shipped and is held against them before (Lumière's 30,000 advance takes its April order), the
rest the order after it; what no order takes yet stays held (deposits held), never paying an
older invoice. Money on such a row saying no deposit (收款, 到账) is credit as before.
"""

from __future__ import annotations

from collections.abc import Callable

from core.analysis.account import EPS, Entry, Invoice, allocate
from core.analysis.dataset import ShipmentRow
from core.analysis.due_dates import Shipment

Hold = Callable[[Entry, list[Invoice]], None]


def is_advance(unit: ShipmentRow) -> bool:
    """Is this a row of money naming no order that says it is a deposit?"""
    return unit.said_deposit and unit.amount == 0 and unit.order.order_no is None


def place_advances(advances: list[Entry], units: list[ShipmentRow],
                   shipments: list[Shipment], invoices: list[Invoice], hold: Hold,
                   convert: Callable[..., float | None], band: float,
                   ahead_money: list[Entry]) -> set[tuple[str, str]]:
    """Spend each advance on the orders placed on or after its day, in order; what is left is
    held (`ahead_money` extended). The currency pairs no rate converted."""
    unconverted: set[tuple[str, str]] = set()
    later = sorted(((invoice.order_date, invoice.order_id, n) for n, (unit, invoice) in
                    enumerate(zip(units, invoices, strict=True))
                    if unit.amount > 0 and not unit.order.cancelled))
    for entry in sorted(advances, key=lambda e: e.rate_day):
        for ordered, _, n in later:
            if entry.left < EPS:
                break
            if ordered < entry.rate_day:
                continue  # an older order: not what the deposit is for
            if shipments[n].shipped:
                unconverted |= allocate([invoices[n]], [entry], convert, band)
            else:
                hold(entry, [invoices[n]])
        if entry.left >= EPS:
            ahead_money.append(Entry(entry.left, entry.currency, entry.day, entry.rate_day,
                                      entry.kind))
            entry.left = 0.0
    return unconverted
