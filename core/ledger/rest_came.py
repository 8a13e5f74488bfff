"""Whether a note says a rest it names came after all: the one reader of "the rest came too".

尚欠2000，4/30已补齐 is no rest owed: read by core.ledger.part_said (a part come, the rest
owed), core.ledger.payment_row_money (a plan's rest) and core.ledger.deduction_notes (a rest
beside a deduction is no sum deducted unless it came: 佣金已扣，尚欠2000已收到 read 2,000 owed,
72 days, black, where it was paid, rv64c). Apart from part_said because deduction_notes is
beneath it (part_said → short_granted → deduction_notes).
"""

from __future__ import annotations

import re

from core.ledger.amounts import parse_amount
from core.ledger.balance_words import BALANCE_WORD
from core.ledger.came_words import (
    ANOTHER_ORDER,
    CLAUSE,
    EARLIER_ORDER,
    QUESTION,
    THIS_ORDER,
    another_named,
)
from core.ledger.noted_figures import FIGURES
from core.ledger.noted_orders import REFERENCE
from core.ledger.part_of import names_money, other_after, other_before
from core.ledger.record import DEPOSIT_SAID
from core.ledger.unsure_words import HEDGE, UNSURE

# a plan, the buyer's word, a denial or a time to come before the words in their clause:
# 预计到账5000, 客户说已付一半 (rv56b: his word, owed), 下周付一半 — no money come; a hope or
# a guess (争取5/10付清, 希望, 余款约5/10到: read as come, 2,000 owed, 72 days, black was cleared,
# rv65b s9; not 合约, 签约)
NOT_COME = re.compile(r"说|预计|计划|预期|承诺|答应|将|会|要|再|下[周月个次]|月底|[未没待不]"
                      r"|最迟|最晚|应(?![收付])|争取|希望|(?<![合契签履违])约"
                      r"|(?<![a-z])(?:will|expected|said|says|not)(?![a-z])")
# the rest said come after the part (已付清, 余款已付, 余款付清, 已补齐, 4/30全部到齐, 余款4/30到,
# 已于4/25付清; not 余款下月到): fix58f read 到账5000，尚欠2000，4/30已补齐 as 2,000 owed, a paid
# buyer black (rv58d s244); in a clause of its own neither denying, promising nor asking it
# (尚未补齐, 未付齐, 余款说好4/30到, 余款最迟4/30到, 余款4/30到了吗, 余款4/30到期: 2,000 owed read
# paid, rv59a s255); the other half come (收到一半，4/28收到另一半: 3,500 black, rv59c s265); not
# goods, papers or samples come, nor freight paid (货已到齐, 单据已收到, 已付运费: part_of;
# rv59c s264, 2,000 owed read paid); received or paid in full in a word of its own (于5月收讫,
# 付讫: 2,000 owed, 72 days, black where paid, rv64d s4a), or in full (已全付, 核对后已全收: 2,000
# owed, 72 days, black where paid, rv65d s2, fix66a)
# ... in English, a clause saying nothing but the money paid, received or settled, in full or
# already, on a day at most (balance USD2000 still owed, paid on 5/10; already paid; fully paid;
# has been settled: fix67d; not will be paid, to be paid, not paid). fix67d let any clause
# opening so (paid next week, paid when goods arrive, paid 500, paid other invoices, paid to
# wrong account, paid on 5/10 per customer, received TT copy, received complaint, received L/C,
# cleared customs, settled with next order) read the rest come: 2,000, 72 days, black (7,000 on
# a 收款 tab or in a later file) read paid (rv67e, fix67i). A past "paid on 5/10" is the English
# 5/10已付, read come as it is (a bare day's arrival, 尚欠2000，5/10到账, is rest_day's)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_EN_DAY = (r"(?:\d{4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}"
           r"|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
           rf"|{_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,?\s*\d{{4}})?"
           rf"|\d{{1,2}}(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}(?:\s*,?\s*\d{{4}})?)")
