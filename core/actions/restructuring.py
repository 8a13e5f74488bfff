"""Rows of the restructuring (重构期) plan: each tier's service plan and what to fix per customer.

The flags (reprice, terms too risky, upgrade candidate) are the analysis's; this module puts
them next to the numbers that raised them, so the meeting sees why. A salesperson's copy
leaves out gross profit, margin and the reprice flag: those files travel by WeChat and may
reach the customer.
"""

from __future__ import annotations

from datetime import date

from core.actions import moved, plans
from core.actions.ledger_words import country_text
from core.actions.stop_loss import grade_text, terms_text
from core.actions.workbook import Column, Document, Summary, Table
from core.analysis.leap import candidates
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.movements import Period
from core.analysis.names import TIERS, customer_label, list_heading, sheet_name
from core.analysis.pyramid import ARTICLE_BANDS
from core.i18n import N_, listed, tr
from core.ledger.terms import rung_label
from core.rules import Rules

RFMT_CODES = ("r", "f", "m", "t")
MARKS = {True: "✓", False: "✗", None: "?"}
# Column titles: the figures are the analysis window's (window_months)
ORDERS = N_("Orders in {months} months")
REVENUE = N_("Revenue, {months} months ({currency})")
PROFIT = N_("Gross profit, {months} months ({currency})")
MARGIN = N_("Gross margin ({months} months)")
VALUE_PACKAGE_COLUMN = N_("Value package")
VALUE_PACKAGE_OFFERED = N_("To offer")  # its cell where the offer stands: blank read as "none"


def _percent_scale(c: CustomerMetrics) -> float:
    """1 when margins are fractions (0.35), 100 when the analysis gives percents (35)."""
    if c.margin_band is not None:
        return 100.0 if max(c.margin_band) > 1.0 else 1.0
    return 100.0 if c.gross_margin is not None and abs(c.gross_margin) > 1.5 else 1.0


def margin(c: CustomerMetrics) -> float | None:
    return None if c.gross_margin is None else c.gross_margin / _percent_scale(c)


def band(c: CustomerMetrics) -> tuple[float, float] | None:
    if c.margin_band is None:
        return ARTICLE_BANDS.get(c.tier)
    scale = _percent_scale(c)
    return (c.margin_band[0] / scale, c.margin_band[1] / scale)


def fraction(value: float | None) -> float | None:
    """A share or margin as a fraction, whether the analysis gave 0.2 or 20."""
    return None if value is None else (value / 100.0 if abs(value) > 1.5 else value)


def rfmt_text(c: CustomerMetrics) -> str:
    """'R✓ F✓ M✗ T?': each criterion passed, failed or unknown, as the tier was decided."""
    if not c.rfmt:
        return f"{c.criteria_passed}/4"
    return " ".join(f"{code.upper()}{MARKS[c.rfmt[code].passed]}" for code in RFMT_CODES
                    if code in c.rfmt)


def upgrade_text(c: CustomerMetrics, sales: bool = False) -> str:
    if c.suspended:
        return plans.suspended_text(plans.UPGRADE_SUSPENDED, plans.SALES_UPGRADE_SUSPENDED,
                                    sales)
    if c.upgrade_held:  # the owner reads why; a salesperson's copy, the list as it names it
        return (tr(plans.SALES_UPGRADE_SUSPENDED, list=list_heading("watch", sales=True))
                if sales else c.upgrade_held.text)
    if not c.upgrade_candidate:
        return ""
    missing = [code.upper() for code in RFMT_CODES
               if code in c.rfmt and c.rfmt[code].passed is not True]
    target = customer_label(c.upgrade_candidate)
    if len(missing) > 1:  # one more of them is enough: "not passed yet: F M T" read as all
        return tr(plans.FLAG_UPGRADE_ANY, tier=target, missing=listed(missing))
    if missing:
        return tr(plans.FLAG_UPGRADE, tier=target, missing=missing[0])
    return tr(plans.FLAG_UPGRADE_PLAIN, tier=target)


