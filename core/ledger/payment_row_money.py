"""What a payment row's own cells say of its 收款: not received yet, or in another currency.

A payment row under an order (core.ledger.order_payments: 品名 定金30%, 尾款70%, its order
cells blank) whose 收款 is filled is read as that order's receipt. Its other cells may say
the figure is none (rv53c, against acct53a):

- **asked, not received**: 备注 待收, 未收, 应收定金, 余款未收, 计划 见提单付, or its status
  cell 未付 (:func:`planned`: core.ledger.owed_said.still_owed, the words a 定金 / 尾款
  figure is read as asked by, core.ledger.deposit_paid.UNPAID, and a plan's: 预计, 计划, 预期,
  承诺, 答应; the buyer's word of a payment to come: 客户说下月付款 7月10日到账, acct55a); a cell
  naming only another payment of the order (尾款未收 on the deposit's row, 二期款已到账 on the 尾款
  row of an order with a 二期款 row) says nothing of this one (payment_kinds.of_another). Read
  as a receipt, Cedar's 10,000 order was 0 open and off the confirm list; nothing had come.
  Such a row is a note of what is asked, as a payment row with no 收款 is;
- **another currency**: 收款 21,300 noted 人民币 RMB21300 under a 10,000 USD order was 21,300
  USD received, 11,300 credit where about 7,000 is open. A note naming the row's figure in a
  currency (:func:`noted_currency`) is that figure's currency, as the figure's own text would
  be (RMB21300 in the 收款 cell: read in CNY, the report says so).
An undated 收款 beside dated ones, and one above the whole order, are read as notes by the
rules of core.ledger.payment_row_notes, which ask :func:`came_undated` here. One rule for the
import and the reference import (tests/reference_import).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from core.ledger.balance_words import DEFERS
from core.ledger.buyer_word import (
    SOON_TIME,
    TOLD_PAID,
    given_later,
    other_money,
    put_off,
    told,
)
from core.ledger.came_qualified import taken_back
from core.ledger.came_words import (
    ANSWERED,
    ARRIVED,
    CHASE_OFF,
    CHASED,
    CLAUSE,
    EARLIER_ORDER,
    FIGURE_START,
    GOT,
    ONCE,
    QUESTION,
    SLIP,
    THIS_ORDER,
    day_past,
    one_spelling,
)
from core.ledger.deduction_rest import WRONG_AT, without_disowned
from core.ledger.money_on_way import on_its_way
from core.ledger.normalise import fold
from core.ledger.noted_orders import Known, own_number
from core.ledger.others_money import others_came, others_only, split_after_others
from core.ledger.owed_said import else_before, firms_bill, still_owed
from core.ledger.part_of import goods_before, names_money, other_before
from core.ledger.payment_kinds import DEPOSIT, kinds, of_another
from core.ledger.plan_said import PART, PLAN, all_came, plan_said, waited
from core.ledger.shipped_words import NOT_ZH

# a cell saying the money came (定金已收，尾款预计4月付; 按计划到账; 催款后已付; 客户承诺的定金
# 已到账): its plan words are of another payment, or of the past (rv53e: paid rows read as
# plans, five buyers paid in full black at 72 days). A word counts in its own clause only
# (:data:`CLAUSE`), and only where nothing before it there denies or defers it
# (:data:`_DENIED`, :data:`_DEFERRED`): 未到账, 没有收到, 尚未全部到账, "not received yet",
# "to be received"; a plan (预计5月底到账, 计划6月到账, 客户承诺下周到账, not 按计划到账,
# nor where the word says it came: 承诺的定金已到账);
# hearsay (客户说已付: what the buyer says, not what came); nor in a clause naming a remittance
# copy (收到客户水单: a slip, no money) or another payment of the order than the row's (已收定金 on
# a 尾款 row). Read as came, seven balance rows of 7,000 each whose notes said the money had
# not come were paid (rv54a: 49,000 USD of debt hidden, seven buyers black at 72 days off it).
# Goods received (客户反馈已收到货，月底付清余款) are no money (rv55f s71), 货款 is; nor a port
# reached (尾款还没有，已到港: the ship's, 7,000, 72 days, black read paid, fix60d), nor a due
# date (货款已到期客户还没给代理: 7,000 owed, 72 days, black read paid, fix62e s530 B11). The bank's
# booking is the money come (尾款还没到，客户说已付，银行已入账: 7,000 paid read owed, 72 days,
# black, rv61b s422 E3), not its fee or figure (入账手续费, 入账金额待确认)
# ... and 收妥, 收讫 and a day's 收 closing its clause (待客户付款，4/20收; 等收款，4/20收妥: read
# as the wait alone, 7,000, 72 days, black where paid, rv67f s6, fix67j; a later day deferred)
_WORDS = (r"已收(?!到?货(?!款))|到账|入账(?![手费金时日额])|已付|收到(?!货(?!款))|已到(?!港|期)"
          r"|收妥|收讫|(?<=[0-9日号])收(?=\s*$)"
          rf"|已结清|{GOT}{FIGURE_START}|(?<![a-z])(?:received|paid in full)(?![a-z])")
# ... and 到了 (钱到了), not asked (船到了吗) nor with the money still out after it (工厂货款到了，
# 尾款还没付: :func:`_undone`; read as come, 7,000 black read paid, fix65k)
_CAME, _ARRIVED = re.compile(rf"{_WORDS}|{ARRIVED}"), re.compile(ARRIVED)
_MONEY_COME = re.compile(_WORDS + r"|[钱款][^,，;；。]{0,4}?到")
_DENIED = re.compile(r"[未没不待](?![开发税明含])[^未没不待]{0,3}$|说(?!明)"
                     r"|(?<![a-z])(?:not|never|to be|yet to|says?|said)(?![a-z])")
_DEFERRED = re.compile(r"预计|(?<!按)计划|预期|承诺|答应|(?<![a-z])(?:expected|will)(?![a-z])")
# ... and a time to come right before it (下周到账, 月底到账: rv56a s120 T12,
# 客户说财务已安排，下周到账 read paid, 7,000 owed hidden); not a plan's own time before a
# day (客户答应下月付 4月20日到账)
_SOON_BEFORE = re.compile(rf"(?:{SOON_TIME})\s*$"
                          r"|(?<![a-z])next (?:week|month)\s*$")
# a plan word defers only the money it governs: 已, 按时 or 实际 after it ends its reach
# (计划4月付 已按时到账), and so does a day after a space where the plan was the first one (原计划
# 5月付 4月20日到账: rv54c R5, paid rows read as plans, 7,000 open, black); a plan naming its
# day stays a plan (预计付款 5月30日到账, 计划收款 5月到账: rv54e, read as paid, five debtors
# hidden)
_PLAN_ENDS = re.compile(r"已|按时|实际|实收|结果|最终")
# A first plan whose day stands right after it (原计划4月20日到账 on a row of 04-22) stays a plan:
# 原 says the plan changed, and nothing says the money came on that day (rv56c s133 C08, kept
# 7,000 owed); 预计付款 4月20日到账 is a forecast whose day has passed (:func:`_deferred`)
_WAS_PLAN = re.compile(rf"(?:{ONCE})$")
_DAY_AFTER = re.compile(r"[付收汇款]\S*\s+(?=\d{1,2}月\d{1,2}[日号]|\d{4}[-/.]\d"
                        r"|\d{1,2}[-/.]\d{1,2})")
# ... and so does a day after the plan's own clause (its 付 or 收款) that is the row's own date
# received, right before the money word (客户答应4月底付 4月20日到账, 预计5月付 4月20日提前到账,
# 客户承诺月底付 2025-04-20收到 on a row received 04-20: the day the money came; rv55a s01, four
# paid buyers 7,000 open, 72 days, black). A plan word governing the day itself (计划4月20日到账)
# is a plan, and so is a first plan's day later than the row's date (原本计划付款 7月15日到账 on
# a row received 04-20). A deferral after it (客户推迟, 延期) undoes the day.
_OWN_DAY = re.compile(r"[付收汇款][^\s\d]{0,2}\s*(?:(?P<year>\d{4})[-/.年])?(?P<month>\d{1,2})"
                      r"(?:月|[-/.])(?P<day>\d{1,2})[日号]?(?:提前|已经?|才|就)?\s*$")
# The plan's clause is the plan's only where it names its own time (答应4月底付, 预计5月付, 承诺月底
# 付, 下周付); a plan naming none (预计付款 4月20日到账) governs the day after it, a forecast typed
# into the received columns (rv55d s45 M15: 7,000, 72 days, black → 0, paid)
_PLAN_TIME = re.compile(r"\d|[一二三四五六七八九十]+月|[底初中旬]|[上下本这]个?[周月旬]"
                        r"|周[一二三四五六日末]|年内|明天|后天|近期|尽快")
# a deferral of the money: not of the ship or the next order (延期发货, 推迟了下批订单: rv55f s73)
# unless it names the money too (延后发货及付款, 推迟发货及尾款: rv55i s106, owed rows read paid)
_BOTH = r"(?:发货|出货|装运|交货)[及和与跟、]"
_DEFER = rf"{DEFERS}(?!了?(?:发货|出货|装运|交货|下[批单个]|订单))"
_UNDONE = re.compile(rf"{_DEFER}"
                     r"|(?<![a-z])(?:postponed|delayed)(?![a-z])")
# ... in the money word's own clause; in another only where the payment or its payer defers
# (客户推迟, 付款延期, 推迟付款, "payment postponed"), not the next order or the ship (下批订单延期,
# 船期推迟: rv55d s45 M03/M04, paid rows 7,000, 72 days, black)
_PAYER_UNDONE = re.compile(
    r"(?:客户|买家|买方|客人|对方|付款|汇款|货款|尾款|余款|收款|款项?)(?:又|再次?|已经?|要求|也|都)?"
    rf"{_DEFER}|{DEFERS}了?(?:{_BOTH})?(?:付款|付|汇款|支付|到账|尾款|收款)"
    r"|(?<![a-z])(?:payment|remittance|customer|buyer)\s+(?:was\s+|is\s+|has been\s+)?"
    r"(?:postponed|delayed)(?![a-z])")
# ... and a deferral of the payment itself, whoever speaks (延期付款, 同意延期付款, 推迟发货及付款,
# 尾款延期), is money not come where no word says it came (延期付款已到账: paid): read as paid,
# owed balances were 0 open where 7,000, 72 days, black (acct56a, rv56a s129 V06)
# ... unless denied (没有延期付款, 客户未申请延期付款, 无需延期付款: rv56e s156, paid rows read
# 7,000 black)
_PAY_DEFERRED = re.compile(rf"(?P<denied>(?:{NOT_ZH}|无需|不需要?|不用)(?:申请|要求)?)?(?:"
                           rf"{DEFERS}了?(?:{_BOTH})?(?:付款|支付|汇款|收款|尾款|余款)"
                           rf"|(?:付款|汇款|尾款|余款)(?:又|再次?|已经?|也)?{_DEFER})")
# a part of the money (收到50%，余款未到: the rest did not come), not a payment's own share
# (收到30%定金); and the buyer's word that he paid where the note says it has not come in
# (客户已付款待到账: rv54c s12, 7,000 owed read as paid): :data:`core.ledger.plan_said.PART`
_BUYER_SAID = "已付"
_NOT_IN = re.compile(r"(?:[未待]|没有?)(?:收到(?!货)|到账|入账)"
                     r"|[款钱][^,，;；。]{0,2}?(?:[未待]|没有?)到(?!港|货)")  # not 货未到 (goods)
# (钱 as 款: 客户已付，钱还没到 read as come, 7,000, 72 days, black → nothing, rv67b s3)
# A came word said wrong right after it (另一单和尾款已收的说法不对，尾款没收; 尾款已收写错了:
# deduction_rest.WRONG_AT, the words a rest is withdrawn by) says nothing came: read as come,
# 7,000, 72 days, black → nothing (rv67b s1). Another order's money and this money's words
# after it with no stop are others_money.split_after_others's (:func:`_own_cells`).


def _came(text: str, row: object, others: Sequence[object], day: object = None) -> bool:
    """Does a folded cell say, in a clause of its own, that the row's money came? `day`: the
    row's date received. A question of money come answered after it (:data:`ANSWERED`) is."""
    if any(_MONEY_COME.search(asked.group()) and ANSWERED.match(text, asked.end())
           and not of_another(asked.group(), row, others) for asked in QUESTION.finditer(text)):
        return True
    every = CLAUSE.split(QUESTION.sub("", text))
    clauses = [clause for clause in every if _own(clause, row, others)]
    not_in = any(_NOT_IN.search(clause) and not others_only(clause, row)
                 for clause in clauses) or on_its_way(
        text, lambda clause: of_another(clause, row, others),
        lambda words: _after(words, day))  # 客户已付，钱下周到; 已承兑，到期日6/30
    for clause in clauses:
        for word in _CAME.finditer(clause):
            before = clause[:word.start()]
            denied = _DENIED.search(before)
            if (denied and not else_before(clause, denied.start())
                    or PART.match(clause, word.end()) or _SOON_BEFORE.search(before)
                    or waited(clause, word.start())  # 等到账: the wait's, not come (fix67c)
                    or not_in and word.group() == _BUYER_SAID
                    or _ARRIVED.fullmatch(word.group()) and _undone(text, clause, word.end())
                    or word.group() == "收" and not day_past(before, received_on(day))
                    or others_came(clause, word, row) or WRONG_AT.match(clause, word.end())
                    or taken_back(text, clause, word.end())  # 已收待确认, 已收到银行通知
                    or _other_came(clause, word.start(), row) and not names_money(clause)):
                continue  # ... or goods, papers come (尾款还没有，货已到齐: read paid, fix59l)
            if word.group().startswith("已") or not _deferred(before, received_on(day)) and (
                    not _DEFERRED.search(before) or not _undone(text, clause, word.end())):
                return True
    return _plan_over(every, received_on(day), lambda clause: _kept(clause, row, others),
                      lambda clause: of_another(clause, row, others))


