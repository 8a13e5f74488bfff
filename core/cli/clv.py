"""``tradetier clv``: every customer's discounted lifetime value, and which model gave it.

The valuation (its fits) is imported only when the command runs: every other command, and
the app's start, stay as quick as before.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from core.cli.analysis import as_of_date, open_existing
from core.cli.text_table import table
from core.i18n import N_, tr

if TYPE_CHECKING:
    from core.analysis.clv import LifetimeValues

BASIS_NAMES = {"gross_profit": N_("gross profit"), "revenue": N_("revenue"),
               "mixed": N_("gross profit where costs are known, else revenue")}


def add_parser(commands: Any, parents: dict[str, argparse.ArgumentParser]) -> None:
    clv = commands.add_parser("clv", parents=[parents["common"], parents["db"], parents["json"]],
                              help=tr(N_("every customer's discounted lifetime value (BG/NBD)")))
    clv.add_argument("--as-of", type=as_of_date, metavar="YYYY-MM-DD", help=tr(N_(
        "value as of this date, from the orders up to it (default: the latest date in the "
        "data)")))


def clv_json(result: LifetimeValues[Any]) -> dict[str, Any]:
    """The valuation for scripts: the model and its parameters, then one entry per customer."""
    from core.analysis.value import model_detail, put_on

    a = result.assumptions
    return {
        "as_of": result.as_of.isoformat(), "model": result.model,
        "reason": result.reason.as_json(),
        "detail": model_detail(put_on([], result)).as_json(), "params": result.params,
        "log_likelihood": result.log_likelihood, "customers_valued": len(result.customers),
        "repeat_buyers": result.repeat_buyers, "currency": result.currency,
        "value_basis": result.value_basis, "discount_rate": a.discount_rate,
        "discounting": "monthly", "horizon_years": a.horizon_years,
        "survival_rate": a.survival_rate, "min_repeat_buyers": a.min_repeat_buyers,
        "customers": [{
            "customer": result.names.get(c.customer, str(c.customer)),
            "order_days": c.orders, "first_order": c.first_order.isoformat(),
            "last_order": c.last_order.isoformat(), "p_alive": round(c.p_alive, 6),
            "expected_orders_12m": round(c.expected_orders_12m, 6),
            "expected_order_value": round(c.expected_order_value, 2),
            "clv": round(c.clv, 2), "clv_revenue": round(c.clv_revenue, 2),
            "margin": None if c.margin is None else round(c.margin, 6),
            "currency": result.currency,
        } for c in result.customers],
    }


def cmd_clv(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.analysis.clv import FITTED
    from core.analysis.clv_firm import firm_lifetime_values
    from core.analysis.value import (
        EXPECTED_ORDERS,
        STILL_BUYING,
        model_detail,
        model_message,
        put_on,
    )
    from core.rules import load_rules

    conn = open_existing(args.db)
    try:
        result = firm_lifetime_values(conn, args.as_of, load_rules(conn))
    finally:
        conn.close()
    if args.json:
        json.dump(clv_json(result), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    a = result.assumptions
    out.write(tr(N_("As of {as_of}; lifetime value of {basis} in {currency} over {years} years, "
                    "discounted month by month at {rate:.1%} a year."),
                 as_of=result.as_of.isoformat(), basis=tr(BASIS_NAMES[result.value_basis]),
                 currency=result.currency, years=a.horizon_years, rate=a.discount_rate) + "\n")
    fitted = result.model == FITTED
    valued = put_on([], result)
    out.write(model_message(valued).text + "\n" + model_detail(valued).text + "\n")
    if fitted:
        p = result.params
        out.write(tr(N_("For a statistician, the fitted model: BG/NBD r = {r:.4f}, "
                        "α = {alpha:.4f} per day, a = {a:.4f}, b = {b:.4f}; "
                        "Gamma-Gamma p = {p:.4f}, q = {q:.4f}, γ = {gamma:.4f}"),
                     **{k: p[k] for k in ("r", "alpha", "a", "b", "p", "q", "gamma")}) + "\n")
    header = ["#", tr(N_("Customer")), tr(N_("Order days")), tr(N_("Last order")),
              tr(STILL_BUYING), tr(EXPECTED_ORDERS), tr(N_("Value per order")),
              tr(N_("Lifetime value"))]
    rows = [[number, result.names.get(c.customer, str(c.customer)), c.orders,
             c.last_order.isoformat(), f"{c.p_alive:.0%}", f"{c.expected_orders_12m:.1f}",
             f"{c.expected_order_value:,.0f}", f"{c.clv:,.0f}"]
            for number, c in enumerate(result.customers, 1)]
    out.write(table(header, rows, right={0, 2, 4, 5, 6, 7}, limits={1: 34}))
    return 0


COMMANDS = {"clv": cmd_clv}
