"""Whether a payment row's note says its money is still to come (余款未收, 待付, 尾款还没有,
pending), and of what else than the payment a denial may speak (手续费未付, 美元未结汇).

Kept apart from core.ledger.payment_kinds (which payment of its order a row is), whose length
it was: one reading asked by core.ledger.payment_row_money (is a row's money planned or come?)
and core.ledger.order_payments (a payment row's money received or a note).
"""

from __future__ import annotations

import re

from core.ledger.balance_words import UNSETTLED
from core.ledger.buyer_word import AGENTS, BUYER, HIS_SIDE, OUR_PAYEES
from core.ledger.came_words import ANOTHER_ORDER, EARLIER_ORDER
from core.ledger.normalise import fold
from core.ledger.noted_figures import NOT_HIS_EN
from core.ledger.paid_said import paid_doubted
from core.ledger.part_of import (
    COMMISSION,
    FEES,
    FIRM,
    JOINS,
    names_money,
    names_other,
    other_after,
    other_before,
)
from core.ledger.shipped_words import FEARED_ZH, NOT_ZH
from core.ledger.supplier_bill import (
    CLAUSE_MARKS,
    STILL,
    STILL_SAID,
    firms_own,
    names_supplier,
)


def still_owed(note: object) -> bool:
    """Does a note say money is still to come (余款未收, 待付, pending, due)? Then its figure
    is no payment received."""
    if not isinstance(note, str):
        return False
    text = fold(note)
    if _NONE_LEFT_DISPUTED.search(text) and (_HEARSAY.search(text) or any(
            not other_after(text, refused.end()) for refused in _REFUSED.finditer(text))):
        return True  # 客户说没有尾款了, …没有尾款了，拒付: his claim, the balance owed
    if _released_in_arrears(text):
        return True
    return any((not else_before(text, match.start()) and not _to_ours(text, match)
                and not (match["closed"] and _came_after(text, match.end()))
                and not firms_own(text, match)
                if not match["denied"]
                else _of_the_payment(text, match.start())) for match in _OWED.finditer(text))


def _released_in_arrears(text: str) -> bool:
    """Does a note say the goods went without the wait for the money (没等到账就放单了) and then
    arrears (:data:`_ARREARS`) not denied, with no money come after them? The balance owed."""
    release = _UNWAITED.search(text)
    if release is None:
        return False
    for arrears in _ARREARS.finditer(text, release.end()):
        start = max(max(text.rfind(mark, 0, arrears.start()) for mark in ",，;；。") + 1,
                    release.end())
        end = min((at for at in (text.find(mark, arrears.end()) for mark in ",，;；。")
                   if at >= 0), default=len(text))
        if not (_ARREARS_DENIED.search(text, start, arrears.start())
                or _ARREARS_ELSE.search(text[start:end])
                or names_other(text[start:end]) and not names_money(text[start:end])):
            return _CAME.search(text, arrears.end()) is None
    return False


# ... not asked, another order's, the firm's own or a supplier's (会不会拖欠？, 上批客户拖欠,
# 我们欠工厂款), nor another thing put off (船期待定, 发票等通知: part_of.names_other)
_ARREARS_ELSE = re.compile(rf"[?？吗]|{ANOTHER_ORDER.pattern}|{EARLIER_ORDER.pattern}"
                           rf"|{FIRM}|{OUR_PAYEES}")


def _came_after(text: str, at: int) -> bool:
    """Does a later clause than a denial closing its own (上次尾款还没有) say the money came,
    at no time to come (这次一起付清, 月中到了, 4/20收到; not 下周付清)? fix58d read the first
    as owed: four paid balances 0 → 7,000, 72 days, black (rv58c s232d)."""
    return any((came := _CAME.search(clause)) and not _SOON_AFTER.search(clause) and not (
        other_before(clause, came.start()) and not names_money(clause))
        for clause in CLAUSE_MARKS.split(text[at:]))  # not goods come: 货已到齐


