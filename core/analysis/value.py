"""Lifetime values on the analysis's customers: p(alive), orders next year, discounted CLV.

The valuation (core/analysis/clv_firm.py) is fitted only when something needs it — tiers ranked
by lifetime value (the setting rank_by), `customers --clv`, the app's detail panel and table —
and from the analysis's own orders, so the store is not read twice. Its modules load only then:
an ordinary analysis, and the app's start, do not pay for them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from core.analysis.dataset import OrderRow
from core.analysis.model import CustomerMetrics, LifetimeModel
from core.i18n import N_
from core.messages import Message, Term
from core.progress import CancelFn
from core.rules import Rules

if TYPE_CHECKING:
    from core.analysis.clv import LifetimeValues

RANK_BY_CLV = "clv"
MODEL_NAMES = {"bg_nbd_gamma_gamma": N_("BG/NBD and Gamma-Gamma, fitted to your customers"),
               "retention": N_("simple retention model")}


def values(conn: sqlite3.Connection, as_of: date, rules: Rules, orders: Sequence[OrderRow],
           cancel: CancelFn | None = None) -> LifetimeValues[int]:
    """The firm's lifetime values from orders already loaded (the fit, on the caller's
    thread: the app calls this on its worker, and stops it by `cancel` when the user has
    moved on to another date)."""
    from core.analysis.clv_firm import firm_lifetime_values  # the fit's modules, only now

    return firm_lifetime_values(conn, as_of, rules, orders, cancel)


def put_on(customers: Sequence[CustomerMetrics], result: LifetimeValues[Any]) -> LifetimeModel:
    """Each customer's p(alive), expected orders and CLV from the valuation (None for one
    without a purchase to value: a prospect, or orders only in currencies without a rate)."""
    found = result.by_customer()
    for c in customers:
        one = found.get(c.customer_id)
        c.clv = None if one is None else round(one.clv, 2)
        c.p_alive = None if one is None else one.p_alive
        c.expected_orders_12m = None if one is None else one.expected_orders_12m
    return LifetimeModel(result.model, result.reason, result.currency, result.value_basis,
                         result.repeat_buyers, len(result.customers))


def attach(conn: sqlite3.Connection, as_of: date, rules: Rules, orders: Sequence[OrderRow],
           customers: Sequence[CustomerMetrics]) -> LifetimeModel:
    """Value the customers in place; how they were valued."""
    return put_on(customers, values(conn, as_of, rules, orders))


def model_message(lifetime: LifetimeModel) -> Message:
    """"Model: BG/NBD and Gamma-Gamma, fitted…. Why" (or the retention model), to show."""
    return Message("lifetime_model", N_("Model: {model}. {reason}"),
                   {"model": Term(MODEL_NAMES.get(lifetime.model, lifetime.model)),
                    "reason": lifetime.reason})


def ranking_note(lifetime: LifetimeModel) -> Message:
    return Message("ranked_by_clv", N_(
        "Customers passing as many criteria are ranked by discounted lifetime value "
        "({model})."), {"model": Term(MODEL_NAMES.get(lifetime.model, lifetime.model))})
