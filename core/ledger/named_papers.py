"""The papers (invoices, orders) a receipt says it pays: its number cells', else its note's.

A receipts book 收款登记 names what a wire pays in its reference cell (对应发票), or in the
order or invoice number's column where the clerk mapped it so. A finance clerk whose book has
no such column, or who left it blank, writes the numbers in the note instead: "合并付款
INV-101/INV-102". Read from the cells alone, a money changer's 12,000 for Alpha's INV-101 5,000
and INV-102 7,000 stayed the changer's, on account, and Alpha was black-listed, 16,000 open
(fix57j). Where every number cell is blank, the numbers the note writes that a file or the
store sells are read as the reference cell's (core.ledger.payer_named weighs them alike).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TypeVar

from core.ledger.came_words import (
    ANOTHER_ORDER,
    CLAUSE,
    EARLIER_ORDER,
    QUESTION,
    THIS_ORDER,
    one_spelling,
)
from core.ledger.debt_paid_now import THIS_TIME, paid_this_time, pays_it
from core.ledger.normalise import fold
from core.ledger.noted_orders import loose_number, named_numbers, ranged
from core.ledger.owed_said import (
    as_said,
    debt_owed,
    number_owed,
    of_the_debt,
    owed_after,
    own_money,
    still_owed,
)
from core.ledger.paid_said import PAID_IN, not_seen, paid_doubted
from core.ledger.part_of import names_money, names_money_or_proof, names_other
from core.ledger.plan_said import paid_later
from core.ledger.record import FIELDS, NOTES, Record
from core.ledger.unsure_words import BARE_SETTLED, BARE_UNSURE, FOUND_FALSE, SETTLED, UNSURE

# the cells a receipt names what it pays in: its reference (对应发票), order and invoice number
CELLS = tuple(FIELDS.index(field) for field in ("ref", "order_no", "invoice_no"))
REF = CELLS[0]
# the parts of a cell naming several papers: "INV2507-21, INV2505-11", "INV-1/INV-2"
_PARTS = re.compile(r"\s*[,，;；/、&+]\s*|\s+(?:and|及|和)\s+", re.IGNORECASE)
# a number a note writes, as written: letters and digits, joined by hyphens or underscores
# a clause naming a paper this money does not pay: left out of it, or another's figure quoted
_LEFT_OUT = re.compile(r"不含|不包[括含]|除外|不在内|除了|参照|参考|另付|另行")
# ... a clause's part of its own: after a space, or starting with a word that leaves out what
# follows it (付INV-2025不含INV-2026, INV-2025 ~ 26号前再付INV-2026, INV-2025货款 INV-2026下周付:
# the whole clause skipped left Alpha's INV-2025 unpaid and its changer a customer holding
# 5,000, rv58c s234b, s234 d6)
_BEFORE_LEFT = re.compile(r"(?<![\s~～至到-])\s+(?![\s~～至到-])"
                          r"|(?=不含|不包[括含]|除了|参照|参考|(?:再|下次|以后|之后|另)付\s*[A-Za-z0-9])")
T = TypeVar("T")  # the order a note names (order_payments' own)
_NOTED = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]+(?:[-_][0-9A-Za-z]+)*")


def cell_numbers(record: Record) -> set[str]:
    """The loose numbers a payment row's cells name (noted_orders.named_numbers)."""
    return {number for cell in CELLS if isinstance(record[cell], str)
            for number in named_numbers(record[cell])}


def cell_papers(record: Record) -> tuple[int, list[str]] | None:
    """The first cell naming papers, and their numbers as written."""
    for cell in CELLS:
        text = record[cell]
        if isinstance(text, str) and (parts := paper_parts(text)):
            return cell, parts
    return None


def paper_parts(text: str) -> list[str]:
    """The papers a cell names (a digit in each part), as written, each of a range its own
    (noted_orders.ranged: "INV-101～102" names INV-101 and INV-102); none: it names none."""
    parts = [paper for p in _PARTS.split(text.strip()) if p for paper in ranged(p) or (p,)]
    return parts if parts and all(any(c.isdigit() for c in p) for p in parts) else []


