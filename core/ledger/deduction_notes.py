"""A sale row paid short whose note says the buyer deducted the shortfall: a claim, a
commission, a discount or an offset the firm agreed, with its sum.

Nordhaus Möbel paid 9,500 of a 10,000 EUR invoice, its 备注 "扣索赔500（桌面划痕）": the
buyer took a 500 claim for scratched table tops off the payment. Read as a note and nothing
more, 500 stayed open, carried first-in-first-out onto later invoices paid in full, and the
buyer went onto the black list (rv52a); Bella Casa's "客户扣佣金3% EUR1200" on 40,000 paid
38,800 was watched for ever. So a note naming a deduction (:data:`KINDS`, the one place of its
words) with a sum (500, EUR1200, 1,500, or a share of the row's amount, 3%) that is what the
row's received figure falls short of its amount by, less no more than a bank may take off a
wire (core.ledger.bank_charges.charge: what a row is read as cannot change with the firm's
tolerance setting, which then judges any rest as it judges every shortfall), is read as a
credit note of that sum on the sale's order (core.ledger.noted_returns makes it, as it does a
return a note names): the line is paid, and its revenue and gross profit are lower by the sum.
A commission the buyer keeps out of the invoice is no debt and, as a claim or a discount, a
price the firm agreed to take less (consideration paid to the customer: it lowers revenue, not
a cost beside it). The import report names each (:func:`deduction_messages`).

Not read, the note staying a note: a row not paid, or paid in full; a part of the note naming a
bank's charge, a deposit or prepayment set off (预付款USD30,000抵扣: money the buyer paid
before), a refund or goods returned (core.ledger.noted_returns reads those); a note saying
the firm did not agree to the deduction, refused it or is chasing it (擅自扣款, 我司不接受,
已驳回, 追讨中, "not accepted", "disputed"), that none was taken (未扣佣金) or none yet
(索赔500待确认, 下次扣, 拟扣, 索赔中, "pending"), that the firm pays a commission apart
(佣金3%另付代理: nothing the buyer kept), or a fine someone else levied (海关扣货，罚款500,
银行罚款; a buyer's 迟交罚款500 is its claim): the buyer's debt, as before (rv52c). A note naming a
claim, a commission or a discount whose sum is not the shortfall, or that writes none, settles
nothing and is named where the note says something was taken off (扣, 抵, "deducted",
"less"): the clerk should check it (unless a row's own money, whole or short by the sum,
says it was taken off the order: core.ledger.own_row_deductions). A price that includes a
commission (价格含3%佣金) is no deduction at all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import NamedTuple

from core.i18n import N_
from core.ledger.bank_charges import charge, names_charge
from core.ledger.buyer_word import AGENTS, BUYER
from core.ledger.came_words import (
    ANOTHER_ORDER,
    CLAUSE,
    EARLIER_ORDER,
    QUESTION,
    SUPPOSED,
    THIS_ORDER,
    another_named,
)
from core.ledger.deduction_doubted import doubted
from core.ledger.deduction_rest import NOT_REST, no_sum, rest_owed
from core.ledger.deduction_withdrawn import HINT as _HINT
from core.ledger.deduction_withdrawn import withdrawn
from core.ledger.normalise import fold
from core.ledger.noted_figures import plain_figures
from core.ledger.noted_money import MONEY, money_figure
from core.ledger.part_said import granted_short, may_grant
from core.ledger.rest_restated import before_rest
from core.ledger.short_granted import AGREES, UNDECIDED, later_set_off
from core.messages import Term

_EN = r"(?<![a-z])(?:{})(?![a-z])"
# each kind of deduction and its words, the first found naming it; the last, an offset, named
# only where its sum is read (扣 alone says 扣关, goods held, too)
KINDS = (
    ("claim", N_("a claim"), re.compile(
        r"索赔|质量扣款|扣款|罚款|" + _EN.format(r"claims?|penalty|penalties"))),
    ("commission", N_("a commission"), re.compile(r"佣金|" + _EN.format(r"commissions?"))),
    ("discount", N_("a discount"), re.compile(r"折扣|折让|" + _EN.format(r"discounts?"))),
    ("offset", N_("an offset the firm agreed"), re.compile(
        r"(?<![未不没无])(?:抵扣|扣除|扣减|扣)|"
        + _EN.format(r"deducted|deduction|offset|set off"))))
# a part of a note about money the buyer paid before or got back, or goods sent back: not a
# deduction from this payment (its bank's charge: bank_charges.names_charge)
_OTHER_MONEY = re.compile(r"预付|预收|定金|订金|押金|退|" + _EN.format(
    r"deposits?|prepa(?:id|yment)|advance|refunds?|returns?|returned"))
# a deduction the firm did not agree to, or none taken (未扣佣金): the shortfall stays the
# buyer's debt, as before (客户不认, 不认可: rv65b s1, 不认 beside talks of another order read as
# none, 500 owed, 71 days, black → 0; not 不认识, 不认为)
# ... nor one the firm has not agreed (我们没同意, 没有答应), the buyer took alone (单方面扣款), the
# firm complained of or claimed from its insurer (已投诉, 报信保), or whose cost the note says is
# the buyer's (扣运费2000，运费应由客户承担): read as settled, 2,000, 72 days, black was cleared
# (rv68c finding 2)
_DISPUTED = re.compile(r"擅自|追讨|追收|催收|催款|争议|不同意|不认(?![识为真得])|未同意|拒绝|拒付"
                       r"|不接受|未接受|驳回|否认|不承认|(?:未|不|没有?|无)扣|" + _EN.format(
                           r"disputed?|chasing|not agreed|unagreed|unauthori[sz]ed|refused"
                           r"|rejected|declined|denied|not accept(?:ed)?|not deducted"
                           r"|no deduction"))
# ... those of rv68c (没同意, 单方面, 投诉, 报信保, 应由客户承担) asked only from the clause naming
# the deduction on, where no other order or bank charge is named (另一单已报信保, 银行手续费应由
# 客户承担) and not the firm's own doing (我司单方面承担运费); a complaint only after the
# deduction (客户投诉质量问题，质量扣款2000: the claim's reason). Over the whole note they
# disputed taken deductions, 2,000, 72 days, black (rv68k #5, #7)
_DISPUTED_HERE = re.compile(r"没有?(?:同意|答应|批准|接受|认可)|(?<!我司)(?<!我方)(?<!我们)单方面"
                            rf"|报了?信保|应(?:该|当)?由?{BUYER}(?:承担|负担|支付|付)")
_COMPLAINED = re.compile(r"投诉")
# a deduction still undecided (协商中, 还在谈: short_granted.UNDECIDED, the grant's list too)
# a deduction not taken yet (待确认, 拟扣, 索赔中, 尾款待收; 下次扣, 下单再扣, "from the next
# order": short_granted.later_set_off, not 上批说好下单扣，这次扣了: the buyer's debt until it
# is), or a commission the firm pays an agent apart (佣金3%另付代理, 佣金2000已付给代理, 我司已付
# 代理, 单独付给中间人: read off the order, 7,000 owed read 5,000, rv61b s420): the buyer took
# nothing
_NOT_TAKEN = re.compile(r"待确认|待定|待商|待扣|拟扣|将扣|索赔中"
                        r"|处理中|待收|待付|未收|未付|另付|另行支付|单独支?付|另行结算"
                        r"|单独结算"
                        r"|下[周月个次]\s*(?:再|补)?(?:付|补|结)|没有?付"
                        r"|(?:会|将|答应|承诺)再?补(?![单货发])|"  # not goods (会补单, 会补货)
                        + _EN.format(r"pending|to be (?:deducted|confirmed|agreed)|tbc|next time"
                                     r"|will deduct|under (?:negotiation|discussion)"
                                     r"|(?:paid|payable) (?:separately|apart)|separately paid"
                                     r"|to (?:the |our )?agents?"))
# ... or a commission the firm paid the agent (佣金2000已付给代理, 我司已付代理), not where the
# note says it was taken off or the buyer pays him (扣佣金500，客户直接付给代理, 客户扣500佣金汇给
# 代理: the buyer kept it; read not taken, a buyer paid in full stood 500 owed, 72 days, black,
# rv61d s465)
# ... or still undecided (扣索赔500，还在谈), in a clause of its own: not another order, lot or
# price in talks beside it (扣索赔500，新订单还在谈, 下批价格在商量, 新单审批中: read as the
# deduction's, a buyer who paid all but it stood 500 owed, 71 days, black, rv63c s3)
_UNDECIDED = re.compile(UNDECIDED)
# ... not this order (本订单, 该订单, 这个订单) nor the deduction's own price (差价, 降价, 价格扣款,
# 索赔价格): read as another's talks, a deduction still talked of was taken, 500 owed, 71 days,
# black → 0 (rv64b s3); another order, lot, product or season by the one list of their words
# (另一单, 新款, 其他产品, 明年, 下季度, 本订单之外: came_words.ANOTHER_ORDER, EARLIER_ORDER) is
# not this deduction's price, unless denied (不是另一单的差价在谈): read as its talks, taken
# deductions stood 500 owed, 71 days, black (rv64d s3)
_TALKS_ELSEWHERE = re.compile(rf"{ANOTHER_ORDER.pattern}|{EARLIER_ORDER.pattern}"
                              r"|(?<![本该这此])(?<!这个)订单|下[一个]?次|追加"
                              r"|(?<![差降减让折])(?<!索赔)价(?!格?扣|差)")


# ... nor talks of a deduction itself (新款的质量问题还在谈, 新产品质量扣款还在谈: the claim's own
# words, _HINT, or its quality): read as another product's, 500 owed, 71 days, black → 0 (rv65b s1)
_ITS_TALKS = re.compile(rf"{_HINT.pattern}|质量", re.IGNORECASE)
# ... unless another order or lot owns those words, a few characters before them (另一单的索赔
# 在谈, 其他订单质量问题在谈: that order's claim; not a product's or a season's, 新款的质量问题,
# whose goods may be this order's, nor where the part joins this order to it, 这单和另一单的索赔
# 在谈): read as this deduction's, a taken 500 stood owed, 71 days, black (fix65i; fix66f). Not
# an earlier lot (扣款500，上批索赔在谈, 上批的质量扣款在谈): its claim taken out of this payment
# is this payment's dispute — read as taken, 500, 71 days, black was cleared (rv66d, fix66j) —
# unless the note sets this order apart (扣款500，本单已谈妥，上批的质量问题在谈: taken)
_ORDER_OWNS = re.compile(rf"(?:{ANOTHER_ORDER.pattern})(?<=[单批次子外])[^,，;；。]{{0,4}}$")
_EARLIER_OWNS = re.compile(rf"(?:{EARLIER_ORDER.pattern})(?<=[单批次子外])[^,，;；。]{{0,4}}$")
_WITH_THIS = re.compile(rf"(?:{THIS_ORDER.pattern})的?[和与及跟、]")


def _elsewhere(part: str, apart: bool = False) -> bool:
    """Does a part of a note name talks of another order, lot or price than the deduction's
    (:data:`_TALKS_ELSEWHERE`; this order named after it, joined with it or a season's deadline
    not: came_words.another_named), not denied right before it (不是另一单的差价在谈), nor of a
    deduction itself (:data:`_ITS_TALKS`) but another order's (:data:`_ORDER_OWNS`), or an
    earlier one's where the note names this order `apart` (:data:`_EARLIER_OWNS`)?"""
    its = list(_ITS_TALKS.finditer(part))
    owned = not its or _WITH_THIS.search(part) is None and all(
        _ORDER_OWNS.search(part, 0, word.start())
        or apart and _EARLIER_OWNS.search(part, 0, word.start()) for word in its)
    return owned and any(NOT_REST.search(part, 0, talks.start()) is None
                         for talks in another_named(part, _TALKS_ELSEWHERE))