# 未, 没(有) or 待 of money only (余款未收, 待付, 未到账, 尚未结清, 尚未全部到账, 没有收到), not of
# an invoice or goods (未开票, 待发货: the money may have come that day, fix39a), nor of goods
# received, a port or a reply (待收货, 货未到港, 客户未回复对账单), nor a due date ("payment due
# date was 3/31": rvx1 F2); "not received yet", "to be received", "yet to be paid" (rv54a U1).
# A denial owes the money only where it denies the payment, not what a paid row's note says of
# something else (rv54c R1, U4: 美元没有结汇, 美元未结汇 (the dollars not converted), 没有回单 (a
# bank slip), 没有付手续费, "bank charges not paid by buyer", "bank fee to be paid by buyer",
# "commission not paid yet" made seven paid buyers 7,000 open, 72 days, black). The denied
# thing is the object after the denial (未付佣金, 美元未结汇 尾款, 未结汇货款: the balance word
# after it is the row's label) or the subject before it (手续费未付 尾款全额); the money is owed
# where the denial's object joins the payment to it (未付佣金和货款) or is the payment itself
# (未付 发票号INV-5, 余款未付（含税）: rv54e). A money word after the denied thing read as its
# object black-listed five paid buyers at 7,000, 72 days (rv55a s10). The money named before
# a denial closing its clause (尾款还没有, 款至今没有, 钱还没) is not in, though no verb follows
# (fix58d: such balances read paid, 7,000, 72 days, black hidden); not a refund or deduction
# (退款还没有), and 到了没有 asks (came_words.QUESTION)
# (a commission by any of its names, part_of.COMMISSION: 代理费未付, 中介费还没付, 未付介绍费 on
# a received balance read as the balance unpaid, 7,000, 72 days, black where paid, fix64b)
# ... and freight or insurance, the fees beside the goods' money (part_of.FEES: 运费还没付, 客户
# 运费还没付, 出口代理的运费还没付, 未付海运费: a fee, the firm's to its forwarder or the buyer's
# apart from the balance; read as the balance unpaid, 7,000, 72 days, black where paid, fix66d)
# ... unless joined to the money by any joining word (part_of.JOINS, one list for both sides:
# 还没付运费跟尾款, 货款含运费未付, 尾款连运费还没付, 尾款和海运费还没付: both denied; fix66d joined
# fewer words after the money than before it, seven unpaid balances 7,000, 72 days, black → 0,
# rv66a s1, fix66g); nor a wait denied by shipping without it (没等到账就放单了, 没等付款就发货:
# nothing said of the money; read as it not come, 7,000, 72 days, black, fix67c) — but waited
# for and not come, 还没等到账, 一直没等到客户付款, is owed
# (the firm's releasing, one list with plan_said's way of selling, 等款到发货)
RELEASES = r"放单|放货|发货|出货|出运|交单|生产"
_SHIPPED_UNWAITED = rf"(?!等[^,，;；。]*?(?:就|便|直接|先)[^,，;；。]{{0,2}}?(?:{RELEASES}))"
# ... unless arrears are told after it (没等到账就放单了，客户拖欠 / 客户欠款 / 客户赖账 /
# 结果客户跑了 / 被骗了 / 现在联系不上客户 / 客户一直拖着 / 现在要不回来 / 坏账 / 已报信保 /
# 损失7000 / 一直在催): the goods went unpaid and the money never came; read as nothing said,
# 7,000, 72 days, black → 0 (rv67f, fix67j). The words of arrears: a debt held or put off
# (_HELD's, balance_words.UNSETTLED) and a buyer not paying, gone, insured against or written
# off; not denied or feared (客户没拖欠, 怕成坏账), not the insurer paying (信保赔付), nor the
# money said come after them (拖欠两个月后付清: _CAME)
_UNWAITED = re.compile(rf"(?:未|没有?)等[^,，;；。]*?(?:就|便|直接|先)[^,，;；。]{{0,2}}?"
                       rf"(?:{RELEASES})")
_ELSE_WORDS = rf"(?:结汇|回单|银行费|{FEES}|发票|税)"
_ELSE = (rf"(?![^,，;；。款\s（）()]{{0,3}}?{_ELSE_WORDS}"
         rf"(?!{JOINS}[^,，;；。\s]{{0,3}}?款))")
