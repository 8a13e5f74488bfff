"""Whether a figure beside a deduction is the buyer's rest still owed, not the deduction's sum.

佣金已扣，尚欠2000 on a balance row 5,000 of 7,000 received names a commission taken with no sum
and the buyer's 2,000 owed: read as the commission's sum, the 2,000 was hidden (rv63c s4). Kept
apart from core.ledger.deduction_notes, which asks it of each figure its whole note writes.
"""

from __future__ import annotations

import re

from core.ledger.balance_words import LATER, UNSETTLED
from core.ledger.bank_charges import names_charge
from core.ledger.buyer_word import BUYER, HIS_SIDE
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
from core.ledger.noted_figures import FIGURES, REST_OWED, REST_OWED_EN, plain_figures
from core.ledger.noted_money import NOTE_FIGURE
from core.ledger.noted_orders import REFERENCE, loose_number, others_number, sale_numbers
from core.ledger.owed_said import still_owed
from core.ledger.paid_said import FIRM_SAYS, said_by_them, speaks_on
from core.ledger.part_of import (
    COMMISSION,
    FEES,
    goods_owed,
    names_money_or_proof,
    names_other,
    other_before,
)
from core.ledger.plan_of import LATER_STARTS
from core.ledger.rest_answers import FOUND, FOUND_ALONE, firms_no, theirs_no
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
REST_AGAIN = re.compile(REST_OWED)
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
                or _taken_else(before, text, at, number)
                or _disowned(text, at, number) is not None)


# a question why (客户问为何尚欠2000？, 为什么尚欠2000？已催) holds the rest owed: read as asked
# whether, 2,000 owed, 72 days, black was cleared (rv65b s2)
_WHY = re.compile(r"为何|为什么|为啥|怎么|why")
# ... and a rest once owed that the buyer drags or is silent on (原尚欠2000，客户一直拖, …客户至今没
# 回复) is owed still: read as let go, the same (rv65b s2, s3a)
_DRAGGED = re.compile(rf"{UNSETTLED}|(?:一直|还在|仍在|总是|老是)拖"
                      r"|(?:没有?|未|不)(?:回复|回音|回应|答复|理)|失联")


REST_FIGURE = re.compile(FIGURES)
# ... answered by the rest said again (客户问还差2000吗？我们说还差, 尚欠2000？财务说还欠): owed, as
# 是的 is; answered no (我们说不差, 答：没有) or not at all, asked (rv65d s2, fix66a). The no the
# firm's (不是, 我们说不差, 财务说不差), not the buyer's or his side's (还差2000？客户说不差 / 客户
# 回复不差: his claim, the clerk's short stands; paid_said.THEIRS), nor hedged (我们说不差吧, …，
# 待核实: unsure_words.UNSURE), nor a figure corrected (不是2000，是3000: the rest owed, another
# sum): each read 2,000, 72 days, black → nothing (rv66c, fix66i)
_ANSWERED_REST = re.compile(rf"[?？]?{ANSWER_BY}{REST_OWED}")


def _asked(text: str, at: int, number: object = None, doubt: bool = False) -> bool:
    """Is the clause of the figure at `at` a question (came_words.QUESTION: 尚欠2000？, 尚欠2000吗)
    with no answer yes after it (尚欠2000吗？是的: came_words.ANSWERED; …？我们说还差), or with
    `doubt` one answered no (…？我们说不差), not why (:data:`_WHY`), nor whose it is (还差2000是
    另一单的吗？: the rest owed, its order asked)?"""
    figure = REST_FIGURE.match(text, at)
    return any(asked.start() <= at < asked.end() and ANSWERED.match(text, asked.end()) is None
               and _ANSWERED_REST.match(text, asked.end()) is None
               and (not doubt or firms_no(text, asked.end()) and _ITSELF.fullmatch(
                   text, figure.end() if figure else at, asked.end()) is not None)
               and not theirs_no(text, asked.end())
               and _WHY.search(asked.group()) is None for asked in QUESTION.finditer(text)
               ) and not (figure and (said := _IS.match(text, figure.end())) and another_said(
                   said["what"], number))


def _denied(before: str, text: str, at: int, doubt: bool) -> bool:
    """Do the words right before a rest deny it (:data:`NOT_REST`: 没有尚欠2000, 不是尚欠2000),
    not rhetorically (不是还差2000吗？), nor, with `doubt`, only ask it (是否还差2000: a question,
    :func:`_asked`)?"""
    denial = NOT_REST.search(before)
    return denial is not None and not (
        _RHETORICAL.search(before) and in_question(text, at)
        or doubt and denial.group().strip() == "是否")


