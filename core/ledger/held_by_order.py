"""Whether an order's own rows already hold what the payment rows under it received.

A clerk books a payment on the order's row, on the 定金 and 尾款 rows under it, or on both:
the payment rows then repeat the row's 收款, break it down, or add the other half of it.
Which one, the sums and days of the two decide, and these rules alone: they read nothing of
notes but the order row's naming another order (order_note_others), and nothing of where a
payment row sits, which :mod:`core.ledger.order_payments` finds. Kept apart from it so each
can grow (split63); both read the one :class:`OrderRows`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from core.ledger.bank_charges import charge
from core.ledger.normalise import fold
from core.ledger.order_note_others import names_another
from core.ledger.payment_kinds import LATER_ORDINAL, NTH_PAYMENT
from core.ledger.payment_row_notes import OVER
from core.ledger.record import DEPOSIT_SAID
from core.ledger.rest_rows import close
from core.ledger.value_days import value_days

# Two payments of one sum, dated apart, short of their order's sum by no more than this share
# of it are its two halves (:func:`_halves`), the shortfall owed: each is about half, and the
# buyer short-paid the order (6,000 + 6,000 of 12,255). Short by more, neither is a half.
HALVES_SHORT = 0.05


@dataclass
class OrderRows:
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
    # ... the rest its note says came on a later day, and that day (rest_day.RestCame)
    rests: dict[int, tuple[float, date]] = field(default_factory=dict)
    notes: dict[int, Sequence[object]] = field(default_factory=dict)  # ... its note, status
    currency: str | None = None  # the order's
    number: object = None  # its order number, as its first row writes it
    note: object = None  # its first row's note: 分批出货，第一批 lets a deposit be the PI's
    products: dict[int, object] = field(default_factory=dict)  # each payment row's 品名
    # the payment rows with a receipt, read once all of the order's are met: a note's 二期款
    # is the row's own payment only where no other row is it (payment_kinds.of_another)
    received: list[tuple[int, float, object, Sequence[object], bool]] = field(
        default_factory=list)


def unheld(order: OrderRows, paid: list[tuple[int, float, object]]) -> list[int]:
    """The payment rows of an order (`paid`: its receipts) that its own rows' 收款 do not
    already hold."""
    if not order.own:
        return [i for i, _, _ in paid]
    if breaks_down(order, paid):
        return []  # the rows break down what the order's row received
    whole = _whole_by(order)
    return [i for i, r, day in paid
            if not (whole is not None and (day is None or str(day) <= whole))
            and not any(close(r, got) and (day == on or None in (day, on))
                        for got, on in order.own)]


def _whole_by(order: OrderRows) -> str | None:
    """The day by which the order's own rows had received its whole sum (None: they did not,
    or a receipt is undated). A payment row dated on or before it is a part of that total, not
    money beside it: 12,255 on the row on 11-20 and its 定金30% line of 3,676.50 on 09-08 made
    3,676 of credit paying the next invoice (rv59e s286 r11); so does an undated one, nothing
    saying it came after the whole (fix60i: 3,676.50 of credit). Only the sum itself: more is a
    wire for other invoices too (合并付款), its deposit line money beside it (fix59h)."""
    days = [on for _, on in order.own]
    if order.amount <= 0 or None in days or not close(
            math.fsum(r for r, _ in order.own), order.amount):
        return None
    return max(str(on) for on in days)


def breaks_down(order: OrderRows, paid: list[tuple[int, float, object]]) -> bool:
    """Whether the payment rows break down what the order's own rows received: their sums
    agree, and the rows' days allow it. A total is dated on or after its parts, so rows all
    dated after every day the order's rows were paid, none repeating one, are later payments
    (rv59b s17: half paid on the row 11-12, the other half on a 余款 line 12-20, read as the
    row's breakdown on the equal sums alone: 6,128 open, the next invoice's money moved)."""
    own = math.fsum(r for r, _ in order.own)
    if not close(math.fsum(r for _, r, _ in paid), own):
        return False
    days = {str(on) for _, on in order.own if on is not None}
    mine = [None if day is None else str(day) for _, _, day in paid]
    if _halves(order, own, days, mine):
        return False
    return not days or None in mine or bool(days.intersection(mine)) or not any(
        day > max(days) for day in mine if day is not None) or _repeats(order, paid, own)


def _halves(order: OrderRows, own: float, days: set[str], mine: list[str | None]) -> bool:
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


def _repeats(order: OrderRows, paid: list[tuple[int, float, object]], own: float) -> bool:
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

