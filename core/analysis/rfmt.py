"""RFMT per customer: the article's four tests, each with the value that decided it.

R: a valid order in the window. F: at least `f_min_orders` of them. M: an average valid order of
at least `m_multiple` times the benchmark (the firm's own average valid order in the window,
or a fixed industry figure). T: most orders on the accepted Incoterms; service terms (DDP)
count neither way, and a customer whose orders carry no Incoterms is unknown, not failed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from core.analysis.dataset import CREDIT_NOTE, OrderRow
from core.analysis.model import Criterion
from core.i18n import N_, NP_
from core.ledger.terms import parse_incoterm
from core.messages import Listed, Message
from core.rules import Rules

# no currency without a rate: one frozenset shared by every customer (a set of its own each
# held 7 MB at 1M to the analysis's end)
NO_CURRENCIES: frozenset[str] = frozenset()


@dataclass(slots=True)
class WindowFigures:
    orders: int
    revenue: float
    valid_total: float  # valid orders whose currency has a rate
    gross_profit: float | None
    last_valid: date | None
    incoterms: dict[str, int]
    rungs: dict[str, int]
    priced: int = 0  # valid orders whose currency has a rate: the average's count
    margin_error: bool = False  # an order's costs give an impossible margin
    missing: frozenset[str] | set[str] = NO_CURRENCIES  # currencies without a rate
    # over every order not cancelled, whenever (gathered in the same pass): the first order's
    # date and the latest order that sells (neither a credit note), the valid orders, the sum
    # and count of those a rate converts, the currencies without a rate, and the trials
    first: date | None = None
    latest: OrderRow | None = None
    valid_ever: int = 0
    priced_ever: int = 0
    priced_ever_total: float = 0.0
    missing_ever: frozenset[str] = NO_CURRENCIES
    trials: int = 0
    # an order neither cancelled nor a credit note, and one of those that sells (not a
    # trial, an amount above nought): what tells a prospect (customers.group_of)
    live: bool = False
    sells: bool = False

    @property
    def average(self) -> float:
        """The average valid order, over the orders a rate converts (never a zero for the
        others: a customer in a currency without a rate has no average)."""
        return self.valid_total / self.priced if self.priced else 0.0


def in_window(order: OrderRow, start: date, end: date) -> bool:
    """Start exclusive, end inclusive, as the window is defined."""
    return start < order.order_date <= end


def window_figures(orders: Iterable[OrderRow], start: date, end: date,
                   benchmark: list[float] | None = None) -> WindowFigures:
    """Credit notes reduce revenue but are no orders; trials and cancellations count for
    nothing. The customer's history over every order is gathered in the same pass (it was a
    second pass over each customer's orders, reading each valid order's net amount again).
    `benchmark` is given the net amounts of the valid orders in the window a rate converts:
    what the firm's average order (M's benchmark) is of, when the window is the firm's."""
    count, priced, valid, revenue, profits = 0, 0, [], [], []
    profit_known, margin_error = True, False
    missing = missing_ever = NO_CURRENCIES  # a set of its own only where one is missing
    last: date | None = None
    incoterms: dict[str, int] = {}
    rungs: dict[str, int] = {}
    first: date | None = None
    latest: OrderRow | None = None
    valid_ever, priced_ever, trials = 0, [], 0
    live = sells = False
    latest_day: date | None = None  # latest's date, held apart: read once per order
    for order in orders:
        if order.cancelled:
            continue
        if order.missing:
            missing_ever = missing_ever | order.missing
        day, sale = order.order_date, order.valid
        net = 0.0
        # not OrderRow.credit_note (core.analysis.dataset), its rule inline: once per order
        if order.status != CREDIT_NOTE:
            live = True
            if not sells and not order.trial and order.amount > 0:
                sells = True
            if first is None or day < first:
                first = day
            # a payment booked apart (a 收款 row stored as an order worth 0) is no order: its
            # blank terms printed Orbit's "T/T 30 days" as "Open account / credit" (list43)
            if order.sold and (latest_day is None or day > latest_day):
                latest, latest_day = order, day
            if sale:
                valid_ever += 1
                if not order.rate_missing:
                    net = order.net_base
                    priced_ever.append(net)
        if order.trial:
            trials += 1
            continue
        if sale and (last is None or day > last):
            last = day
        if not start < day <= end:  # in_window(), inline: this runs once per order
            continue
        if order.missing:
            missing = missing | order.missing
        revenue.append(order.amount_base + order.credit_base)  # revenue_base
        margin_error = margin_error or order.margin_error
        profit = order.gross_profit_base
        if profit is None:
            profit_known = False
        else:
            profits.append(profit)
        if sale:
            count += 1
            if not order.rate_missing:
                priced += 1
                valid.append(net)
            if order.incoterm:
                incoterms[order.incoterm] = incoterms.get(order.incoterm, 0) + 1
            if order.pay_rung:
                rungs[order.pay_rung] = rungs.get(order.pay_rung, 0) + 1
    if benchmark is not None:
        benchmark += valid
    return WindowFigures(count, math.fsum(revenue), math.fsum(valid),
                         math.fsum(profits) if profit_known else None, last, incoterms, rungs,
                         priced, margin_error, missing, first, latest, valid_ever,
                         len(priced_ever), math.fsum(priced_ever), missing_ever, trials,
                         live, sells)


def benchmark_orders(orders: Iterable[OrderRow], start: date, end: date) -> list[float]:
    """The net amounts of the valid orders in the window (start exclusive, end inclusive)
    that a rate converts: what M's benchmark, the firm's average valid order, averages."""
    return [o.net_base for o in orders if o.valid and not o.rate_missing
            and start < o.order_date <= end]


