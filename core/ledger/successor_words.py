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

from core.ledger.noted_orders import loose_number

# the order that replaced the cancelled one, named by a number: letters then digits (PO-R1A,
# YW25-0050) or four digits or more (250301), not a day (3/15, 20250601) nor a count (改为30天,
# 改成500个, 改为1000pcs), nor what a field of the order was changed to (交期改为20250601, 数量
# 改为1000pcs: read as successors, the wire became credit and hid PO-R2's 6,000, 91 days,
# black, rv59c s260 g2/g3)
_FIELD = (r"(?<!交期)(?<!货期)(?<!船期)(?<!日期)(?<!时间)(?<!数量)(?<!单价)(?<!价格)(?<!金额)"
          r"(?<!付款)")
SUCCESSOR = re.compile(rf"{_FIELD}(?:改为|改成|换成|转为|重新下单|重下单)\s*[:：]?\s*"
                       r"(?:新?(?:订单|单)号?)?\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9\-_/.]*+)"
                       r"(?![年月日号天个件套箱只双条台])")
_NUMBER = re.compile(r"[A-Za-z][A-Za-z\-_/.]*\d[A-Za-z0-9\-_/.]*"
                     r"|(?!20\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])$)\d{4,}")


def successors(note: str) -> list[re.Match[str]]:
    """The places a note names the order replacing its own by a number (改为PO-R1A)."""
    return [found for found in SUCCESSOR.finditer(note) if _NUMBER.fullmatch(found[1])]


def names_successor(notes: Iterable[object]) -> frozenset[str]:
    """The numbers (loose keys) a cancelled line's note names as the order that replaced it
    (改为PO-R1A); empty where it names none."""
    return frozenset(loose_number(found[1]) for note in notes if isinstance(note, str)
                     for found in successors(note))