# ... fix67i's clause took a day written d/m or "May 10" alone, and read the rest owed where
# its own figure (paid 2000, paid USD2000 on 5/10), a day with its year (on 2025-05-10, on
# 2025/5/10, on 10 May 2025), the means (by TT, by wire), who paid or was paid (by customer,
# to us) or a past day (last week, yesterday) followed: 2,000, 72 days, black (7,000 on a 收款
# tab or in a later file) where the rest came (rv68a B1, fix68g). Each of those says no more
# than the money came; a figure only the rest's own (paid 500: a part, owed; :func:`came_later`)
_EN_PAST = (r"(?:last|past|previous)\s+(?:week|month|friday|monday|tuesday|wednesday|thursday"
            r"|saturday|sunday)|yesterday|the\s+day\s+before\s+yesterday|earlier"
            r"|(?:\d{1,2}|a|two|three|a\s+few|few|several)\s+(?:days?|weeks?)\s+ago")
_EN_MEANS = (r"(?:by|via|through|thru)\s+(?:t/?t|wire(?:\s+transfer)?|bank(?:\s+transfer)?"
             r"|telegraphic\s+transfer|transfer|remittance|cheque|check|paypal)")
_EN_WHO = (r"(?:by|from)\s+(?:the\s+)?(?:customer|buyer|client)"
           r"|(?:to|into)\s+(?:us|our\s+(?:company|account|bank(?:\s+account)?|side))")
_EN_HOW = (rf"in\s+full|fully|already|too|as\s+well|now|{_EN_MEANS}|{_EN_WHO}"
           rf"|(?:on\s+)?{_EN_DAY}|{_EN_PAST}")
_EN_CAME = (r"^\s*(?:(?:now|since|later|already|fully|all|and|has|have|had|was|were|is|been)\s+)*"
            r"(?:paid|received|settled|cleared)"
            r"(?:\s*(?P<paid>(?:usd|us\$|\$|rmb|cny|eur)?\s*\d+(?:\.\d+)?(?:\s*(?:usd|rmb))?)(?![\d/.-]))?"
            rf"(?:\s+(?:{_EN_HOW}))*\s*[.!]*\s*$")
_CAME_AFTER = re.compile(r"已经?(?:全部?|全额)?(?:收|到|付|结清)|(?<![未没])付清|收讫|付讫"
                         r"|(?:收到|到账|[到付收]了)另一半"
                         r"|另一半(?:也|已经?)?(?:收到|到账|[到付收]了)"
                         r"|已于[^,，;；。]{0,8}?(?:付|结|到|收)|[补到付收]齐|已经?补(?![发寄开单货])|补上?了|(?:余款|另一半)[^,，;；。下将会预]{0,4}?"
                         r"\d{1,2}\s*[/月.-]\s*\d{1,2}\s*[日号]?\s*(?:已经?)?到(?!期)"
                         # ... in English, a clause of its own saying only that (:data:`_EN_CAME`)
                         rf"|{_EN_CAME}")

# a day alone after a rest said owed (尚欠2000，5/10到账, 尚欠2000（5/10收）) is the day it is said
# to come on, its figures no sums of the note's (:func:`came_on`); it is not read as the rest
# come: no reader here knows the day the note was written, and a forecast past it (7/10到账 on a
# file ending 06-30), a hope (约/争取/希望5/10到账), something else received that day (5/10收到
# 对账单, 投诉, 另一单的钱), a part of it (5/10到账一半) or a doubt after it (5/10到账，待核实)
# read as come cleared a buyer owing 2,000, 72 days, black (fix65c; rv65b s2, s9, s10). fix66f
# read one not after the sheet's last date received as come; any day did (the figure's own
# 实收5000，4/20到账, the row's own day, 运费5/10到账, 须于/大概/若5/10到账, 2026/5/10到账, a last
# date pushed late by a plan row or a typo) and cleared 2,000, 72 days, black (rv66d), with no
# received date for an as-of before the day: taken out again (fix66j). Its own day of arrival
# right after it, bounded so, is the rest's receipt of that day, a date an as-of sees: not a
# rest come here, but core.ledger.rest_day (fix67a)
# (one list of the words, rest_day's: 到了 "has come", not a bare 到, a deadline; 到帐, 入账)
DAY_CAME = r"到[账帐]|入[账帐]|到(?=了)|收讫|收到|收"
_DAY_CAME = re.compile(rf"\d{{1,2}}\s*[/月.-]\s*\d{{1,2}}\s*[日号]?\s*(?:已经?)?(?:{DAY_CAME})")


