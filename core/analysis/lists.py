"""The stop-loss phase's lists: black (suspend supply, collect), watch (tighten terms), white;
and "confirm payment" where the data records no receipts at all.

The article's rule: an invoice more than 60 days past due (14 on D/P, counted from the
documents' presentation: unredeemed documents leave a container at a foreign port) from a
customer whose average order is under 20,000 USD. A second trigger the article lacks: money
overdue longer than `exposure_min_days`, net of deposits held and of its insured share, above
50,000 USD whatever the order size, so a routine bank delay never suspends the firm's best
account; customers put in a group add theirs up (core.analysis.credit_groups, which also puts a
customer over its credit limit, and its group, on the watch list). Disputed invoices
and small remainders never drive it, nor does late money the customer's own deposits held on
orders not shipped yet cover: the firm holds more of its money than it owes late, so there is
no loss to stop (it stays on the watch list, saying so). A strategic or core customer the rule
catches is listed for the owner's decision (secure or suspend). Lists are exclusive, black
before watch before white; a list pinned by hand wins. Suspension stays a recommendation the
owner confirms.

Where no receipt is recorded in the window, nobody can be judged late or reliable: past-due
customers go on the confirm list, and nobody is black-, watch- or white-listed.
"""

from __future__ import annotations

from core.analysis.credit import insured_share, uninsured
from core.analysis.model import CustomerMetrics, Receivable
from core.analysis.names import GROUP_WORDS, KEY_TIERS, LIST_WORDS, Days
from core.analysis.risk import late_history
from core.analysis.write_offs import watched
from core.i18n import N_, NP_
from core.ledger.normalise import fold
from core.messages import Message, Noted, Term
from core.rules import Rules

# The rule's reason names the invoice it caught and what is open on it: the owner calls the
# customer about that invoice, and "51 days past due (limit 14)" alone left them to find it.
_RULE = NP_("{invoice}: {open:,.0f} {open_currency} open, {days} day past due ({limit}) and an "
            "average order of {average:,.0f} {currency}, under {floor:,.0f} {currency}",
            "{invoice}: {open:,.0f} {open_currency} open, {days} days past due ({limit}) and an "
            "average order of {average:,.0f} {currency}, under {floor:,.0f} {currency}",
            by="days")
# a customer without a valid order (trials only): its average is none, not "0 USD"
_NO_ORDER = NP_("{invoice}: {open:,.0f} {open_currency} open, {days} day past due ({limit}) "
                "and no valid order yet (trials do not count), so under the {floor:,.0f} "
                "{currency} average order",
                "{invoice}: {open:,.0f} {open_currency} open, {days} days past due ({limit}) "
                "and no valid order yet (trials do not count), so under the {floor:,.0f} "
                "{currency} average order", by="days")
# {limit} is a Days: "(on watch after 30 days)", its unit said as the Chinese always did
_WATCH = NP_("{invoice}: {open:,.0f} {open_currency} open, {days} day past due (on watch "
             "after {limit})",
             "{invoice}: {open:,.0f} {open_currency} open, {days} days past due (on watch "
             "after {limit})", by="days")
# D/P's shorter limit says why it is shorter, so "limit 14 days" beside another's "limit 60
# days" reads; the unit is said ("limit 60" alone, where the Chinese said 上限 60 天)
_LIMIT = NP_("limit {limit} day", "limit {limit} days", by="limit")
_LIMIT_DP = NP_("limit {limit} day on D/P, counted from the documents' presentation",
                "limit {limit} days on D/P, counted from the documents' presentation",
                by="limit")
PINNED = N_("put on this list by hand")
_SPARED = NP_(
    "not on the black list, though {days} day past due: its average order of "
    "{average:,.0f} {currency} is not under {floor:,.0f} {currency}, and {exposure:,.0f} "
    "{currency} overdue more than {exposure_days} is under the {limit:,.0f} {currency} limit",
    "not on the black list, though {days} days past due: its average order of "
    "{average:,.0f} {currency} is not under {floor:,.0f} {currency}, and {exposure:,.0f} "
    "{currency} overdue more than {exposure_days} is under the {limit:,.0f} {currency} limit",
    by="days")
