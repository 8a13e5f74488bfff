"""The words a payment row's note says money went back to the customer by (退汇, 退定金,
refund), and those that only speak of a refund (its fee, one asked for, one set off).

Kept apart from core.ledger.typed_rows (what a row's document type makes of its figures),
which reads a refund's row by them, as the lists of refunds and the analysis's deposit words
do.
"""

from __future__ import annotations

import re

from core.ledger.normalise import fold

# Money sent back to the customer, as a payment row's note says it: a wire returned (退汇,
# 退回货款, or the money first: 汇款退回, 款项已退回, 定金退还客户), a refund paid (退还货款, refund
# to the buyer). A sign alone says nothing: an ERP's receivables export writes every receipt
# negative (so -5,000 "汇款退回" was a second 5,000 received, break35a).
_SENT_SUM = r"(?:多[付收汇]|尾|余)款"
# an earlier order, its deposit sent back (退旧单定金, 退还上次取消订单的定金, 退之前订单的定金): a
# refund, not of this order's money (rv57c s213 r2, r3: read as no refund, -2,000 cut INV-1's
# debt 5,000 → 3,000, black → watch; core.analysis.refunds.paid_back takes it off that old
# order's money alone)
# ... or the time before, its deposit word straight after (退上次定金, 退之前的定金: rv58c s230
# b3, read as no refund: 3,000 open, PI-77's 6,000 held, 2,000 on account)
OLD_ORDER = (r"(?:(?:旧|老|之前|以前|此前|上[一个次回]?|前[一两几]?[个次])"
             r"[^,，;；。定订]{0,6}?订?[单批]的?"
             r"|(?:之前|以前|此前|上一?[次回]|前一?次)的?(?=(?:一?部分)?(?:[定订]金|预付款)))")
_OLD_DEPOSIT = re.compile(rf"退[还回]?(?:给?客户)?{OLD_ORDER}(?:一?部分)?(?:[定订]金|预付款)")
REFUND_SAID = re.compile(
    r"退汇|(?<![无未不没非])退款"
    r"|(?:退回|退还|退给客户|返还)[^,，;；]{0,4}(?:货款|款项|款|汇款|余款)"
    r"|(?:款项?|[定订]金)(?:已被|已|被|全部|全额|原路)?(?:退回|退还|返还)"
    # a deposit sent back: 退定金, 已退还客户订金, 定金已退, 预付款已退 (note39:
    # -15,000 "退定金" read as no refund; so were 退PI-77部分定金, 退尾款: rv56e)
    # not one owed, asked for or under way (待退定金, 应退定金, 申请退定金,
    # 客户要求退定金, 退定金中), one set off (扣退定金) nor a cancelled order's
    # sum (退订金额): fix39a, -15,000 read as money sent back, black listed
    r"|(?<![无未不没非予可能得需待应请求扣])退[还回]?(?:给?客户)?"
    rf"(?:{OLD_ORDER})?(?:\s*[a-z]+[-_\s]?[0-9]"
    rf"[0-9a-z_-]*\s*的?)?(?:一?部分)?(?:[定订]金|预付款|{_SENT_SUM})(?!额|中|申请)"
    r"|(?:[定订]金|预付款)(?:已被|已|被|全部|全额|原路)?退(?![货单订关运证税换])"
    r"|\brefund(?:ed)?\b|\b(?:wire|payment|remittance)s? returned\b"
    r"|\breturned (?:wire|payment|remittance)")


# a wire sent again after one was returned (退汇后重汇, 已退汇重发) is money in
_AGAIN = re.compile(r"重汇|重新汇|再次汇|再汇|重发|重新发|重付|重新付|再付|再次付"
                    r"|\bre-?sent\b|\bsent again\b|\bre-?remitted\b|\bpaid again\b")

# The words a sum set against another is written with (抵扣, 冲抵, 抵消, 抵账, 扣除): one list,
# read by a payment's note (a refund deducted from it, ASIDE) and a return's (_KEPT), so the
# two never disagree; and the one characters they are made of, alone (已扣退款, 抵R-2货款, 冲应收).
OFFSET_WORDS = "抵扣|冲抵|抵减|抵消|抵账|冲账|扣除|扣减"
OFFSET_STEM = "抵|扣|减|冲"
# Our own bank account: a sum taken from it (退款已从账户扣除) or paid into the buyer's (credited to
# buyer's bank account) is money sent, no offset (review34c: 4,000 and 2,000 credit shown).
_BANK = "账户|帐户|账号|帐号|银行"
_NOT_BANK = rf"(?:(?!{_BANK})[^,，;；])"
# the same in English: "refund deducted from our bank account" (pay35b: 4,000 credit shown)
_EN_BANK = r"bank|account|a/c|acct"

