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
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache

from core.ledger.deduction_notes import taken_sum
from core.ledger.held_by_order import OrderRows, breaks_down, unheld
from core.ledger.lot_words import TOLERANCE, first_of_lots
from core.ledger.named_papers import noted_payee
from core.ledger.normalise import fold
from core.ledger.noted_figures import noted_currency
from core.ledger.noted_orders import Known, loose_number
from core.ledger.owed_said import still_owed
from core.ledger.part_said import part_came, part_said_came
from core.ledger.payment_kinds import DEPOSIT, NTH_PAYMENT, kinds
from core.ledger.payment_row_money import came_undated, planned, received_on
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
from core.ledger.payment_row_words import payment_word
from core.ledger.payment_row_words import payment_words as payment_words  # (filled_down)
from core.ledger.received_only import blank
from core.ledger.rest_day import RestCame, rest_day
from core.ledger.rest_rows import counted_once
from core.ledger.rows_below import due, given_away, on_or_after
from core.messages import Message

# the payment an order's rows leave room for (:func:`_part_away`), among the other payment rows'
# 品名 a note may speak of (payment_kinds.of_another): a 尾款 row noted 二期款已到账 under its
# status 未收 of an order of 定金 3,000 and 尾款 3,000 (10,000), its 二期款 4,000 in April's file
# or tab, speaks of that one, and its status says its own money is not in (rv55b: read paid,
# 0 open where 3,000, black); of 定金30% and 尾款70%, booked whole, the note says the balance
# is in (二期款 is the second payment: fix54h)
ELSEWHERE = "中期款"
_MIDDLE = re.compile(NTH_PAYMENT)


