"""A revision's payment re-dated: the same payment within a month, later money beyond it.

A file named as another's revision (台账 2025-04 修订.xlsx: core.ledger.revised_files) restates
its rows: its 收款 row of another day is the same payment, its day typed again (pay43). Without
a limit, a revision moving its row five months was that payment too, September's money taken
for April's (pay44). The limit is the window the import already gives one movement of money
seen on two days, a return's refund (core.ledger.one_refund.REFUND_DAYS, a month).
"""

from __future__ import annotations

from datetime import date

from core.ledger.one_refund import REFUND_DAYS
from core.ledger.payment_lines import Pair
from core.ledger.revised_files import one_revises_dated


def revision_moving(name: str | None, other: str | None, later: bool, pair: Pair) -> bool:
    """:func:`one_revises_dated`, the `pair`'s two days within a return's window of one
    money movement seen twice (core.ledger.one_refund.REFUND_DAYS, a month): a revision of
    April's book moving its 收款 row five months was the same payment, May's and September's
    money one (pay44); further apart it is read as any re-sent file's row (a later day: later
    money, both counted)."""
    first, second = (date.fromisoformat(day[:10]) if day else None
                     for day in (pair.new.day, pair.old.day))
    return one_revises_dated(name, other, later) and (
        first is None or second is None or abs((first - second).days) <= REFUND_DAYS)