def _answered_no(text: str, at: int, number: object = None) -> int | None:
    """Where the answer no to a question of the rest whose figure is at `at` ends (尚欠2000吗？
    我们说不差), None where it is not so asked (:func:`_asked`)."""
    if not _asked(text, at, number, doubt=True):
        return None
    asked = next(q for q in QUESTION.finditer(text) if q.start() <= at < q.end())
    return clause_bounds(text, asked.end() + 1, asked.end() + 1)[1]


def in_question(text: str, at: int) -> bool:
    return any(asked.start() <= at < asked.end() for asked in QUESTION.finditer(text))


# a rest said after its figure to be another order's (还差2000是2025-702的, 还差2000，是另一单的,
# 余款2000未付是上一单的, 属于另一单) or the bank's charge (还差2000是银行手续费: taken on the way,
# the buyer's money in full, as 差2000手续费 is: part_said._borne), in its clause or the one
# opening after it: read as this order's, a paid balance stood 2,000 owed, 72 days, black, on
# its tab and typed on a 收款 tab or in a later file alike (rv65d s2, fix66a). Its subject the
# rest itself: nothing, 这, 这笔, 这2000 (its own figure), the rest's 未付, or the firm's finding
# (财务核实, 经核对, 我们核对后, 财务说: :data:`FOUND`) — not anyone's word or guess before 是
# (客户说/坚持/回复/声明/的意思是/一口咬定是另一单的: the buyer's claim; 可能/应该/估计/好像/要确认/
# 待确认是另一单的: a hedge), nor another figure or thing (其中500是银行手续费, 有1000是上一单的,
# 另1000, 那笔1000, 定金/运费/样品费是另一单的): each read the whole 2,000 away, 72 days, black
# → nothing (rv66c, fix66i); not denied or asked (不是另一单的, 是否另一单的, 是另一单的吗？,
# 算不算另一单的), this order's own (是本单的, 是2025-701的), a fee still to be paid (是手续费，
# 另付; 是手续费，客户下周补), the saying withdrawn or doubted (是另一单的说法不对, 是另一单的，
# 待核实: unsure_words.UNSURE), nor a later lot the rest is paid with or the order placed
# (算到下批货款里, 算在下一单付, 是下批发货前付的, 是下单时约定的尾款: :func:`another_said`)
_TAIL = r"(?:尚|还|仍)?(?:未|没有?)(?:付|收|到)(?:款|到|清)?"
FIGURE_UNIT = r"\s*(?:美[金元]|元|usd|rmb)?\s*"  # a figure's currency after it (2000美金是…)
# ... a no only to a question of the rest itself: nothing after its figure but its currency, its
# 未付, 吗/呢/吧 or 是不是…真的 (还差2000吗？不是, 是否还差2000？没有, 还差2000是不是真的？不是);
# asked when, how, in what money or of the buyer's doing (还差2000要今天付吗？不是，下周付, 还差2000
# 是现金付吗？不是, 还差2000是美金吗？不是，是人民币, 还差2000客户回复了吗？没有, 还差2000催了吗？
# 没有, 还差2000以外还欠吗？我们说不欠) the rest is owed, the no of that other thing: read as the
# rest answered no, 2,000, 72 days, black was cleared (rv67c, fix67f)
_ITSELF = re.compile(rf"{FIGURE_UNIT}(?:{_TAIL})?\s*(?:是不是[^{STOPS}]*?真的|真的)?\s*"
                     r"(?:吗|呢|吧|么|嘛)?\s*[?？]?\s*")
_SUBJECT = (rf"\s*(?:{_TAIL})?\s*(?:{FOUND})?\s*(?:(?:这|此|该)(?:笔|个)?)?\s*"
            rf"(?P<same>{NOTE_FIGURE})?{FIGURE_UNIT}(?:的?(?:钱|款|余款|尾款|差额))?\s*")
_IS = re.compile(rf"{_SUBJECT}(?<![不非])(?:是(?![否不])|属于|算(?![不到在入进]))"
                 rf"(?P<what>[^{STOPS}]*)")
# ... in English, said of the rest itself (balance USD2000 still owed, belongs to another order;
# …, it is for the previous order): not anyone's word or guess before it (customer says it
# belongs…, maybe for another order), denied (not for another order) nor this order's (belongs to
# this order): read as this order's, 2,000, 72 days, black where the rest is another's
OTHER_ORDER_EN = (r"(?:the\s+|an?\s+)?(?:another|other|previous|last|earlier|old)\s+"
                  r"(?:order|po|invoice|shipment|lot)s?(?:'s)?")