# ... nor one the next clause doubts (unsure_words: 已付，待确认, "paid by TT, to be confirmed",
# "…, not sure", "paid last week, maybe"), gives as the buyer's word (已付，客户说的, "…, customer
# says") or gives no more than a proof or a wait of (已付，未到账, "…, bank slip only", "…, not
# yet in bank", "…, waiting for bank", "…, need to check"): each clause was judged alone, read as
# the rest come, 2,000, 72 days, black (7,000 away from the order) was cleared (rv68f 8, fix68m)
_NOT_SO_NEXT = re.compile(
    r"^\s*(?:据|按)?(?:客户|买家|对方)(?:自己)?(?:说|称|讲)的?\s*$|[未没]有?(?:到账|收到|入账)|只有?水单"
    r"|(?<![a-z])(?:(?:the\s+)?(?:customer|buyer|client)\s+(?:says?|said|claims?|told)"
    r"|per\s+(?:the\s+)?(?:customer|buyer|client)|according\s+to|(?:bank\s+)?not\s+(?:yet\s+)?"
    r"(?:received|arrived|credited|in\s+(?:the\s+|our\s+)?(?:bank|account))|waiting\s+for"
    r"|pending|need\s+to\s+(?:check|confirm|verify)|(?:bank\s+)?(?:slip|copy)\s+only"
    r"|only\s+(?:a\s+)?(?:bank\s+|tt\s+)?(?:slip|copy))(?![a-z])")


def _not_so_next(clauses: list[str], place: int) -> bool:
    """Does the clause after the one at `place` doubt, claim or only prove what it says came?"""
    later = clauses[place + 1] if place + 1 < len(clauses) else ""
    return bool(UNSURE.search(later) or re.search(HEDGE, later) or _NOT_SO_NEXT.search(later))


_BALANCE = re.compile(BALANCE_WORD)
_OWN = re.compile(FIGURES)  # the rest's own figure, at its start
# ... after a rest named, the other money (还差2000，其余已全付 / 其他都已全部收到 / 其余已付): all
# but the rest came, not it; read as it, 2,000 owed, 72 days, black was cleared (rv66c, fix66i).
# After a part come (到账5000，其余已付清) 其余 is the rest itself: came. Anywhere before the
# coming word in its clause (客户其余已全付, 5/10其余已付清, 除此之外已全付: read as the rest come,
# 2,000, 72 days, black was cleared, rv67c, fix67f)
_BUT_IT = re.compile(r"其余|其他|其它|别的|除(?:此|了?这笔|了?这个)(?:之|以)外")


def came_later(text: str, at: int, rest: bool = False) -> bool:
    """Does a clause after `at` say the rest came (4/30已补齐, 于5月收讫), not denying,
    promising or asking it (尚未补齐, 余款最迟4/30到, 余款4/30到了吗), nor another's or the
    deposit's money come (:func:`_elsewhere`), nor goods, papers or samples come (货已到齐, 单据
    已收到, 已付运费: part_of) unless it names the money too (已付运费和尾款), nor, after a `rest`
    named at `at`, the other money (:data:`_BUT_IT`: 其余已全付)?"""
    clauses = CLAUSE.split(QUESTION.sub("", text[at:]))
    own = _OWN.match(text, at) if rest else None
    return any((came := _CAME_AFTER.search(clause))
               and not NOT_COME.search(clause, 0, came.end()) and not _elsewhere(clause)
               and (came["paid"] is None or own is not None and _same_sum(came["paid"],
                                                                          own["figure"]))
               and not (rest and _BUT_IT.search(clause, 0, came.start()))
               and (names_money(clause) or not (other_before(clause, came.start())
                                                or other_after(clause, came.end())))
               and not _not_so_next(clauses, place)
               for place, clause in enumerate(clauses))