_SPARED_INSURED = NP_(
    "not on the black list, though {days} day past due: its average order of "
    "{average:,.0f} {currency} is not under {floor:,.0f} {currency}, and of the {late:,.0f} "
    "{currency} it owes overdue more than {exposure_days}, {exposure:,.0f} {currency} net of "
    "deposits held and its {percent:g}% insured share is under the {limit:,.0f} {currency} limit",
    "not on the black list, though {days} days past due: its average order of "
    "{average:,.0f} {currency} is not under {floor:,.0f} {currency}, and of the {late:,.0f} "
    "{currency} it owes overdue more than {exposure_days}, {exposure:,.0f} {currency} net of "
    "deposits held and its {percent:g}% insured share is under the {limit:,.0f} {currency} limit",
    by="days")
_SPARED_GROUP = NP_(
    "not on the black list, though {days} day past due: its average order of "
    "{average:,.0f} {currency} is not under {floor:,.0f} {currency}, and its group “{group}” "
    "has {exposure:,.0f} {currency} overdue more than {exposure_days} net of deposits held and "
    "insurance, under the {limit:,.0f} {currency} limit",
    "not on the black list, though {days} days past due: its average order of "
    "{average:,.0f} {currency} is not under {floor:,.0f} {currency}, and its group “{group}” "
    "has {exposure:,.0f} {currency} overdue more than {exposure_days} net of deposits held and "
    "insurance, under the {limit:,.0f} {currency} limit",
    by="days")


def mark_stop_loss(c: CustomerMetrics, rules: Rules, usd_to_base: float, base: str
                   ) -> Message | None:
    """Flag the invoices the article's rule catches and return why; measure the exposure the
    second trigger judges with the customer's group (core.analysis.credit_groups)."""
    average = c.average_order
    floor = rules.stop_loss_avg_order_usd * usd_to_base
    small = c.avg_order_known and average < floor - 0.005 and not deposits_cover(c)
    reason = None
    for item in c.owing if small else ():  # the rule is for small customers only
        days = rules.stop_loss_days_for(item.pay_rung)
        if item.days_overdue > days and item.counts:
            item.stop_loss = True
            if reason is None or item.days_overdue > reason.params["days"]:
                limit = Message("stop_loss_limit", _LIMIT_DP if item.pay_rung == "dp"
                                else _LIMIT, {"limit": days})
                reason = Message("stop_loss_rule", _RULE if c.orders_all else _NO_ORDER, {
                    **invoice_params(item), "days": item.days_overdue, "limit": limit,
                    "average": average, "currency": base, "floor": floor})
    # deposits held secure the late money, never more: a customer whose deposits exceed what
    # it owes late has nothing at risk, not a negative figure (Milano's -971,144 in --json
    # read as money the firm owed it, and a group summed its members' exposures around it)
    c.exposure = round(max(sum(i.open_base for i in late_invoices(c, rules))
                           - c.deposits_held, 0.0), 2)
    c.uninsured_exposure = round(uninsured(c, c.exposure), 2)
    c.stop_loss = reason is not None
    return reason