def terms_flag(c: CustomerMetrics, rules: Rules) -> str:
    """Terms riskier than the customer's tier carries, and the tier's own terms to move to."""
    if not c.terms_too_risky:
        return ""
    terms = tr(rung_label(c.main_rung)) if c.main_rung else terms_text(c)
    return tr(plans.FLAG_TERMS, terms=terms, tier=sheet_name(c.tier),
              expected=tr(rung_label(rules.expected_rung(c.tier))))


def price_flag(c: CustomerMetrics) -> str:
    if not c.reprice:
        return ""
    if c.reprice_basis == "tier":
        return tr(plans.FLAG_REPRICE_TIER, margin=plans.percent(margin(c)),
                  floor=plans.percent(fraction(c.margin_floor)), band=plans.band_text(band(c)))
    return tr(plans.FLAG_REPRICE, margin=plans.percent(margin(c)), band=plans.band_text(band(c)))


def plan_text(c: CustomerMetrics, plan: str, sales: bool = False) -> str:
    """The tier's service plan, or why it waits: one voice with the black list. On a tier's
    sheet the plan itself is said once above the table (``plan_note``), so its column holds
    only the exceptions, beside the print area; on paper "Upgrade chance" says it waits."""
    if c.suspended and c.list_reason:
        return plans.suspended_text(plans.PLAN_SUSPENDED, plans.SALES_PLAN_SUSPENDED, sales,
                                    reason=c.list_reason.text)
    return plan


def columns(currency: str, sales: bool, months: int) -> list[Column]:
    """The owner's columns; a salesperson's copy drops every cost and margin figure. The
    figures are the analysis window's, `months` long. On paper: who, how big, and what to
    fix; the tier's service plan is said once above the table (``plan_note``)."""
    cols = [
        *plans.customer_columns(),
        Column("rank", tr(N_("Overall rank")), "int", max_width=8, detail=True),
        Column("rfmt", tr(N_("RFMT criteria")), max_width=14),
        Column("orders", tr(ORDERS, months=months), "int", max_width=10),
        Column("revenue", tr(REVENUE, months=months, currency=currency), "money",
               max_width=16),
    ]
    if not sales:
        cols += [
            Column("profit", tr(PROFIT, months=months, currency=currency), "money",
                   max_width=16, detail=True),
            Column("margin", tr(MARGIN, months=months), "percent", max_width=10),
            Column("band", tr(N_("Target margin band")), max_width=10, detail=True),
        ]
    cols += [
        Column("rung", tr(N_("Main payment terms")), wrap=True, max_width=20, detail=True),
        Column("grade", tr(N_("Payment risk grade")), max_width=8),
    ]
    if not sales:
        cols.append(Column("price", tr(N_("Price check")), wrap=True, max_width=22))
    cols += [
        Column("terms_check", tr(N_("Terms check")), wrap=True, max_width=24),
        Column("upgrade", tr(N_("Upgrade chance")), wrap=True, max_width=22),
        Column("notes", tr(N_("Notes")), max_width=12),
        Column("status", tr(N_("Status")), max_width=12, detail=True),
        Column("plan", tr(N_("Service plan for the tier")), wrap=True, max_width=40,
               detail=True),  # only where it waits (plan_text); the plan is above the table
    ]
    return cols


def plan_note(tier: str) -> str:
    """The tier's service plan, once above its sheet: the same for every customer in it."""
    return tr(N_("Service plan for {tier}: {plan}"), tier=sheet_name(tier),
              plan=tr(plans.SERVICE_PLANS[tier]))


def members(analysis: Analysis, tier: str) -> list[CustomerMetrics]:
    """A tier's customers best first: by the analysis's rank, then revenue."""
    return sorted(analysis.by_tier(tier), key=lambda c: (
        c.rank if c.rank is not None else 10**9, -c.revenue_12m, c.customer.casefold()))