# A refund asked for (要求退款, 申请退款): none made yet.
ASKED_REFUND = r"(?:要求|申请|请求)(?:退汇|退款)"
# ... nor one to come: his word of it or a time to come after it (退款客户说下周, 退款的事客户说
# 下周, 退款下周处理, "refund, customer says next week") or a time before it (下周退款). Read as
# made, a 7,000 balance typed on a 收款 tab or in a later file with the note went −7,000, more
# than the 3,000 paid: 10,000, 72 days, black where nothing is owed (rv68e F2, fix68l). The
# times: buyer_word.LATER_TIME's, which this low module cannot import
_COMING = r"下个?[周月]|月[底初中]|明天|后天|尽快|马上|过(?:几|两|一两|段|些)(?:天|日子|时间)"
REFUND_LATER = (rf"(?:退汇|退款)(?:的事)?[^,，;；。已]{{0,8}}?(?:{_COMING})"
                rf"|(?:{_COMING})[^,，;；。已]{{0,4}}?(?:退汇|退款)"
                r"|\brefund\b[^.;]{0,30}?\b(?:next|later|tomorrow|soon)\b")
# Words about a refund that send the customer no money, read out of a note before it is
# weighed: a returned wire's bank fee (L-2 货款 扣退汇手续费, 退尾款手续费), one not returned or
# never to be (未退汇, 定金不可退款, non refund), a tax given back (退还增值税款, VAT refund), bank
# charges the buyer refunds us (refund of bank charges: money in), and a sum sent back as an
# aside to the wire's own word, bracketed, past or a part of it (INV-1尾款（上次退多付款已处理）,
# 货款，含上次退余款部分: rv57a s202 r8, r9, 5,000 paid read as sent back, 89 days, black). Read
# as a refund, a buyer's full payment was taken off what it paid.
ASIDE = re.compile(rf"(?:退汇|退款|退{_SENT_SUM})的?(?:手续费|费用|费)"
                    rf"|\([^)]*退{_SENT_SUM}[^)]*\)"
                    rf"|(?:上次|上回|上月|之前|此前|前次|含|包含|包括)[^,，;；]{{0,3}}?退{_SENT_SUM}"
                    # a refund deducted from or offset against this payment, or only asked
                    # for or refused (货款10000，已扣退款500; 抵扣上月退款后余额;
                    # 客户要求退款，已拒绝; payment less refund; refund of PI-1001 deposit
                    # deducted): money in
                    rf"|(?:{OFFSET_STEM})[^,，;；]{{0,6}}?(?:退汇|退款)"
                    rf"|{ASKED_REFUND}"
                    # the value of goods sent back set against what is owed (退回货物货款抵扣,
                    # 退回货物款冲抵货款): an offset, no money going out
                    rf"|(?:退回|退还|返还){_NOT_BANK}{{0,6}}?(?:{OFFSET_WORDS})"
                    rf"|(?:退汇|退款){_NOT_BANK}{{0,6}}?(?:{OFFSET_WORDS}|已拒|拒绝|被拒)"
                    r"|\b(?:less|minus|net of|after)(?: the)? refunds?\b"
                    r"|\brefunds?\b[^,;]{0,30}?\b(?:deducted|offset|refused|declined)\b"
                    rf"(?!\s+from\s+(?:(?:our|the|my|company)\s+)?(?:{_EN_BANK}))"
                    r"|(?:无|未|不|没有?|非|并未|尚未|不可|不予|不能|不得|无需)"
                    r"(?:退汇|退款|退回|退还)"
                    r"|\b(?:non|no|not|never)[- ]?(?:be )?refund(?:ed|able|s)?\b"
                    r"|(?:退回|退还|返还)[^,，;；]{0,4}?(?:税|手续费)"
                    r"|\b(?:bank |wire |transfer )?(?:charges?|fees?|commissions?|tax|vat|duty|"
                    r"duties) refund(?:ed|s)?\b"
                    r"|\brefund(?:ed|s)? (?:of |for |on )?(?:the )?(?:bank |wire |transfer |vat |"
                    r"tax )?(?:charges?|fees?|commissions?|tax|vat|duty|duties)\b")


def is_refund(note: object) -> bool:
    """Does a payment row's note say the money went back to the customer?"""
    if not isinstance(note, str):
        return False
    text = ASIDE.sub(" ", fold(note))
    return bool(REFUND_SAID.search(text)) and not _AGAIN.search(text)


def old_deposit_back(note: object) -> bool:
    """Does a refund's note send back an earlier order's deposit (退旧单定金), not this one's?"""
    return isinstance(note, str) and _OLD_DEPOSIT.search(fold(note)) is not None