# ... nor 没有尾款了, 没有欠款 (nothing left to pay: fix59d, read owed, 7,000 black)
_LEFT = r"(?:尾款|余款|欠款)"
_LEFT_END = rf"{_LEFT}了?\s*(?:[,，;；。!！)）]|$)"
_NONE_LEFT = rf"(?!{_LEFT_END})"
# ... nor a denial of paying short (货款没少付, 没少收, 尾款没少付一分: paid in full, a double
# negation): read as 没…付, paid buyers were 7,000, 72 days, black (rv62d s581, s583)
_NOT_SHORT = r"(?![少短])"
# ... unless it is the buyer's word (客户说没有尾款了, 客户认为没有尾款了) or he refuses to pay
# (拒付, 不付; not 不付运费): his claim, the balance owed (rv59c s261: 7,000, 72 days, black read
# paid)
_NONE_LEFT_DISPUTED = re.compile(rf"没有?{_LEFT_END}")
_HEARSAY = re.compile(rf"(?:说|认为|声称|称|坚称|表示|觉得|以为)[^,，;；。]{{0,4}}?没有?{_LEFT}")
_REFUSED = re.compile(r"拒付|拒绝(?:支?付|付款)|不(?:肯|愿意?)?(?:支?付|付款)(?![清完])")
# (a fee's own figure between: 运费500还没付, 运费usd500未付 — the fee's; not 含税7000未付, the
# balance's with its tax; read as the balance, a receipt short by that fee was 7,000 owed where
# 500 is, 72 days, black, rv66a s1, fix66g)
_ITS_FIGURE = r"\s*(?:(?:usd|us\$|\$|rmb)\s*)?(?:[0-9][0-9,.]*\s*(?:元|块|美金|美元|usd|rmb)?)?"
_ELSE_BEFORE = re.compile(rf"(?:{_ELSE_WORDS}(?:原件|正本|原本)?|(?:{FEES}){_ITS_FIGURE})"
                          r"(?:还|尚|仍|都|也)?$")
# ... or a fee with the buyer named between (运费客户还没付, 代理费客户还没付, as 客户运费还没付 —
# the fee's; read as the balance, a paid 7,000 stood 72 days, black, rv67a s1, s5, fix67e); not
# a fee of the firm's own payees (货代运费客户还没付: his not paying is of the balance, fix64e)
_FEE_BEFORE_HIM = re.compile(rf"(?:{FEES}){_ITS_FIGURE}(?:{BUYER})(?:还|尚|仍|都|也)?$")
_OUR_PAYEE_BEFORE = re.compile(rf"(?:{OUR_PAYEES})的?$")
# ... nor a fee the balance includes (7000含运费客户还没付) or the balance named after the denial
# (运费客户还没付尾款): the balance's, read as the fee's a 7,000 owed was cleared (rv67h s4, fix67m)
# — not a fee the balance leaves out (7000不含运费客户还没付), nor the balance said come after
# (运费客户还没付尾款已收): the fee's, read as the balance's a paid 7,000 stood 72 days, black
# (rv68a B5, B5b, fix68h)
_FEE_INCLUDED = re.compile(r"(?:(?<![不未没])(?:含|包括|包含)|连|加上?)$")
_BALANCE_AFTER = re.compile(r"[^,，;；。]*?(?:尾款|余款|货款|余额)"
                            r"(?!\s*(?:也|都|均|早)?(?:已|收到|收了|收妥|到账|付清|结清))")
# (the money joined right before the thing, its whole name: 尾款和海运费, not 和海 before 运费)
_JOINED_BEFORE = re.compile(rf"款{JOINS}$")
# ... but an invoice denied its money (发票未付, 该发票未付, 发票尚未付清, 发票未到账) is the
# payment's own invoice unpaid, not its paper (发票未开, 发票未寄, 发票未收到, 发票未到, 发票未收,
# 发票原件未收): read as paper, two unpaid balances were paid (rv55d s50: 7,000, 72 days,
# black → 0); read as money, seven paid ones were owed (rv55f s72: 0 → 7,000, black). The
# money said done right after (发票未收尾款已付) is the invoice's paper (rv56a s120 T27: 7,000
# black)
_INVOICE = "发票"
_MONEY_DENIED = re.compile(r"(?:[未待]|没有?)(?:全部|全额|足额)?(?:付|到账|入账|结清"
                           r"|收到?(?:[款齐钱回]|尾款|余款|美金|美元|全款|货款))(?!\s*已)")
