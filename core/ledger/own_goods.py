"""The words of a payer's note saying a wire is for its own goods beside another buyer's.

An agent who buys in his own right writes one wire for the buyer he acts for and for
himself: 代Khartoum Star付款及本司货款, 代Khartoum Star付款，含我司货款. Read by the 代 alone, the
whole 12,000 was Khartoum's on account while Hassan's own 5,000 stayed open, black (rv58c
s231 a). A 代X付款 note without these words is X's whole, as the guide says (the agent's
own open first only where the note says so).
"""

from __future__ import annotations

import re

from core.ledger.payment_row_money import paid_later

# the payer's own goods, by the remitter's words: 本司 / 我司 / 本公司 / 我方 / 自己 and a
# payment's word after (货款, 欠款, 尾款, 余款, 款); "and our own goods", "its own invoices"
_OWN = re.compile(
    r"(?:本司|我司|本公司|我公司|我方|本人|自己|自身)的?(?:货款|欠款|尾款|余款|款项|款)"
    r"|(?<![a-z])(?:our|its|his)\s+own\s+(?:goods|invoices?|payment|balance)(?![a-z])",
    re.IGNORECASE)
# a note's clauses: its parts (INV-H1货款+代Khartoum Star付款, ，, 、) and its brackets, one
# split for the payer's own invoices (paid_by_buyer.own_noted) and its own goods
CLAUSES = re.compile(r"[,，;；。+＋、&()（）\n]")


def own_goods(note: object) -> bool:
    """Does a 代X付款 note say the wire pays its payer's own goods too, in a clause not putting
    them off (本司货款下月付: core.ledger.payment_row_money.paid_later)?"""
    return isinstance(note, str) and any(
        _OWN.search(clause) and not paid_later(clause) for clause in CLAUSES.split(note))
