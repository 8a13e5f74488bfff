"""Credit notes that name an order: what they take off it, and an order they take wholly.

A credit note names the invoice it reduces (its reference, else its own number when that is
one of the customer's sales: core.ledger.review). The account applies it to that invoice
(:mod:`core.analysis.receivables`); the orders read it here, by the same rule (:class:`Named`).
An order whose credit notes take its whole amount (goods returned, a 折让 of the full invoice)
was no sale, as a cancelled order is none: it is no order for R and F, and no order in the
average (M, the pyramid; the stop-loss rule's small buyer). Left counted, Dubai's three orders
of 15,000, 12,000 and 18,000, the last credited in full, averaged 15,000 where its real orders
average 13,500, and a returned order could lift a small late payer over the stop-loss floor. A
partly credited order stays an order, counted at its amount net of its credit notes, as revenue
counts it. What a credit note leaves of its order within the tolerance the account counts a
shortfall paid by (a return of 39,990 on a 40,000 order: 10, under 0.5 % of it) is nothing
too: the order was returned, and no order of 10 lowers the buyer's average onto the stop-loss
list or counts for R and F.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from core.analysis.dataset import CENT, Money, OrderRow, ShipmentRow
from core.ledger.normalise import fold
from core.rules import Rules, short_allowed


class Named:
    """A customer's shipments by the numbers a credit note's reference can name: an invoice
    number first, else an order number. One rule for the account and the orders."""

    __slots__ = ("by_invoice", "by_order")

    def __init__(self, units: Iterable[ShipmentRow]) -> None:
        self.by_invoice: dict[str, list[int]] = {}
        self.by_order: dict[str, list[int]] = {}
        for index, unit in enumerate(units):
            if unit.invoice_no:
                self.by_invoice.setdefault(fold(unit.invoice_no), []).append(index)
            if unit.order.order_no:
                self.by_order.setdefault(fold(unit.order.order_no), []).append(index)

    def of(self, ref: str | None) -> list[int]:
        """The indexes of the shipments `ref` names (none for a credit note naming none)."""
        key = fold(ref or "")
        if not key:
            return []
        return self.by_invoice.get(key) or self.by_order.get(key) or []


def take_off(notes: list[tuple[OrderRow, Money]], shipments: list[ShipmentRow],
             factor: Callable[[str, date], float | None], rules: Rules, as_of: date) -> None:
    """Each order's `named_credit`: what the credit notes of other orders naming it take off
    it, in its currency, up to what is left of it (a credit note's own order has its credit
    lines in `credit` already); and what is left of each credited order that counts as
    nothing. Called once the orders' amounts are complete, before they are settled. `notes`
    are the credit notes with a reference, each with the order it is on."""
    _name(notes, shipments, factor)
    usd = factor("USD", as_of)
    for unit in shipments:
        order = unit.order
        if (order.credit or order.named_credit) and order.amount > 0:
            own = factor(order.currency, as_of)
            floor = rules.tolerance_usd * usd / own if usd and own else 0.0
            order.nothing = max(CENT, short_allowed(order.amount, floor, rules.tolerance_pct))


def _name(notes: list[tuple[OrderRow, Money]], shipments: list[ShipmentRow],
          factor: Callable[[str, date], float | None]) -> None:
    if not notes:
        return
    wanted = {source.customer_id for source, _ in notes}
    units: dict[int, list[ShipmentRow]] = {}
    for unit in shipments:
        if unit.order.customer_id in wanted:
            units.setdefault(unit.order.customer_id, []).append(unit)
    named = {customer: Named(found) for customer, found in units.items()}
    for source, money in notes:
        found, left = named.get(source.customer_id), money.amount
        seen: set[int] = set()
        for index in found.of(money.ref) if found else []:
            order = units[source.customer_id][index].order
            if order is source or order.order_id in seen:
                continue
            seen.add(order.order_id)
            per = _per_unit(money, order, factor)
            room = order.amount + order.credit + order.named_credit
            if not per or room <= CENT:
                continue
            taken = min(room, left * per)
            order.named_credit -= taken
            left -= taken / per
            if left < CENT:
                break


def _per_unit(money: Money, order: OrderRow, factor: Callable[[str, date], float | None]
              ) -> float:
    """Units of the order's currency per unit of the credit note's, on the credit note's day
    (0 where a rate is missing: what it takes off cannot be told, and the order stays one)."""
    if money.currency == order.currency:
        return 1.0
    own, theirs = factor(money.currency, money.rate_day), factor(order.currency, money.rate_day)
    return own / theirs if own and theirs else 0.0
