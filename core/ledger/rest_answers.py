"""The answer to a question of a buyer's rest: whose no it is, and the firm's finding.

还差2000吗？客户说不差 is the buyer's claim against the clerk's short, 我们说不差 the firm's answer,
…客户说不差，我们核对后确实不差 his no made the firm's by its finding. Kept apart from
core.ledger.deduction_rest, which asks these of every rest it reads (asked, disowned, confirmed).
"""

from __future__ import annotations

import re

from core.ledger.came_words import ANOTHER_ORDER, ANSWER_BY, CLAUSE, EARLIER_ORDER, QUESTION, STOPS
from core.ledger.noted_figures import REST_OWED
from core.ledger.paid_said import FINANCE_SAYS, THEIRS
from core.ledger.part_of import FEES, FIRM
from core.ledger.unsure_words import HEDGE, UNSURE

# the firm's finding (财务核实, 经核对, 我们核对后, 财务说), said before a saying or alone
FOUND = (rf"(?:{FINANCE_SAYS.pattern}|(?:{FIRM}|财务|会计|双方)?(?:经过?|已经?)?"
         r"(?:核对|核实|查实|查明|查证|对账|确认)(?:过|了)?(?:后|之后)?(?:说)?)\s*[:：]?")
# ... the finding a clause of its own before the saying (经核对，是另一单的; 财务核实：是…, 财务核实
# 后说是…, 双方核对后是… in :data:`FOUND`): read as no finding, 2,000, 72 days, black stood
# where the firm found it another order's (rv67c, fix67f)
FOUND_ALONE = re.compile(rf"\s*{FOUND}\s*")
# ... the firm's finding agreeing with the buyer's no: found so, or yes alone (:func:`_agreed`;
# not found owed, 我们核对后还差, nor asked)
_NONE_OWED = r"不差|没有?差|不欠|没有?欠"
# ... a finding with no verdict agrees only by a word that finds his word true (已核实, 财务
# 核实, 已确认); a check said with no result (我们核对了, 财务核对, 我们核对后, 已对账) found
# nothing: read as agreeing, 2,000, 72 days, black was cleared (rv68a A1b, fix68g)
_FOUND_TRUE = r"(?=[^，,]*?(?:核实|查实|证实|确认))"
_AGREED = re.compile(rf"\s*(?:(?:{FOUND})\s*(?:确实|的确)?\s*(?:{_NONE_OWED}|无误|属实|没错"
                     rf"|是对的)|{_FOUND_TRUE}(?:{FOUND})|(?:确实|的确)\s*(?:{_NONE_OWED})"
                     r"|是的|对的?|属实|没错)\s*")
# ... nor with the rest said owed after it (已核实，还差2000; 对，还差2000; 财务核实，不对，还差;
# 已核实，差2000): the firm's finding is his short; read as agreeing, 2,000, 72 days, black was
# cleared (rv68a A1, fix68g)
# ... not a short denied (没有少付, 未少付, 并非少付, 没有少收), nor the firm blaming itself or
# clearing him (不对的是我们, 有误的是我们的台账, 账目不符是因为汇率, 不是客户的问题): read as
# owed, 0 → 2,000, 72 days, black where the firm agreed (rv68f 1, 3; fix68m)
_OWED_AFTER = re.compile(rf"{REST_OWED}|(?<![不没无有])(?:差|欠)\s*\d"
                         r"|(?:不对|有误|不符)(?![^，,]*?(?:我|因为|由于))|不是(?!客户)"
                         r"|(?<![没未非不无])(?<!没有)少[付收给了]|[未没]有?[付收到]")
# ... and only where it speaks of this rest: in the same sentence (up to 。), not of another
# order or lot (下单定金未付, 是另一单还差2000, 另：2025-702尾款未收到) nor a fee (运费另付，
# 还差的是运费500); a later sentence only by the rest restated (…。还差2000). Read as owed,
# 0 → 2,000, 72 days, black where the firm agreed (rv68f 2, fix68m)
_ELSE = re.compile(rf"{ANOTHER_ORDER.pattern}|{EARLIER_ORDER.pattern}|{FEES}|\d{{4}}\s*-\s*\d")
_SENTENCE = re.compile(r"[。；;!！\n]")
_RESTATED = re.compile(rf"{REST_OWED}\s*\d|(?<![不没无有])(?:差|欠)\s*\d")


def _owed_after(clauses: list[str], sentence: int) -> bool:
    """Does a clause after a finding say this rest owed: any owing word in the finding's own
    sentence (its first `sentence` clauses), the rest restated after it, neither of another
    order's or a fee's?"""
    return any((_OWED_AFTER if place < sentence else _RESTATED).search(clause)
               and not _ELSE.search(clause) for place, clause in enumerate(clauses))
# a no answered to a question of the rest (我们说不差, 答：没有, 客户说不差)
_ANSWERED_NO = re.compile(rf"[?？]?(?P<by>{ANSWER_BY})(?:不差|不欠|没有?(?:差|欠)"
                          rf"|没有了?(?![^{STOPS}])|不是(?!\s*\d)|否)(?!\s*吧)")


def theirs_no(text: str, at: int) -> bool:
    """Does the buyer or his side answer no at `at` (还差2000？客户说不差, 佣金已扣，尚欠2000吗？
    客户回复不差): his claim against the clerk's short, which the clerk wrote down as asked of
    him; the rest stays owed beside a deduction as on a balance (read as the commission's sum,
    2,000 owed, 72 days, black read paid, rv66c s2)."""
    answer = _ANSWERED_NO.match(text, at)
    return answer is not None and THEIRS.search(answer["by"]) is not None and not _agreed(
        text, answer.end())


def _agreed(text: str, at: int) -> bool:
    """Does a clause after the buyer's no at `at` carry the firm's finding that he is right
    (…客户说不差，我们核对后确实不差 / 财务核实不差 / 已核实 / 是的: :data:`_AGREED`), surely (no
    hedge nor doubt: 好像不差, 待核实), the rest not said owed after it (…，已核实，还差2000:
    :data:`_OWED_AFTER`)? Then the no is the firm's too: the rest answered, no rest; read as
    his claim alone, 2,000, 72 days, black where nothing is (rv67e, fix67i)."""
    said = QUESTION.sub("?", text[at:])
    clauses = CLAUSE.split(said)
    sentence = len(CLAUSE.split(_SENTENCE.split(said, maxsplit=1)[0]))
    return any(_AGREED.fullmatch(clause) and not UNSURE.search(clause)
               and not re.search(HEDGE, clause)
               and not _owed_after(clauses[place + 1:], sentence - place - 1)
               for place, clause in enumerate(clauses[:3]) if place)


def firms_no(text: str, at: int) -> bool:
    """Does the firm answer no at `at`, after a question of a rest (:data:`_ANSWERED_NO`): not
    the buyer or his side speaking (paid_said.THEIRS), nor a doubt in its clause or the next
    (unsure_words.UNSURE)?"""
    answer = _ANSWERED_NO.match(text, at)
    return answer is not None and (THEIRS.search(answer["by"]) is None or _agreed(
        text, answer.end())) and not any(
        UNSURE.search(clause) for clause in CLAUSE.split(text[answer.end():])[:2])
