"""The deposit's and balance's own rows under an order: its receipts, not its goods nor a total.

A clerk writes the order once (CD1, 餐椅 100 × 100 = 10,000, 30%定金 70%见提单) and books each
payment on a row under it, its order cells blank: 品名 定金30%, 金额 3,000, 收款 3,000 on 02-12;
尾款70%, 7,000, 7,000 on 03-05 (or only 收款 filled, 金额 blank). A payment's word is no product
(core.ledger.filled_down.no_product), so the rows were read as totals and their money was lost:
10,000 open and overdue where the buyer had paid in full, the buyer watched, then black-listed
as it aged (rv52c). The rule, in one place (the import and the reference import ask it):

- a row with no customer and no order date under an order's first row (or its lines, or
  another such row), its order number blank or the order's, whose 品名 says only a payment
  (:func:`payment_word`: 定金, 订金, 首款, 预付款30%, 二期款, 中期款, 第二笔款, 尾款, 余款, deposit,
  balance…, with a bracket qualifying it: 定金（第二期）: a three-payment order's middle one was
  lost, 7,000 open where 3,000, acct55a) and which
  received money (its 收款 above 0) is that order's receipt: it takes the order's cells and is
  worth nothing (its 金额 is the payment's, not goods), its money kept on its own day;
- unless the order's own rows already hold it (:meth:`OrderPayments.counted`): their 收款
  adding up to what the payment rows received (the rows break the order's 收款 down; not rows
  all dated after it, none on its day: later payments, fix59g; nor rows of its sum all dated
  before it, the two making the order's sum less a bank's charge at most: its other half,
  fix60c, fix60i), or one of them received the same sum on the same day (the row repeats it),
  or they are undated or dated by the day the order's rows had received its whole sum (parts
  of that whole, fix60c, fix60i): counted once; so is a later row repeating a balance row
  noted not all in, or its missing half (core.ledger.rest_rows, fix61k);
- a payment row with no money whose note says a deduction taken (尾款70% blank, 备注
  佣金2000已扣) is the order's row all the same, worth nothing and no money: its note is the
  order's deduction (core.ledger.own_row_deductions; read as a note, 7,000 owed where 5,000 is:
  fix61c s320 D4);
- a payment row with no money received (尾款 7,000, 备注 空), or whose cells say it is not
  received yet (备注 待收, 计划; a 收款 undated where the order's other payment rows are dated),
  or whose receipt is more than its whole order, is a note of what is asked, no money and no
  line; one whose note names its figure in another currency (人民币 RMB21300) is read in it
  (core.ledger.payment_row_money); neither it nor a payment row the order's row holds is a
  total whose sum is checked (:meth:`OrderPayments.memos`), and the report says what each
  was read as.
A payment row written away from its order, above the order's row or after a customer's 小计 /
合计 row, writing its order's number (CD-1), is that order's all the same, read as above
(acct54a, rv53c: Cedar's 定金 3,000 and 尾款 7,000 of CD-1 and 尾款 3,000 of CD-3 typed under
its 小计 were lost, 15,000 open where 2,000 was): :meth:`OrderPayments.named`, the one order
of the sheet writing that number; one writing no number, or a number two orders write, stays
a totals row, as before (nothing says whose it is).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.ledger.bank_charges import charge
from core.ledger.came_words import ROW_CAME
from core.ledger.deduction_notes import taken_sum
from core.ledger.lot_words import first_of_lots
from core.ledger.named_papers import noted_payee
from core.ledger.normalise import fold
from core.ledger.noted_figures import noted_currency
from core.ledger.order_note_others import names_another
from core.ledger.owed_said import still_owed
from core.ledger.part_said import part_came, part_said_came
from core.ledger.payment_kinds import (
    DEPOSIT,
    EN_ORDINAL,
    LATER_ORDINAL,
    NTH_PAYMENT,
    PHASE,
    kinds,
)
from core.ledger.payment_row_money import came_undated, planned
from core.ledger.payment_row_notes import (
    OVER,
    held_message,
    memo_message,
    over,
    over_message,
    plan_message,
    undated_message,
    undated_plans,
)
from core.ledger.record import DEPOSIT_SAID
from core.ledger.rest_rows import counted_once
from core.ledger.value_days import value_days
from core.messages import Message

# a payment's word, alone or with its share (定金30%, 尾款70%, 30% deposit, balance): the
# deposit's or balance's own row under its order, no product
PAYMENT = re.compile(r"(?:定金|订金|尾款|余款|首付款?|首款|首笔款?|首期款?|预付款?|预收款?"
                     rf"|进度款|{NTH_PAYMENT}|全款|货款|押金|deposit|balance|advance|down ?payment"
                     rf"|pre-?payment|final payment|payment|{EN_ORDINAL}|\d+(?:\.\d+)?\s*%"
                     rf"|{ROW_CAME}|另?一半|[\s,.;:、，。；：()（）+-])+")  # (尾款一半: s507)
# an ordinal alone (second, 2nd) names no payment: goods, unless a payment's word stands by it
_ORDINAL = re.compile(EN_ORDINAL)
# a bracket qualifying a payment word, not hiding it: 定金（第二期）, 余款（原定金50%）,
# 余款（扣定金50%后） are the second deposit's and the balance's rows (read as goods, each
# 6,127.50 received lost and 6,128 owed 19 days where nothing was: rv59e s286); a phase alone
# (第二期) is goods
QUALIFIER = re.compile(rf"\((?:{PAYMENT.pattern}|{PHASE}|原|扣除?|减去?|抵|之?后)+\)")
_WORD = re.compile(r"[^\W\d_]")  # a letter or a character: not a share or punctuation alone
# the payment an order's rows leave room for (:func:`_part_away`), among the other payment rows'
# 品名 a note may speak of (payment_kinds.of_another): a 尾款 row noted 二期款已到账 under its
# status 未收 of an order of 定金 3,000 and 尾款 3,000 (10,000), its 二期款 4,000 in April's file
# or tab, speaks of that one, and its status says its own money is not in (rv55b: read paid,
# 0 open where 3,000, black); of 定金30% and 尾款70%, booked whole, the note says the balance
# is in (二期款 is the second payment: fix54h)
ELSEWHERE = "中期款"
# Two payments of one sum, dated apart, short of their order's sum by no more than this share
# of it are its two halves (:func:`_halves`), the shortfall owed: each is about half, and the
# buyer short-paid the order (6,000 + 6,000 of 12,255). Short by more, neither is a half.
HALVES_SHORT = 0.05
_MIDDLE = re.compile(NTH_PAYMENT)


def payment_words(product: str) -> bool:
    """Does a 品名 say only a payment, or a share or punctuation (no product)?"""
    folded = fold(product)
    return bool(PAYMENT.fullmatch(folded) or "(" in folded
                and PAYMENT.fullmatch(QUALIFIER.sub("", folded)))


def payment_word(product: object) -> bool:
    """Does a 品名 name a payment of its order (定金30%, 尾款, balance), not a share alone?"""
    return isinstance(product, str) and payment_words(product) and bool(_WORD.search(
        _ORDINAL.sub("", fold(product))))


@dataclass
class _Order:
    """An order's first row (and its lines): what they received, and the payment rows under it."""

    row: object  # the order's first row, whose cells a payment row takes
    own: list[tuple[float, object]] = field(default_factory=list)
    paid: list[tuple[int, float, object]] = field(default_factory=list)
    said: list[int] = field(default_factory=list)  # payment rows with no money: notes
    taken: list[int] = field(default_factory=list)  # ... whose note says a deduction taken
    plans: list[int] = field(default_factory=list)  # ... or said not received yet
    amount: float = 0.0  # the order's amount: its first row's and its lines'
    currencies: dict[int, str] = field(default_factory=dict)  # a receipt's noted currency
    parts: dict[int, float] = field(default_factory=dict)  # ... the part its note says came
    came: set[int] = field(default_factory=set)  # ... undated, its note saying it came
    notes: dict[int, Sequence[object]] = field(default_factory=dict)  # ... its note, status
    currency: str | None = None  # the order's
    number: object = None  # its order number, as its first row writes it
    note: object = None  # its first row's note: 分批出货，第一批 lets a deposit be the PI's
    products: dict[int, object] = field(default_factory=dict)  # each payment row's 品名
    # the payment rows with a receipt, read once all of the order's are met: a note's 二期款
    # is the row's own payment only where no other row is it (payment_kinds.of_another)
    received: list[tuple[int, float, object, Sequence[object], bool]] = field(
        default_factory=list)


