"""A wire that pays a balance and a new order's deposit at once: which part is the deposit.

A buyer settles an old invoice and pays the next order's deposit in one wire, and the clerk
notes both: 付清PI-77定金及INV-1余款, INV-1尾款5000+PI-77定金1000, INV-1余款，多的1000作PI-77定金,
"balance INV-1 + deposit PI-77". Read as a deposit, Global Trading FZE's 6,000 was all held for
PI-77 while INV-1's 5,000 stood 89 days overdue (rv56d s140); read as plain money, the 1,000
for PI-77 stood as credit on account. The balance is paid first (payment_kinds.balance_paid):
up to the figure the note gives it, or the invoice's open sum (core.analysis.advances.
balance_first); the rest, or the figure the note gives the deposit, is the deposit, held for
the order its clause names. A note whose deposit names no order (定金及尾款一次付清, 全款（含定金）)
is the balance alone: money of its own, paying the oldest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.ledger.normalise import fold
from core.ledger.noted_orders import noted_number
from core.ledger.payment_kinds import balance_paid, deposit_money
from core.ledger.record import DEPOSIT_SAID

# what joins a note's clauses: punctuation, 及 / 和 / 与 / +, "and", "plus"
_JOINS = re.compile(r"[,，;；。+＋&]|以及|及|和|与|(?<![a-z])(?:and|plus)(?![a-z])")
# an order's or wire's number, read out before a clause's figure is (PI-77, INV-1, TT-881)
_NUMBER = re.compile(r"[a-z]+[-_]?[0-9][0-9a-z_-]*")
# a figure: a sum, not a share (30%) nor a date's part (5/1)
_FIGURE = re.compile(r"(?<![0-9.,/])[0-9][0-9,]*(?:\.[0-9]+)?(?![0-9.,/%])")


@dataclass(frozen=True, slots=True)
class DepositPart:
    """The deposit a wire paying a balance names: its order and the figures the note gives."""

    number: str  # the order the deposit is for, as the note writes it (folded: pi-77)
    figure: float | None  # the deposit's own figure (PI-77定金1000)
    balance: float | None  # the balance's figure (INV-1尾款5000)
    paid: str | None  # the number the balance names (INV-1), whose open sum it pays first


def deposit_part(note: object) -> DepositPart | None:
    """The deposit of a note naming a balance paid beside one deposit for a numbered order;
    None where it names no balance, no deposit, several, or one naming no order."""
    if not isinstance(note, str) or DEPOSIT_SAID.search(note) is None:
        return None
    folded = fold(note)
    if not balance_paid(folded):
        return None
    clauses = [c for c in _JOINS.split(folded) if c.strip()]
    deposits = [c for c in clauses if deposit_money(c)]
    balances = [c for c in clauses if balance_paid(c)]
    if len(deposits) != 1 or (number := noted_number(deposits[0])) is None:
        return None
    only = balances[0] if len(balances) == 1 else ""
    return DepositPart(number, _figure(deposits[0]), _figure(only), noted_number(only))


def _figure(clause: str) -> float | None:
    """The one sum a clause gives, its numbers read out; None where it gives none or several."""
    found = _FIGURE.findall(_NUMBER.sub(" ", clause))
    return float(found[0].replace(",", "")) if len(found) == 1 else None
