"""One payment-risk score per customer, 0 (no risk) to 100 (worst), with its reasons in words.

score = Σ weight × component, each component between 0 and 1 (docs/risk.md has the formula):
days past due (the worst open invoice, full at `risk_days_full`), overdue share of open
receivables, share of open exposure on risky terms (on the window's orders when nothing is
open), late-payment history on settled invoices, and the overdue exposure against the
stop-loss exposure limit. Credit insurance lowers the two money-at-risk components, risky terms
and overdue exposure, by the insured part of what the customer owes (core.analysis.credit);
how it pays is its own. Grades: A < 20 ≤ B < 40 ≤ C < 60 ≤ D < 80 ≤ E. Small remainders
and disputed invoices count for nothing here. Where the data records no receipt in the window,
how anyone pays is unknown: no score, no grade (None, shown "–").
"""

from __future__ import annotations

from core.analysis.credit import cover_fraction, insured_message, limit_message
from core.analysis.exchange import exchange_reasons
from core.analysis.model import CustomerMetrics
from core.analysis.names import GRADE_UNKNOWN
from core.i18n import N_, NP_
from core.ledger.terms import RUNG_RANK, rung_label
from core.messages import Listed, Message, Term
from core.rules import Rules

GRADE_FLOORS = (("E", 80), ("D", 60), ("C", 40), ("B", 20), ("A", 0))


def grade_text(c: CustomerMetrics) -> str:
    """The payment risk grade, "–" where the data records no receipts to judge it by."""
    return c.risk_grade or GRADE_UNKNOWN


def grade(score: float) -> str:
    return next(letter for letter, floor in GRADE_FLOORS if score >= floor)


def is_risky(rung: str | None, rules: Rules) -> bool:
    return rung is not None and RUNG_RANK.get(rung, 0) >= RUNG_RANK[rules.risky_rung]


def _amounts(c: CustomerMetrics, rules: Rules) -> tuple[float, float, float]:
    """Open, overdue and open on risky terms, for the shares. In the base currency, except
    for a customer whose open invoices are all in one currency without a rate: in that
    currency (its shares are known even though its size is not)."""
    live = [i for i in c.owing if i.counts]
    if any(i.rate_missing for i in live) and len({i.currency for i in live}) == 1:
        return (sum(i.open for i in live), sum(i.open for i in live if i.days_overdue > 0),
                sum(i.open for i in live if is_risky(i.pay_rung, rules)))
    return c.open_amount, c.overdue_amount, c.risky_exposure


def components(c: CustomerMetrics, rules: Rules, usd_to_base: float
               ) -> dict[str, float]:
    """Each component scaled to 0..1."""
    open_total, overdue, risky_open = _amounts(c, rules)
    if open_total > 0:
        risky = risky_open / open_total
    else:
        risky = sum(share for rung, share in c.terms_mix.items() if is_risky(rung, rules)) * 0.5
    history = 0.0
    if c.on_time_share is not None:
        late = min((c.avg_days_late or 0) / rules.risk_late_days_full, 1.0)
        history = 0.5 * (1 - c.on_time_share) + 0.5 * late
    limit = rules.exposure_limit(usd_to_base)
    left = 1 - cover_fraction(c)  # what the insurance leaves to the firm
    return {
        "days": min(c.max_days_overdue / rules.risk_days_full, 1.0),
        "overdue_share": overdue / open_total if open_total else 0.0,
        "terms": min(risky * left, 1.0),
        "history": history,
        "capital": min(c.overdue_amount * left / limit, 1.0) if limit else 0.0,
    }


def score(c: CustomerMetrics, rules: Rules, usd_to_base: float, base: str,
          receipts_known: bool = True) -> None:
    """Set score, grade, points per component, reasons and red flags on the customer. Where
    the data holds no receipts, nothing can be said about how it pays: no score, no grade."""
    c.red_flags = red_flags(c, base)
    if not receipts_known:
        c.risk_score = c.risk_grade = None
        c.risk_components = {}
        c.reasons = [*unknown_reasons(c, base), *account_reasons(c, base),
                     *exchange_reasons(c, rules, base)]
        return
    parts = components(c, rules, usd_to_base)
    points = {name: weight * parts[name] for name, weight in rules.risk_weights().items()}
    # nought is its own rounding (round() costs 0.4 µs even of nought, five a customer)
    c.risk_components = {k: round(v, 1) if v else v for k, v in points.items()}
    c.risk_score = max(0, min(100, round(sum(points.values()))))
    c.risk_grade = grade(c.risk_score)
    c.reasons = [*reasons(c, parts, rules, base), *account_reasons(c, base),
                 *exchange_reasons(c, rules, base)]


def unknown_reasons(c: CustomerMetrics, base: str) -> list[Message]:
    if c.max_days_overdue > 0:
        return [Message("past_due_unconfirmed", NP_(
            "{amount:,.0f} {currency} past due, the oldest {days} day; the data records no "
            "receipts, so whether it was paid is unknown",
            "{amount:,.0f} {currency} past due, the oldest {days} days; the data records no "
            "receipts, so whether it was paid is unknown", by="days"),
            {"amount": c.overdue_amount, "currency": base, "days": c.max_days_overdue})]
    return [Message("risk_unknown", N_(
        "payment risk unknown: the data records no receipts"))]


