"""A payment row saying its money came (到账, 尾款到账, 收款) that repeats an earlier row's receipt.

A clerk books the balance on its row (尾款70%, 收款 7,000 on 04-20) and, when the bank's advice
comes, a row under it saying so: 品名 到账 (or 尾款到账, 收款), 7,000 on 04-27. Such a row is its
order's payment row (came_words.ROW_CAME, read by order_payments.PAYMENT: under a blank balance
row it is the balance itself, and read as a totals row a paid buyer was 7,000 owed, black:
rv61b s427c). Beside a row that received its very sum, counting both pays the order well over
its whole (定金 3,000 + 7,000 + 7,000 of 10,000): the bank's word is that receipt come, counted
once, not 7,000 of credit paying the buyer's next invoice. A came row of a sum no earlier row
received, or one that with the others stays within the order (定金50% 5,000, then 到账 5,000
of 10,000: the balance), or one saying another payment than the earlier row's (定金 then
尾款到账), is money of its own. 补尾款 (the balance's rest) says no receipt came again: not here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from core.i18n import N_
from core.ledger.normalise import fold
from core.ledger.payment_kinds import other_payments
from core.ledger.payment_row_notes import OVER
from core.messages import Message

# the words of a row saying money came, not the balance's rest (补尾款, 补款: a payment after)
_CAME = re.compile(r"到账|入账|收到|收款|回款|已收")


def came_again(paid: Sequence[tuple[int, float, object]], products: Mapping[int, object],
               amount: float, own: float) -> set[int]:
    """The came rows of an order (`paid`: its payment rows' receipts, by row; `own`: what its
    own rows received) that repeat an earlier row's receipt: of its sum, dated not before it,
    while the order's receipts with them are over its whole `amount` (:data:`OVER`)."""
    total = own + math.fsum(r for _, r, _ in paid)
    again: set[int] = set()
    if amount <= 0 or total <= amount * OVER:
        return again
    rows = sorted(paid, key=lambda p: p[0])
    for at, (index, received, day) in enumerate(rows):
        product = products.get(index)
        if total <= amount * OVER or not isinstance(product, str) or not _CAME.search(
                fold(product)):
            continue
        if any(i not in again and math.isclose(r, received, abs_tol=0.005)
               and not (None not in (day, on) and str(day) < str(on))
               and not other_payments(products.get(i), product, same_day=False)
               for i, r, on in rows[:at]):
            again.add(index)
            total -= received
    return again


def again_message() -> Message:
    """A came row repeating an earlier payment row's receipt: counted once."""
    return Message("totals_row", N_(
        "a row of the order above saying its money came (到账, 收款…) of the sum a payment row "
        "above it received, the two together more than the order: that receipt, counted once, "
        "not as goods or a total"))