class OrderPayments:
    """The payment rows under each order of a sheet, read row by row (`index`: the data row's
    index or its row number), then which are money (:meth:`counted`) and which notes."""

    def __init__(self, day_first: bool = False) -> None:
        # the sheet's dates read day first (20/04/2025): so is a day its notes write
        # (尚欠2000，5/6到账 is 5 June, rest_day; read month first, 6 May: rv67g s5)
        self.day_first = day_first
        self.orders: list[OrderRows] = []
        # the orders with a first row, by number (:meth:`named`, asked of every typed payment
        # row: scanning them all each time made a 10k ledger of typed rows 13 → 46 s, rv63c s6)
        self._numbered: dict[str, list[OrderRows]] = {}
        self._of: tuple[object, object] = (None, None)
        # the rows with money held under the order above, their number blank, each with its
        # note and that order: the only ones a note may give to another order (:meth:`noted`)
        self._above: list[tuple[int, object, OrderRows]] = []

    def order(self, row: object, key: object, order_no: object, received: float | None,
              day: object, amount: float | None = None, note: object = None) -> None:
        """A row naming its order (`row`: None, not an order's first row): a new order's
        unless it names the one above by its number (one order written on several rows)."""
        none = blank(order_no)
        if row is None or none or (key, order_no) != self._of or not self.orders:
            self.orders.append(OrderRows(row, number=None if none else order_no, note=note))
            if row is not None:
                self._numbered.setdefault(number_key(self.orders[-1].number), []).append(
                    self.orders[-1])
        self._of = (key, order_no) if row is not None and not none else (None, None)
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
                marked: bool = False, of: OrderRows | None = None,
                numbered: bool = False) -> bool:
        """Is the row (no customer, no date, under the order above) a payment of it? Held.
        `said`: its note and status cells; `currency`: its order's; `marked`: its 收款 cell
        names its currency (no note's asked); `of`: the order its number names wherever it
        stands (:meth:`named`), else, for a row without money, its note's (named_papers.
        noted_payee), else the above; `numbered`: its order's number typed. A row typing its
        buyer too is read as the blank-buyer row is, its plan a plan (fix65d). Money noted for
        another order of the sheet (2025-701尾款另一半 under 702's row) stays under its row here:
        whether that order still owes it is known only once every tab and file is stored
        (core.ledger.noted_halves moves it, :meth:`noted`)."""
        above = self.orders[-1] if self.orders else None
        order = of or noted_payee(said[0] if said else None, self.named, above)
        under = of is None and above is not None and above.row is not None and bool(
            received and received > 0)
        order = above if under else order  # noted for another order: moved, if at all, stored
        if order is None or order.row is None or not payment_word(product):
            return False
        if under and above is not None and not numbered:  # (mypy: under says above is one)
            self._above.append((index, said[0] if said else None, above))
        self._hold(order, index, product, received, day, said, currency, marked)
        return True

    def _hold(self, order: OrderRows, index: int, product: object, received: float | None,
              day: object, said: Sequence[object], currency: str | None, marked: bool) -> None:
        """A payment row held under `order`: a deduction's, a note's or a receipt's."""
        order.currency = currency
        order.products[index] = product
        if received is None and any(taken_sum(note, currency, order.number) for note in said):
            order.taken.append(index)  # 尾款 blank, 佣金2000已扣: the order's deduction
        elif received is None or received <= 0:
            order.said.append(index)
        else:
            order.received.append((index, received, day, said, marked))

    def _read(self) -> None:
        """Each order's payment rows with a receipt: money, or said not received yet."""
        known = self.sold()
        for order in self.orders:
            part_away = _part_away(order)
            for index, received, day, said, marked in order.received:
                product = order.products[index]
                others = [p for i, p in order.products.items() if i != index]
                if part_away and not _middle_owed(said):
                    others.append(ELSEWHERE)
                part = part_came(said, received, due(order, index, known), order.currency,
                                 order.amount, order.number, known)
                if part is None and planned(said, product, others, day, order.number, known) or (
                        part is not None and part <= 0):
                    order.plans.append(index)  # 待收, 计划: asked, not received
                    continue
                rest = None
                if (came := _rest_came(order, index, said, (received, day), known,
                                       self.day_first, self.named)) is not None:
                    rest, part = came  # its part read with another's row below none of its
                if part is not None and part != received:  # 实收3000 of 7,000: the rest owed;
                    order.parts[index] = received = part  # 5,000 and the bank's 500 (part_said)
                order.paid.append((index, received, day))
                order.notes[index] = said
                if rest is not None:
                    order.rests[index] = rest
                if day is None and (part_said_came(said, order.currency) if part is not None
                                    else came_undated(said, product, others, order.number)):
                    order.came.add(index)  # 尾款已收，新订单定金下周付款: received, not asked
                if not marked and (noted := noted_currency(said, received, order.currency)):
                    order.currencies[index] = noted
            order.received = []

    def sold(self) -> Known:
        """The loose numbers of the sheet's orders, worked out once if a note asks (another
        order's rest or plan named by its number: X99-1尚欠2000 under 2025-600, fix66f)."""
        return cache(lambda: frozenset(loose_number(str(order.number)) for orders in
                                       self._numbered.values() for order in orders
                                       if order.number is not None))

    def rests(self) -> dict[int, RestCame]:
        """The payment rows counted as money whose note says their rest came on a later day
        (尚欠2000，5/10到账: rest_day), each with it: a receipt of its own, dated so, once the
        sheet's latest received date bounds it (rest_day.noted_rests)."""
        counted = {index for index, *_ in self.counted()}
        return {index: RestCame(*rest) for order in self.orders
                for index, rest in order.rests.items() if index in counted}

    def noted(self) -> dict[int, str]:
        """The rows held under the order above, their number blank, whose note names money of
        one other order of the sheet (named_papers.noted_payee, as :meth:`named` finds it once
        the sheet is read: above the row or below it), each with that order's number
        (:func:`number_key`); core.ledger.noted_halves weighs them once stored. Not a row
        typing its order's number, with its buyer or without: the clerk put it there (2025-702
        under 702 noted 2025-701尾款另一半 is Y's: rv64a s6, X 7,000 → 3,500 and Y 3,500 → 7,000
        read moved); Delhi's 500 typed PO-D2 noted 补付PO-Q1质量扣款 is Delhi's (fix60f). Nor a
        number two orders of the sheet write (X's and Z's 2025-701): nothing says whose."""
        found: dict[int, str] = {}
        for index, note, above in self._above:
            order = noted_payee(note, self.named, above)
            if order is not None and order is not above:
                found[index] = number_key(order.number)
        return found

    def named(self, number: object) -> OrderRows | None:
        """The one order of the sheet whose first row writes `number` (None: none, or two
        orders of it: the number tells no payment whose it is)."""
        if blank(number):
            return None
        mine = self._numbered.get(number_key(number), [])
        return mine[0] if len(mine) == 1 else None

    def counted(self) -> list[tuple[int, object, str | None, float | None]]:
        """The payment rows that are money, each with its order's first row, the currency
        its note names its receipt in (None: the order's) and the part of its 收款 its note
        says came (None: the whole; part_said.part_came)."""
        self._read()
        return [(index, order.row, order.currencies.get(index), order.parts.get(index))
                for order in self.orders
                for index in sorted([*unheld(order, _unsaid(order)[0]), *order.taken])]

    def memos(self) -> dict[int, Message]:
        """The payment rows read as notes, with what the report says of each."""
        self._read()
        said: dict[int, Message] = {}
        for order in self.orders:
            paid, told = _unsaid(order)
            money = set(unheld(order, paid))
            said.update((i, held_message()) for i, _, _ in paid if i not in money)
            said.update((i, memo_message()) for i in order.said)
            said.update((i, plan_message()) for i in order.plans)
            said.update(told)
        return said


