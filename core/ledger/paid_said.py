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
# the words a report is given by (说, 反馈, 回复): anyone's word before a 已付 is a report, not
# the money seen come; the firm's finance's (:data:`_FINANCE_SAYS`) the one trusted. 回复 too
# (对方会计回复上批欠款4000已付: read as the money come, the cell paid the 4,000, a watched
# buyer cleared, rv64d s2)
_REPORTS = r"说|称|表示|反馈|告知|回复"
_NOT_PAID_IN = re.compile(rf"(?:{NOT_ZH}|{FEARED_ZH}|不是|并非|非|可能|也许|好像|似乎)$"
                          r"|是否|是不是|有没有|以为|据说|听说|应该|估计|大概"
                          rf"|{_REPORTS}|{UNSURE.pattern}")


# The firm's own finance reporting it (财务说, 会计反馈, 我司出纳确认) says it came, no doubt:
# read as reported, a paid debt stood 4,000 owed 39 days, watch (rv64b s6); not the buyer's
# finance (客户财务说, 对方会计说, 他们财务说: his word)
_FINANCE_SAYS = re.compile(rf"(?:(?:{FIRM}|公司)(?:这边)?的?)?(?:财务|会计|出纳)(?:部|人员)?"
                           rf"(?:{_REPORTS}|确认)")
# ... and only where nothing but the firm names it: opening its clause, after a word joining it
# to the last (但财务说, 经财务确认, 据财务说), or after the debt it reports (上批欠款4000财务说
# 已付) naming none of the buyer's side (:data:`_THEIRS`). Another party named before it is that
# party's finance: the buyer by his company's name (Alder财务说, Birch Home财务说), his consignee,
# agent, dealer or importer (收货人财务说, 代理财务说, 经销商财务说, 进口商财务说), or the finance
# in an email (邮件里财务说): read as the firm's, the cell paid the 4,000 and a watched buyer was
# cleared (rv64d s2, s8)
_OPENS = re.compile(r"\s*(?:但是?|不过|可是|后来|然后|经|据)?\s*")
_AFTER_DEBT = re.compile(r"(?:[0-9]|[款钱元]|美金)\s*$")
_THEIRS = re.compile(rf"{BUYER}|他")


def _unreported(said: str) -> str:
    """The words before a 已付 without the firm's finance reporting it (财务说), where nothing
    before it names another party (:data:`_OPENS`, :data:`_AFTER_DEBT`)."""
    found = _FINANCE_SAYS.search(said)
    if found is None:
        return said
    before = said[:found.start()]
    if _OPENS.fullmatch(before) is None and (
            _AFTER_DEBT.search(before) is None or _THEIRS.search(before) is not None):
        return said
    return said[:found.start()] + said[found.end():]


def paid_doubted(clause: str) -> bool:
    """Is a clause's 已付 (:data:`PAID_IN`) asked, reported, denied or doubted (是否已付, 客户说
    已付, 不是已付), no word of the money come? The firm's finance reporting it is no doubt."""
    paid = PAID_IN.search(clause)
    return paid is not None and _NOT_PAID_IN.search(_unreported(clause[:paid.start()])) is not None
