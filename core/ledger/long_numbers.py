"""Order, invoice and reference numbers typed as numbers of more than Excel's 15 digits.

Excel keeps a number to 15 digits: an 18-digit order number typed into a cell formatted as a
number is saved as 123456789012345000, and one an ERP wrote with all its digits comes back from
the file as the nearest float (123456789012345696). Either way the number stored is not the
one on the clerk's paperwork, so a payment naming the real number finds no order. It is
stored as before (read otherwise, an order a database holds under it would be a second one
when a later file lists it again: core.ledger.normalise.cell_text), and its row named in the
report (core.ledger.unread.long_number_messages), with the cure: the column formatted as
Text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from core.ledger.amounts import MAX_AMOUNT
from core.ledger.layout import SheetLayout
from core.ledger.sheet_fields import ID_FIELDS

LongCells = list[tuple[int, str, object]]  # (row number, id field, the cell)


def long_numbers(layout: SheetLayout, raw_of: Callable[[str], Sequence[Any]],
                 chosen: Sequence[bool], first: int) -> LongCells:
    """(row number, field, cell) of the chosen rows' id cells holding a whole number of more
    than 15 digits; each distinct cell looked at once (a set per column)."""
    found: LongCells = []
    for name in ID_FIELDS:
        if name not in layout.mapping:
            continue
        raw = raw_of(name)
        longs = {v for v in set(raw) if type(v) in (int, float) and abs(v) >= MAX_AMOUNT
                 and float(v).is_integer()}
        if longs:
            found.extend((first + j, name, v) for j, v in enumerate(raw)
                         if v in longs and chosen[j])
    return found
