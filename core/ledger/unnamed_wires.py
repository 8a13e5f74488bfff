"""A wire naming no invoice whose sum is exactly some of its buyer's invoices less a deduction
one of them notes: the deduction's money.

Muscat's 收款登记 line of 06-23, 44,069 USD, 合并付款, its 对应发票 left blank: YW25-0092 (20,965,
its row noted 质量扣款500) less the 500 is 20,465, YW25-0118's first lot 23,604, and 20,465 +
23,604 = 44,069 to the dollar. The deduction's weighing (core.ledger.deductions_apart) keyed
money by the order a row names and passed this line over, so the 500 was never read and stood
owed (18,236 open where 17,736: rv59f, the year oracle; the same line naming both invoices read
it). A buyer's sum no other reading of its open invoices gives is the clerk's merged wire: so a
line naming no order is weighed here, and where a set of at most :data:`_AT_MOST` of its
buyer's open orders in its currency, one at least noting a deduction, owes exactly its figure
(the noted ones less their deductions, the others their rest or whole lots of it), that set's
orders are paid it. None, or sets reading it otherwise, and the line stays where it was: the
account pays it oldest due first, as before (a wire of 44,069 for a single 39,340 shipment and
the noted invoice is no such sum: nothing read).
Every set is weighed, a noted order at its rest with its deduction or without, and the others
alone: an unnamed 14,000 that is a later order's whole as well as the noted 10,000 less its 500
and a 4,500 was read the deduction's, its buyer 14,000 open, 42 days, watch, where paying the
oldest first leaves 14,500, 87 days, black (rv60c s325 M2/M3). The deduction is read where
every set that fits holds the noted order less that deduction, and what the sets share is paid:
14,500 is the noted 10,000 less 500 with YW25-0227's 5,000 or with YW25-0228's 5,000 alike, so
the 500 is the deduction whichever 5,000 it paid, and the account pays the rest oldest first
(no deduction read, it showed 5,500 open where 5,000: rv60c s325 M1, fix61b).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from itertools import accumulate, combinations

from core.ledger.deduction_notes import noted_sum
from core.ledger.deduction_wires import Order
from core.ledger.lot_words import TOLERANCE

# a buyer's line of money naming no order: its buyer's key, its currency, its figure
Unnamed = tuple[str, str, float]
_AT_MOST = 3  # orders a merged wire pays, looked at (a set of 3 of 12 open: 220 sums)
_OPEN_AT_MOST = 12  # a buyer with more open orders in the file: its unnamed wires passed over


def unnamed_paid(wires: Iterable[Unnamed], sold: Mapping[Order, float],
                 money: MutableMapping[Order, float], asked: Mapping[Order, str],
                 lots: Mapping[Order, Sequence[float]] | None = None) -> None:
    """Each of `wires` added to `money` on what every set of its buyer's open orders (`sold`:
    each order's amount) it pays exactly pays alike, where that holds one noting a deduction
    (`asked`: the note) less it, that its money does not settle yet (the module's docstring);
    `lots`: the amounts of the lines of orders written on several."""
    noted = {order[1:] for order in asked}
    wires = [wire for wire in wires if wire[:2] in noted]  # most: a buyer noting none
    if not wires:
        return
    by_buyer: dict[tuple[str, str], list[Order]] = defaultdict(list)
    for order in sold:
        if order[1:] in noted:
            by_buyer[order[1:]].append(order)
    for buyer, currency, figure in wires:
        mine = [order for order in by_buyer[buyer, currency]
                if sold[order] - money.get(order, 0.0) > TOLERANCE]
        if not any(order in asked for order in mine) or len(mine) > _OPEN_AT_MOST:
            continue
        parts = {order: _parts(order, sold, money, asked, lots) for order in mine}
        found = [chosen for size in range(1, _AT_MOST + 1) for orders in combinations(mine, size)
                 for chosen in _paying(orders, parts, figure)]
        for order, part, _less in _agreed(found):
            money[order] = money.get(order, 0.0) + part


def _agreed(found: list[list[tuple[Order, float, bool]]]) -> list[tuple[Order, float, bool]]:
    """What every way of paying the figure pays alike, where that holds a noted order less its
    deduction (none found, or the ways differing on it: nothing; the module's docstring)."""
    if not found:
        return []
    common = [item for item in found[0] if all(item in way for way in found[1:])]
    return common if any(less for _, _, less in common) else []


def _parts(order: Order, sold: Mapping[Order, float], money: Mapping[Order, float],
           asked: Mapping[Order, str], lots: Mapping[Order, Sequence[float]] | None
           ) -> list[tuple[float, bool]]:
    """What a wire may pay an order, each with whether it is less a noted deduction: a noted
    one its rest less its deduction, any its rest or, written in lots, its lots' rests, first
    lot first."""
    had = money.get(order, 0.0)
    off = (noted_sum(asked[order], sold[order], order[2]) or 0.0) if order in asked else 0.0
    written = lots.get(order) if lots else None
    return [(sold[order] - had - off, True)] * bool(off) + [
        (total - had, False) for total in accumulate(written or (sold[order],))
        if total - had > TOLERANCE]


def _paying(orders: tuple[Order, ...], parts: Mapping[Order, list[tuple[float, bool]]],
            figure: float) -> list[list[tuple[Order, float, bool]]]:
    """The ways `orders` together owe exactly `figure`, one part of each."""
    ways: list[list[tuple[Order, float, bool]]] = [[]]
    for order in orders:
        ways = [[*way, (order, part, less)] for way in ways for part, less in parts[order]]
    return [way for way in ways if abs(sum(part for _, part, _ in way) - figure) <= TOLERANCE]
