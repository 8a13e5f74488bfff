"""The store read once for an analysis: orders, shipments, receipts and credit notes up to A.

Merged customers are folded into the customer they were merged into and excluded customers are
left out here, so every computation above sees the firm as the user has corrected it.
Revenue and profit are converted at the rate in force on the order date; a currency the rates
table does not know is never read as zero: its amounts stay out of the totals and the order
says so (``rate_missing``). Cancelled lines count for nothing; credit-note lines lower revenue
and the customer's account but are never sales. A receipt is kept in its own currency with its
date, so the account (:mod:`core.analysis.account`) can follow the money.
"""

from __future__ import annotations

import calendar
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from core.analysis.account import Entry
from core.analysis.booked_past import After
from core.ledger.deposit_parts import DepositPart
from core.ledger.noted_orders import named_numbers, sale_numbers
from core.ledger.record import SHIP_SAID_NOT_YET
from core.ledger.terms import PaymentTerms, days_span
from core.rules import Rules

T = TypeVar("T")
CANCELLED, DISPUTED, CREDIT_NOTE = "cancelled", "disputed", "credit_note"
NEW_DEPOSIT = 2  # Unit.number_deposit of a new order's deposit (fetch: 1 + new_order_deposit)
CENT = 0.005  # below a cent is nothing
# an order's (credit_profit, named_credit, nothing) until a credit note touches it (OrderRow)
_UNCREDITED: tuple[float | None, float, float] = (0.0, 0.0, CENT)


@dataclass(slots=True)
class OrderRow:
    order_id: int
    customer_id: int
    order_no: str | None
    order_date: date
    status: str | None  # cancelled, disputed, credit_note or None
    trial: bool
    currency: str
    amount: float  # sales lines not cancelled, order currency
    amount_base: float  # the same at the order date's rate (0 where the rate is missing)
    cost_known: bool
    gross_profit_base: float | None
    incoterm: str | None
    pay_rung: str | None
    payment_terms: str | None
    terms: PaymentTerms | None
    ship_date: date | None  # the first shipment, up to A
    last_ship_date: date | None = None  # the last shipment, up to A
    credit: float = 0.0  # credit-note lines (≤ 0), order currency
    credit_base: float = 0.0
    written: float = 0.0  # every sales line as written, cancelled ones too (for the panel)
    rate_missing: bool = False  # a currency of its amounts, cost or receipts has no rate
    missing: frozenset[str] = frozenset()  # those currencies
    margin_error: bool = False  # gross profit outside −100%…+100% of the amount
    # its lines holding a deposit (定金): one, on an order billed in several shipments, is the
    # order's deposit, judged against the order's amount (core.analysis.wires)
    deposits: int = 0
    # it has a line that sells (not only payments booked apart, a 收款 row without an order
    # number stored as an order worth 0): a purchase occasion (core.analysis.clv_firm)
    sold: bool = True
    # plain attributes, not properties: an analysis asks them millions of times. Set by
    # `settle`, once the order's amounts and credit notes are complete: until then an order
    # is neither cancelled nor valid (the reading settles each order once, after its lines)
    cancelled: bool = field(init=False, default=False)
    valid: bool = field(init=False, default=False)  # a sale that counts as an order
    # (credit_profit, named_credit, nothing) where a credit note touches it, else None: three
    # figures few orders have other than their defaults (0.0, 0.0, CENT), one slot, not three
    # (256 bytes an order with its header, not 272: 12 MB at 1M's 770,000 orders, held to
    # the analysis's end). Each is read and set by its name (the properties below).
    _credited: tuple[float | None, float, float] | None = field(init=False, default=None)

    @property
    def credit_profit(self) -> float | None:
        """What its credit notes take off the gross profit."""
        return 0.0 if self._credited is None else self._credited[0]

    @credit_profit.setter
    def credit_profit(self, value: float | None) -> None:
        _, named, nothing = self._credited or _UNCREDITED
        self._credited = (value, named, nothing)

    @property
    def named_credit(self) -> float:
        """What credit notes of other orders naming it take off it (≤ 0), order currency
        (core.analysis.credited)."""
        return 0.0 if self._credited is None else self._credited[1]

    @named_credit.setter
    def named_credit(self, value: float) -> None:
        profit, _, nothing = self._credited or _UNCREDITED
        self._credited = (profit, value, nothing)

    @property
    def nothing(self) -> float:
        """What is left of it after its credit notes that counts as nothing: a cent, or for a
        credited order the shortfall the account counts as paid (core.analysis.credited)."""
        return CENT if self._credited is None else self._credited[2]

    @nothing.setter
    def nothing(self, value: float) -> None:
        profit, named, _ = self._credited or _UNCREDITED
        self._credited = (profit, named, value)

    def settle(self) -> OrderRow:
        """Set the flags from the status and the amount, and return the order. An order its
        credit notes take wholly (goods returned) is no order, as a cancelled one is none.
        (Not a __post_init__: made with no amount yet, every order was settled twice, 154,206
        calls at 100,000 lines an as-of change.)"""
        status, amount = self.status, self.amount
        self.cancelled = cancelled = status == CANCELLED
        _, named, nothing = self._credited or _UNCREDITED
        self.valid = (not cancelled and not self.trial and status != CREDIT_NOTE
                      and amount > 0 and amount + self.credit + named > nothing)
        return self

    @property
    def credit_note(self) -> bool:
        """A credit note stored as an order. (Asked once an order at most, so not a slot: the
        slot fewer puts a million-order firm's 770,000 orders a size smaller, 12 MB.)"""
        return self.status == CREDIT_NOTE

    @property
    def unsold(self) -> bool:
        """Only money received on it, naming an order no file sells (PO-88 on a 收款 tab): its
        money pays no invoice of an order placed after it came (account.allocate, fx44y). A
        收款 row naming no order (an order without a number) is its customer's money."""
        return not self.sold and self.order_no is not None and not self.cancelled

    @property
    def wholly_credited(self) -> bool:
        """A sale its credit notes take to nothing: counted as no order."""
        return self.amount > 0 and self.amount + self.credit + self.named_credit <= self.nothing

    @property
    def net_base(self) -> float:
        """The order's amount net of its credit notes, at the order date's rates: what a valid
        order counts for in an average order (a credit note naming it from another order is
        converted as the order is, so a partly credited order's size does not move with the
        rate of the day it was credited)."""
        named = 0.0 if self._credited is None else self._credited[1]
        if named and self.amount:
            named *= self.amount_base / self.amount
        return self.amount_base + self.credit_base + named

    @property
    def revenue_base(self) -> float:
        """What the order adds to revenue: its sales less its credit notes."""
        return self.amount_base + self.credit_base