_OTHERS_EN = re.compile(r"\s*(?:(?:it|this|which)\s+)?(?:is\s+|belongs?\s+to\s+|is\s+for\s+)"
                        rf"{OTHER_ORDER_EN}\s*$")
# ... or of another order by its number ("owed on order 2025-799", "…, for order 2025-799"; not
# this order's own number) or said wrong in a clause of its own ("…, mistake", "…, wrong",
# "…, written by mistake"; not anyone's word, "customer says wrong"): read as this order's,
# 2,000, 72 days, black where nothing is (rv67e, fix67i)
# ("owed to us for order 2025-799", "owed by them, for previous order": read as his, 0 → 2,000,
# 72 days, black, rv68f 6, fix68m)
_ON_ORDER_EN = re.compile(r"\s*(?:(?:still\s+)?owed(?:\s+(?:to\s+us|by\s+(?:him|them|(?:the\s+)?"
                          r"(?:customer|buyer|client)s?)))?|unpaid|outstanding|due)?\s*(?:is\s+)?"
                          r"(?:on|for|of|under|belongs?\s+to)\s+(?:(?:the\s+)?(?:order|po|pi"
                          r"|invoice|contract)\s*(?:no\.?|#)?\s*(?P<no>[a-z0-9][a-z0-9/-]*)"
                          rf"|{OTHER_ORDER_EN})\s*")
_WRONG_EN = re.compile(r"\s*(?:(?:it|this|that)\s+)?(?:(?:is|was)\s+)?(?:a\s+|an\s+)?"
                       r"(?:mistake|wrong|error|written\s+(?:by\s+mistake|wrongly)|withdrawn"
                       r"|cancelled|canceled|void)\s*[.!]*\s*")
TO_PAY = re.compile(rf"(?:{LATER})[^{STOPS}]{{0,4}}?(?:付|补|收|结|算)|补")  # 另付, 以后再付
# ... or said wrong (余款2000未付的说法不对, 还差2000有误; 还差2000，搞错了, …，写错了, …，以上
# 有误): the rest withdrawn, its subject the rest or its saying; not anyone's word (客户说不对,
# 客户说搞错了: his dispute, owed), nor another thing said wrong (还差2000的发票有误, 还差2000的
# 日期写错了, 还差2000，发票有误: read as withdrawn, 2,000, 72 days, black → nothing, rv66c)
# — one list with a payment row's money said come then said wrong (尾款已收的说法不对: core.
# ledger.payment_row_money)
_WRONG = (r"(?:说法|记录|备注)?(?:不对(?![账劲])|有误|错了|是?错的|不成立|不准确|不实|作废"
          r"|撤回|撤销)|(?<![没不未])(?:写|搞|弄|记|算|看)错了?")
WRONG_AT = re.compile(rf"\s*(?:{_TAIL})?\s*(?:以上|上述|上面|前面|此|这|该)?的?(?:说法|记录|备注)?"
                       rf"(?:{_WRONG})")
WRONG_IN = re.compile(_WRONG)
# another order's product (新款, 其他产品, 型号): the goods the rest is for, no other order's money
# (还差2000，是新款的: read as another's, 2,000, 72 days, black → nothing, rv66c)
_PRODUCT = re.compile(r"(?:产|货)?品$|款式?$|型号$")
# ... a later lot owns it only closing what it is said (是下批的, 是下一单的货款); before a
# paying word or a time it is when the rest is paid (rest_came.rest_of_another)
_LATER_OWNS = re.compile(r"\s*的?\s*(?:货款|尾款|余款|款|钱)?\s*")


def another_said(what: str, number: object) -> bool:
    """Does what a rest is said to be name another or an earlier order (`number` this one's):
    not another product's goods (:data:`_PRODUCT`), nor a later lot or order unless it closes
    what is said (是下批的; not 是下批发货前付的, 是下单时约定的, :data:`_LATER_OWNS`)?"""
    return any(_PRODUCT.search(found.group()) is None and (
        not found.group().startswith(LATER_STARTS)
        or _LATER_OWNS.fullmatch(what, found.end()) is not None)
        for found in another_named(what)) or bool(another_named(what, EARLIER_ORDER)) or (
        others_number(what, number))


