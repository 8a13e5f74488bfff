"""A cancelled order's money its note says went back to the buyer (定金已退, core.ledger.
forfeits.refunded), taken out of the money the account spends.

Read as the buyer's, a deposit paid back paid the buyer's older invoices: Roma's 15,000 paid
its 8,000 invoice 131 days late and left 7,000 "credit on account", off the stop-loss list. So
the money is left out, or the part the note gives (定金已退7500, 已退一半: the rest is still
the buyer's; dropping the whole 15,000 put Roma on the black list owing 8,000 where 7,500 of
its money paid most of that invoice).

Where the ledger books the paying back itself (a negative row), that row takes the money back
(core.analysis.refunds) and the deposit stays: left out too, the 15,000 would be taken back
twice (23,000 open). Only a refund that is this paying back does so: one on the cancelled
order, or naming its number in its note, or of the sum paid back within a bank's charge. Any
negative row of the buyer's used to turn the rule off: a 200 overpayment sent back (退还多付款)
kept the whole 15,000 paying Roma's invoice (fix38a).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.analysis.account import EPS
from core.analysis.wires import Written
from core.ledger.bank_charges import charge
from core.ledger.forfeits import PaidBack
from core.ledger.normalise import fold
from core.ledger.noted_orders import noted_order

# where in a Written its three figures are, with their dates: deposit, balance, received (the
# order a partial paying back takes them in: the deposit first)
_FIGURES = ((7, 8), (9, 10), (5, 6))
UsdPerUnit = Callable[[str], "float | None"]  # one unit of a currency in US dollars (or None)


def without_paid_back(money: list[Written], paid_back: list[tuple[int, PaidBack]],
                      usd: UsdPerUnit) -> list[Written]:
    """The money less what each cancelled order's note says went back (`paid_back`: where
    in `money` its lines are, and what the note says), but for an order a booked refund of
    the customer's is tied to."""
    if not paid_back:
        return money
    refunds = [index for index, written in enumerate(money) if _sent_back(written) > EPS]
    orders: dict[int, list[int]] = {}
    said: dict[int, PaidBack] = {}
    for index, what in paid_back:
        order_id = money[index][2].order.order_id
        orders.setdefault(order_id, []).append(index)
        said.setdefault(order_id, what)  # its first line's note (a cancelled order's: all)
    used: set[int] = set()
    changed: dict[int, Written | None] = {}
    for order_id, indices in orders.items():
        paid = sum(_paid(money[index]) for index in indices)
        back = said[order_id].of(paid)
        if back < EPS:
            continue
        tie = _tied(money, refunds, used, indices[0], back, usd)
        if tie is not None:
            used.add(tie)  # the booked refund is this paying back: it takes the money back
            continue
        for index in indices:
            changed[index], back = _less(money[index], back)
    kept: list[Written] = []
    for index, written in enumerate(money):
        line = changed.get(index, written)
        if line is not None:
            kept.append(line)
    return kept


def _figures(written: Written) -> tuple[float | None, float | None, float | None]:
    return written[7], written[9], written[5]


def _paid(written: Written) -> float:
    return sum(figure for figure in _figures(written) if figure is not None and figure > 0)


def _sent_back(written: Written) -> float:
    return -sum(figure for figure in _figures(written) if figure is not None and figure < 0)


def _tied(money: list[Written], refunds: list[int], used: set[int], first: int, back: float,
          usd: UsdPerUnit) -> int | None:
    """The customer's booked refund (not tied to another order yet) that is this order's
    paying back: on the order, naming its number, or of its sum less a bank's charge."""
    line = money[first]
    order = line[2].order
    number = fold(order.order_no) if order.order_no else None
    for index in refunds:
        refund = money[index]
        if index in used or refund[1] != line[1]:
            continue
        on = refund[2].order
        if on is order or (number and on.order_no and fold(on.order_no) == number):
            return index
        if number and refund[14] and noted_order(refund[14], {number: number}) == number:
            return index
        if refund[3] == line[3] and abs(_sent_back(refund) - back) <= charge(back,
                                                                             usd(line[3])):
            return index
    return None


def _less(written: Written, back: float) -> tuple[Written | None, float]:
    """The line less `back` of its money, deposit first (None: nothing left of it), and what
    of `back` it did not hold. A deposit taken whole no longer counts as one held."""
    line: list[Any] = list(written)
    for at, day in _FIGURES:
        figure = line[at]
        if back < EPS or figure is None or figure <= 0:
            continue
        taken = min(figure, back)
        back -= taken
        line[at] = figure - taken
        if line[at] < EPS:
            line[at] = line[day] = None
            if at == 7:  # the deposit
                written[2].deposits -= 1
                written[2].order.deposits -= 1
    if all(line[at] is None for at, _ in _FIGURES):
        return None, back
    return tuple(line), back
