"""The one order a payment's note names, where its order-number column names none.

A clerk's 收款 sheet often has no invoice column: the wire's row says whose it is in 备注
("C-3", "货款 C-3 余款"). Read as naming no order, such a wire of 8,000 on the day C-1's and
C-2's rows say 5,000 and 3,000 received was taken for the slip of those two invoices
(core.ledger.receipts._lump_sums) and cleared: the buyer's 8,000 for C-3 was lost, C-3 shown
open and a buyer who had paid black-listed. A note naming exactly one of its customer's
numbers (an order's, or an invoice's, read as its order) names that order; naming none or
several ("C-1 + C-2": one slip for both), it names none, as before.

A note naming none of its customer's numbers may name one written as they are written (their
letters, then digits): an order the ledger does not list yet (K-3 定金), another buyer's
invoice the customer paid (PI-2025-017 among PI-2025-031's). Read as naming none, such a wire
was taken for the one booked under the customer's other invoice that day and dropped: the
buyer's money lost, an invoice it paid shown open. It names that number, an order not among
the customer's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from core.ledger.normalise import fold

# a number is named where no letter or digit runs on either side of it: C-1 is not in C-10
_EDGE = "(?<![0-9a-z]){}(?![0-9a-z])"


def numbers_of(pairs: Iterable[tuple[str | None, str | None]]) -> dict[str, str]:
    """Each folded order and invoice number of a customer's (order, invoice) pairs, with the
    folded order number it is on."""
    found: dict[str, str] = {}
    for order, invoice in pairs:
        if order:
            key = fold(order)
            found.setdefault(key, key)
            if invoice:
                found.setdefault(fold(invoice), key)
    return found


def noted_order(note: object, numbers: Mapping[str, str]) -> str | None:
    """The folded order number the note names, where it names one order only."""
    if not isinstance(note, str) or not note.strip() or not numbers:
        return None
    text = fold(note)
    named = {order for number, order in numbers.items() if number in text
             and re.search(_EDGE.format(re.escape(number)), text)}
    if named:
        return named.pop() if len(named) == 1 else None
    shapes = {match.group(1) for number in numbers if (match := _SHAPE.match(number))}
    if not shapes:
        return None
    other = re.search(_EDGE.format("(?:{})[0-9][0-9a-z-]*".format(
        "|".join(map(re.escape, shapes)))), text)
    return other.group(0).rstrip("-") if other else None


# a number's shape: its letters before its first digit (k-, pi-2025- is pi-); a plain run of
# digits has none (a note's date or sum would be read as one)
_SHAPE = re.compile(r"([^0-9]*[a-z][^0-9]*?)[0-9]")