# ... a doubt in any clause after the saying doubts it (，单号待确认, ，账待核对, ，2000待确认,
# ，此事待确认, ，客户还没确认; a clause further, ，新订单需要确认，金额待确认: read as of another
# thing, 2,000, 72 days, black was nothing, rv68e F4, F4b, fix68l), unless it is of a named
# other thing alone
# (，新订单需要确认, ，PI还没确认, ，唛头 / 交期 / 款式待确认: read as doubting it, 2,000, 72 days,
# black where the firm disowned the rest, rv67h, fix68c), not of the money or its proof too
# (part_of.names_money_or_proof) nor of the saying (:data:`_OF_SAYING`)
_OF_SAYING = re.compile(r"是否|是不是|属实|真假|对不对|哪|说法|归属")
_OTHER_THING = re.compile(r"新的?订?单(?!号)|下[一个]?订?[单批](?!号)|下单|(?<![a-z])pi(?![a-z号])"
                          r"|唛头|交期|货期|船期|颜色|数量|款式|款号|包装|规格|尺寸|样品|标签"
                          r"|logo|价格|报价|发票(?!号)|质量|验货|运费|地址|账户", re.I)


def _doubts_it(clause: str) -> bool:
    """Does a clause after a rest's saying doubt it: any doubt but one of another thing alone
    (:data:`_OTHER_THING`)?"""
    return UNSURE.search(clause) is not None and (
        _OTHER_THING.search(clause) is None or names_money_or_proof(clause)
        or _OF_SAYING.search(clause) is not None)


def _disowned(text: str, at: int, number: object = None) -> int | None:
    """Do the words after the rest's figure at `at` say it is another order's (`number` this
    order's), the bank's charge or wrong (:data:`_IS`, :data:`WRONG_AT`), surely (no doubt
    after it: unsure_words.UNSURE)? Where they do, the end of the clause saying it, else None."""
    figure = REST_FIGURE.match(text, at)
    end = figure.end() if figure else at
    clauses = CLAUSE.split(text[end:])
    reach = 2
    for place, clause in enumerate(clauses[:3]):
        if place >= reach:
            break
        if place and FOUND_ALONE.fullmatch(clause) and place + 1 < len(clauses):
            reach += 1  # 经核对，是另一单的: the saying in the next clause
            continue
        start = end + sum(len(c) + 1 for c in clauses[:place])
        if in_question(text, start + len(clause) - 1 if clause else start) or UNSURE.search(
                clause) or any(_doubts_it(later) for later in clauses[place + 1:]) or re.search(
                HEDGE, clause) or theirs_said(clauses, place):
            continue  # 是另一单的，待核实; "belongs to another order probably": a guess
        if (confirmed := _confirmed(text, clauses, place, start, number)) is not None:
            return confirmed
        said = _IS.match(clause)
        if said and said["same"] and figure and figure_amount(said["same"]) != figure_amount(
                figure["figure"]):
            said = None  # 那笔1000是上一单的: another figure's
        wrong = WRONG_AT.match(clause)
        if said and (another_said(what := said["what"], number) or names_charge(what) and not any(
                TO_PAY.search(c) or NOT_COME.search(c) or still_owed(c)
                for c in (what, *clauses[place + 1:]))) and not WRONG_IN.search(
                what) or wrong and not names_other(wrong.group()) or _OTHERS_EN.match(clause) or (
                    _WRONG_EN.fullmatch(clause) or (on := _ON_ORDER_EN.fullmatch(clause))
                    and (on["no"] is None or others_number(on["no"], number))):
            return start + len(clause)
    return None


# ... or the buyer's saying it another's (客户说是另一单的) the firm's finding confirms in the
# clause right after (财务核实是 / 经核对属实 / 财务确认是的 / 我们核对后确实是): the firm's word
# — read as his claim alone, 2,000, 72 days, black where the 7,000 came (rv67i, fix68d); 财务核实
# 不是 / 待财务核实 / 财务核实是吗？ leave it his
_THEIR_CLAIM = re.compile(rf"\s*(?:{BUYER}|他们?|{HIS_SIDE})(?:那边|方面)?(?:也|一直)?"
                          r"(?:坚持)?(?:说|称|表示|反馈|告知|回复|声明|认为|坚持)\s*[:：]?")
_CONFIRMED = re.compile(rf"\s*(?:{FOUND})\s*(?:确实|的确)?\s*(?:是的?|属实|无误|没错|是对的"
                        r"|对的?|如此)\s*")


