"""Margins against the tier's band: repricing is asked of a customer, or of a whole tier.

A customer whose margin is below its tier's band is asked to reprice. When every customer of a
tier (two or more with a margin) sits below the band, that is one pricing question for the tier,
said once at the firm level; then a customer is flagged only when its margin is low within its
own tier: below the tier's lower quartile, when at least four of its customers have a margin
to compare (otherwise none is).
"""

from __future__ import annotations

from core.analysis.model import CustomerMetrics
from core.analysis.names import GROUP_WORDS, TIERS
from core.analysis.pyramid import margin_bands, quantile
from core.i18n import N_
from core.messages import Message, Term
from core.rules import Rules

MIN_WHOLE_TIER = 2  # customers with a margin for "the whole tier" to mean more than one
MIN_SPREAD = 4  # customers with a margin for the tier's own quartile to mean something
TOLERANCE = 1e-9


def flag_margins(active: list[CustomerMetrics], rules: Rules) -> list[Message]:
    """Set band, status and the reprice flag on every active customer; the firm-level notes
    for tiers that sit below their band as a whole."""
    bands = margin_bands(active, rules)
    notes = []
    for tier in TIERS:
        members = [c for c in active if c.tier == tier]
        low, high = bands[tier]
        margins = sorted(c.gross_margin for c in members if c.gross_margin is not None)
        whole = len(margins) >= MIN_WHOLE_TIER and margins[-1] < low - TOLERANCE
        floor = quantile(margins, 0.25) if whole and len(margins) >= MIN_SPREAD else None
        for c in members:
            c.margin_band = (low, high)
            if c.gross_margin is None:
                continue
            c.margin_status = ("below" if c.gross_margin < low - TOLERANCE else
                               "above" if c.gross_margin > high + TOLERANCE else "within")
            if whole:
                c.reprice = floor is not None and c.gross_margin < floor - TOLERANCE
                c.reprice_basis, c.margin_floor = ("tier", floor) if c.reprice else (None, None)
            else:
                c.reprice = c.margin_status == "below"
                c.reprice_basis, c.margin_floor = ("band", low) if c.reprice else (None, None)
        if whole:
            notes.append(Message("tier_below_band", N_(
                "Every {tier} customer's margin ({lowest:.1%}–{highest:.1%}) is below the "
                "{low:.0%}–{high:.0%} band: a pricing question for the tier, not for each "
                "customer. Customers are flagged only when low within the tier (below its "
                "lower quartile, with at least {spread} margins to compare)."),
                {"tier": Term(GROUP_WORDS[tier].name), "lowest": margins[0],
                 "highest": margins[-1], "low": low, "high": high, "spread": MIN_SPREAD}))
    return notes
