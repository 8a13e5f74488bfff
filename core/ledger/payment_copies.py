"""A row copied from an order's line to book the order's next payment: money, not goods.

A clerk books a deposit on the order's row (备注 定金) and the balance on a second row copied
from it, the order's number, product and amount and all, its note saying 尾款 (or 余款, 第二笔:
core.ledger.payment_kinds). Read as a second sale, the copy doubled the order: Kiev's two
orders of 18,000 and 9,000 read 36,000 and 18,000, an average order of 27,000, and Kiev was
spared the black list while its 6,300 balance was 74 days past due (stop36).

A row of a sheet that repeats an earlier row's sale (the same order number or none, customer,
order date, product, amount and currency) and whose note names a payment of the order other
than the earlier row's note (core.ledger.payment_kinds.line_payment: 尾款 beside 定金 or beside
no note; not 尾款 beside 第二笔, which may be the same) is that line's payment: worth nothing,
no cost, its received figure and date kept (a balance row not yet paid: nothing). Two rows of
one product without such words (第一柜, 第二柜) stay two sales.
"""

from __future__ import annotations

from core.ledger.lot_words import row_lot
from core.ledger.normalise import fold
from core.ledger.payment_kinds import line_payment
from core.ledger.record import (
    AMOUNT,
    COST,
    CREDIT_NOTE,
    CURRENCY,
    CUSTOMER_KEY,
    GROSS_PROFIT,
    NOTES,
    ORDER_DATE,
    ORDER_NO,
    PRODUCT,
    TAX_REBATE,
    Record,
)


def payment_copies(records: list[Record], typed: list[bool]) -> None:
    """Each untyped row (`typed[i]` false) copying an earlier row's sale to book another
    payment of its order made, in place, a line worth nothing that keeps its money."""
    if not (repeats := _repeats(records)):
        return  # no two rows alike (perf54a)
    first_note: dict[tuple[object, ...], object] = {}
    for i, record in enumerate(records):
        amount = record[AMOUNT]
        if typed[i] or record[CREDIT_NOTE] or not amount or amount < 0 or i not in repeats:
            continue
        line = (fold(record[ORDER_NO] or ""), record[CUSTOMER_KEY], record[ORDER_DATE],
                fold(record[PRODUCT] or ""), amount, record[CURRENCY])
        if line not in first_note:
            first_note[line] = record[NOTES]
            continue
        if line_payment(record[NOTES], first_note[line]) and not row_lot(record):
            values = list(record)
            values[AMOUNT] = 0.0
            values[COST] = values[GROSS_PROFIT] = values[TAX_REBATE] = None
            records[i] = tuple(values)



def _repeats(records: list[Record]) -> set[int]:
    """The rows whose customer, order date, amount and currency another row shares: only they
    can copy an earlier row's sale, so only their order numbers and products are folded (a
    100,000-row ledger's 200,000 folds were a fifth of the sheets' typing, perf41c)."""
    first: dict[tuple[object, ...], int] = {}
    repeats: set[int] = set()
    for i, record in enumerate(records):
        cheap = (record[CUSTOMER_KEY], record[ORDER_DATE], record[AMOUNT], record[CURRENCY])
        j = first.setdefault(cheap, i)
        if j != i:
            repeats.update((i, j))
    return repeats