_OWED = re.compile(rf"(?:[未待]|没有?){_NOT_SHORT}{_ELSE}{_NONE_LEFT}{_SHIPPED_UNWAITED}"
                   r"(?:全部|全额|足额)?[^,，;；。]{0,1}?"
                   r"(?:收(?!到?货)|付|到(?!港|货)|汇|结|回(?!复)|还|清|款|入账)"
                   rf"|(?:[未待]|没有?)(?=给(?:{AGENTS}))"
                   r"|(?P<closed>(?:(?<=[款钱])(?<![退扣罚]款)|(?<=款项))(?:至今|目前|现在|到现在)?"
                   r"(?:还|尚|仍|都|也)?(?:没有?|未)(?=\s*(?:[,，;；。!！)）]|$)))"
                   r"|(?<![0-9a-z])(?:pending|due(?! date)|unpaid|outstanding"
                   rf"|(?<!\bwe )(?<!\bi )still ow(?:es?|ing)(?![^,，;；。]*?{NOT_HIS_EN})"
                   r"|(?P<denied>not (?:yet )?(?:been )?(?:received|paid|credited)"
                   r"|(?:yet )?to be (?:received|paid|credited)))(?![0-9a-z])")
# what else than the payment an English denial may speak of, and the payment's own words
# (freight and insurance as part_of.FEES: "freight not paid yet" read as the balance, a paid
# buyer 7,000, 72 days, black, rv66a s1, fix66g)
_OTHER_EN = re.compile(r"(?<![a-z])(?:bank charges?|charges?|fees?|commissions?|tax(?:es)?|vat"
                       r"|duty|duties|freight|insurance)(?![a-z])")
_PAYMENT_EN = re.compile(r"(?<![a-z])(?:payments?|balance|deposit|money|funds?|amount|remittance"
                         r"|invoice|sum)(?![a-z])")
# the money come after a denial of an earlier time, and a time to come that makes it a plan
# (not 已到港: the ship's, fix60d)
_CAME = re.compile(r"付清|结清|还清|付了|到了|收到|(?:全部|全额|已经?)到账|已付|已收|已到(?!港)")
# a denial of paying one of ours (没付给代理, 未付给工厂: buyer_word.OUR_PAYEES) is of what the firm
# owes, not the buyer's money (rv61b s421b: 佣金还差一半没付给代理, a paid balance 7,000 black)
_TO_OURS = re.compile(rf"给(?:(?P<agent>{AGENTS})|{OUR_PAYEES})")
# ... but the buyer's balance or goods money not yet paid to an agent (客户尾款还没付给代理, 货款还
# 没给代理) is his debt, the agent passing it on: read as ours, a balance never paid was 0 where
# 7,000 is owed, 72 days, black (rv61d s460 A9, A23); so is the buyer's own denial, the money
# named a clause before (尾款到期，客户还没付给代理, 货款收不回来，客户还没付给代理: read as ours
# since lead61f, three unpaid balances 7,000 black → 0, rv62a s520 A1, A6, A7)
_BUYER_DENIES = re.compile(rf"{BUYER}(?:还|尚|仍|都|也)?$")
# ... not the money said come before it (货款到了还没给代理佣金, 尾款到了还没给代理: the firm's
# commission unpaid, a paid buyer read 7,000 black, rv61f s505 B1, B2); due, lost or late is not
# come (尾款到期了还没付给代理, 货款收不回来, 尾款来不及: 7,000 black → 0, rv62a s520 A2); nor
# the money said paid (客户付了尾款还没付给代理: 7,000 black where paid, since lead61f)
_BUYERS_CAME = r"\s*(?:(?:已经?|都|也)?(?:到[了账齐]|收[到齐了]|来了)|已经?[到收](?!期))"
# ... nor where a commission is what the denial denies: named between the money and it (尾款到账
# 了 代理佣金未付给代理) or its object (还没给代理佣金, 给代理的中介费). One in another clause
# (客户尾款还没付给代理，代理佣金已付; （含佣金）; 中介费另算) is not: read so since lead61g, seven
# unpaid balances were 7,000 black → 0 (rv62a s520 A3, A4, A8, A13, A15, s526 K4)
# (part_of.COMMISSION: a commission by each of its names)
_BUYERS_MONEY = re.compile(rf"(?<!付了)(?<!已付)(?<!收到)(?<!已收)[尾余欠货]款(?!{_BUYERS_CAME})"
                           rf"(?:(?!{COMMISSION})[^,，;；。])*$")
