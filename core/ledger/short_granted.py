"""Whether the firm granted a short payment a note names: the one reader of "we let him pay short".

A clerk notes a balance paid short (客户少付2000, 少收2000) and what the firm made of it. Granted
(我们同意了, 老板批准, 给客户的优惠, 应客户要求同意让利), nothing of it is owed; only asked about
(同意吗？), waited for (待老板批准, 客户要求优惠), still undecided (优惠待定, 折扣还在谈) or refused
(说是优惠，我们不认, 老板不同意), the 2,000 is. Asked by core.ledger.part_said of a rest read
from 少付 / 少收; what the note says last of it stands (老板同意吗？不同意: refused).
"""

from __future__ import annotations

import re

from core.ledger.amounts import parse_amount
from core.ledger.balance_words import LATER, UNSETTLED
from core.ledger.buyer_word import BUYER, SAYS
from core.ledger.came_words import CLAUSE, QUESTION
from core.ledger.normalise import CANCEL_ZH
from core.ledger.noted_figures import FIGURES
from core.ledger.part_of import FIRM, names_other

# the agreeing words, one list (a deduction agreed, core.ledger.deduction_notes; a short
# payment agreed to, none owed); of them only 同意 and 接受 grant one: 确认, 认可 confirm the
# debt (客户少付2000，客户已确认; 对账已确认; 客户认可欠款: read granted, 2,000 owed, 72 days,
# black read paid, rv65c s10)
_CONSENTS = r"(?<![未没不])(?:同意|接受)"
AGREES = rf"{_CONSENTS}|(?<![未没不])(?:认可|确认)"
# a deduction or a discount still undecided (协商中, 还在谈, 申请中, 审批中): one list for a
# deduction not taken (deduction_notes.deduction) and a short payment not granted (少付2000，
# 折扣还在谈 read as a discount taken, 2,000 owed read paid, rv63a s2)
UNDECIDED = (r"协商中|谈判中|商量中|(?<![现实存])在(?:谈|商量|协商|讨论)(?![好妥成])"
             r"|申请中|审批中|考虑中")
# the firm's grant: agreed, approved or given as a discount (客户少付2000，我们同意了; 少收2000，给
# 客户的优惠; 老板同意让利; 同意减免; 老板批准, 老板特批: read as a rest, paid balances were 2,000,
# 72 days, black, rv62g s640, s644, rv63a s2)
_GRANTS = r"优惠|让利|减免|折扣|折让"
_GRANTED = re.compile(rf"(?P<consent>{_CONSENTS}|(?<![未没不待])批准|特批)|{_GRANTS}")
# what the buyer asks (客户要求优惠, 申请减免): only asked (:data:`_ASKED_FOR`), unless agreed to
_REQUESTS = r"申请|要求|请求"
# ... a consent grants it only with nothing after it in its clause but a word of the grant
# (老板同意了, 同意让利, 同意给客户优惠, 同意减免, 老板批准, 接受少付, 接受了客户的要求), not of
# another thing (老板同意发货, 下单, 先放单, 下月付, 分期, 宽限一个月, 走法律程序; 同意月底付清;
# 同意了上单的): each read as the grant, 2,000 owed, 72 days, black read paid (rv65c s2, s10, s11)
_GRANT_WORD = rf"(?:{_GRANTS}|放弃|免[除掉]?|不追(?:究|了)?|不要了|少[付收])"
_TO_HIM = rf"(?:[给对让]?(?:{BUYER}|他们?)|[给对])?"
_CONSENT_OF_IT = re.compile(
    rf"\s*(?:了的?|的|啦)?\s*(?:{_TO_HIM}{_GRANT_WORD}\s*(?:了|的)?"
    rf"|(?:{BUYER}|他们?)的?(?:{_REQUESTS}))?\s*(?:吧|啊|呢|啦)?\s*$")
# ... or a figure granted (同意让1000, 同意免2000, 同意少收1000): a grant of the shortfall only
# where as much as it; less (客户少付2000，老板同意让1000) is none, the 2,000 owed as before
_CONSENT_FIGURE = re.compile(rf"\s*{_TO_HIM}(?:让|免|减|少[付收])\s*{FIGURES}"
                             r"\s*(?:了|的)?\s*$")