def _other_came(clause: str, at: int, row: object) -> bool:
    """Do the words before a coming name another thing come: goods, papers (货已到齐), or a
    deposit on a payment row not the deposit's (尾款还没收，预付已到账 on the 尾款 row: read as the
    balance, 7,000 black read paid, rv60a s304; 定金已收 on the 定金 row is its money, 170)?"""
    own = kinds(row)  # a row naming no payment (a bare note asked): its deposit may be its own
    return goods_before(clause, at) or bool(own) and DEPOSIT not in own and other_before(
        clause, at)


def _own(clause: str, row: object, others: Sequence[object]) -> bool:
    """Does a clause speak of the row's money: no slip (收到客户水单), no other payment of its
    order (已收定金 on the 尾款 row), no earlier order's (之前的单已付)? Its came words of another
    order's or wire's money are others_money.others_came's."""
    return SLIP not in clause and not of_another(clause, row, others) and not (
        EARLIER_ORDER.search(clause) and not THIS_ORDER.search(clause))


def _kept(clause: str, row: object, others: Sequence[object]) -> bool:
    """Is a clause the row's own (:func:`_own`), not of another order's or wire's money alone
    (尾款未收，另一单已收: others_money.others_only)?"""
    return _own(clause, row, others) and not others_only(clause, row)


