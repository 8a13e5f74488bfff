"""Whether a clause pays an earlier debt now (上次欠款拖欠很久了，这次补上; 上批欠款4000这次付):
the wire's own money, not a promise of later.

Apart from core.ledger.owed_said, whose words of owing it reads, so that module stays one
module's length; read by the wires' and the deposit cells' readers (named_papers,
deposit_parts) and by the grants' set-off taken now (short_granted).
"""

from __future__ import annotations

import re

from core.ledger.buyer_word import LATER_TIME
from core.ledger.owed_said import PAYS_IT, debt_owed, own_money

# ... nor a clause making up something else (样品这次补上, 发票这次补上, 合同这次补上) or only
# promising to (客户说会补上, 过几天补上, 回头补上, 答应尽快补上): read as paying it, the old 5,000
# 84 days black was hidden, the wire read its money (rv62e s601)
_ELSE_MADE_UP = re.compile(r"样品|发票|合同|单据|资料|文件|提单|箱单")
_LATER = re.compile(rf"{LATER_TIME}|回头|以后|改天|下次|稍后")
# ... but a promise of this time (客户答应这次补上, 客户说这次会补上) is kept by this money: read
# as a promise only, a paid debt stood 4,000 owed 39 days, watch (fix63c)
_PROMISED = re.compile(r"会|答应|承诺|保证")
# this time: the wire the note is written on (这次补上, 本次付清), one list
THIS_TIME = r"这次|本次|此次|这回|今天|今日|现在"
_THIS_TIME = re.compile(THIS_TIME)
# ... unless refused or denied (客户没答应这次补上, 客户不答应这次补上, 客户拒绝这次补上, 不同意
# 这次补上, 上批欠款4000不是这次付): read as paying, fix63c cleared the old debt, a wire's 5,000
# 84 days black → 0, a cell's 4,000 39 days watch → 0 (rv63b s2, s4)
_NOT_NOW = re.compile(r"(?:没有?|不|未)(?:答应|同意|承诺|保证|愿意|肯|打算|准备)|拒绝|不是|并非"
                      r"|不会|不能|不在")


def pays_it(clause: str) -> bool:
    """Does a clause naming no money of its own pay the debt a clause before it named (上次欠款
    拖欠很久了，这次补上; 客户答应这次补上): that debt is paid, whatever words of owing named it?"""
    return (not own_money(clause) and PAYS_IT.search(clause) is not None
            and _ELSE_MADE_UP.search(clause) is None and _LATER.search(clause) is None
            and (_PROMISED.search(clause) is None or _THIS_TIME.search(clause) is not None)
            and _NOT_NOW.search(clause) is None and not debt_owed(clause))


def paid_this_time(clause: str) -> bool:
    """Does a clause say its money is paid this time (上批欠款4000这次付, 本次补上), not later?"""
    return (_THIS_TIME.search(clause) is not None and PAYS_IT.search(clause) is not None
            and _LATER.search(clause) is None and _NOT_NOW.search(clause) is None
            and not debt_owed(clause))
