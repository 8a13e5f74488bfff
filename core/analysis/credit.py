"""Credit limits and credit insurance as the analysis applies them.

Where each comes from: a value set by hand (core/credit_terms.py) wins over the ledger's; a
hand-set limit of 0 or cover of 0 % means none, whatever the ledger says. A ledger's limit is in
the currency its column or cell names (信用额度(USD)), else the base currency, converted at the
latest rate on or before A; a limit whose currency has no rate is unknown, never zero. A ledger
that marks a customer insured without a share gets `insured_default_pct` (Sinosure's usual 90 %
of a commercial loss).

What insurance covers: an insurer pays its share p of a loss, and Sinosure only within the
buyer's approved limit, which the credit limit of an insured customer is taken to be. The
insured part of what a customer owes is therefore I = p × min(O, L), O its open receivables,
L its credit limit (no cap without one), and its cover fraction g = I / O (p when nothing is
open). Every money-at-risk figure of the customer counts only its uninsured (1 − g): the
risk score's risky-terms and overdue-exposure components and the stop-loss exposure. How it
pays — days late, the overdue share, its history — is its own whatever the insurance.
"""

from __future__ import annotations

from datetime import date

from core.analysis.dataset import CustomerRow
from core.analysis.model import CreditLimit, CustomerMetrics, Insurance
from core.i18n import N_
from core.messages import Message, Term
from core.overrides import Overrides
from core.rates import Rates
from core.rules import Rules

LEDGER, HAND = "ledger", "hand"


def terms_of(info: CustomerRow, overrides: Overrides, rules: Rules
             ) -> tuple[CreditLimit | None, Insurance | None]:
    """The customer's limit and insurance as set: by hand, else by the ledger."""
    limit = None
    if info.customer_id in overrides.credit_limits:
        amount, currency = overrides.credit_limits[info.customer_id]
        limit = CreditLimit(amount, currency or rules.base_currency, HAND)
    elif info.credit_limit and info.credit_limit > 0:
        limit = CreditLimit(info.credit_limit, info.credit_limit_currency or rules.base_currency,
                            LEDGER)
    cover = None
    if info.customer_id in overrides.insurance:
        insurer, percent = overrides.insurance[info.customer_id]
        cover = Insurance(insurer or None, percent, HAND)
    elif info.insured:
        cover = Insurance(info.insurer or None, info.insured_pct or rules.insured_default_pct,
                          LEDGER)
    return limit, cover


def apply(customers: list[CustomerMetrics], rows: dict[int, CustomerRow], overrides: Overrides,
          rules: Rules, rates: Rates, as_of: date) -> None:
    """Limits (in the base currency), insurance, cover and group on every customer; before the
    risk score, which reads them."""
    for c in customers:
        c.credit_limit_set, c.insurance = terms_of(rows[c.customer_id], overrides, rules)
        c.credit_limit = None
        limit = c.credit_limit_set
        if limit is not None and limit.amount > 0:
            factor = rates.factor(limit.currency, as_of)
            if factor is None:
                c.missing_rates = sorted({*c.missing_rates, limit.currency})
            else:
                c.credit_limit = round(limit.amount * factor, 2)
        c.over_limit = c.credit_limit is not None and c.open_amount > c.credit_limit + 0.005
        c.insured_open = round(cover_fraction(c) * c.open_amount, 2)
        c.credit_group = overrides.groups.get(c.customer_id)


def insured_share(c: CustomerMetrics) -> float:
    """p: the insurer's share of a loss, 0 for a customer not insured."""
    return c.insurance.percent / 100 if c.insurance and c.insurance.percent > 0 else 0.0


def cover_fraction(c: CustomerMetrics) -> float:
    """g = p × min(O, L) / O: the insured part of what the customer owes (p with nothing
    open, or no limit to cap it)."""
    p = insured_share(c)
    if p == 0 or c.open_amount <= 0 or c.credit_limit is None:
        return p
    return p * min(c.open_amount, c.credit_limit) / c.open_amount


def uninsured(c: CustomerMetrics, amount: float) -> float:
    """What of an amount at risk the insurance leaves to the firm."""
    return amount * (1 - cover_fraction(c)) if amount > 0 else amount


def limit_message(c: CustomerMetrics, base: str) -> Message:
    return Message("over_credit_limit", N_(
        "owes {amount:,.0f} {currency}, above its credit limit of {limit:,.0f} {currency}"),
        {"amount": c.open_amount, "currency": base, "limit": c.credit_limit})


def insured_message(c: CustomerMetrics, base: str) -> Message | None:
    """What the insurance covers, for the reasons: shown beside the score it lowered."""
    cover = c.insurance
    if cover is None or cover.percent <= 0:
        return None
    params = {"percent": cover.percent, "insurer": Term(cover.insurer or ""),
              "amount": c.insured_open, "currency": base}
    if c.insured_open <= 0:
        return Message("insured", N_("{percent:g}% insured with {insurer}") if cover.insurer
                       else N_("{percent:g}% credit-insured"), params)
    return Message("insured", N_(
        "{percent:g}% insured with {insurer}: {amount:,.0f} {currency} of what it owes is "
        "covered") if cover.insurer else N_(
        "{percent:g}% credit-insured: {amount:,.0f} {currency} of what it owes is covered"),
        params)