# A plan's day (客户说4月20日付, 预计4月20日付款) on or before the row's own date received, a
# later clause saying the chase is over or the money paid (之前催了好几次, 催了三次终于付了, 不用
# 催了, 催款函已撤回, 货未到港前就付了) and none that it is still out: the note tells how the
# money the row's cells received came. Read as the plan, ten paid balances were 7,000, 72
# days, black (rv56f s167, s168; fix57g read them after a forecast's own 到账 alone). The plan
# with no such clause stays one (the forecast typed into the received columns)
_PLAN_DAY = re.compile(r"(?:(?P<year>\d{4})[-/.年])?(?P<month>\d{1,2})(?:月|[-/.])"
                       r"(?P<day>\d{1,2})[日号]?")


def _plan_over(clauses: list[str], on: date | None, kept: Callable[[str], bool],
               another: Callable[[str], bool]) -> bool:
    """Is a plan's clause naming a day up to `on` (the row's date received) followed by one
    saying the chase ended or the money was paid, and by none saying it is still out? Of the
    note's `clauses` those `kept` speak of the row's money; one of `another` payment of the
    order said paid after the plan (客户已付定金 on the balance row) is that payment come, not
    this: read as the chase ended, a balance owed in full read paid (rv58c s232 E03: 7,000,
    72 days, black → 0)."""
    for n, clause in enumerate(clauses if on is not None else ()):
        found = _PLAN_DAY.search(clause)
        if not kept(clause) or found is None or not (_his_word(clause) or plan_said(clause)):
            continue
        noted = _noted_day(found, on) if on is not None else None
        later = [clause for clause in clauses[n + 1:] if kept(clause)]
        return noted is not None and on is not None and noted <= on and not any(
            map(_out, later)) and any(_chase_over(done) or TOLD_PAID.search(done)
                                      for done in later) and all_came(
            later, _chase_over) and all_came(clauses[n + 1:], another=another)
    return False


