"""Customer groups and credit limits: the verdicts that need more than one customer.

Sister companies of one owner each stay under every limit while their debt, together, is one
risk. A group the user made (core/credit_terms.py) is judged as one by the stop-loss exposure
trigger: its exposure is the members' money overdue longer than `exposure_min_days`, net of
each member's deposits held and of its insured share, summed over the members (a member whose
deposits exceed its late money counts 0: one company's deposit is no security for another's
debt). A customer in no group is a group of one, judged on its own exposure as before.

When a group's exposure exceeds `stop_loss_exposure_usd`, every member with money overdue goes
on the black list with a reason naming the group; the others go on the watch list (supplying a
sister company is how a blocked debt moves), and so does a member whose own deposits held
cover what it owes overdue. A customer owing more than its credit limit goes
on the watch list, and with it every member of its group. Where the data records no receipts
nobody is judged late, so none of this applies.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.analysis.credit import insured_share, limit_message
from core.analysis.lists import deposits_cover, invoice_params, late_invoices, oldest_invoice
from core.analysis.model import CustomerMetrics
from core.analysis.names import Days
from core.i18n import N_, NP_
from core.ledger.normalise import fold
from core.messages import Message
from core.rules import Rules


@dataclass
class Verdict:
    """What the customer's group says about its list, beside its own figures."""

    black: Message | None = None
    watch: Message | None = None


def groups(customers: list[CustomerMetrics]) -> list[list[CustomerMetrics]]:
    """The customers by group (names compared as customer names are), the others alone."""
    found: dict[str, list[CustomerMetrics]] = {}
    for c in customers:
        key = f"g:{fold(c.credit_group)}" if c.credit_group else f"c:{c.customer_id}"
        found.setdefault(key, []).append(c)
    return list(found.values())


def judge(customers: list[CustomerMetrics], rules: Rules, usd_to_base: float, base: str,
          receipts_known: bool = True) -> dict[int, Verdict]:
    """Every group's exposure and limits; the black and watch reasons they give, by customer.
    Each customer's own exposure (lists.mark_stop_loss) must be measured first."""
    verdicts: dict[int, Verdict] = {}
    limit = rules.exposure_limit(usd_to_base)
    for members in groups(customers):
        name = members[0].credit_group
        if name is None:
            total = members[0].uninsured_exposure
        else:
            total = round(math.fsum(m.uninsured_exposure for m in members), 2)
            names = sorted((m.customer for m in members), key=str.casefold)
            for m in members:
                m.credit_group, m.credit_group_members = name, names
                m.credit_group_exposure = total
        if not receipts_known:
            continue
        if total > limit:
            _trip(members, name, total, limit, rules, base, verdicts)
        over = [m for m in members if m.over_limit]
        for m in members:
            verdict = verdicts.setdefault(m.customer_id, Verdict())
            if m.over_limit:
                verdict.watch = limit_message(m, base)
            elif over and name is not None and verdict.watch is None:
                verdict.watch = Message("group_over_limit", N_(
                    "in the group “{group}”, where “{member}” owes more than its credit limit"),
                    {"group": name, "member": over[0].customer})
    return verdicts


def _trip(members: list[CustomerMetrics], name: str | None, total: float, limit: float,
          rules: Rules, base: str, verdicts: dict[int, Verdict]) -> None:
    """The exposure trigger caught the group: its members owing overdue money are black-listed,
    their late invoices marked; the others watched, and so is one whose own deposits held
    cover what it owes overdue (it adds nothing to the group's exposure: the firm holds more
    of its money than it owes late, and lists.spared says so)."""
    for m in members:
        verdict = verdicts.setdefault(m.customer_id, Verdict())
        if m.overdue_amount <= 0 or deposits_cover(m):
            verdict.watch = Message("group_black", N_(
                "in the group “{group}”, whose exposure is above the stop-loss limit: ship only "
                "against payment"), {"group": name})
            continue
        for item in late_invoices(m, rules):
            item.stop_loss = True
        m.stop_loss = True
        oldest = oldest_invoice(m)  # a sum alone does not say which invoice to chase
        verdict.black = Message("stop_loss_group" if name else "stop_loss_exposure", NP_(
            "{reason}; the oldest: {invoice}, {open:,.0f} {open_currency} open, {days} day "
            "past due",
            "{reason}; the oldest: {invoice}, {open:,.0f} {open_currency} open, {days} days "
            "past due", by="days"),
            {"reason": _reason(m, name, total, limit, rules, base, len(members)),
             **invoice_params(oldest), "days": oldest.days_overdue})


def _reason(c: CustomerMetrics, name: str | None, total: float, limit: float, rules: Rules,
            base: str, count: int) -> Message:
    percent = insured_share(c) * 100
    params = {"amount": total, "currency": base, "days": rules.exposure_min_days,
              "limit": limit, "group": name, "count": count, "own": c.overdue_amount,
              "percent": percent}
    if name is not None:
        return Message("stop_loss_group", NP_(
            "the group “{group}” ({count} customer) has {amount:,.0f} {currency} overdue more "
            "than {days} net of deposits held and insurance, above the limit of {limit:,.0f} "
            "{currency}; {own:,.0f} {currency} of its own is overdue",
            "the group “{group}” ({count} customers) has {amount:,.0f} {currency} overdue more "
            "than {days} net of deposits held and insurance, above the limit of {limit:,.0f} "
            "{currency}; {own:,.0f} {currency} of its own is overdue"),
            {**params, "days": Days(rules.exposure_min_days)})
    if percent > 0:
        return Message("stop_loss_exposure", NP_(
            "{amount:,.0f} {currency} overdue more than {days} day net of deposits held and "
            "its {percent:g}% insured share, above the limit of {limit:,.0f} {currency}",
            "{amount:,.0f} {currency} overdue more than {days} days net of deposits held and "
            "its {percent:g}% insured share, above the limit of {limit:,.0f} {currency}",
            by="days"),
            params)
    return Message("stop_loss_exposure", NP_(
        "{amount:,.0f} {currency} overdue more than {days} day net of deposits held, above "
        "the limit of {limit:,.0f} {currency}",
        "{amount:,.0f} {currency} overdue more than {days} days net of deposits held, above "
        "the limit of {limit:,.0f} {currency}", by="days"), params)
