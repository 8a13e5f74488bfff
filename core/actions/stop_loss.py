"""Rows of the stop-loss (止损期) lists: black, watch and white, from an Analysis.

Membership and its reason are the analysis's verdict (`CustomerMetrics.list`); this module
never decides again, it only orders, words and dates what the meeting has to act on. A
salesperson's copy reaches phones and sometimes customers, so it names the lists as
collection priorities instead of a black list.
"""

from __future__ import annotations

from datetime import date, timedelta

from core.actions import plans
from core.actions.ledger_words import country_text, terms_words
from core.actions.workbook import KINDS_KEY, Column, Document, Summary, Table
from core.analysis.lists import PINNED
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import (
    BOXED_LISTS,
    GROUP_RANK,
    KEY_TIERS,
    LISTS,
    customer_label,
    list_heading,
)
from core.analysis.risk import grade_text
from core.analysis.what_if import WhatIf, article_comparison, summary_rows, what_if
from core.i18n import N_, money_text, tr, with_note
from core.ledger.terms import rung_label


def members(analysis: Analysis, code: str) -> list[CustomerMetrics]:
    """One list's customers in the order the meeting works through them: the biggest overdue
    first on the black list, the oldest on the watch list, the most valuable on the white."""
    found = [c for c in analysis.customers if c.list == code]
    if code == "black":
        return sorted(found, key=lambda c: (-c.overdue_amount, c.customer.casefold()))
    if code in ("watch", "confirm"):
        return sorted(found, key=lambda c: (-c.max_days_overdue, -c.overdue_amount,
                                            c.customer.casefold()))
    return sorted(found, key=lambda c: (GROUP_RANK.get(c.tier, len(GROUP_RANK)), -c.revenue_12m,
                                        c.customer.casefold()))


def pinned_here(found: list[CustomerMetrics], code: str) -> int:
    """How many of a list's customers were put on it by hand (its rule line says so)."""
    return sum(c.pinned_list == code for c in found)


def collect_first(analysis: Analysis) -> list[CustomerMetrics]:
    """The customers whose overdue money is chased first, the biggest first: those whose
    supply waits on the owner (black and confirm-payment, names.BOXED_LISTS), as their lists'
    actions say. A watched customer is followed closely, not chased first: a salesperson's
    "Collect first" line named a watched 3,000 beside the held 45,200."""
    return sorted((c for code in BOXED_LISTS for c in members(analysis, code)
                   if c.overdue_amount > 0),
                  key=lambda c: (-c.overdue_amount, c.customer.casefold()))


def due_by(analysis: Analysis) -> date:
    """A + due_by_days: the date by which each action should have been taken."""
    return analysis.as_of + timedelta(days=analysis.rules.due_by_days)


def terms_text(c: CustomerMetrics) -> str:
    """The terms as the clerk wrote them (an English list saying known Chinese words in
    English); the ladder rung where nothing was written."""
    if c.payment_terms:
        return terms_words(c.payment_terms)
    return tr(rung_label(c.main_rung)) if c.main_rung else ""


def reason_text(c: CustomerMetrics, sales: bool = False) -> str:
    """Why the customer is on its list; a salesperson's copy says how late it is where the
    owner's quotes the firm's stop-loss or watch threshold (plans.THRESHOLD_REASONS)."""
    if sales and c.list_reason and c.list_reason.code in plans.THRESHOLD_REASONS:
        parts = [tr(plans.SALES_REASON_LATE, days=c.max_days_overdue)]
    elif sales and c.list_reason and c.list_reason.code == "pinned_list":
        parts = [tr(PINNED)]  # not where the owner's figures would put it: no list names
    elif sales and c.list_reason and c.list_reason.code == "group_over_limit":
        parts = [tr(plans.SALES_GROUP_OVER_LIMIT, group=c.list_reason.params["group"])]
    else:
        parts = [c.list_reason.text] if c.list_reason else [m.text for m in c.reasons[:1]]
    # why a customer past the stop-loss days is not black, as its panel and JSON say it: the
    # owner reading "91 days past due" on the watch list asks (list43); the deposits that
    # spare it are what to collect from, said on a salesperson's copy too, which quotes no rule
    if c.spared and not sales:
        parts.append(c.spared.text)
    elif c.spared and c.spared.code == "spared_deposits":
        parts.append(c.spared.params["cover"].text)
    parts += [flag.text for flag in c.red_flags if flag.text not in parts]  # over the limit
    return "\n".join(parts)


def action_text(c: CustomerMetrics, code: str, currency: str, sales: bool) -> str:
    amount = money_text(currency, c.overdue_amount)
    if code == "black":
        if c.overdue_amount <= 0:  # put there by hand: nothing to collect
            return tr(plans.ACTION_HOLD_NOTHING_DUE if sales else plans.ACTION_BLACK_NOTHING_DUE)
        if sales:
            return tr(plans.ACTION_HOLD, amount=amount)
        return tr(plans.ACTION_OWNER_DECIDES if c.owner_decides else plans.ACTION_BLACK,
                  amount=amount)
    if code == "confirm":
        return tr(plans.ACTION_CONFIRM, amount=amount)
    if code == "watch":
        if c.overdue_amount > 0:
            return tr(plans.ACTION_WATCH_OVERDUE, amount=amount)
        return tr(plans.ACTION_WATCH)
    return tr(plans.ACTION_WHITE)