class OrderPayments:
    """The payment rows under each order of a sheet, read row by row (`index`: the data row's
    index or its row number), then which are money (:meth:`counted`) and which notes."""

    def __init__(self) -> None:
        self.orders: list[_Order] = []
        self._of: tuple[object, object] = (None, None)

    def order(self, row: object, key: object, order_no: object, received: float | None,
              day: object, amount: float | None = None, note: object = None) -> None:
        """A row naming its order (`row`: None, not an order's first row): a new order's
        unless it names the one above by its number (one order written on several rows)."""
        blank = order_no is None or (isinstance(order_no, str) and not order_no.strip())
        if row is None or blank or (key, order_no) != self._of or not self.orders:
            self.orders.append(_Order(row, number=None if blank else order_no, note=note))
        self._of = (key, order_no) if row is not None and not blank else (None, None)
        self.line(received, day, amount)

    def line(self, received: float | None, day: object, amount: float | None = None) -> None:
        """A row of the order above (its first or a product line): what it received, and
        its amount in the order's currency."""
        if self.orders and received:
            self.orders[-1].own.append((received, day))
        if self.orders and amount:
            self.orders[-1].amount += amount

    def payment(self, index: int, product: object, received: float | None,
                day: object, said: Sequence[object] = (), currency: str | None = None,
                marked: bool = False, of: _Order | None = None) -> bool:
        """Is the row (no customer, no date, under the order above) a payment of it? Held.
        `said`: its note and status cells; `currency`: its order's; `marked`: its 收款 cell
        names its currency (no note's asked); `of`: the order its number names wherever it
        stands (:meth:`named`), else, for a row without money, its note's (named_papers.
        noted_payee), else the above. Money noted for another order of the sheet (2025-701尾款
        另一半 under 702's row) stays under its row here: whether that order still owes it is
        known only once every tab and file is stored (core.ledger.noted_halves moves it)."""
        above = self.orders[-1] if self.orders else None
        order = of or noted_payee(said[0] if said else None, self.named, above)
        if of is None and above is not None and above.row is not None and received \
                and received > 0:
            order = above  # money noted for another order: moved, if at all, once stored
        if order is None or order.row is None or not payment_word(product):
            return False
        self._hold(order, index, product, received, day, said, currency, marked)
        return True

    def _hold(self, order: _Order, index: int, product: object, received: float | None,
              day: object, said: Sequence[object], currency: str | None, marked: bool) -> None:
        """A payment row held under `order`: a deduction's, a note's or a receipt's."""
        order.currency = currency
        order.products[index] = product
        if received is None and any(map(taken_sum, said)):
            order.taken.append(index)  # 尾款 blank, 佣金2000已扣: the order's deduction
        elif received is None or received <= 0:
            order.said.append(index)
        else:
            order.received.append((index, received, day, said, marked))

    def _read(self) -> None:
        """Each order's payment rows with a receipt: money, or said not received yet."""
        for order in self.orders:
            part_away = _part_away(order)
            for index, received, day, said, marked in order.received:
                product = order.products[index]
                others = [p for i, p in order.products.items() if i != index]
                if part_away and not _middle_owed(said):
                    others.append(ELSEWHERE)
                part = part_came(said, received, _due(order, index), order.currency,
                                 order.amount)
                if part is None and planned(said, product, others, day) or (
                        part is not None and part <= 0):
                    order.plans.append(index)  # 待收, 计划: asked, not received
                    continue
                if part is not None and part < received:
                    order.parts[index] = received = part  # 实收3000 of 7,000: the rest owed
                order.paid.append((index, received, day))
                order.notes[index] = said
                if day is None and (part_said_came(said, order.currency) if part is not None
                                    else came_undated(said, product, others, order.number)):
                    order.came.add(index)  # 尾款已收，新订单定金下周付款: received, not asked
                if not marked and (noted := noted_currency(said, received, order.currency)):
                    order.currencies[index] = noted
            order.received = []

    def named(self, number: object) -> _Order | None:
        """The one order of the sheet whose first row writes `number` (None: none, or two
        orders of it: the number tells no payment whose it is)."""
        if _blank(number):
            return None
        mine = [order for order in self.orders
                if order.row is not None and number_key(order.number) == number_key(number)]
        return mine[0] if len(mine) == 1 else None

    def counted(self) -> list[tuple[int, object, str | None, float | None]]:
        """The payment rows that are money, each with its order's first row, the currency
        its note names its receipt in (None: the order's) and the part of its 收款 its note
        says came (None: the whole; part_said.part_came)."""
        self._read()
        return [(index, order.row, order.currencies.get(index), order.parts.get(index))
                for order in self.orders
                for index in sorted([*_money(order, _unsaid(order)[0]), *order.taken])]

    def memos(self) -> dict[int, Message]:
        """The payment rows read as notes, with what the report says of each."""
        self._read()
        said: dict[int, Message] = {}
        for order in self.orders:
            paid, told = _unsaid(order)
            money = set(_money(order, paid))
            said.update((i, held_message()) for i, _, _ in paid if i not in money)
            said.update((i, memo_message()) for i in order.said)
            said.update((i, plan_message()) for i in order.plans)
            said.update(told)
        return said


