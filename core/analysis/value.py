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
# How the values were worked out, in a sales manager's words (the ranking note's), and in the
# statistician's (the detail a tooltip and the command line's parameters go with).
MODEL_NAMES = {"bg_nbd_gamma_gamma": N_("estimated from your customers' repeat orders"),
               "retention": N_("a rough guide from each customer's own order pace")}
TECHNICAL_NAMES = {"bg_nbd_gamma_gamma": N_("BG/NBD and Gamma-Gamma, fitted to your customers"),
                   "retention": N_("simple retention model")}
# p(alive), as a user reads it: the clv command's column and the value card. "P(alive)" and
# 仍活跃概率 meant nothing to a sales manager; the JSON key stays p_alive for scripts.
STILL_BUYING = N_("Chance still buying")
# The forecast count of orders, as a user reads it: the clv command's column and the value card.
# "Orders next 12 months" read like orders already placed; the JSON key stays
# expected_orders_12m.
EXPECTED_ORDERS = N_("Orders expected, next 12 months")


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
    """How far the values can be trusted, in plain words: the card's line. A sales manager
    read "the likelihood is flat" there and learnt nothing about the figure above it."""
    return lifetime.reason


def model_detail(lifetime: LifetimeModel) -> Message:
    """The model that served and, when the fit failed, why, in the statistician's words: for
    a tooltip and the command line, beside the plain line."""
    model = Term(TECHNICAL_NAMES.get(lifetime.model, lifetime.model))
    why = lifetime.reason
    if why.code == "fit_failed":
        return Message("lifetime_model_detail", N_("Model: {model}; the {fitted} fit failed: "
                                                   "{reason}."),
                       {"model": model, "fitted": why.params["model"],
                        "reason": why.params["reason"]})
    if why.code == "too_few_repeat_buyers":
        return Message("lifetime_model_detail", N_(
            "Model: {model}; BG/NBD and Gamma-Gamma are fitted from {minimum} repeat buyers "
            "on."), {"model": model, "minimum": why.params["minimum"]})
    return Message("lifetime_model_detail", N_("Model: {model}, by maximum likelihood."),
                   {"model": model})


def ranking_note(lifetime: LifetimeModel) -> Message:
    return Message("ranked_by_clv", N_(
        "Customers passing as many criteria are ranked by discounted lifetime value "
        "({model})."), {"model": Term(MODEL_NAMES.get(lifetime.model, lifetime.model))})
