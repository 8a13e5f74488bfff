"""A deposit the firm kept when its order was cancelled: the buyer's money no longer.

A buyer who cancels after paying a deposit often loses it (定金不退, 没收, "deposit
forfeited"): the clerk writes so beside the cancelled order, and the money is the firm's,
for the cancellation. Read as the buyer's money, it paid the buyer's other invoices and left
"credit on account": a small buyer 100 days late was spared the stop-loss list by a deposit
it will never see again. Without such words a cancelled order's deposit stays the buyer's
(owed back, or for its next order), as the clerk may yet refund or apply it.

A deposit the clerk wrote as paid back (定金已退, 已退还客户, "deposit refunded") with no refund
row of its own is the buyer's money no longer either: read as the buyer's, it paid older
invoices (Roma's 15,000 paid its 8,000 invoice 170 days late, leaving 7,000 "credit on
account", where the buyer owed 8,000 and belonged on the stop-loss list). Where the ledger does
book the refund (a negative 收款 row), the deposit and the refund meet as before.
"""

from __future__ import annotations

import re

# 不退 (not 不退税, no tax rebate; nor 已退, refunded); 不予退还, 不返还; English "forfeit(ed)",
# "non-refundable", "not refunded"
_KEPT = re.compile(r"没收|不退(?!税)|不予退|不返还|不予返还|(?<![a-z])forfeit|non-?refundable"
                   r"|not\s+(?:be\s+)?refund(?:ed|able)|kept\s+by\s+us", re.IGNORECASE)


# ... and not for now (暂不退, 尚未退, "not refunded yet"), nor kept for the buyer's next order
# (抵下次货款, 转下单, 留作): the buyer's money still
_STILL_THEIRS = re.compile(r"[暂尚还先]\s*不退|[暂尚还先]未退|不退[换货]|抵|转下|下次|下单|留作|"
                           r"not\s+(?:yet\s+)?refunded\s+yet|yet\s+to\s+be\s+refunded|"
                           r"next\s+order|carr(?:y|ied)\s+(?:it\s+)?(?:over|forward)",
                           re.IGNORECASE)


def forfeited(note: str | None) -> bool:
    """Does a cancelled order's note say the firm kept the money paid on it?"""
    text = note or ""
    return _KEPT.search(text) is not None and _STILL_THEIRS.search(text) is None


# 已退 / 已退还 / 已退回 / 已退款 (not 已退税, a tax rebate; nor 已退货 / 已退换, goods back),
# "refunded", "returned to the buyer"
_REFUNDED = re.compile(r"已\s*退(?![税货换])|\brefunded\b|returned\s+to\s+(?:the\s+)?"
                       r"(?:customer|buyer|client)", re.IGNORECASE)
_NOT_REFUNDED = re.compile(r"(?:not|never)\s+(?:yet\s+)?(?:been\s+)?refunded|未退",
                           re.IGNORECASE)


def refunded(note: str | None) -> bool:
    """Does a cancelled order's note say the money paid on it went back to the buyer?"""
    text = note or ""
    return (_REFUNDED.search(text) is not None and _NOT_REFUNDED.search(text) is None
            and _STILL_THEIRS.search(text) is None)