def rows(analysis: Analysis, tier: str, sales: bool = False) -> list[dict[str, object]]:
    found = []
    for c in members(analysis, tier):
        row: dict[str, object] = {
            "customer": c.customer, "country": country_text(c.country),
            "salesperson": c.salesperson or "", "rank": c.rank, "rfmt": rfmt_text(c),
            "orders": c.orders_12m, "revenue": round(c.revenue_12m, 2),
            "rung": tr(rung_label(c.main_rung)) if c.main_rung else terms_text(c),
            "grade": grade_text(c), "plan": plan_text(c, "", sales),
            "terms_check": terms_flag(c, analysis.rules), "upgrade": upgrade_text(c, sales),
            "status": "",
            "notes": "",
        }
        if not sales:
            profit = c.gross_profit_12m
            row.update(profit=None if profit is None else round(profit, 2), margin=margin(c),
                       band=plans.band_text(band(c)), price=price_flag(c))
        found.append(row)
    return found


def prospect_columns() -> list[Column]:
    """What to offer is the same for every prospect: it is said above the table; a row says
    only where the offer waits (a prospect on the black list: one voice with it)."""
    return [
        *plans.customer_columns(),
        Column("trials", tr(N_("Number of trial orders")), "int", max_width=10),
        Column("last", tr(N_("Most recent order")), "date", max_width=12),
        Column("plan", tr(VALUE_PACKAGE_COLUMN), wrap=True, max_width=30),
        Column("status", tr(N_("Status")), max_width=12),
        Column("notes", tr(N_("Notes")), max_width=40),
    ]


def prospect_rows(analysis: Analysis, sales: bool = False) -> list[dict[str, object]]:
    """Trial-only customers, the latest first: the ones to convert with the package."""
    found = sorted(analysis.by_tier("prospect"), key=lambda c: (
        -(latest_order(c) or date.min).toordinal(), c.customer.casefold()))
    return [{"customer": c.customer, "country": country_text(c.country),
             "salesperson": c.salesperson or "", "trials": c.trial_orders,
             "last": latest_order(c), "plan": plan_text(c, tr(VALUE_PACKAGE_OFFERED), sales),
             "status": "",
             "notes": ""}
            for c in found]


def latest_order(c: CustomerMetrics) -> date | None:
    """The last valid order, or for a prospect (trials only) its latest invoiced trial."""
    if c.last_order_date:
        return c.last_order_date
    return max((r.order_date for r in c.receivables), default=None)


def _profit(found: list[CustomerMetrics]) -> float | None:
    """A tier's gross profit, only when every customer in it has cost data."""
    profits = [c.gross_profit_12m for c in found]
    if not profits or any(p is None for p in profits):
        return None
    return round(sum(p for p in profits if p is not None), 2)


def _tier_table(analysis: Analysis, sales: bool) -> tuple[list[Column], list[dict[str, object]]]:
    currency, months = analysis.base_currency, analysis.rules.window_months
    cols = [Column("tier", tr(N_("Pyramid tier")), max_width=18),
            Column("count", tr(N_("Number of customers")), "int", max_width=12)]
    if not sales:
        cols += [Column("target", tr(N_("Target share of customers")), "percent", max_width=10),
                 Column("share", tr(N_("Actual share of customers")), "percent", max_width=10),
                 Column("revenue", tr(REVENUE, months=months, currency=currency), "money",
                        max_width=18),
                 Column("profit", tr(PROFIT, months=months, currency=currency), "money",
                        max_width=18),
                 Column("margin", tr(MARGIN, months=months), "percent", max_width=10),
                 Column("band", tr(N_("Target margin band")), max_width=10)]
    cols.append(Column("plan", tr(N_("Service plan for the tier")), wrap=True, max_width=48))
    shapes = {s.tier: s for s in analysis.shape}
    targets = analysis.rules.target_shares()
    active = sum(len(analysis.by_tier(t)) for t in TIERS)
    table = []
    for tier in TIERS:
        found = analysis.by_tier(tier)
        row: dict[str, object] = {"tier": customer_label(tier), "count": len(found),
                                  "plan": tr(plans.SERVICE_PLANS[tier])}
        if not sales:
            shape = shapes.get(tier)
            bands = [band(c) for c in found]
            row.update(
                target=fraction(shape.target_share) if shape else targets[tier],
                share=fraction(shape.share) if shape else (len(found) / active if active
                                                           else None),
                revenue=round(sum(c.revenue_12m for c in found), 2),
                profit=shape.gross_profit if shape else _profit(found),
                margin=fraction(shape.margin) if shape else None,
                band=plans.band_text(bands[0] if bands else ARTICLE_BANDS[tier]))
        table.append(row)
    return cols, table


