"""What an analysis produces: per customer, the numbers behind its tier, risk and list.

Every figure a user is shown sits here with the threshold it was compared with, so the app, the
command line and the printed lists explain a tier or a grade from the same values. Money is in
the base currency unless a name says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from core.analysis.names import BUCKETS, TIERS
from core.messages import Message
from core.rules import Rules


@dataclass
class Criterion:
    """One of R, F, M, T: passed (True/False) or unknown (None), with what decided it."""

    code: str  # r, f, m, t
    passed: bool | None
    value: float | None
    threshold: float | None
    detail: Message | None = None


@dataclass
class Receivable:
    """One shipment (invoice) of an order as it stands on the receipts date."""

    order_id: int
    order_no: str | None
    invoice_no: str | None
    currency: str
    amount: float  # invoice currency
    amount_base: float
    received: float  # invoice currency, receipts up to the receipts date
    open: float  # invoice currency, after the tolerance and surplus receipts
    open_base: float
    order_date: date
    ship_date: date | None
    due_date: date | None
    days_overdue: int  # > 0 only when open and past due
    pay_rung: str | None
    payment_terms: str | None
    disputed: bool = False
    shipped: bool = True
    deposit_base: float = 0.0
    balance_before_shipment_open: bool = False  # shipped on such terms, balance still open
    stop_loss: bool = False

    @property
    def overdue(self) -> bool:
        return self.open_base > 0 and self.days_overdue > 0


@dataclass
class CustomerMetrics:
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
    recency_days: int | None = None
    avg_order_all: float = 0.0
    orders_all: int = 0
    trial_orders: int = 0
    rfmt: dict[str, Criterion] = field(default_factory=dict)
    criteria_passed: int = 0
    margin_band: tuple[float, float] | None = None
    margin_status: str | None = None  # below, within, above
    terms_mix: dict[str, float] = field(default_factory=dict)  # rung -> share of orders in W
    incoterm_mix: dict[str, float] = field(default_factory=dict)
    payment_terms: str | None = None  # the latest order's terms as written
    main_rung: str | None = None
    # receivables on the receipts date
    open_amount: float = 0.0
    overdue_amount: float = 0.0
    disputed_amount: float = 0.0
    max_days_overdue: int = 0
    aging: dict[str, float] = field(default_factory=lambda: dict.fromkeys(BUCKETS, 0.0))
    open_by_currency: dict[str, float] = field(default_factory=dict)
    settled_count: int = 0
    on_time_share: float | None = None
    avg_days_late: float | None = None
    risky_exposure: float = 0.0
    capital_cost: float = 0.0
    credit_limit: float | None = None
    receivables: list[Receivable] = field(default_factory=list)
    # the verdicts
    risk_score: int = 0
    risk_grade: str = "A"
    risk_components: dict[str, float] = field(default_factory=dict)  # points per component
    reasons: list[Message] = field(default_factory=list)
    red_flags: list[Message] = field(default_factory=list)
    stop_loss: bool = False
    list: str | None = None  # black, watch, white
    list_reason: Message | None = None
    pinned_list: str | None = None
    pinned_tier: str | None = None
    upgrade_candidate: str | None = None  # the tier it is one criterion short of
    reprice: bool = False  # margin below the tier's band
    terms_too_risky: bool = False  # riskier than the tier's expected rung

    @property
    def active(self) -> bool:
        return self.tier in TIERS


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