def _chase_over(clause: str) -> bool:
    """Does a clause say the chase is over (之前催了好几次, 不用催了: came_words.CHASE_OFF)?"""
    return "催" in clause and CHASE_OFF.search(clause) is not None



def _out(later: str) -> bool:
    """Does a clause say the money is still out: 实际未到, 至今未收 (owed_said.still_owed),
    a chase under way (催款中, not 催款成功: came_words.CHASED, CHASE_OFF)?"""
    return still_owed(later) or (CHASED.search(later) is not None
                                 and not CHASE_OFF.search(later))


def _undone(text: str, clause: str, end: int) -> bool:
    """Does a deferral after a money word (at `end` of its `clause` in `text`) undo its day:
    in its own clause, or in a later one of the payment or its payer (:data:`_PAYER_UNDONE`),
    or a later clause saying the money is still out (实际未到, 至今未收, 催款中)?"""
    after = text.find(clause) + len(clause)
    return _UNDONE.search(clause, end) is not None or _PAYER_UNDONE.search(
        text, after) is not None or any(map(_out, CLAUSE.split(text[after:])))


def _after(words: str, day: object) -> bool:
    """Is the day a note writes in `words` (6/30, 6月30日, 2025-06-30) after the row's date
    received `day` (a bill maturing then: money_on_way.on_its_way)?"""
    on = received_on(day)
    found = _PLAN_DAY.search(words)
    noted = _noted_day(found, on) if found is not None and on is not None else None
    return noted is not None and on is not None and noted > on


