"""Rows of the leap (跃升期) plan: the strategic customers to invite into the referral programme.

Who qualifies is core.analysis.leap's verdict; this module lays it out for the meeting like the
other two workbooks: an overview with the plan, the conditions and the assumed effect, the
candidates, and the strategic customers not yet eligible with what stands in the way. A
salesperson's copy leaves out gross profit and margin, as the others do.
"""

from __future__ import annotations

from core.actions import plans
from core.actions.ledger_words import country_text
from core.actions.restructuring import margin
from core.actions.stop_loss import grade_text
from core.actions.workbook import Column, Document, Summary, Table
from core.analysis.leap import Referral, referrals
from core.analysis.model import Analysis
from core.analysis.names import list_heading
from core.i18n import N_, clauses, money_text, tr

SHEET = N_("Referral candidates")
NOT_YET = N_("Not yet eligible")
ASSUMPTION = N_(
    "The expected effect is an illustration, not a forecast. It assumes: peers introduced "
    "per candidate a year, {peers:g}; of them, {conversion} order; each buys as much as its "
    "referrer did in the window; the commission is {commission} of what they buy. Change "
    "these assumptions in Settings → Phases.")
CONDITIONS = N_(
    "Candidates are strategic customers with payment risk grade A or B, on neither the black "
    "nor the watch list, whose first valid order is at least {months} months old.")
# The same conditions in a salesperson's copy: the lists by the names that copy gives them.
SALES_CONDITIONS = N_(
    "Candidates are strategic customers with payment risk grade A or B, on neither “{hold}” "
    "nor “{watch}”, whose first valid order is at least {months} months old.")
SALES_LISTED = N_("on “{list}”")
INVITE = N_("Invite into the referral programme: {commission} commission on the first year's "
            "orders of each peer customer introduced.")


def _money_columns(currency: str, sales: bool) -> list[Column]:
    cols = [Column("revenue", tr(N_("Revenue in the window ({currency})"), currency=currency),
                   "money", max_width=16)]
    if not sales:
        cols += [Column("profit", tr(N_("Gross profit in the window ({currency})"),
                                     currency=currency), "money", max_width=16),
                 Column("margin", tr(N_("Gross margin")), "percent", max_width=10)]
    return cols


def columns(currency: str, sales: bool) -> list[Column]:
    cols = [
        *plans.customer_columns(),
        Column("first", tr(N_("First valid order")), "date", max_width=12),
        Column("years", tr(N_("Years of orders")), "decimal", max_width=8),
        Column("orders", tr(N_("Orders in the window")), "int", max_width=10, detail=True),
        *_money_columns(currency, sales),
        Column("grade", tr(N_("Payment risk grade")), max_width=8),
        Column("expected", tr(N_("Assumed referred revenue a year ({currency})"),
                              currency=currency), "money", max_width=18),
        Column("commission", tr(N_("Assumed commission a year ({currency})"),
                                currency=currency), "money", max_width=18),
    ]
    if not sales:
        cols.append(Column("net", tr(N_("Assumed gross profit after commission ({currency})"),
                                     currency=currency), "money", max_width=18))
    cols += [  # the invitation is the same for every candidate: it is said above the table
        Column("notes", tr(N_("Notes")), max_width=16),
        Column("status", tr(N_("Status")), max_width=12, detail=True),
    ]
    return cols


def _base(r: Referral, sales: bool) -> dict[str, object]:
    c = r.customer
    row: dict[str, object] = {
        "customer": c.customer, "country": country_text(c.country),
        "salesperson": c.salesperson or "",
        "first": r.first_order, "years": r.years, "orders": c.orders_12m,
        "revenue": round(c.revenue_12m, 2), "grade": grade_text(c), "status": "", "notes": ""}
    if not sales:
        profit = c.gross_profit_12m
        row.update(profit=None if profit is None else round(profit, 2), margin=margin(c))
    return row


