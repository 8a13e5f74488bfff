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

from collections.abc import Sequence
from datetime import date

from core.analysis.account import EPS, Convert, Entry, take

REFUND = "refund"  # a Money's kind (core.analysis.dataset): money sent back to the customer


def paid_back(pool: list[Entry], refunds: list[tuple[Entry, list[Entry], bool]],
              convert: Convert, held: Sequence[Entry] = ()) -> set[tuple[str, str]]:
    """Each refund (with the entries of the invoice it is written on, and whether it is a
    deposit sent back naming no number) taken off the pool's money, in place; the (from, to)
    currency pairs no rate converted. A deposit sent back naming none, where the customer has
    one deposit `held`, is that one's: FZE's -2,000 noted 退定金 beside PI-77's 6,000 held left
    6,000 held, watch, where 4,000 is, black (rv57a s202 r1, r2); of several, none can be told."""
    unconverted: set[tuple[str, str]] = set()
    money = [entry for entry in pool if entry.kind != "credit"]
    for refund, own, deposit in sorted(refunds, key=lambda pair: pair[0].day or date.min):
        if deposit and len(kept := [entry for entry in held if entry.left >= EPS]) == 1:
            own = kept
        day = refund.day or date.max
        before = sorted((e for e in money if (e.day or date.min) <= day),
                        key=lambda e: e.day or date.min, reverse=True)
        after = sorted((e for e in money if (e.day or date.min) > day),
                       key=lambda e: e.day or date.min)
        seen: set[int] = set()
        for entry in [*own, *before, *after]:
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