_COMMISSION_DENIED = re.compile(rf"[^,，;；。\s（）()]{{0,3}}?{COMMISSION}")


def _to_ours(text: str, denial: re.Match[str]) -> bool:
    """Is a denial of paying one of ours (:data:`_TO_OURS`), not the buyer's money to an agent?"""
    payee = _TO_OURS.match(text, denial.end())
    return payee is not None and not (
        payee["agent"] and (_BUYERS_MONEY.search(text, 0, denial.start()) is not None
                            or _BUYER_DENIES.search(text, 0, denial.start()) is not None)
        and _COMMISSION_DENIED.match(text, payee.end()) is None)


# a denial of the firm paying or settling its own supplier: core.ledger.supplier_bill
def supplier_paid(clause: str) -> bool:
    """Does a clause name a supplier as a party to its money (supplier_bill.names_supplier:
    上批欠工厂的4000已付, the firm's own debt), not as money the firm received (上批欠工厂的4000
    已收到: the buyer's for that batch; read as the firm's, a deposit cell left the paid 4,000
    owed 39 days, watch, fix64b)?"""
    return names_supplier(clause) and _COMING.search(clause) is None


def firms_bill(clause: str) -> bool:
    """Does a clause deny paying only the firm's own supplier bill (工厂货款还没付, 我们还没付工
    厂: supplier_bill.firms_own), not the buyer's money? (part_said asks it of the clause
    beside goods short: 还差2000的货，工厂货款还没付 is no money of his to come.)"""
    denials = list(_OWED.finditer(clause))
    return bool(denials) and all(firms_own(clause, denial) for denial in denials)


_SOON_AFTER = re.compile(r"下[周月个次]|月底|明天|后天|将|会|再|预计|计划|要")


def else_before(text: str, at: int) -> bool:
    """Is the denial at `at` of something else named right before it (手续费未付, 美元未结汇),
    not of an invoice's money (发票未付: :data:`_MONEY_DENIED`)?"""
    found = _ELSE_BEFORE.search(text, 0, at)
    if found is None and (fee := _FEE_BEFORE_HIM.search(text, 0, at)) is not None and (
            _OUR_PAYEE_BEFORE.search(text, 0, fee.start()) is None
            and _FEE_INCLUDED.search(text, 0, fee.start()) is None
            and _BALANCE_AFTER.match(text, at) is None):
        found = fee
    return found is not None and _JOINED_BEFORE.search(text, 0, found.start()) is None and not (
        found.group().startswith(_INVOICE)
                                      and _MONEY_DENIED.match(text, at) is not None)


# a debt said still owed by a word of its own (上批欠款4000暂欠, 先欠着, 还欠着, 拖欠, 申请延期),
# not paid now in its clause (付上批还欠的4000, 上批先欠的4000一起付: the debt's name, paid; read as
# owed, a paid debt stood 4,000 watched: rv61e s481, s482): the earlier-debt rules' one list,
# asked beside a deposit (core.ledger.deposit_parts) and of a number a lump's note leaves owed
# (core.ledger.named_papers: 含L3-3货款，L3-1暂欠)
_NOT_DENIED = r"(?<!不)(?<!不再)(?<!不用)(?<!无需)"
# ... or not paid, or not payable now (还没付, 未还, 这次付不清, 付清不了: read as paid beside a
# deposit since fix62b, a debt 4,000 watched, 39 days read 0, rv62b s540 D1, D2, D8, D16)
# ... or not come in (还没到账, 未收到: read as paid beside a deposit, the old 4,000 owed 39 days,
# watch, was cleared; fix63d)
# (not goods received, 没收到货; but 货款 is money: 上批欠款4000，没收到货款 read as nothing said,
# the old 4,000 owed 39 days, watch, was cleared, fix64b)
_UNPAID = (r"(?:没有?|未)(?:付|还|结|到账|收到(?!货(?!款))|入账)"
           r"|(?:付|还|结)清?不(?:清|了|起|完|上)")