# ... nor the buyer's consent or word (客户同意了, 客户也同意; 客户说老板同意了): read as the
# firm's grant, 2,000 owed, 72 days, black read paid (rv65c s2)
_BUYERS_CONSENT = re.compile(rf"{BUYER}\s*(?:也|都|已经?|终于|最后|最终|还是|就|才|那边)*\s*$")
_BUYERS_WORD = re.compile(rf"{BUYER}[^,，;；。]{{0,3}}?(?:{SAYS})")
# ... refused (不同意, 没批, 没同意, 我们不认, 不接受; 最后还是没同意 read as no word of
# it, the grant before it standing, 2,000 owed read paid, rv64d s4b): only a refusal of
# the short payment itself, nothing after it in its clause but the grant or the shortfall
# (我们不认, 不同意少付, 优惠还没批); not of another thing (不给开发票, 拒绝了其他要求,
# 不给的话), another time (以后不给优惠, 以后不接受少付) nor the buyer's (客户不接受原价):
# read as refusing it, granted shortfalls were 2,000 owed, 72 days, black (rv63a s2, s2b)
# ... or withdrawn since (后来反悔了, 现已撤回, 之前同意的优惠已取消: normalise's cancelling words;
# not denied, 没有撤回, 未取消: read granted, 2,000 owed read paid, rv63c s2)
# — a withdrawal only of the grant named before it in its clause, or of nothing named (老板同意了，
# 订单取消了: the order's, read as the grant's, 2,000 owed read paid)
_WITHDRAWN = re.compile(rf"(?<![未不没])(?<!没有)(?:反悔|撤回|收回|{CANCEL_ZH})")
_REFUSED = re.compile(r"不认|不同意|不批准?|没有?批准?|未批准?|不接受|拒绝了?|不给|"
                      r"(?:没有?|未)(?:同意|认可|接受)|" + _WITHDRAWN.pattern)
_NOTHING_NAMED = re.compile(rf"(?:\s|{FIRM}|老板|领导|后来|之后|现在?|目前|已经?|又|也|都|就)*")
_OF_IT = re.compile(rf"\s*(?:了|这个?|此|该|这笔)?\s*(?:少[付收汇给打]了?|{_GRANTS}|批准)?"
                    r"\s*(?:了|的|吧|啊|呢)?\s*$")
# ... nor of later or new orders (后来的订单不同意, 新订单不同意: read as refusing this one, a
# granted 2,000 owed, 72 days, black, rv64c)
_ELSE_TIME = re.compile(rf"以后|今后|下次|下批|将来|往后|{BUYER}"
                        r"|(?:后来|之后|新|下[一个])的?订?单(?![据价证独])")
# ... waited for by the firm (待老板批准, 等老板同意): unless said done (已批准, 终于同意了); not
# 等 of "etc." (色差等问题) nor of a wait over (等了两周老板终于同意了); or only needed (要老板同意,
# 需老板批准, 只要老板同意: read as granted, 2,000 owed read paid, rv64d), not 要求 (asked for,
# below), 重要 nor 主要
_WAIT = re.compile(r"待|(?<!等)等(?![了过到等]|问题|原因|情况|因素|方面)|需|(?<![重主])要(?!求)")
# ... or only asked for: the buyer's request, want or word (客户要求优惠, 申请减免, 客户要优惠,
# 客户问能否优惠, 客户说是优惠), unless the grant is said done after it (客户申请的优惠已批准,
# 客户要求的折扣老板已同意) or made as asked (按客户要求给的优惠, 应客户要求同意让利): read as
# asked, granted shortfalls were 2,000 owed, 72 days, black (rv63a s2)
_ASKED_FOR = re.compile(rf"{_REQUESTS}|想要|希望"
                        rf"|{BUYER}[^,，;；。]{{0,3}}?(?:想|要|问|说|称|表示)")
_AS_ASKED = re.compile(rf"(?:按照?|应|依|照|根据)(?:{BUYER})?的?(?:{_REQUESTS})")
_DONE_BEFORE = re.compile(r"(?:已经?|终于|最后|最终)\s*$")
_DONE_AFTER = re.compile(r"了(?![吗么没])")
# ... or still undecided after it (优惠待定, 优惠申请中, 折扣还在谈, 老板同意与否待定: read as
# granted, those 2,000 owed read paid, rv63a s2)
_UNDECIDED = re.compile(rf"{UNSETTLED}|{UNDECIDED}")
# ... nor one to make the shortfall up later (老板不同意，最后同意下次补; 老板同意了，下批补上): the
# 2,000 is owed till then; read as granted, a balance typing what came read paid (rv64d s4b)
_MADE_UP = re.compile(rf"(?:{LATER}|下[月周批单个]|月[底初中])[^,，;；。]{{0,6}}?补(?![货发寄])")
# a grant so soon after the figure that it speaks of it (客户少付2000，老板同意了)
_NEAR = 16


# a later sentence turning the story of it (后来, 之后, 最后, 现在, 但): its grant or refusal is
# the note's last word of it (客户少付2000，老板同意了。后来老板不同意: read granted, 2,000 owed
# read paid; …不同意。后来老板同意了: the opposite, rv63c s2); not a new request refused there
# (后来客户又要求优惠，老板不同意: of that request)
_TURN = re.compile(r"\s*(?:后来|之后|然后|最后|最终|现在?|目前|但是?|不过|可是)")


