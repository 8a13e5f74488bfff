"""A bad debt written off (坏账核销): no credit note. The goods were sold, the debt is closed.

A row of a ledger taking an invoice's amount off as a bad debt (a negative line whose product or
note says 坏账核销, 坏账, bad debt, written off) is stored as a credit note is: a negative line
on the order it names. Read as one, it took the sale away: Kano Brothers' 27,040 USD of three
invoices, unpaid 299 days and written off in December, became revenue 0 and no order, out of
the pyramid, and on every earlier date too (a credit note counts from its order's date: rv54b
f11). A write-off is an expense, not a sale undone: revenue, orders, gross profit and the
pyramid keep the sale; from the write-off's own date (the row's date) the invoice it names,
else the customer's oldest open, is no longer open, and the amount is the customer's
`written_off`; before that date the account is as it was, its overdue days true. What a
write-off leaves over the open money is nobody's credit.

核销 alone is not one: in Chinese books it also says a receipt was matched against an invoice
(收款核销, 已核销); only 坏账 / bad debt / written off make a write-off.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from core.analysis.account import EPS, Convert, Entry, Invoice
from core.analysis.credited import Named
from core.analysis.dataset import Money, OrderRow, ShipmentRow
from core.analysis.direct_money import apply_named
from core.i18n import N_
from core.ledger.write_off_words import says_held, says_written_off
from core.messages import Message

WRITTEN_OFF = "written_off"  # a Money's kind
# the watch list's reason for a customer with a write-off in its window: no overdue money is
# left to put it on the black list, and no clean record to make it one to protect
_WATCHED = N_("written off {amount:,.0f} {currency} on {date} (bad debt, 坏账核销): supply only "
              "against payment")
def write_off(said: object, amount: float, currency: str, day: date | None, order: OrderRow,
              as_of: date, ref: str | None) -> list[tuple[int, Money]] | None:
    """The write-off a credit line (`said`: its product and note) makes, as of A: none (None)
    where it says no write-off; nothing yet ([]) before its day, nor ever where it says the
    write-off is put off or refused (坏账暂不核销: no credit note either, the debt stays open);
    else the money it closes, dated its day (the order's date where the row has none), naming
    its invoice (`ref`) or order."""
    if says_held(said):
        return []
    if not says_written_off(said):
        return None
    when = day or order.order_date
    if when > as_of:
        return []
    return [(order.customer_id, Money(abs(amount), currency, when, WRITTEN_OFF, when,
                                      ref or order.order_no))]


class WrittenOff(Entry):
    """A write-off in the pool: it closes the oldest open invoices; what it leaves is no
    credit on account."""

    __slots__ = ()


def written_off(credits: list[Money], factor_now: Callable[[str], float | None], start: date
                ) -> tuple[float, date | None]:
    """What the customer's write-offs in its window (after `start`) close, in the base
    currency at today's rate, and the day of the last one."""
    offs = [m for m in credits if m.kind == WRITTEN_OFF and m.day is not None and m.day > start]
    if not offs:
        return 0.0, None
    total = math.fsum(m.amount * (factor_now(m.currency) or 0.0) for m in offs)
    return round(total, 2), max(m.day for m in offs if m.day is not None)


def named_credits(units: list[ShipmentRow], invoices: list[Invoice], credits: list[Money],
                  convert: Convert, unconverted: set[tuple[str, str]]) -> list[Entry]:
    """Credit notes and write-offs reduce the invoice they name (its invoice number, else its
    order number); the rest of them, and those naming none, start the pool (a write-off's
    pays the oldest open and is no credit on account: :class:`WrittenOff`)."""
    if not credits:
        return []
    named = Named(units)
    pool = []
    for credit in credits:
        kind = WrittenOff if credit.kind == WRITTEN_OFF else Entry
        entry = kind(credit.amount, credit.currency, credit.day, credit.rate_day, "credit")
        for index in named.of(credit.ref):
            invoice = invoices[index]
            if not apply_named(invoice, entry, convert):
                unconverted.add((entry.currency, invoice.currency))
        if entry.left >= EPS:
            pool.append(entry)
    return pool


def watched(amount: float, day: date | None, currency: str) -> Message:
    """Why a customer with a bad debt written off in its window is on the watch list."""
    return Message("watch_written_off", _WATCHED, {
        "amount": amount, "currency": currency, "date": day.isoformat() if day else ""})
