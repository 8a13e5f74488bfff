"""A tab whose name says it holds no orders (说明, 汇总, a pivot): the one rule, used where
sheets are laid out (core.ledger.layout) and before calamine opens an .xls or .ods
(core.ledger.readers.calamine), so a far entry on a notes tab is passed over in every format
as it is in an xlsx, not the whole file refused."""

from __future__ import annotations

from core.ledger.fields import NON_LEDGER_SHEETS
from core.ledger.normalise import fold_header
from core.ledger.tab_month import sheet_month

_NON_LEDGER = tuple(fold_header(s) for s in NON_LEDGER_SHEETS)


def named_no_ledger(name: str) -> bool:
    """Does the tab's name say it holds notes, a summary or a pivot, not orders?"""
    folded = fold_header(name)
    return any(word and word in folded for word in _NON_LEDGER)


def passed_over(name: str, hidden: bool) -> bool:
    """Is a tab passed over without its rows looked at: named as notes (说明), or hidden and
    not named after a month (备用, Sheet2: a hidden 4月 may be the clerk's month folded away,
    core.ledger.workbook_layouts.hidden_ledger)? A far entry on such a tab leaves it unread,
    named, in every format, as core.ledger.layout does for an xlsx's."""
    return named_no_ledger(name) or hidden and sheet_month(name) is None
