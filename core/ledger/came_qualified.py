"""A came word a payment row's note takes back in the words right after it.

Kept apart from core.ledger.payment_row_money (is a row's money come?), which reads its came
words (已收, 收到, 已到账) and asks here whether what follows one says no money came: a paper or
a notice received (已收到银行通知, 已收到付款凭证, 已收到客户通知), a part of unknown size (已收到
一部分; 已收，剩下的没收), the money that cannot come (已收不到了), or the coming doubted (已收待
确认, 已收（待核实）, 已收，待确认). Read as come, a balance the note says is out was cleared:
7,000, 72 days, black → nothing (rv68d A6, on 尾款 and on 另一单没收尾款 alike).
"""

from __future__ import annotations

import re

from core.ledger.came_words import CLAUSE
from core.ledger.unsure_words import BARE_SETTLED, BARE_UNSURE, UNSURE

# what the word took is a paper or a notice of the money, not the money (收到水单 is
# payment_row_money's own slip word), not a bank's credit advice (到账通知, 入账通知: the money
# came; read as a paper, 7,000, 72 days, black, rv68k #2); a part (已收到一部分; plan_said.PART
# reads 已收一部分); or the money that cannot come (已收不到了: 收不到)
_TAKEN_ELSE = re.compile(r"\s*(?:到?了?\s*(?:[^,，;；。()（）]{0,4}?"
                         r"(?:(?<![到入]账)通知|凭证|截图|邮件|消息)"
                         r"|一?部分)|不到)")
# ... and a next clause saying the rest did not come (已收，剩下的没收; 已到账，其余未到): some
# of it came, how much not said; 余款 is this row's own word and stays its own reading
_REST_OUT = re.compile(r"(?:剩下|剩余|其余|余下)的?(?:钱|款|部分)?(?:还|尚|都)?(?:没有?|未)"
                       r"(?:收|到|付)")


def taken_back(text: str, clause: str, end: int) -> bool:
    """Do the words after a came word (at `end` of its `clause` in the folded cell `text`) say
    no money came: a paper, a notice or a part taken, the money not coming, a doubt in its
    clause or a bare one next (none settled after it: 后来已确认), or the rest said not come?"""
    if _TAKEN_ELSE.match(clause, end):
        return True
    after = [part.strip() for part in CLAUSE.split(text[text.find(clause) + len(clause):])]
    after = [part for part in after if part]
    doubted = UNSURE.search(clause, end) is not None or bool(
        after and BARE_UNSURE.fullmatch(after[0]))
    if doubted and not any(BARE_SETTLED.fullmatch(part) for part in after):
        return True
    return bool(after) and _REST_OUT.match(after[0]) is not None
