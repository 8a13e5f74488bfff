"""What an analysis produces: per customer, the numbers behind its tier, risk and list.

Every figure a user is shown sits here with the threshold it was compared with, so the app, the
command line and the printed lists explain a tier or a grade from the same values. Money is in
the base currency unless a name says otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from operator import attrgetter
from typing import Any

from core.analysis.dataset import OrderRow
from core.analysis.names import BUCKETS, TIERS
from core.messages import Message
from core.rules import Rules

# Notes that go at the top of the app and of every export, a salesperson's copy too.
WARNING_CODES = frozenset({"no_receipts", "missing_rates", "ship_dates_estimated"})


@dataclass(slots=True)
class Criterion:
    """One of R, F, M, T: passed (True/False) or unknown (None), with what decided it."""

    code: str  # r, f, m, t
    passed: bool | None
    value: float | None
    threshold: float | None
    detail: Message | None = None


@dataclass(slots=True)
class Receivable:
    """One shipment (invoice) of an order as its customer's account stands on the receipts date.

    The account spends every receipt of the customer oldest-due first, so `received` is the
    money the account gave this invoice, not what the clerk wrote on its row. (What it has of
    its order, its number, date and terms, is read from the order, not copied: a million-order
    firm has three quarters of a million of these, and each slot fewer is 6 MB.)"""

    order: OrderRow
    invoice_no: str | None
    currency: str
    amount: float  # invoice currency, cancelled lines left out
    amount_base: float  # at the order date's rate
    received: float  # invoice currency: money allocated to it (a deposit held, unshipped)
    open: float  # invoice currency, after credit notes, receipts and the tolerance
    open_base: float  # at the latest rate on or before A; 0 where the currency has no rate
    ship_date: date | None  # estimated where `ship_date_estimated`
    due_date: date | None
    days_overdue: int  # > 0 only when open (not a small remainder) and past due
    disputed: bool = False
    shipped: bool = True
    deposit_base: float = 0.0  # a deposit held on it while unshipped
    stop_loss: bool = False
    credited: float = 0.0  # invoice currency: credit notes that name it
    deposit: float = 0.0  # invoice currency: the deposit held
    ship_date_estimated: bool = False  # no ship-date column: order date + lead time
    small: bool = False  # open by less than min_open_usd: shown, never overdue or listed
    rate_missing: bool = False  # its currency has no rate: open_base unknown (0)
    paid_on: date | None = None  # the date of the last money that paid it
    due_assumed: bool = False  # due by default_credit_days: no due date stated, no terms read
    # paid in another currency: the exchange difference settled on it (account.py), in its
    # currency and in base at the rate of the day it arose; below zero a loss, above a gain
    fx_difference: float = 0.0
    fx_difference_base: float = 0.0

    # its order's, read from the order
    order_id = property(attrgetter("order.order_id"))
    order_no = property(attrgetter("order.order_no"))
    order_date = property(attrgetter("order.order_date"))
    pay_rung = property(attrgetter("order.pay_rung"))
    payment_terms = property(attrgetter("order.payment_terms"))

    @property
    def balance_before_shipment_open(self) -> bool:
        """Shipped (on a ship date the ledger states) on terms asking the balance before
        shipment, and the balance still open."""
        return (self.shipped and self.ship_date is not None and not self.ship_date_estimated
                and self.order.pay_rung == "deposit_before_shipment" and self.open > 0
                and not self.small)

    @property
    def overdue(self) -> bool:
        return self.open > 0 and self.days_overdue > 0

    @property
    def counts(self) -> bool:
        """Owed and judged: shipped, open, neither disputed nor a small remainder."""
        return self.shipped and self.open > 0 and not self.disputed and not self.small


@dataclass(frozen=True)
class CreditLimit:
    """A customer's credit limit as set, in its own currency (0: none, set by hand)."""

    amount: float
    currency: str
    source: str  # ledger or hand


@dataclass(frozen=True)
class Insurance:
    """A customer's credit insurance (0 %: not insured, set by hand)."""

    insurer: str | None  # Sinosure or another insurer's name; None: the ledger names none
    percent: float  # the insurer's share of a loss
    source: str  # ledger or hand


@dataclass(frozen=True)
class LotShare:
    """How one lot's deposit was shared (core.analysis.lot_deposits): the lot's order, the
    deposit's currency, the money its row holds ahead of shipment, the lot's share of it,
    what the order's other lots took and what is held for lots still to come."""

    order_no: str
    currency: str
    deposit: float
    share: float
    others: float
    to_come: float


