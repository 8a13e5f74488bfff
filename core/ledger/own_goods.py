"""The words of a payer's note saying a wire is for its own goods beside another buyer's.

An agent who buys in his own right writes one wire for the buyer he acts for and for
himself: 代Khartoum Star付款及本司货款, 代Khartoum Star付款，含我司货款. Read by the 代 alone, the
whole 12,000 was Khartoum's on account while Hassan's own 5,000 stayed open, black (rv58c
s231 a). A 代X付款 note without these words is X's whole, as the guide says (the agent's
own open first only where the note says so).
"""

from __future__ import annotations

import re

from core.ledger.plan_said import paid_later

# the payer's own goods, by the remitter's words: 本人 / 自己 / 自身 and a payment's word after
# (货款, 欠款, 尾款, 余款, 款), or 本司 / 我司 / 本公司 / 我方 added to the wire (及本司货款,
# 含我司货款, 和我方欠款): alone, in the clerk's voice they are the seller's (代Khartoum Star
# 支付我司货款: the whole wire for our goods, on X's behalf), and so where denied
# (不含本司货款): read as the payer's, his own 5,000 was paid and X's black instead (rv59d
# s270 d, e, j);
# "and our own goods", "its own invoices"
_OWN = re.compile(
    r"(?:(?<!不)(?<!不包)(?:及|和|与|并|含|包括|加上?|连同)\s*(?:本司|我司|本公司|我公司|我方)"
    r"|本人|自己|自身)的?(?:货款|欠款|尾款|余款|款项|款)"
    r"|(?<![a-z])(?:our|its|his)\s+own\s+(?:goods|invoices?|payment|balance)(?![a-z])",
    re.IGNORECASE)
# a note's clauses: its parts (INV-H1货款+代Khartoum Star付款, ，, 、) and its brackets, one
# split for the payer's own invoices (paid_by_buyer.own_noted) and its own goods
CLAUSES = re.compile(r"[,，;；。+＋、&()（）\n]")


def own_goods(note: object) -> bool:
    """Does a 代X付款 note say the wire pays its payer's own goods too, in a clause not putting
    them off (本司货款下月付: core.ledger.plan_said.paid_later)?"""
    return isinstance(note, str) and any(
        _OWN.search(clause) and not paid_later(clause) for clause in CLAUSES.split(note))