def noted_papers(record: Record, sold: Callable[[set[str]], Mapping[str, object]]
                 ) -> tuple[Record, tuple[int, list[str]] | None]:
    """The receipt and the papers it names: its cells' (cell_papers); where every number cell
    is blank, the numbers its note writes that `sold` answers (loose numbers -> their buyers,
    payer_named._open), written in the reference cell as a clerk would have ("INV-101/INV-102"),
    so the receipt is booked and said as one naming them there. A note's other numbers (a
    wire's reference, a year, a sum) name no sale and are left in the note, and so are those
    of a clause leaving its paper out or putting it off (不含INV-103, INV-103另付, Beta的INV-103
    下次付, 参照INV-103单价: rv58a s223, Beta's 3,000 read paid by Alpha's changer)."""
    papers = cell_papers(record)
    note = record[NOTES]
    if papers is not None or not isinstance(note, str) or any(
            record[cell] not in (None, "") for cell in CELLS):
        return record, papers
    parts = noted_parts(note)
    if not parts:
        return record, None
    found = sold({loose_number(p) for p in parts})
    parts = [p for p in parts if found.get(loose_number(p))]
    if not parts:
        return record, None
    return (*record[:REF], "/".join(parts), *record[REF + 1:]), (REF, parts)


def noted_parts(note: str) -> list[str]:
    """The numbers a note writes as what its money pays, each once, as first written: not
    those of a clause leaving its paper out, putting it off (:func:`noted_papers`) or saying
    it still owed (含L3-3货款，L3-1暂欠: read as paid, the lump on L3-2's row paid the old L3-1
    and hid its 5,000, 84 days, black, rv61f s501 L3). The analysis reads a buyer's own wire
    by them too (core.analysis.named_money)."""
    return _parts(note, False)


def left_parts(note: str) -> list[str]:
    """The numbers a note writes only to leave their papers out or put them off (货款，INV-101
    下周付; 货款（不含INV-101）): the money is not theirs, whatever its sum (core.analysis.
    named_money: a 5,000 wire so noted paid INV-101's 5,000 by its sum, fix60h)."""
    return _parts(note, True)


def _parts(note: str, left: bool) -> list[str]:
    """The numbers of the note's clauses that leave their papers out or put them off
    (`left`), or of the others."""
    keyed: dict[str, str] = {}
    for clause in (part for whole in CLAUSE.split(note) for part in _BEFORE_LEFT.split(whole)):
        if bool(_LEFT_OUT.search(clause) or paid_later(clause) or number_owed(clause)) is not left:
            continue
        for part in (*_NOTED.findall(clause), *ranged(clause)):
            if any(c.isdigit() for c in part):
                keyed.setdefault(loose_number(part), part)
    return list(keyed.values())


# an earlier order's money (之前的单: came_words.EARLIER_ORDER; 上月余款, 上单尾款: a month or
# a time before naming a payment, owed or of goods gone: 之前欠的货款, 补上次已到港货物的货款 —
# not read, the old invoice stood 84 days black where the wire paid it, rv61a s402 E2, E4)
_EARLIER = re.compile(rf"{EARLIER_ORDER.pattern}"
                      r"|(?:上个?月|上次|之前|前期)(?:欠|未付|没付|已?(?:到港|发|出|收到?)的?货物?)?"
                      r"的?(?:余款|尾款|欠款|货款)")