def rows(analysis: Analysis, sales: bool = False) -> list[dict[str, object]]:
    found = []
    for r in referrals(analysis):
        if not r.candidate:
            continue
        row = _base(r, sales)
        row.update(expected=r.expected_revenue, commission=r.commission)
        if not sales and r.expected_gross_profit is not None:
            row["net"] = round(r.expected_gross_profit - r.commission, 2)
        found.append(row)
    return found


def not_yet_columns(currency: str, sales: bool) -> list[Column]:
    return [
        Column(plans.NAME, tr(N_("Customer")), wrap=True, max_width=28),
        Column("salesperson", tr(N_("Salesperson")), max_width=12),
        Column("first", tr(N_("First valid order")), "date", max_width=12),
        Column("years", tr(N_("Years of orders")), "decimal", max_width=8),
        *_money_columns(currency, sales),
        Column("grade", tr(N_("Payment risk grade")), max_width=8),
        Column("blocking", tr(N_("What stands in the way")), wrap=True, max_width=44),
        Column("notes", tr(N_("Notes")), max_width=14),
    ]


def blocking_text(r: Referral, sales: bool) -> str:
    """What stands in the way; a salesperson's copy names a list as its own sheets do."""
    return clauses([tr(SALES_LISTED, list=list_heading(r.customer.list, sales=True))
                    if sales and m.code == "leap_listed" and r.customer.list else m.text
                    for m in r.failed])


def not_yet_rows(analysis: Analysis, sales: bool = False) -> list[dict[str, object]]:
    return [{**_base(r, sales), "blocking": blocking_text(r, sales)}
            for r in referrals(analysis) if not r.candidate]


def summary(analysis: Analysis, sales_label: str | None) -> Summary:
    sales, rules = sales_label is not None, analysis.rules
    chosen = [r for r in referrals(analysis) if r.candidate]
    commission = plans.percent_text(rules.referral_commission_pct)
    facts = plans.dated_facts(analysis, sales_label) + [
        (tr(N_("Referral candidates")), len(chosen)),
        (tr(N_("Strategic customers not yet eligible")),
         len(analysis.by_tier("strategic")) - len(chosen)),
        (tr(N_("Commission")), commission),
        (tr(N_("Assumed referred revenue a year")),
         money_text(analysis.base_currency, sum(r.expected_revenue for r in chosen))),
        (tr(N_("Assumed commission a year")),
         money_text(analysis.base_currency, sum(r.commission for r in chosen))),
    ]
    notes = [tr(plans.LEAP_NOTE, commission=commission),
             tr(SALES_CONDITIONS, hold=list_heading("black", sales=True),
                watch=list_heading("watch", sales=True), months=rules.leap_min_history_months)
             if sales else tr(CONDITIONS, months=rules.leap_min_history_months),
             tr(ASSUMPTION, peers=rules.referral_peers_per_year,
                conversion=plans.percent_text(rules.referral_conversion_pct),
                commission=commission)]
    if not sales:
        notes += plans.other_notes(analysis)
    return Summary(tr(N_("Overview")), tr(N_("Leap phase (9–18 months): referral plan")), facts,
                   [], notes, banner=plans.banner(analysis))


def document(analysis: Analysis, sales_label: str | None = None,
             extra: list[str] | None = None) -> Document:
    """The leap workbook's content; sales_label set means a salesperson's copy."""
    sales = sales_label is not None
    suffix = f" – {sales_label}" if sales else ""
    currency = analysis.base_currency
    invite = tr(INVITE, commission=plans.percent_text(analysis.rules.referral_commission_pct))
    tables = [Table(tr(SHEET), tr(SHEET) + suffix, columns(currency, sales),
                    rows(analysis, sales), [invite]),
              Table(tr(NOT_YET), tr(NOT_YET) + suffix, not_yet_columns(currency, sales),
                    not_yet_rows(analysis, sales))]
    result = summary(analysis, sales_label)
    result.notes = list(extra or []) + result.notes
    return Document(analysis.rules.firm_name, plans.stamp(analysis), result, tables)