@dataclass(slots=True)
class CustomerMetrics:
    """(Slotted: a million-order firm has tens of thousands, and a dict of ninety fields each
    weighed more than their values.)"""

    customer_id: int
    customer: str
    country: str | None
    salesperson: str | None
    tier: str  # strategic, core, long_tail, prospect, dormant
    rank: int | None = None  # 1 = best among active customers
    tier_rank: int | None = None
    project: bool = False
    window_months: int = 12
    # orders and money in the window
    orders_12m: int = 0
    revenue_12m: float = 0.0
    avg_order_12m: float = 0.0
    gross_profit_12m: float | None = None
    gross_margin: float | None = None
    last_order_date: date | None = None
    first_order_date: date | None = None  # the first order ever (ties at a tier boundary)
    recency_days: int | None = None
    avg_order_all: float = 0.0
    avg_order_known: bool = True  # False: its orders are in currencies without a rate
    orders_all: int = 0
    trial_orders: int = 0
    rfmt: dict[str, Criterion] = field(default_factory=dict)
    criteria_passed: int = 0
    margin_band: tuple[float, float] | None = None
    margin_status: str | None = None  # below, within, above
    margin_error: bool = False  # costs giving a margin outside −100%…+100%: not a margin
    missing_rates: list[str] = field(default_factory=list)  # currencies without a rate
    terms_mix: dict[str, float] = field(default_factory=dict)  # rung -> share of orders in W
    incoterm_mix: dict[str, float] = field(default_factory=dict)
    payment_terms: str | None = None  # the latest order's terms as written
    main_rung: str | None = None
    # receivables on the receipts date (small remainders and disputes apart)
    open_amount: float = 0.0
    overdue_amount: float = 0.0
    disputed_amount: float = 0.0
    small_remainders: float = 0.0  # open under min_open_usd on an invoice: never overdue
    credit_on_account: float = 0.0  # money received that no invoice took
    # bad debts written off (坏账核销) up to A, base currency, and the last one's day: the
    # sales stand, the money is no longer open (core.analysis.write_offs)
    written_off: float = 0.0
    written_off_on: date | None = None
    # invoices paid in another currency, settled within the exchange band: what the rate's
    # move cost (a shortfall counted as paid) and gave (a surplus that is not credit)
    exchange_loss: float = 0.0
    exchange_gain: float = 0.0
    deposits_held: float = 0.0  # deposits on orders not shipped yet
    lot_shares: Sequence[LotShare] = ()  # a PI's deposit on one lot, shared by lot (fix58h)
    exposure: float = 0.0  # overdue > exposure_min_days, net of deposits held
    max_days_overdue: int = 0
    ship_dates_estimated: bool = False  # some of its days count from estimated shipments
    aging: dict[str, float] = field(default_factory=lambda: dict.fromkeys(BUCKETS, 0.0))
    open_by_currency: dict[str, float] = field(default_factory=dict)
    settled_count: int = 0
    on_time_share: float | None = None
    avg_days_late: float | None = None  # over every settled invoice: the risk score's
    late_by: float | None = None  # over the invoices paid late: what the reason says
    risky_exposure: float = 0.0
    capital_cost: float = 0.0  # what late money has cost so far
    capital_days: int = 0  # over how many days past due, weighted by the amounts
    credit_limit: float | None = None  # in the base currency; None: no limit (or no rate)
    receivables: list[Receivable] = field(default_factory=list)
    # those with money open (open > 0), in their order, found once as the account makes them:
    # what the risk, the lists and the notes read (`owing`; None for a customer made without
    # its account, whose receivables are then looked through)
    open_receivables: Sequence[Receivable] | None = None
    # credit limit, insurance and group (core.analysis.credit, core.analysis.credit_groups)
    credit_limit_set: CreditLimit | None = None  # as the ledger or the user set it
    over_limit: bool = False  # owes more than its credit limit
    insurance: Insurance | None = None
    insured_open: float = 0.0  # the insurer's share of what is open
    uninsured_exposure: float = 0.0  # the stop-loss exposure less its insured share
    credit_group: str | None = None  # the group of sister companies it was put in
    credit_group_members: list[str] = field(default_factory=list)  # the group's, itself too
    credit_group_exposure: float | None = None  # the members' uninsured exposure, summed
    # discounted lifetime value (core.analysis.value): None until computed
    clv: float | None = None
    p_alive: float | None = None
    expected_orders_12m: float | None = None
    # the verdicts
    risk_score: int | None = 0  # None: no receipts in the data, payment risk unknown
    risk_grade: str | None = "A"
    risk_components: dict[str, float] = field(default_factory=dict)  # points per component
    reasons: list[Message] = field(default_factory=list)
    red_flags: list[Message] = field(default_factory=list)
    stop_loss: bool = False
    list: str | None = None  # black, confirm, watch, white
    list_reason: Message | None = None
    owner_decides: bool = False  # a strategic or core customer the stop-loss rule catches
    suspended: Message | None = None  # why plan, referral and upgrade wait (the black list)
    spared: Message | None = None  # past the stop-loss days, yet not black-listed: why not
    pinned_list: str | None = None
    pinned_tier: str | None = None
    tie_broken: bool = False  # level with a customer across a tier boundary: revenue, then
    # the first order date decided
    upgrade_candidate: str | None = None  # the tier it is one criterion short of
    upgrade_held: Message | None = None  # that tier, held while on the watch list: why
    reprice: bool = False  # margin below its band, or low in its tier's own spread
    reprice_basis: str | None = None  # band, or tier (the whole tier sits below its band)
    margin_floor: float | None = None  # what the margin was compared with when flagged
    terms_too_risky: bool = False  # riskier than the tier's expected rung

    @property
    def active(self) -> bool:
        return self.tier in TIERS

    @property
    def average_order(self) -> float:
        """The window's average order, or the all-time one for a customer with no order in
        the window: what the stop-loss rule compares with its floor."""
        return self.avg_order_12m if self.orders_12m else self.avg_order_all

    @property
    def owing(self) -> Sequence[Receivable]:
        """Its receivables with money open, in their order: every one owed and judged
        (`counts`), overdue or past the stop-loss days is among them (four passes over every
        invoice of the firm were one, 340,000 receivables walked at 100,000 lines)."""
        found = self.open_receivables
        return [i for i in self.receivables if i.open > 0] if found is None else found

    @property
    def late_count(self) -> int:
        """Settled invoices that were paid late."""
        return self.settled_count - round((self.on_time_share or 0) * self.settled_count)


