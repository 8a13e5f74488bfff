"""A whole PI's deposit written on its first lot's row: each lot's share of it (fix58h).

A PI on 30/70 terms shipped in two lots (分批出货: 6,000 in February, 4,000 later) has its one
30 % deposit, 3,000, booked on the first lot's row. Set whole against that lot, it left 3,000
open where the lot owes 70 % of its goods at its B/L, 4,200 (rv58b s12); a first lot of 1,000
was shown paid, 2,000 on account, where 700 was 71 days overdue. "30/70 per shipment" is the
standard T/T reading: each lot owes its share of the deposit and the rest at its own B/L, the
deposit held for the whole PI, the part of it for lots not shipped held until they ship.

So on a lot of a PI on deposit terms (a deposit percentage, the balance not before shipment)
shipped in several lots (the row's note saying it ships in lots and is the first, lots still
to come, core.ledger.lots_called_off.lots_to_come, no later lot's row cancelled: core.analysis.
fetch; or the order's other lots written, the money no more than
the percentage of them all), the money that came by its ship date beyond the percentage of
the lot's amount, not the lot's whole amount (a lot paid in full ahead is its own money),
is the other lots': a shipped one's paid with its share, an unshipped one's held
against it; what no written lot takes is held for the lots still to come where the note says
some are (deposits held), else it pays as before. A first lot's row whose cell holds the
deposit and the lot's balance summed, dated at the balance after the lot shipped (4,752 on a
lot of 3,960, 06-21, its B/L 06-19), holds beyond the lot's amount the lots to come's share
of the deposit (792): read as the pool's, it paid a newer O/A invoice not yet due, 1,473 open
where 2,265 is with 792 held (rv60o, Dubai Pearl seed 6). Not where its note says its money
is another order's too (合并付款，含YW25-0004货款521.5: named_money.elsewhere).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

from core.analysis.account import EPS, Entry, Invoice, allocate
from core.analysis.dataset import ShipmentRow, SoldNumbers
from core.analysis.due_dates import Shipment
from core.analysis.model import LotShare
from core.analysis.named_money import elsewhere
from core.ledger.terms import ADVANCE_RUNGS

Hold = Callable[[Entry, list[Invoice]], None]


def share_out(lots: Sequence[tuple[int, list[Entry]]], units: Sequence[ShipmentRow],
              shipments: Sequence[Shipment], invoices: Sequence[Invoice], hold: Hold,
              convert: Callable[..., float | None], band: float,
              pool: list[Entry], held: list[Entry]) -> tuple[list[LotShare], set[tuple[str, str]]]:
    """Each shipped lot's (`lots`: its index, its money in the `pool`) deposit beyond its
    share given to the order's other lots, the rest held (`held` extended) where lots are
    still to come, else back in the pool. How each was shared, and the currency pairs no rate
    converted."""
    shared: list[LotShare] = []
    unconverted: set[tuple[str, str]] = set()
    for n, own in lots:
        unit, invoice, ship = units[n], invoices[n], shipments[n].ship_date
        terms = unit.order.terms
        # a balance before shipment (ADVANCE_RUNGS) is money ahead of it too: no deposit alone
        if terms is None or not terms.deposit_pct or terms.rung in ADVANCE_RUNGS or ship is None:
            continue
        pct = terms.deposit_pct / 100
        ahead = [e for e in own if e.left >= EPS and e.currency == invoice.currency and (
            e.kind == "deposit" or (e.day is not None and e.day <= ship))]
        deposit = math.fsum(e.left for e in ahead)
        rest = deposit - pct * unit.amount
        after = [e for e in own if e.left >= EPS and e.currency == invoice.currency and not (
            e.named or e.kind != "received" or any(e is a for a in ahead))
                 ] if unit.lots_to_come else []  # the row's cell (most lots: none to come)
        beyond = deposit + math.fsum(e.left for e in after) - unit.amount
        if after and beyond > max(rest, invoice.tolerance) and not (
                elsewhere(unit, SoldNumbers(list(units)))):  # (合并付款，含YW25-0004货款)
            ahead, deposit, rest = ahead + after, pct * unit.amount + beyond, beyond
        if rest <= invoice.tolerance or abs(deposit - unit.amount) <= invoice.tolerance:
            continue  # (most lots: their deposit no more than their share; or paid in full)
        others = [m for m, other in enumerate(units)
                  if m != n and other.order is unit.order and other.amount > 0]
        if not unit.lots_to_come and (not others or deposit > pct * math.fsum(
                units[m].amount for m in [n, *others]) + invoice.tolerance):
            continue  # no lots to come, and more than the lots written owe as a deposit
        spare = _taken(ahead, rest)
        for m in others:
            part = Entry(min(spare.left, pct * units[m].amount), spare.currency, spare.day,
                         spare.rate_day, spare.kind)
            spare.left -= part.amount
            if shipments[m].shipped:
                unconverted |= allocate([invoices[m]], [part], convert, band)
            else:
                hold(part, [invoices[m]])
            spare.left += part.left  # what the lot had no room for
        to_come = spare.left if unit.lots_to_come and spare.left >= EPS else 0.0
        if to_come:
            held.append(Entry(to_come, spare.currency, spare.day, spare.rate_day, spare.kind))
        elif spare.left >= EPS:
            pool.append(spare)  # paying as the lot's money did
        if spare.left < rest - EPS or to_come:  # it changed a figure: said how
            shared.append(LotShare(unit.order.order_no or "", invoice.currency, deposit,
                                   deposit - rest, rest - spare.left, to_come))
    return shared, unconverted


def _latest(entry: Entry) -> tuple[bool, date]:
    return entry.day is not None, entry.day or date.min


def _taken(entries: list[Entry], amount: float) -> Entry:
    """`amount` taken off `entries` (the latest first) as one entry of the latest's day."""
    latest = max(entries, key=_latest)
    spare = Entry(amount, latest.currency, latest.day, latest.rate_day, latest.kind)
    for entry in sorted(entries, key=_latest, reverse=True):
        taken = min(entry.left, amount)
        entry.left -= taken
        amount -= taken
        if amount < EPS:
            break
    return spare