def received_on(day: object) -> date | None:
    """The row's date received as a date (the import's ISO text or the reference's date)."""
    if isinstance(day, date):
        return day
    try:
        return date.fromisoformat(str(day)[:10]) if day else None
    except ValueError:
        return None


def _noted_day(found: re.Match[str], on: date) -> date | None:
    """A note's day (`found`: :data:`_OWN_DAY`'s), in the year of the row's date `on` where
    it writes none (None: no such day)."""
    try:
        return date(int(found["year"] or on.year), int(found["month"]), int(found["day"]))
    except ValueError:
        return None


def _deferred(before: str, on: date | None = None) -> bool:
    """Does a plan word before a money word reach it (nothing ends its reach between)? `on`:
    the row's date received, which a day after the plan's clause may give (:data:`_OWN_DAY`)."""
    plans = list(_DEFERRED.finditer(before))
    if not plans:
        return False
    last = plans[-1]
    own = _OWN_DAY.search(before, last.end()) if on is not None else None
    noted = _noted_day(own, on) if own is not None and on is not None else None
    if noted is not None and on is not None and own is not None and (noted < on or (
            noted == on and _PLAN_TIME.search(before, last.end(), own.start()))):
        # a day before the row's own date received is past when the clerk wrote it (预计付款
        # 4月20日到账 on a row of 04-22: acct56a, 7,000 black where it came), and the row's own day
        # is the money's where the plan's clause named its own time (答应4月底付)
        return False
    return _PLAN_ENDS.search(before, last.end()) is None and not (
        _WAS_PLAN.search(before, 0, last.start()) and _DAY_AFTER.search(before, last.end())
        and (noted is None or on is None or noted <= on))


def planned(texts: Iterable[object], product: object = None, others: Sequence[object] = (),
            day: object = None, number: object = None, known: Known = frozenset) -> bool:
    """Does a payment row's note, 品名 or status say its money is not received yet (and no
    cell says it came)? `product`: its 品名 (定金30%, 尾款70%), which payment of the order it
    is: a clause saying another speaks of that one, and a cell naming only another payment
    (尾款未收 on the deposit's row, 定金未收 on the balance's) says nothing of this one (rv53e:
    Delta's deposit, 3,000 received on 03-02 under the status 尾款未收, was dropped: 3,000 open
    where the buyer owed nothing). `others`: the 品名 of the order's other payment rows, whose
    payment a note naming only theirs speaks of (二期款已到账 on the 尾款 row of an order with
    a 二期款 row: acct55a). `day`: its date received, which a day in a note may give
    (:data:`_OWN_DAY`); without it, paying put off (下周付款: buyer_word.put_off) is a plan.
    `number`: its order's number, this order where named (2025-699: plan_of.plans_else); a rest
    said another's or wrong asks nothing (余款2000未付是另一单的: deduction_rest.without_disowned);
    `known`: the numbers its sheet sells, another order's where named (X99-1)."""
    mine = own_number(number)
    return _unless_came(_own_cells(texts, product, others), product, others, day, lambda t: _asks(
        mine.sub("本单", t := without_disowned(t, number)) if mine else t, product, others, day,
        number, known))