@dataclass(slots=True)
class Money:
    """One receipt or credit note as written: positive, in its own currency, on its date."""

    amount: float
    currency: str
    day: date | None
    kind: str  # received, deposit, balance, credit
    rate_day: date  # the day its rate is read: its date, else its order's date
    ref: str | None = None  # a credit note: the number it names


class SoldNumbers:
    """A customer's order and invoice numbers that sell, written loosely (core.ledger.
    noted_orders.sale_numbers): a 收款 row's 'PO 90' (or PO90, PO-090) is stored as an order of
    its own beside the sale 'PO-90', and is not money for an order no file sells (fx44u); nor
    is a register's HXI-1, the invoice number of order HX-1 (acct52h)."""

    __slots__ = ("units", "keys")

    def __init__(self, units: list[ShipmentRow]) -> None:
        self.units = units
        self.keys: frozenset[str] | None = None  # worked out at the first unsold order

    def unsold(self, order: OrderRow) -> bool:
        """OrderRow.unsold, unless an order of the customer's that sells has its number."""
        if not order.unsold or order.order_no is None:
            return False
        return not self.names(order.order_no)

    def names(self, number: str) -> bool:
        """Does `number` name an order or invoice of the customer's that sells?"""
        if self.keys is None:
            self.keys = frozenset(key for u in self.units if u.order.sold
                                  for key in sale_numbers(u.order.order_no, u.invoice_no))
        return not named_numbers(number).isdisjoint(self.keys)  # a lump's: each

    def selling(self, number: str) -> list[int]:
        """The units (by index) that sell under `number`, its order's or invoice's, oldest
        first as the units come: what a deposit naming it pays (advances.deposit_for)."""
        keys = named_numbers(number)
        return [n for n, u in enumerate(self.units) if u.order.sold and u.amount > 0
                and not u.order.cancelled
                and not keys.isdisjoint(sale_numbers(u.order.order_no, u.invoice_no))]