_TO_AGENT = re.compile(rf"(?:支?付|汇|打款?)给?(?:{AGENTS})")
_BUYER_PAYS = re.compile(rf"{BUYER}[^,，;；。]*$")


def _agent_paid(folded: str) -> bool:
    """Does a note say the firm paid the agent the commission apart (:data:`_TO_AGENT`)?"""
    return _TAKEN.search(folded) is None and any(
        _BUYER_PAYS.search(folded, 0, paid.start()) is None
        for paid in _TO_AGENT.finditer(folded))


# ... or only asked (客户说要扣款500？, 质量扣款500吗, 扣款500，对吗, 客户确认了吗: a 合并付款 wire
# 500 short read it as agreed, 0 open where 500 is, rv58d s247b): a question of the deduction
# or of its agreeing, not answered yes in the next clause (扣款500？客户已同意, 质量扣款500吗？
# 是的, 客户确认了吗？确认了), nor a question of another thing (货代是谁？, 问客户为什么？): the
# reader's 145 took any ？ as asked, eight agreed deductions 500 owed, black (rv59a s251)
_ASKS_IT = re.compile(r"扣|抵|确认|同意|认可|接受|对|是不是|可以|行|" + _EN.format(
    r"deduct\w*|less|off|kept|withheld|retained|confirm\w*|agreed?|ok|right|correct"))