@dataclass
class TierShape:
    tier: str
    count: int
    share: float  # of active customers
    target_share: float
    cap: int
    revenue: float
    revenue_share: float
    gross_profit: float | None
    gross_profit_share: float | None
    margin: float | None


@dataclass(frozen=True)
class LifetimeModel:
    """Which model gave the customers' lifetime values, and why (core.analysis.value)."""

    model: str  # bg_nbd_gamma_gamma or retention
    reason: Message
    currency: str
    value_basis: str  # gross_profit, revenue or mixed
    repeat_buyers: int
    customers_valued: int


@dataclass
class Analysis:
    as_of: date
    receipts_date: date
    window_start: date  # exclusive
    base_currency: str
    rules: Rules
    customers: list[CustomerMetrics]
    m_benchmark: float  # the average order the M criterion doubles
    ranked_by: str  # gross_profit or revenue
    shape: list[TierShape] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)  # e.g. "no cost column: ranked by revenue"
    orders: list[Any] = field(default_factory=list, repr=False)  # dataset.OrderRow, up to A
    receipts_known: bool = True  # False: no receipt in the window, payment risk unknown
    missing_rates: list[str] = field(default_factory=list)  # currencies without a rate
    lifetime: LifetimeModel | None = None  # how the lifetime values were made, once computed
    usd_to_base: float = 1.0  # the rate the USD rules were weighed at (1.0: the base has none)

    @property
    def exposure_limit(self) -> float:
        """The stop-loss exposure limit in the base currency, as the lists weighed it."""
        return self.rules.exposure_limit(self.usd_to_base)

    @property
    def warnings(self) -> list[Message]:
        """The notes every export and the app show at the top, every copy alike: what makes a
        verdict uncertain (no receipts, missing rates, estimated ship dates)."""
        return [n for n in self.notes if n.code in WARNING_CODES]

    @cached_property
    def orders_by_customer(self) -> dict[int, list[Any]]:
        """Each customer's orders, found once: the panel asks on every click."""
        found: dict[int, list[Any]] = {}
        for order in self.orders:
            found.setdefault(order.customer_id, []).append(order)
        return found

    def by_tier(self, tier: str) -> list[CustomerMetrics]:
        return [c for c in self.customers if c.tier == tier]

    def customer(self, name_or_id: str | int) -> CustomerMetrics | None:
        for c in self.customers:
            if c.customer_id == name_or_id or c.customer == name_or_id:
                return c
        return None