# made once, not per customer (each NP_ joins and hashes its two forms)
R_DETAIL = NP_("{orders} valid order in the window (needs 1)",
               "{orders} valid orders in the window (needs 1)", by="orders")
F_DETAIL = NP_("{orders} valid order in the window (needs {needed})",
               "{orders} valid orders in the window (needs {needed})", by="orders")


def criteria(figures: WindowFigures, benchmark: float, rules: Rules
             ) -> dict[str, Criterion]:
    f_min, multiple = rules.f_min_orders, rules.m_multiple
    return {
        "r": Criterion("r", figures.orders >= 1, figures.orders, 1, Message(
            "r_detail", R_DETAIL, {"orders": figures.orders})),
        "f": Criterion("f", figures.orders >= f_min, figures.orders, f_min, Message(
            "f_detail", F_DETAIL, {"orders": figures.orders, "needed": f_min})),
        "m": _size_criterion(figures, benchmark, multiple),
        "t": _terms_criterion(figures, rules),
    }


def _size_criterion(figures: WindowFigures, benchmark: float, multiple: float) -> Criterion:
    threshold = multiple * benchmark
    if figures.orders and not figures.priced:
        return Criterion("m", None, None, round(threshold, 2), Message(
            "m_no_rate", N_("unknown: no rate for {currencies}"),
            {"currencies": Listed(sorted(figures.missing))}))
    return Criterion("m", figures.orders > 0 and figures.average >= threshold - 0.005,
                     round(figures.average, 2), round(threshold, 2), Message(
        "m_detail", N_("average order {average:,.0f} against {threshold:,.0f} "
                       "({multiple:g} × {benchmark:,.0f})"),
        {"average": figures.average, "threshold": threshold, "multiple": multiple,
         "benchmark": benchmark}))


def _terms_criterion(figures: WindowFigures, rules: Rules) -> Criterion:
    """The share of the orders T judges, with those orders counted in its text: orders on
    service terms and orders without Incoterms count neither way, and the text says how many
    there were, so "100 %" of one order is never read as all of them."""
    if not rules.t_enabled:
        return Criterion("t", None, None, None, Message("t_off", N_("not judged (switched off "
                                                                    "in the settings)")))
    accepted, neutral = codes(rules.t_accepted_incoterms), codes(rules.t_neutral_incoterms)
    incoterms = figures.incoterms
    counted = sum(n for k, n in incoterms.items() if k not in neutral)
    service = sum(incoterms.values()) - counted
    blank = figures.orders - counted - service
    if not counted:
        if not service:
            return Criterion("t", None, None, rules.t_min_share, Message(
                "t_unknown", N_("no orders with Incoterms to judge")))
        return Criterion("t", None, None, rules.t_min_share, Message(
            "t_unknown_service", NP_(
                "unknown: {count} order on service terms and {blank} without Incoterms count "
                "neither way",
                "unknown: {count} orders on service terms and {blank} without Incoterms count "
                "neither way") if blank else NP_(
                "unknown: {count} order on service terms counts neither way",
                "unknown: {count} orders on service terms count neither way"),
            {"count": service, "service": service, "blank": blank}))
    hits = sum(n for k, n in incoterms.items() if k in accepted and k not in neutral)
    share = hits / counted
    params = {"share": share, "hits": hits, "counted": counted, "service": service,
              "blank": blank, "accepted": "/".join(sorted(accepted)),
              "needed": rules.t_min_share}
    return Criterion("t", share >= rules.t_min_share - 1e-9, round(share, 4),
                     rules.t_min_share, _terms_detail(params, service, blank))


def _terms_detail(params: dict[str, object], service: int, blank: int) -> Message:
    """The orders left aside named only where there are some: "0 on service terms" read as
    if service terms had been looked for and were the point."""
    if not service and not blank:
        return Message("t_detail", N_("{share:.0%} of orders on {accepted}: {hits} of "
                                      "{counted} (needs {needed:.0%})"), params)
    if service and blank:
        return Message("t_detail_aside", N_(
            "{share:.0%} of the orders with Incoterms on {accepted}: {hits} of {counted} "
            "({service} on service terms and {blank} without Incoterms count neither way; "
            "needs {needed:.0%})"), params)
    if service:
        return Message("t_detail_aside", NP_(
            "{share:.0%} of the orders on {accepted}: {hits} of {counted} ({count} on service "
            "terms counts neither way; needs {needed:.0%})",
            "{share:.0%} of the orders on {accepted}: {hits} of {counted} ({count} on service "
            "terms count neither way; needs {needed:.0%})"), {**params, "count": service})
    return Message("t_detail_aside", NP_(
        "{share:.0%} of the orders with Incoterms on {accepted}: {hits} of {counted} ({count} "
        "without Incoterms counts neither way; needs {needed:.0%})",
        "{share:.0%} of the orders with Incoterms on {accepted}: {hits} of {counted} ({count} "
        "without Incoterms count neither way; needs {needed:.0%})"), {**params, "count": blank})


def codes(typed: Iterable[str]) -> set[str]:
    """The Incoterm codes a setting names: a database whose setting still holds what an
    earlier version stored as typed ("C&F", 完税后交货) is compared as CFR and DDP."""
    return set(_codes(tuple(typed)))


@lru_cache(maxsize=64)
def _codes(typed: tuple[str, ...]) -> frozenset[str]:
    """:func:`codes`, remembered: T asks it of the same two settings for every customer."""
    return frozenset(parse_incoterm(item) or item for item in typed)


def passed(found: dict[str, Criterion]) -> int:
    return sum(1 for c in found.values() if c.passed)
