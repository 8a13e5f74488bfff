"""Whether a denial of paying (还没付, 还没结) is of the firm's own supplier bill, not the
buyer's money: who speaks (工厂说, 他说, 工厂他们说), who tells whom (工厂通知我们), whose money
is named (工厂货款, 货代运费) and who is paid (还没付工厂).

Kept apart from core.ledger.owed_said (what a note says is still owed), whose length it was:
asked by its denials of a payment row (owed_said.still_owed), of the clause beside goods short
(owed_said.firms_bill) and of an earlier debt's clause (owed_said.of_the_debt).
"""

from __future__ import annotations

import re

from core.ledger.buyer_word import AGENT, BUYER, CARRIERS, HIS_SIDE, MAKERS, SUPPLIERS
from core.ledger.part_of import FIRM

# one speaking (工厂说, 工厂他们说, 客户表示)
SPEAKS = r"说|称|表示|讲|告知|反馈"
# the marks ending a clause, for a denial's clause (the one list, owed_said's too)
CLAUSE_MARKS = re.compile(r"[,，;；。()（）\n]")
# a denial of the firm paying or settling its own supplier (还差2000的货，工厂还没结; 尾款到
# 了，我司欠工厂的钱还没结; 工厂的钱我司还没付) is the firm's debt, not the buyer's money: read
# as the row's, paid balances were 7,000, 72 days, black (fix63c). Only where the supplier is
# who gets paid (还没付工厂, 工厂的钱, 欠工厂) or the firm or its supplier is the subject right
# before the denial (我们还没付, 我司还没结, 工厂还没结); not a supplier named as a cause or
# background (因工厂延误还没付, 货代放单了还没付), the firm chasing or shipping (我们催了还没付,
# 我们发了提单还没付), the buyer's side's supplier (他们的工厂, 收货人的货代), one speaking (工厂
# 说还没付), nor in a clause naming the buyer or his money (尾款因工厂问题还没付): fix63c cleared
# those unpaid balances, 7,000, 72 days, black → 0 (rv63b s1, s6); nor his side's named by
# 那边 or as the consignee or importer (他们那边工厂还没付, 收货人货代还没付, 进口商货代还没结:
# read as the firm's, 7,000, 72 days, black → 0, rv64b s1)
# (his side, one list with paid_said's: 收货人, 进口商, and since rv65a s7 经销商)
# ... but the firm's own dealer is none of his side (我们的经销商货代还没付: read as his, a paid
# balance stood 7,000, 72 days, black, rv65d s3)
_OURS_BEFORE = [firm + of for firm in FIRM[3:-1].split("|") for of in ("的", "")]
_NOT_HIS_SIDE = "".join("(?:(?<!{})|{})".format(word, "|".join(
    f"(?<={ours}{word})" for ours in _OURS_BEFORE)) for word in HIS_SIDE.split("|"))
# ... nor an agent, bare (代理工厂还没付, 代理的工厂他说我们还没付: the firm's export agent's, read
# as his since fix65g, paid balances 7,000, 72 days, black), unless named his or his side's
# (他的代理工厂, 收货人代理的工厂, 对方代理工厂; the buyer named in the clause is his anyway:
# firms_own), fix66d
_HIS = ("他们", "客户", "对方", "买家")
_NOT_HIS_AGENT = "".join(f"(?<!{his}{of}{AGENT}{its})" for of in ("的", "") for its in ("的", "")
                         for his in (*_HIS, "他", *HIS_SIDE.split("|"))) + "".join(
    f"(?<!{side}的)" for side in HIS_SIDE.split("|") if side.endswith(AGENT))  # 进口代理的工厂
_FIRMS_SUPPLIER = re.compile("".join(f"(?<!{word})" for word in _HIS)
                             + _NOT_HIS_SIDE + _NOT_HIS_AGENT
                             + r"(?<!他们那边)(?<!客户那边)(?<!对方那边)"
                             r"(?:(?<!的)|(?<=我司的)|(?<=我方的)|(?<=我们的)|(?<=我公司的)"
                             rf"|(?<=本公司的)|(?<={AGENT}的))(?:{SUPPLIERS})")
