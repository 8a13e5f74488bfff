"""A payment one file counts inside its sale row's figure, another file lists again: one payment.

The import clears a payment row's figure that its own file's sale row already holds (a copy of
the sale row's received figure, or a part of its running or noted total: core.ledger.receipts):
the line is stored holding no money, still keyed by its sum, currency and day
(core.ledger.keys.paid_part). The bank's 收款 list re-listing that payment, the same order, sum,
currency and day, is the same line: the same payment, which the book's figure already counts.
Imported after the book, its figure came back onto the cleared line; imported before it, the
book's clearing was a blank that never erases, and the bank's figure stayed under the book's
name, the analysis taking the pair for one file's judgement: 10,500 on account where 0, in both
orders (pay44). Either order now leaves the line holding no money. Only between two files: a
file read again decides its own rows anew.
"""

from __future__ import annotations

from typing import Any

from core.ledger.keys import PAID, SUM
from core.ledger.line_values import L_AMOUNT, L_BALANCE, L_RECEIVED

PAID_SUM = PAID + SUM  # a payment's line keyed by the sum its row said
_MONEY = slice(L_RECEIVED, L_BALANCE + 2)  # received, deposit and balance, each with its day


def _cleared(key: str, values: tuple[Any, ...]) -> bool:
    """A payment's line (its key naming a sum) whose every figure its file cleared."""
    return PAID_SUM in key and not values[L_AMOUNT] and all(
        value is None for value in values[_MONEY])


def one_payment(key: str, stored: tuple[Any, ...], row: tuple[Any, ...],
                merged: tuple[Any, ...], other_file: bool) -> tuple[Any, ...]:
    """The line as merged from the row over the `stored` line of its key, the row from
    `other_file`: holding no money where either file cleared it as a figure its own sale row
    holds; else as merged."""
    if other_file and PAID_SUM in key and (_cleared(key, stored) or _cleared(key, row)):
        return (*merged[:_MONEY.start], *(None,) * (_MONEY.stop - _MONEY.start),
                *merged[_MONEY.stop:])
    return merged
