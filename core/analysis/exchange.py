"""What the account's exchange differences say: a customer's loss and gain, and its reasons.

An invoice paid in another currency is settled with an exchange loss or gain within the band
(:mod:`core.analysis.account`); here they are summed in the base currency for the customer and
the firm, and said in the customer's reasons with the invoices they are on, so the clerk sees
why an invoice short of the booked amount reads paid, and what it cost.
"""

from __future__ import annotations

import math

from core.analysis.model import CustomerMetrics, Receivable
from core.i18n import N_, tr
from core.messages import Listed, Message
from core.rules import Rules

LOSS = N_("{amount:,.2f} {currency} exchange loss on {invoices}, paid in another currency: "
          "short by no more than the exchange band ({band:g}%), counted as paid")
GAIN = N_("{amount:,.2f} {currency} exchange gain on {invoices}, paid in another currency: "
          "what the rate's move since the order left over, not credit on account")
SHOWN = 5  # invoices named in a reason; "…" for the rest
FIRM = N_("Exchange differences on invoices paid in another currency: {loss:,.0f} {currency} "
          "lost, {gain:,.0f} {currency} gained")


def exchange_differences(items: list[Receivable]) -> tuple[float, float]:
    """The exchange loss and gain (both positive, base currency) settled on the invoices."""
    if not items:  # most customers: no sum, no rounding
        return 0.0, 0.0
    return (round(math.fsum(-i.fx_difference_base for i in items if i.fx_difference < 0), 2),
            round(math.fsum(i.fx_difference_base for i in items if i.fx_difference > 0), 2))


def exchange_reasons(c: CustomerMetrics, rules: Rules, base: str) -> list[Message]:
    """The customer's exchange loss and gain, each with the invoices it is on."""
    found = []
    for code, template, amount, sign in (("exchange_loss", LOSS, c.exchange_loss, -1),
                                          ("exchange_gain", GAIN, c.exchange_gain, 1)):
        if not amount > 0.005:
            continue  # (most customers: no pass over their invoices)
        on = [r.invoice_no or r.order_no or "—" for r in c.receivables
              if r.fx_difference * sign > 0]
        if on:
            found.append(Message(code, template, {
                "amount": amount, "currency": base, "invoices": Listed(on, SHOWN),
                "band": rules.fx_band_pct}))
    return found


def firm_text(loss: float, gain: float, currency: str) -> str:
    """The firm's exchange loss and gain in a line, beside its cost of late money; nothing
    where neither reaches one unit."""
    if loss < 1 and gain < 1:
        return ""
    return tr(FIRM, loss=loss, gain=gain, currency=currency)