@dataclass(slots=True)
class ShipmentRow:
    """Lines of one order and invoice shipped on one day: the unit that is billed, due and
    paid (an order shipped in parts without invoice numbers has one per ship date)."""

    order: OrderRow
    invoice_no: str | None
    amount: float = 0.0  # sales lines not cancelled, order currency
    # dated up to A (undated ones count), made as the account spends them; one: a tuple
    # (early_money.receive)
    receipts: list[Entry] | tuple[Entry, ...] = field(default_factory=list)
    ship_date: date | None = None  # the first real shipment, up to A
    due_date: date | None = None  # a due date the ledger states (not one derived from terms)
    # its sheet had a ship-date column (1); SHIP_SAID_NOT_YET (2): its lines say they have not
    # shipped (未出货, a later lot still to ship), so any money on them is money ahead of it
    ship_date_known: int = 0
    ships_later: bool = False  # a sales line ships after A: not shipped yet, due date or not
    # the ship date its sales lines carry: a line of the order's invoice with
    # another date is a shipment of its own; lines without one go with the first written
    lot: date | None = None
    # its lines' own currency where no rate says what they are in the order's (None: the
    # order's): a KZT line of a USD invoice is owed in KZT, never read as zero
    currency: str | None = None
    # its lines holding a deposit (定金): one, on a shipment of several lines, is the order's
    # deposit, judged against the shipment's amount (core.analysis.wires)
    deposits: int = 0
    # a row of its money says it is a deposit (30%定金已收; not 尾款（30%定金已付）, fix55k:
    # payment_kinds.deposit_money), fix52o
    said_deposit: bool = False
    # ... for an order not placed yet (新订单定金, 订单未下: record.AHEAD_SAID; analysis.advances)
    said_ahead: bool = False
    # its money, on an order no file sells, says deposit in its note or number (HT25-073定金,
    # 30%定金): held for that number, not spent on older invoices (analysis.number_deposits)
    # (1), or a new order's deposit (2: 新订单…定金, 预付款), held even at an old invoice's open
    # figure (analysis.fetch)
    number_deposit: int = 0
    # ... the number a deposit's note gives on a row naming none ("PI-77定金" in 备注, 对应发票
    # blank: noted_orders.noted_number), its number_deposit set as a numbered one's (fix56a)
    noted: str | None = None
    # ... a wire paying a balance first and the rest a deposit for `noted` (付清PI-77定金及INV-1
    # 余款: core.ledger.deposit_parts; analysis.advances.balance_first), fix56j
    split: DepositPart | None = None
    # its money is a deposit sent back naming no number (退定金, 退部分定金): with one deposit
    # held for the customer, that one's (deposits_held.hold_deposits, refunds.paid_back), fix57f
    deposit_back: bool = False
    # ... an earlier order's deposit (退旧单定金): that order's money alone, if any (fix58b)
    old_back: bool = False
    # its order is cancelled and its note moves the deposit to another order (已取消，定金转
    # YW25-0050: core.ledger.moved_deposits): that number, whose deposit it is (fix58h)
    moved: str | None = None
    # a row of its money on deposit terms says the order ships in lots, it no later one
    # (分批出货，第一批: core.ledger.lots_called_off.lots_to_come; analysis.lot_deposits), fix58h
    lots_to_come: bool = False
    # its money its note moves in from another order (PO-R2的款转入本单: revived_lines.
    # moved_said: that order's loose number, and the sum moved where the note gives one),
    # whose money it takes back (refunds.moved_in)
    moved_in: str | None = None
    # money alone naming no order: its note, which may name the invoices it pays first
    # (analysis.named_money), fix59e
    note: str | None = None
    # a sale row's note where its money came before the row shipped, which may say the money
    # is another order's (INV-100余款 on INV-101's row: analysis.named_money.early), fix60k;
    # not `note`, whose readers take it as a payment's own
    own_note: str | None = None
    # a row of its money says an insurer's claim paid it (中国信保赔付90%: payment_kinds):
    # its money pays this invoice first, as a letter of credit's (deposits_held.hold_deposits)
    claimed: bool = False

    def with_own_note(self, note: str | None) -> str | None:
        """`own_note` with another of the unit's rows' (a product row's INV-100余款 under the
        invoice's first): each row's own note on money come before it shipped."""
        if note is None or self.own_note is None or note in self.own_note:
            return self.own_note or note
        return f"{self.own_note}；{note}"