def _unsaid(order: _Order) -> tuple[list[tuple[int, float, object]], dict[int, Message]]:
    """An order's payment rows with a receipt its cells do not make a note of: undated where
    its others are dated, or more than the whole order (payment_row_money); and those."""
    told = {i: undated_message(r) for i, r in undated_plans(order.paid, order.came)}
    told.update((i, over_message(r, order.amount, order.currency)) for i, r, _ in order.paid
                if i not in told and i not in order.currencies and over(r, order.amount)
                and not _whole_deposit(order, i))
    told.update(counted_once(order.paid, order.products, order.notes, order.amount,
                             math.fsum(r for r, _ in order.own), order.number))
    return [p for p in order.paid if p[0] not in told], told


def _whole_deposit(order: _Order, index: int) -> bool:
    """Is a payment row the deposit (定金30%) of a whole PI under its first lot's row (分批出货，
    第一批: lot_words.first_of_lots)? More than the lot, it is the PI's, shared by lot (core.
    analysis.lot_deposits): Tbilisi's 3,000 under a first lot of 1,000 was read as a note,
    the deposit lost, 1,000 open and black where 700 was, watch (rv59b s21)."""
    return DEPOSIT in kinds(order.products.get(index)) and first_of_lots(order.note)


def _due(order: _Order, index: int) -> float | None:
    """What an order had open before its payment row `index`: its amount less its other
    receipts (its own rows' unless they hold the payment rows' sum); None: no amount known."""
    rows = math.fsum(r for i, r, *_ in order.received if i != index)
    own = math.fsum(r for r, _ in order.own)
    held = _close(own, rows + math.fsum(r for i, r, *_ in order.received if i == index))
    return order.amount - rows - (0.0 if held else own) if order.amount > 0 else None


