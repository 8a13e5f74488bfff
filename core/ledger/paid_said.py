"""Whether a note's 已付 closing its clause says the money came, or only that someone asked,
reported, believed, denied or doubted it (是否已付, 客户说已付, 不是已付, 可能已付).

Kept apart from core.ledger.owed_said (what a denial says is still owed), whose length it was:
one reading asked of a deposit cell's earlier debt (core.ledger.named_papers.come_in_the_cell)
and of a wire's (core.ledger.owed_said.debt_owed), so the two never read a 已付 otherwise.
"""

from __future__ import annotations

import re

from core.ledger.buyer_word import BUYER, HIS_SIDE
from core.ledger.part_of import FIRM
from core.ledger.shipped_words import FEARED_ZH, NOT_ZH
from core.ledger.unsure_words import HEDGE, UNSURE

# 已付 closing its clause (上批欠款4000已付, 上月已付清): the money said paid, but not where a word
# before it in its clause asks, reports, believes, denies, fears or doubts it (是否已付, 不知是否
# 已付, 客户说已付, 以为已付, 据说已付, 不是已付, 怕已付, 可能已付): no word of money come, the
# debt still owed or unknown. One reading for a deposit cell (named_papers.come_in_the_cell:
# read as come since fix63c, a watched buyer's 4,000 owed 39 days was cleared, rv63b s2) and a
# wire (owed_said.debt_owed: 上次欠款，是否已付 / 客户说已付 paid the old 5,000 by the wire, 84
# days, black hidden, fix64b)
PAID_IN = re.compile(r"已经?(?:付|结)清?了?(?=\s*[?？]?\s*$)")
# the words a report is given by (说, 反馈, 回复): anyone's word before a 已付 is a report, not
# the money seen come; the firm's finance's (:data:`FINANCE_SAYS`) the one trusted. 回复 too
# (对方会计回复上批欠款4000已付: read as the money come, the cell paid the 4,000, a watched
# buyer cleared, rv64d s2)
_REPORTS = r"说|称|表示|反馈|告知|回复"
_NOT_PAID_IN = re.compile(rf"(?:{NOT_ZH}|{FEARED_ZH}|不是|并非|非)$"
                          rf"|是否|是不是|有没有|以为|据说|听说|{HEDGE}"
                          rf"|{_REPORTS}|{UNSURE.pattern}")


# The firm's own finance reporting it (财务说, 会计反馈, 我司出纳确认, 财务那边说, 财务也说,
# 老板说财务确认) says it came, no doubt: read as reported, a paid debt stood 4,000 owed 39
# days, watch (rv64b s6; 财务那边说, 财务也说, 老板说财务确认: rv65a s2, s3); not the buyer's
# finance (客户财务说, 对方会计说, 他们财务说: his word)
FINANCE_SAYS = re.compile(rf"(?:(?:老板|领导)(?:{_REPORTS}))?(?:(?:{FIRM}|公司)(?:这边)?的?)?"
                           r"(?:财务|会计|出纳)(?:部|人员)?(?:那边|这边|方面)?(?:也|都|又)?"
                           rf"(?:{_REPORTS}|确认)")
# ... or its other people (老板说, 经理说, 业务员反馈): the firm's word, a 不是 after it withdrawing
# a disowning (deduction_rest._NOT_AFTER_ALL: 还差2000，是另一单的，财务说不是 / 老板说不是 read as
# another thing's 不是, the disowning stood, nothing owed where 2,000, 72 days, black is, rv68b B1)
FIRM_SAYS = (rf"(?:{FINANCE_SAYS.pattern}|(?:(?:{FIRM}|公司)(?:这边)?的?)?(?:老板|领导|经理|主管"
             rf"|业务员?|跟单员?)(?:也|又)?(?:{_REPORTS}))\s*[:：]?")
# ... and the firm's wherever nothing before it in its clause names another party, nor the
# clause before as that party speaking: the buyer (客户说，财务说; 对方财务说), 他 or 他们, his
# side (收货人财务说, 代理财务说, 经销商, 进口商), his company by its Latin name right before it
# (Alder财务说, Birch Home公司财务说; not a currency after the figure, 4000 usd财务说) or an
# email (邮件里财务说): that party's finance (rv64d s2, s8). Only openers (但, 后来, 据) and the
# debt's figure were let before it: 另外财务说, 今天财务说, 所以财务说 and the debt then a comma
# (上批欠款4000，财务说已付) were read as another's, the cell kept a paid 4,000 owed 39 days,
# watch, and a wire left X-1's 5,000 84 days, black (rv65a s2, s3)
THEIRS = re.compile(rf"{BUYER}|他|{HIS_SIDE}|邮件"
                     r"|(?<![0-9a-z])(?<![0-9]\s)[a-z][a-z .&]*的?\s*$")


# ... the clause before only where that party speaks in it (客户说，财务说…; 收货人回复，…), not
# where it is only named (客户下单，财务说…: the firm's finance)
_SPEAKS_ON = re.compile(rf"(?:{_REPORTS}|邮件)\s*[:：]?\s*$")


def speaks_on(clause: str) -> bool:
    """Is a clause another party beginning to speak (客户说, 收货人回复：, 客户邮件), its words in
    the clause after it?"""
    return _SPEAKS_ON.search(clause) is not None and THEIRS.search(clause) is not None


# ... or a clause of its own after words naming him their speaker (…，客户说的; …（客户说）; …，
# 客户的说法; …，这是对方说的): his word, not the firm's finding — read as the firm's, a rest
# disowned so stood cleared where 2,000, 72 days, black is owed (rv67c, fix67f)
_SAID_BY = re.compile(rf"\s*(?:据|是|这是|都是|这个?是)?(?:{BUYER}|他们?|{HIS_SIDE})(?:那边|方面)?"
                      rf"(?:的?(?:{_REPORTS}|讲)的?|的(?:说法|意思|原话))\s*")


def said_by_them(clause: str) -> bool:
    """Is a clause only naming another party the speaker of the words before it (客户说的)?"""
    return _SAID_BY.fullmatch(clause) is not None


def _unreported(said: str, before: str) -> str:
    """The words before a 已付 without the firm's finance reporting it (财务说), where nothing
    before it in its clause names another party (:data:`THEIRS`), nor the clause `before`
    it as that party speaking (客户说，财务说…)."""
    found = FINANCE_SAYS.search(said)
    if found is None or THEIRS.search(said[:found.start()]) is not None or speaks_on(before):
        return said
    return said[:found.start()] + said[found.end():]


def paid_doubted(clause: str, before: str = "") -> bool:
    """Is a clause's 已付 (:data:`PAID_IN`) asked, reported, denied or doubted (是否已付, 客户说
    已付, 不是已付), no word of the money come? The firm's finance reporting it is no doubt,
    unless the clause `before` it names another speaking (客户说，财务说已付)."""
    paid = PAID_IN.search(clause)
    return paid is not None and not_seen(clause[:paid.start()], before)


def not_seen(said: str, before: str = "") -> bool:
    """Do the words `said` before a word of money come or a doubt settled (已付, 已确认, 已到账)
    in its clause ask, report, deny, fear or doubt it (是否, 客户说, 不是, 可能: not the firm's
    finance reporting it), the clause `before` it no other party speaking? One reading for a
    已付 (:func:`paid_doubted`) and a doubt settled (core.ledger.named_papers.doubted)."""
    return _NOT_PAID_IN.search(_unreported(said, before)) is not None
