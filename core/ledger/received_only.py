"""A payment row whose sum is written only in the received column (已收金额), 金额 left blank.

A clerk records a buyer's wire on a row of its own, typed 收款 or with 收款 in its status, and
writes the sum where money received goes: 已收金额 20,000, 收款日期 09-03; or leaves the type
blank and names the order paid (S-01), with the date received. Read as an order,
the row had no amount and was skipped: the 20,000 was lost and a buyer who had paid was owed
it, late and watched. Such a row is money received, read as a payment row with its sum in 金额
is (core.ledger.typed_rows.as_receipts: worth 0, its figure received on its date). A row that
says nothing of a payment (or is typed 销售) may be an order whose amount was forgotten: it is
still skipped, now named with its received figure and what to write (core.ledger.row_problems).
One rule for the import and the reference import (tests/reference_import).
"""

from __future__ import annotations

from core.ledger.normalise import fold
from core.ledger.typed_rows import is_receipt

Named = tuple[str, str]  # (customer key, folded order number)


def blank(cell: object) -> bool:
    """An empty amount cell (nothing typed, or spaces): not one that cannot be read."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def dated_by_receipt(order_cell: object, payment: bool) -> bool:
    """Is a row dated by its date received? A payment row (收款) with its order date blank,
    typed where the clerk keeps no 下单日期 for a wire: it was skipped as "no order date" and
    the money lost. It takes its 收款日期 as its date, the mirror of a payment row with only an
    order date taking that as its date received (core.ledger.typed_rows.as_receipts); with
    neither date it is skipped as having no date received."""
    return payment and blank(order_cell)


def named(customer: str | None, order_no: str | None) -> Named | None:
    """The order a row names, as its customer's (None: no customer or no number)."""
    return (customer, fold(order_no)) if customer and order_no else None


def received_only(raw_amount: object, received: float | None, typed: bool, status: object,
                  kind: object, dated: bool, order: Named | None,
                  orders: set[Named | None]
                  ) -> bool:
    """Is a row with this amount cell and received figure money received? Its amount cell
    blank, a received figure above 0, and the row typed as a payment (`typed`: its 类型, or
    a payments sheet), its status cell saying so (收款, 回款), or, its type cell blank (a
    row typed 销售 may be a sale whose amount was forgotten), dated received (`dated`) and
    naming an order of its customer that a row of the sheet with an amount lists (`orders`)."""
    return (blank(raw_amount) and received is not None and received > 0
            and (typed or is_receipt(status)
                 or (blank(kind) and dated and order is not None and order in orders)))