def _same_sum(paid: str, own: str) -> bool:
    """Is the figure an English "paid 2000" names the rest's own figure (`own`), in its money
    (paid USD2000 of a rest USD2000 or 2000; not paid 500: a part, the rest owed)? A rest
    written bare is in the order's money, not known here: US dollars, a sale's English money,
    are taken for it, another (paid RMB2000 of a rest 2000) is not (the rest owed)."""
    (value, code), (rest, rest_code) = parse_amount(paid), parse_amount(own)
    return value is not None and value == rest and (
        code in (None, rest_code) or rest_code is None and code == "USD")


def _elsewhere(clause: str) -> bool:
    """Is the money a clause says came another or an earlier order's (另一单收讫, 上批货款已收到,
    unless it names this order too: 另一单和本单都已收讫) or the deposit's (定金货款收讫, unless
    the balance too: 定金和尾款已收齐)? Read as the rest come, a buyer owing 2,000, 72 days,
    black was cleared (rv65b s2, s5)."""
    return bool((ANOTHER_ORDER.search(clause) or EARLIER_ORDER.search(clause))
                and not THIS_ORDER.search(clause)
                or DEPOSIT_SAID.search(clause) and not _BALANCE.search(clause))


# another order or lot owns the rest only right before it (另一单尚欠2000, 新订单尚欠2000, 下批的
# 尚欠2000); before a paying word it is when the rest is paid (客户下批再付尚欠2000: fix66f), and
# further back it is what the rest was worked out from (另一单多付的1000抵扣后尚欠2000, 和另一单合并
# 结算尚欠2000: this order's, owed — read as another's, 2,000, 72 days, black was cleared, rv66d)
# Right before: nothing, 的, the order's word (订单, 单, 号单, 这单), a colon, a slash or a dash,
# or the closing bracket of a number set in 【】 or [] (X99-1订单尚欠2000, X99-1：尚欠2000,
# 【X99-1】尚欠2000, X99-1 - 尚欠2000, 另一单：尚欠2000, 2025-699订单尚欠2000: read as this
# order's, 2,000, 72 days, black where another's, rv67b s4, s7); not across a comma (X99-1，
# 尚欠2000: this order's, owed)
_OWNS_IT = re.compile(r"\s*[\]】」》]?\s*(?:的|(?:号|这)?订?单的?|这批的?)?\s*[:/\-–—]?\s*")
# ... not another product, model or style (其他型号尚欠2000, 别的款式尚欠2000, 新品尚欠2000): an
# order's lines, this order's rest (the same), nor the new order of a new buyer (新客户新订单尚欠
# 2000: his first, this one)
_LINE_OF_IT = re.compile(r"产品|货品|款|型号|品")
_NEW_BUYER = re.compile(r"新(?:客户|客人|买家)")


def rest_of_another(before: str) -> bool:
    """Do the words of its clause right before a rest (`before`) make it another order's
    (另一单尚欠2000, 新订单尚欠2000; came_words.another_named: not this order named after it),
    not a product or model of it (其他型号尚欠2000), the new buyer's (新客户新订单尚欠2000) nor
    words further back (客户下批再付尚欠2000, 和另一单合并结算尚欠2000)? One reading for a rest
    beside a deduction (core.ledger.deduction_rest) and on a balance row
    (core.ledger.part_said.others_rest)."""
    return any(_OWNS_IT.fullmatch(before, found.end()) is not None
               and _LINE_OF_IT.search(found.group()) is None
               and _NEW_BUYER.search(before, 0, found.start()) is None
               for found in another_named(before))


def rest_owner(before: str) -> str:
    """The order number right before a rest in the words of its clause before it (`before`,
    folded: x99-1 of x99-1尚欠2000 or x99-1的尚欠2000), else "": a number further back is what
    the rest was worked out from (按x99-1同价尚欠2000, x99-1多付的1000抵扣后尚欠2000: this
    order's; read as another's, 2,000, 72 days, black was cleared, rv66d)."""
    return next((found.group() for found in REFERENCE.finditer(before)
                 if _OWNS_IT.fullmatch(before, found.end()) is not None), "")


def came_on(text: str, at: int) -> bool:
    """Is `at` inside a day a rest came on (:data:`_DAY_CAME`: 尚欠2000，5/10到账's 5 and 10 are
    no figures of the note's)?"""
    return any(day.start() <= at < day.end() for day in _DAY_CAME.finditer(text))