def _unsaid(order: OrderRows) -> tuple[list[tuple[int, float, object]], dict[int, Message]]:
    """An order's payment rows with a receipt its cells do not make a note of: undated where
    its others are dated, or more than the whole order (payment_row_money); and those."""
    told = {i: undated_message(r) for i, r in undated_plans(order.paid, order.came)}
    told.update((i, over_message(r, order.amount, order.currency)) for i, r, _ in order.paid
                if i not in told and i not in order.currencies and over(r, order.amount)
                and not _whole_deposit(order, i))
    told.update(counted_once(order.paid, order.products, order.notes, order.amount,
                             math.fsum(r for r, _ in order.own), order.number))
    return [p for p in order.paid if p[0] not in told], told


def _whole_deposit(order: OrderRows, index: int) -> bool:
    """Is a payment row the deposit (定金30%) of a whole PI under its first lot's row (分批出货，
    第一批: lot_words.first_of_lots)? More than the lot, it is the PI's, shared by lot (core.
    analysis.lot_deposits): Tbilisi's 3,000 under a first lot of 1,000 was read as a note,
    the deposit lost, 1,000 open and black where 700 was, watch (rv59b s21)."""
    return DEPOSIT in kinds(order.products.get(index)) and first_of_lots(order.note)


def _rest_came(order: OrderRows, index: int, said: Sequence[object],
               got: tuple[float, object], known: Known, day_first: bool,
               named: Callable[[object], OrderRows | None]
               ) -> tuple[RestCame, float | None] | None:
    """The rest a payment row's note says came after its own day (rest_day.rest_day; bounded
    by the sheet's latest date later), where the order leaves room for it beside what the row
    is read to have received on its day (`got`: its 收款 typed, 7,000 or 5,000, of which the
    note says 5,000 came), every other row's receipt, below it or not, but one below its note
    gives to another order (2025-7011的, 另一单的: its money, not this order's; read as this
    order's, the rest was not read, 2,000, 72 days, black for a buyer paid up, rv68b A7), and
    the rest another row's note says came: none where its other rows already hold it (the clerk
    typed the rest's own row), else it would be counted twice, nor past the order's amount
    (3,000 noted 尚欠4000，5/10到账 and below it 2,000 noted 尚欠2000，6/10到账: both rests read,
    12,000 on a 10,000 order, the surplus paying another order, rv67g Cedar); nor on the
    deposit's row (定金 3,000 noted 尚欠2000，3/10到账: whose rest it is, the deposit's or the
    order's, the note does not say — read as before). `day_first`: the sheet's dates are read
    so, and so is the note's day; `named`: the sheet's order of a number (:meth:`OrderPayments.
    named`). With the rest, the row's part so read (None: the whole)."""
    (received, day), open_, on = got, due(order, index, known, False), received_on(got[1])
    if open_ is None or on is None or DEPOSIT in kinds(order.products.get(index)):
        return None
    part = part_came(said, received, open_, order.currency, order.amount, order.number, known)
    room = open_ - (received if part is None else part) - math.fsum(
        r for i, r, d, s, _ in order.received if i > index and on_or_after(d, day)
        and not given_away(s, order.number, known)
        and noted_payee(s[0] if s else None, named, order) is order) - math.fsum(
        rest[0] for rest in order.rests.values())
    for text in (text for text in said if isinstance(text, str)):
        rest = rest_day(fold(text), on, date.max, order.currency, order.number, known,
                        day_first)
        if rest is not None and rest.amount <= room + TOLERANCE:  # 1,999 typed: held by it
            return rest, part
    return None


def _part_away(order: OrderRows) -> bool:
    """Whether an order's rows leave a part of it unbooked (定金 3,000 and 尾款 3,000 received of
    10,000): its middle payment may be on another tab, in another file or already stored. Over
    a tenth of what they book (:data:`OVER`), as no charge, rounding or buyer's deduction makes:
    a balance received 500 short stays the balance its note's 二期款 names."""
    own, rows = math.fsum(r for r, _ in order.own), math.fsum(r for _, r, *_ in order.received)
    held = breaks_down(order, [(i, r, day) for i, r, day, *_ in order.received])
    booked = rows if held else own + rows  # the order's row holds its rows' sum
    return order.amount > booked * OVER


def _middle_owed(said: Sequence[object]) -> bool:
    """Whether a payment row's cells say a middle payment is not in (二期款未收): of the row's
    own money then, never of one booked elsewhere (:func:`_part_away` leaves room only for one
    said to have come, 二期款已到账; rv55f s74: 尾款 7,000 noted 二期款未收 of an 11,500 order,
    1,500 open where 8,500)."""
    return any(isinstance(text, str) and _MIDDLE.search(fold(text)) is not None
               and still_owed(text) for text in said)


def number_key(number: object) -> str:
    """An order number as :meth:`OrderPayments.named` matches it: folded, spaces trimmed."""
    return fold(str(number)).strip()
