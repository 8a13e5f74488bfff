"""One payment-risk score per customer, 0 (no risk) to 100 (worst), with its reasons in words.

score = Σ weight × component, each component between 0 and 1 (docs/risk.md has the formula):
days past due (the worst open invoice, full at `risk_days_full`), overdue share of open
receivables, share of open exposure on risky terms (on the window's orders when nothing is
open), late-payment history on settled invoices, and the overdue exposure against the
stop-loss exposure limit. Grades: A < 20 ≤ B < 40 ≤ C < 60 ≤ D < 80 ≤ E.
"""

from __future__ import annotations

from core.analysis.model import CustomerMetrics
from core.i18n import N_
from core.ledger.terms import RUNG_RANK, rung_label
from core.messages import Message, Term
from core.rules import Rules

GRADE_FLOORS = (("E", 80), ("D", 60), ("C", 40), ("B", 20), ("A", 0))


def grade(score: float) -> str:
    return next(letter for letter, floor in GRADE_FLOORS if score >= floor)


def is_risky(rung: str | None, rules: Rules) -> bool:
    return rung is not None and RUNG_RANK.get(rung, 0) >= RUNG_RANK[rules.risky_rung]


def components(c: CustomerMetrics, rules: Rules, usd_to_base: float
               ) -> dict[str, float]:
    """Each component scaled to 0..1."""
    open_total = c.open_amount
    if open_total > 0:
        risky = c.risky_exposure / open_total
    else:
        risky = sum(share for rung, share in c.terms_mix.items() if is_risky(rung, rules)) * 0.5
    history = 0.0
    if c.on_time_share is not None:
        history = 0.5 * (1 - c.on_time_share) + 0.5 * min((c.avg_days_late or 0) / 60, 1.0)
    limit = rules.stop_loss_exposure_usd * usd_to_base
    return {
        "days": min(c.max_days_overdue / rules.risk_days_full, 1.0),
        "overdue_share": c.overdue_amount / open_total if open_total else 0.0,
        "terms": min(risky, 1.0),
        "history": history,
        "capital": min(c.overdue_amount / limit, 1.0) if limit else 0.0,
    }


def score(c: CustomerMetrics, rules: Rules, usd_to_base: float, base: str) -> None:
    """Set score, grade, points per component, reasons and red flags on the customer."""
    parts = components(c, rules, usd_to_base)
    points = {name: weight * parts[name] for name, weight in rules.risk_weights().items()}
    c.risk_components = {k: round(v, 1) for k, v in points.items()}
    c.risk_score = max(0, min(100, round(sum(points.values()))))
    c.risk_grade = grade(c.risk_score)
    c.reasons = reasons(c, parts, rules, base)
    c.red_flags = red_flags(c, base)


def reasons(c: CustomerMetrics, parts: dict[str, float], rules: Rules, base: str
            ) -> list[Message]:
    found: list[Message] = []
    if c.max_days_overdue > 0:
        found.append(Message("overdue_days", N_(
            "{amount:,.0f} {currency} overdue, the oldest {days} days past due"),
            {"amount": c.overdue_amount, "currency": base, "days": c.max_days_overdue}))
    if c.open_amount and parts["overdue_share"] >= 0.5:
        found.append(Message("overdue_share", N_("{share:.0%} of what it owes is overdue"),
                             {"share": parts["overdue_share"]}))
    if c.risky_exposure > 0:
        found.append(Message("risky_terms", N_(
            "{amount:,.0f} {currency} open on {terms} or riskier terms"),
            {"amount": c.risky_exposure, "currency": base,
             "terms": Term(rung_label(rules.risky_rung))}))
    elif c.open_amount == 0 and parts["terms"] > 0:
        found.append(Message("risky_terms_orders", N_("orders on {terms} or riskier terms"),
                             {"terms": Term(rung_label(rules.risky_rung))}))
    if c.on_time_share is not None and c.on_time_share < 0.8:
        found.append(Message("late_history", N_(
            "paid {late} of {settled} invoices late, {days:.0f} days late on average"),
            {"late": c.settled_count - round(c.on_time_share * c.settled_count),
             "settled": c.settled_count, "days": c.avg_days_late or 0}))
    if c.capital_cost >= 1:
        found.append(Message("capital_cost", N_(
            "late money costs about {cost:,.0f} {currency} a year in capital"),
            {"cost": c.capital_cost, "currency": base}))
    if c.disputed_amount > 0:
        found.append(Message("disputed", N_(
            "{amount:,.0f} {currency} held up by a quality dispute (shown apart)"),
            {"amount": c.disputed_amount, "currency": base}))
    if not found:
        if c.on_time_share is not None:
            found.append(Message("pays_on_time", N_(
                "pays on time ({share:.0%} of {settled} settled invoices)"),
                {"share": c.on_time_share, "settled": c.settled_count}))
        else:
            found.append(Message("nothing_overdue", N_("nothing overdue")))
    return found


def red_flags(c: CustomerMetrics, base: str) -> list[Message]:
    flags: list[Message] = []
    shipped_unpaid = [r for r in c.receivables if r.balance_before_shipment_open]
    if shipped_unpaid:
        flags.append(Message("shipped_before_balance", N_(
            "goods shipped on “balance before shipment” terms with {amount:,.0f} {currency} "
            "still open"), {"amount": sum(r.open_base for r in shipped_unpaid),
                            "currency": base}))
    if c.credit_limit and c.open_amount > c.credit_limit:
        flags.append(Message("over_credit_limit", N_(
            "owes {amount:,.0f} {currency}, above its credit limit of {limit:,.0f}"),
            {"amount": c.open_amount, "currency": base, "limit": c.credit_limit}))
    return flags
