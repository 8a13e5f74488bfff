"""Whether a figure beside a deduction is the buyer's rest still owed, not the deduction's sum.

佣金已扣，尚欠2000 on a balance row 5,000 of 7,000 received names a commission taken with no sum
and the buyer's 2,000 owed: read as the commission's sum, the 2,000 was hidden (rv63c s4). Kept
apart from core.ledger.deduction_notes, which asks it of each figure its whole note writes.
"""

from __future__ import annotations

import re

from core.ledger.amounts import parse_amount
from core.ledger.balance_words import LATER, UNSETTLED
from core.ledger.bank_charges import BEARS, CHARGE_MOST, names_charge
from core.ledger.buyer_word import BUYER, SAYS
from core.ledger.came_words import (
    ANSWER_BY,
    ANSWERED,
    CLAUSE,
    EARLIER_ORDER,
    ONCE,
    QUESTION,
    STOPS,
    another_named,
    clause_bounds,
)
from core.ledger.noted_figures import FIGURE, FIGURES, REST_OWED, REST_OWED_EN
from core.ledger.noted_money import NOTE_FIGURE
from core.ledger.noted_orders import others_number
from core.ledger.owed_said import still_owed
from core.ledger.paid_said import FINANCE_SAYS, THEIRS
from core.ledger.part_of import FIRM, goods_owed, names_other, other_before
from core.ledger.plan_of import LATER_STARTS
from core.ledger.rest_came import NOT_COME, came_later, came_on, rest_of_another, rest_owner
from core.ledger.shipped_words import NOT_ZH
from core.ledger.unsure_words import HEDGE, UNSURE

# a figure the note says is still owed in a part not naming the deduction (佣金已扣，尚欠2000: the
# buyer's rest, core.ledger.part_said) is no sum deducted: read as the commission's, a balance
# owing 2,000 read paid (rv63c s4); but only a rest of this order unpaid — not one said come after
# it (尚欠2000已收到, 尚欠2000，5月已付, 尚欠2000（已补）, 尚欠2000于5月收讫: rest_came.came_later;
# not a day alone, 尚欠2000，5/10到账, nor another's money, 另一单收讫: fix65i), denied or asked
# (没有尚欠2000, 不是尚欠2000, 是否尚欠2000, 尚欠2000？, 尚欠2000吗: came_words.QUESTION, unless
# answered yes, 尚欠2000吗？是的, or asked why, 为何尚欠2000？), nor an earlier or another order's
# (上批尚欠2000, 另一单尚欠2000, 2025-699尚欠2000 under another number: came_words.EARLIER_ORDER,
# ANOTHER_ORDER; not this order named after them, 另一单已付清本单尚欠2000, nor its own number
# with a paper's letters, PI2025-600尚欠2000), a fee's (样品费尚欠2000: part_of.other_before; not
# the goods' own, 货尚欠2000), nor once owed (原尚欠2000: came_words.ONCE) unless still owed or
# dragged after it (原尚欠2000，仍未付, …，客户一直拖): read as owed, paid balances were 2,000, 72
# days, black (rv64c, rv64d s4a); read as not, owing buyers were cleared (rv65b)
_REST_BEFORE = re.compile(rf"{REST_OWED}$")
# a later lot the rest is paid with, a paying word after it (客户下批再付尚欠2000, 下次付清尚欠货款
# 2000, 下次付款时补尚欠2000): the rest owed now, no later lot's set-off (core.ledger.part_said);
# nor is it another order's, which owns a rest only right before it (rest_came.rest_of_another;
# read so, 2,000 owed, 72 days, black was cleared, fix66a)
PAID_WITH = re.compile(r"再付|付清|补(?![货发寄])|一起付")
_REST_AGAIN = re.compile(REST_OWED)
NOT_REST = re.compile(rf"(?:{NOT_ZH}|不是|并非|是否)\s*$")
# ... but a denial asked is rhetorical (不是还差2000吗？, 难道不是尚欠2000？: the rest owed; read as
# denied, 2,000 owed, 72 days, black read paid, fix66a)
_RHETORICAL = re.compile(r"(?:不是|并非)\s*$")
_ONCE = re.compile(rf"(?:{ONCE})\s*$")


