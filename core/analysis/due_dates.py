"""When an invoice is shipped and falls due: the one rule every figure of a due date reads.

The account, its days overdue and aging, the payment history (on time or late), the capital
cost, the stop-loss and watch lists, the exports, the panel and `customers --json` all take the
due date from :func:`shipment`. Due: the ledger's date, else what the terms give, counted from
the documents where the terms pay against them (:func:`documents_wait`): D/P and L/C at sight
(and a usance L/C or D/A whose days run "after sight", its days added) from the documents'
presentation, shipment + `dp_presentation_days` (a letter's bank pays once the documents are
presented, up to 21 days after shipment under UCP 600, so a letter paid a week after shipment
is on time, not late); a deposit + balance against the B/L copy (CAD) that writes no days,
shipment + `documents_days` (7: the copy reaches the buyer, who wires the balance on it; bl50,
before which a buyer wiring its balance five days after shipment read "paid late"); else (and
for credit terms that do not say how long: "OA", "D/A") the default credit period.

Only terms that write no days of their own wait for the copy: days in such a text are read as
written, from shipment, as before bl50. bl50's first form also added the copy's week to days it
judged to run from the copy ("balance 30 days after B/L copy"), and rv50c found the judging
wrong too often to keep: a month-end statement "月结30天，见提单复印件后付款" lost its month end
(due 23 days early, a buyer black-listed), a deposit's "within 7 days of order" or a "交期30天"
counted from the copy, a stated "within 5 working days of B/L copy" given the week twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.analysis.dataset import ShipmentRow, estimated_shipment
from core.ledger.terms import PaymentTerms, credit_unstated, days_span, due_date, is_advance
from core.rules import Rules

# terms paid when the shipping documents are presented at a bank: due from the presentation
PRESENTED_RUNGS = frozenset({"dp", "lc_sight"})
# a balance wired once the buyer has the B/L copy ("against B/L copy", CAD): core.ledger.terms
COPY_RUNGS = frozenset({"deposit_against_documents"})


@dataclass(slots=True)
class Shipment:
    shipped: bool
    ship_date: date | None = None
    estimated: bool = False
    due: date | None = None
    assumed: bool = False  # due by the default credit period: no due date, no terms read


def documents_wait(terms: PaymentTerms, rules: Rules) -> int | None:
    """Days from shipment until the documents the terms pay against reach whoever pays: the
    bank's presentation (D/P, L/C at sight, a credit "after sight"), the buyer's copy of the
    B/L (a balance against it, CAD, writing no days); None: terms whose days run from shipment
    (a copy's terms writing days among them) or that name no documents."""
    if terms.rung in PRESENTED_RUNGS or terms.from_sight:
        return rules.dp_presentation_days
    if terms.rung in COPY_RUNGS and terms.credit_days is None:
        return rules.documents_days
    return None


def shipment(unit: ShipmentRow, rules: Rules, as_of: date) -> Shipment:
    """Whether the invoice has shipped as of A, when, and when it falls due."""
    order = unit.order
    ship, estimated = unit.ship_date, False
    if ship is None and (unit.due_date is None or unit.ships_later):
        guess = estimated_shipment(unit, rules)
        if guess is None or guess > as_of:
            return Shipment(False)
        ship, estimated = guess, True
    if unit.due_date:
        return Shipment(True, ship, estimated, unit.due_date)
    assert ship is not None
    if estimated and is_advance(order.terms):
        return Shipment(True, ship, estimated)  # goods wait for the money: never overdue
    terms = order.terms
    due: date | None
    if terms is not None and (wait := documents_wait(terms, rules)) is not None:
        # once the documents reach the bank or the buyer (days "after sight": from then)
        due = ship + days_span(wait + (terms.credit_days or 0))
    else:
        due = due_date(terms, ship, order.order_date)
        if due is None or credit_unstated(terms):  # the terms do not say when
            return Shipment(True, ship, estimated, ship + days_span(rules.default_credit_days),
                            terms is None)
    return Shipment(True, ship, estimated, due)
