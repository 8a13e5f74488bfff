"""A later payment row that is a noted balance row's rest or its repeat, not money beside it.

A clerk types the balance asked (尾款70%, 收款 7,000 on 04-20) and says in 备注 that it is not
all in: 尾款还差一半, 一半货款已到，另一半出货前付 (half of it still to come), 尾款还没有，客户说
已付, 水单已收，钱下周到 (none of it in yet: the buyer's word, a slip). When the rest comes he
books it on a row under it: 余款 3,500 on 05-10 (the missing half: the first cell was summed to
the whole), or 尾款 7,000 on 05-02 (the balance again, the day it came). Counted beside the
noted row, the order of 10,000 was paid 13,500 or 17,000: 3,500 or 7,000 of credit paying the
buyer's next invoice, a debt hidden (rv61b s427 G1, G4, G6; s427b G1b, G3a, G3c, G5a).

Such a later row is that row's rest or repeat, counted once, where the order's rows without it
already hold its whole sum (less a bank's charge) and its receipt is the noted row's sum, or,
the note saying half was missing, half of it; dated not before the noted row and not another
payment than it (定金 after a 尾款 row). The noted row keeps its money: a typed, dated receipt
is money come (its note takes none of it away, fix61d withdrawn). A later row whose note names
another order (2025-702定金, 新订单) or says the buyer paid more (多付) is money of its own;
so is any later row under a row with no such note (a real over-payment stays credit).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from core.i18n import N_
from core.ledger.bank_charges import charge
from core.ledger.buyer_word import BUYER, OUR_PAYEES
from core.ledger.came_rows import again_message, came_again
from core.ledger.forfeits import NOT_REFUNDED, PAID_BACK, TO_BUYER
from core.ledger.normalise import fold
from core.ledger.noted_orders import loose_number
from core.ledger.part_of import FIRM, goods_later
from core.ledger.payment_kinds import NEW_ORDER, other_payments
from core.ledger.shipped_words import FEARED_ZH, NOT_EN, NOT_ZH
from core.messages import Message

# a note saying half of its row's money is still to come (还差一半, 一半货款已到, 另一半出货前付);
# not half the goods arrived (一半已到港) nor the rest of the goods shipped later (part_of)
_HALF = re.compile(r"[还尚仍]?[差欠]一半|一半[^,，;；。]{0,4}?(?:已到|到了|已收|收到)(?!港)"
                   r"|另一半[^,，;；。]{0,8}?(?:付|未到|没到|待收)")
# ... none of it in yet: denied, only the buyer's word, a slip, or the money said to come
_NONE = re.compile(r"还没有?(?:到|收到|付)?|尚未(?:到|收)|未到账?|没到账?|没收到|客户说已?付"
                   r"|水单|(?:钱|款)[^,，;；。]{0,3}?下[周月]到|下[周月]到账")
# a clause of another's money than the buyer's balance: 佣金还差一半没付给代理 is the firm's debt
_ELSE = re.compile(r"佣金|代理|运费|样品|手续费|定金|订金")
# a later row's note saying it is money of its own: an over-payment, another order
# (重复付款, 付重了: the buyer paid twice, its credit kept: rv61f s500 R1, s508 E2)
_OWN = re.compile(r"多付|多汇|多打|超付|重复付|重复汇|付重了|over-?pa|paid twice")
# ... not one denied or only feared (不是重复付款, 并非客户重复付款, 没有重复汇款, 怕重复付款,
# 以免重复付款, "not paid twice"), nor the firm's own (我司付工厂付重了), nor one paid back
# (重复付款已退回, 重复付款，已退回客户: its money gone, counted once, :func:`_repaid`; not
# 待退回客户, 要求退回客户: forfeits.NOT_REFUNDED). Read as the buyer's second payment since
# lead61i, a paid order showed 7,000 credit, which hid a bad payer's next unpaid order of 7,000
# from the black list (rv62a s522 N1, N3-N6, N9; s526 E4)
_NOT_OWN = re.compile(rf"(?:{NOT_ZH}|{FEARED_ZH}|不是|并非|非|以免|避免)(?:是|为|属于?)?{BUYER}?$"
                      rf"|{NOT_EN}$"
                      rf"|{FIRM}(?:又|也|已经?)?$|付给?(?:{OUR_PAYEES})[^,，;；。]*$")
_PAID_BACK = re.compile(rf"{PAID_BACK}|{TO_BUYER}")
_NUMBER = re.compile(r"[0-9a-z]+(?:[-_][0-9a-z]+)*")
_NOT_NUMBER = re.compile(r"\d+|\d{4}[-_]\d{1,2}[-_]\d{1,2}")  # a figure (3500), a day (2025-05-10)
_CLAUSE = re.compile(r"[,，;；。]")


def counted_once(paid: Sequence[tuple[int, float, object]], products: Mapping[int, object],
                 notes: Mapping[int, Sequence[object]], amount: float, own: float,
                 number: object) -> dict[int, Message]:
    """An order's later payment rows repeating an earlier one's receipt, each with what the
    report says of it: a came row (came_rows), then a noted row's rest or repeat. A came row
    whose note says its money is its own (2025-702尾款, 下个订单预付款) repeats none: read as
    one, a wire noted for the next order was lost (rv61d s460 A1, A2)."""
    came = {i: earlier for i, earlier in came_again(paid, products, amount, own, notes).items()
            if not _own_money(notes.get(i, ()), number)}
    told = dict.fromkeys(came, again_message())
    rest = [p for p in paid if p[0] not in told]
    told.update(dict.fromkeys(rest_again(rest, products, notes, amount, own, number,
                                         set(came.values())), rest_message()))
    return told


def rest_again(paid: Sequence[tuple[int, float, object]], products: Mapping[int, object],
               notes: Mapping[int, Sequence[object]], amount: float, own: float,
               number: object, spent: set[int] | None = None) -> set[int]:
    """The later payment rows of an order (`paid`: its receipts, by row; `notes`: each row's
    note and status cells; `own`: what its own rows received; `number`: its order number)
    that are a noted row's rest or repeat, counted once; `spent`: noted rows a came row
    (core.ledger.came_rows) repeats already."""
    total = own + math.fsum(r for _, r, _ in paid)
    again: set[int] = set()
    if amount <= 0:
        return again
    whole = amount - charge(amount, None)
    rows = sorted(paid, key=lambda p: p[0])
    # noted rows whose rest or repeat is found: each has one (a third row of the sum is the
    # buyer's money again, 客户重复付款: its 7,000 credit was lost, rv61f s500), a came row's
    # too (水单已收 7,000, 尾款到账 7,000, then 尾款 7,000: the third's credit lost, rv62a s523
    # T5). A repeat noted as its row was (客户说已付 copied down) is a noted row of its own, and
    # that row's repeat though another spent it: the row under it was 7,000 credit where the
    # three were one payment (s523 T6)
    used = set(spent or ())
    for at, (index, received, day) in enumerate(rows):
        texts = notes.get(index, ())
        if total - received < whole or _own_money(texts, number):
            continue
        copied = _missing(texts) is not None
        noted = next((i for i, r, on in rows[:at] if (i not in used or copied)
                      and _rest_of(notes.get(i, ()), r, received)
                      and not (None not in (day, on) and str(day) < str(on))
                      and not other_payments(products.get(i), products.get(index),
                                             same_day=False)), None)
        if noted is not None:
            used.add(noted)
        elif not (_repaid(texts) and any(close(r, received) for _, r, _ in rows[:at])):
            continue
        again.add(index)
        total -= received
    return again


def _rest_of(texts: Sequence[object], noted: float, received: float) -> bool:
    """Is `received` the sum a row of `noted` received, or the half its note says was missing?"""
    missing = _missing(texts)
    return missing is not None and (close(received, noted)
                                    or missing == _HALF_MISSING and close(received, noted / 2))


_HALF_MISSING = 0.5


def _missing(texts: Sequence[object]) -> float | None:
    """What share of its money a row's note says is not in: half (还差一半), all (尾款还没有,
    客户说已付, 水单), or none said (None)."""
    clauses = [clause for text in texts if isinstance(text, str) and not goods_later(
        folded := fold(text)) for clause in _CLAUSE.split(folded) if not _ELSE.search(clause)]
    if any(_HALF.search(clause) for clause in clauses):
        return _HALF_MISSING
    return 1.0 if any(_NONE.search(clause) for clause in clauses) else None


def _own_money(texts: Sequence[object], number: object) -> bool:
    """Does a later row's note say its money is its own: more paid, a new order, another order's
    number (a digit run the order's own number does not write)?"""
    mine = loose_number(str(number)) if number is not None else ""
    for text in texts:
        if not isinstance(text, str):
            continue
        folded = fold(text)
        if not _paid_back(folded) and any(
                _NOT_OWN.search(folded, 0, said.start()) is None
                for said in _OWN.finditer(folded)) or NEW_ORDER.search(folded) or any(
                sum(c.isdigit() for c in token) >= 3 and not _NOT_NUMBER.fullmatch(token)
                and loose_number(token) != mine
                for token in _NUMBER.findall(folded)):
            return True
    return False


def _repaid(texts: Sequence[object]) -> bool:
    """Does a row's note say the buyer paid twice and the firm sent it back (重复付款，已退回客户)?
    Its money is none of his: the repeat of an earlier row of its sum, counted once."""
    return any(isinstance(text, str) and _OWN.search(folded := fold(text)) is not None
               and _paid_back(folded) for text in texts)


def _paid_back(folded: str) -> bool:
    return _PAID_BACK.search(folded) is not None and NOT_REFUNDED.search(folded) is None


def close(one: float, other: float) -> bool:
    """Two sums of money the same to the cent (a float's error aside)."""
    return math.isclose(one, other, abs_tol=0.005)


def rest_message() -> Message:
    """A later payment row repeating a row noted not all in, or paying its missing half."""
    return Message("totals_row", N_(
        "a payment of the order above of the sum a row above it received, or the half its note "
        "said was missing (尾款还差一半, 客户说已付, 水单已收), the order paid in full without it: "
        "that row's rest or repeat, counted once, not as goods or a total"))