def _part_away(order: _Order) -> bool:
    """Whether an order's rows leave a part of it unbooked (定金 3,000 and 尾款 3,000 received of
    10,000): its middle payment may be on another tab, in another file or already stored. Over
    a tenth of what they book (:data:`OVER`), as no charge, rounding or buyer's deduction makes:
    a balance received 500 short stays the balance its note's 二期款 names."""
    own, rows = math.fsum(r for r, _ in order.own), math.fsum(r for _, r, *_ in order.received)
    held = _breaks_down(order, [(i, r, day) for i, r, day, *_ in order.received])
    booked = rows if held else own + rows  # the order's row holds its rows' sum
    return order.amount > booked * OVER


def _middle_owed(said: Sequence[object]) -> bool:
    """Whether a payment row's cells say a middle payment is not in (二期款未收): of the row's
    own money then, never of one booked elsewhere (:func:`_part_away` leaves room only for one
    said to have come, 二期款已到账; rv55f s74: 尾款 7,000 noted 二期款未收 of an 11,500 order,
    1,500 open where 8,500)."""
    return any(isinstance(text, str) and _MIDDLE.search(fold(text)) is not None
               and still_owed(text) for text in said)


def _money(order: _Order, paid: list[tuple[int, float, object]]) -> list[int]:
    """The payment rows of an order (`paid`: its receipts) that its own rows' 收款 do not
    already hold."""
    if not order.own:
        return [i for i, _, _ in paid]
    if _breaks_down(order, paid):
        return []  # the rows break down what the order's row received
    whole = _whole_by(order)
    return [i for i, r, day in paid
            if not (whole is not None and (day is None or str(day) <= whole))
            and not any(_close(r, got) and (day == on or None in (day, on))
                        for got, on in order.own)]


def _whole_by(order: _Order) -> str | None:
    """The day by which the order's own rows had received its whole sum (None: they did not,
    or a receipt is undated). A payment row dated on or before it is a part of that total, not
    money beside it: 12,255 on the row on 11-20 and its 定金30% line of 3,676.50 on 09-08 made
    3,676 of credit paying the next invoice (rv59e s286 r11); so does an undated one, nothing
    saying it came after the whole (fix60i: 3,676.50 of credit). Only the sum itself: more is a
    wire for other invoices too (合并付款), its deposit line money beside it (fix59h)."""
    days = [on for _, on in order.own]
    if order.amount <= 0 or None in days or not _close(
            math.fsum(r for r, _ in order.own), order.amount):
        return None
    return max(str(on) for on in days)