_HELD = r"还欠着|暂欠|先欠|还欠|尚欠|仍欠|欠着|拖欠|延期"
# (the arrears told after goods released unpaid: :data:`_UNWAITED`)
_ARREARS = re.compile(rf"{UNSETTLED}|{_HELD}|欠款|欠钱|赖账|跑了|跑路|被骗|骗了|联系不上|失联"
                      r"|要不回|收不回|坏账|信保(?![^,，;；。]{0,3}?赔)|损失|(?:一直|还|仍然?)在?催")
_ARREARS_DENIED = re.compile(rf"(?:{NOT_ZH}|{FEARED_ZH}|不|从不|从没|没|避免|以免)"
                             r"[^,，;；。]{0,3}$")
_OWED_WORDS = rf"{_HELD}|{_UNPAID}"
# ... but not naming the debt by how it stood till now (上批延期的尾款4000, 上批延期款4000: fix62h,
# rv62b s540 D11; 上批欠着的4000这次付清,
# 付上批还欠的4000: the deferred, the owed balance, which this money pays), nor denied (上批欠款
# 4000不用延期了, 无需再等): read as owed or put off, a paid debt stood 4,000 watched (rv61e s482
# W3–W5; lead61e's list had the denials alone)
# (a coming denied, or a denial after still, before the money closing the clause denies it,
# 没收到货款, 还没付货款: read as a name, the old 4,000 owed 39 days, watch, was cleared; not
# 上次未付货款, the debt's name on a wire, fix64b)
_NAMING = re.compile(rf"(?:{_OWED_WORDS})(?:的(?=.)|(?=(?:[尾余货]?款|部分)(?!\s*$)))"
                     rf"|(?<![还尚仍])(?:{_OWED_WORDS})(?<![到账])(?=[尾余货]?款|部分)"
                     rf"|(?:不|无需|无须)(?:再|用|必|能|要|需要?|可以?)?再?(?:{_OWED_WORDS}|等)")
# ... or only asked (含上批欠款4000？待确认: read as paid by the cell, a watched buyer's 4,000 was
# cleared, rv61d s463 S4, S11, S12, S16, S18)
_ASKED = r"待确认(?!发货|出货|交期|货期)|[?？]"
_DEBT_OWED = re.compile(rf"{_NOT_DENIED}(?:{_OWED_WORDS}|{_ASKED})")
_ASKED_ONLY = re.compile(_ASKED)
# ... but a not-paid word (未付, 没付, 付不了) speaks of the money its clause names: in a clause not
# naming the debt it is this order's balance (尾款未付, 余款没付) or the firm's own bill (货代费
# 未付, 工厂的钱我司还没付, 运费我们付不了): read as the debt's since fix62h, a paying buyer's
# 7,000 deposit cell left his 4,000 owed, 39 days, watched (rv62e s600, s604); a word of owing
# of its own (暂欠, 先欠着) still does (lead61f: 定金3000，上批欠款4000，暂欠)
_DEBT_HELD = re.compile(rf"{_NOT_DENIED}(?:{_HELD}|{_ASKED})")
# ... of a number: not the owed money's name (INV-101拖欠款, 暂欠的货款: what the money pays)
_NUMBER_OWED = re.compile(rf"{_NOT_DENIED}(?:{_OWED_WORDS})(?!的?货?[款钱])")
# (not the debt named by its due, 上批应该付的4000 / 应付的 / 该付的: read as paid now, his word
# after it, 客户说已付, was this money's and cleared 4,000, 39 days, watch, rv68a, fix68h)
PAYS_IT = re.compile(r"(?<![未没不应该])(?<!应当)(?:付|补|还清|结清)(?!清?不)|^加")


def as_said(clause: str) -> str:
    """A clause (folded) without the words naming its debt by how it stood or denying a
    deferral (:data:`_NAMING`): what is left says whether the debt is owed or put off now
    (core.ledger.named_papers reads an earlier debt's clauses so too)."""
    return _NAMING.sub("", clause)


