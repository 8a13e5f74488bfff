"""A cancelled order's deposit the clerk moved to another of the buyer's orders.

A buyer who cancels a PI after paying its deposit often has it kept for a PI it places instead:
the clerk writes 已取消，定金转YW25-0050 beside the cancelled order. Read as the buyer's money
on account, the 3,000 paid an old invoice 75 days overdue (2,800 open shown 0: the buyer off
every list, rv58b s11) while it is held for YW25-0050, not shipped yet. The number the note
moves the money to is where it goes (core.analysis.deposits_held.hold_deposits): held against that
order while it waits to ship, as money on its own row would be; once it has shipped, paying
as that order's money does.
"""

from __future__ import annotations

import re

from core.ledger.noted_orders import noted_number

# the money (定金, 订金, 预付款, 货款), then how it moved (转, 转入 / 转到 / 转至 / 转为 / 转作,
# 抵, 冲抵, 用于, 留给, 移至); the number follows within the phrase. English: "deposit moved /
# transferred / applied / carried over to PI YW25-0050".
_MOVED = re.compile(
    r"(?:定金|订金|预付款|货款)\s*(?:已\s*)?(?:转(?:入|到|至|为|作)?|冲抵|抵|用于|留给|移至)"
    r"(?P<zh>[^，,;；。\n]{0,30})"
    r"|(?:deposit|prepayment|advance)\s+(?:was\s+|has\s+been\s+|is\s+)?"
    r"(?:moved|transferred|applied|carried\s+(?:over|forward))\s+(?:to|against|for)"
    r"(?P<en>[^,;.\n]{0,40})", re.IGNORECASE)


def moved_to(note: str | None) -> str | None:
    """The one order number a cancelled order's note moves its deposit to (None: it names
    none, or several)."""
    found = _MOVED.search(note or "")
    if found is None:
        return None
    return noted_number(found["zh"] if found["zh"] is not None else found["en"])
