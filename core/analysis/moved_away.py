"""Money a row's note moves in from another buyer's order (PO-R2的款转入本单 on Rio's PO-R1,
PO-R2 Lima's): taken off that buyer's account.

Each customer's account is made apart (core.analysis.receivables), so a move between two
orders of one buyer is taken back there (core.analysis.refunds.moved_in); one whose order is
another buyer's found nothing to take, and Lima's PO-R2 read paid, 0 open, though its 10,000
went to Rio's order: 10,000 owed, 60 days late at 06-30 (rv59g s294 m4). Rio's order keeps
the money. A number no other buyer's, or several's, says no one: nothing is taken.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.analysis.dataset import ShipmentRow
from core.analysis.refunds import Move, moves, numbers
from core.ledger.moved_sums import moved_parts


def moved_away(by_customer: Mapping[int, list[ShipmentRow]], moving: Sequence[ShipmentRow]
               ) -> dict[int, list[Move]]:
    """The moves (refunds.moves) of the `moving` rows (those with `moved_in`) whose order is
    no order of their own customer's but one other customer's, by that customer."""
    wanted: dict[str, list[ShipmentRow]] = {}
    for unit in moving:
        for keys, _said, _currency in moved_parts(unit.moved_in or ""):
            for key in keys:
                if not any(other is not unit and key in numbers(other)
                           for other in by_customer.get(unit.order.customer_id, ())):
                    wanted.setdefault(key, []).append(unit)
    if not wanted:
        return {}
    holders: dict[str, set[int]] = {}  # a pass over every row: only where a move went astray
    for customer, units in by_customer.items():
        for unit in units:
            for key in numbers(unit) & wanted.keys():
                holders.setdefault(key, set()).add(customer)
    away: dict[int, list[Move]] = {}
    seen: set[tuple[int, int]] = set()  # (row, move): a move naming two of his orders once
    for key, found in wanted.items():
        customers = holders.get(key, set())
        if len(customers) == 1:
            [customer] = customers
            for unit in found:
                for at, move in enumerate(moves(unit)):
                    if key in move[0] and (id(unit), at) not in seen:
                        seen.add((id(unit), at))
                        away.setdefault(customer, []).append(move)
    return away