# (the agreeing words, one list: short_granted.AGREES, a short payment agreed to none owed)
_AGREED = re.compile(rf"{AGREES}|^\s*(?:是的?|对的?|嗯|好的?|可以|行)"
                     + "|" + _EN.format(r"yes|agreed|ok|confirmed"))


# ... nor agreed on a condition (客户同意后再扣, 等客户同意, 同意的话就扣, 如客户同意则扣:
# the reader's 147 read them agreed, 500 owed read 0, rv59c s263)
# (后 or 才 of an agreement made, 客户验货后同意, 老板同意了才扣的, is none: the reader's 154 left
# four agreed deductions 500 owed, black, rv59d s273)
_CONDITION = re.compile(rf"等|待|{SUPPOSED}|要是|的话|后再|(?<![了过])才")


def _only_asked(folded: str) -> bool:
    """Does a note ask the deduction (:data:`_ASKS_IT`), unanswered (:data:`_AGREED`)?"""
    for asked in QUESTION.finditer(folded):
        if _ASKS_IT.search(asked.group()):
            after = folded[asked.end():].lstrip("?？ ")
            answer = CLAUSE.split(after)[0]
            if not _AGREED.search(answer) or _CONDITION.search(answer):
                return True
    return False


# a fine someone else levied (海关扣货，罚款500, "customs penalty", 银行罚款): no deduction of
# the buyer's; a note naming such a one settles nothing (a buyer's 罚款, 迟交罚款500, is)
_LEVIED_BY = r"(?:海关|商检|税务|港口|码头|政府|银行)"
_THIRD_PARTY = re.compile(rf"{_LEVIED_BY}.*罚|罚.*{_LEVIED_BY}|"
                          r"(?=.*\b(?:fine|fined|penalty|penalties)\b).*"
                          + _EN.format(r"customs|port|authorit(?:y|ies)|government|bank|tax"))