def _unless_came(folded: list[str], product: object, others: Sequence[object], day: object,
                 asks: Callable[[str], bool]) -> bool:
    """Does a folded cell ask the money (`asks`) and none say it came?"""
    return not any(_came(text, product, others, day) for text in folded) and any(
        map(asks, folded))


def came_undated(texts: Iterable[object], product: object = None,
                 others: Sequence[object] = (), number: object = None) -> bool:
    """Does an undated payment row's note say its money came, putting none of it off: a plan
    or a time to come only of another order, the goods, a fee or what we pay (尾款已收，新订单
    定金下周付款; 尾款已结清，运费下周付; 客户已付，月底付的是下一单; 尾款已到，样品费月底付;
    已到账，佣金下周付: buyer_word.other_money)? Then it is received though the order's other
    rows are dated (payment_row_notes.undated_plans); 已收，尾款下周付 and 尾款已收，余款下周付
    put the row's own money off and stay asked, as does a clause naming the row's own order
    `number` (已收，2025-708尾款下周付 on 2025-708's row: read as another order's, 7,000 owed
    read 0, rv59e s283)."""
    folded = _own_cells(texts, product, others)
    mine = own_number(number)
    return any(_came(text, product, others) for text in folded) and not any(
        _asks("，".join(mine.sub("本单", clause) if mine else clause
                       for clause in CLAUSE.split(text) if not other_money(clause)
                       or mine and mine.search(clause)), product, others, None)
        for text in folded)


def _own_cells(texts: Iterable[object], product: object, others: Sequence[object]
               ) -> list[str]:
    """A payment row's cells and 品名, folded, but a cell naming only another payment of its
    order (:func:`_asks_own` keeps one planning this row's in a clause of its own); another
    order's money said come and this money's words after it are two clauses (另一单已收但尾款
    没收: others_money.split_after_others); 帐 read as 账 (came_words.one_spelling)."""
    return [split_after_others(one_spelling(fold(text)), product, CLAUSE, _CAME)
            for text in (*texts, product) if isinstance(text, str)
            and not (of_another(text, product, others) and not _asks_own(text, product, others))]


def _asks(text: str, product: object, others: Sequence[object], day: object,
          number: object = None, known: Known = frozenset) -> bool:
    """Does a folded cell say the money is owed, planned, promised, asked after or put off
    (undated: `day` None)? Paying put off (下周付款) is a plan undated; dated, a note written
    before the money came, unless the buyer paid it and it is on its way (money_on_way)."""
    return (still_owed(text) or plan_said(text, lambda c: of_another(c, product, others), number,
                                          known, DEPOSIT in kinds(product) and bool(others))
            or _his_word(text, number, known) or given_later(text) or _asked(text)
            or _taken_back(text, product, others)
            or any(found["denied"] is None for found in _PAY_DEFERRED.finditer(text))
            or (on_its_way(text, lambda clause: of_another(clause, product, others),
                           lambda words: _after(words, day)) if day else put_off(text)))


def _taken_back(text: str, product: object, others: Sequence[object]) -> bool:
    """Does a clause of the row's own money say it came and take it back after (尾款已收待确认,
    尾款已收到付款凭证: came_qualified.taken_back)? Its money is still asked: with no word
    of owing, the row's 收款 read paid, 7,000, 72 days, black → nothing (rv68d A6)."""
    return any(taken_back(text, clause, word.end())
               for clause in CLAUSE.split(text) if _own(clause, product, others)
               for word in _CAME.finditer(clause))


def _his_word(text: str, number: object = None, known: Known = frozenset) -> bool:
    """The buyer's word of a payment to come (buyer_word.told), not a clause after his of the
    firm's own supplier bill (客户说，工厂说我们货款还没付: owed_said.firms_bill)."""
    return told(text, number, known, firms_bill)


def _asks_own(text: str, product: object, others: Sequence[object]) -> bool:
    """Does a cell naming another payment of the order (已付定金 on the balance row) plan or
    chase in a clause of its own naming none (催款结束，已付定金; 客户说4月10日付，…，客户已付定金)?
    The plan is this row's, the deposit's money no balance: dropped whole, two balances owed in
    full read paid (rv58c s232 E03, E08: 7,000, 72 days, black → 0)."""
    return any(not of_another(clause, product, others) and (
        PLAN.search(clause) or _his_word(clause)) for clause in CLAUSE.split(fold(text)))


def _asked(text: str) -> bool:
    """Does a folded cell ask whether money came (came_words.QUESTION)?"""
    return any(_MONEY_COME.search(asked.group()) for asked in QUESTION.finditer(text))