def debt_owed(clause: str, named: bool = True, before: str = "") -> bool:
    """Does a clause beside a deposit say its earlier debt is still owed or only asked? Where
    the clause does not name that debt (`named`), only by a word of owing (:data:`_DEBT_HELD`);
    a 已付 reported by the clause `before` it (客户说，财务说…已付: paid_said.paid_doubted)."""
    said = as_said(clause)
    found = next((match for match in (_DEBT_OWED if named else _DEBT_HELD).finditer(said)
                  if _of_money(said, match)), None)
    return found is not None and (PAYS_IT.search(clause) is None or _ASKED_ONLY.match(
        found.group()) is not None) or named and paid_doubted(said, before)  # 已付？, 是否已付


def number_owed(clause: str) -> bool:
    """Does a clause say the paper it names is still owed (L3-1暂欠, INV-102先欠着), so the
    money beside it is not that paper's?"""
    said = as_said(clause)
    return any(_of_money(said, match) for match in _NUMBER_OWED.finditer(said)) and (
        PAYS_IT.search(clause) is None)


# a coming denied (还没收到, 未到账, 没入账) is of the debt only where what did not come is money:
# nothing named (还没到账), money (钱还没收到, 款未入账, 上批欠款4000还没到账, 还没收到钱) or the
# firm receiving (我们还没收到); not a paper or any other thing (发票还没收到, 上批欠款4000的发票
# 还没收到, 回复还没收到, 东西还没收到, 退税还没到账, 还没收到合同): read as the debt's since
# fix63d, a paying buyer's old invoice was 5,000 owed 84 days, black on a wire, and a deposit
# cell left his paid 4,000 owed 39 days, watch (rv63b s8)
_COMING = re.compile(r"到账|收到|入账")
_STILL_WORDS = re.compile(STILL)  # the words of still before a denial, one list
_MARKS = re.compile(r"[,，;；。!！?？()（）\s]")
_MONEY_SUBJECT = re.compile(rf"(?:[款钱]|款项|美金|美元|[0-9a-z]|{FIRM})$")
_NO_OBJECT = re.compile(r"(?:了|呢|啊|的|哦|喔)*$")
_ELSE_MONEY = re.compile(rf"{_ELSE_WORDS}[款钱]$")  # 退税款还没到账: the tax refund's


def _of_money(text: str, denial: re.Match[str]) -> bool:
    """Is a word of owing (:data:`_UNPAID`) of money: not a coming denied of a paper or another
    thing (:data:`_COMING`)?"""
    if _COMING.search(denial.group()) is None:
        return True
    before = text[:denial.start()]
    subject = _MARKS.split(_STILL_WORDS.sub("", before, count=1))[-1]
    thing = _MARKS.split(text[denial.end():])[0]
    if _NO_OBJECT.match(thing) is None:
        return names_money(thing)  # 还没收到钱, not 还没收到发票
    return not subject or (_MONEY_SUBJECT.search(subject) is not None
                           and not other_before(subject, len(subject))
                           and _ELSE_MONEY.search(subject) is None)


# a clause of no money of its own (这次补上, 一起付了): the money a clause before it named
_OWN_MONEY = re.compile(r"[款金货钱费单批0-9]")
# ... after the debt's, a clause speaking of it by a bare word (上批欠款4000，钱还没付; 这笔款
# 未付), not of this order's parts or other money (尾款未付, 余款没付, 货代费未付, 本单货款
# 还没付), nor of what the firm pays its own (工厂的钱我司还没付, 运费我们付不了); 货款 with no
# word of this order is the debt's goods money (上批欠款4000，货款未付: read as this order's, a
# debt unpaid was cleared by the cell, 4,000 owed 39 days, watch → 0, rv62g s641)
# bare only, at the clause's start (after a conjunction or pronoun: 但货款未付, 其货款, 该货款, 不
# 过货款还没付) or that batch's (那批的货款, 之前的货款); not a product's, the rest's or the bulk
# order's (瑜伽垫货款, 瑜伽垫的货款, 余下的货款, 剩下的货款, 大货款未付: this order's, read as the
# debt's, 0 → 4,000 owed 39 days, watch, rv62i s681, rv63a s4), nor this time's (这次的货款).
# Read as this order's, 但货款未付 and 那批的货款未付 cleared a debt of 4,000 owed 39 days, watch
# (rv63a s4)
_DEBT_ITSELF = re.compile(r"(?:这笔|那笔|此笔)?(?:欠款|欠的钱"
                          r"|(?:^\s*(?:但是?|不过|可是|只是|然而|而|其|该|这笔|那笔|此笔)?"
                          r"|(?:那[批单笔次]?|之前|以前|上次|原来|旧)的?)货款"
                          r"|(?<![尾余货贷定订首预罚退扣])款项?|钱"
                          # ... and a clause only denying 货款 come or paid (没收到货款, 还没付货款:
                          # the debt's; read as other money, a deposit cell cleared the old
                          # 4,000 owed 39 days, watch, fix64b)
                          rf"|^\s*{STILL_SAID}(?:没有?|未)(?:收到|付|结)清?货款\s*$)")