def summary(analysis: Analysis, sales_label: str | None, moves: Period | None = None
            ) -> Summary:
    sales = sales_label is not None
    facts = plans.dated_facts(analysis, sales_label)
    active = [c for c in analysis.customers if c.active]
    if not sales:
        facts.append((tr(N_("To reprice (margin below the band)")),  # a label without a colon:
                      sum(c.reprice for c in active)))  # the PDF says "label: 77"
    facts += [
        (tr(N_("Terms riskier than their tier should carry")),
         sum(c.terms_too_risky for c in active)),
        (tr(N_("Candidates for a higher tier")), sum(bool(c.upgrade_candidate) for c in active)),
        (tr(N_("Prospects for the value package")), len(analysis.by_tier("prospect"))),
        (tr(N_("Dormant customers (no valid order in {months} months)"),
            months=analysis.rules.window_months), len(analysis.by_tier("dormant"))),
    ]
    if moves is not None:
        facts.append(moved.summary_fact(moves, analysis))
    notes = [tr(plans.VALUE_PACKAGE)]
    notes.append(tr(plans.LEAP_NOTE, commission=plans.percent_text(
        analysis.rules.referral_commission_pct)))
    invited = candidates(analysis)  # black-listed customers are never among them
    if invited:
        notes.append(tr(plans.LEAP_CANDIDATES, names=plans.join([c.customer for c in invited])))
    waiting = [c.customer for c in members(analysis, "strategic") if c.suspended]
    if waiting:
        notes.append(plans.suspended_text(plans.LEAP_SUSPENDED, plans.SALES_LEAP_SUSPENDED,
                                          sales, names=plans.join(waiting)))
    if not sales:
        notes += plans.other_notes(analysis)
    return Summary(tr(N_("Overview")), tr(N_("Restructuring phase (3–9 months): service plans")),
                   facts, [_tier_table(analysis, sales)], notes, banner=plans.banner(analysis))


def document(analysis: Analysis, sales_label: str | None = None,
             extra: list[str] | None = None, moves: Period | None = None) -> Document:
    """The restructuring workbook's content; sales_label set means a salesperson's copy.
    With `moves` (the analysis against the previous month end) it ends with the sheet of
    customers who moved this month."""
    sales = sales_label is not None
    suffix = f" – {sales_label}" if sales else ""
    tables = [Table(sheet_name(tier), sheet_name(tier) + suffix,
                    columns(analysis.base_currency, sales, analysis.rules.window_months),
                    rows(analysis, tier, sales), [plan_note(tier)])
              for tier in TIERS]
    tables.append(Table(sheet_name("prospect"), sheet_name("prospect") + suffix,
                        prospect_columns(), prospect_rows(analysis, sales),
                        [tr(plans.VALUE_PACKAGE)]))
    if moves is not None:
        tables.append(moved.table(moves, analysis, sales, suffix))
    result = summary(analysis, sales_label, moves)
    result.notes = list(extra or []) + result.notes
    return Document(analysis.rules.firm_name, plans.stamp(analysis), result, tables)