def reasons(c: CustomerMetrics, parts: dict[str, float], rules: Rules, base: str
            ) -> list[Message]:
    found: list[Message] = []
    if c.max_days_overdue > 0:
        found.append(Message("overdue_days", NP_(
            "{amount:,.0f} {currency} overdue, the oldest {days} day past due",
            "{amount:,.0f} {currency} overdue, the oldest {days} days past due", by="days"),
            {"amount": c.overdue_amount, "currency": base, "days": c.max_days_overdue}))
    if parts["overdue_share"] >= 0.5 and (c.open_amount or c.missing_rates):
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
    if late_history(c, rules):
        found.append(Message("late_history", NP_(
            "paid {late} of {settled} invoices late, {days:.0f} day late on average",
            "paid {late} of {settled} invoices late, {days:.0f} days late on average",
            by="days"),
            {"late": c.late_count,
             "settled": c.settled_count, "days": c.late_by or 0}))
    if c.over_limit:
        found.append(limit_message(c, base))
    if c.capital_cost >= 1:
        found.append(Message("capital_cost", CAPITAL_COST, {
            "cost": c.capital_cost, "currency": base, "rate": rules.capital_rate_pct,
            "days": c.capital_days}))
    if c.disputed_amount > 0:
        found.append(Message("disputed", N_(
            "{amount:,.0f} {currency} held up by a quality dispute (shown apart)"),
            {"amount": c.disputed_amount, "currency": base}))
    if not found:
        if c.on_time_share is not None:
            found.append(Message("pays_on_time", NP_(
                "pays on time ({share:.0%} of {settled} settled invoice)",
                "pays on time ({share:.0%} of {settled} settled invoices)", by="settled"),
                {"share": c.on_time_share, "settled": c.settled_count}))
        else:
            found.append(Message("nothing_overdue", N_("nothing overdue")))
    if (insured := insured_message(c, base)) is not None:  # what lowered the score
        found.append(insured)
    return found


CAPITAL_COST = NP_("late money has cost about {cost:,.0f} {currency} so far ({rate:g}%/year "
                   "over {days} day)",
                   "late money has cost about {cost:,.0f} {currency} so far ({rate:g}%/year "
                   "over {days} days)", by="days")


def late_history(c: CustomerMetrics, rules: Rules) -> bool:
    """Settled invoices paid late often enough to say so (on time less often than the rule)."""
    return c.on_time_share is not None and c.on_time_share < rules.late_history_share


# a PI's deposit on its first lot's row, shared by lot (core.analysis.lot_deposits): taken by
# its other lots written, held for lots still to ship, or both
_LOT_SHARED = {
    (True, False): N_("{order}: the {deposit:,.0f} {currency} deposit on its first lot's row "
                      "is shared by lot: {share:,.0f} {currency} against that lot, "
                      "{others:,.0f} {currency} against the order's other lots"),
    (False, True): N_("{order}: the {deposit:,.0f} {currency} deposit on its first lot's row "
                      "is shared by lot: {share:,.0f} {currency} against that lot, "
                      "{held:,.0f} {currency} held for the lots still to ship"),
    (True, True): N_("{order}: the {deposit:,.0f} {currency} deposit on its first lot's row "
                     "is shared by lot: {share:,.0f} {currency} against that lot, "
                     "{others:,.0f} {currency} against the order's other lots, {held:,.0f} "
                     "{currency} held for the lots still to ship")}


def account_reasons(c: CustomerMetrics, base: str) -> list[Message]:
    """What the account holds beside the open invoices: shown, never judged."""
    found = []
    if c.small_remainders > 0:
        found.append(Message("small_remainders", N_(
            "{amount:,.2f} {currency} left open in small remainders (bank charges): shown "
            "apart, never overdue"), {"amount": c.small_remainders, "currency": base}))
    if c.deposits_held > 0:
        found.append(Message("deposits_held", N_(
            "{amount:,.0f} {currency} of deposits held on orders not shipped yet"),
            {"amount": c.deposits_held, "currency": base}))
    for lot in c.lot_shares:  # where it changed a figure: how (fix58h)
        told = (not lot.to_come or lot.others >= 0.005, bool(lot.to_come))  # something taken
        found.append(Message("lot_deposit_shared", _LOT_SHARED[told],
                             {"order": lot.order_no, "deposit": lot.deposit,
                              "currency": lot.currency, "share": lot.share,
                              "others": lot.others, "held": lot.to_come}))
    if c.credit_on_account > 0.005:
        found.append(Message("credit_on_account", N_(
            "{amount:,.2f} {currency} received that no invoice took (credit on account)"),
            {"amount": c.credit_on_account, "currency": base}))
    return found


def red_flags(c: CustomerMetrics, base: str) -> list[Message]:
    flags: list[Message] = []
    shipped_unpaid = [r for r in c.owing if r.balance_before_shipment_open]  # open ones
    if shipped_unpaid:
        flags.append(Message("shipped_before_balance", N_(
            "goods shipped on “balance before shipment” terms with {amount:,.0f} {currency} "
            "still open"), {"amount": sum(r.open_base for r in shipped_unpaid),
                            "currency": base}))
    if c.over_limit:
        flags.append(limit_message(c, base))
    if c.missing_rates:
        flags.append(Message("missing_rates", N_(
            "amounts in {currencies} have no rate: they are left out of every total, so its "
            "size is unknown; add the rate in the settings"),
            {"currencies": Listed(c.missing_rates)}))
    if c.margin_error:
        flags.append(Message("margin_error", N_(
            "its costs give a margin outside −100%…+100%: a data error (a cost in another "
            "currency?), no margin is shown")))
    if c.ship_dates_estimated:
        flags.append(Message("ship_dates_estimated", N_(
            "days overdue count from estimated ship dates (the ledger has no ship-date "
            "column)")))
    return flags
