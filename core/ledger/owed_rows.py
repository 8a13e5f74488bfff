"""A payment row repeating its order's number and buyer whose note says its money is not in.

A clerk books a balance on a row of its own: 品名 尾款70%, 收款 7,000 on 04-20, 备注 尾款还没收到.
Under its order with the number and buyer cells blank, the row is read by core.ledger.
order_payments, which asks its cells (payment_row_money.planned): a note of what is asked, 7,000
owed. The same row with the number and buyer typed again, on the order's tab or a later one or
in a later file, was read as money received (received_only: worth 0, its 收款 on its day), the
denial never asked: 0 open where 7,000 is, 72 days, black (rv62a s524 G1, s525 C1, s526 C4).

Such a row (worth 0, a sum received, its 品名 a payment's word: order_payments.payment_word) is
now asked as the blank-buyer row is (payment_row_money.planned: owed_said.still_owed, the agent
rule, a plan or the buyer's word of paying later): a note, no money. Asked only its denials, a
typed balance noted 客户说下周付 read paid where the blank-buyer row read 7,000 owed, 72 days,
black (rv64d s6d). A payment row order_payments has read (`judged`) is not asked twice. One
rule for the import (core.ledger.rows) and the reference import (tests/reference_import).

A typed row whose order is on another tab or in an earlier file (core.ledger.typed_apart) whose
note says a part of its money came (还差2000, 余款2000未付, 实收5000) is not a note here: on its
order's tab the part is read before the denials (order_payments), and so it is once the file
is written, against the order's stored lines; denied whole, 余款2000未付 read 7,000 owed where
the order's tab leaves 2,000 (fix65e).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from itertools import compress, repeat
from operator import eq

from core.i18n import N_
from core.ledger.amounts import parse_amount
from core.ledger.normalise import fold
from core.ledger.noted_figures import FIGURE, plain_figures
from core.ledger.order_payments import payment_word
from core.ledger.part_said import part_came
from core.ledger.payment_row_money import planned
from core.ledger.payment_row_notes import PLANNED_ROW
from core.messages import Message


def owed_row(received: float | None, product: object, note: object, status: object,
             day: object, number: object = None) -> bool:
    """Is a row worth 0 with `received` a payment of its order (its 品名 `product` a payment's
    word) whose note or status says the money is not received yet (payment_row_money.planned)?
    `day`: its date received; `number`: its order's number (another's named in the note plans
    that order's money)."""
    return received is not None and received > 0 and payment_word(product) and planned(
        (note, status), product, (), day, number)


def owed_places(amounts: Sequence[float | None], received: Sequence[float | None],
                products: Sequence[object], notes: Sequence[object], statuses: Sequence[object],
                days: Sequence[object], judged: Container[int], away: Container[int] = (),
                numbers: Sequence[object] = ()) -> set[int]:
    """The places of a sheet's rows worth 0 (its payment rows, typed or by their blank 金额) that
    are :func:`owed_row`, but those order_payments has read (`judged`) and the typed rows of an
    order elsewhere (`away`) whose note says a part came (:func:`told_part`). Only rows worth 0
    are looked at, picked at C speed: most rows are sales."""
    return {j for j in compress(range(len(amounts)), map(eq, amounts, repeat(0)))
            if j not in judged and owed_row(received[j], products[j], notes[j], statuses[j],
                                            days[j], numbers[j] if numbers else None)
            and not (j in away and told_part(notes[j], statuses[j], received[j],
                                             numbers[j] if numbers else None))}


def told_part(note: object, status: object, received: float | None,
              number: object = None) -> bool:
    """Does a payment row's note or status say a part of its money came (part_said.part_came:
    还差2000, 实收5000; not another order's than `number`, 还差2000是2025-702的), read then
    against its order (core.ledger.typed_apart)?"""
    part = part_came((note, status), received, None, _written(note), number=number
                     ) if received else None
    return part is not None and part > 0


# the one currency a note writes its figures in (Balance USD2000 unpaid), its order's unknown
# here: read in none, its rest was in another money, no part told, and the row's "unpaid" read
# whole away from its order, 7,000, 72 days, black where 2,000 is (rv68a C2, fix68g); the
# figures are read against the order's own currency once it is known (typed_apart)
_FIGURE = re.compile(FIGURE)


def _written(note: object) -> str | None:
    if not isinstance(note, str):
        return None
    codes = {parse_amount(found.group())[1]
             for found in _FIGURE.finditer(fold(plain_figures(note)))} - {None}
    return codes.pop() if len(codes) == 1 else None


def owed_message() -> Message:
    """A payment row naming its order and buyer whose note says its money is not in."""
    return Message(PLANNED_ROW, N_(
        "a payment of its order (定金, 尾款…) that its note says is not received yet (尾款还没"
        "收到, 未收…): read as a note of what is asked, not as money received"))