def spared(c: CustomerMetrics, rules: Rules, usd_to_base: float, base: str
           ) -> Message | None:
    """Why a customer past the stop-loss days is not on the black list: its average order
    is not small, and what it (or its group) owes past the exposure days is under the limit;
    or the deposits held on its orders not shipped yet cover what it owes overdue
    (`spared_deposits`, also printed on the lists: the money to collect it from).
    The owner looking at "124 days past due" on the watch list asks exactly that."""
    if c.list == "black" or c.pinned_list or not c.avg_order_known:
        return None
    late = [i for i in c.owing  # days first: cheap, and 0 for nearly every invoice
            if i.days_overdue > 0 and i.counts
            and i.days_overdue > rules.stop_loss_days_for(i.pay_rung)]
    floor = rules.stop_loss_avg_order_usd * usd_to_base
    if not late:
        return None
    if deposits_cover(c):  # first: in a group over the limit, the limit spares no one
        return Message("spared_deposits", NP_(
            "not on the black list, though {days} day past due: {cover}",
            "not on the black list, though {days} days past due: {cover}", by="days"), {
            "days": max(i.days_overdue for i in late), "cover": cover_message(c, base)})
    if c.average_order < floor - 0.005:  # small and late is black, or pinned
        return None
    exposure = c.credit_group_exposure if c.credit_group else c.uninsured_exposure
    percent = insured_share(c) * 100
    # the figure weighed is said as what it is: the group's, or what the insurer leaves the
    # firm ("6,000 overdue" beside an overdue column of 60,000 read as a wrong figure)
    text = _SPARED_GROUP if c.credit_group else _SPARED_INSURED if percent > 0 else _SPARED
    return Message("spared", text, {
        "days": max(i.days_overdue for i in late), "average": c.average_order,
        "currency": base, "floor": floor,
        "exposure": exposure or 0.0, "exposure_days": Days(rules.exposure_min_days),
        "limit": rules.exposure_limit(usd_to_base), "group": c.credit_group,
        "percent": percent, "late": sum(i.open_base for i in late_invoices(c, rules))})


def deposits_cover(c: CustomerMetrics) -> bool:
    """The deposits the firm holds on the customer's orders not shipped yet are at least what
    it owes overdue: its own money in the firm's hands secures the late invoices (collected
    before those orders ship), so the small-customer rule has no loss to stop. Overdue money
    in a currency without a rate is of unknown size: never covered."""
    if c.deposits_held <= 0 or c.overdue_amount <= 0:
        return False
    overdue = [i for i in c.owing if i.counts and i.days_overdue > 0]
    return not any(i.rate_missing for i in overdue) and c.deposits_held >= c.overdue_amount - 0.005


def cover_message(c: CustomerMetrics, base: str) -> Message:
    """What the deposits held cover, said where they spare a customer the black list."""
    return Message("deposits_cover", N_(
        "{deposits:,.0f} {currency} of deposits held on orders not shipped yet cover the "
        "{overdue:,.0f} {currency} it owes overdue"),
        {"deposits": c.deposits_held, "overdue": c.overdue_amount, "currency": base})


def invoice_params(item: Receivable) -> dict[str, object]:
    """The invoice a reason names, as the ledger numbers it (its order number, with the
    invoice number of a shipment of its own), and what is open on it in its own currency; an
    order the clerk gave no number, by its date."""
    if item.order_no:
        own = item.invoice_no and fold(item.invoice_no) != fold(item.order_no)
        name: object = Noted(item.order_no, item.invoice_no) if own else item.order_no
    else:
        name = Message("order_of", N_("the order of {date}"),
                       {"date": item.order_date.isoformat()})
    return {"invoice": name, "open": item.open, "open_currency": item.currency}


def oldest_invoice(c: CustomerMetrics) -> Receivable:
    """The invoice longest past due of those owed and judged (the first of equals): the one a
    reason names. Only for a customer with money past due."""
    return max((i for i in c.owing if i.counts and i.days_overdue > 0),
               key=lambda i: i.days_overdue)


def late_invoices(c: CustomerMetrics, rules: Rules) -> list[Receivable]:
    """The invoices the exposure trigger counts: overdue longer than exposure_min_days."""
    floor = rules.exposure_min_days
    return [i for i in c.owing if i.days_overdue > floor and i.counts]  # days first: cheap


