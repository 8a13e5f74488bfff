"""Whether a note's 已付 closing its clause says the money came, or only that someone asked,
reported, believed, denied or doubted it (是否已付, 客户说已付, 不是已付, 可能已付).

Kept apart from core.ledger.owed_said (what a denial says is still owed), whose length it was:
one reading asked of a deposit cell's earlier debt (core.ledger.named_papers.come_in_the_cell)
and of a wire's (core.ledger.owed_said.debt_owed), so the two never read a 已付 otherwise.
"""

from __future__ import annotations

import re

from core.ledger.buyer_word import BUYER
from core.ledger.part_of import FIRM
from core.ledger.shipped_words import FEARED_ZH, NOT_ZH
from core.ledger.unsure_words import UNSURE

# 已付 closing its clause (上批欠款4000已付, 上月已付清): the money said paid, but not where a word
# before it in its clause asks, reports, believes, denies, fears or doubts it (是否已付, 不知是否
# 已付, 客户说已付, 以为已付, 据说已付, 不是已付, 怕已付, 可能已付): no word of money come, the
# debt still owed or unknown. One reading for a deposit cell (named_papers.come_in_the_cell:
# read as come since fix63c, a watched buyer's 4,000 owed 39 days was cleared, rv63b s2) and a
# wire (owed_said.debt_owed: 上次欠款，是否已付 / 客户说已付 paid the old 5,000 by the wire, 84
# days, black hidden, fix64b)
PAID_IN = re.compile(r"已经?(?:付|结)清?了?(?=\s*[?？]?\s*$)")
_NOT_PAID_IN = re.compile(rf"(?:{NOT_ZH}|{FEARED_ZH}|不是|并非|非|可能|也许|好像|似乎)$"
                          r"|是否|是不是|有没有|以为|据说|听说|应该|估计|大概"
                          rf"|说|称|表示|反馈|告知|{UNSURE.pattern}")


# The firm's own finance reporting it (财务说, 会计反馈, 我司出纳确认) says it came, no doubt:
# read as reported, a paid debt stood 4,000 owed 39 days, watch (rv64b s6); not the buyer's
# finance (客户财务说, 对方会计说, 他们财务说: his word)
_FINANCE_SAYS = re.compile(rf"(?<!的)(?:{FIRM}的?)?(?:财务|会计|出纳)(?:部|人员)?"
                           r"(?:说|称|表示|反馈|告知|确认)")
_THEIRS = re.compile(rf"{BUYER}|他")


def _unreported(said: str) -> str:
    """The words before a 已付 without the firm's finance reporting it (财务说), where nothing
    before names the buyer's side (:data:`_FINANCE_SAYS`)."""
    found = _FINANCE_SAYS.search(said)
    if found is None or _THEIRS.search(said, 0, found.start()) is not None:
        return said
    return said[:found.start()] + said[found.end():]


def paid_doubted(clause: str) -> bool:
    """Is a clause's 已付 (:data:`PAID_IN`) asked, reported, denied or doubted (是否已付, 客户说
    已付, 不是已付), no word of the money come? The firm's finance reporting it is no doubt."""
    paid = PAID_IN.search(clause)
    return paid is not None and _NOT_PAID_IN.search(_unreported(clause[:paid.start()])) is not None