_SUPPLIER = re.compile(rf"{_FIRMS_SUPPLIER.pattern}(?!的?(?:{SPEAKS}))")
STILL_SAID = r"(?:这边|那边)?(?:还|仍然?|依然|尚|都|也|一直|至今|迄今|目前|现在|暂时?)*"
STILL = rf"{STILL_SAID}\s*$"
# ... the firm no subject where it is the object of one owing, telling or answering (他欠我们
# 还没付, 一直拖欠我们还没结, 邮件回复我们还没付) nor in the buyer's words after his speaking
# (他说我们还没付, 他告诉我们还没付, 客户回复，我们还没付, 他回复：我们还没付: his "we"): read as
# the firm's, unpaid balances were nothing owed where 7,000 is, 72 days, black (rv64b s1, s10)
_TELLS = ("告诉", "回复", "通知")
_SUBJECT = re.compile(rf"(?:(?<!欠){''.join(f'(?<!{word})' for word in _TELLS)}(?P<firm>{FIRM})"
                      rf"|(?P<supplier>{SUPPLIERS})){STILL}")
# the supplier's bill by its name: money, an account or a fee (工厂的钱, 工厂货款, 货代运费)
_BILL = r"(?:钱|[货尾余欠]?款|账|[运杂]?费用?)"
# ... a carrier's only a fee (货代运费), not goods money (货代通知我们货款还没付: the buyer's,
# the forwarder holding the bill of lading till he pays)
_FEE = r"(?:账|[运杂]?费用?)"
# ... yet where the firm's supplier tells it so (工厂通知我们还没付, 船公司告诉我们还没付,
# 供应商邮件回复我们还没付) the firm is the subject of its own bill: read as the buyer's
# object, a paid balance stood 7,000 owed, 72 days, black (rv64d s1); so with the bill named
# after the firm (货代通知我们运费还没付, 供应商通知我们货款还没付: 7,000 black where paid,
# rv64d s1, s7), its money none of the buyer's
# ... and so where it says so (工厂说我们货款还没付, 工厂他们说我们货款还没付, 工厂那边他说我们
# 运费还没付: read as the buyer's goods money, paid balances stood 7,000 owed, 72 days, black,
# rv65a s9); not the buyer saying it (客户说我们货款还没付: his "we")
# (it, its people or 他 speaking: not a thing of its named, 工厂问题他说我们还没付: his words)
_TOLD_BY = (rf"(?:[^,，;；。]{{0,6}}?(?:{'|'.join(_TELLS)})"
            rf"|(?:那边|这边|方面|的人)?(?:他们?|她们?)?(?:也|都|又)?(?:{SPEAKS}))")
_SUPPLIER_TELLS = re.compile(rf"(?:(?:{MAKERS})(?={_TOLD_BY}(?:{FIRM})的?{_BILL}?{STILL})"
                             rf"|(?:{CARRIERS})(?={_TOLD_BY}(?:{FIRM})的?{_FEE}?{STILL}))")
# the buyer speaking (客户说, 他回复): 他 not right after one of the firm's suppliers, who is
# that supplier (工厂他们说我们还没付, 工厂那边他说我们还没付: its "we" the firm; read as the
# buyer's, paid balances were 7,000 owed, 72 days, black, rv64d s7); after his side's supplier
# (收货人的货代他说, 进口商工厂他说, 代理的工厂他说, 经销商的供应商他说) 他 is his side's:
# read as the firm's supplier, unpaid balances were nothing owed where 7,000 is, 72 days,
# black (rv65a s1, s7)
_HIS_SPEECH = re.compile(rf"(?:{BUYER}|(?P<he>他))[^,，;；。]{{0,6}}?"
                         r"(?:说|回复|答复|表示|称|反馈|讲|告知|告诉)[\s,，:：]*$")
_SUPPLIER_BEFORE = re.compile(rf"(?:{SUPPLIERS})(?:那边|这边|方面)?$")


def _his_speech(text: str, end: int) -> bool:
    """Does the buyer or 他 speak right before `end` (客户说, 他回复：), 他 not the firm's own
    supplier named right before it (工厂他们说, not 收货人的货代他说)?"""
    for speech in (found for at in range(end) if (found := _HIS_SPEECH.match(text, at, end))):
        if speech["he"] is None:
            return True
        supplier = _SUPPLIER_BEFORE.search(text, 0, speech.start())
        if supplier is None or _FIRMS_SUPPLIER.match(text, supplier.start()) is None:
            return True
    return False