def granted(text: str, at: int, short: float | None = None) -> bool:
    """Do the words after a short payment ending at `at`, to its sentence's end and in later
    sentences turning its story (:data:`_TURN`), say the firm granted it: the last word of it
    a grant (:func:`_grants`) soon after the figure or the turn, not asked (同意吗？) nor a
    refusal's object (不给优惠), no refusal or withdrawal of it after (:func:`_refuses`), and
    no clause after the figure making it up later (:data:`_MADE_UP`)? `short`: the shortfall's
    sum, a grant of a figure less than it none."""
    sentences = re.split("[。;；]", text[at:])
    stances = [(0, *stance) for stance in _stances(sentences[0], short)]
    for n, said in enumerate(sentences[1:], 1):
        if _TURN.match(said) and not _ASKED_FOR.search(said) and not names_other(said):
            stances += [(n, *stance) for stance in _stances(said, short)]
        elif said.strip():
            break  # another matter: what follows is not of it
    return bool(stances) and max(stances)[2] and not any(
        _MADE_UP.search(clause) and not names_other(clause) for clause in CLAUSE.split(text[at:]))


def _stances(said: str, short: float | None) -> list[tuple[int, bool]]:
    """Where a sentence grants (True) or refuses (False) the short payment: a grant soon after
    its start, not asked nor a refusal's object in the refusal's clause (不给优惠; 不同意，后来同意
    了 refuses, then grants)."""
    asked = [found.span() for found in QUESTION.finditer(said)]
    refusals = list(_REFUSED.finditer(said))
    stances = [(found.start(), False) for found in refusals if _refuses(said, found)]
    stances += [(grant.start(), True) for grant in _GRANTED.finditer(said)
                if _near(said, grant) and not any(a <= grant.start() < b for a, b in asked)
                and not any(no.start() <= grant.start() <= no.end() + 3 and not CLAUSE.search(
                    said, no.end(), grant.start()) for no in refusals)
                and _grants(said, grant, short)]
    return stances


def _near(said: str, grant: re.Match[str]) -> bool:
    """Does a grant speak of the short payment: soon after its sentence's start, or opening a
    clause that turns its story, naming nothing else (…不同意，最后还是同意了: the last word,
    read past :data:`_NEAR` as none, a granted 2,000 owed, 72 days, black, rv64c)?"""
    if grant.start() <= _NEAR:
        return True
    before = _clause(said, grant.start(), grant.end())[0]
    return _TURN.match(before) is not None and not names_other(before)


def _clause(said: str, at: int, end: int) -> tuple[str, str]:
    """The words of the clause around `at`..`end` before and after them."""
    start = max((stop.end() for stop in CLAUSE.finditer(said, 0, at)), default=0)
    stop = CLAUSE.search(said, end)
    return said[start:at], said[end:stop.start() if stop else len(said)]


def _refuses(said: str, found: re.Match[str]) -> bool:
    """Is the refusal `found` of the short payment: nothing but it after in its clause, no other
    time nor the buyer before (:data:`_OF_IT`, :data:`_ELSE_TIME`)?"""
    before, after = _clause(said, found.start(), found.end())
    return _ELSE_TIME.search(before) is None and _OF_IT.match(after) is not None and not (
        names_other(before)) and not (  # 运费取消了, 样品不给: another thing's
        _WITHDRAWN.fullmatch(found.group()) and not _GRANTED.search(before)
        and not _NOTHING_NAMED.fullmatch(before))  # 订单取消了: the order's


def _grants(said: str, grant: re.Match[str], short: float | None) -> bool:
    """Is the grant word `grant` the firm's, made: not undecided after it, not waited for or
    asked for before it in its clause unless said done; a consent the firm's, of the grant
    alone (:data:`_CONSENT_OF_IT`) or of as much as the shortfall (:data:`_CONSENT_FIGURE`)?"""
    before, after = _clause(said, grant.start(), grant.end())
    before = _AS_ASKED.sub("", before)
    if grant["consent"] and not _consents(before, after, short):
        return False
    if _UNDECIDED.search(after):
        return False
    if _DONE_BEFORE.search(before):
        return True
    if _WAIT.search(before):
        return False
    return _ASKED_FOR.search(before) is None or _DONE_AFTER.match(said, grant.end()) is not None


def _consents(before: str, after: str, short: float | None) -> bool:
    """Is a consent (同意, 接受, 批准) with these words before and after it in its clause the
    firm's grant of the shortfall: not the buyer's (:data:`_BUYERS_CONSENT`, :data:`_BUYERS_WORD`),
    of nothing but the grant, or of a figure not less than `short`?"""
    if _BUYERS_CONSENT.search(before) or _BUYERS_WORD.search(before):
        return False
    if _CONSENT_OF_IT.match(after):
        return True
    figure = _CONSENT_FIGURE.match(after)
    value = parse_amount(figure["figure"])[0] if figure else None
    return value is not None and short is not None and value >= short - 0.005