@dataclass
class CustomerRow:
    customer_id: int
    name: str
    country: str | None
    salesperson: str | None
    credit_limit: float | None
    credit_limit_currency: str | None = None  # None: the base currency
    insured: bool | None = None  # the ledger's word; None: it says nothing
    insurer: str | None = None
    insured_pct: float | None = None


@dataclass
class Dataset:
    as_of: date
    base: str
    orders: list[OrderRow]
    shipments: list[ShipmentRow]
    customers: dict[int, CustomerRow]
    latest_receipt: date | None
    has_receipts: bool  # money received or a balance paid in the window (a deposit alone: no)
    credits: list[tuple[int, Money]] = field(default_factory=list)  # (customer, credit note)
    copied_wires: list[int] = field(default_factory=list)  # customers of wires found copied
    # in several files (one entry a wire)
    # the money the lines read hold dated after A (early_money.attach): booked_past.After
    booked_after: After | None = None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@lru_cache(maxsize=256)
def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, clamped to the month's end (31 Mar - 1 month = 28 Feb).
    Remembered: an analysis asks it once per customer with the same few pairs."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


LINE_DATES = ("ship_date", "received_date", "deposit_date", "balance_date")


def default_as_of(conn: sqlite3.Connection, today: date | None = None) -> date | None:
    """The latest order, ship or payment date in the data, never a due date, never after today.
    (The lines' dates in one pass over them: they have no index, and each was a pass.)"""
    return _day(max(_dates(conn, "MAX", "<=", today or date.today()), default=None))


def next_date(conn: sqlite3.Connection, day: date) -> date | None:
    """The first order, ship or payment date in the data after `day`: from then on the same
    data gives another default as-of date."""
    return _day(min(_dates(conn, "MIN", ">", day), default=None))


def later_orders_paid(conn: sqlite3.Connection, day: date) -> bool:
    """Whether an order dated after `day` holds money dated after it: the ledger is booked
    past `day`. (The lines of the orders up to `day` an analysis reads itself:
    early_money.attach; those after it through the order date's index, none at the latest.)"""
    return conn.execute(
        "SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.order_date > :t"
        " AND ((l.received_amount > 0 AND l.received_date > :t) OR (l.deposit_amount > 0 AND"
        " l.deposit_date > :t) OR (l.balance_amount > 0 AND l.balance_date > :t)) LIMIT 1",
        {"t": day.isoformat()}).fetchone() is not None


def _dates(conn: sqlite3.Connection, kind: str, test: str, day: date) -> list[str]:
    """The MAX or MIN of each date column over the dates that pass `test` against `day`."""
    picks = ", ".join(f"{kind}(CASE WHEN {column} {test} :t THEN {column} END)"
                      for column in LINE_DATES)
    found = [*conn.execute(f"SELECT {picks} FROM order_lines", {"t": day.isoformat()}).fetchone(),
             conn.execute(f"SELECT {kind}(order_date) FROM orders WHERE order_date {test} :t",
                          {"t": day.isoformat()}).fetchone()[0]]
    return [found_day for found_day in found if found_day is not None]


def not_shipped(unit: ShipmentRow, units: dict[Any, ShipmentRow],
                 shipments: list[ShipmentRow]) -> ShipmentRow:
    """The part of the invoice whose ship-date cells say in words it has not shipped
    (未出货): a part without a ship date, whatever date a line above it carries (a blank cell
    goes with that date), so owed only where the ledger states its due date, as any row
    without a ship date."""
    key = (unit.invoice_no or "", None, unit.currency)
    found = units.get(key)
    if found is None:
        found = units[key] = ShipmentRow(unit.order, unit.invoice_no, currency=unit.currency,
                                         ship_date_known=SHIP_SAID_NOT_YET)
        shipments.append(found)
    return found


def estimated_shipment(unit: ShipmentRow, rules: Rules) -> date | None:
    """Where the sheet had no ship-date column at all: order date + the lead time."""
    if unit.ship_date or unit.ship_date_known:
        return None
    return unit.order.order_date + days_span(rules.lead_time_days)


def group_by_customer(items: Iterable[T], key: str = "customer_id") -> dict[int, list[T]]:
    grouped: dict[int, list[T]] = defaultdict(list)
    for item in items:
        grouped[getattr(item, key)].append(item)
    return grouped