def columns(currency: str) -> list[Column]:
    """The same columns in both copies: none of them shows cost or margin. On paper: who,
    how much and how late, why, and what to do; the rest beside the print area."""
    return [
        *plans.customer_columns(),
        Column("tier", tr(N_("Pyramid tier")), max_width=16, detail=True),
        Column("open", tr(N_("Open receivable ({currency})"), currency=currency), "money",
               max_width=16, detail=True),
        Column("overdue", tr(N_("Overdue receivable ({currency})"), currency=currency), "money",
               max_width=16),
        Column("days", tr(N_("Days overdue (max)")), "int", max_width=10),
        Column("average", tr(N_("Average order value ({currency})"), currency=currency), "money",
               max_width=16, detail=True),
        Column("terms", tr(N_("Payment terms")), wrap=True, max_width=16),
        Column("grade", tr(N_("Payment risk grade")), max_width=8),
        Column("reason", tr(N_("Reason for the list")), wrap=True, max_width=34),
        Column("action", tr(N_("Recommended action")), wrap=True, max_width=30),
        Column("notes", tr(N_("Notes")), max_width=14),
        Column("due_by", tr(N_("Due by")), "date", max_width=12, detail=True),
        Column("status", tr(N_("Status")), max_width=12, detail=True),
    ]


def rows(analysis: Analysis, code: str, sales: bool = False) -> list[dict[str, object]]:
    due = due_by(analysis)
    return [{
        "customer": c.customer,
        "country": country_text(c.country),
        "salesperson": c.salesperson or "",
        "tier": customer_label(c.tier),
        "open": round(c.open_amount, 2),
        "overdue": round(c.overdue_amount, 2),
        "days": c.max_days_overdue,
        "average": round(c.average_order, 2),
        "terms": terms_text(c),
        "grade": grade_text(c),
        "reason": reason_text(c, sales),
        "action": action_text(c, code, analysis.base_currency, sales),
        "due_by": due,
        "status": "",
        "notes": "",
    } for c in members(analysis, code)]


def black_key_customers(analysis: Analysis) -> list[CustomerMetrics]:
    """Strategic or core customers the black list would cut off: the owner looks twice."""
    return [c for c in members(analysis, "black") if c.tier in KEY_TIERS]


def summary(analysis: Analysis, sales_label: str | None, extra: list[str]) -> Summary:
    sales = sales_label is not None
    currency = analysis.base_currency
    facts = plans.dated_facts(analysis, sales_label) + [(tr(N_("Due by")), due_by(analysis))]
    cols = [
        Column("list", tr(N_("Action list")), max_width=28),
        Column("count", tr(N_("Number of customers")), "int", max_width=12),
        Column("open", tr(N_("Open receivable ({currency})"), currency=currency), "money",
               max_width=18),
        Column("overdue", tr(N_("Overdue receivable ({currency})"), currency=currency), "money",
               max_width=18),
        Column("rule", tr(N_("Rule and action")), wrap=True, max_width=60),
    ]
    table = []
    for code in LISTS:
        found = members(analysis, code)
        table.append({
            "list": list_heading(code, sales),
            "count": len(found),
            "open": round(sum(c.open_amount for c in found), 2),
            "overdue": round(sum(c.overdue_amount for c in found), 2),
            "rule": plans.list_rule(code, sales, analysis.rules, pinned_here(found, code)),
        })
    tables = [(cols, table)]
    notes, alerts = list(extra), []
    if not sales:
        stopping = what_if(analysis, members(analysis, "black"))
        tables.append(what_if_table(stopping))
        notes += [m.text for m in article_comparison(stopping)]
        notes.append(tr(plans.SUSPENSION_NOTE))
        key = black_key_customers(analysis)
        if key:
            alerts.append(tr(plans.BLACK_KEY_FLAG, names=plans.join(
                [with_note(c.customer, customer_label(c.tier)) for c in key])))
        else:
            notes.append(tr(plans.BLACK_KEY_NONE))
        notes += plans.other_notes(analysis)
    return Summary(tr(N_("Overview")), tr(N_("Stop-loss phase (0–3 months): action lists")),
                   facts, tables, notes, alerts, plans.banner(analysis))


def what_if_table(found: WhatIf) -> tuple[list[Column], list[dict[str, object]]]:
    """What stopping supply to the black list means, as a small table of the overview: the
    owner reads it before confirming any hold. Each value carries its own number format."""
    cols = [Column("figure", tr(N_("If supply to the black list stopped")), max_width=44),
            Column("value", tr(N_("Value")), "money", max_width=16)]
    return cols, [{"figure": label, "value": value, KINDS_KEY: {"value": kind}}
                  for label, value, kind in summary_rows(found)]


def document(analysis: Analysis, sales_label: str | None = None,
             extra: list[str] | None = None) -> Document:
    """The stop-loss workbook's content; sales_label set means a salesperson's copy."""
    sales = sales_label is not None
    tables = []
    for code in LISTS:
        name = list_heading(code, sales)
        title = f"{name} – {sales_label}" if sales else name
        tables.append(Table(name, title, columns(analysis.base_currency),
                            rows(analysis, code, sales)))
    return Document(analysis.rules.firm_name, plans.stamp(analysis),
                    summary(analysis, sales_label, extra or []), tables)