# a price that includes a commission or discount (价格含3%佣金, "incl. 3% commission"): what
# the order is, no deduction from its money
_INCLUDED = re.compile(r"含\s?(?:\d+(?:\.\d+)?\s?%\s?)?(?:的)?(?:佣金|折扣|明佣|暗佣)|"
                       + _EN.format(r"incl(?:uding|uded|\.)?\s?(?:\d+(?:\.\d+)?\s?%\s?)?"
                                    r"(?:commissions?|discounts?)"
                                    r"|(?:commissions?|discounts?) included"))
# the note says something was taken off: only then is a sum not the shortfall, or none, named
_TAKEN = re.compile(r"扣|抵|" + _EN.format(r"deducted|deduction|less|off|kept|withheld|retained"))
_PARTS = re.compile(r"[,，;；。、/|\n]+")
_PART = re.compile(r"[^,，;；。、/|\n]+")  # a part between them, where it stands in the note
SHARE = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s?%")


class Deduction(NamedTuple):
    """What a short-paid sale row's note says the buyer deducted: its kind (KINDS), the sum
    read (None: none written, or not in the row's money), and whether it settles the row."""

    kind: str
    figure: float | None
    settles: bool


# a short payment the firm granted (客户少付2000，老板同意了: part_said.granted_short) is a
# discount off the order, whatever it refuses of another time (后来的订单不同意): read as a note,
# a balance row typing what came (5,000 of 7,000) stayed 2,000 owed, 72 days, black (rv64d s6a);
# hinted by its figure (少付2000, short 2000) or a grant word (老板同意让2000), not any 少 (少发,
# 多少: a sheet's rows then all weighed): part_said.may_grant


def _disputed_here(folded: str) -> bool:
    """Does the clause naming the deduction, or one after it, dispute it (:data:`_DISPUTED_HERE`,
    :data:`_COMPLAINED` after the deduction's word)?"""
    hint = _HINT.search(folded)
    return hint is not None and any(
        (_DISPUTED_HERE.search(part.group()) or _COMPLAINED.search(folded, max(
            part.start(), hint.start()), part.end())) and not names_charge(part.group())
        and not _elsewhere(part.group()) for part in _PART.finditer(folded)
        if part.end() > hint.start())


def hinted(note: object) -> bool:
    """May a note name a deduction? (Asked of each distinct note first: most name none.)"""
    return isinstance(note, str) and (_HINT.search(note) is not None or may_grant(fold(note)))


