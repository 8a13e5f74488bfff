"""A payment row saying its money came (到账, 尾款到账, 收款) that repeats an earlier row's receipt.

A clerk books the balance on its row (尾款70%, 收款 7,000 on 04-20) and, when the bank's advice
comes, a row under it saying so: 品名 到账 (or 尾款到账, 收款), 7,000 on 04-27. Such a row is its
order's payment row (came_words.ROW_CAME, read by order_payments.PAYMENT: under a blank balance
row it is the balance itself, and read as a totals row a paid buyer was 7,000 owed, black:
rv61b s427c). Beside a row that received its very sum, counting both pays the order well over
its whole (定金 3,000 + 7,000 + 7,000 of 10,000): the bank's word is that receipt come, counted
once, not 7,000 of credit paying the buyer's next invoice. So is one within the earlier row's
value days (core.ledger.value_days) or naming its payment (定金 3,000 on 03-02, then 到账 3,000
on 03-05, or 收款 3,000 noted 定金到账), whatever the order's total: read as money, the deposit
counted twice left a blank balance 4,000 owed where 7,000 is (rv61d s460); but not one
making the order whole (定金50% then 到账 5,000 two days later; 尾款 3,500 of 7,000, then 收款
3,500 noted 尾款到账: its rest). A came row of a sum
no earlier row received, or one weeks after it that with the others stays within the order
(定金50% 5,000 on 03-02, then 到账 5,000 on 04-27 of 10,000: the balance), or one saying
another payment than the earlier row's (定金 then 尾款到账; 下个订单预付款 after 尾款), is money
of its own. So is one naming a part of the balance (尾款第一笔, 进度款第一笔) after a deposit: its
第一笔 is the balance's first part, not the deposit's (read as its bank advice, a buyer who had
paid 3,000 of his balance stood 7,000 owed where 4,000 is: rv61f s504 C2); a note naming the
deposit too (定金已到，尾款…) says nothing against its repeat. 补尾款 (the balance's rest) says
no receipt came again: not here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from core.i18n import N_
from core.ledger.bank_charges import charge
from core.ledger.came_words import ANSWERED, CLAUSE, QUESTION
from core.ledger.named_papers import _PUT_OFF  # its words of money put off or awaited (等)
from core.ledger.normalise import fold
from core.ledger.owed_said import still_owed
from core.ledger.payment_kinds import DEPOSIT, MIDDLE, balance_paid, kinds
from core.ledger.payment_row_notes import OVER
from core.ledger.plan_said import paid_later
from core.ledger.record import DEPOSIT_SAID
from core.ledger.value_days import value_days
from core.messages import Message

# the words of a row saying money came, not the balance's rest (补尾款, 补款: a payment after)
_CAME = re.compile(r"到账|入账|收到|收款|回款|已收")


def came_again(paid: Sequence[tuple[int, float, object]], products: Mapping[int, object],
               amount: float, own: float, notes: Mapping[int, Sequence[object]]) -> dict[int, int]:
    """The came rows of an order (`paid`: its payment rows' receipts, by row; `own`: what its
    own rows received; `notes`: a row's note cells) that repeat an earlier row's receipt, each
    with that row (its one repeat: core.ledger.rest_rows counts no other against it): of
    its sum, dated not before it, saying no other payment than it, while the order's receipts
    are over its whole `amount` (:data:`OVER`), or short of it and the row within the earlier
    one's value days or naming it (定金到账)."""
    total = own + math.fsum(r for _, r, _ in paid)
    again: dict[int, int] = {}
    if amount <= 0 or len(paid) < 2:
        return again
    rows = sorted(paid, key=lambda p: p[0])
    for at, (index, received, day) in enumerate(rows):
        product = products.get(index)
        if not isinstance(product, str) or not _came(product):
            continue
        says = kinds(product).union(*map(kinds, notes.get(index, ())))
        for i, r, on in rows[:at]:
            if i in again or not math.isclose(r, received, abs_tol=0.005) or (
                    None not in (day, on) and str(day) < str(on)):
                continue
            earlier = kinds(products.get(i))
            later = _later((product, *notes.get(index, ()))) if earlier == {DEPOSIT} else None
            if says and earlier and not says & earlier or later:
                continue  # 定金 then 尾款到账, 尾款第一笔, 下个订单预付款: another payment
            if total > amount * OVER or (total < amount - charge(amount, None) - 0.005 and (
                    says & earlier and later is None
                    or None not in (day, on) and value_days(day, on))):
                again[index] = i
                total -= received
                break
    return again


def _later(said: Sequence[object]) -> bool | None:
    """Do a came row's words name a part of a later payment (尾款第一笔, 进度款第一笔), none the
    deposit by its word, in a clause not saying that part is still to come, awaited or only
    asked (尾款第一笔还没到 / 未到, 等尾款第一笔, 尾款第一笔要等出货后, 尾款第一笔？客户说下周:
    the row is the deposit's bank advice, and read as the balance's part 3,000 of the buyer's
    7,000 debt was hidden, rv62c s562 C5, s564)? A question answered after it (尾款第一笔到了
    吗？到了) is the part come. None: they name no such part. Named only as to come (False),
    the row repeats the deposit only within its value days: its words (尾款第一笔 is a first
    payment too) say no deposit, and seven weeks after it, 到账 3,000 noted 尾款第一笔还没到 was
    read as the deposit again, 3,000 received lost (rv62f s621 A: 4,000 owed read 7,000)."""
    texts = [fold(text) for text in said if isinstance(text, str) and text.strip()]
    if any(DEPOSIT_SAID.search(text) for text in texts) or not any(
            balance_paid(text) or MIDDLE in kinds(text) for text in texts):
        return None
    return any(_part_came(clause) for text in texts for clause in CLAUSE.split(_unasked(text)))


def _unasked(text: str) -> str:
    """A folded text less its questions no answer follows (came_words.ANSWERED)."""
    return QUESTION.sub(lambda asked: asked.group() if ANSWERED.match(
        text, asked.end()) else " ", text)


def _part_came(clause: str) -> bool:
    """Does a clause name a later payment's part (尾款第一笔), not as one to come?"""
    return (balance_paid(clause) or MIDDLE in kinds(clause)) and not (
        still_owed(clause) or paid_later(clause) or _PUT_OFF.search(clause))


@lru_cache(maxsize=1 << 12)
def _came(product: str) -> bool:
    """Per distinct 品名, not per row: every order's payment rows are asked (定金30%, 尾款70%)."""
    return _CAME.search(fold(product)) is not None


def again_message() -> Message:
    """A came row repeating an earlier payment row's receipt: counted once."""
    return Message("totals_row", N_(
        "a row of the order above saying its money came (到账, 收款…) of the sum a payment row "
        "above it received, the two together more than the order: that receipt, counted once, "
        "not as goods or a total"))
