"""The stop-loss phase's lists: black (suspend supply, collect), watch (tighten terms), white.

The article's rule: an invoice more than 60 days past due (14 on D/P: unredeemed documents leave
a container at a foreign port) from a customer whose average order is under 20,000 USD. A second
trigger the article lacks: overdue exposure, net of deposits held, above 50,000 USD whatever the
order size. Disputed invoices never drive it. Lists are exclusive, black before watch before
white; a list pinned by hand wins. Suspension stays a recommendation the owner confirms.
"""

from __future__ import annotations

from core.analysis.model import CustomerMetrics
from core.analysis.names import GROUP_WORDS, KEY_TIERS
from core.i18n import N_
from core.messages import Message, Term
from core.rules import Rules


def mark_stop_loss(c: CustomerMetrics, rules: Rules, usd_to_base: float, base: str
                   ) -> Message | None:
    """Flag the invoices the rule catches; return why the customer is on the black list."""
    average = c.avg_order_12m if c.orders_12m else c.avg_order_all
    floor = rules.stop_loss_avg_order_usd * usd_to_base
    small = average < floor - 0.005
    reason = None
    for item in c.receivables:
        days = rules.stop_loss_days_for(item.pay_rung)
        if small and not item.disputed and item.open_base > 0 and item.days_overdue > days:
            item.stop_loss = True
            if reason is None or item.days_overdue > reason.params["days"]:
                reason = Message("stop_loss_rule", N_(
                    "{days} days past due (limit {limit}) and an average order of {average:,.0f} "
                    "{currency}, under {floor:,.0f}"),
                    {"days": item.days_overdue, "limit": days, "average": average,
                     "currency": base, "floor": floor})
    held = sum(r.deposit_base for r in c.receivables)
    exposure = sum(r.open_base for r in c.receivables if r.overdue and not r.disputed) - held
    limit = rules.stop_loss_exposure_usd * usd_to_base
    if exposure > limit:
        for item in c.receivables:
            if item.overdue and not item.disputed:
                item.stop_loss = True
        reason = Message("stop_loss_exposure", N_(
            "{amount:,.0f} {currency} overdue net of deposits, above the limit of "
            "{limit:,.0f}"), {"amount": exposure, "currency": base, "limit": limit})
    c.stop_loss = reason is not None
    return reason


def assign_list(c: CustomerMetrics, black_reason: Message | None, rules: Rules) -> None:
    if c.pinned_list:
        c.list = c.pinned_list
        c.list_reason = Message("pinned_list", N_("put on this list by hand"))
    elif black_reason is not None:
        c.list, c.list_reason = "black", black_reason
    elif c.max_days_overdue > rules.watch_days:
        c.list = "watch"
        c.list_reason = Message("watch_overdue", N_(
            "{days} days past due (watch from {limit})"),
            {"days": c.max_days_overdue, "limit": rules.watch_days})
    elif c.risk_grade in ("D", "E"):
        c.list = "watch"
        c.list_reason = Message("watch_grade", N_("payment risk grade {grade} ({score}/100)"),
                                {"grade": c.risk_grade, "score": c.risk_score})
    elif c.tier in KEY_TIERS and c.risk_grade in ("A", "B"):
        c.list = "white"
        c.list_reason = Message("white_reliable", N_(
            "{tier} customer paying reliably (grade {grade})"),
            {"tier": Term(GROUP_WORDS[c.tier].name), "grade": c.risk_grade})
    else:
        c.list, c.list_reason = None, None