def assign_list(c: CustomerMetrics, black_reason: Message | None, rules: Rules,
                receipts_known: bool = True, watch_reason: Message | None = None) -> None:
    """The customer's list: pinned, else confirm (no receipts), black, watch (over its credit
    limit or in a group that is, `watch_reason`; days overdue; grade D/E), white."""
    c.owner_decides = False
    if c.pinned_list:
        pinned, c.pinned_list = c.pinned_list, None
        assign_list(c, black_reason, rules, receipts_known, watch_reason)
        c.pinned_list, c.owner_decides = pinned, False
        c.list, c.list_reason = pinned, pinned_reason(pinned, c.list, c.list_reason)
    elif not receipts_known:
        c.list, c.list_reason = ("confirm", Message("confirm_payment", NP_(
            "{days} day past due, but the data records no receipts: confirm whether it was "
            "paid",
            "{days} days past due, but the data records no receipts: confirm whether it was "
            "paid", by="days"), {"days": c.max_days_overdue})
        ) if c.max_days_overdue > 0 else (None, None)
    elif black_reason is not None:
        c.list, c.list_reason = "black", black_reason
        if c.tier in KEY_TIERS:
            c.owner_decides = True
            c.list_reason = Message(black_reason.code, N_(
                "{reason}; a {tier} customer: the owner decides – secure or suspend"),
                {"reason": black_reason, "tier": Term(GROUP_WORDS[c.tier].name)})
    elif watch_reason is not None:
        c.list, c.list_reason = "watch", watch_reason
    elif c.written_off:  # a bad debt written off in its window: watched, never white
        c.list = "watch"
        c.list_reason = watched(c.written_off, c.written_off_on, rules.base_currency)
    elif c.max_days_overdue > rules.watch_days:
        c.list = "watch"
        c.list_reason = Message("watch_overdue", _WATCH, {
            **invoice_params(oldest_invoice(c)), "days": c.max_days_overdue,
            "limit": Days(rules.watch_days)})
    elif c.risk_grade in ("D", "E"):
        c.list = "watch"
        c.list_reason = Message("watch_grade", N_("payment risk grade {grade} ({score}/100)"),
                                {"grade": c.risk_grade, "score": c.risk_score})
    elif c.tier in KEY_TIERS and c.risk_grade in ("A", "B"):
        c.list, c.list_reason = "white", white_reason(c, rules)
    else:
        c.list, c.list_reason = None, None


def pinned_reason(pinned: str, ruled: str | None, why: Message | None) -> Message:
    """A pin wins, but its reason says where the figures would put the customer when that
    differs: a pin made when it paid must not hide that it now owes 200 days."""
    if ruled == pinned:
        return Message("pinned_list", PINNED)
    if ruled is None or why is None:
        return Message("pinned_list", N_(
            "put on this list by hand; by the figures it would be on no list"))
    return Message("pinned_list", N_(
        "put on this list by hand; by the figures it would be on the {list}: {reason}"),
        {"list": Term(LIST_WORDS[ruled].name), "reason": why})


def white_reason(c: CustomerMetrics, rules: Rules) -> Message:
    """"Paying reliably" only for a customer that has paid, on time, and owes nothing late."""
    tier = Term(GROUP_WORDS[c.tier].name)
    if c.on_time_share is not None and not late_history(c, rules) and c.max_days_overdue == 0:
        return Message("white_reliable", N_("{tier} customer paying reliably (grade {grade})"),
                       {"tier": tier, "grade": c.risk_grade})
    if late_history(c, rules):
        return Message("white_late_history", N_(
            "{tier} customer, grade {grade}; {late} of {settled} invoices were paid late: "
            "protect supply and watch the payments"),
            {"tier": tier, "grade": c.risk_grade, "settled": c.settled_count,
             "late": c.late_count})
    return Message("white_key", N_("{tier} customer, payment risk grade {grade}"),
                   {"tier": tier, "grade": c.risk_grade})
