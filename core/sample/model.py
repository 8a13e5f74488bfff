"""The ledger's facts, independent of how the firm behaves or how the clerk lays them out.

Both the simulation (`firm.py`, `payments.py`) and the writer (`workbook.py`) work on these.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from core.sample.catalog import USD_PER_UNIT
from core.sample.customers import Customer

SAMPLE_YEAR = 2025
YEAR_END = date(SAMPLE_YEAR, 12, 31)
CANCELLED_STATUSES = ("已取消", "已取消", "作废")
DISPUTE_STATUS = "质量纠纷"


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass
class Line:
    """One product line of an order; the unit that ships."""

    product: str
    qty: int
    price: float
    amount: float
    cost: float
    lot: int = 0
    amount_text: str | None = None  # the clerk typed the amount as text


@dataclass
class Shipment:
    """One invoice: a lot of the order's lines, with its own due date and receipts."""

    amount: float
    ship_date: date | None = None
    invoice_no: str | None = None
    due_date: date | None = None
    receipts: list[tuple[date, float]] = field(default_factory=list)
    never_paid: bool = False

    def received(self, as_of: date) -> tuple[float, date | None]:
        """Cumulative receipts up to as_of, and the latest receipt date, as the clerk books them."""
        got = [(d, a) for d, a in self.receipts if d <= as_of]
        if not got:
            return 0.0, None
        return round(sum(a for _, a in got), 2), max(d for d, _ in got)


@dataclass
class Order:
    """A contract (合同号) with its product lines and shipments."""

    customer: Customer
    order_date: date
    lines: list[Line]
    incoterm: str
    terms_key: str
    terms_text: str
    trial: bool = False
    shipments: list[Shipment] = field(default_factory=list)
    contract_no: str = ""
    status: str = ""
    status_date: date | None = None
    note: str = ""
    # Messy presentation, fixed per order so every month's file shows the row the same way.
    name_shown: str = ""
    show_due: bool = True
    blank_before: bool = False
    text_date: tuple[str, str] | None = None  # (column, style)

    @property
    def amount(self) -> float:
        return round(sum(line.amount for line in self.lines), 2)

    @property
    def usd(self) -> float:
        return self.amount * USD_PER_UNIT[self.customer.currency]

    @property
    def cancelled(self) -> bool:
        return self.status in CANCELLED_STATUSES

    def lines_of(self, lot: int) -> list[Line]:
        return [line for line in self.lines if line.lot == lot]


@dataclass
class Firm:
    seed: int
    customers: list[Customer]
    orders: list[Order]  # in contract-number order