def rest_owed(text: str, at: int, number: object = None) -> bool:
    """Is the figure at `at` of `text` a rest said owed (:data:`_REST_BEFORE`) of this order and
    unpaid: not said come after it, denied, asked, once owed, a fee's, an earlier or another
    order's (named by a number not its order's `number`)?"""
    rest = _REST_BEFORE.search(text, 0, at)
    return rest is not None and this_rest(text, rest.start(), at, number)


def this_rest(text: str, start: int, at: int, number: object = None, doubt: bool = False
              ) -> bool:
    """Is the rest whose words start at `start` of `text` and whose figure starts at `at`
    (尚欠2000, 余款2000未付) this order's and unpaid: not said come after it, denied, asked,
    once owed, a fee's, an earlier or another order's (named by a number not its order's
    `number`), nor said after it another's, the bank's charge or wrong (:func:`_disowned`)? One
    reading for a rest beside a deduction (:func:`rest_owed`) and a part come's rest
    (core.ledger.part_said), which keeps a rest only asked (`doubt`: 还差2000？, 余款2000未付？)
    as written unless answered no (…？我们说不差): beside a deduction a question leaves the
    figure the deduction's sum, on a balance it would leave the whole row's money (read so, a
    row noted 余款2000未付？ was 7,000 asked, 72 days, black, where 2,000 is open)."""
    before = CLAUSE.split(text[:start])[-1]
    return not (came_later(text, at, rest=True) or _denied(before, text, at, doubt)
                or another_named(before, EARLIER_ORDER) or rest_of_another(before)
                or other_before(text, start) and not goods_owed(text, start)
                or others_number(rest_owner(before), number)
                or _asked(text, at, number, doubt)
                or _ONCE.search(before) and not _owed_again(text, at)
                or _disowned(text, at, number) is not None)


# a question why (客户问为何尚欠2000？, 为什么尚欠2000？已催) holds the rest owed: read as asked
# whether, 2,000 owed, 72 days, black was cleared (rv65b s2)
_WHY = re.compile(r"为何|为什么|为啥|怎么|why")
# ... and a rest once owed that the buyer drags or is silent on (原尚欠2000，客户一直拖, …客户至今没
# 回复) is owed still: read as let go, the same (rv65b s2, s3a)
_DRAGGED = re.compile(rf"{UNSETTLED}|(?:一直|还在|仍在|总是|老是)拖"
                      r"|(?:没有?|未|不)(?:回复|回音|回应|答复|理)|失联")


_FIGURE = re.compile(FIGURES)
# ... answered by the rest said again (客户问还差2000吗？我们说还差, 尚欠2000？财务说还欠): owed, as
# 是的 is; answered no (我们说不差, 答：没有) or not at all, asked (rv65d s2, fix66a). The no the
# firm's (不是, 我们说不差, 财务说不差), not the buyer's or his side's (还差2000？客户说不差 / 客户
# 回复不差: his claim, the clerk's short stands; paid_said.THEIRS), nor hedged (我们说不差吧, …，
# 待核实: unsure_words.UNSURE), nor a figure corrected (不是2000，是3000: the rest owed, another
# sum): each read 2,000, 72 days, black → nothing (rv66c, fix66i)
_ANSWERED_REST = re.compile(rf"[?？]?{ANSWER_BY}{REST_OWED}")
_ANSWERED_NO = re.compile(rf"[?？]?(?P<by>{ANSWER_BY})(?:不差|不欠|没有?(?:差|欠)"
                          rf"|没有了?(?![^{STOPS}])|不是(?!\s*\d)|否)(?!\s*吧)")


def _asked(text: str, at: int, number: object = None, doubt: bool = False) -> bool:
    """Is the clause of the figure at `at` a question (came_words.QUESTION: 尚欠2000？, 尚欠2000吗)
    with no answer yes after it (尚欠2000吗？是的: came_words.ANSWERED; …？我们说还差), or with
    `doubt` one answered no (…？我们说不差), not why (:data:`_WHY`), nor whose it is (还差2000是
    另一单的吗？: the rest owed, its order asked)?"""
    figure = _FIGURE.match(text, at)
    return any(asked.start() <= at < asked.end() and ANSWERED.match(text, asked.end()) is None
               and _ANSWERED_REST.match(text, asked.end()) is None
               and (not doubt or _firms_no(text, asked.end()))
               and not _theirs_no(text, asked.end())
               and _WHY.search(asked.group()) is None for asked in QUESTION.finditer(text)
               ) and not (figure and (said := _IS.match(text, figure.end())) and _another(
                   said["what"], number))