def _confirmed(text: str, clauses: list[str], place: int, start: int, number: object
               ) -> int | None:
    """Does `clauses[place]` (starting at `start` of `text`) say the buyer said the rest is
    another order's, the firm's finding confirming it in the next clause, not asked? Where it
    does, the end of that finding, else None."""
    claim = _THEIR_CLAIM.match(clauses[place])
    said = claim and _IS.match(clauses[place], claim.end())
    if not said or place + 1 >= len(clauses) or not another_said(said["what"], number):
        return None
    end = start + len(clauses[place]) + 1 + len(clauses[place + 1])
    found = _CONFIRMED.fullmatch(clauses[place + 1])
    return end if found and not in_question(text, end - 1) and not (
        end < len(text) and text[end] in "?？") else None


# ... nor withdrawn later in the note (经核对是另一单的，后来发现不是 / 又查了不是; …，已撤回:
# :data:`_WRONG` anywhere after it, not of another thing, 发票写错了): read as disowned, 2,000, 72
# days, black was cleared (rv67c, fix67f) — a 不是 withdraws only in a clause naming nothing else
# (…，不是 / 后来发现不是 / 又查了不是; not 发票号不是, 金额不是, 付款人不是, 客户名不是: another
# thing not matching, read as withdrawn, 2,000, 72 days, black where nothing is owed, rv67i b2)
# ... a time and 又 both before it (后来又查了不是: read as one or the other, withdrawn nowhere,
# 2,000, 72 days, black cleared where the firm's finding or check had said it another's,
# rv68d A5)
_NOT_AFTER_ALL = re.compile(r"\s*(?:但|可|不过)?(?:后来|之后|然后|最后)?\s*(?:又|再)?\s*"
                            rf"(?:{FIRM_SAYS})?"
                            r"\s*(?:经?(?:发现|查|核对|核实|查实|查明|确认|问)(?:了|过)?(?:后|之后)?)?\s*"
                            r"(?:其实|实际上?)?\s*(?:不是|并非)的?\s*")


def theirs_said(clauses: list[str], place: int) -> bool:
    """Is the saying in `clauses[place]` (after a rest's figure) the buyer's: he speaks in a
    clause between (还差2000客户说，经核对是另一单的: paid_said.speaks_on) or is named its
    speaker in a clause of its own after it (…，客户说的; （客户说）: paid_said.said_by_them),
    or is it withdrawn in any later clause (:data:`_NOT_AFTER_ALL`, :data:`_WRONG`)? His word
    the firm's finding follows (是另一单的（客户说），财务已核实: :data:`FOUND` alone) is the
    firm's: read as his, 2,000, 72 days, black stood where the firm checked it (rv67i b2)."""
    after = clauses[place + 1:]
    return any(speaks_on(clause) for clause in clauses[:place]) or any(
        said_by_them(later) and not any(FOUND_ALONE.fullmatch(then) for then in after[at + 1:])
        or _NOT_AFTER_ALL.fullmatch(later)
        or WRONG_IN.search(later) and not names_other(later) for at, later in enumerate(after))


def figure_amount(figure: str) -> float:
    return float(re.sub(r"[^\d.]", "", figure) or 0)


# a rest's words before a figure (还差2000, 余款2000未付, balance USD2000 unpaid, still owes
# 2000): the one a note's denial may be of (its unpaid, disowned, read as the row's: 7,000, 72
# days, black)
_REST_WORDS = re.compile(rf"(?:{REST_OWED}|{REST_OWED_EN}"
                         r"|(?:余|剩)(?:款|额|下的?)?\s*:?\s*"
                         rf"|(?<![a-z])(?:balance|rest|remaining)(?: of)?\s*:?\s*)(?={FIGURES})")


# a rest of nothing (尚欠0, 尚欠：0, 尚欠 0.00, 尚欠USD0, 未付0, 尚欠为零, 尚欠无,
# outstanding: 0): no money owed, cut as a rest disowned; read as a denial of the row, a balance
# paid in full stood 7,000, 72 days, black on a register, a later file and a 品名 收款 tab alike
# (rv68h #1, fix68o); 零 / 无 / none alone before the clause's end (尚欠零头200, 尚欠无票货款2000
# sums owed: read as nothing, bad payers were cleared, rv68m #1–3)
_NOTHING_LEFT = re.compile(
    rf"(?:{REST_OWED}|{REST_OWED_EN}|(?:未付|欠款|余款)(?:金额|款项?)?\s*:?\s*"
    r"|(?<![a-z])(?:outstanding|unpaid|balance|amount due)\s*:?\s*)(?:为|是)?\s*"
    r"(?:usd|us\$|\$|美元|rmb|人民币|¥)?\s*(?:0+(?:\.0+)?(?![\d.,])|(?:零|无|nil|none)(?=\s*(?:元|美元"
    r"|usd(?![a-z])|[，,。；;！!？?）)]|$)))\s*(?:元|美元|usd(?![a-z]))?")


