"""Payment rows typing their order's number and buyer again, away from the row under it.

A clerk books a balance on a row of its own and types the order's number and buyer on it again
(2025-701 / Buyer X / 尾款70% / 收款 7,000): on the order's tab it is read as the same row with
those cells blank is (core.ledger.order_payments, fix63b); on another tab or in a later file,
once the file is written, against its order's stored lines (core.ledger.typed_apart, fix65e).
Which rows are such payments, and whether the buyer typed is the order's, one rule for the
import (core.ledger.filled_down) and the reference import (tests/reference_import); split from
core.ledger.filled_down for its length.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import eq, is_
from typing import Any

from core.ledger.deduction_notes import taken_sum
from core.ledger.normalise import customer_key
from core.ledger.number_only import provisional
from core.ledger.order_payments import number_key, payment_word
from core.ledger.readers.calamine import clean_value as plain
from core.ledger.received_only import blank as _blank
from core.ledger.sheet_columns import SheetColumns
from core.short_names import MIN_CHINESE

# what a payments register's row is where it names no payment (no 品名 column, or its cell
# blank): a payment of its order, of no kind (core.ledger.layout.receipts_sheet reads it as
# money received). Not 收款, a word saying the money came (came_words.ROW_CAME): a register's
# wire of the sum its order's row received days before was read as that receipt's advice,
# two real wires one (tests/test_wire40_near_wires.py)
RECEIVED = "货款"


def same_buyer(typed: object, buyer: object) -> bool:
    """Is the buyer a payment row types (its order's number typed with it) its order's buyer:
    the same name folded, or one the other's first words (ABC of ABC Trading Co., Alder of
    Alder Home Trading LLC) or first characters (华美 of 华美贸易有限公司: short_names.MIN_CHINESE)?
    The number names the order; a short name typed with it was read as no buyer of it, the
    row held for an order never to come, 7,000 owed, 72 days, black where paid (rv63c s5).
    One rule for the import and the reference import (tests/reference_import)."""
    one, other = sorted((customer_key(str(typed)), customer_key(str(buyer))), key=len)
    if not one or not other.startswith(one):
        return False
    if one == other:
        return True
    after = other[len(one)]
    return after == " " or _chinese(one[-1]) and _chinese(after) and len(one) >= MIN_CHINESE


def _chinese(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def typed_payments(columns: SheetColumns, data: Sequence[Sequence[Any]]
                   ) -> tuple[set[int], set[int]]:
    """The rows of a sheet that are :func:`typed_payment`, those whose order a dated row of
    the sheet sells and the others (their order on another tab or in an earlier file: core.
    ledger.typed_apart); only rows worth 0 (received_only) or of no amount are looked at,
    picked at C speed (most rows are sales)."""
    mapping, amounts = columns.layout.mapping, columns.amounts
    if not {"order_no", "customer", "amount"} <= mapping.keys():
        return set(), set()
    received, raw_dates = columns.money["received_amount"][0], columns.raw_of("order_date")
    worth = {*compress(range(len(amounts)), map(eq, amounts, repeat(0))),
             *compress(range(len(amounts)), map(is_, amounts, repeat(None)))}
    typed = {j for j in worth if typed_payment(
        columns.customers[j], raw_dates[j], columns.products[j],
        mapped_cell(mapping, data[j], "order_no"), columns.raw_amount(j), received[j],
        columns.notes[j])}
    if not typed:
        return typed, typed
    # only a dated row of its number may be its order's first row: a tab of payments for
    # other tabs' orders is left to the usual reading, its rows not walked one by one
    sold = {number_key(mapped_cell(mapping, data[k], "order_no"))
            for k in compress(range(len(amounts)), columns.order_dates) if k not in typed}
    mine = {j for j in typed if number_key(mapped_cell(mapping, data[j], "order_no")) in sold}
    # a row of its number alone (its buyer a provisional one, number_only) names no buyer
    return mine, {j for j in typed - mine if provisional(columns.customer_keys[j]) is None}


def typed_payment(customer: object, order_date: object, product: object, order_no: object,
                  amount: object, received: float | None, note: object) -> bool:
    """Is a row a payment typing its order's number and buyer again, its order date and amount
    cells blank (品名 尾款70%, 收款 7,000; or 收款 blank noted 佣金2000已扣)? Where the sheet sells
    that order to that buyer it is read as the same row with those cells blank is (core.ledger.
    order_payments), so every note rule a payment row of its order reaches reaches it (还差2000,
    实收5000, 还差2000的货，款下周付, 到账 noted 尾款第一笔, a deduction taken, a noted balance's
    rest or repeat, and its plan, 客户说下周付: read by its denials only, 7,000 owed read paid,
    rv64d s6d). Read as money received, only its
    denials were asked (core.ledger.owed_rows): 7,000 paid where the blank-buyer row left 2,000
    owed, 72 days, black (rv62b s544, rv62d s582). One rule for the import and the reference
    import (tests/reference_import)."""
    return bool(customer) and _blank(order_date) and _blank(amount) and payment_word(
        product) and not _blank(order_no) and (taken_sum(note, None, order_no) if received is None
                                               else received > 0)


def register_payments(columns: SheetColumns, data: Sequence[Sequence[Any]]) -> set[int]:
    """The rows of a payments register (core.ledger.layout.receipts_sheet: 订单号, 客户, 收款金额,
    收款日期, 备注, no sale's column) that are :func:`register_payment`, all typed apart from
    their order (core.ledger.typed_apart); a buyer a provisional one (number_only) names none."""
    mapping, amounts = columns.layout.mapping, columns.amounts
    if not columns.layout.receipts or not {"order_no", "customer"} <= mapping.keys():
        return set()
    return {j for j in compress(range(len(amounts)), columns.customers) if register_payment(
        columns.customers[j], columns.products[j], mapped_cell(mapping, data[j], "order_no"),
        amounts[j]) and provisional(columns.customer_keys[j]) is None}


def register_payment(customer: object, product: object, order_no: object,
                     received: float | None) -> bool:
    """Is a payments register's row (its figure the money received) a payment typing its
    order's number and buyer, its 品名 blank or none (read as :data:`RECEIVED`) or a payment's
    word? Read as money received and nothing else, its note was never read: 尚欠2000, 等客户付款,
    客户已付，下周到账, 尾款至今未付 on its 7,000 balance read paid where the same row typed 收款
    on a 收款 tab with a 品名 column owes 2,000 or 7,000, 72 days, black (fix67g, rv67f); and the
    receipt the order's own tab holds was counted twice, 7,000 of credit. Read once the file is
    written as that row is (core.ledger.typed_apart). One rule for the import and the reference
    import (tests/reference_import)."""
    return bool(customer) and not _blank(order_no) and received is not None and received > 0 \
        and (_blank(product) or payment_word(product))


def mapped_cell(mapping: dict[str, int], cells: Sequence[Any], name: str) -> Any:
    index = mapping.get(name)
    return None if index is None or index >= len(cells) else plain(cells[index])
