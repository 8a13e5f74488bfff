"""Which payment of an order a note says it is: the deposit (or first), the Nth, the balance.

A clerk's 收款 tab and the bank's list write an invoice's payments under its one reference
("定金 N-1", "余款 N-1"): the reference cannot tell a deposit from the balance that came the
same day. Read as one wire less its bank charge (core.ledger.payment_lines.bank_read), the
deposit was dropped and a buyer who had paid in full shown owing it (break34b). Two rows whose
notes say different payments of the order are two payments.
"""

from __future__ import annotations

import re

from core.ledger.normalise import fold
from core.ledger.noted_orders import other_references, wire_references

BALANCE = 0  # the last payment: the second, third or any after the first
# The words a note says a payment's place by (folded), and the place: 1 the deposit or first.
_KINDS: tuple[tuple[str, int], ...] = (
    ("定金", 1), ("订金", 1), ("首付", 1), ("预付款", 1), ("首笔", 1), ("第一笔", 1),
    ("第1笔", 1), ("deposit", 1), ("down payment", 1), ("1st", 1), ("first payment", 1),
    ("第二笔", 2), ("第2笔", 2), ("2nd", 2), ("second payment", 2),
    ("第三笔", 3), ("第3笔", 3), ("3rd", 3), ("third payment", 3),
    ("余款", BALANCE), ("尾款", BALANCE), ("balance", BALANCE), ("final payment", BALANCE))
# a Latin word is read whole ("1st" is not in "21st"); a Chinese one where it stands
_WORDS = tuple((re.compile(re.escape(word) if not word.isascii() else
                           rf"(?<![0-9a-z]){re.escape(word)}(?![0-9a-z])"), place)
               for word, place in _KINDS)


def kinds(note: object) -> frozenset[int]:
    """The payments of its order a note says it is (none: it says none)."""
    if not isinstance(note, str) or not note.strip():
        return frozenset()
    text = fold(note)
    return frozenset(place for word, place in _WORDS if word.search(text))


def other_payments(one: object, other: object) -> bool:
    """Whether two notes say different payments of their order (定金 and 余款, 第一笔 and
    第二笔): neither saying one the other may be. The balance may be the second or third."""
    first, second = kinds(one), kinds(other)
    return bool(first and second) and not any(
        a == b or (BALANCE in (a, b) and max(a, b) > 1) for a in first for b in second)


def apart(one: object, other: object) -> bool:
    """Whether two payment rows' notes say they are two payments, whatever else they share:
    each its own wire reference of one kind (N-1 TT-881, N-1 TT-882), or different payments
    of their order (定金 N-1, 余款 N-1). The one rule the bank's reading of a wire
    (core.ledger.payment_lines.bank_read) and a payment's place among its sum and day's
    (core.ledger.payment_places) keep two payments apart by."""
    return other_references(one, other) or other_payments(one, other)


def telling(note: object) -> bool:
    """Whether a note can tell its payment from another (apart): it gives a reference or says
    which payment of its order it is."""
    return bool(kinds(note) or wire_references(note))
