"""Payment rows under an order read as notes, not money, by the order's other rows, and what
the report says of each.

Kept apart from core.ledger.payment_row_money (what a row's own cells say of its money), whose
length it was; asked by core.ledger.order_payments:

- **a 收款 without its 收款日期 where the order's other payment rows have theirs** (定金 3,000
  on 06-10, 尾款 7,000 with no date): the clerk dates what came and has typed what is still
  asked, so it is a note (:func:`undated_plans`) — unless its own note says its money came and
  puts off nothing of it (尾款已收，新订单定金下周付款; 尾款已到，样品费月底付; 客户已付，月底付的是
  下一单: payment_row_money.came_undated). Read as asked, such paid balances were 7,000 open,
  72 days, black (rv58c s232 E17–E21, E23). Received so, or where no payment row of the order
  is dated, an undated figure is read as an order's own undated 收款 is: stored with no date
  received, it counts at every as-of date and is never a payment's day (core.analysis.account:
  spent first), not dated to a month's end (that is a 本月收款 column's undated figure:
  core.ledger.stored_receipts);
- **more than its order**: a receipt, in the order's currency, above the whole order's amount
  by more than :data:`OVER` (no rounding, bank charge or exchange difference makes a tenth;
  10,050 on 10,000 is a buyer's overpayment, its credit) is no payment of it the import can
  vouch for (a figure in another currency unmarked: 21,300 on 10,000 USD, or a typo):
  read as a note, as before acct53a, and named with both figures (:func:`over_message`), never
  silently made credit.

The report's other notes on an order's payment rows are here too: those with no money
(:func:`memo_message`) and those its own row already holds (:func:`held_message`), kept out of
order_payments, at its length cap.
"""

from __future__ import annotations

from collections.abc import Container

from core.i18n import N_
from core.messages import Message

# the code of a payment row read as what is asked, not received (待收 7,000): counted apart
# from the totals rows among the rows skipped (core.ledger.report.rows_text, acct54a)
PLANNED_ROW = "payment_planned"
OVER = 1.1  # a payment row receiving more than its whole order × this is none of it (named)


def over(received: float, amount: float) -> bool:
    """Is a payment row's receipt well over its whole order's `amount` (:data:`OVER`)?"""
    return amount > 0 and received > amount * OVER


def undated_plans(paid: list[tuple[int, float, object]], came: Container[int] = ()
                  ) -> list[tuple[int, float]]:
    """The payment rows of an order with a 收款 and no date where another has its date, with
    their figures; not those whose note says their money `came` (payment_row_money.
    came_undated)."""
    if all(day is None for _, _, day in paid):
        return []
    return [(index, received) for index, received, day in paid
            if day is None and index not in came]


def plan_message() -> Message:
    """A payment row whose cells say its money is not received yet."""
    return Message(PLANNED_ROW, N_(
        "a payment of the order above that its note says is not received yet (待收, 未收, "
        "计划…): read as a note of what is asked, not as money received"))


def undated_message(received: float) -> Message:
    """A payment row's 收款 without its date where the order's other payments have theirs
    (named: if it came, the clerk writes its date)."""
    return Message(PLANNED_ROW, N_(
        "a payment of the order above of {received} with no date received, where its other "
        "payments have theirs: read as what is asked, not as money received. If it came, "
        "write its date"), {"received": f"{received:,.2f}"})


def over_message(received: float, amount: float, currency: str | None) -> Message:
    """A payment row whose receipt is more than its whole order (in the order's currency)."""
    unit = f" {currency}" if currency else ""
    return Message("totals_row", N_(
        "a payment of the order above of {received}, more than the whole order's {amount}: "
        "not read as money received. If it is in another currency, write it beside the "
        "figure (RMB 21300); else correct the figure"),
        {"received": f"{received:,.2f}{unit}", "amount": f"{amount:,.2f}{unit}"})


def memo_message() -> Message:
    """A payment row under an order with no money received: a note of what is asked."""
    return Message(PLANNED_ROW, N_(
        "a payment of the order above with no money received: read as a note, not as goods "
        "or a total"))


def held_message() -> Message:
    """A payment row whose money the order's own row already received: counted once."""
    return Message("totals_row", N_(
        "a payment of the order above that its own row's amount received already holds: "
        "counted once, not as goods or a total"))
