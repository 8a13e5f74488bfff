"""The words of a cancel note naming the order that replaced the cancelled one (改为PO-R1A).

One reading for two rules: a payments tab's wire naming the old number pays the new order, not
the cancelled one brought back (core.ledger.paid_elsewhere, fix59f), and a note cancelling its
own row and naming the new order, 客户取消，重新下单PO-R2, cancels the row it is written on
(core.ledger.cancelled_notes, fix59k) where a re-order named by no number (取消后重新下单) is
the row's own, the new order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# the order that replaced the cancelled one, named by a number: letters with digits (PO-R1A,
# YW25-0050) or four digits or more (250301), not a day (3/15) nor a count (改为30天, 改成500个)
SUCCESSOR = re.compile(r"(?:改为|改成|换成|转为|重新下单|重下单)\s*[:：]?\s*(?:新?(?:订单|单)号?)?"
                       r"\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9\-_/.]*)")
_NUMBER = re.compile(r"(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9\-_/.]+|\d{4,}")


def successors(note: str) -> list[re.Match[str]]:
    """The places a note names the order replacing its own by a number (改为PO-R1A)."""
    return [found for found in SUCCESSOR.finditer(note) if _NUMBER.fullmatch(found[1])]


def names_successor(notes: Iterable[object]) -> bool:
    """Does a cancelled line's note name the order that replaced it (改为PO-R1A)?"""
    return any(successors(note) for note in notes if isinstance(note, str))
