"""How much of a payment row's money its note says came: the one reader of "a part came".

A clerk types the balance asked (尾款 7,000) into 收款 and says in 备注 what really came: a
figure (实收5000, 已到账3000, "received 5000"), a share (款已到一半, 终于付了一半, 到了60%, 付了三分
之一, "half paid") or the rest still owed (还差2000, 尚欠2000, 余款1000未付, "still owes 2000").
Read as the whole 7,000 received, or (the rest's words being a denial) as none, seven part-paid
balances were 7,000 owed or paid in full where 3,500, 4,000, 2,000 or 500 was open, 72 days,
black (rv58c s232 E00–E02, E06, E07, E27; rv58d s240 C3). A figure in the note is in the
row's currency (one naming another is no part of it). Asked by core.ledger.order_payments
before its plan words (payment_row_money.planned): a part said came is money, the rest owed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from core.ledger.amounts import parse_amount
from core.ledger.balance_words import UNSETTLED
from core.ledger.bank_charges import short
from core.ledger.buyer_word import BUYER, GIVERS, GIVING_BUYER, OUR_PAYEES
from core.ledger.came_words import ANOTHER_ORDER, CLAUSE, EARLIER_ORDER
from core.ledger.charged_receipts import noted_charge
from core.ledger.deduction_rest import PAID_WITH, this_rest
from core.ledger.normalise import fold
from core.ledger.noted_figures import (
    FIGURES,
    GOT_FIGURES,
    figure_readings,
    plain_figures,
    rest_part,
)
from core.ledger.noted_orders import Known, others_number
from core.ledger.others_money import figures_apart as apart
from core.ledger.owed_said import firms_bill, still_owed
from core.ledger.part_of import (
    GOODS,
    GOODS_VALUE,
    WE,
    goods_later,
    goods_owed,
    means_split,
    money_clause,
    names_money,
    names_other,
    other_after,
    other_before,
)
from core.ledger.part_words import (
    BORNE_WORDS,
    CAME_FIGURE,
    RESTS,
    SHARES,
    SHORT_PAID,
    SHORT_SAID,
)
from core.ledger.rest_came import NOT_COME as _NOT_COME
from core.ledger.rest_came import came_later, rest_of_another, rest_owner
from core.ledger.rest_restated import rest_sum, restated
from core.ledger.short_granted import GRANTED, NEXT_LOT, consented, granted, names_else, rest_later

# a shortfall said and what it is (差2000运费客户承担, 少2000手续费: the buyer's deduction of a
# cost he bore, the row paid; read as 到账5000's part, 2,000 owed, 72 days, black, the
# all-reviewers rerun, rv59e s282)
_GAP = re.compile(rf"(?<![还尚仍])(?:差|少)(?:了|额)?\s*{FIGURES}")
# ... borne: said so, or a bank's fee (taken on the way); goods short (差2000的货) are the goods'
_BORNE = re.compile(BORNE_WORDS)
_GOODS_SHORT = re.compile(rf"\s*[（(]?\s*的?\s*{GOODS}")
# goods still to ship or shipped short, not money: a shortfall and a figure of goods or a
# count (还差2000的货下月补发, 尚差200箱未发, 还差2000pcs没发) or goods sent short (少发2000的货,
# 短装2000). Read as a part come and the rest owed, a paid buyer's balance was 2,000, 72 days,
# black (rv59e s282). The 2,000 of goods to come is billed when they ship (their own row), the
# goods short never: the row owes nothing now. Not the goods' money (还差2000货款, 的货钱).
_UNIT = r"\s*(?:件|箱|套|pcs|ctns?|cartons?)(?![a-z])"
_SHIPPED_SHORT = re.compile(r"(?:(?:还|尚|仍)?(?:差|少)(?:了|额)?\s*(?:[a-z]{1,3}\$?|[$¥])?"
                            rf"\s*\d[\d,.]*(?:{_GOODS_SHORT.pattern}|{_UNIT})"
                            r"|(?:少发|短装|漏发)了?\s*\d)")
_COUNTED = re.compile(_UNIT)
# ... goods sent short by a figure (少发2000的货, 短装2000, 漏发2000): their money is the rest
# owed where said still to come as goods short of it is (少发2000的货，款还没付: read as the
# whole row's, 7,000 black, or as goods, 0, where 2,000 is owed, rv62d s581)
_SENT_SHORT = re.compile(rf"(?:少发|短装|漏发|少装)了?\s*{FIGURES}")
# ... unless its money is said not come or still to come in a clause of its own: denied its
# coming (钱没到, 款未付, 货款还没收, 货值没付, 钱还没), planned (款下周付, 钱月底到, 预计下月到账),
# left owing (先欠着, 付不了); not any denial beside the money (货款没问题, 没少, 没欠, 不用退, 款没
# 拖, 货值没变, 未扣: paid balances read 2,000 owed, 72 days, black, rv62b s542), no need said
# (不用再付), nor the money to be set off or given back (下次货款里扣, 钱下月退)
_COMING = r"(?:付|到|收|给|结(?!汇)|汇|打(?!折)|还|回(?![单复]))"  # not 未结汇, 没打折, 没回单
# ... or put off, left unsettled (货款待定, 以后再说, 再议, 款推迟到下月: balance_words), in a
# few days or with the next lot (钱过两天到, 剩下的钱下批一起付; read as goods, five 2,000 owed
# read 0, rv62d s581, s586), or denied in words the payment rows' denials read (货款未清, 款没
# 收齐: owed_said.still_owed, as the row's whole read 7,000 where 2,000, rv62d s581); not the
# firm's own supplier bill denied (还差2000的货，工厂货款还没付, 工厂尾款还没结:
# owed_said.firms_bill; read as his money to come, 2,000 owed, 72 days, black where nothing
# is, fix64e)
_NEEDED = r"(?<!不)(?<!不用)(?<!不必)(?<!无需)(?<!无须)(?<!需)(?<!需要)"  # not 不用再付, 无需推迟
_TO_COME = re.compile(rf"(?:[未待]|没有?)(?:全部|全额|足额)?{_COMING}"
                      rf"|{_NEEDED}"
                      r"(?:说|预计|计划|预期|承诺|答应|将|会|要|再|下[周月个次批]|月[底初中]|最迟|最晚"
                      rf"|过[一两几]天)[^,，;；。]{{0,6}}?{_COMING}"
                      r"|(?:还|尚|仍)(?:没有?|未)\s*$|欠着|(?<![没不无])[暂先还仍尚]欠"
                      rf"|(?:付|给|还)不(?:了|出|起|上)|(?<![没无])(?<!没有){_NEEDED}(?:{UNSETTLED})")
# ... its money named, or the worth the rest is of (还差2000的货值，客户下周付: the plan a clause
# after the worth's, read as goods 2,000 owed read 0, rv62d s588), or paying said and nothing
# else named (还差2000的货，没付清; 这2000客户还没付: read as the row's, 7,000 black where 2,000)
# ... the buyer's paying: 付 or 结, or 给 said of the buyer (客户下周给, 客户还没给); not goods
# given to him (下周给客户, 下批补给客户, 下批一起给) nor what a supplier, the warehouse or the
# firm gives or settles (工厂说下周给, 供应商下周给, 仓库说月底给, 工厂还没结: read as money to
# come, paid balances were 2,000, 72 days, black, rv62g s640, s644)
_PAYING = re.compile(rf"[付结]|{GIVING_BUYER}[^,，;；。]*?(?<!补)给(?!货|{BUYER}|他)")
_NOT_PAYERS = rf"{OUR_PAYEES}|{GIVERS}|{WE}"
_NOT_PAYER = re.compile(_NOT_PAYERS)
_SUPPLIER = re.compile(GIVERS)
# ... a party named in the condition of the buyer's paying (客户说我们补发后再付, 客户说等我们补齐
# 了再给) is not its payer: read as the payer, those 2,000 owed read 0 (rv62i s680); only in a
# clause naming the buyer: without him the firm or the supplier settles after its own step (工厂
# 补发后再结, 我们等补发后再付, 我们对账后再结: read as his bare 付 or 结, 0 → 2,000 owed, 72 days,
# black, rv63a s3); nor are the goods it names what he pays (客户说工厂补货后付: read as goods,
# 7,000 owed where 2,000, fix63d)
_CONDITION = re.compile(rf"等[^,，;；。]*?(?:后|了)|(?:{_NOT_PAYERS})[^,，;；。]*?后")
_THE_BUYER = re.compile(BUYER)
# ... nor set off: taken off (扣, 退, 抵, 减) or paid short on the next lot (客户下批少付2000, 下单
# 少收2000: goods short settled as a discount, read as money to come, 2,000 black, rv62g s640)
_SET_OFF = re.compile(r"[扣退抵减]|少[付收]")
# ... a shortfall of a later lot (客户下批少付2000, 下单少收2000, 下批客户少付2000, 下次付款时少付
# 2000, 下单会少付2000) is that set-off, no rest of this row: read as a rest where words stood
# between the lot and the figure, paid balances were 2,000 owed, 72 days, black (rv63a s3); not
# a later lot the rest is paid with, a paying word between (客户下批再付尚欠2000, 下次付清尚欠货款
# 2000, 下次付款时补尚欠2000: read as the set-off, 2,000 owed read 7,000, rv62i s680)
_NEXT_LOT = re.compile(NEXT_LOT)
# ... a bare 下单 (下订单) the verb, an order placed, where no set-off word follows it
# (下单尚欠2000, 客户下单尚欠2000: this order's rest; read as a later lot's, 2,000 owed read
# 7,000, 72 days, black, rv67b s9); 下单少收2000 stays the next order's set-off
_PLACED = re.compile(r"下订?单")
# ... or the goods' worth is what the rest is short of, the note saying no more (还差2000的货值:
# the money owed, as 还差2000的货钱; not a declared value or goods to ship, 还差2000的货值报关用,
# 还差2000的货值，下月补发: rv62b s542)
_WORTH_SHORT = re.compile(rf"\s*的?\s*{GOODS_VALUE}\s*[。.]?\s*$")
# the Chinese numbers of a share (三分之一, 两分之一)
_CHINESE = dict(zip("一二两三四五六七八九十", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10), strict=True))
# a deposit's or an earlier wire's figure (定金实收3000, 上次实收3000 on the balance row); 预付 in
# the name of a payer the money came through (经预付通实收4000: fix56m) is none
_EARLIER = re.compile(r"定金|订金|首付|首款|上次|前期|(?<![经由])预付")
def part_came(texts: Iterable[object], received: float, due: float | None,
              currency: str | None, amount: float = 0.0, number: object = None,
              known: Known = frozenset) -> float | None:
    """The money of a payment row (its 收款 `received`, in its order's `currency`) that its
    note says came: a figure short of it by more than a wire loses (bank_charges.short: 实收
    6970 of 7,000 is the whole less its charge), several summed (reaching it: the whole); else
    a share of `due` (what the order had open before the row; None: the row's figure); and no
    more than `due` less the rest said owed. The bank's charge the note names is inside a share
    or a rest (with_charges adds it back). None: the note says no part; `received` itself: a
    rest that the figure already leaves (手续费15，余款1000未付 on 3,885 of 4,900 due); 0 or less:
    nothing came. A percentage that is the row's own share of the order's `amount` (收到30% on
    the 3,000 deposit row of a 10,000 order) is that payment whole. `number`: the row's order's,
    where known, which a rest another order's names is not (还差2000是2025-702的:
    deduction_rest.this_rest), and `known` the numbers its sheet sells: a rest of another order
    is none (a rest said come on a day alone, 尚欠2000，5/10到账, stays owed: rest_came, fix66j)."""
    folded = [apart(fold(plain_figures(text))) for text in texts if isinstance(text, str)]
    got = _figure(folded, currency)
    rest, bank = _rest(folded, currency, number, known)
    share = _share(folded)
    if share is not None and share[1] and abs(share[0] * amount - received) <= short(received):
        share = None  # 收到30% on the 3,000 deposit of 10,000: the payment's own share
    if got is None and rest is None and share is None:
        return None
    base = received if due is None or due <= 0 else due
    charge = next((c for text in folded if (c := noted_charge(text))), 0.0)
    if rest is not None:  # the bank's part of the rest (其中500是银行手续费) came with the row
        return min((received if got is None else got) + bank, base - rest - charge)
    if share is not None and got is None:
        return min(received, base * share[0] - charge)
    return got if got is not None and 0 < got < received - short(received) else None


def part_said_came(texts: Iterable[object], currency: str | None) -> bool:
    """Does a note say a part came by its figure or share (尾款已收一半，余款下周付, 已收一半，
    另一单定金下周付, 实收3000), not only the rest owed (还差2000) nor a share beside goods shipped
    later naming no money (到了一半，另一半货下月发: left as it was)? On a row with no date
    received, that part is received (core.ledger.order_payments), not asked: read as asked,
    such balances were 7,000 open where 3,500 (fix60d; rv59e s283)."""
    folded = [apart(fold(plain_figures(text))) for text in texts if isinstance(text, str)]
    return _figure(folded, currency) is not None or _share(folded) is not None and not any(
        goods_later(text) and not names_money(text) for text in folded)


def part_owed(texts: Iterable[object], amount: float, currency: str | None,
              number: object = None) -> bool:
    """Does a sale row's note say a part of its `amount` came, the rest owed (到账一半，还差
    6532.5; 付了一半，余款下月; 已收5234.5 余款下月), of its order `number` (:func:`_owed`)?
    Its own money, short of the invoice, is then that invoice's part
    (core.analysis.named_money), never a lump for older invoices."""
    folded = [fold(plain_figures(text)) for text in texts if isinstance(text, str)]
    got = _figure(folded, currency)
    return (_rest(folded, currency, number)[0] is not None or _share(folded) is not None
            or got is not None and got < amount - short(amount))


def _came_clause(text: str, found: re.Match[str]) -> bool:
    """Do the words at `found` say money came: nothing before them in their clause plans,
    denies or is hearsay, and no later clause says the rest came too?"""
    clause = CLAUSE.split(text[:found.start()])[-1]
    return not _NOT_COME.search(clause) and not came_later(text, found.end())


def _earlier(text: str, at: int) -> bool:
    """Is the part at `at` a deposit's, an earlier wire's or an earlier order's (定金实收3000,
    上次付了一半, 上单还差2000, （含上单还差2000）: rv59c s261, s265, 2,000 black)?"""
    clause = CLAUSE.split(text[:at])[-1]
    return _EARLIER.search(clause) is not None or EARLIER_ORDER.search(clause) is not None


def _figure(texts: list[str], currency: str | None) -> float | None:
    """The sum the note says came (实收3000; 到账5000, summed across its wires), None: none,
    or one not in `currency`, or the deposit's or an earlier wire's."""
    got, seen = 0.0, False
    for text in texts:
        borne = _borne(text, currency)
        if borne is None or _shipped_short(text):
            return None  # 差2000的货下月补发: goods short, the money not the figure's
        got += borne
        found_all = list(GOT_FIGURES.finditer(text)) or list(CAME_FIGURE.finditer(text))
        for found in found_all:  # 实收 first: 实际收到 is no second 收到
            if _earlier(text, found.start()) or other_after(text, found.end()) or not _came_clause(
                    text, found):
                return None  # 3/2已到账3000（定金）: the deposit's wire, named after it
            for figure in (found["figure"], *found["more"].split("+")[1:]):
                value = _money(figure, currency)
                if value is None or rest_part(text, found.start(), value):
                    return None  # 尚欠2000，5/10到账1000: the rest's part (rest_day's)
                got, seen = got + value, True
    return got if seen else None


def _shipped_short(text: str) -> bool:
    """Does a folded note say goods are still to ship or were shipped short (还差2000的货下月
    补发, 少发2000的货, 短装2000), its money not said still to come in a clause of its own
    (还差2000的货，款下周付: the money owed)?"""
    return _SHIPPED_SHORT.search(text) is not None and not _money_to_come(text)


def _money_to_come(text: str) -> bool:
    """Does a clause of a folded note say the money, or the goods' worth (货值), is not come or
    still to come (款下周付, 钱没到, 货值没付, 货款待定, 货款未清), not merely deny something beside
    it (货款没问题, 货款没少付)?"""
    worth = GOODS_VALUE in text
    return any((names_money(clause) or worth and not names_other(clause.replace(GOODS_VALUE, ""))
                or not names_other(paying := (_CONDITION.sub("", clause) if _THE_BUYER.search(
                    clause) else clause)) and _PAYING.search(clause)
                and not _NOT_PAYER.search(paying))
               and (_TO_COME.search(clause) or still_owed(clause)) and not firms_bill(clause)
               and not _SET_OFF.search(clause) for clause in CLAUSE.split(text))


def _borne(text: str, currency: str | None) -> float | None:
    """The shortfalls a note says are a cost the buyer or the firm bore (差2000运费客户承担, 少
    2000手续费, 少2000，运费客户承担): counted with the money come, the row paid, not owed
    (rv59e s282); None where one is goods short. A cost still to be paid (差2000运费未付, 差2000
    运费客户下周补, 已催) or a cost named and no more (差2000运费) is owed: read as borne, five
    short balances 2,000, 72 days, black read paid (rv60a s305)."""
    borne = 0.0
    for gap in _GAP.finditer(text):
        at = gap.end() + (text[gap.end():gap.end() + 1] in "，,")
        if not other_after(text, at):
            continue
        if _GOODS_SHORT.match(text, at):
            return None
        said = CLAUSE.split(text[at:])[0]
        value = _money(gap["figure"], currency)
        if value is not None and _BORNE.search(said) and not _NOT_COME.search(said):
            borne += value
    return borne


def _rest(texts: list[str], currency: str | None, number: object = None,
          known: Known = frozenset) -> tuple[float | None, float]:
    """The rest a note says is owed (尚欠2000), in `currency` or none, not said paid after it
    nor of an earlier time (上次尚欠2000，本次到账7000全部结清: rv58d s243 P6), of its order
    `number` (:func:`_owed`), nor another order's (:func:`others_rest`); and the part of it
    the note says the bank kept (rest_restated.rest_sum), 0 where none."""
    for text in texts:
        for found in (found for rest in RESTS for found in rest.finditer(text)):
            if not _owed(text, found, number) or others_rest(
                    text, found.start(), number, known) or restated(
                    text, found.start(), found.start("figure"), number, currency):
                continue  # 原尚欠2000，现尚欠1000: the later figure (rv66c s1)
            rest = _money(found["figure"], currency)  # less a part another's, corrected
            if rest is None:
                return None, 0.0
            rest, bank = rest_sum(text, found.start("figure"), rest, number)
            grant = None if found.re is not SHORT_PAID else granted(
                text, found.end(), rest)  # 客户少付2000，老板同意让1000: 1,000 owed (fix66e)
            if grant is None:
                return rest, bank
            if grant < rest - 0.005:
                return rest - grant, bank
    return next((_money(found["figure"], currency) for text in texts
                 for found in _SENT_SHORT.finditer(text)
                 if not (_COUNTED.match(text, found.end()) or _earlier(text, found.start()))
                 and _money_to_come(text)), None), 0.0


def _owed(text: str, found: re.Match[str], number: object = None) -> bool:
    """Is the rest `found` this row's money owed: not said paid after it
    (rest_came.came_later), nor an earlier time's, another thing's (佣金还差2000没付给代理),
    goods' but for their money, a count
    (还差2000pcs) or a later lot's set-off; nor, by the one reading of a rest beside a
    deduction (deduction_rest.this_rest), denied, asked and answered no (客户问还差2000吗？
    我们说不差), another order's than `number` (还差2000是2025-702的, 还差2000，是另一单
    的), the bank's charge (还差2000是银行手续费) or said wrong (余款2000未付的说法不对)?
    Read as this order's, paid
    balances stood 2,000 owed, 72 days, black, on the order's tab and typed on a 收款 tab or in a
    later file (rv65d s2, fix66a)."""
    return not (not this_rest(text, found.start(), found.start("figure"), number, doubt=True)
                or came_later(text, found.end(), rest=True)
                or _earlier(text, found.start())
                or other_before(text, found.start()) and not goods_owed(text, found.start())
                or other_after(text, found.end()) and not _goods_money(text, found.end())
                or _COUNTED.match(text, found.end())
                or _next_lot(CLAUSE.split(text[:found.start()])[-1], found.group()))


def others_rest(text: str, at: int, number: object = None, known: Known = frozenset) -> bool:
    """Is the rest at `at` another order's, by its clause before it: its words (另一单尚欠2000,
    新订单尚欠2000; not this order named after them, 另一单已付清本单尚欠2000, nor a later lot as
    the time it is paid, 客户下批再付尚欠2000: rest_came.rest_of_another) or its number
    (2025-699 of the row's series under 2025-600, or X99-1 its sheet sells, right before it:
    rest_came.rest_owner; asked only where the row's `number` is known:
    noted_orders.others_number)?
    Read as this order's, a balance received whole was 2,000 owed, 72 days, black, as a rest
    beside a deduction is not (core.ledger.deduction_rest; fix66f); one reading for the rest
    read as a part (:func:`part_came`) and as a plan (core.ledger.plan_said)."""
    before = CLAUSE.split(text[:at])[-1]
    return rest_of_another(before) or number is not None and others_number(
        rest_owner(before), number, known)


def granted_short(texts: Iterable[object], currency: str | None, row_short: float | None = None
                  ) -> tuple[float, float] | None:
    """The short payment a note says the firm granted (客户少付2000，老板同意了; 少收2000，给客户
    的优惠: core.ledger.short_granted), in `currency` or none, of this row's money as a rest is
    (:func:`_owed`; 上单少付2000，老板同意了 is the earlier order's), not a supplier's
    (工厂少收2000，老板同意了: the firm's own bill, buyer_word.GIVERS): the shortfall and the sum
    granted, a discount off its order (core.ledger.deduction_notes), none of it owed; where
    less (客户少付2000，老板同意让1000), the rest of the shortfall owed. Where the row typed the
    whole balance (7,000) the grant was only no rest; where it typed what came (5,000) the
    2,000 stayed open, 72 days, black (rv64d s6a, s4b). `row_short`: what the row falls short
    by, where known (:func:`_granted`)."""
    for text in (text for text in texts if isinstance(text, str)):
        # its figures read before the fold, which makes 6,500，500's full-width comma a plain one;
        # where they read two ways (让1，500，500下周付), the way the grant and the figure put off
        # after it make up the short (1,500 let go of 2,000, 500 owed; read as 1,500,500 all of
        # it let go, or as 1 and 500,500 none: 2,000, 72 days, black, rv67d s1)
        found = [one for reading in figure_readings(text)
                 if (one := _granted(fold(reading), currency, row_short)) is not None]
        if found:
            short, grant, _ = next((one for one in found if _adds_up(*one)), found[0])
            return short, grant
    return None


def _adds_up(short: float, grant: float, later: float) -> bool:
    """Do a grant and the figure put off after it (short_granted.rest_later) make up the
    short payment?"""
    return later > 0 and abs(grant + later - short) < 0.005


def _granted(text: str, currency: str | None, row_short: float | None
             ) -> tuple[float, float, float] | None:
    """:func:`granted_short` of one folded reading of a note: the short, the grant and the
    figure a clause after it puts off (short_granted.rest_later)."""
    later = rest_later(text) or 0.0
    for found in SHORT_SAID.finditer(text):
        short = _money(found["figure"], currency)
        if short is not None and _owed(text, found) and not _SUPPLIER.search(CLAUSE.split(
                text[:found.start()])[-1]) and (grant := granted(
                    text, found.end(), short)) is not None:
            return short, grant, later
    waived = None if any(not consented(text, said.start()) for said in SHORT_SAID.finditer(
        text)) or _ELSEWHERE.search(text) or names_else(text) else granted(text, 0, math.inf)
    if waived is None or not math.isfinite(waived):
        return None
    # 老板同意让2000, "boss agreed to waive 2000": the short paid; 让2000，另1000下周付: 3,000
    # short, 1,000 of it owed (fix67b); but on a row 2,000 short the figures are not the row's,
    # the grant alone its short (read as 3,000 short the 2,000 stood owed, 72 days, black, rv67d)
    if row_short is not None and waived + later > row_short + 0.005:
        return waived, waived, 0.0
    return waived + later, waived, later


# ... a grant of a figure and no shortfall said (老板同意让2000, "boss agreed to waive 2000",
# 老板同意免2000): the short payment granted, where as much as the row falls short by (read as
# nothing said, a balance typing the 5,000 that came stayed 2,000 owed, 72 days, black,
# fix66e); not an earlier or another order's (上单老板同意让2000, 另一单同意让2000) nor another
# thing's (运费老板同意让2000: part_of.names_other)
_ELSEWHERE = re.compile(rf"{EARLIER_ORDER.pattern}|{ANOTHER_ORDER.pattern}")


def may_grant(note: str) -> bool:
    """May a folded note say the firm granted a short payment (:func:`granted_short`): a short
    payment or a grant word in it?"""
    return SHORT_SAID.search(note) is not None or GRANTED.search(note) is not None


def _next_lot(before: str, rest: str = "") -> bool:
    """Do the words before a rest (`rest`: its own words) in its clause say it is a later lot's
    set-off (客户下批少付, 下次付款时少付): a later lot named, no paying word after it (下批再付
    尚欠: paid with it); a bare 下单 only with a set-off word after it (下单少收2000, not
    下单尚欠2000)?"""
    lots = [lot for lot in _NEXT_LOT.finditer(before)
            if not (_PLACED.fullmatch(lot.group()) and _SET_OFF.search(before + rest, lot.end())
                    is None)]
    return bool(lots) and PAID_WITH.search(before, lots[-1].end()) is None


def _goods_money(text: str, at: int) -> bool:
    """Is the rest at `at` of goods (还差2000的货: goods short, nothing owed) whose money the
    note says is still to come (还差2000的货，款下周付; 还差2000的货已发，钱没到), or of their
    worth alone (还差2000的货值)? Then it is the
    money owed: read as goods, the first was 0 and the second 7,000 where 2,000 stood owed,
    72 days, black (rv61f s502 G5, G8)."""
    return _GOODS_SHORT.match(text, at) is not None and (
        _money_to_come(text) or _WORTH_SHORT.match(text, at) is not None)


def _share(texts: list[str]) -> tuple[float, bool] | None:
    """The share of the money due a note says came (一半: 0.5, 三分之一, 60%) and whether it is a
    percentage, None: none."""
    for text in (text for text in texts if not means_split(text)):
        later = goods_later(text)  # 另一半下月出: a share of the goods, unless its clause's money
        for found in (found for share in SHARES for found in share.finditer(text)):
            if not _came_clause(text, found) or _earlier(text, found.start()) or other_after(
                    text, found.end()) or other_before(text, found.start()) or later and not (
                    money_clause(CLAUSE.split(text[:found.end()])[-1])):
                continue  # 上次付了一半: an earlier wire's; 付了一半运费, 一半已到港: not money
            if found.re.groups and found["pct"]:
                return float(found["pct"]) / 100, True
            if found.re.groups and found["den"]:
                return _CHINESE[found["num"]] / _CHINESE[found["den"]], False
            return 0.5, False
    return None


def _money(figure: str, currency: str | None) -> float | None:
    """A figure's amount, None where it names another currency than `currency`."""
    value, code = parse_amount(figure)
    return value if value is not None and code in (None, currency) and math.isfinite(
        value) else None