def deduction(note: object, amount: float | None, currency: str, received: float | None,
              slack: float = 0.0, number: object = None) -> Deduction | None:
    """What a sale row's `note` says was deducted from its `received` figure, short of its
    `amount` (the module's docstring), or None where it names no deduction or the row is not
    paid short; `slack`: how far a figure converted from another currency may be off
    (core.ledger.converting), either way; `number`: its order's, where known (a rest beside
    the deduction under another's number is no rest of this one: core.ledger.deduction_rest)."""
    if (not hinted(note) or not isinstance(note, str) or amount is None or amount <= 0
            or received is None or not 0 < received < amount - 0.005):
        return None
    folded = fold(plain_figures(note))  # its figures read one way (noted_figures)
    grant = granted_short((note,), currency, amount - received)  # unfolded: figures read first
    unsure = doubted(folded)  # 未确认, 可能, 客户说, 客户要求 (deduction_doubted)
    if grant is not None and not unsure and _settles(amount - received - grant[0], amount, slack):
        return Deduction(KINDS[2][0], grant[1], True)  # a discount: the firm let it (or part) go
    if _DISPUTED.search(folded) or _INCLUDED.search(folded) or _THIRD_PARTY.search(
            folded) or _disputed_here(folded):
        return None
    spans = [part for part in _PART.finditer(folded)
             if not names_charge(part.group()) and not _OTHER_MONEY.search(part.group())]
    text = " ".join(part.group() for part in spans)
    kind = next((name for name, _, words in KINDS if words.search(text)), None)
    if kind is None:
        return None
    figure = _sum_of(folded, spans, amount, currency, number)
    if figure is None and kind == KINDS[-1][0]:
        return None
    # not taken yet: named only where it writes no sum (金额待确认); nor one called off, taken in
    # error or paid back since (佣金2000已扣，后来取消了; 扣错了: deduction_withdrawn, which only
    # taken_sum asked: read as taken, 2,000 of a 7,000 debt cleared, 72 days, black, rv68d A2)
    if unsure or _NOT_TAKEN.search(folded) or later_set_off(folded) or _agent_paid(
            folded) or _only_asked(folded) or withdrawn(note, number) or any(
            _UNDECIDED.search(part) and not _elsewhere(part, THIS_ORDER.search(folded) is not None)
            for part in _PARTS.split(folded)):
        return Deduction(kind, None, False) if figure is None and _TAKEN.search(text) else None
    settles = figure is not None and (_settles(left := amount - received - figure, amount, slack)
                                      or _rest_left(folded, left, currency, slack, number))
    return Deduction(kind, figure, settles) if settles or _TAKEN.search(text) else None


def _rest_left(folded: str, left: float, currency: str, slack: float, number: object) -> bool:
    """Is what a row leaves open after its deduction (`left`) the rest its note says this order
    still owes (佣金2000已扣，尚欠1000 on a row 3,000 short: deduction_rest.rest_owed)? The
    deduction then settles all but that rest: read as settling nothing, the whole 3,000 stood
    owed where 1,000 is, 72 days, black (fix67h's left, fix68d)."""
    return left > 0.005 and any(
        abs(figure - left) <= 0.005 + slack for match in re.finditer(MONEY, folded)
        if rest_owed(folded, match.start(), number)
        and (figure := money_figure(match, currency)) is not None)


def _settles(rest: float, amount: float, slack: float) -> bool:
    """Is what a row leaves open after its deduction (`rest`) nothing, or a bank's charge?"""
    return -0.005 - slack <= rest <= charge(amount, None) + slack




def settled(note: object, amount: float | None, currency: str, received: float | None,
            slack: float = 0.0, number: object = None) -> float | None:
    """The sum a note says was deducted, where it settles its order (:func:`deduction`; its
    `number`, where known)."""
    found = deduction(note, amount, currency, received, slack, number)
    return found.figure if found is not None and found.settles else None


def noted_sum(note: object, amount: float | None, currency: str, number: object = None
              ) -> float | None:
    """The sum a sale row's note says the buyer deducted, however much the row received: what
    would settle it paid all but that (a row whose money came on another tab or a 收款登记:
    core.ledger.deductions_apart; its order's `number`, where known)."""
    if not hinted(note) or not isinstance(note, str) or amount is None or amount <= 0:
        return None
    folded = fold(plain_figures(note))  # its figures read one way (noted_figures)
    figure = _sum_of(folded, list(_PART.finditer(folded)), amount, currency, number)
    if figure is None or not 0 < figure < amount - 0.005:
        return None
    return settled(note, amount, currency, amount - figure, number=number)


