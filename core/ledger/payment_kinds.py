"""Which payment of an order a note says it is: the deposit (or first), the Nth, the balance.

A clerk's 收款 tab and the bank's list write an invoice's payments under its one reference
("定金 N-1", "余款 N-1"): the reference cannot tell a deposit from the balance that came the
same day. Read as one wire less its bank charge (core.ledger.payment_lines.bank_read), the
deposit was dropped and a buyer who had paid in full shown owing it (break34b). Two rows whose
notes say different payments of the order are two payments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from core.ledger.balance_words import BALANCE_WORD as _BALANCE_WORD
from core.ledger.balance_words import TO_COME as _TO_COME
from core.ledger.balance_words import not_elsewhere
from core.ledger.normalise import fold
from core.ledger.noted_orders import other_references, wire_references
from core.ledger.payment_words import CURRENCY, NUMBER
from core.ledger.record import DEPOSIT_SAID

BALANCE = 0  # the last payment: the second, third or any after the first
MIDDLE = -1  # a payment after the first, not said to be the last (进度款, a progress payment)
DEPOSIT = 1  # the deposit or first payment (定金, 首款, 预付款)
# The Chinese words a note says a payment's place by (folded), the place (1: the deposit or
# first) and their English: the one table of them, by which an English list also prints a
# terms cell's (core.actions.ledger_words.TERMS; the two held 预付款 apart, fix34a). 全款 (the
# whole sum) is none: paid in advance (全款预付) it is the one 预付款, paid last the balance
# (付清全款), so it tells neither from the other.
NAMED: tuple[tuple[str, int, str], ...] = (
    ("定金", 1, "deposit"), ("订金", 1, "deposit"), ("首付", 1, "down payment"),
    ("预付款", 1, "advance payment"), ("首笔", 1, "first payment"), ("首款", 1, "first payment"),
    ("首期", 1, "first instalment"), ("余款", BALANCE, "balance"), ("尾款", BALANCE, "balance"),
    ("余额", BALANCE, "balance"), ("尾数", BALANCE, "balance"), ("剩余", BALANCE, "balance"),
    ("进度款", MIDDLE, "progress payment"), ("中期款", MIDDLE, "interim payment"))
# 剩余 (what is left), "rest", "remaining" say the balance only of a payment: beside a payment
# word (剩余货款, 剩余款, 剩余金额, "remaining balance", "rest of payment") or closing the note
# ("N-1 剩余"); "N-1 剩余数量5月发", "remaining qty ships May", "rest of goods" are goods left to
# ship (review34c: a deposit wire less its charge read as the balance, a debt of 5,050 hidden).
_LEFT = ("剩余",)
_CLOSES = r"\s*(?:$|[,，.。;；:：)）/])"
_LEFT_PATTERNS = (
    rf"剩余(?=的?(?:货款|款|金额|余款|尾款)|{_CLOSES})",
    rf"(?<![0-9a-z])(?:rest|remainder|remaining)(?=(?: of)?(?: the)? ?(?:payment|balance|"
    rf"amount|sum|funds?|instal?l?ment|tranche|remittance)(?![0-9a-z])|{_CLOSES})")
_KINDS: tuple[tuple[str, int], ...] = (
    *((word, place) for word, place, _english in NAMED if word not in _LEFT),
    *((english, place) for _word, place, english in NAMED),
    ("final payment", BALANCE))
# An ordinal is a payment's place only where it qualifies a payment: 第二笔, 二期款, "2nd
# payment", "second instalment"; not "3rd party", "value date 2nd", "1st Bank of Nigeria".
_ZH_ORDINALS = "一二三四五六七八九"
_EN_ORDINALS = (("1st", "first"), ("2nd", "second"), ("3rd", "third"), ("4th", "fourth"),
                ("5th", "fifth"))
_PAYMENT = r" ?(?:payment|instal?l?ment|tranche|remittance)"
_ORDINALS: tuple[tuple[str, int], ...] = (
    *((rf"第[{zh}{n}](?:笔|期)|(?<![第0-9十{_ZH_ORDINALS}])[{zh}{n}]期(?:货?款)", n)
      for n, zh in enumerate(_ZH_ORDINALS, start=1)),
    *((rf"(?<![0-9a-z])(?:{short}|{word}){_PAYMENT}(?![0-9a-z])", n)
      for n, (short, word) in enumerate(_EN_ORDINALS, start=1)))
# a 品名 naming a middle payment (二期款, 第二笔款, 三期货款, 中期款) stands for its own row
# under its order (core.ledger.order_payments.PAYMENT), as 定金 and 尾款 do: the ordinals above
# ("2nd payment", "interim payment"); a phase without 款 not (二期, 第二期, 第2期: a project's
# phase of goods, its line's 8,000 dropped and its 4,000 received counted again as credit:
# rv55b), but 第二期 before 进度款 (第二期进度款)
_EN_NTH = "|".join(word for pair in _EN_ORDINALS for word in pair)
# an English ordinal as a whole word, beside a payment's word in a 品名 (定金 second, 2nd
# deposit: core.ledger.order_payments.PAYMENT); after the first, another payment than the one
# before it (read as the row's deposit again, 6,128 owed where nothing was: rv59g s293 q6)
EN_ORDINAL = rf"(?<![0-9a-z])(?:{_EN_NTH})(?![0-9a-z])"
_EN_LATER = "|".join(word for pair in _EN_ORDINALS[1:] for word in pair)
LATER_ORDINAL = rf"(?<![0-9a-z])(?:{_EN_LATER})(?![0-9a-z])"
NTH_PAYMENT = (rf"第[{_ZH_ORDINALS}1-9](?:笔款?|期货?款|期(?=进度款))|[{_ZH_ORDINALS}1-9]期货?款"
               rf"|中期款|(?:{_EN_NTH}|interim|progress){_PAYMENT}")
# ... and a phase alone (第二期, 第2笔) where it qualifies a payment word in its brackets
# (定金（第二期）: core.ledger.order_payments.QUALIFIER), never standing for a row of its own
PHASE = rf"第[{_ZH_ORDINALS}1-9][期笔次]"
# a Latin word is read whole ("rest" is not in "interest"); a Chinese one where it stands
_WORDS = tuple((re.compile(re.escape(word) if not word.isascii() else
                           rf"(?<![0-9a-z]){re.escape(word)}(?![0-9a-z])"), place)
               for word, place in _KINDS) + tuple(
    (re.compile(pattern), place) for pattern, place in _ORDINALS) + tuple(
    (re.compile(pattern), BALANCE) for pattern in _LEFT_PATTERNS)


def kinds(note: object) -> frozenset[int]:
    """The payments of its order a note says it is (none: it says none)."""
    if not isinstance(note, str) or not note.strip():
        return frozenset()
    return _kinds(note)


@lru_cache(maxsize=1 << 14)
def _kinds(note: str) -> frozenset[int]:
    """Per distinct note, not per row: a clerk's book repeats its few hundred notes and 品名
    (定金30%, 尾款70%) on thousands of payment rows, each asked of every other payment row of
    its order (perf56a: 70,000 asks of a 10k book, 2.2 s)."""
    text = fold(note)
    return frozenset(place for word, place in _WORDS if word.search(text))


def kinds_at(note: str, places: frozenset[int]) -> list[int]:
    """Where a folded note names a payment of one of `places` (its words' starts), for a
    reader cutting a clause before this payment's words (core.ledger.others_money)."""
    return [found.start() for word, place in _WORDS if place in places
            for found in word.finditer(note)]


def other_payments(one: object, other: object, same_day: bool = True) -> bool:
    """Whether two notes say different payments of their order (定金 and 余款, 第一笔 and
    第二笔, 首期款 and 二期款): neither saying one the other may be. The balance may be the
    second or third, where the two are of one day (`same_day`: a bank's 第二笔 and a clerk's
    尾款 of one wire); of two days only a payment said at the same place is the other (March's
    第二笔 and April's 尾款 are two payments)."""
    first, second = kinds(one), kinds(other)
    if not same_day:
        return bool(first and second) and not first & second
    return bool(first and second) and not any(_may_be(a, b) or _may_be(b, a)
                                              for a in first for b in second)


def of_another(note: object, own: object, others: Iterable[object] = ()) -> bool:
    """Whether a note on a payment row speaks of another payment of its order than the row's
    own (`own`: its 品名): a different one (:func:`other_payments`), or only payments another
    payment row of the order is (`others`: their 品名) and not its own. 二期款 may be the
    balance (a 尾款 row noted 二期款已到账 of an order of 定金 and 尾款: fix54h), not where the
    order books its 二期款 on a row of its own: the note speaks of that one (acct55a)."""
    if other_payments(note, own):
        return True
    said, mine = kinds(note), kinds(own)
    held = frozenset(place for other in others for place in kinds(other))
    return bool(said) and not said & mine and all(
        any(_same_middle(place, other) for other in held) for place in said)


def _same_middle(place: int, other: int) -> bool:
    """Whether a payment said at `place` is the one at `other`: the same, or a middle payment
    unnumbered (中期款, 进度款) and a numbered one after the first (二期款 of a 首付款 / 中期款 /
    尾款 order is its 中期款)."""
    return place == other or (MIDDLE in (place, other) and (place > 1 or other > 1))


def line_payment(note: object, line: object, same_day: bool = True) -> bool:
    """Whether a row's `note` names a payment of its order other than its line's (`line`: the
    note of the order's row, or the one stored on it): different payments (:func:`other_payments`,
    第二笔 and 尾款 may be one), or a payment named beside a line naming none, which is the
    order's row itself (a copy noted 尾款 of a row with no note books the balance). The one
    rule core.ledger.payment_copies and core.ledger.stored_figure ask; between two payment
    rows a note naming none tells nothing (a bank's bare reference: :func:`apart`). `same_day`:
    the two may be of one day (a sheet's copy of a row); a stored receipt and a later file's
    row of another day are not."""
    return bool(kinds(note)) and (not kinds(line) or other_payments(note, line, same_day))


def _may_be(place: int, other: int) -> bool:
    """Whether a payment said to be at `place` may be the one said at `other`: the same, or
    the balance or a progress payment any after the first (a progress payment may be the
    last one too)."""
    return place == other or (place in (BALANCE, MIDDLE) and (other > 1 or other in (
        BALANCE, MIDDLE)))


def apart(one: object, other: object) -> bool:
    """Whether two payment rows' notes say they are two payments, whatever else they share:
    each its own wire reference of one kind (N-1 TT-881, N-1 TT-882), or different payments
    of their order (定金 N-1, 余款 N-1). The one rule the bank's reading of a wire
    (core.ledger.payment_lines.bank_read) and a payment's place among its sum and day's
    (core.ledger.payment_places) keep two payments apart by."""
    return other_references(one, other) or other_payments(one, other)


# A balance's note naming the deposit as past (尾款（30%定金已付）, 余款，扣除定金, 定金已收,
# 余款（已付定金）, "balance less deposit"): its 定金 says what was paid before, not that this
# money is a deposit. Read as one, Lima's 70 % balance of 2,776.90 naming its own PO-LIMA-77
# was held for that number instead of paying INV2503-08 (rv55a s06a: 2,777 open, 31 days, watch
# where nothing is).
_DEPOSIT_WORD = r"(?:定金|订金|预付款?|预收款?|首付款?)"
_DEPOSIT_EN = r"(?:deposit|advance|down ?payment|pre-?payment)"
# ... and so does a share after or beside the deposit (定金外的70%, 定金之后的二期款, 30%定金前已付,
# "70% after deposit": rv56a s126, Lima's balance held, 2,776.90 open, 31 days, watch → 0)
_PAST_DEPOSIT = re.compile(
    rf"(?:已付|已收|已到|扣除|扣减|扣|减去|减|抵扣|抵)[^,，;；。\s]{{0,4}}?{_DEPOSIT_WORD}"
    rf"|{_DEPOSIT_WORD}\s*(?:\d+(?:\.\d+)?\s*%\s*)?(?:之?前|早前|先)?已(?:经)?(?:付|收|到|扣|抵)"
    rf"|{_DEPOSIT_WORD}(?:[之以]?[后外])"
    rf"|(?<![a-z])(?:less|minus|after|net of|besides|excluding)\s+(?:the\s+)?(?:\d+%\s*)?"
    rf"{_DEPOSIT_EN}"
    rf"|{_DEPOSIT_EN}\s+(?:already\s+|was\s+|has been\s+)?(?:paid|received|deducted)(?![a-z])")
# ... of which 已收 / 已到 / "received" alone (已收定金30%) may say this money is that deposit; the
# rest (已付, 扣除, 之前已收, "paid", "less") says it came before this money (new_order_deposit)
_GOT = re.compile(rf"已[收到][^,，;；。\s]{{0,4}}?{_DEPOSIT_WORD}|{_DEPOSIT_WORD}\s*已(?:经)?[收到]"
                  rf"|{_DEPOSIT_EN}\s+(?:already\s+|was\s+|has been\s+)?received")


def deposit_money(text: object) -> bool:
    """Does a payment's note or number say its money is a deposit (record.DEPOSIT_SAID): not
    where it names a balance paid (:func:`balance_paid`), nor where its money is the balance (a
    balance word not of one still to come: :data:`_TO_COME`) and every deposit it names is past?
    The one test the import (core.ledger.unsold_refs, unsold_receipts) and the analysis
    (core.analysis.fetch) hold a deposit for a number no file sells by."""
    if not isinstance(text, str) or DEPOSIT_SAID.search(text) is None:
        return False
    folded = fold(text)
    return not balance_paid(folded) and (BALANCE not in kinds(_TO_COME.sub(" ", folded)) or
                                         DEPOSIT_SAID.search(_PAST_DEPOSIT.sub(" ", folded))
                                         is not None)


# A wire paying a balance beside a deposit (定金及尾款一次付清, 付清PI-77定金及INV-1余款,
# 全款（含定金）, "deposit and balance in full") is the balance first: read as a deposit,
# FZE's 6,000 was all held while INV-1's 5,000 stood 89 days overdue (rv56d s140). The whole
# sum paid (全款, 一次付清) says it as a balance word does, but not paid ahead (全款预付: the one
# 预付款); a balance still to come or a share of the terms (尾款70%) is none paid. What part is
# a deposit: deposit_parts.
_WHOLE = re.compile(r"全款(?!预)|一次性?付清")


def balance_paid(folded: str) -> bool:
    """Does a folded note name a balance this money pays (尾款, 余款, balance, 全款, 一次付清)?"""
    rest = _BALANCE_SHARE.sub(" ", _TO_COME.sub(" ", not_elsewhere(folded)))  # not this wire's
    return BALANCE in kinds(rest) or _WHOLE.search(rest) is not None


# a new order's own deposit said so (新订单PO-LIMA-77定金30%, "deposit 30% for new order", 预付款)
NEW_ORDER = re.compile(r"新的?订?单|预付款|(?<![a-z])new (?:order|po)(?![a-z])")


# ... or naming its own share (已收定金30%, 30%定金已收到, "30% deposit") where the balance it names
# is only one still to come, of no share (尾款见提单副本付): the note says which part of the order
# this money is. A balance's note naming its share (70% balance against B/L copy, 30% deposit
# paid) or no share at all (定金已收，尾款凭提单副本付) is told by the figure (rv55f s76)
_SHARE = r"\d+(?:\.\d+)?\s*%\s*的?"
_DEPOSIT_SHARE = re.compile(rf"{_SHARE}(?:{_DEPOSIT_WORD}|{_DEPOSIT_EN})"
                            rf"|(?:{_DEPOSIT_WORD}|{_DEPOSIT_EN})\s*{_SHARE}")
_BALANCE_SHARE = re.compile(rf"{_SHARE}(?:{_BALANCE_WORD}|balance)"
                            rf"|(?:{_BALANCE_WORD}|balance)\s*{_SHARE}")

# ... but not where its deposit is named paid before (30%定金已付, 扣除30%定金后; not 已收定金30%),
# or the money pays in full (客户付清, 本次付清; not 定金付清) or a later part (第二笔款): the note
# is the balance's (rv56c s131: Lima's 2,776.90 noted 客户付清：30%定金已付，尾款见提单副本付 held,
# 2,776.90 open, 31 days, watch, where it paid INV2503-08)
_IN_FULL = re.compile(r"付清|结清|(?<![a-z])(?:in full|full payment)(?![a-z])")


def new_order_deposit(text: object) -> bool:
    """Does a payment's note or number say its money is a new order's deposit: a deposit
    (:func:`deposit_money`) naming a new order or prepayment, or naming no balance at all, or
    its own share beside only a balance to come (:data:`_DEPOSIT_SHARE`)? Not a deposit said
    past or before the money (扣除定金后剩余70%, 定金之后的二期款: :data:`_PAST_DEPOSIT`), nor one
    naming a later payment (二期款), its deposit paid (:data:`_GOT`) or paying in full
    (:data:`_IN_FULL`): the rest after it pays the old invoice. Such money is held for its
    number even where its figure is what an old invoice has open
    (analysis.advances.pays_a_balance: rv55i s102, Lima's new deposit of 2,776.90 paid
    INV2503-08's 2,776.90 and nothing was held, noted 新订单PO-LIMA-77定金30% or
    已收定金30%，尾款见提单副本付)."""
    if not deposit_money(text) or not isinstance(text, str):
        return False
    folded = fold(text)
    if NEW_ORDER.search(folded) is not None:
        return True
    rest = _TO_COME.sub(" ", folded := not_elsewhere(folded))  # balances not this wire's
    if any(_GOT.fullmatch(past.group()) is None for past in _PAST_DEPOSIT.finditer(
            folded)) or not kinds(rest) <= {1} or (
            _IN_FULL.search(re.sub(rf"{_DEPOSIT_WORD}已?(?:经)?(?:付清|结清)", " ", rest))):
        return False  # its deposit paid before, or this money paying in full: the balance
    alone = not kinds(folded) - {1} and DEPOSIT_SAID.search(
        _PAST_DEPOSIT.sub(" ", folded)) is not None  # the deposit itself, no later payment named
    return alone or (
        _DEPOSIT_SHARE.search(folded) is not None and _BALANCE_SHARE.search(folded) is None
        and BALANCE in kinds(folded))


def telling(note: object) -> bool:
    """Whether a note can tell its payment from another (apart): it gives a reference or says
    which payment of its order it is."""
    return bool(kinds(note) or wire_references(note))


# a payment word and its figure ("定金4500", "尾款: 10,500", "balance 10500"), one after another;
# the sum's currency and number as a note's amount reads them (core.ledger.payment_words).
# 中期 is a part with a money word or a currency (中期付款5000, 中期USD5000; 中期款 is a name);
# bare (中期5000) only where the parts then sum to the total: 中期2批已出货, 中期3000件已发 are
# goods shipped (fx43b: pay43 read 2 and 3,000 as parts, 4,500 on account)
_PART = re.compile(r"(?:{}|(中期)(付款|货款)?)\s*[:：]?\s*({})?\s*({})(?![0-9%])".format("|".join(
    re.escape(word) if not word.isascii() else rf"(?<![0-9a-z]){word}"
    for word, _place in _KINDS), CURRENCY, NUMBER))

# the words a note lists its payments by (_PART's, a phrase's first), for a cheap look in SQL
# before noted_parts (core.analysis.fetch): a note holding none of them lists no parts
PART_WORDS = tuple(dict.fromkeys(word.split()[0] for word in (*(w for w, _ in _KINDS), "中期")))


def noted_parts(note: object, bare: bool = True) -> tuple[float, ...]:
    """The figures of the payments a note lists by name, two or more ("定金4500+尾款10500":
    4,500 and 10,500): what was agreed, none where fewer are named (core.ledger.receipts).
    `bare`: a bare 中期 and a number read as a part too (a caller asks both readings)."""
    if not isinstance(note, str):
        return ()
    found = tuple(float(number.replace(",", ""))
                  for interim, money, currency, number in _PART.findall(fold(note))
                  if bare or not interim or money or currency)
    return found if len(found) > 1 else ()


# An export-credit insurer's claim payment written on the invoice's row (中国信保赔付90%,
# 信保理赔, "Sinosure claim paid"): the insurer paid that invoice's loss, and the money pays
# it, as a letter of credit's does (core.analysis.direct_money.pay_own); the rest, the firm's
# retained share, stays the buyer's debt on it. Pooled oldest-due first, it paid the buyer's
# older insured invoice whole and the reason named the younger one, its days understated
# (rv53b: Lagos Power, 142 days shown as 106). An insurer word and a claim paid both: a
# 质量理赔 or a "quality claim" is the buyer's deduction, "信保" alone says the invoice is
# insured, not who paid. The one list of them (fetch's SQL looks for CLAIM_MARKS first).
INSURERS = ("中国出口信用保险", "出口信用保险", "中国信保", "中信保", "信用保险", "信保",
            "保险公司", "保险", "sinosure", "coface", "atradius", "euler hermes", "allianz trade",
            "credit insurance", "credit insurer", "insurer", "insurance")
CLAIM_MARKS = ("赔", "claim", "indemn")  # in every claim-paid word: a cheap look before the rest
_INSURER = re.compile("|".join(
    re.escape(word) if not word.isascii() else rf"(?<![0-9a-z]){re.escape(word)}(?![0-9a-z])"
    for word in INSURERS))
# The row's money is the insurer's only where the note says its claim PAID: 赔付, 赔款, 已赔,
# 理赔款到账, "claim paid", "indemnity received" (理赔 and an indemnity are the settlement
# itself). Never where it names, in any order of its words, a claim not paid yet (申请, 审核,
# 审批, 待中信保赔付, 理赔中, 赔偿中, 报损, "under review", "filed", "pending"; what a claim may
# pay, not what it paid: 赔偿比例90%, 可赔偿90%, 赔偿待定, 金额尚未确定) but it says the money came
# (审批通过，已赔付), a denial or no insurer
# (非信保, 不赔, 拒赔, 未投保, "not insured", "rejected"), a payment to the buyer (赔付客户), or the
# buyer's own payment (客户付款, "buyer paid"): the money is then the buyer's, paying the oldest
# invoice first (rv53c: "客户付款；信保理赔申请中" kept 5,000 on SZ-2 and black-listed Lagos Power
# for SZ-1, 75 days, where main listed it nowhere).
_PAID_ZH = re.compile(r"赔付|赔款|赔偿|已赔|理赔(?!申请|中)")  # 中信保赔偿5000 (rv53e)
_PAID_EN = re.compile(r"(?<![0-9a-z])(?:claims?(?: money| proceeds| payment| amount)?\s+(?:was\s+|"
                      r"been\s+|is\s+)?(?:paid|settled|received|recovered)|indemn(?:ity|ification)"
                      r"|(?:paid|settled)\s+(?:the\s+)?claims?)(?![0-9a-z])")
# an application's or a case's number names the claim, paid or not: no pending word
# (中信保赔付（申请号123）: the insurer's money, acct54a)
_NO_ZH = r"(?![编单案]?号|编码|书|no)"  # 理赔申请书2025-3 names a document too (rv54c U3)
_NO_EN = r"\s*(?:no\b|number|#|id\b|ref)"
_PENDING = re.compile(
    rf"(?:待|未|拟|等待|预计)[^,，;；。]{{0,8}}?(?:理赔|赔付|赔款|赔偿)|(?:申请|受理|报案){_NO_ZH}"
    r"|审[核批](?!通过)|审理|报损|(?:理赔|索赔|赔偿|赔付|处理|跟进|审查)中|[待未]到账|[提递]交"
    r"|(?<![0-9a-z])(?:pending|under review|in review|reviewing|filed|filing|to file|submitted"
    rf"|lodged|in progress|being processed|awaiting|application(?!{_NO_EN}))(?![0-9a-z])")
# what a claim may pay, not what it paid (赔偿比例90%, 可赔偿90%, 赔偿待定, 金额尚未确定: fix54b),
# pending only where the note says no more of the insurer's money: a note saying it paid
# (赔付90%, 赔付（赔付比例90%）, 理赔款, 赔款, 已赔) is paid whatever it says of the rest (余款待定,
# 剩余部分尚未确定: the firm's share; rv54c R3: six such notes left Lagos Power 75 days late off
# the black list)
_MAY_PAY = re.compile(r"(?:理赔|赔偿|赔付)比例|可(?:理赔|赔偿|赔付)|(?:尚未|未|待)确定|确定中|待定")
_PAID_OUT = re.compile(r"(?<![可待未拟])赔付(?!比例|中)|赔款|已(?:经)?赔")
# ... unless it says the money came all the same (审批通过，已赔付; "claim filed, paid 11-20")
_SETTLED = re.compile(r"已(?:经)?(?:理赔|赔付|赔款|赔)|(?:赔款|赔付|理赔款?)(?:已)?到账"
                      r"|(?<![0-9a-z])(?:claim|indemnity)(?: money| proceeds)?\s+"
                      r"(?:was\s+|been\s+)?(?:paid|received|settled)(?![0-9a-z])")
_DENIED = re.compile(
    r"非(?:中国)?(?:中信保|信保|保险|投保)|不赔|拒赔|不予(?:理赔|赔付|赔偿)|未投保|无信保|不在保"
    r"|赔(?:付|偿|给)(?:给)?(?:客户|买家|买方)"
    r"|(?<![0-9a-z])(?:not insured|uninsured|not covered|rejected|declined|denied|refused"
    r"|no claim)(?![0-9a-z])")
_BUYER_PAID = re.compile(
    r"(?:客户|买家|买方|客人)(?:已|自行)?(?:付款|汇款|回款|支付|打款|转账|付(?!款))(?!逾期|延迟|违约|拖欠)"
    r"|(?<![0-9a-z])(?:buyer|customer|client)(?:'s own)?\s+(?:has\s+)?(?:paid|payment|remitted)"
    r"|paid by (?:the\s+)?(?:buyer|customer|client)")


def _claim_paid(text: str) -> bool:
    """Does a folded note say a claim was paid, and nothing that unsays it?"""
    return (_PAID_ZH.search(text) is not None or _PAID_EN.search(text) is not None) and not any(
        words.search(text) for words in (_DENIED, _BUYER_PAID)) and (
        _PENDING.search(text) is None or _SETTLED.search(text) is not None) and (
        _MAY_PAY.search(text) is None or _PAID_OUT.search(text) is not None)


def insurer_paid(note: object) -> bool:
    """Does a row's note say an insurer's claim paid its money (中国信保赔付90%)?"""
    return claim_insurer(note) is not None


def claim_insurer(note: object) -> str | None:
    """The insurer as a note names it where the note says its claim paid the row's money
    (中国信保, Sinosure), None where it does not."""
    if not isinstance(note, str) or not note.strip():
        return None
    text = fold(note)
    insurer = _INSURER.search(text)
    if insurer is None or not _claim_paid(text):
        return None
    written = re.search(re.escape(insurer.group()), note, re.IGNORECASE)  # as the clerk typed it
    return written.group() if written else insurer.group()
