"""The analysis commands: customers, settings (report and export live beside them).

Every command module imports at its top only what building the parser needs; what a command
runs (the analysis, the store, the workbooks) is imported inside it, so ``--help`` and a
mistyped option answer at once instead of loading all of them first.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from core.analysis.names import (
    GROUPS,
    RFMT,
    bucket_name,
    group_name,
    heading,
    list_name,
    receipts_to,
)
from core.cli.text_table import table
from core.i18n import N_, tr
from core.paths import default_db_path

if TYPE_CHECKING:
    from core.analysis.model import Analysis, Criterion

AS_OF = N_("As of {as_of}, {receipts}; amounts in {currency}.")


def as_of_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(N_("“{value}” is not a date like 2025-12-31"),
                                            value=text)) from None


def add_parsers(commands: argparse._SubParsersAction, parents: dict[str, argparse.ArgumentParser]
                ) -> None:
    common, db, as_json = parents["common"], parents["db"], parents["json"]
    customers = commands.add_parser("customers", parents=[common, db, as_json], help=tr(N_(
        "every customer's tier, numbers, payment risk and list")))
    customers.add_argument("--as-of", type=as_of_date, metavar="YYYY-MM-DD", help=tr(N_(
        "analyse as of this date (default: the latest date in the data)")))
    customers.add_argument("--tier", choices=GROUPS, help=tr(N_("only this tier")))
    customers.add_argument("--clv", action="store_true", help=tr(N_(
        "also value every customer: the chance it is still buying, orders expected in 12 "
        "months, discounted lifetime value (always done when the tiers are ranked by it)")))
    report = commands.add_parser("report", parents=[common, db, as_json], help=tr(N_(
        "the firm against the article's benchmarks")))
    report.add_argument("--as-of", type=as_of_date, metavar="YYYY-MM-DD", help=tr(N_(
        "analyse as of this date (default: the latest date in the data)")))
    setting = commands.add_parser("settings", parents=[common, db, as_json], help=tr(N_(
        "list the thresholds and rules, or change one")))
    actions = setting.add_subparsers(dest="settings_action", metavar="set")
    change = actions.add_parser("set", parents=[common, parents["db_within"]],
                                help=tr(N_("change one setting")))
    change.add_argument("key")
    change.add_argument("value")


def open_existing(db: Path | None) -> sqlite3.Connection:
    from core.recovery import open_existing as open_existing_database

    return open_existing_database(Path(db or default_db_path()))


def run_analysis(args: argparse.Namespace) -> Analysis:
    from core.analysis.run import analyse

    conn = open_existing(args.db)
    try:
        return analyse(conn, getattr(args, "as_of", None),
                       lifetime=getattr(args, "clv", False))
    finally:
        conn.close()


def cmd_customers(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.analysis.risk import grade_text
    from core.analysis.serialise import write_analysis_json
    from core.analysis.value import model_message

    analysis = run_analysis(args)
    chosen = [c for c in analysis.customers if not args.tier or c.tier == args.tier]
    if args.json:
        write_analysis_json(analysis, chosen, out)
        out.write("\n")
        return 0
    out.write(tr(AS_OF, as_of=analysis.as_of.isoformat(),
                 receipts=receipts_to(analysis.receipts_date.isoformat()),
                 currency=analysis.base_currency) + "\n")
    for note in analysis.notes:  # warnings first
        out.write(note.text + "\n")
    # here, not at the top: core.actions is the whole export, and `main.py --help` reads this
    # module (1.5 s and 52 MB of imports where 20 MB; win43 had it at the top)
    from core.actions.ledger_words import country_text

    header = [tr(N_("Tier")), "#", tr(N_("Customer")), tr(N_("Country")), tr(N_("Orders")),
              tr(N_("Revenue")), tr(N_("Avg order")), RFMT, tr(N_("Overdue")),
              tr(N_("Days")), tr(N_("Grade")), tr(N_("List"))]
    rows = [[group_name(c.tier), c.rank or "", c.customer, country_text(c.country), c.orders_12m,
             f"{c.revenue_12m:,.0f}", f"{c.avg_order_12m:,.0f}", _flags(c.rfmt),
             f"{c.overdue_amount:,.0f}", c.max_days_overdue or "", grade_text(c),
             list_name(c.list) if c.list else ""] for c in chosen]
    right = {1, 4, 5, 6, 8, 9}
    if analysis.lifetime is not None:  # valued: say how, and add the column
        out.write(model_message(analysis.lifetime).text + "\n")
        header.append(tr(N_("Lifetime value")))
        right.add(len(header) - 1)
        for row, c in zip(rows, chosen, strict=True):
            row.append("" if c.clv is None else f"{c.clv:,.0f}")
    out.write(table(header, rows, right=right, limits={2: 34, 3: 14}))
    return 0


def _flags(rfmt: dict[str, Criterion]) -> str:
    marks = {True: "✓", False: "·", None: "?"}
    return "".join(marks[rfmt[k].passed] for k in "rfmt") if rfmt else ""


def cmd_settings(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core import settings, settings_store
    from core.setting_words import explanation_text
    from core.store import connect

    conn = connect(args.db or default_db_path())
    try:
        if args.settings_action == "set":
            value = settings_store.put(conn, args.key, args.value)
            out.write(tr(N_("{key} = {value}"), key=args.key, value=json.dumps(
                value, ensure_ascii=False)) + "\n")
            return 0
        values = settings_store.load(conn)
    finally:
        conn.close()
    if args.json:
        json.dump({"settings": [{"key": s.key, "value": values[s.key], "default": s.default,
                                 "explanation": explanation_text(s)}
                                for s in settings.SETTINGS]},
                  out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for s in settings.SETTINGS:
        shown = json.dumps(values[s.key], ensure_ascii=False)
        out.write(f"{s.key} = {shown}\n    {explanation_text(s)}\n")
    return 0


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _days(value: float | None) -> str:
    """A median of days in whole days, as the overview's bar writes it (names.DAYS,
    "{days:,.0f}"): "35.0" stood beside 34 and 36, and a median of 34.5 reads 34 there."""
    return "—" if value is None else f"{value:,.0f}"


def cmd_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.analysis.exchange import firm_text
    from core.analysis.firm import report
    from core.analysis.model import WARNING_CODES
    from core.analysis.risk import CAPITAL_COST
    from core.analysis.serialise import write_json

    analysis = run_analysis(args)
    found = report(analysis)
    if args.json:
        write_json(found.as_json(), out)
        out.write("\n")
        return 0
    b, cur = found.benchmarks, found.base_currency
    measure = tr(N_("gross profit")) if found.measured_by == "gross_profit" else tr(N_("revenue"))
    lines = [
        *(note["text"] for note in found.notes if note["code"] in WARNING_CODES),
        tr(AS_OF, as_of=found.as_of, receipts=receipts_to(found.receipts_date), currency=cur),
        tr(N_("Active customers: {active}; prospects: {prospects}; dormant: {dormant}"),
           active=found.active_customers, prospects=found.prospects, dormant=found.dormant),
        tr(N_("Revenue in the window: {revenue:,.0f}; gross profit: {profit}; margin: {margin}"),
           revenue=found.revenue_12m, profit="—" if found.gross_profit_12m is None
           else f"{found.gross_profit_12m:,.0f}", margin=_share(found.gross_margin)),
        tr(N_("Top 20% of customers give {share} of {measure} (article: {benchmark})"),
           share=_share(found.top20_share), measure=measure,
           benchmark=_share(b["top20_profit_share"])),
        tr(N_("Bottom 50% of customers take {share} of the orders handled (article: "
              "{benchmark} of resources)"), share=_share(found.bottom50_order_share),
           benchmark=_share(b["bottom50_order_share"])),
        tr(N_("Retention: {share} of {previous} customers active the window before are still "
              "active (article: {benchmark} survival)"), share=_share(found.retention),
           previous=found.previous_active, benchmark=_share(b["retention"])),
        tr(N_("Trial conversion: {share} of {trials} trial customers went on to order "
              "(article: {now} today, {goal} the goal)"), share=_share(found.trial_conversion),
           trials=found.trial_customers, now=_share(b["trial_conversion"]),
           goal=_share(b["trial_conversion_goal"])),
        tr(N_("Delivery cycle, median days from order to shipment: {days} (article: {now} "
              "today, {goal} the goal)"), days=_days(found.delivery_days_median.get("all")),
           now=b["delivery_days"], goal=b["delivery_days_goal"]),
        "",
    ]
    header = [tr(N_("Tier")), tr(N_("Customers")), tr(N_("Share")), tr(N_("Target")),
              tr(N_("Revenue")), tr(N_("of revenue")), tr(N_("Margin")), tr(N_("Days to ship"))]
    rows = [[group_name(t["tier"]), t["count"], _share(t["share"]),
             _share(t["target_share"]), f"{t['revenue']:,.0f}", _share(t["revenue_share"]),
             _share(t["margin"]), _days(found.delivery_days_median.get(t["tier"]))]
            for t in found.tiers]
    out.write("\n".join(lines) + "\n" + table(header, rows, right={1, 2, 3, 4, 5, 6, 7}))
    out.write("\n" + tr(N_("Receivables: {open:,.0f} open, {overdue:,.0f} overdue, {disputed:,.0f} "
                           "disputed"), open=found.open_amount, overdue=found.overdue_amount,
                        disputed=found.disputed_amount) + "\n")
    if found.capital_cost >= 1:
        out.write(heading(tr(CAPITAL_COST, cost=found.capital_cost, currency=cur,
                             rate=analysis.rules.capital_rate_pct,
                             days=found.capital_days)) + "\n")
    if exchange := firm_text(found.exchange_loss, found.exchange_gain, cur):
        out.write(exchange + "\n")
    aging = [[bucket_name(k), f"{v:,.0f}"] for k, v in found.aging.items()]
    out.write(table([tr(N_("Aging")), tr(N_("Open"))], aging, right={1}))
    return 0


COMMANDS = {"customers": cmd_customers, "settings": cmd_settings, "report": cmd_report}