def earlier_money(note: object) -> bool:
    """Does a note say its money is an earlier order's or debt's (补上次欠款, 上月货款), not that
    debt cleared beside this one's money (上次欠款已清，本单货款: read as the earlier debt's, a
    late invoice unflagged, rv60e U8–U10), nor put off (上次欠款下月付) or left owed beside this
    order's money paid (上次欠款未付清，本次只付新单; 上次欠款已付一半，剩下的下月付: the old
    invoice 84 days black was hidden, rv61d s462), nor said still owed (上次欠款暂欠，本单货款:
    owed_said.debt_owed; read as its money, the old invoice's 5,000, 84 days, black was hidden,
    fix62b s620) unless a clause of no money of its own pays it now (上次欠款拖欠很久了，这次补上:
    debt_paid_now.pays_it; not …，下次付)? A clause paying the earlier debt now (补上次
    欠款，余下的付本单; 先付上次欠款，这单的其余下月付) says its money whatever else the note says
    (blocked by any clause naming this order, paid buyers stood 84 days black: rv61e s480)."""
    if not isinstance(note, str):
        return False
    clauses = [as_said(clause) for clause in CLAUSE.split(fold(note))]
    # (a clause only asking pays nothing: 这次补上？, 客户答应这次补上？, fix63c)
    unasked = [as_said(clause) for clause in CLAUSE.split(QUESTION.sub("", fold(note)))]
    money = [clause for clause in clauses if own_money(clause)]
    earlier = [clause for at, clause in enumerate(clauses) if _EARLIER.search(clause) and not (
        _CLEARED.search(clause) and not (money == [clause] and _ARRIVED.search(clause))
        and not (_answered_paid(clauses[at:at + 2], unasked)
                 and not doubted(clauses, at + 2, unasked)))
        and not _GOODS_ONLY.search(clause)
        and not (at and UNSURE.search(clause) and _doubts(clause, ""))]  # …已付，上批水单还没找到
    if not any(pays_it(clause) and not (_PUT_OFF.search(clause) or paid_later(clause)
                                        and not paid_this_time(clause))  # 客户答应这次补上
               and not (PAID_IN.search(clause) and doubted(unasked, at + 1))  # 财务说已付，待确认
               for at, clause in enumerate(unasked) if clause not in earlier):
        earlier = [clause for at, clause in enumerate(clauses) if clause in earlier and not (
            debt_owed(clause) or at + 1 < len(clauses) and clauses[at + 1] not in earlier
            and (owed_after(_asked(clauses[at + 1], clause, unasked), clause)  # 上次欠款，钱还没付
                 or PAID_IN.search(clauses[at + 1]) is not None
                 and doubted(clauses, at + 2, unasked)))]
    if any(_PAID_NOW.search(clause) and not _PUT_OFF.search(clause) for clause in earlier):
        return True
    return any(not _PUT_OFF.search(clause) for clause in earlier) and not any(
        _PAYS_NEW.search(clause) or _REST.match(clause) and paid_later(clause)
        for clause in clauses if clause not in earlier)


def _answered_paid(pair: list[str], unasked: list[str]) -> bool:
    """Is the first of a `pair` of clauses asked (客户问：上次欠款已付？: not among the note's
    `unasked` ones) and answered in the second, of the debt and unasked, that it is paid on a word
    not doubted (财务说已付; not 客户说已付, 财务说未付, 财务说已付？)? Then the debt is named and
    paid by this money, as 上次欠款，财务说已付 (owed_said.of_the_debt, paid_said.paid_doubted):
    read as its 已付 said cleared before, the wire left X-1 5,000, 84 days, black (fix66d)."""
    if len(pair) < 2 or pair[0] in unasked or pair[1] not in unasked:
        return False
    debt, answer = pair
    return of_the_debt(answer, debt) and PAID_IN.search(answer) is not None and not paid_doubted(
        answer, debt)


# a clause after a debt said paid that doubts it: unsure (待确认, 待核实, 不确定, 还要查, 但没找到水
# 单: unsure_words.UNSURE), or naming no money of its own (its papers' numbers aside) and denying
# it came or putting its paying off (其实还没到, 这次的还没到, 客户说下周再付X-1: owed_said.
# still_owed, plan_said.paid_later); not of this order, the rest or a new order (本单余款待确认,
# 余款下周付, 付新单). Read as paid, asked and answered (客户问：上次欠款已付？财务说已付，待确认:
# fix66d) or not (上次欠款，财务说已付，待确认: older), the wire paid X-1 and hid its 5,000, 84
# days, black (rv66a s5, s6, fix66g)


