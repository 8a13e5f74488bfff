"""A tab whose name says it holds no orders (说明, 汇总, a pivot): the one rule, used where
sheets are laid out (core.ledger.layout) and before calamine opens an .xls or .ods
(core.ledger.readers.calamine), so a far entry on a notes tab is passed over in every format
as it is in an xlsx, not the whole file refused."""

from __future__ import annotations

from core.ledger.fields import NON_LEDGER_SHEETS
from core.ledger.normalise import fold_header

_NON_LEDGER = tuple(fold_header(s) for s in NON_LEDGER_SHEETS)


def named_no_ledger(name: str) -> bool:
    """Does the tab's name say it holds notes, a summary or a pivot, not orders?"""
    folded = fold_header(name)
    return any(word and word in folded for word in _NON_LEDGER)