def without_disowned(text: str, number: object = None) -> str:
    """A folded note without each rest that is not this order's owed money as part_said reads
    it (:func:`this_rest`: denied, once owed, another order's, asked and answered no, said
    another's, the bank's charge or wrong after it) and the words saying so (余款2000未付是另
    一单的, 余款2000未付的说法不对, 尚欠2000吗？我们说不差, 没有尚欠2000): its 未付 or 尚欠 no
    denial nor plan of this row's money (core.ledger.payment_row_money.planned). Read as one,
    paid balances were 7,000 owed, 72 days, black (fix66a). Its figures read one way
    (noted_figures.plain_figures), as part_said reads them: "balance usd2000 unpaid, paid
    2,000" split at its thousands comma kept the rest, 7,000, 72 days, black where it came
    (fix68g); the note as it was where nothing is cut."""
    whole, text = text, plain_figures(text)
    cuts = [found.span() for found in _NOTHING_LEFT.finditer(text)]
    for rest in _REST_WORDS.finditer(text):
        at = rest.end()
        if any(start <= rest.start() < end for start, end in cuts) or this_rest(
                text, rest.start(), at, number, doubt=True):
            continue
        end = _disowned(text, at, number)
        if end is None:
            end = _answered_no(text, at, number)
        cuts.append((rest.start(), clause_bounds(text, at, at)[1] if end is None else end))
    if not cuts:
        return whole
    kept, at = [], 0
    for start, end in sorted(cuts):
        kept.append(text[at:max(start, at)])
        at = max(at, end)
    return "".join(kept) + text[at:]


def _owed_again(text: str, at: int) -> bool:
    """Does a clause after a rest once owed say it owed still (原尚欠2000，仍未付, 现仍欠) or the
    buyer drags it or is silent (:data:`_DRAGGED`)?"""
    return any(still_owed(clause) or REST_AGAIN.search(clause) or _DRAGGED.search(clause)
               for clause in CLAUSE.split(text[at:])[1:])


def no_sum(text: str, at: int, number: object = None) -> bool:
    """Is the figure at `at` of `text` no sum a deduction's note writes: a rest owed
    (:func:`rest_owed`), or a piece of the day a rest named before it came on (尚欠2000，5/10到账:
    rest_came.came_on)?"""
    return rest_owed(text, at, number) or came_on(text, at) and bool(
        REST_AGAIN.search(text, 0, at))


def _heads(lead: str, number: object) -> bool:
    """Is the part before a deduction (`lead`) only another number than its order's `number`
    (X99-1扣除运费后尚欠2000: that order's freight and rest), not its own in any spelling
    (PI2025-700 under 2025-700: its digits)?"""
    head = lead.strip(" :：的")
    if number in (None, "") or not REFERENCE.fullmatch(head) or not any(map(str.isdigit, head)):
        return False
    digits = {re.sub(r"\D", "", own) for own in sale_numbers(str(number), None)}
    return re.sub(r"\D", "", loose_number(head)) not in digits


# a rest after a deduction taken (扣除运费后尚欠2000) is another's where the deduction is of
# another order (X99-1扣除运费后尚欠2000, 另一单扣除运费后尚欠2000: that order's freight and rest),
# and no rest where its figure is said a fee (扣除运费后尚欠2000是佣金: the deduction's sum); read
# as the buyer's rest, 2,000, 72 days, black where nothing is owed, on the order's tab and typed
# in a later file alike (rv67f s3, fix67j)
_TAKEN_WORD = re.compile(r"扣|抵")
_FEE_SAID = re.compile(rf"{FEES}|{COMMISSION}")


def _taken_else(before: str, text: str, at: int, number: object) -> bool:
    """Is a rest (its figure at `at`) after a deduction in its clause (`before`) another
    order's deduction's, or its figure said a fee (:data:`_FEE_SAID`)?"""
    took = _TAKEN_WORD.search(before)
    if took is None:
        return False
    lead, figure = before[:took.start()], REST_FIGURE.match(text, at)
    said = _IS.match(text, figure.end()) if figure is not None else None
    return rest_of_another(lead) or _heads(lead, number) or (
        said is not None and _FEE_SAID.search(said["what"]) is not None)