# ... but a clause of another matter doubts nothing of the debt: another order or lot
# (还要确认下批数量, 新订单数量还要确认), goods, samples, a fee or papers (样品待确认, 提单
# 待确认, 没找到发票原件: part_of.names_other, not beside the money: 货款待确认), the
# difference (差额下周付) or another paper's number than the debt's the note named before (上次
# 欠款X-1，财务说已付，客户说下周付X-2). Read as doubts, a wire that paid X-1 left it 5,000, 84
# days, black (rv66e s2, s3). A number where the note named none before (上次欠款，财务说已付，
# 客户说下周再付X-1) may be the debt's own: still a doubt, the words alone cannot tell.
_ELSE_MONEY = re.compile(r"差额")
# the buyer's side settling it (客户已确认, 客户确认了): their word, not the money seen (rv67h s1)
_BUYERS = re.compile(r"(?:客户|买家|对方|老外)(?:那边|方面)?(?:也)?$")


def _of_else(clause: str, before: str) -> bool:
    """Does a clause after a debt said paid speak of another matter than the debt, the note's
    text `before` it naming the debt's papers?"""
    return bool(ANOTHER_ORDER.search(clause) or _ELSE_MONEY.search(clause)
                or names_other(clause) and not names_money(clause)
                or bool(named := {number for number in _NOTED.findall(before)
                                  if not number.isdigit()})
                and any(not number.isdigit() and number not in named
                        for number in _NOTED.findall(clause)))


def doubted(clauses: list[str], at: int, unasked: list[str] | None = None,
            doubt: bool = False, denials: bool = True) -> bool:
    """Does a note's `clauses` from `at`, after a debt said paid, leave it doubted (`doubt`: its
    own clause doubted it)? A clause doubts it (:func:`_doubts`) unless of another matter than
    the debt the clauses before name (:func:`_of_else`), this order, the rest or a new one; a
    later clause settling the doubt (:data:`SETTLED`: 待确认，后来已确认) withdraws it, unless
    asked (not among the note's `unasked` clauses, where given), reported or feared (客户说已确认,
    可能已到账: paid_said.not_seen) or itself of another matter. One reading of the debt asked and
    answered and of the debt named, then said paid (:func:`earlier_money`), and of a deposit
    cell's (core.ledger.deposit_parts, whose denials, not `denials` here, are owed_said.
    owed_after's: 上批欠款4000，合同还没收到 no doubt of the debt, fix63g)."""
    before = "，".join(clauses[:at])
    prior_doubt = False  # a doubt settled, which a later 没有 / 假水单 brings back
    for clause in clauses[at:]:
        if (THIS_ORDER.search(clause) or _REST.search(clause) or _PAYS_NEW.search(clause)
                or _of_else(clause, before)):
            continue
        if _doubts(clause, before, denials) or FOUND_FALSE.search(clause):
            doubt = doubt or _doubts(clause, before, denials) or prior_doubt
        elif doubt and (settled := SETTLED.search(one_spelling(clause))) is not None and not (
                unasked is not None and clause not in unasked or still_owed(clause)
                or not_seen(clause[:settled.start()]) or _BUYERS.search(clause[:settled.start()])
                and not settled.group().startswith("补发")
                or not (BARE_SETTLED.fullmatch(one_spelling(clause).strip())
                        or names_money_or_proof(clause))):
            doubt, prior_doubt = False, True
    return doubt


def _doubts(clause: str, before: str, denials: bool = True) -> bool:
    """Does a clause after a debt said paid doubt it: unsure bare (待确认, 还没确认, 待老板确认:
    unsure_words.BARE_UNSURE) or of the money or its proof (货款待确认, 水单没找到, 到账还要查:
    part_of.names_money_or_proof), not of the order's details (数量待确认, 唛头待确认: rv67a s5,
    fix67e); or denying its coming or putting its paying off, naming no other money than the
    debt `before` it (钱其实还没到, 上次的钱还没到, 客户说下周再付X-1: owed_said.of_the_debt,
    its papers' numbers aside), nor paying it this time (钱还没付，这次补上: a deposit cell's)?"""
    if UNSURE.search(clause) is not None:
        return BARE_UNSURE.fullmatch(clause.strip()) is not None or names_money_or_proof(clause)
    return denials and (still_owed(clause) or paid_later(clause)) and of_the_debt(
        _NOTED.sub("", clause), before) and not paid_this_time(clause)


