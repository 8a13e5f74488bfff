"""Whether a payment row's note says its money is planned, owed or put off, not come.

The plan words (预计, 计划, 承诺, 答应, 尚欠, 催款, the unpaid words of a status) and the chase a
note says ended are read here for core.ledger.payment_row_money (a balance row received read as
not received yet) and for the readers asking whether a clause puts its money off to another
time (:func:`paid_later`: an agent's own invoice, a deposit paid later, papers named). Kept
apart from core.ledger.payment_row_money, whose length it was; what a plan is *of* (this
order's money, a fee, another order's) is core.ledger.plan_of's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from core.ledger.balance_words import LATER
from core.ledger.buyer_word import BUYER, OUR_PAYEES, TOLD_PAID, TOLD_PAYS, TOLD_SOON, firm_gives
from core.ledger.came_words import (
    ANSWERED,
    CHASE_OFF,
    CHASE_PAUSED,
    CHASE_STOPPED,
    CLAUSE,
    SLIP,
    clause_bounds,
)
from core.ledger.deposit_paid import UNPAID
from core.ledger.normalise import fold
from core.ledger.noted_orders import Known
from core.ledger.owed_said import RELEASES, else_before, still_owed
from core.ledger.part_of import goods_before, goods_owed
from core.ledger.part_said import others_rest
from core.ledger.part_words import FRACTION, SHARE_OF
from core.ledger.payment_kinds import kinds
from core.ledger.plan_of import plans_else
from core.ledger.rest_came import came_later
from core.ledger.shipped_words import FEARED_ZH, NOT_EN, NOT_ZH

# the firm waiting for the buyer's money (等客户付款, 等客户付尾款, 在等客户汇款, 等待客户回款,
# 等款, 等客户把钱打过来, "awaiting payment"): not in, as a plan's is — read as nothing said,
# balances received were paid where 7,000 is owed, 72 days, black (rv65c s1, fix66f); not the
# wait over or never waited (等了很久终于到了, 不用等, 没等), the buyer's condition (等客户确认后
# 已收, 等货到后付: the plan rules'), a supplier paid where no buyer is named (等工厂付款, 等付
# 工厂: buyer_word.OUR_PAYEES; 等客户付工厂的钱 is his), 等 as "and so on" (运费等款项) or of a
# grade (同等, 相等); a fee or another order's money waited for is plan_of's (等客户付运费,
# 等客户付款的是另一单). Nor were its other words (rv66d, fix67c): his side arranging or paying
# through its own people (等客户安排付款, 等客户那边付款, 等客户财务付款), 待 before him (待客户
# 付款), a transfer, a settling or a wire (等客户转账, 等客户结款, 等客户电汇), the money's coming
# or our collecting waited for (等到账, 尾款等到账, 等收款: not 等到账了, the wait ended), his
# paying under way (客户付款中, 客户正在转账中) and English "waiting on / for payment", "waiting
# for the customer to pay": each read paid, 7,000, 72 days, black → 0
_PAID_IN = (r"(?=(?:付|汇|回|打)款?|(?:转|结)[款账]|电汇|到账(?![了啦])|[款钱](?!项))")
# ... or our collecting, waited for with no buyer named (等收款), not the payee's details
# (等收款人信息, 等收款账户确认, 等收款水单: read as the money awaited, 7,000, 72 days, black,
# rv67f)
_COLLECT = r"(?=收款(?!人|[账帐]户|[账帐]号|信息|方式|银行|水单|凭证|截图))"
# ... 中 "in" what he paid, not "under way" (客户付款中含运费200, 客户付款中扣了手续费,
# 客户付款中有200是运费, 客户转账中包含运费: what the money held, come; read as a wait, 7,000,
# 72 days, black, rv67f)
_IN_IT = r"\s*(?:已经?)?(?:含|扣|有|包括|包含|除|减)"
_HIS_SIDE = r"(?:那边|方|财务|公司)?(?:安排)?"  # 等客户那边付款, 等客户财务安排付款
_WAITS = (r"(?P<wait>(?:(?<![不没别甭同相平对均])(?<!不用)(?<!无需)(?<!不必)等(?:待|着)?"
          rf"|(?<![对接招期])待(?={BUYER}))"
          rf"(?:{BUYER}{_HIS_SIDE}把?的?{_PAID_IN}"
          rf"|把?的?(?:{_PAID_IN}|{_COLLECT})(?![^,，;；。]{{0,4}}?(?:{OUR_PAYEES})))"
          rf"|{BUYER}{_HIS_SIDE}(?:正在|在)?(?:付|汇|打|转)(?:款|账)中(?![国文])(?!{_IN_IT})"
          r"|(?<![a-z])(?:waiting (?:for|on)|awaiting) (?:the )?"
          r"(?:(?:customer|buyer|client)(?:'s)? )?(?:(?:deposit|balance) )?"  # its kind named
          r"(?:payment|remittance|money|funds|balance)(?![a-z])"
          r"|(?<![a-z])waiting (?:for|on) (?:the )?(?:customer|buyer|client) to "
          r"(?:pay|remit|transfer|wire)(?![a-z]))")
# ... nor a wait denied in its clause before it (没有等客户付款就放单了,
# 未等客户付款就发货, 不需要等客户付款, 并没有等, "no longer awaiting payment",
# "not waiting for payment": shipped_words' denial words), someone else
# waiting (供应商在等付款, 工厂等付款, 客户等付款通知), a month's wait gone by
# (3月一直在等客户付款, 等客户付款等了一个月), the firm's way of selling
# (等客户付款后才放单, 等款到发货, on the deposit row 等客户付款后安排生产;
# 款到发货 says no wait at all) or 等 "and so on" (T/T等付款方式均可): read as
# not in, paid balances were 7,000, 72 days, black (rv66d); nor one feared or ended
# (担心要等客户付款, 终于等到账: fix67c)
_WAIT_DENIED = re.compile(rf"(?:{NOT_ZH}|{FEARED_ZH}(?:要|会)?|不需要?|并没|终于"
                          rf"|(?<![a-z])no longer\s+|{NOT_EN})$")
# ... nor one denied, over or gone by (没在等, 没有在等, 不再等, 曾等: read as waiting, 7,000, 72
# days, black where paid, rv67b s5, fix67g) where the rest of the note says the money came, as a
# chase stopped is read (:func:`_chase_ended`): the firm gave the wait up for an insurer, a
# lawyer or a buyer gone (不再等客户付款，已报信保 / ，转法务 / ，已起诉; 没在等客户付款，客户失联;
# 曾等客户付款，后来客户失联) — read paid, 7,000, 72 days, black → nothing (rv67i d1). A wait given
# up says nothing of the money alone (不再等客户付款: owed); one denied or gone by does (没在等客户
# 付款, 曾等客户付款: paid)
_WAIT_OVER = re.compile(r"(?P<stop>不再)$|(?:曾经?|(?:没有?|并没)有?在)$")
# ... nor one the next clause denies or drops, alone or before the money come (等客户付款？没有;
# 等客户付款，没有的事; 等客户付款，不用了已收: the same, rv67b s5); not a clause denying the
# money's coming (等客户付款，没有收到; 等客户付款，不是已付: waited for, owed), nor a bare 没有
# after a comma (等客户付款，没有: none came; asked, 等客户付款？没有, it answers no)
_WAIT_UNSAID = re.compile(r"\s*(?:[?？]\s*(?:没有|不是)|[,，;；。?？!！]\s*(?:没有的事|没有这回事"
                          r"|没这回事|(?:不用|不需要|不必)了?\s*(?:已经?(?:收|到|付)[^,，;；。?？!！]*)?))"
                          r"\s*(?=[,，;；。?？!！]|$)")
# ... nor a slip awaited where the money is typed received (等客户转账截图, 等客户转账水单, 等客户
# 结款单, 等客户付款凭证, "waiting on payment slip": the proof, not the money; read as the money,
# 7,000, 72 days, black → 0, the lead's call on rv67f; a wait with a day, 等到账 5/10, stays)
_SLIP = (rf"{SLIP}|截图|凭证|回单|底单|款单|账单"  # came_words.SLIP, a paid row's slip
         r"|(?<![a-z])(?:slips?|receipts?|advice|proof|screenshots?|copy)(?![a-z])")
_WAITER = re.compile(rf"(?:{OUR_PAYEES}|{BUYER})(?:那边)?(?:也|还|仍|一直)?在?$"
                     r"|\d{1,2}\s*月[^,，;；。]*$")
# ... nor a wait a checklist ticks done (待客户付款（已完成）, 待客户付款：已完成, 待客户付款✓,
# 待客户付款 OK, 待客户付款-done; not 等客户付款完成, the wait for it, nor 待客户付款 ok吗): read
# as a wait, 7,000, 72 days, black where paid (rv67f s6, fix67j)
_TICKED = (r"\s*(?:[（(:：\-—]\s*(?:已经?)?(?:完成|ok|done|搞定|已办)|[✓√✔☑]"
           r"|\s(?:ok|done)(?![a-z吗?？]))")
_WAIT_ELSE = re.compile(rf"[^,，;；。]{{0,6}}?(?:通知|方式|{_SLIP})"
                        rf"|[^,，;；。]{{0,6}}?(?:{_TICKED})"
                        r"|[^,，;；。]*?等了"
                        rf"|[^,，;；。]*?(?:后|到)[^,，;；。]*?(?:{RELEASES})")
# a payment planned, promised or waited for, not received; not 约定 (按约定付定金: the agreed
# deposit, paid), 到期 or 说 (说明), which a paid row's note may say too
PLAN = re.compile(UNPAID.pattern + "|预计|计划|预期|承诺|答应|(?P<rest>尚欠)|催款"
                  f"|{_WAITS}|(?<![a-z])planned(?![a-z])")
# a part of the money (收到50%，余款未到: the rest did not come), not a payment's own share
# (收到30%定金)
PART = re.compile(rf"\s*{FRACTION}(?!\s*的?(?:{SHARE_OF}|款))|部分")  # part_said's shares
# a part of the money said anywhere in a clause (付了一半, 部分到账, 到了60%), not 100% nor a
# payment's share (尾款70%已到, 30%定金: :data:`PART`)
_SHORT = re.compile(rf"(?<![\d.\s])(?<!{SHARE_OF}){PART.pattern}")


def all_came(clauses: Iterable[str], also: Callable[[str], bool] = lambda clause: False,
             another: Callable[[str], bool] | None = None) -> bool:
    """Does each clause say the money came (付了, 已到账, 到了吗？到了: TOLD_PAID, came_words.
    ANSWERED) in full, or what `also` allows (a chase over, beside a plan's day)? The rest of a
    note beside a chase ended must: 停止催款，转法务 / 客户破产 / 客户拒付 gave the chase up, and
    客户说4月10日付，不用催了，转法务 or …之前催了好几次，客户拒付 read paid, 7,000 black → 0 (rv58a
    s220; rv58c s232 E04, s232b U08–U10), and so did …终于付了一半, …只到一半, …还差2000 (s232
    E00–E02: 3,500, 3,500, 2,000 owed: core.ledger.part_said). With `another` (a clause of
    another payment of the order), only whether none of those says its money came: 已付定金 is
    the deposit's, not the balance's (s232 E03, E08: 7,000, 72 days, black, read paid)."""
    if another is not None:
        return not any(another(clause) and TOLD_PAID.search(clause) for clause in clauses)
    return all(not _SHORT.search(clause) and (
        also(clause) or TOLD_PAID.search(clause) or ANSWERED.match(clause))
        for clause in clauses if clause.strip())


def plan_said(text: str, another: Callable[[str], bool] = lambda clause: False,
              number: object = None, known: Known = frozenset, first: bool = False) -> bool:
    """Does a folded cell say a plan, or that money is not in (:data:`PLAN`), not of a paper
    named right before (发票未收: owed_said.else_before)? Not a rest said paid after it (尚欠2000
    已于4/25付清: rest_came.came_later; read as a plan, paid balances were 7,000, 72 days, black,
    rv58d s240 B3), a rest of goods, a fee or papers (样品费尚欠2000: part_of.goods_before, rv64d
    s4a) or of another order (新订单尚欠2000: part_said.others_rest), nor a plan of other money
    than its order's `number` (客户答应下周付运费: plans_else). `first`: the row is its order's
    deposit with a payment row after it, where a wait naming no payment (等客户付款) is of the
    money to come after it, the balance: read as the deposit's, 3,000 received on 03-02 beside
    a balance paid was 3,000 owed, 72 days, black (rv66d s2, fix67c)."""
    return any(not else_before(text, plan.start()) and not _chase_ended(text, plan, another)
               and not (plan["rest"] and (came_later(text, plan.end())
                                          or others_rest(text, plan.start(), number, known)
                                          or goods_before(text, plan.start())
                                          and not goods_owed(text, plan.start())))
               and not firm_gives(
                   text, plan.start())  # 答应客户下周给: the firm's promise (buyer_word)
               and not (plan["rest"] and _firms_debt(text, plan))
               and not (plan["wait"] and (_no_wait(text, plan, another) or first and not _its_own(
                   text[slice(*clause_bounds(text, plan.start(), plan.end()))])))
               and not plans_else(text[slice(*clause_bounds(text, plan.start(), plan.end()))],
                                  number, known)
               for plan in PLAN.finditer(text))


# a rest the firm owes the buyer, the buyer its object (我司尚欠客户2000, 尚欠客户2000件货) or the
# firm its subject: no money of his not in; read as a denial, a balance paid in full stood 7,000,
# 72 days, black on a register, a later file and a 品名 收款 tab (rv68h #1b, fix68o)
# ... not his own money named after him (尚欠客户尾款2000, 尚欠客户货款2000: his debt; read as
# the firm's, a bad payer was cleared, rv68m #4)
_TO_HIM = re.compile(rf"\s*(?:{BUYER})(?!\s*的?\s*(?:尾款|货款|余款|定金|款))")
_FIRM_BEFORE = re.compile(r"(?:我司|我方|我们|本公司)\s*$")


def _firms_debt(text: str, rest: re.Match[str]) -> bool:
    return bool(_TO_HIM.match(text, rest.end()) or _FIRM_BEFORE.search(text, 0, rest.start()))


# ... but the deposit row's own money named by its share, its figure or "this one"
# (等客户付30%, 等客户付3000, 这笔等客户付款, 本笔等到账), as by its kind (等客户付定金): the
# deposit awaited; read as the balance's, 3,000 received beside the balance paid was 3,000,
# 72 days, black → 0 (rv67f s2, fix67j)
_OWN_NAMED = re.compile(rf"(?:这|此|本)笔|{FRACTION}|(?<![\d/.-])\d{{3,}}(?![\d/.-])")


def _its_own(clause: str) -> bool:
    """Does a deposit row's clause name a payment (kinds) or its own money (:data:`_OWN_NAMED`)?"""
    return bool(kinds(clause)) or _OWN_NAMED.search(clause) is not None


def _no_wait(text: str, wait: re.Match[str],
             another: Callable[[str], bool] = lambda clause: False) -> bool:
    """Is the firm's wait at `wait` denied, someone else's, gone by, its way of selling or 等
    "and so on" (:data:`_WAIT_DENIED`, :data:`_WAITER`, :data:`_WAIT_ELSE`), or denied by the
    clause after it (:data:`_WAIT_UNSAID`)?"""
    start, end = clause_bounds(text, wait.start(), wait.end())
    before = text[start:wait.start()]
    return bool(_WAIT_DENIED.search(before) or _WAITER.search(before)
                or _WAIT_ELSE.match(text, wait.end()) or _WAIT_UNSAID.match(text, end)
                or _wait_over(text, start, end, _WAIT_OVER.search(before), another))


def _wait_over(text: str, start: int, end: int, over: re.Match[str] | None,
               another: Callable[[str], bool]) -> bool:
    """Is a wait over (:data:`_WAIT_OVER`) with the rest of the note saying the money came
    (:func:`all_came`, none of it another payment's: `another`; a wait given up, 不再等, only
    with such a rest), as a chase stopped is read (:func:`_chase_ended`)?"""
    rest = [clause for clause in CLAUSE.split(text[:start] + text[end:]) if clause.strip()]
    return over is not None and not (over["stop"] and not rest) and all_came(rest) and (
        all_came(rest, another=another))


def waited(text: str, at: int) -> bool:
    """Is the came word at `at` (到账) what a wait right before it waits for (等到账, 尾款等到账,
    等客户到账; not 终于等到账, 没等到账: :func:`_no_wait`)? Read as the money come, balances
    noted so were paid where 7,000 is owed, 72 days, black (rv66d, fix67c)."""
    return any(plan["wait"] and plan.end() == at and not _no_wait(text, plan)
               for plan in PLAN.finditer(text, 0, at + 2))


def _chase_ended(text: str, plan: re.Match[str], another: Callable[[str], bool]) -> bool:
    """Is the plan word a chase its clause says ended (催款成功, 催款完毕, 停止催款, 不需要催款了:
    came_words.CHASE_OFF)? Said alone on a balance row received, it read owed: 7,000, 72
    days, black (rv57c s212; fix57g had mended it only after a forecast day). A chase stopped
    (停止催款, 催款结束) is ended so only alone, or beside the money come (停止催款，款已到):
    stopped for a refusal, a lawyer or an insurer (停止催款，转法务; 已停止催款，客户拒付;
    停止催款，客户破产), or paused (暂时停止催款), the balance is owed — the reader's 132 read
    ten such rows paid, 7,000, 72 days, black → 0 (rv58a s220, s226)."""
    if plan.group() != "催款":
        return False
    left, right = clause_bounds(text, plan.start(), plan.end())
    off = CHASE_OFF.search(text, left, right)
    if off is None or not CHASE_STOPPED.fullmatch(off.group()):
        return off is not None
    rest = CLAUSE.split(text[:left] + text[right:])
    return CHASE_PAUSED.search(text, left, off.start()) is None and all_came(rest) and (
        all_came(rest, another=another))





# a time to come before a payment's verb: the buyer's soon (下月, 月底, "will be") and another
# time (下次付, 再付, 另付: balance_words.LATER; fix56d, rv56a s123a/d, rv56d s143 d4: an agent's
# note putting his own invoice off)
_LATER = re.compile(TOLD_SOON.pattern + "|" + LATER)


def paid_later(clause: str) -> bool:
    """Does a clause put its money off to another time (INV-H1款下月付, INV-H1下次付, 再付, 未付,
    预计…): the invoice it names is not what this money pays? A clause saying it was paid
    (已付) is not."""
    text = fold(clause)
    if still_owed(text) or plan_said(text):
        return True
    pays = TOLD_PAYS.search(text)
    return pays is not None and not TOLD_PAID.search(text) and _LATER.search(
        text, 0, pays.start()) is not None
