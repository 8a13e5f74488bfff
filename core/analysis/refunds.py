"""Money sent back to the customer (退汇: a wire returned, a refund paid) takes back money it
paid.

A clerk books a returned wire on the 收款 sheet with 退汇 in its note (core.ledger.typed_rows:
a payment line received negative). Read as money in, the 2,000 sent back paid the buyer's next
invoice and stood as credit on account; passed over, it still left the invoice it came off
shown paid. A refund lowers what the customer paid, on its own date (an account as of an
earlier day has not seen it): the money of the invoice it is written on first (a refund under
R-1 takes back R-1's money), then what came in up to its day, latest first, then what came
after, earliest first (a wire returned before the clerk booked the next one). Credit notes are
no money in: a refund takes none of them. The functions know nothing of ledgers, as
core.analysis.account does not.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from core.analysis.account import EPS, Convert, Entry
from core.analysis.direct_money import take
from core.ledger.moved_sums import moved_parts
from core.ledger.noted_orders import named_numbers, sale_numbers

if TYPE_CHECKING:
    from core.analysis.dataset import ShipmentRow, SoldNumbers

REFUND = "refund"  # a Money's kind (core.analysis.dataset): money sent back to the customer
# how a refund takes back money: the money it names first, then any (ANY); a deposit sent back
# naming no number, the one held where one is (ONE_HELD); only the money it names (OWN_ONLY);
# an earlier order's deposit, the money it names, then the deposits held before it but the
# latest, the order in hand's (OLD_HELD)
ANY, ONE_HELD, OWN_ONLY, OLD_HELD = "", "one held", "own only", "old held"


def paid_back(pool: list[Entry], refunds: list[tuple[Entry, list[Entry], str]],
              convert: Convert, held: Sequence[Entry] = ()) -> set[tuple[str, str]]:
    """Each refund (with the entries it takes back first and how: ANY, ONE_HELD, OWN_ONLY)
    taken off the pool's money, in place; the (from, to) currency pairs no rate converted. A
    deposit sent back naming none, where the customer has one deposit `held`, is that one's:
    FZE's -2,000 noted 退定金 beside PI-77's 6,000 held left 6,000 held, watch, where 4,000 is,
    black (rv57a s202 r1, r2); of several, none can be told."""
    unconverted: set[tuple[str, str]] = set()
    money = [entry for entry in pool if entry.kind != "credit"]
    for refund, own, how in sorted(refunds, key=lambda pair: pair[0].day or date.min):
        day = refund.day or date.max
        if how == ONE_HELD and len(kept := [entry for entry in held if entry.left >= EPS]) == 1:
            own = kept
        elif how == OLD_HELD:
            own, how = [*own, *_older_held(held, day)], OWN_ONLY
        before = sorted((e for e in money if (e.day or date.min) <= day),
                        key=lambda e: e.day or date.min, reverse=True)
        after = sorted((e for e in money if (e.day or date.min) > day),
                       key=lambda e: e.day or date.min)
        seen: set[int] = set()
        for entry in own if how == OWN_ONLY else [*own, *before, *after]:
            if refund.left < EPS:
                break
            if id(entry) in seen or entry.left < EPS or entry.kind == "credit":
                continue
            seen.add(id(entry))
            taken = take(entry, refund.currency, refund.left, convert)
            if taken is None:
                unconverted.add((entry.currency, refund.currency))
            else:
                refund.left -= taken
    return unconverted


def taken_first(refund: Entry, unit: ShipmentRow, units: Sequence[ShipmentRow],
                own: list[Entry], held: list[Entry], sold: SoldNumbers
                ) -> tuple[list[Entry], str]:
    """What a refund on `unit` takes back first, and how (:func:`paid_back`). Its row's note
    naming a number (退PI-50定金): the money of the rows with that number, then the deposits
    `held`; no row or sale of the customer's with it, nothing: the deposit of an order not in
    these books never came into them, and sent back it leaves the buyer's debt and PI-77's
    deposit as they were (rv57c s213 r4: PI-77's 6,000 held read 4,000; r6: PI-50's own 2,000
    left on account, PI-77's cut instead). An earlier order's deposit (退旧单定金): the money of
    the customer's cancelled orders, of numbers no file sells and of bare deposits, come before
    it, then the deposits held but the latest (s213 r2, r3; rv58c s230 b1, b3). Else its
    invoice's money (`own`) first."""
    if unit.noted is not None:
        keys = named_numbers(unit.noted)
        named = [entry for other in units if other is not unit and not keys.isdisjoint(
            numbers(other)) for entry in other.receipts if entry.kind != REFUND]
        if not named and not sold.names(unit.noted):
            return [], OWN_ONLY
        return [*named, *held], ANY
    if unit.old_back:
        return [entry for other in units if other is not unit and (other.order.cancelled or (
            other.noted is not None and not sold.names(other.noted)) or _bare(other))
            for entry in other.receipts if entry.kind != REFUND
            and (entry.day or date.min) <= (refund.day or date.max)], OLD_HELD
    return own, ONE_HELD if unit.deposit_back else ANY


# money a row's note moves in from other orders: their loose numbers, and the sum, its
# currency, its day and its rate's day (:func:`moves`)
Move = tuple[tuple[str, ...], float, str, "date | None", date]


def moves(unit: ShipmentRow) -> list[Move]:
    """What a row's note moves in from other orders (PO-R2的款转入本单: `unit.moved_in`,
    core.ledger.moved_sums): its money, or the sum the note gives each (PO-R2的款3000转入本单:
    3,000 of it, in its money's currency, on its day; all of it taken back, PO-R2 read
    10,000 owed where 3,000 is: rv59g s294 m3), in the currency the note names (RMB21600:
    converted where taken, rv60b s313 e2); orders named after the last figure, what the
    figures leave of its money."""
    money = [entry for entry in unit.receipts if entry.kind != REFUND]
    if unit.moved_in is None or not money:
        return []
    first, found = money[0], list[Move]()
    came = math.fsum(entry.amount for entry in money if entry.currency == first.currency)
    parts = moved_parts(unit.moved_in)
    for keys, said, currency in parts:
        if said is None and len(parts) > 1:  # what the orders named with figures left of it
            if came > EPS:
                found.append((keys, came, first.currency, first.day, first.rate_day))
        elif said is None:
            found.extend((keys, entry.amount, entry.currency, entry.day, entry.rate_day)
                         for entry in money)
        elif currency in (None, first.currency):  # no more than came, over all the orders
            found.append((keys, min(said, came), first.currency, first.day, first.rate_day))
            came = max(0.0, came - said)
        else:
            found.append((keys, said, currency, first.day, first.rate_day))
    return found


def moved_in(unit: ShipmentRow, units: Sequence[ShipmentRow]
             ) -> list[tuple[Entry, list[Entry], str]]:
    """The money a row's note moves in from another order of the customer's taken back from
    that order's money alone, on the row's day: what it paid, it paid once. PO-R2 paid
    10,000 on 04-20, PO-R1 revived by it on 05-10: both read paid, 0 open, where PO-R2 is
    10,000 owed, 60 days late at 06-30 (fix59n). That order with no money in these books,
    the row's money stands as the buyer's, as before (another buyer's order:
    core.analysis.moved_away)."""
    return taken_back(moves(unit), [other for other in units if other is not unit])


def taken_back(moved: Sequence[Move], units: Sequence[ShipmentRow]
               ) -> list[tuple[Entry, list[Entry], str]]:
    """Each move (:func:`moves`) as a refund of the money of `units` answering its order's
    number that had come by its day: money that came after it was not there to move (PO-R2
    paid on 05-25, the move noted on 05-10: taken back, PO-R2 read 10,000 owed where the
    buyer paid both orders, rv59g s294 m6)."""
    found = []
    for keys, amount, currency, day, rate_day in moved:
        taken = [entry for other in units if not numbers(other).isdisjoint(keys)
                 for entry in other.receipts
                 if entry.kind != REFUND and (day is None or (entry.day or day) <= day)]
        if taken:
            found.append((Entry(amount, currency, day, rate_day, REFUND), taken, OWN_ONLY))
    return found


def _bare(unit: ShipmentRow) -> bool:
    """Is `unit` a bare deposit (定金 naming no order): which order it was for cannot be told,
    so an earlier order's deposit sent back may be it (rv58c s230 b1: 退旧单定金 beside a bare
    定金 of February left it paying INV-1, 3,000 open where 5,000 is)?"""
    return unit.said_deposit and unit.noted is None and unit.order.order_no is None


def _older_held(held: Sequence[Entry], day: date) -> list[Entry]:
    """The deposits `held` come by `day`, oldest first, but the latest: the order in hand's,
    never an earlier order's (退上次定金 beside PI-50's 2,000 and PI-77's 6,000 takes PI-50's:
    rv58c s230 b3; beside PI-77's alone, none)."""
    came = sorted((entry for entry in held if entry.left >= EPS
                   and (entry.day or date.min) <= day), key=lambda e: e.day or date.min)
    return came[:-1]


def numbers(unit: ShipmentRow) -> set[str]:
    """The loose numbers a row of money or sale answers to: its order's, its invoice's and
    the one its note gives."""
    found = sale_numbers(unit.order.order_no, unit.invoice_no)
    return found | named_numbers(unit.noted) if unit.noted is not None else found