def _asked(clause: str, debt: str, unasked: list[str]) -> str:
    """A clause after the debt's saying it paid (已付, 财务说已付) as it was written: asked
    (已付？, 财务说已付？) where the note asked it (not among its `unasked` clauses; the split
    drops the ？), so only asked: read as said, a wire paid X-1 and hid it, 84 days, black
    (rv65a s3). Not after the debt paid now (补上次欠款，已付？: this wire's money, as main)."""
    return clause if clause in unasked or PAID_IN.search(clause) is None or _PAID_NOW.search(
        debt) is not None else f"{clause}？"


# the earlier debt paid now (补, 付, 还, 结 not said done or not done), or put off (下月付, 等下次)
_PAID_NOW = re.compile(r"(?<![已未没不])(?:补|付|还|结)(?!清|了|没|不)")
_PUT_OFF = re.compile(r"下个?(?:月|次|周|星期)|月底|以后|等|再付|延期|另付")
# another clause paying this order's or new goods' money, or putting the earlier debt's rest off
_PAYS_NEW = re.compile(rf"付(?:{THIS_ORDER.pattern}|新的?(?:订?单|货))(?!价)")
_REST = re.compile(r"剩下|余下|其余|剩余|余款")
# a batch's goods come, no money named (定金，上批已到货; TT，上批已到货): no earlier debt's money
# (read so, a 3,000 debt 84 days late was hidden: rv61e s483)
_GOODS_ONLY = re.compile(r"^(?!.*(?:款|欠|钱)).*已(?:经)?(?:收到?|到)(?:港|货)")


# (not 已到港, 已到货, the goods; nor a part paid, 已付一半, 已结一部分, or 未付清: read so,
# 上次欠款已付一半，这次付剩下的 on a new row was no earlier debt's money, the old invoice 84
# days black, rv61c s402; nor paid off now, 上批欠着的4000这次付清: read as cleared before, a
# paid debt stood 4,000 watched, rv61e s482 W3)
_CLEARED = re.compile(r"已(?:经)?(?:清|付|结|收|到)(?!港|货|了?一?部分|了?一半|\s*[0-9])"
                      rf"|(?<![未没])(?<!{THIS_TIME}|一起|一并)(?:结清|付清)")
# ... but the debt's money come, the only money said (上次欠款已到账, …，谢谢) on a receipt, is that
# receipt: read as
# cleared before, the old invoice stood 84 days black where the wire paid it (rv61e s480 T1);
# beside another clause it was before this one (上次欠款已收到，本单货款, s480 T5); so is a part
# paid with its figure (上批货款已付3000，余款这次付: the rest this wire's, rv61c s447 H3); not
# said come before this wire (上次欠款早已收到, 上月已收到, 之前已收到, 就已收到: read as this
# wire, the old 5,000 84 days black was hidden, rv62e s601)
_BEFORE_WORDS = ("早", "就", "上月", "上个月", "之前", "以前", "先前", "上周", "前几天", "去年")
_CAME = r"已(?:经)?(?:到账|收到)"
_ARRIVED = re.compile("".join(f"(?<!{word})" for word in _BEFORE_WORDS) + _CAME)
# ... but on a deposit cell the money said come is the cell's, whenever it came (上批欠款4000上月
# 已收到: read as cleared before, the cell held whole, a paid 4,000 watched 39 days, rv62g s641)
_CAME_BEFORE = re.compile(rf"(?:{'|'.join(_BEFORE_WORDS)})(?={_CAME})")
# ... and so is the money said paid, ending its clause (定金3000，上批欠款4000已付; 上月已付清:
# read as cleared before, the cell held whole, a paid 4,000 watched 39 days, fix63c); asked
# (已付？) it stays asked, and denied, feared, doubted, asked or reported (不是已付, 可能已付,
# 是否已付, 客户说已付) it is no word of money come (paid_said.PAID_IN, paid_doubted: one reading
# with a wire's, fix64b)