def _theirs_no(text: str, at: int) -> bool:
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
    hedge nor doubt: 好像不差, 待核实)? Then the no is the firm's too: the rest answered, no rest;
    read as his claim alone, 2,000, 72 days, black where nothing is (rv67e, fix67i)."""
    return any(_AGREED.fullmatch(clause) and not UNSURE.search(clause)
               and not re.search(HEDGE, clause)
               for clause in CLAUSE.split(QUESTION.sub("?", text[at:]))[1:3])


def _firms_no(text: str, at: int) -> bool:
    """Does the firm answer no at `at`, after a question of a rest (:data:`_ANSWERED_NO`): not
    the buyer or his side speaking (paid_said.THEIRS), nor a doubt in its clause or the next
    (unsure_words.UNSURE)?"""
    answer = _ANSWERED_NO.match(text, at)
    return answer is not None and (THEIRS.search(answer["by"]) is None or _agreed(
        text, answer.end())) and not any(
        UNSURE.search(clause) for clause in CLAUSE.split(text[answer.end():])[:2])


def _denied(before: str, text: str, at: int, doubt: bool) -> bool:
    """Do the words right before a rest deny it (:data:`NOT_REST`: 没有尚欠2000, 不是尚欠2000),
    not rhetorically (不是还差2000吗？), nor, with `doubt`, only ask it (是否还差2000: a question,
    :func:`_asked`)?"""
    denial = NOT_REST.search(before)
    return denial is not None and not (
        _RHETORICAL.search(before) and _in_question(text, at)
        or doubt and denial.group().strip() == "是否")


def _answered_no(text: str, at: int, number: object = None) -> int | None:
    """Where the answer no to a question of the rest whose figure is at `at` ends (尚欠2000吗？
    我们说不差), None where it is not so asked (:func:`_asked`)."""
    if not _asked(text, at, number, doubt=True):
        return None
    asked = next(q for q in QUESTION.finditer(text) if q.start() <= at < q.end())
    return clause_bounds(text, asked.end() + 1, asked.end() + 1)[1]


def _in_question(text: str, at: int) -> bool:
    return any(asked.start() <= at < asked.end() for asked in QUESTION.finditer(text))


# a rest said after its figure to be another order's (还差2000是2025-702的, 还差2000，是另一单的,
# 余款2000未付是上一单的, 属于另一单) or the bank's charge (还差2000是银行手续费: taken on the way,
# the buyer's money in full, as 差2000手续费 is: part_said._borne), in its clause or the one
# opening after it: read as this order's, a paid balance stood 2,000 owed, 72 days, black, on
# its tab and typed on a 收款 tab or in a later file alike (rv65d s2, fix66a). Its subject the
# rest itself: nothing, 这, 这笔, 这2000 (its own figure), the rest's 未付, or the firm's finding
# (财务核实, 经核对, 我们核对后, 财务说: :data:`_FOUND`) — not anyone's word or guess before 是
# (客户说/坚持/回复/声明/的意思是/一口咬定是另一单的: the buyer's claim; 可能/应该/估计/好像/要确认/
# 待确认是另一单的: a hedge), nor another figure or thing (其中500是银行手续费, 有1000是上一单的,
# 另1000, 那笔1000, 定金/运费/样品费是另一单的): each read the whole 2,000 away, 72 days, black
# → nothing (rv66c, fix66i); not denied or asked (不是另一单的, 是否另一单的, 是另一单的吗？,
# 算不算另一单的), this order's own (是本单的, 是2025-701的), a fee still to be paid (是手续费，
# 另付; 是手续费，客户下周补), the saying withdrawn or doubted (是另一单的说法不对, 是另一单的，
# 待核实: unsure_words.UNSURE), nor a later lot the rest is paid with or the order placed
# (算到下批货款里, 算在下一单付, 是下批发货前付的, 是下单时约定的尾款: :func:`_another`)
_FOUND = (rf"(?:{FINANCE_SAYS.pattern}|(?:{FIRM}|财务|会计)?(?:经过?|已经?)?"
          r"(?:核对|核实|查实|查明|查证|对账|确认)(?:过|了)?(?:后|之后)?)")
# ... the firm's finding agreeing with the buyer's no: found so, or yes alone (:func:`_agreed`;
# not found owed, 我们核对后还差, nor asked)
_NONE_OWED = r"不差|没有?差|不欠|没有?欠"
_AGREED = re.compile(rf"\s*(?:(?:{_FOUND})\s*(?:确实|的确)?\s*(?:{_NONE_OWED}|无误|属实|没错"
                     rf"|是对的)?|(?:确实|的确)\s*(?:{_NONE_OWED})|是的|对的?|属实|没错)\s*")
_TAIL = r"(?:尚|还|仍)?(?:未|没有?)(?:付|收|到)(?:款|到|清)?"
_UNIT = r"\s*(?:美[金元]|元|usd|rmb)?\s*"  # a figure's currency after it (2000美金是…)
_SUBJECT = (rf"\s*(?:{_TAIL})?\s*(?:{_FOUND})?\s*(?:(?:这|此|该)(?:笔|个)?)?\s*"
            rf"(?P<same>{NOTE_FIGURE})?{_UNIT}(?:的?(?:钱|款|余款|尾款|差额))?\s*")
_IS = re.compile(rf"{_SUBJECT}(?<![不非])(?:是(?![否不])|属于|算(?![不到在入进]))"
                 rf"(?P<what>[^{STOPS}]*)")
# ... in English, said of the rest itself (balance USD2000 still owed, belongs to another order;
# …, it is for the previous order): not anyone's word or guess before it (customer says it
# belongs…, maybe for another order), denied (not for another order) nor this order's (belongs to
# this order): read as this order's, 2,000, 72 days, black where the rest is another's
_OTHERS_EN = re.compile(r"\s*(?:(?:it|this|which)\s+)?(?:is\s+|belongs?\s+to\s+|is\s+for\s+)"
                        r"(?:the\s+|an?\s+)?(?:another|other|previous|last|earlier|old)\s+"
                        r"(?:order|po|invoice|shipment|lot)s?(?:'s)?\s*$")
# ... or of another order by its number ("owed on order 2025-799", "…, for order 2025-799"; not
# this order's own number) or said wrong in a clause of its own ("…, mistake", "…, wrong",
# "…, written by mistake"; not anyone's word, "customer says wrong"): read as this order's,
# 2,000, 72 days, black where nothing is (rv67e, fix67i)
_ON_ORDER_EN = re.compile(r"\s*(?:(?:still\s+)?owed|unpaid|outstanding|due)?\s*(?:is\s+)?"
                          r"(?:on|for|of|under|belongs?\s+to)\s+(?:the\s+)?(?:order|po|pi"
                          r"|invoice|contract)\s*(?:no\.?|#)?\s*(?P<no>[a-z0-9][a-z0-9/-]*)\s*")
_WRONG_EN = re.compile(r"\s*(?:(?:it|this|that)\s+)?(?:(?:is|was)\s+)?(?:a\s+|an\s+)?"
                       r"(?:mistake|wrong|error|written\s+(?:by\s+mistake|wrongly)|withdrawn"
                       r"|cancelled|canceled|void)\s*[.!]*\s*")
_TO_PAY = re.compile(rf"(?:{LATER})[^{STOPS}]{{0,4}}?(?:付|补|收|结|算)|补")  # 另付, 以后再付
# ... or said wrong (余款2000未付的说法不对, 还差2000有误; 还差2000，搞错了, …，写错了, …，以上
# 有误): the rest withdrawn, its subject the rest or its saying; not anyone's word (客户说不对,
# 客户说搞错了: his dispute, owed), nor another thing said wrong (还差2000的发票有误, 还差2000的
# 日期写错了, 还差2000，发票有误: read as withdrawn, 2,000, 72 days, black → nothing, rv66c)
_WRONG = (r"(?:说法|记录|备注)?(?:不对(?![账劲])|有误|错了|是?错的|不成立|不准确|不实|作废"
          r"|撤回|撤销)|(?<![没不未])(?:写|搞|弄|记|算|看)错了?")
_WRONG_AT = re.compile(rf"\s*(?:{_TAIL})?\s*(?:以上|上述|上面|前面|此|这|该)?的?(?:说法|记录|备注)?"
                       rf"(?:{_WRONG})")
_WRONG_IN = re.compile(_WRONG)
# another order's product (新款, 其他产品, 型号): the goods the rest is for, no other order's money
# (还差2000，是新款的: read as another's, 2,000, 72 days, black → nothing, rv66c)
_PRODUCT = re.compile(r"(?:产|货)?品$|款式?$|型号$")
# ... a later lot owns it only closing what it is said (是下批的, 是下一单的货款); before a
# paying word or a time it is when the rest is paid (rest_came.rest_of_another)
_LATER_OWNS = re.compile(r"\s*的?\s*(?:货款|尾款|余款|款|钱)?\s*")


def _another(what: str, number: object) -> bool:
    """Does what a rest is said to be name another or an earlier order (`number` this one's):
    not another product's goods (:data:`_PRODUCT`), nor a later lot or order unless it closes
    what is said (是下批的; not 是下批发货前付的, 是下单时约定的, :data:`_LATER_OWNS`)?"""
    return any(_PRODUCT.search(found.group()) is None and (
        not found.group().startswith(LATER_STARTS)
        or _LATER_OWNS.fullmatch(what, found.end()) is not None)
        for found in another_named(what)) or bool(another_named(what, EARLIER_ORDER)) or (
        others_number(what, number))


def _disowned(text: str, at: int, number: object = None) -> int | None:
    """Do the words after the rest's figure at `at` say it is another order's (`number` this
    order's), the bank's charge or wrong (:data:`_IS`, :data:`_WRONG_AT`), surely (no doubt
    after it: unsure_words.UNSURE)? Where they do, the end of the clause saying it, else None."""
    figure = _FIGURE.match(text, at)
    end = figure.end() if figure else at
    clauses = CLAUSE.split(text[end:])
    for place, clause in enumerate(clauses[:2]):
        start = end + sum(len(c) + 1 for c in clauses[:place])
        if _in_question(text, start + len(clause) - 1 if clause else start) or any(
                UNSURE.search(later) for later in clauses[place:place + 2]) or re.search(
                HEDGE, clause):
            continue  # 是另一单的，待核实; "belongs to another order probably": a guess
        said = _IS.match(clause)
        if said and said["same"] and figure and _amount(said["same"]) != _amount(
                figure["figure"]):
            said = None  # 那笔1000是上一单的: another figure's
        wrong = _WRONG_AT.match(clause)
        if said and (_another(what := said["what"], number) or names_charge(what) and not any(
                _TO_PAY.search(c) or NOT_COME.search(c) or still_owed(c)
                for c in (what, *clauses[place + 1:]))) and not _WRONG_IN.search(
                what) or wrong and not names_other(wrong.group()) or _OTHERS_EN.match(clause) or (
                    _WRONG_EN.fullmatch(clause) or (on := _ON_ORDER_EN.fullmatch(clause))
                    and others_number(on["no"], number)):
            return start + len(clause)
    return None


def _amount(figure: str) -> float:
    return float(re.sub(r"[^\d.]", "", figure) or 0)


# a sum of the rest said after it another order's or the bank's charge (还差2000，其中500是银行
# 手续费, 有1000是上一单的): that part is not owed, the rest of it is; read as the whole disowned
# (fix66a) the 2,000 went, read as none of it (其中/有 no subject of the rest) 500 or 1,000 too
# many stay owed (rv66c, fix66i)
_PART = re.compile(rf"\s*(?:其中|里面|内含|含|有)\s*(?P<part>{FIGURE}){_UNIT}"
                   rf"(?:是|属于|算)(?P<what>[^{STOPS}]*)")
# ... in English ("still owed 2000, of which 500 bank charges", "…, including 500 bank charges")
_PART_EN = re.compile(rf"\s*(?:of\s+which|including|incl\.?|in\s+which)\s*(?P<part>{FIGURE}){_UNIT}"
                      rf"(?:(?:is|are|was|were)\s+)?(?:for\s+)?(?P<what>[^{STOPS}]*)")
# ... the bank's part no more than a bank keeps of one wire (bank_charges.CHARGE_MOST, read in
# the order's money: a reading cannot hang on a setting): 其中1900是银行手续费 of a 2,000 rest on
# 5,000 read 1,900 the bank's, 2,000, 72 days, black → nothing (其中1000: → 1,000; 中转行1500:
# → 500; rv67e, fix67i); nor a charge the buyer bears (手续费客户承担, ，客户承担, 由客户承担): his
# short, not money that reached the bank
_BANK_MOST = CHARGE_MOST
_HIS_COST = re.compile(rf"(?:由|让|要|需)?{BUYER}(?:自己|自行)?(?:来|需)?(?:{BEARS})"
                       r"|(?<![a-z])(?:borne|paid|covered)\s+by\s+(?:the\s+)?(?:customer|buyer|client)"
                       r"|(?<![a-z])(?:customer|buyer|client)(?:'s)?\s+(?:account|cost|charge)")
# ... and a figure the firm's answer corrects (还差2000吗？不是2000是3000, 客户问还差2000吗？我们
# 说不是2000，是3000): the rest owed is the one it gives; read as answered no, 3,000, 72 days,
# black was cleared (rv66c, fix66i)
_CORRECTED = re.compile(rf"[?？]?(?P<by>{ANSWER_BY})不是\s*(?P<was>{FIGURE})[\s,，]*(?:而|应该)?是"
                        rf"\s*(?P<now>{FIGURE})")


def rest_sum(text: str, at: int, value: float, number: object = None) -> tuple[float, float]:
    """What a rest of `value` whose figure is at `at` of `text` leaves owed: the figure the
    firm's answer to its question corrects it to (:data:`_CORRECTED`), less the parts said after
    it another order's or the bank's charge, surely (:data:`_PART`); and of those the bank's,
    which the buyer paid and the bank kept (其中500是银行手续费 on a row typing the 5,000 that
    reached the bank: 5,500 of his money came; read as the row's 5,000 alone, 2,000 owed where
    1,500 is, 72 days, black, rv66c s5; core.ledger.part_said)."""
    for asked in QUESTION.finditer(text):
        fixed = _CORRECTED.match(text, asked.end()) if asked.start() <= at < asked.end() else None
        if fixed and THEIRS.search(fixed["by"]) is None and _amount(fixed["was"]) == value:
            return _amount(fixed["now"]), 0.0
    figure = _FIGURE.match(text, at)
    clauses = CLAUSE.split(text[figure.end() if figure else at:])[1:3]
    parts = [(_amount(part["part"]), not another) for n, clause in enumerate(clauses)
             if (part := _PART.match(clause) or _PART_EN.match(clause))
             and not _in_question(text, text.find(clause, at))
             and not any(UNSURE.search(later) or _WRONG_IN.search(later) for later in clauses[n:])
             and ((another := _another(part["what"], number)) or names_charge(part["what"])
                  and _amount(part["part"]) <= _BANK_MOST
                  and not any(_TO_PAY.search(later) or NOT_COME.search(later)
                              or _HIS_COST.search(later) for later in clauses[n:]))]
    taken = sum(part for part, _ in parts)
    if not 0 < taken < value:
        return value, 0.0
    return value - taken, sum(part for part, bank in parts if bank)


# a rest's words before a figure (还差2000, 余款2000未付, balance USD2000 unpaid, still owes
# 2000): the one a note's denial may be of (its unpaid, disowned, read as the row's: 7,000, 72
# days, black)
_REST_WORDS = re.compile(rf"(?:{REST_OWED}|{REST_OWED_EN}"
                         r"|(?:余|剩)(?:款|额|下的?)?\s*:?\s*"
                         rf"|(?<![a-z])(?:balance|rest|remaining)(?: of)?\s*:?\s*)(?={FIGURES})")


def without_disowned(text: str, number: object = None) -> str:
    """A folded note without each rest that is not this order's owed money as part_said reads
    it (:func:`this_rest`: denied, once owed, another order's, asked and answered no, said
    another's, the bank's charge or wrong after it) and the words saying so (余款2000未付是另
    一单的, 余款2000未付的说法不对, 尚欠2000吗？我们说不差, 没有尚欠2000): its 未付 or 尚欠 no
    denial nor plan of this row's money (core.ledger.payment_row_money.planned). Read as one,
    paid balances were 7,000 owed, 72 days, black (fix66a)."""
    cuts: list[tuple[int, int]] = []
    for rest in _REST_WORDS.finditer(text):
        at = rest.end()
        if cuts and rest.start() < cuts[-1][1] or this_rest(text, rest.start(), at, number,
                                                            doubt=True):
            continue
        end = _disowned(text, at, number)
        if end is None:
            end = _answered_no(text, at, number)
        cuts.append((rest.start(), clause_bounds(text, at, at)[1] if end is None else end))
    for start, end in reversed(cuts):
        text = text[:start] + text[end:]
    return text


# a rest once owed and the one owed now said after it by another figure (原尚欠2000，现尚欠1000,
# 之前尚欠2000，现在还欠1000, 原尚欠1000，目前尚欠2000): the later figure stands, the first is
# no rest of the row; read first, 2,000 owed where 1,000 is (and 1,000 where 2,000), 72 days,
# black (rv66c s1). The same figure again (原尚欠2000，现尚欠2000) is the rest owed still.
_WAS = re.compile(rf"(?:{ONCE}|原来|之前|以前|此前|先前)\s*$")
_NOW = re.compile(rf"(?<=[{STOPS}])\s*(?:现在?|目前|如今|当前|至今)\s*(?P<rest>{REST_OWED})"
                  rf"(?P<now>{FIGURE})")


# ... surely: not hedged (现尚欠1000，好像 / 估计 / 可能), the buyer's word (…，客户说(的)), nor
# withdrawn or found wrong (…，已撤回 / 财务核实不对), each read the later 1,000 owed where 2,000
# is, 72 days, black (rv67e, fix67i); nor in another money than the first (现尚欠RMB1000 on a
# USD rest: not converted here, the first stands; read as the rest, the row's money was lost,
# 7,000 owed where 2,000 is)
_HIS_WORD = re.compile(rf"{BUYER}\s*(?:{SAYS})")


def restated(text: str, start: int, at: int, number: object = None) -> bool:
    """Is the rest whose words start at `start` of `text` (its figure at `at`) one once owed
    (:data:`_WAS`: 原尚欠2000) that a later clause says is now another figure (现尚欠1000:
    :data:`_NOW`), surely and of this order (:func:`this_rest`; not 现尚欠1000？, 现尚欠1000，
    待核实, 现尚欠1000是另一单的)? Then that one is the rest, not this (core.ledger.part_said)."""
    figure = _FIGURE.match(text, at)
    if figure is None or not _WAS.search(CLAUSE.split(text[:start])[-1]):
        return False
    return any(_amount(now["now"]) != _amount(figure["figure"])
               and parse_amount(now["now"])[1] == parse_amount(figure["figure"])[1]
               and not _in_question(text, now.start("now"))
               and not any(UNSURE.search(clause) or re.search(HEDGE, clause)
                           or _HIS_WORD.search(clause) or _WRONG_IN.search(clause)
                           for clause in CLAUSE.split(text[now.start():])[:2])
               and this_rest(text, now.start("rest"), now.start("now"), number, doubt=True)
               for now in _NOW.finditer(text, figure.end()))


def _owed_again(text: str, at: int) -> bool:
    """Does a clause after a rest once owed say it owed still (原尚欠2000，仍未付, 现仍欠) or the
    buyer drags it or is silent (:data:`_DRAGGED`)?"""
    return any(still_owed(clause) or _REST_AGAIN.search(clause) or _DRAGGED.search(clause)
               for clause in CLAUSE.split(text[at:])[1:])


def no_sum(text: str, at: int, number: object = None) -> bool:
    """Is the figure at `at` of `text` no sum a deduction's note writes: a rest owed
    (:func:`rest_owed`), or a piece of the day a rest named before it came on (尚欠2000，5/10到账:
    rest_came.came_on)?"""
    return rest_owed(text, at, number) or came_on(text, at) and bool(
        _REST_AGAIN.search(text, 0, at))


def before_rest(part: str, taken: re.Pattern[str]) -> str:
    """A part naming a deduction up to a rest said owed after its taking (扣除运费后尚欠2000,
    X99-1的样品费已扣尚欠2000: the freight taken, then the buyer's rest; not 还差2000是佣金, the
    rest said the deduction): the rest's figure read as the deduction's sum made the order
    whole, 2,000 owed, 72 days, black read paid (rv66d s3, fix67c)."""
    took = taken.search(part)
    rest = _REST_AGAIN.search(part, took.end()) if took is not None else None
    return part[:rest.start()] if rest is not None else part
