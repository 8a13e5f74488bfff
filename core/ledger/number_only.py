"""A payment row naming only its order's number: no buyer, no note (fix64d).

A clerk's 收款 tab, or the next month's ledger paying an earlier order, writes a wire as the
order's number and the money received, 2025-701 / 7,000 / 2025-04-20, the buyer's cell left
blank: the number says whose it is. Read as any row, it was skipped as "no customer", and a
buyer who had paid was owed the 7,000, late and on the stop-loss list (rv63c s5). Such a row is
held aside as a row naming an order its sheet does not list is (core.ledger.received_only.
elsewhere), under a provisional customer of its number (`provisional`), until the whole file
is read: where exactly one buyer's sale row on any tab of the file, or else exactly one stored
customer's order with a sale line, has that number, it is that buyer's, then settled as a
named held row is, money received on that order (core.ledger.number_owners); where none or two
buyers have it, it stays skipped as "no customer" (core.ledger.rows._hold): the money is not
given to a guess. A row with a note, or a status or 品名 saying anything but money come
(:func:`said`), is left as it was: the note readers weigh those against its order's own tab
only (还差2000 or 待收 on another tab read as paid in full would clear a bad payer); so is a
refund (below 0), which needs its buyer's word.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import is_
from typing import TYPE_CHECKING, Any, Protocol

from core.ledger.normalise import fold
from core.ledger.order_payments import payment_word
from core.ledger.payment_row_money import planned
from core.ledger.received_only import blank
from core.ledger.typed_rows import is_receipt

if TYPE_CHECKING:
    from core.ledger.layout import SheetLayout

# the start of a provisional customer key: a control character no folded name holds
UNNAMED = "\x1f"


class Columns(Protocol):
    """What :func:`hold_numbers` reads and sets of a sheet's parsed columns
    (core.ledger.sheet_columns.SheetColumns, which calls it: a leaf, no loop)."""

    layout: SheetLayout
    money: dict[str, tuple[list[float | None], list[str | None]]]
    customer_keys: list[str | None]
    customers: list[str | None]
    order_nos: list[str | None]
    notes: list[str | None]
    products: list[str | None]
    doc_credit: list[Any]
    doc_receipt: list[Any]
    amounts: list[float | None]
    received_dates: list[Any]
    order_dates: list[Any]
    elsewhere: dict[int, Any]
    goods_back: dict[int, bool]

    def raw_of(self, name: str) -> Sequence[Any]: ...

def provisional(key: object) -> str | None:
    """The folded number of a provisional customer key, else None."""
    return key[len(UNNAMED):] if isinstance(key, str) and key.startswith(UNNAMED) else None


def hold_numbers(columns: Columns) -> None:
    """Give each number-only payment row of the sheet a provisional customer and hold it
    (columns.elsewhere): no customer, an order number, no note, money received above 0 on a
    date, and nothing sold on it (its amount blank or the received figure's 0, or a payments
    sheet's own figure); typed as a payment or not typed (a row typed 销售 may be a sale whose
    buyer was forgotten)."""
    layout = columns.layout
    if "order_no" not in layout.mapping:
        return
    received = columns.money["received_amount"][0]
    raw_amount, kinds = columns.raw_of("amount"), columns.raw_of("doc_type")
    statuses = columns.raw_of("status")
    numbers = columns.order_nos  # the rows without a buyer found at C speed: most have one
    for j in compress(range(len(numbers)), map(is_, columns.customer_keys, repeat(None))):
        number = numbers[j]
        if not number or columns.notes[j] or columns.doc_credit[j] or said(
                statuses[j], columns.products[j]):
            continue
        amount = columns.amounts[j]
        if layout.receipts:  # a payments sheet: its amount is the money received
            paid = amount is not None and amount > 0
        else:
            got = received[j]
            paid = (got is not None and got > 0 and blank(raw_amount[j])
                    and (columns.doc_receipt[j] or blank(kinds[j])))
        if not paid or columns.received_dates[j] is None and columns.order_dates[j] is None:
            continue
        folded = fold(number)
        columns.customer_keys[j] = UNNAMED + folded
        columns.customers[j] = number
        columns.elsewhere[j] = columns.order_dates[j]
        if not layout.receipts:
            columns.amounts[j], columns.doc_receipt[j] = 0.0, True
            columns.goods_back[j] = False


def said(status: object, product: object) -> bool:
    """Does a number-only row's status or 品名 say anything but money come, a payment of its
    order (收款, 到账 / 定金, 尾款70%)? A status 待收, 未收, 计划, 退款, a 品名 尾款待收 or 样品费
    are the clerk's words, which the note readers weigh against the order's own rows only: read
    as its buyer's money on another tab, 待收 would clear a bad payer. Such a row stays as it was
    ("no customer")."""
    return (not blank(status) and not is_receipt(status)) or (
        not blank(product) and not payment_word(product)) or planned([status], product)
