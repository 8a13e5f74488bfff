"""Per-customer figures: the window's orders and money, terms, and the account on the cutoff.

Tiers, grades and lists are decided in :mod:`core.analysis.run` from what is gathered here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from core.analysis.account_ledger import Ledger
from core.analysis.aging import aging, capital_cost
from core.analysis.dataset import CustomerRow, Money, OrderRow, ShipmentRow, months_before
from core.analysis.exchange import exchange_differences
from core.analysis.model import CustomerMetrics, Receivable
from core.analysis.receivables import customer_account
from core.analysis.refunds import Move
from core.analysis.rfmt import WindowFigures, benchmark_orders, window_figures
from core.analysis.risk import is_risky
from core.analysis.write_offs import written_off
from core.rules import Rules


def group_of(orders: list[OrderRow], figures: WindowFigures) -> str:
    """Customers with trials and free samples only (an order of no amount, 免费样品) are
    prospects: nothing was sold to them yet, and "dormant" (no valid order in 12 months) named
    a buyer met a month ago as one lost. So is a customer kept without orders for what was set
    on it by hand (core.overrides.NO_ORDERS: a payer whose 代付 slips moved, pay40). Others
    without a valid order in the window dormant. (Whether an order neither cancelled nor a
    credit note sells is gathered in the figures' pass: the orders are walked once.)"""
    if not orders or figures.live and not figures.sells:
        return "prospect"
    return "active" if figures.orders else "dormant"


def gather(info: CustomerRow, orders: list[OrderRow], units: list[ShipmentRow],
           credits: list[Money], ledger: Ledger, project: bool,
           benchmark: list[float] | None = None, away: Sequence[Move] = ()
           ) -> tuple[CustomerMetrics, WindowFigures, str]:
    """The customer's figures; its valid orders' net amounts in the firm's window are added to
    `benchmark` (M's benchmark is their average over every customer: a pass over the firm's
    orders fewer). `away`: money another buyer's row moved off its orders (moved_away)."""
    rules, as_of = ledger.rules, ledger.as_of
    months = rules.window_for(project)
    start = months_before(as_of, months)
    own = months == rules.window_months  # the customer's window is the firm's
    figures = window_figures(orders, start, as_of, benchmark if own else None)
    if benchmark is not None and not own:  # a project buyer's longer window
        benchmark += benchmark_orders(orders, months_before(as_of, rules.window_months), as_of)
    c = CustomerMetrics(info.customer_id, info.name, info.country, info.salesperson,
                        tier="dormant", project=project, window_months=months,
                        credit_limit=info.credit_limit)
    c.orders_12m = figures.orders
    c.revenue_12m = round(figures.revenue, 2)
    c.avg_order_12m = round(figures.average, 2)
    c.margin_error = figures.margin_error
    c.gross_profit_12m = None if figures.gross_profit is None else round(figures.gross_profit, 2)
    if figures.gross_profit is not None and figures.revenue > 0:
        c.gross_margin = round(figures.gross_profit / figures.revenue, 4)
    c.last_order_date = figures.last_valid
    c.recency_days = (as_of - figures.last_valid).days if figures.last_valid else None
    latest, valid, priced = figures.latest, figures.valid_ever, figures.priced_ever
    c.first_order_date = figures.first
    c.orders_all = valid
    c.avg_order_all = round(figures.priced_ever_total / priced, 2) if priced else 0.0
    c.avg_order_known = bool(figures.priced) if figures.orders else bool(priced) or not valid
    c.trial_orders = figures.trials
    total = figures.orders or 1
    c.terms_mix = {k: round(n / total, 4) for k, n in sorted(figures.rungs.items())}
    c.incoterm_mix = {k: round(n / total, 4) for k, n in sorted(figures.incoterms.items())}
    c.payment_terms = latest.payment_terms if latest else None
    rungs = figures.rungs  # the most used, the first seen of equals (Counter.most_common)
    c.main_rung = (max(rungs, key=rungs.__getitem__) if rungs
                   else latest.pay_rung if latest else None)
    missing = _receivables(c, units, credits, ledger, away)
    if credits:  # a bad debt written off (坏账核销): its sales stand, its money closed
        c.written_off, c.written_off_on = written_off(credits, ledger.factor_now, start)
    # the account's currencies without a rate and the orders', sorted once
    c.missing_rates = sorted(figures.missing_ever | missing if figures.missing_ever else missing)
    return c, figures, group_of(orders, figures)


def _receivables(c: CustomerMetrics, units: list[ShipmentRow], credits: list[Money],
                 ledger: Ledger, away: Sequence[Move]) -> set[str]:
    """The customer's account figures; the currencies its account found without a rate."""
    account = customer_account(units, credits, ledger, away)
    c.receivables = account.receivables
    owing = account.owing  # every sum below is of open money
    c.open_receivables = owing or ()  # most customers: nothing open, one empty tuple for all
    # nought (most customers) is its own rounding: round() costs 0.4 µs even of nought
    credit, held = account.credit_on_account, account.deposits_held
    c.credit_on_account = credit and round(credit, 2)
    c.exchange_loss, c.exchange_gain = exchange_differences(account.exchanged)
    c.deposits_held = held and round(held, 2)
    if account.lot_shares:
        c.lot_shares = account.lot_shares
    if owing:  # nothing open (most customers): each figure on open money keeps its default
        _open_money(c, owing, ledger.rules)
    history = account.history
    c.settled_count = history.settled
    c.on_time_share = history.on_time_share
    average = history.avg_days_late
    if average is not None:  # (each figure None over no settled invoice: the defaults)
        c.avg_days_late = round(average, 1)
        late_by = history.late_by
        c.late_by = None if late_by is None else round(late_by, 1)
    return account.missing_rates


def _open_money(c: CustomerMetrics, owing: list[Receivable], rules: Rules) -> None:
    """The customer's figures on the money still open (`owing`: its receivables open)."""
    live = [i for i in owing if i.counts]
    c.open_amount = round(math.fsum(i.open_base for i in live), 2)
    c.overdue_amount = round(math.fsum(i.open_base for i in live if i.days_overdue > 0), 2)
    c.disputed_amount = round(math.fsum(i.open_base for i in owing if i.disputed and i.shipped),
                              2)
    c.small_remainders = round(math.fsum(i.open_base for i in owing if i.small), 2)
    c.max_days_overdue = max((i.days_overdue for i in live), default=0)
    c.ship_dates_estimated = any(i.ship_date_estimated for i in live)
    c.aging = aging(live)
    by_currency: dict[str, float] = {}
    for i in live:
        by_currency[i.currency] = by_currency.get(i.currency, 0.0) + i.open
    c.open_by_currency = {k: round(v, 2) for k, v in sorted(by_currency.items())}
    c.risky_exposure = round(math.fsum(i.open_base for i in live if is_risky(i.pay_rung, rules)),
                             2)
    cost, days = capital_cost(live, rules)  # late money is live money
    c.capital_cost, c.capital_days = round(cost, 2), days