def _breaks_down(order: _Order, paid: list[tuple[int, float, object]]) -> bool:
    """Whether the payment rows break down what the order's own rows received: their sums
    agree, and the rows' days allow it. A total is dated on or after its parts, so rows all
    dated after every day the order's rows were paid, none repeating one, are later payments
    (rv59b s17: half paid on the row 11-12, the other half on a 余款 line 12-20, read as the
    row's breakdown on the equal sums alone: 6,128 open, the next invoice's money moved)."""
    own = math.fsum(r for r, _ in order.own)
    if not _close(math.fsum(r for _, r, _ in paid), own):
        return False
    days = {str(on) for _, on in order.own if on is not None}
    mine = [None if day is None else str(day) for _, _, day in paid]
    if _halves(order, own, days, mine):
        return False
    return not days or None in mine or bool(days.intersection(mine)) or not any(
        day > max(days) for day in mine if day is not None) or _repeats(order, paid, own)


def _halves(order: _Order, own: float, days: set[str], mine: list[str | None]) -> bool:
    """Are payment rows of the row's sum, all dated before its receipts, the order's other half
    (the deposit came first, booked on a line; the row's receipt is the balance after it)? The
    two together make the order's sum once; read as the row's breakdown, half was lost: 6,128
    owed 42 days, the buyer watched, where nothing was (rv59e s286 r1). Two wires make the sum
    less what a bank keeps (bank_charges.charge, the import's one tolerance of a figure short
    by it): 6,112.50 and 6,112.50 of 12,255 are both halves, 30 a charge the account then
    judges, not one half and 6,142.50 owed (fix60i). A deposit line after the row's receipt
    still repeats it (:func:`_repeats`), and so does one a few days before it, the same wire
    at the bank's value date (6,127.50 on a 定金50% line of 09-10 and on the row of 09-11:
    read as the two halves, 6,128 owed 53 days hidden, rv60b s311 c1). Short by more than a
    charge, two halves are still the two halves (`HALVES_SHORT`), the shortfall owed: a
    definite 定金50% line of 6,000 on 09-10 and the row's 6,000 of 12-20 are two wires, 255
    owed, not the row's breakdown with 6,255 owed 42 days, the buyer watched (rv60c s327 h1)."""
    short = order.amount - own * 2
    return (order.amount > 0 and -0.005 <= short <= max(charge(order.amount, None),
                                                         order.amount * HALVES_SHORT)
            and bool(days) and not names_another(order.note, order.number)
            and None not in mine and all(day < min(days) and not value_days(day, min(days))
                                         for day in mine if day is not None))


# a payment row's word making a deposit's row another payment than the row's (:func:`_repeats`)
_NOT_REPEAT = re.compile(rf"{NTH_PAYMENT}|第[二三四2-4]|余款|尾款|balance|{LATER_ORDINAL}")


def _repeats(order: _Order, paid: list[tuple[int, float, object]], own: float) -> bool:
    """Do later payment rows of the row's sum still repeat it: a deposit's row (定金50% under a
    row holding the deposit: a deposit is paid once), or rows that, counted beside the row's,
    pay the order twice over (a total typed on the row before its 定金 and 尾款 lines)? Read
    as second payments, the deposit was counted twice and 5,000 owed hidden, or the order's
    whole sum became credit paying the next invoice (rv59d s271 B, C, E). A deposit's row
    saying it is a second one or the balance after it (第二笔定金, 定金（第二期）, 余款（扣定金
    50%后）) is a payment of its own (read as a repeat, 6,128 owed where nothing was, rv59e
    s286)."""
    return order.amount > 0 and own * 2 > order.amount * OVER or any(
        isinstance(word := order.products.get(i), str) and DEPOSIT_SAID.search(
            folded := fold(word)) is not None and _NOT_REPEAT.search(folded) is None
        for i, _, _ in paid)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def number_key(number: object) -> str:
    """An order number as a sheet's rows and notes match it (core.ledger.noted_halves too)."""
    return fold(str(number)).strip()


def _close(one: float, other: float) -> bool:
    return math.isclose(one, other, abs_tol=0.005)
