"""The buyer's money said paid but not in yet: on its way, put off, or a bill not matured.

A balance row received whose note says the buyer paid (客户已付) and the money is still on its
way (钱在路上, 银行说下周到, 钱下周到) or that a bill of it was accepted and matures later (客户已
承兑，下周到期; 已承兑，到期日6/30; 客户已付，银行说下周到期) was written before the money came:
core.ledger.payment_row_money reads it as not received. Kept apart from core.ledger.buyer_word
(the buyer's word of a plan) for its length (fix66c).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.ledger.buyer_word import BUYER, LATER_TIME, SOON_TIME, SUPPLIERS, other_money, put_off
from core.ledger.came_words import ANSWERED_CAME, CLAUSE, SLIP, another_named
from core.ledger.part_of import FEES, FIRM, names_money
from core.ledger.refund_words import is_refund
from core.ledger.unsure_words import HEDGE

# ... and the buyer's payment said made or in full (客户已付, 客户没少付) beside its coming put
# off (钱下周到): on its way, not in, as 客户已付款待到账 is (payment_row_money); read as a note
# written before the money came, a balance owed 7,000, 72 days, black read paid (fix63d)
PAID_BY_HIM = re.compile(rf"{BUYER}[^,，;；。]{{0,2}}?(?:已经?付|付了|(?:没有?|未)[少短]付)")


# ... or said on its way with no day: the money in transit (钱已在路上, 款还在路上) or its coming
# as the bank tells it (银行说下周到, 银行说钱明天到): read as paid, balances owed 7,000, 72 days,
# black were 0 (rv63b s3, fix64b); not goods, papers or a ship on the way (货已在路上, 提单在路上:
# no money named), nor the money come (钱已到)
_ON_THE_WAY = re.compile(r"在路上")
# ... its day: 到 of money, not of a port, goods or a due date (银行说已到账，下周到期: no arrival,
# as payment_row_money's 已到期 is none; a bill's maturity is :data:`_MATURES`); as the bank tells
# it, or in a clause naming nothing after the money or his paying (客户已付，大概下周到, 客户已付，
# 下周到: read as goods, a paid balance 7,000, 72 days, black, rv65d s5)
# (and some days on, a weekday, days after: 过几天到, 周五到, 3天后到; 入账 as 到账: 下周入账 — read
# as no time, paid balances 7,000, 72 days, black, rv67b s3)
_COMES_SOON = re.compile(rf"(?:{LATER_TIME}|(?:下个?)?(?:周|星期)[一二三四五六日天末]|\d+天后)"
                         r"[^,，;；。]{0,3}?(?:到(?!港|货|期)|入账)")
_BANK_SOON = re.compile(rf"银行[^,，;；。]{{0,4}}?{_COMES_SOON.pattern}")
# ... and naming nothing, only where 到 ends its clause (at most 了 or 吧 after it) or 账 or 款
# follows: a place, goods or people after it are what comes (客户已付，下周到目的港, 下周到厂验货,
# 明天到仓库, 大概下周到齐: read as the money, paid balances 7,000, 72 days, black, rv66b s3); nor
# where the clause after it says it is no money (下周到，不是钱是货: :data:`_NOT_MONEY`)
# ... or a place of money after it: the firm's account or bank (下周到我司账户, 到公司账户, 到我们账
# 上, 到美元账户, 到香港账户, 到银行, 到中行, 到我司), or the money in place (到位, 到达 closing its
# clause): read as a place of goods, paid balances 7,000, 72 days, black → nothing (rv67b s3, s7);
# a port, a warehouse, a shore, a container, a factory or a city stay goods (下周到港, 到仓库, 到岸,
# 到柜, 到厂验货, 到洛杉矶)
_MONEY_PLACE = (r"[^,，;；。]{0,6}?(?:账|银行|[中工建农招交]行)"
                rf"|(?:{FIRM}|公司)(?=\s*[了吧]?\s*$)|位|达(?=\s*[了吧]?\s*$)")
_BARE_SOON = re.compile(rf"{_COMES_SOON.pattern}(?:[账款]|{_MONEY_PLACE}|\s*[了吧]?\s*$)")
_NOT_MONEY = re.compile(r"\s*(?:不是|并非)(?:钱|款)")
# ... unless denied (不是钱在路上, 但是不是钱在路上: it came; not asked, 是不是钱在路上: not
# known in, read as denied, a paid balance 7,000, 72 days, black, rv64d s4c) or said another
# wire's anywhere in its clause (银行说下周到的是另一笔, 银行说另一笔下周到, 明天到另一笔; one more
# to come, 下周再到一笔: rv65a s4, read as this money, paid balances 7,000 owed, 72 days, black),
# not denied another's (钱在路上不是另一笔: this money)
THIS_WIRE = _THIS = r"(?:这|此|该)笔"  # this sum (payment_row_money: this money named)
_NOT_THIS_WAY = re.compile(r"(?<!(?<![但可])是)(?:不是|并非)[^,，;；。]{0,3}$")
# 别的 not of a fee or a deduction (全额到账无别的扣费, 没有别的费用: no other wire, rv66b s1, s7)
_ANOTHER = (r"(?<!不是)(?<!并非)(?:另(?:外)?一笔|别的(?!" + FEES + r"|费|扣)"
            r"|(?<=[再又还])(?:会|要)?[到来]了?一笔)")
ANOTHER_WIRE = re.compile(_ANOTHER)
# ... but not joined with this sum (这笔和另一笔都在路上, 另一笔和这笔都在路上: both on the way,
# read as another's, a paid balance 7,000, 72 days, black, rv65d s4): came_words.another_named's
# joining words (都, 一起), or 这笔 beside 和, 与, 跟, 及, 也
_THIS_JOINED = re.compile(rf"{_THIS}(?:[和与跟及]|也)|[和与跟及]{_THIS}")
# ... and a clause naming nothing before its 在路上 or its day (在路上, 这笔也在路上, 这笔下周到)
# speaks of what the clause before it named: the money, or his paying (钱不是已到，在路上; 客户
# 已付，在路上), not goods (货已发，在路上), nor another's money (另一笔订单的钱，在路上) unless it
# names this sum (这笔也在路上); and after the bank's word, of the bank's (银行说另一笔已到，这笔
# 下周到): each read as the money in, paid balances were 7,000 owed, 72 days, black (rv64d s4c).
# Words of when, how sure or asked name nothing either (目前在路上, 现在还在路上, 应该在路上, 估计
# 还在路上, 是不是在路上: rv65a s4, read as goods, paid balances 7,000 owed, 72 days, black);
# nor does this sum joined with another (这笔和另一笔都在路上: both, rv65d s4, read as paid)
_OR_ANOTHER = r"另外?一笔"
_THESE = rf"(?:{_OR_ANOTHER}[和与跟及])?{_THIS}(?:[和与跟及]{_OR_ANOTHER})?"
_NO_SUBJECT = re.compile(rf"\s*(?P<this>{_THESE})?(?:也|还|都|仍然?|依然|尚|正|已经?|一直|目前|现在"
                         rf"|当前|眼下|暂时?|预计|{HEDGE}"
                         r"|是不是|是否)*\s*")
# ... unless the thing on the way is named after it (在路上的是货, 在路上的货也快到了: rv65a s8,
# read as the money, paid balances 7,000 owed, 72 days, black): of this money only where it names
# this sum (在路上的是这笔); 在路上的 closing its clause names nothing
_NAMED_AFTER = re.compile(r"\s*的(?!\s*[了呢吧啊]?\s*$)")
_THIS_NAMED = re.compile(_THIS)
# a bill accepted (客户已承兑, 银行已承兑, 承兑了, "D/A accepted", "buyer accepted the draft"): the
# buyer's word for a usance bill or D/A as 客户已付 is for a wire, the money not in until it
# matures (:data:`_MATURES`); not denied (未承兑, 没承兑, 不承兑); asked (是否已承兑？下周到期)
# the money is not in either way, as 客户是否已付 is read by PAID_BY_HIM
_ACCEPTED = re.compile(r"(?<![未没不])已经?承兑|承兑了|(?<![a-z])(?:d/a|bills?|drafts?)\s+"
                       r"(?:was\s+|were\s+|has\s+been\s+)?accepted(?![a-z])"
                       r"|(?<![a-z])(?:buyer|customer|client)\s+(?:has\s+)?accepted\s+"
                       r"(?:the\s+|our\s+)?(?:bill|draft)s?(?![a-z])")  # his: not "we accepted"
# ... the buyer's or his bank's: not the firm's own bill accepted, to its supplier (我司已承兑，
# 下周到期, 已承兑工厂的汇票: read as his, 7,000 owed, 72 days, black where paid)
_OURS = re.compile(rf"{FIRM}(?!的?{BUYER})|{SUPPLIERS}")  # not 我们的客户
# ... its maturity to come: a time to come before 到期 (下周到期, 月底到期, 30天后到期, 银行说下周
# 到期后付款) or a day after it or before it (到期日6/30, 到期日为2025-06-30, 6月30日到期), that day
# after the row's date received (a day on or before it: matured when the money came, paid);
# not past (已到期, 上月到期) — read as paid, accepted bills not matured were 0 owed where 7,000,
# 72 days, black (rv65d s4; 客户已付，银行说下周到期 the lead's call on fix65h's reading)
_DAY = r"(?:\d{4}[-/.年])?\d{1,2}(?:月|[-/.])\d{1,2}[日号]?"
# (90天到期, "maturity 6/30": the term's days or the day, read as paid, rv66b s2)
_MATURES = re.compile(rf"(?:{SOON_TIME}|\d+天后?|[这本]个?[周月]内?)[^,，;；。]{{0,3}}?到期(?!日)"
                      rf"|到期日?(?:为|是)?\s*[:：]?\s*(?P<day>{_DAY})|(?P<then>{_DAY})\s*到期"
                      r"|(?<![a-z])matur(?:es?|ing)\s+(?:next\s+(?:week|month)|in\s+\d+\s+days)"
                      rf"|(?<![a-z])maturity(?:\s+date)?(?:\s+is|\s+on)?\s*:?\s*(?P<dated>{_DAY})")
# ... where the note names a bill or the bank whose maturity it is (承兑, 汇票, 远期, 银行, D/A):
# 尾款下周到期 alone is the balance falling due, read by put_off's 款…到 as before
_BILL = re.compile(r"承兑|汇票|远期|银行|(?<![a-z])(?:d/a|usance|bills?|drafts?)(?![a-z])")
# ... and not of what else matures or expires in the maturity's clause: the firm's loan, a
# guarantee or policy, the credit itself (银行说贷款下周到期, 信用证下周到期: no bill of this
# money's, read as paid as before)
# nor the slip's day (客户已付(提前)，银行水单到期日5/19: a wire paid early, read as a bill not
# matured, 7,000, 72 days, black, rv66b s9)
_NOT_BILL = re.compile(rf"贷款|借款|保函|保单|保险|合同|信用证|授信|额度|{SLIP}"
                       r"|(?<![a-z])l/?c(?![a-z])")
_BANK_SAYS = re.compile(r"银行[^,，;；。]{0,4}?(?:说|称|表示|讲|告知|反馈|回复|通知)")
# ... and asked (是不是钱在路上, 钱在路上吗, 在路上？) then answered by the money come in the next
# clause (我问是不是钱在路上，银行说已到: rv65a s4, read as not known in, a paid balance 7,000, 72
# days, black; came_words.ANSWERED_CAME), not yes (是不是钱在路上？是的: on its way)
_ASKING = re.compile(r"是不是|是否|有没有")
_ASKED_AFTER = re.compile(r"[吗么]\s*$")


def on_its_way(text: str, another: Callable[[str], bool],
               later: Callable[[str], bool] = lambda day: False) -> bool:
    """Does a folded cell say the buyer paid the row's money (:data:`PAID_BY_HIM`) or a bill of
    it was accepted (:data:`_ACCEPTED`) — not `another` payment of its order, 客户已付定金 on the
    balance row — and put its coming off (:func:`put_off`: 钱下周到), say it on its way (钱已在路
    上, 银行说下周到) or the bill maturing later (:func:`_matures`; `later`: is a day written in
    a text after the row's date received), not another's money nor a refund's (样品费下周付, 退款下
    周到: :func:`other_money`, refund_words.is_refund), nor asked and answered that it came
    (:func:`_answered`)?"""
    clauses = CLAUSE.split(text)
    own = [not (is_refund(clause) or other_money(clause) or _elsewhere(clause))
           for clause in clauses]
    if not any((PAID_BY_HIM.search(clause) or _ACCEPTED.search(clause) and not _OURS.search(
            clause)) and not another(clause) and own[at] for at, clause in enumerate(clauses)):
        return False
    if put_off("，".join(clause for at, clause in enumerate(clauses) if own[at])):
        return True
    if _matures([clause for at, clause in enumerate(clauses) if own[at]], later):
        return True
    stops = CLAUSE.findall(text)  # the stop after each clause (its question mark)
    bank = False  # the bank's word runs on over the clauses after it
    for at, clause in enumerate(clauses):
        before = clauses[at - 1] if at and own[at - 1] else ""
        found = _this_on_the_way(clause, before, bank, clauses[at + 1] if at + 1 < len(
            clauses) else "") if own[at] else None
        if found is not None and not _answered(clause, found, stops[at:at + 1],
                                               clauses[at + 1:at + 2]):
            return True
        bank = bank or _BANK_SAYS.search(clause) is not None
    return False


def _answered(clause: str, at: int, stop: list[str], after: list[str]) -> bool:
    """Is the money said on its way at `at` in a clause asked (是不是钱在路上, 钱在路上吗, or its
    `stop` a question mark) and the clause `after` it an answer of the money come (银行说已到)?"""
    asked = _ASKING.search(clause, 0, at) or _ASKED_AFTER.search(clause) or any(
        mark in "?？" for mark in stop)
    return bool(asked) and any(ANSWERED_CAME.fullmatch(answer) for answer in after)


def _elsewhere(clause: str) -> bool:
    """Is a clause of another order's or another wire's money (另一单已承兑, 另一笔下周到期:
    came_words.another_named, :func:`another_wire`)?"""
    return bool(another_named(clause)) or another_wire(clause)


def another_wire(clause: str) -> bool:
    """Does a clause speak of another wire than this one (另一笔已到, 银行说下周到的是另一笔,
    明天到另一笔), not joined with this sum (这笔和另一笔都在路上: :data:`_THIS_JOINED`,
    came_words.another_named) nor denied (不是另一笔)?"""
    return bool(another_named(clause, ANOTHER_WIRE)) and _THIS_JOINED.search(clause) is None


def _this_on_the_way(clause: str, before: str, bank: bool, after: str = "") -> int | None:
    """Where a clause says this money on its way (钱已在路上, 银行说下周到; naming nothing, of the
    money or his paying `before` it, or the `bank`'s word: :data:`_NO_SUBJECT`; the clause
    `after` it not saying it is no money, :data:`_NOT_MONEY`), not denying it
    (不是钱在路上) nor naming it another wire (银行说下周到的是另一笔, 银行说另一笔下周到): None
    where it says none."""
    way = _ON_THE_WAY.search(clause)
    if way is not None and not (names_money(clause) or _of_before(clause, way, before)):
        way = None
    soon = None if way or not (bank or _of_this(before)) or _NOT_MONEY.match(after) else (
        _COMES_SOON if bank else _BARE_SOON).search(clause)
    if soon is not None and _NO_SUBJECT.fullmatch(clause, 0, soon.start()) is None:
        soon = None
    found = way or _BANK_SOON.search(clause) or soon
    if found is None or _NOT_THIS_WAY.search(clause[:found.start()]) or another_wire(clause):
        return None
    return found.start()


def _of_before(clause: str, way: re.Match[str], before: str) -> bool:
    """Does a clause naming nothing before its 在路上 (`way`, :data:`_NO_SUBJECT`) nor after it
    (:data:`_NAMED_AFTER`) speak of this money: its sum named (这笔), or the clause `before` it
    naming money or his paying, not another's?"""
    bare = _NO_SUBJECT.fullmatch(clause, 0, way.start())
    if bare is None:
        return False
    if _NAMED_AFTER.match(clause, way.end()):
        return _THIS_NAMED.search(clause, way.end()) is not None  # 在路上的是这笔
    return bare["this"] is not None or _of_this(before)


def _of_this(before: str) -> bool:
    """Does the clause before a bare one (在路上, 大概下周到) name money or his paying, not
    another wire's (另一笔已到，在路上: :func:`another_wire`)?"""
    return (names_money(before) or PAID_BY_HIM.search(before) is not None) and not another_wire(
        before)


def _matures(clauses: list[str], later: Callable[[str], bool]) -> bool:
    """Does a note naming a bill or the bank (:data:`_BILL`) say in a clause of its own that it
    matures at a time to come (下周到期, 30天后到期) or on a day `later` than the row's date
    received (到期日6/30, 6/30到期), not denied (不是下周到期) nor of another wire (另一笔下
    周到期), and no clause saying the money came (银行说已到账: came_words.ANSWERED_CAME)?"""
    if not any(_BILL.search(clause) for clause in clauses) or any(
            ANSWERED_CAME.fullmatch(clause) for clause in clauses):
        return False  # 银行说已到账，下周到期: the bank says it came (fix65h)
    return any((found := _MATURES.search(clause)) is not None and (
        (day := found["day"] or found["then"] or found["dated"]) is None or later(day))
        and not _NOT_THIS_WAY.search(clause[:found.start()]) and not _NOT_BILL.search(clause)
        for clause in clauses)