# ... nor paid to an agent or the firm's supplier (钱还没付给代理, 钱还没付给工厂:
# supplier_bill.names_supplier), nor the firm's own debt by supplier_bill.firms_own's rule
# (我们还没付工厂, 我司还没结); not any clause naming the firm or a factory (我们催了还没付,
# 我们还没收到, 他们的工厂还没付, 工厂说还没付: the buyer's debt, chased, not come, his side's;
# read as the firm's, a wire paid the old 5,000 and hid it, 84 days, black, and a deposit cell
# cleared a watched 4,000, fix64b)
_AGENTS = re.compile(AGENTS)
# ... and a part's name the debt bears (上批尾款4000，尾款未付: the last batch's 尾款, not this
# order's; read as this order's, the 4,000 owed 39 days, watch, was cleared, rv62g s641)
_PART_NAMES = re.compile(r"尾款|余款")
# ... and his side named (收货人财务说已付: its 货 no goods of its own; read as other money, a
# wire paid X-1 and hid it, 84 days, black, and a deposit cell cleared a watched 4,000, rv65a)
_HIS_SIDE = re.compile(HIS_SIDE)


def owed_after(clause: str, debt: str) -> bool:
    """Does a clause right after one naming the earlier debt (`debt`) speak of that debt
    (:func:`of_the_debt`) and say it is still owed (上批欠款4000，钱还没付; 上次欠款，货款未付)?
    The one reading of a deposit cell's note (core.ledger.deposit_parts) and a wire's
    (core.ledger.named_papers.earlier_money): read as paid on a wire, the old 5,000 84 days,
    black was hidden where the cell kept it owed (fix63d). A 已付 reported or asked after a
    clause paying the debt now (补上次欠款，客户说已付) is of this money (fix64b)."""
    return of_the_debt(clause, debt) and debt_owed(clause, before=debt) and not (
        paid_doubted(clause, debt) and PAYS_IT.search(debt) is not None)  # 补上次欠款，客户说已付


def own_money(clause: str) -> bool:
    """Does a clause name money, a paper or a figure of its own (not 这次补上, 谢谢)?"""
    return _OWN_MONEY.search(clause) is not None


def of_the_debt(clause: str, debt: str) -> bool:
    """Does a clause after one naming the earlier debt (`debt`) speak of that debt (还没付,
    钱还没付, 货款未付), naming no other money and no payee of the firm's?"""
    bare = _HIS_SIDE.sub("", _DEBT_ITSELF.sub("", clause))
    for name in set(_PART_NAMES.findall(debt)):
        bare = bare.replace(name, "")
    return not own_money(bare) and _AGENTS.search(clause) is None and not names_supplier(
        clause) and not any(firms_own(clause, denial) for denial in _OWED.finditer(clause))


def _of_the_payment(text: str, at: int) -> bool:
    """Is the English denial at `at` of the payment: its clause names no fee, charge,
    commission or tax, or names the payment itself ("balance not paid")?"""
    start = max((mark.end() for mark in CLAUSE_MARKS.finditer(text, 0, at)), default=0)
    end = CLAUSE_MARKS.search(text, at)
    clause = text[start:end.start() if end else len(text)]
    return _OTHER_EN.search(clause) is None or _PAYMENT_EN.search(clause) is not None
