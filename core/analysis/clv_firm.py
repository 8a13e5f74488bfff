"""The firm's lifetime values from its database: the one call the command and the app make.

The valuation itself (core/analysis/clv.py) takes plain transactions; this reads them from the
store as the rest of the analysis sees them — merged customers folded together, excluded ones
left out, amounts in the base currency, nothing after the as-of date — and the firm's settings.

What counts as a purchase: a non-cancelled, non-trial order of zero or more that sells (not a
payment booked apart, core.analysis.dataset.OrderRow.sold). A zero-value order
is a purchase occasion as in the papers (8 of CDNOW's first purchases are worth $0), while
credit notes (negative amounts) are not purchases. Gross profit is valued where every order up
to the as-of date has a cost or gross profit, otherwise revenue, as the pyramid's ranking does.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from core.analysis.clv import Assumptions, LifetimeValues, lifetime_values
from core.analysis.dataset import OrderRow, default_as_of
from core.analysis.reading import load
from core.overrides import load_overrides
from core.progress import CancelFn, check
from core.rules import Rules


def assumptions(rules: Rules) -> Assumptions:
    """The valuation's rules from the firm's (percentages become fractions)."""
    return Assumptions(discount_rate=rules.capital_rate_pct / 100,
                       survival_rate=rules.clv_survival_pct / 100,
                       min_repeat_buyers=rules.clv_min_repeat_buyers,
                       horizon_years=rules.clv_horizon_years)


def firm_lifetime_values(conn: sqlite3.Connection, as_of: date | None, rules: Rules,
                         orders: Sequence[OrderRow] | None = None,
                         cancel: CancelFn | None = None) -> LifetimeValues[int]:
    """Every customer's p(alive), expected orders and discounted CLV, keyed by customer id.

    An analysis at hand serves as it is, sparing a second read of the store:
    ``firm_lifetime_values(conn, analysis.as_of, analysis.rules, analysis.orders)``; without
    orders they are loaded here (as_of None: the latest date in the data). The result's
    `names` and `currency` say whom and in what.
    """
    as_of = as_of or default_as_of(conn) or date.today()
    if orders is None:
        overrides = load_overrides(conn)
        orders = load(conn, as_of, rules, overrides.merged_into, overrides.excluded).orders
    bought = [o for o in orders if purchase(o) and o.order_date <= as_of]
    check(cancel)
    result = lifetime_values(((o.customer_id, o.order_date, o.net_base) for o in bought),
                             as_of, assumptions(rules), _margins(bought), cancel)
    result.currency = rules.base_currency
    result.names = dict(conn.execute("SELECT id, name FROM customers"))
    return result


def purchase(order: OrderRow) -> bool:
    """Credit notes are never purchases (their sales amount is 0, not negative, since issue 8),
    nor an order in a currency without a rate (its value is unknown, not 0), nor one its credit
    notes take wholly (returned, as if cancelled); a partly credited one is worth its net;
    nor the payments a 收款 tab books without an order number (stored as an order worth 0 of
    the day's payments: counted, each wire was a purchase and halved its buyer's order value)."""
    return (order.sold and not order.cancelled and not order.trial and not order.credit_note
            and not order.rate_missing and order.amount_base >= 0
            and not order.wholly_credited)


def _margins(orders: Sequence[OrderRow]) -> dict[int, float] | None:
    """Each customer's gross margin over its purchases, when every purchase has a cost."""
    if not orders or not all(o.cost_known for o in orders):
        return None
    revenue: dict[int, list[float]] = defaultdict(list)
    profit: dict[int, list[float]] = defaultdict(list)
    for order in orders:
        revenue[order.customer_id].append(order.amount_base)
        profit[order.customer_id].append(order.gross_profit_base or 0.0)
    return {c: math.fsum(profit[c]) / math.fsum(v) for c, v in revenue.items()
            if math.fsum(v) > 0}
