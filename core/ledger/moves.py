"""A stored order that a later file gives to another customer, said plainly in the report.

Across files, orders are keyed by their number alone (keying by customer too would count twice
an order whose customer a later file spells otherwise; within one file, unalike buyers sharing
a number are kept apart: core.ledger.order_buyers, and so is a number another ledger's file
stored for an unalike buyer: core.ledger.other_ledgers), so when March's copy of the ledger
gives Beta the PO 1001 January's gave Alpha, the stored order is updated and moves to Beta:
Alpha loses it.
The import cannot tell a second buyer's own number from a customer spelled anew, so it writes
as before and says which it looks like: names alike enough (:mod:`core.similarity`) read as
one customer spelled otherwise (merge the names), others as two orders sharing a number (undo
the import and number them apart).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import N_, NP_
from core.ledger.ditto import DITTO_KEYS
from core.ledger.normalise import fold
from core.ledger.order_buyers import SHARED_SHOWN
from core.messages import Listed, Message, Noted
from core.similarity import alike


@dataclass(frozen=True)
class CustomerMove:
    """A stored order this file gives to another customer: its number, the name it was stored
    under, the name this file gives it, and where (the order's first row in the file)."""

    order_no: str
    stored: str
    customer: str
    sheet: str
    row: int


def moved_orders(moves: list[CustomerMove]) -> list[Message]:
    """A note per moved order (the first few), then one naming the rest."""
    notes = [_note(move) for move in moves[:SHARED_SHOWN]]
    rest = moves[SHARED_SHOWN:]
    if rest:
        notes.append(Message("order_moved_more", NP_(
            "{count} more stored order is given to another customer by this file: {orders}.",
            "{count} more stored orders are given to another customer by this file: {orders}."),
            {"count": len(rest), "orders": Listed(
                [Noted(m.order_no, f"{m.stored} → {m.customer}") for m in rest],
                SHARED_SHOWN)}))
    return notes


def _note(move: CustomerMove) -> Message:
    params = {"order": move.order_no, "stored": move.stored, "customer": move.customer,
              "sheet": move.sheet, "row": move.row}
    if fold(move.stored) in DITTO_KEYS:
        return Message("order_ditto_read_again", N_(
            "Order {order} was stored under “{stored}” by an earlier version, which read the "
            "ditto cell as a name; it now belongs to “{customer}”, the customer above it (sheet "
            "“{sheet}” row {row})."), params)
    if respelled(move):
        return Message("order_customer_respelled", N_(
            "Order {order} was stored under “{stored}”; this file names its customer "
            "“{customer}” (sheet “{sheet}” row {row}), likely the same customer spelled "
            "otherwise. The order now counts for “{customer}”: if they are one customer, "
            "merge the names."), params)
    return Message("order_moved_customer", N_(
        "Order {order} was stored under “{stored}”; this file gives the same number to "
        "“{customer}” (sheet “{sheet}” row {row}). The stored order now belongs to "
        "“{customer}” and “{stored}” loses it. If these are two orders that share a number, "
        "undo this import, give one of them another number and import again."), params)


def respelled(move: CustomerMove) -> bool:
    """Is the order's new customer likely its stored one spelled otherwise? Its note says
    merge the names (core.ledger.alike_customers says it of no other pair of them)."""
    return alike(move.stored, move.customer)