# ... and the firm's own 已收 ending it (上批欠款4000已收, 上批应收的4000已收: read as no word of
# money come, a paid 4,000 stood 39 days, watch, rv68a, fix68h), as 已付 is, not asked or doubted
_RECEIVED = re.compile(r"已经?收(?:款|齐|妥|清)?了?(?=\s*[?？]?\s*$)")


def come_in_the_cell(clause: str) -> str:
    """A deposit cell's clause with no word of when its money came (上批欠款4000上月已收到 →
    上批欠款4000已收到; 上批欠款4000已付 / 已收 → 上批欠款4000已收到): the cell records that
    money, whenever it came."""
    paid = PAID_IN.search(clause) or _RECEIVED.search(clause)
    if paid is not None and not not_seen(clause[:paid.start()]):
        clause = f"{clause[:paid.start()]}已收到{clause[paid.end():]}"
    return _CAME_BEFORE.sub("", clause)

# last month's money (上月货款, 上个月余款): the goods shipped the month before the wire's day
_LAST_MONTH = re.compile(r"上个?月的?(?:余款|尾款|欠款|货款)")


def last_month_money(note: object) -> bool:
    """Is a note's only word of an earlier debt last month's (上月货款)? Read as any earlier
    debt's, a wire of 5,975 so noted on 06-25 paid an old 5,000 where it was May's 6,000 less a
    charge: the old one stood 84 days, unflagged (rv60e U7)."""
    return isinstance(note, str) and earlier_money(note) and not earlier_money(
        _LAST_MONTH.sub("", fold(note)))


def names_earlier(clause: str, another: Callable[[str], bool]) -> bool:
    """Does a clause name an earlier order's money (上批欠款4000没付, 上次尾款) or a number
    `another` says is another order's, owed or not?"""
    return _EARLIER.search(clause) is not None or any(
        another(part) for part in (*_parts(clause, False), *_parts(clause, True)))


def of_another_order(note: object, another: Callable[[str], bool]) -> bool:
    """Does a sale row's note say its money is an earlier order's (上月余款, 上单尾款) or name a
    number `another` says is another order's (INV-100余款 on INV-101's row)? The analysis then
    reads the row's money received before shipment as no deposit of its order
    (core.analysis.named_money.early)."""
    if not isinstance(note, str) or not note.strip():
        return False
    if earlier_money(note) and not any(
            THIS_ORDER.search(clause) and not (_PUT_OFF.search(clause) or paid_later(clause))
            for clause in map(as_said, CLAUSE.split(fold(note)))):
        return True  # (本单定金, not 本单定金下周付: the wire the earlier debt's, rv61e s485 E1)
    return any(another(part) for part in noted_parts(note))


def noted_payee(note: object, named: Callable[[str], T | None], above: T | None) -> T | None:
    """The order a payment row's note says its money is: one other order `named` (the sheet's
    one order writing that number in full: order_payments.OrderPayments.named) in a clause
    naming money (2025-701尾款另一半 under 2025-702's row), else the order it sits under
    (`above`). Counted under the row it sits in, the half was another buyer's money: 702's Y
    3,500 where 7,000 owed, 701's X 3,500 black where paid (rv62a s521 H4, s525 C3). A number
    of no such order (a typo, another sheet's) leaves it where it is, and so does a note naming
    this order beside it (2025-701尾款已付，本单尾款: this order's balance)."""
    if not isinstance(note, str) or above is None or THIS_ORDER.search(folded := fold(note)):
        return above
    found = {id(order): order for clause in CLAUSE.split(folded) if names_money(clause)
             for part in noted_parts(clause) if (order := named(part)) is not None}
    return found.popitem()[1] if len(found) == 1 else above