# ... the supplier paid (还没付工厂, 还没付给货代), or the firm's agent's (还没付代理工厂: read as
# the buyer's, a paid balance stood 7,000, 72 days, black, fix66d)
_PAID_TO = re.compile(rf"\s*给?(?:{AGENT}的?)?(?:{SUPPLIERS})")
# ... the supplier's money, owed it (欠工厂) or named its (工厂的钱), with or without 的 or 那边的
# (工厂货款, 工厂尾款, 工厂那边的货款, 工厂款, 货代运费): taken out of the clause before the
# buyer's money is looked for, its 尾款 or 货款 none of his. Only 工厂的钱 was: the firm's own
# supplier bill (工厂货款还没付, 我司还没付工厂尾款, 供应商货款未结, 船公司运费还没结) put paid
# balances at 7,000, 72 days, black (rv64b s1, s5)
_SUPPLIERS_MONEY = re.compile(rf"(?:欠(?=(?:{SUPPLIERS}))"
                              rf"|(?:{SUPPLIERS})(?:那边|这边)?的?{_BILL})")


def names_supplier(clause: str) -> bool:
    """Does a clause name one of the firm's suppliers as a party to its money (工厂还没结,
    上批欠工厂的4000), not the buyer's (他们工厂) nor one speaking (工厂说)?"""
    return _SUPPLIER.search(clause) is not None


_BUYERS_OWN = re.compile(rf"{BUYER}|[尾余货欠]款")
# ... nor where the clause after it says that money is the buyer's (供应商通知我们货款还没付，是
# 客户的; 这笔是客户的钱: read as the firm's bill, a balance unpaid was nothing owed where 7,000
# is, 72 days, black, rv65a s1); not denied his (，不是客户的: the firm's)
_HIS_MONEY = re.compile(rf"\s*(?:(?:这|那|该|此)?笔?(?:钱|款)?(?:都|其实|也)?(?:是|属于))?{BUYER}"
                        r"的(?:钱|[货尾余欠]?款)?\s*$")


def firms_own(text: str, denial: re.Match[str]) -> bool:
    """Is the denial of paying or settling (没付, 还没结) the firm's own debt to its supplier:
    the supplier paid (还没付工厂, 工厂的钱) or the firm or supplier its subject (我们还没付), in a
    clause naming neither the buyer nor his money (尾款, 余款)?"""
    if not denial.group().endswith(("付", "结")):
        return False
    start = max((mark.end() for mark in CLAUSE_MARKS.finditer(text, 0, denial.start())),
                default=0)
    end = CLAUSE_MARKS.search(text, denial.end())
    clause = text[start:end.start() if end else len(text)]
    if end is not None and _HIS_MONEY.match(text, end.end(), (
            after.start() if (after := CLAUSE_MARKS.search(text, end.end())) else len(text))):
        return False  # 供应商通知我们货款还没付，是客户的
    at = denial.start() - start
    told = _SUPPLIER_TELLS.search(clause, 0, at)
    if told is not None and _FIRMS_SUPPLIER.match(clause, told.start()) is None:
        told = None  # 他们的工厂通知我们还没付: his side's
    # the bill a supplier tells of (工厂通知我们货款还没付) is no money of the buyer's
    said = clause[:told.start()] + clause[at:] if told is not None else clause
    if _BUYERS_OWN.search(_SUPPLIERS_MONEY.sub("", said)) is not None:
        return False
    subject = _SUBJECT.search(clause, 0, at)
    if subject is not None and subject["firm"] and _his_speech(text, start + subject.start()):
        subject = None  # 他说我们还没付, 客户回复，我们还没付: his "we"
    if subject is None and told is not None:
        return True  # 工厂通知我们还没付: the supplier telling the firm of its bill
    return (_PAID_TO.match(clause, denial.end() - start) is not None
            or any(names_supplier(clause[money.start():]) if money.group().startswith("欠")
                   else _SUPPLIER.match(clause, money.start()) is not None
                   for money in _SUPPLIERS_MONEY.finditer(clause))
            or (subject is not None and (subject["supplier"] is None or _SUPPLIER.match(
                clause, subject.start()) is not None)))