def named(note: object, amount: float | None, currency: str, number: object = None
          ) -> tuple[str, float, frozenset[str]] | None:
    """The kind, sum and marks (:func:`marks`) a sale row's note says the buyer deducted,
    however much the row received (:func:`noted_sum`): what makes two notes one deduction,
    whatever their words (佣金500, 扣佣金USD500, 到账6000，佣金500已扣, 扣佣金５００: a commission
    of 500)."""
    figure = noted_sum(note, amount, currency, number)
    found = None if figure is None or amount is None else deduction(
        note, amount, currency, amount - figure, number=number)
    return None if found is None or figure is None else (found.kind, round(figure, 2),
                                                         marks(note))


# words telling a deduction from another of its kind and sum: a lot, a month, an agent, once
# more (第二批, 2月, 代理B, 再扣, 另扣): 扣佣金500 and 再扣佣金500 on an order's two rows are two,
# read as one a buyer who paid in full stood 500 owed, 72 days, black (rv61c s445)
_APART = re.compile(r"第[一二两三四五六七八九十\d]+[批次笔期]|[一二三四五六七八九十\d]+月份?"
                    r"|代理\s*[a-z\d甲乙丙丁]|再|另|又"
                    r"|(?<![a-z])(?:second|another|additional|again)(?![a-z])")


def marks(note: object) -> frozenset[str]:
    """What in a deduction's note tells it from another of its kind and sum (:data:`_APART`)."""
    return frozenset(m.group() for m in _APART.finditer(fold(note))) if isinstance(
        note, str) else frozenset()


def taken_sum(note: object, currency: str | None = None, number: object = None) -> bool:
    """Does a note say a deduction of a sum was taken (佣金2000已扣, 扣佣金2000), whatever money
    its row holds: none at all on a payment's row (a blank 尾款 row: own_row_deductions), and
    not withdrawn since (core.ledger.deduction_withdrawn)? Its sum in the row's `currency` or
    none (佣金USD2000已扣 on a USD order: read as no sum, 7,000 owed where 5,000, fix63d).
    `number`: its order's, which a withdrawal may name (2025-701的佣金取消了 under 2025-701:
    this one's)."""
    found = deduction(note, 1.0, currency or "", 0.5, number=number) if hinted(note) else None
    return found is not None and found.figure is not None and not withdrawn(note, number)


def names_deduction(note: object) -> bool:
    """Does a note name a deduction of the buyer's, whatever its sum?"""
    return deduction(note, 1.0, "", 0.5) is not None if hinted(note) else False


def _sum_of(folded: str, spans: list[re.Match[str]], amount: float, currency: str,
            number: object = None) -> float | None:
    """The one sum a note's parts (`spans` of the `folded` note) write for its deduction: of
    those naming one (KINDS) where they write one, else of the whole note, not a rest said owed
    of its order (`number`, where known: core.ledger.deduction_rest, read where it stands in the
    note, its clauses whole). Beside it a part may write another order's money (合并付款，含
    YW25-0205货款28140，质量扣款500: read whole, two sums and none deducted)."""
    parts = [span.group() for span in spans]
    named = " ".join(before_rest(part, _TAKEN, number) for part in parts
                     if any(words.search(part) for _, _, words in KINDS))
    found = _figure(named, amount, currency) if named else None
    if found is not None:
        return found
    starts = list(accumulate((len(part) + 1 for part in parts[:-1]), initial=0))

    def owed(at: int) -> bool:  # `at` of the parts joined: where it stands in the note
        part = bisect_right(starts, at) - 1
        place = spans[part].start() + at - starts[part]
        return no_sum(folded, place, number)

    return _figure(" ".join(parts), amount, currency, owed)


def _figure(text: str, amount: float, currency: str,
            owed: Callable[[int], bool] | None = None) -> float | None:
    """The one sum a note writes (a share of the row's `amount` where it writes none): None
    where it writes none, two, or one in another money; in the whole note (no part naming the
    deduction writes a sum), not a rest said owed (`owed` of its place; a part naming it may:
    还差2000是佣金)."""
    sums = {round(figure, 2) for match in re.finditer(MONEY, text)
            if (figure := money_figure(match, currency)) is not None
            and not (owed is not None and owed(match.start()))}
    if not sums:
        sums = {round(amount * float(share) / 100, 2) for share in SHARE.findall(text)}
    return sums.pop() if len(sums) == 1 and min(sums) > 0 else None


def kind_word(kind: str) -> Term:
    """A deduction's kind (:data:`KINDS`) in the report's words."""
    return Term(_KIND[kind])


_KIND = {name: words for name, words, _ in KINDS}
