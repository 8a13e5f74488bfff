"""A sale row paid short whose note says the buyer deducted the shortfall: a claim, a
commission, a discount or an offset the firm agreed, with its sum.

Nordhaus Möbel paid 9,500 of a 10,000 EUR invoice, its 备注 "扣索赔500（桌面划痕）": the
buyer took a 500 claim for scratched table tops off the payment. Read as a note and nothing
more, 500 stayed open, carried first-in-first-out onto later invoices paid in full, and the
buyer went onto the black list (rv52a); Bella Casa's "客户扣佣金3% EUR1200" on 40,000 paid
38,800 was watched for ever. So a note naming a deduction (:data:`KINDS`, the one place of its
words) with a sum (500, EUR1200, 1,500, or a share of the row's amount, 3%) that is what the
row's received figure falls short of its amount by, less no more than a bank may take off a
wire (core.ledger.bank_charges.charge: what a row is read as cannot change with the firm's
tolerance setting, which then judges any rest as it judges every shortfall), is read as a
credit note of that sum on the sale's order (core.ledger.noted_returns makes it, as it does a
return a note names): the line is paid, and its revenue and gross profit are lower by the sum.
A commission the buyer keeps out of the invoice is no debt and, as a claim or a discount, a
price the firm agreed to take less (consideration paid to the customer: it lowers revenue, not
a cost beside it). The import report names each (:func:`deduction_messages`).

Not read, the note staying a note: a row not paid, or paid in full; a part of the note naming a
bank's charge, a deposit or prepayment set off (预付款USD30,000抵扣: money the buyer paid
before), a refund or goods returned (core.ledger.noted_returns reads those); a note saying
the firm did not agree to the deduction, refused it or is chasing it (擅自扣款, 我司不接受,
已驳回, 追讨中, "not accepted", "disputed"), that none was taken (未扣佣金) or none yet
(索赔500待确认, 下次扣, 拟扣, 索赔中, "pending"), that the firm pays a commission apart
(佣金3%另付代理: nothing the buyer kept), or a fine someone else levied (海关扣货，罚款500,
银行罚款; a buyer's 迟交罚款500 is its claim): the buyer's debt, as before (rv52c). A note naming a
claim, a commission or a discount whose sum is not the shortfall, or that writes none, settles
nothing and is named where the note says something was taken off (扣, 抵, "deducted",
"less"): the clerk should check it. A price that includes a commission (价格含3%佣金) is no
deduction at all.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import NamedTuple

from core.i18n import N_
from core.ledger.balance_words import BALANCE_WORD
from core.ledger.bank_charges import charge, names_charge
from core.ledger.came_words import CLAUSE, QUESTION
from core.ledger.keys import numbered_order_key
from core.ledger.normalise import fold
from core.ledger.noted_money import MONEY, money_figure
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    DEPOSIT_SAID,
    NOTES,
    ORDER_NO,
    PRODUCT,
    RECEIVED,
    RECEIVED_CURRENCY,
    ROW,
    STATUS,
    Record,
)
from core.ledger.typed_rows import is_receipt_line
from core.messages import Message, Term

_EN = r"(?<![a-z])(?:{})(?![a-z])"
# each kind of deduction and its words, the first found naming it; the last, an offset, named
# only where its sum is read (扣 alone says 扣关, goods held, too)
KINDS = (
    ("claim", N_("a claim"), re.compile(
        r"索赔|质量扣款|扣款|罚款|" + _EN.format(r"claims?|penalty|penalties"))),
    ("commission", N_("a commission"), re.compile(r"佣金|" + _EN.format(r"commissions?"))),
    ("discount", N_("a discount"), re.compile(r"折扣|折让|" + _EN.format(r"discounts?"))),
    ("offset", N_("an offset the firm agreed"), re.compile(
        r"(?<![未不没无])(?:抵扣|扣除|扣减|扣)|"
        + _EN.format(r"deducted|deduction|offset|set off"))))
_HINT = re.compile(r"索赔|扣|罚款|佣金|折扣|折让|claim|penalt|commission|discount|deduct|offset"
                   r"|set off", re.IGNORECASE)
# a part of a note about money the buyer paid before or got back, or goods sent back: not a
# deduction from this payment (its bank's charge: bank_charges.names_charge)
_OTHER_MONEY = re.compile(r"预付|预收|定金|订金|押金|退|" + _EN.format(
    r"deposits?|prepa(?:id|yment)|advance|refunds?|returns?|returned"))
# a deduction the firm did not agree to, or none taken (未扣佣金): the shortfall stays the
# buyer's debt, as before
_DISPUTED = re.compile(r"擅自|追讨|追收|催收|催款|争议|不同意|不认可|未同意|拒绝|拒付|不接受|未接受"
                       r"|驳回|否认|不承认|(?:未|不|没有?|无)扣|" + _EN.format(
                           r"disputed?|chasing|not agreed|unagreed|unauthori[sz]ed|refused"
                           r"|rejected|declined|denied|not accept(?:ed)?|not deducted"
                           r"|no deduction"))
# a deduction not taken yet (待确认, 下次扣, 拟扣, 索赔中, 尾款待收: the buyer's debt until it
# is), or a commission the firm pays an agent apart (佣金3%另付代理): the buyer took nothing
_NOT_TAKEN = re.compile(r"待确认|待定|待商|待扣|拟扣|将扣|下次(?:再|订单|货款)?[扣抵]|索赔中|协商中"
                        r"|谈判中|处理中|待收|待付|未收|未付|另付|另行支付|单独支付|另行结算|单独结算"
                        r"|下[周月个次]\s*(?:再|补)?(?:付|补|结)|没有?付|"
                        + _EN.format(r"pending|to be (?:deducted|confirmed|agreed)|tbc|next time"
                                     r"|(?:from|on|off) (?:the )?next (?:order|shipment|invoice)"
                                     r"|will deduct|under (?:negotiation|discussion)"
                                     r"|(?:paid|payable) (?:separately|apart)|separately paid"
                                     r"|to (?:the |our )?agents?"))
# ... or only asked (客户说要扣款500？, 质量扣款500吗, 扣款500，对吗, 客户确认了吗: a 合并付款 wire
# 500 short read it as agreed, 0 open where 500 is, rv58d s247b): a question of the deduction
# or of its agreeing, not answered yes in the next clause (扣款500？客户已同意, 质量扣款500吗？
# 是的, 客户确认了吗？确认了), nor a question of another thing (货代是谁？, 问客户为什么？): the
# reader's 145 took any ？ as asked, eight agreed deductions 500 owed, black (rv59a s251)
_ASKS_IT = re.compile(r"扣|抵|确认|同意|认可|接受|对|是不是|可以|行|" + _EN.format(
    r"deduct\w*|less|off|kept|withheld|retained|confirm\w*|agreed?|ok|right|correct"))
_AGREED = re.compile(r"(?<![未没不])(?:同意|认可|确认|接受)|^\s*(?:是的?|对的?|嗯|好的?|可以|行)"
                     + "|" + _EN.format(r"yes|agreed|ok|confirmed"))


# ... nor agreed on a condition (客户同意后再扣, 等客户同意, 同意的话就扣, 如客户同意则扣:
# the reader's 147 read them agreed, 500 owed read 0, rv59c s263)
# (后 or 才 of an agreement made, 客户验货后同意, 老板同意了才扣的, is none: the reader's 154 left
# four agreed deductions 500 owed, black, rv59d s273)
_CONDITION = re.compile(r"等|待|如果?|若|假如|要是|的话|后再|(?<![了过])才")


def _only_asked(folded: str) -> bool:
    """Does a note ask the deduction (:data:`_ASKS_IT`), unanswered (:data:`_AGREED`)?"""
    for asked in QUESTION.finditer(folded):
        if _ASKS_IT.search(asked.group()):
            after = folded[asked.end():].lstrip("?？ ")
            answer = CLAUSE.split(after)[0]
            if not _AGREED.search(answer) or _CONDITION.search(answer):
                return True
    return False


# a fine someone else levied (海关扣货，罚款500, "customs penalty", 银行罚款): no deduction of
# the buyer's; a note naming such a one settles nothing (a buyer's 罚款, 迟交罚款500, is)
_LEVIED_BY = r"(?:海关|商检|税务|港口|码头|政府|银行)"
_THIRD_PARTY = re.compile(rf"{_LEVIED_BY}.*罚|罚.*{_LEVIED_BY}|"
                          r"(?=.*\b(?:fine|fined|penalty|penalties)\b).*"
                          + _EN.format(r"customs|port|authorit(?:y|ies)|government|bank|tax"))
# a price that includes a commission or discount (价格含3%佣金, "incl. 3% commission"): what
# the order is, no deduction from its money
_INCLUDED = re.compile(r"含\s?(?:\d+(?:\.\d+)?\s?%\s?)?(?:的)?(?:佣金|折扣|明佣|暗佣)|"
                       + _EN.format(r"incl(?:uding|uded|\.)?\s?(?:\d+(?:\.\d+)?\s?%\s?)?"
                                    r"(?:commissions?|discounts?)"
                                    r"|(?:commissions?|discounts?) included"))
# the note says something was taken off: only then is a sum not the shortfall, or none, named
_TAKEN = re.compile(r"扣|抵|" + _EN.format(r"deducted|deduction|less|off|kept|withheld|retained"))
_PARTS = re.compile(r"[,，;；。、/|\n]+")
_SHARE = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s?%")


class Deduction(NamedTuple):
    """What a short-paid sale row's note says the buyer deducted: its kind (KINDS), the sum
    read (None: none written, or not in the row's money), and whether it settles the row."""

    kind: str
    figure: float | None
    settles: bool


def hinted(note: object) -> bool:
    """May a note name a deduction? (Asked of each distinct note first: most name none.)"""
    return isinstance(note, str) and _HINT.search(note) is not None


def deduction(note: object, amount: float | None, currency: str, received: float | None,
              slack: float = 0.0) -> Deduction | None:
    """What a sale row's `note` says was deducted from its `received` figure, short of its
    `amount` (the module's docstring), or None where it names no deduction or the row is not
    paid short; `slack`: how far a figure converted from another currency may be off
    (core.ledger.converting), either way."""
    if (not hinted(note) or not isinstance(note, str) or amount is None or amount <= 0
            or received is None or not 0 < received < amount - 0.005):
        return None
    folded = fold(note)
    if _DISPUTED.search(folded) or _INCLUDED.search(folded) or _THIRD_PARTY.search(folded):
        return None
    parts = [part for part in _PARTS.split(folded)
             if not names_charge(part) and not _OTHER_MONEY.search(part)]
    text = " ".join(parts)
    kind = next((name for name, _, words in KINDS if words.search(text)), None)
    if kind is None:
        return None
    figure = _sum_of(parts, amount, currency)
    if figure is None and kind == KINDS[-1][0]:
        return None
    # not taken yet: named only where it writes no sum (金额待确认)
    if _NOT_TAKEN.search(folded) or _only_asked(folded):
        return Deduction(kind, None, False) if figure is None and _TAKEN.search(text) else None
    rest = amount - received - (figure or 0.0)
    settles = figure is not None and -0.005 - slack <= rest <= charge(amount, None) + slack
    return Deduction(kind, figure, settles) if settles or _TAKEN.search(text) else None


def deducted(records: Sequence[Record], paid: PaidApart | None = None) -> dict[int, float]:
    """A sheet's sale rows (by place in `records`) whose notes name a deduction that settles
    their order (:func:`deduction`), each with its sum. A row's order is weighed whole: its
    sale rows of the sheet, of its number and buyer (an invoice of two products, the money
    received written on its first row: Nordhaus's 6,000 and 4,000 lamps paid 9,500); where
    that does not settle it, by the money the whole file received on it (`paid`:
    core.ledger.deductions_apart)."""
    found: dict[int, float] = {}
    for place, (*_, note, amount, currency, paid_in) in said_rows(records, paid).items():
        figure = settled(note, amount, currency, paid_in)
        if figure is not None:
            found[place] = figure
    return found


def settled(note: object, amount: float | None, currency: str, received: float | None,
            slack: float = 0.0) -> float | None:
    """The sum a note says was deducted, where it settles its order (:func:`deduction`)."""
    found = deduction(note, amount, currency, received, slack)
    return found.figure if found is not None and found.settles else None


def noted_sum(note: object, amount: float | None, currency: str) -> float | None:
    """The sum a sale row's note says the buyer deducted, however much the row received: what
    would settle it paid all but that (a row whose money came on another tab or a 收款登记:
    core.ledger.deductions_apart)."""
    if not hinted(note) or not isinstance(note, str) or amount is None or amount <= 0:
        return None
    figure = _sum_of(_PARTS.split(fold(note)), amount, currency)
    if figure is None or not 0 < figure < amount - 0.005:
        return None
    return settled(note, amount, currency, amount - figure)


def names_deduction(note: object) -> bool:
    """Does a note name a deduction of the buyer's, whatever its sum?"""
    return deduction(note, 1.0, "", 0.5) is not None if hinted(note) else False


def _sum_of(parts: list[str], amount: float, currency: str) -> float | None:
    """The one sum a note's parts write for its deduction: of those naming one (KINDS) where
    they write one, else of the whole note. Beside it a part may write another order's money
    (合并付款，含YW25-0205货款28140，质量扣款500: read whole, two sums and none deducted)."""
    named = " ".join(part for part in parts if any(words.search(part) for _, _, words in KINDS))
    found = _figure(named, amount, currency) if named else None
    return found if found is not None else _figure(" ".join(parts), amount, currency)


def _figure(text: str, amount: float, currency: str) -> float | None:
    """The one sum a note writes (a share of the row's `amount` where it writes none): None
    where it writes none, two, or one in another money."""
    sums = {round(figure, 2) for match in re.finditer(MONEY, text)
            if (figure := money_figure(match, currency)) is not None}
    if not sums:
        sums = {round(amount * float(share) / 100, 2) for share in _SHARE.findall(text)}
    return sums.pop() if len(sums) == 1 and min(sums) > 0 else None


# what the report says of a sale row: its row, order, customer, note, and its order's amount,
# currency and received figure (in its own money) on the sheet
Said = tuple[int, "str | None", str, object, "float | None", str, "float | None"]
# (order key, customer key, currency) -> the money the whole file received on that order, in
# its own money: on its sale rows of every tab, and rows of money naming it (a 收款登记 wire)
PaidApart = Mapping[tuple[str, str, str], float]


class FileMoney(dict[tuple[str, str, str], float]):
    """A PaidApart whose orders paid in another currency keep how far their converted money
    may be off (`slack`: core.ledger.converting)."""

    def __init__(self, paid: Mapping[tuple[str, str, str], float],
                 slack: Mapping[tuple[str, str, str], float]) -> None:
        super().__init__(paid)
        self.slack = dict(slack)


def said_rows(records: Sequence[Record], apart: PaidApart | None = None) -> dict[int, Said]:
    """A sheet's sale rows whose notes may name a deduction (by place in `records`), each
    with its order's amount and money received on the sheet (:func:`deducted`), or on the
    whole file (`apart`) where the sheet's alone is not the order's less the deduction: Quito's
    balance wired on the 收款登记 tab, Karachi's on July's tab repeating June's sale (rv56b)."""
    # each distinct note weighed once, at C speed: most sheets hold none (a million rows)
    notes = {note for note in set(map(itemgetter(NOTES), records)) if hinted(note)}
    places = [p for p, r in enumerate(records) if r[NOTES] in notes and _sold(r)] if notes else []
    if not places:
        return {}
    # (number, buyer, currency) -> its rows' amount and money received (None: some in
    # another money); a payment's own row of the order (金额 0) counts its money
    totals: dict[tuple[str, str, str], list[float | None]] = {}
    for r in records:
        if r[ORDER_NO] and not r[CREDIT_NOTE] and r[STATUS] != "cancelled":
            total = totals.setdefault((r[ORDER_NO], r[CUSTOMER_KEY], r[CURRENCY]), [0.0, 0.0])
            paid, own = r[RECEIVED], received(r)
            total[0] = (total[0] or 0.0) + max(r[AMOUNT] or 0.0, 0.0)
            total[1] = None if total[1] is None or (paid is not None and own is None) else (
                total[1] + (own or 0.0))
    said: dict[int, Said] = {}
    for p in places:
        r = records[p]
        amount, paid = totals[(r[ORDER_NO], r[CUSTOMER_KEY], r[CURRENCY])] if r[ORDER_NO] else (
            r[AMOUNT], received(r))
        if apart and r[ORDER_NO] and off(paid, amount) and settled(
                r[NOTES], amount, r[CURRENCY], paid) is None:
            paid = _weighed(apart, (numbered_order_key(r[ORDER_NO]), r[CUSTOMER_KEY],
                                    r[CURRENCY]), r[NOTES], amount, paid)
        said[p] = (r[ROW], r[ORDER_NO], r[CUSTOMER], r[NOTES], amount, r[CURRENCY], paid or None)
    said = _once(records, said)
    for p, found in said.items():
        if settled(*found[3:]) is None and (part := _own_part(records[p], found)) is not None:
            said[p] = part
    return said


def _own_part(r: Record, said: Said) -> Said | None:
    """`said` weighed on a payment row's own share (定金30%), where its deduction settles that:
    定金到账1000，扣佣金2000 on the 3,000 deposit row of a 10,000 order, its balance unpaid, is
    the deposit less its commission, 7,000 owed; weighed on the order, 9,000 (rv60c s320 D3)."""
    folded = fold(r[PRODUCT]) if isinstance(r[PRODUCT], str) else ""
    shares, own = _SHARE.findall(folded), received(r)
    if r[AMOUNT] or said[4] is None or own is None or len(shares) != 1 or not (
            DEPOSIT_SAID.search(folded) or _BALANCE.search(folded)):
        return None
    part = round(said[4] * float(shares[0]) / 100, 2)
    return None if settled(said[3], part, said[5], own) is None else (*said[:4], part, said[5], own)


_BALANCE = re.compile(rf"{BALANCE_WORD}|balance")  # with DEPOSIT_SAID: a payment's own word


def _once(records: Sequence[Record], said: dict[int, Said]) -> dict[int, Said]:
    """`said` with each order's deduction weighed on the order's whole shortfall, once. A row
    whose note settles it alone takes it, the sale row's before a payment row's; the order's
    later payment rows and its other rows settling it alike are the one deduction written again:
    扣佣金2000 on the sale row and 到账5000，扣佣金2000 on its 尾款 row (fix60g), or copied down
    both product rows of a 10,000 order received 8,000, made two credit notes, 4,000 off a
    2,000 commission and 2,000 shown open (fix60i). Where none settles it alone, the rows'
    sums together may: each of two rows short 2,000 and noted 扣佣金2000 is its own."""
    rows: dict[tuple[object, object, object], list[int]] = {}
    for p in sorted(said):
        if records[p][ORDER_NO]:
            rows.setdefault(_order(records[p]), []).append(p)
    for places in rows.values():
        settles = [p for p in places if settled(*said[p][3:]) is not None]
        if settles:
            first = min(settles, key=lambda p: (records[p][AMOUNT] == 0, p))
            for p in places:
                if p != first and (p in settles or records[p][AMOUNT] == 0 and (
                        records[first][AMOUNT] != 0 or p > first)):
                    del said[p]
        elif len(places) > 1:
            _together(records, said, places)
    return said


def _together(records: Sequence[Record], said: dict[int, Said], places: list[int]) -> None:
    """An order's rows noting deductions none of which settles it alone, read as settling it
    where their sums together do: each row's money lifted by the others' sums. A sale row whose
    note another row repeats, not short by its sum, names none of its own (扣佣金2000 on a row
    paid in full and on the short row below: read as two, a buyer owing 4,000 cleared, s329)."""
    notes = [records[p][NOTES] for p in places]
    figures = {p: found.figure for p in places
               if (found := deduction(*said[p][3:])) is not None and found.figure is not None
               and not (notes.count(records[p][NOTES]) > 1 and (records[p][AMOUNT] or 0) > 0
                        and not _short_by(records[p], found.figure))}
    total = math.fsum(figures.values())
    lifted = {p: (*said[p][:6], (said[p][6] or 0.0) + total - figure)
              for p, figure in figures.items()}
    if len(lifted) > 1 and all(settled(*lift[3:]) is not None for lift in lifted.values()):
        said.update(lifted)


def _short_by(r: Record, figure: float) -> bool:
    """Is a row's own money short of its amount by `figure`, within a bank's charge?"""
    amount = r[AMOUNT] or 0.0
    return abs(amount - (r[RECEIVED] or 0.0) - figure) <= charge(amount, None) + 0.005


def _order(r: Record) -> tuple[object, object, object]:
    return r[ORDER_NO], r[CUSTOMER_KEY], r[CURRENCY]


def _weighed(apart: PaidApart, order: tuple[str, str, str], note: object,
             amount: float | None, paid: float | None) -> float | None:
    """The file's money on `order`, taken as what its note's deduction leaves where it is that
    within the rounding of the rates it was converted at (27,445 RMB, 3,812.11 USD, for 3,812:
    core.ledger.converting), so that the report and the credit note weigh it alike."""
    found = apart.get(order, paid)
    slack = apart.slack.get(order, 0.0) if isinstance(apart, FileMoney) else 0.0
    figure = settled(note, amount, order[2], found, slack) if slack else None
    return found if figure is None or amount is None else amount - figure


def off(paid: float | None, amount: float | None) -> bool:
    """Is a sheet's money on an order not its amount: short, or more, paying another order
    too (合并付款，含YW25-0142货款5166，质量扣款500 on YW25-0139's row), so that the file's
    money on it (core.ledger.deductions_apart) is weighed?"""
    return abs((paid or 0.0) - (amount or 0.0)) > 0.005


def received(record: Record) -> float | None:
    """A row's received figure where it is in the row's own money, the shortfall of which a
    deduction may be (a receipt in another currency is short by a rate, too)."""
    own = record[RECEIVED_CURRENCY]
    return record[RECEIVED] if own is None or own == record[CURRENCY] else None


def _sold(r: Record) -> bool:
    return not r[CREDIT_NOTE] and r[STATUS] != "cancelled" and (
        (r[AMOUNT] or 0) > 0 or paying_row(r[ORDER_NO], r[AMOUNT], r[RECEIVED]))


def paying_row(order_no: object, amount: float | None, received: float | None) -> bool:
    """Is a row a payment's own row of a numbered order (its 尾款 or 定金 row, 金额 0, money
    received), whose note may name a deduction of the order's as a sale row's does? A balance
    row noted 到账5000，佣金2000已扣 left 2,000 open, black, the buyer having kept it (rv60a
    s305): weighed by its order's amount and money, as a sale row's note is."""
    return bool(order_no) and (received or 0) > 0 and is_receipt_line(amount, received)


def deduction_messages(sheet: str, rows: Iterable[Said]) -> tuple[list[Message], set[int]]:
    """The import report's note of each sale row of a sheet (:func:`said_rows`) whose note
    names a deduction: read as settled, or (its sum not the shortfall, or none written) left
    open for the clerk to check; and the rows read as settled, whose credit notes are no
    returns to name."""
    said: list[Message] = []
    settled_rows: set[int] = set()
    for row, order, customer, note, amount, currency, paid in rows:
        found = deduction(note, amount, currency, paid)
        if found is None or amount is None or paid is None:
            continue
        words = {"sheet": sheet, "row": row, "order": order or "—", "customer": customer,
                 "note": note, "kind": kind_word(found.kind),
                 "short": f"{amount - paid:,.2f} {currency}",
                 "figure": "" if found.figure is None else f"{found.figure:,.2f} {currency}"}
        if found.settles:
            settled_rows.add(row)
            said.append(Message("noted_deduction", N_(
                "Sheet “{sheet}” row {row}, order {order} of {customer}: {figure} deducted by "
                "the buyer as {kind} (备注 “{note}”): counted as settled, a credit note on its "
                "order that lowers its revenue."), words))
        else:
            said.append(Message("unmatched_deduction", N_(
                "Sheet “{sheet}” row {row}, order {order} of {customer}: paid {short} short, "
                "its note names {kind} (备注 “{note}”) but not that sum: nothing counted as "
                "settled, the {short} stays open. Check the note, write the sum deducted and "
                "import the file again.") if found.figure is None else N_(
                "Sheet “{sheet}” row {row}, order {order} of {customer}: paid {short} short, "
                "its note names {kind} of {figure} (备注 “{note}”), not that sum: nothing "
                "counted as settled, the {short} stays open. Check the note and the money "
                "received, and import the file again."), words))
    return said, settled_rows


def kind_word(kind: str) -> Term:
    """A deduction's kind (:data:`KINDS`) in the report's words."""
    return Term(_KIND[kind])


_KIND = {name: words for name, words, _ in KINDS}

