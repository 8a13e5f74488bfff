"""A line's and an order's gross profit in the base currency, as the reading builds them.

Kept apart from :mod:`core.analysis.reading` (which calls them once a line) and shared with the
slow reference analysis the tests hold it to: the ledger states a line's profit, or its cost
and export tax rebate, in the cost column's currency, and a profit the ledger cannot make
whole stays unknown rather than counting as nought. And the rate of a line in another
currency than its order's (:func:`own_rate`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from core.analysis.dataset import OrderRow


def cost_rate_of(factor: Callable[[str, date], float | None], cost_currency: str | None,
                 currency: str, ordered: date, order: OrderRow) -> float | None:
    """Base units per unit of the cost column's currency (the order's when it names none);
    a currency without a rate is noted on the order."""
    code = cost_currency or currency
    rate = factor(code, ordered)
    if rate is None and code != currency:
        order.missing |= {code}
    return rate


def own_rate(order: OrderRow, own: str, rate: float | None,
             factor: Callable[[str, date], float | None]) -> tuple[float | None, float]:
    """A line in another currency than its order's (a credit note in RMB on a USD order):
    base units per unit of its own currency, and order-currency units per unit (what it adds
    to the order's and its invoice's amounts, 0 where a rate is missing: the order is then
    marked, its amounts out of the totals, never read one to one)."""
    line_rate = factor(own, order.order_date)
    if line_rate is None:
        order.rate_missing = True
        order.missing |= {own}
        return None, 0.0
    return line_rate, line_rate / rate if rate else 0.0


def line_profit(amount: float, cost: float | None, gross_profit: float | None,
                rebate: float | None, rate: float | None, cost_rate: float | None,
                rebate_rate: float | None) -> float | None:
    """Gross profit of a sales line in the base currency: as written, or amount - cost +
    export tax rebate; cost and gross profit in the cost column's currency, the rebate in its
    own (`rebate_rate`: the cost's unless its column or cell names another, 退税(人民币)).
    A line that sells nothing and states no cost, profit or rebate (a payment's own line under
    its order, from a 收款 tab) has no profit to know: read unknown, it made the whole firm's
    profit unknown, and the what-if before stopping supply could not say what it gave up."""
    if rate is None:
        return 0.0  # the order's amounts stay out of the totals altogether
    if amount == 0 and cost is None and gross_profit is None and rebate is None:
        return 0.0
    if gross_profit is not None:
        return None if cost_rate is None else float(gross_profit) * cost_rate
    if cost is None or cost_rate is None:
        return None
    if rebate is None:
        return float(amount) * rate - float(cost) * cost_rate
    if rebate_rate == cost_rate:  # most ledgers: one currency for both
        return float(amount) * rate - (float(cost) - float(rebate)) * cost_rate
    if rebate_rate is None:
        return None
    return float(amount) * rate - float(cost) * cost_rate + float(rebate) * rebate_rate


def credit_profit(amount: float, cost: float | None, gross_profit: float | None,
                  rebate: float | None, rate: float | None, cost_rate: float | None,
                  rebate_rate: float | None) -> float | None:
    """A credit note lowers profit by its whole amount unless the ledger says otherwise."""
    if cost is None and gross_profit is None:
        return -abs(amount) * (rate or 0.0)
    return line_profit(-abs(amount), None if cost is None else -abs(cost),
                       None if gross_profit is None else -abs(gross_profit),
                       None if rebate is None else -abs(rebate), rate, cost_rate,
                       rebate_rate)


def plus(total: float | None, part: float | None) -> float | None:
    """A sum that stays unknown once a part is."""
    return None if total is None or part is None else total + part


def settle_profit(order: OrderRow) -> None:
    """The order's gross profit (its sales' profit so far), unknown when a line has no cost;
    sales whose profit lies outside −100%…+100% of their amount are a data error (a cost in
    the wrong currency, a typo), never a margin. Credit notes' profit is added after."""
    if order.rate_missing:
        order.gross_profit_base = 0.0  # its amounts stay out of the totals altogether
        return
    profit = order.gross_profit_base
    if profit is None or order.credit_profit is None:
        order.cost_known, order.gross_profit_base = False, None
    elif order.amount_base > 0 and abs(profit) > order.amount_base * (1 + 1e-9):
        order.margin_error, order.cost_known, order.gross_profit_base = True, False, None
    else:
        order.gross_profit_base = profit + order.credit_profit
