"""A payment's reference naming a contract no file sells yet: the number it pays, stored.

A receipts register mapped by hand (customer=付款人, received_amount=金额, received_date=日期,
ref=对应发票) books Lima's 30 % deposit 定金 with 对应发票 "HT25-073定金": contract HT25-073,
which ships next month, so no shipment book lists it yet. A reference column is read for a
credit note's sale or another buyer's invoice (core.ledger.paid_numbers, payer_named); naming
neither, it was stored nowhere, and the deposit, money of no order, paid Lima's older
INV2503-08: 2,777 open and 31 days overdue shown paid, 1,481 on account, nothing held (rv54b
f9). The same register read unmapped stores its 对应发票 as the order number
(core.ledger.payer_column.payer_register), and the money is held for that number
(core.analysis.advances.held_for_number) until a file sells it
(core.ledger.placed_receipts).

So a payment row (money received, no sale's amount, no order or invoice number of its own)
saying it is a deposit (定金, 预付, deposit in its note or reference: record.DEPOSIT_SAID;
not a balance naming its deposit past, 尾款（30%定金已付）: payment_kinds.deposit_money)
whose reference is a number (letters and digits, read as core.ledger.noted_orders reads one)
that no sale of the file read so far nor of the store answers to, and that names no customer
(core.ledger.buyer_numbers), stores its reference as its order number. A reference naming a
sale, a blank one or a word, or on money saying no deposit (货款: a buyer's own PO number on
a prepayment, whose order date a book without one reads as its ship date, after the money,
would then be paid by nothing: fx44y) is left as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from core.ledger.buyer_numbers import names_buyer
from core.ledger.noted_orders import named_numbers, sale_numbers
from core.ledger.paid_numbers import StoredSales
from core.ledger.payment_kinds import deposit_money
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CUSTOMER,
    CUSTOMER_KEY,
    FIELDS,
    INVOICE_NO,
    NOTES,
    ORDER_NO,
    RECEIVED,
    Record,
)

_REF = FIELDS.index("ref")


def _number(text: object) -> str | None:
    """The reference as a number: a text holding a letter and a digit, naming no one else."""
    if not isinstance(text, str):
        return None
    text = text.strip()
    has = any(c.isdigit() for c in text) and any(c.isascii() and c.isalpha() for c in text)
    return text if has else None


def refs_as_numbers(records: list[Record], sold: Iterable[Record], stored: StoredSales | None,
                    known: Mapping[str, str]) -> list[Record]:
    """The sheet's records, each payment row's reference naming no sale stored as its order
    number (see the module); `sold`: the file's rows read so far, `known`: customers by key."""
    rows = [(i, number) for i, r in enumerate(records)
            if not r[AMOUNT] and (r[RECEIVED] or 0) > 0 and not r[ORDER_NO] and not r[INVOICE_NO]
            and r[CUSTOMER_KEY] and not r[CREDIT_NOTE] and (number := _number(r[_REF]))
            and deposit_money(f"{r[NOTES] or ''} {number}")
            and not names_buyer(number, r[CUSTOMER], known)]
    if not rows:
        return records
    keys = {key for _, number in rows for key in named_numbers(number)}
    selling = {n for r in sold if r[AMOUNT] for n in sale_numbers(r[ORDER_NO], r[INVOICE_NO])}
    if stored is not None:
        selling |= set(stored.named(keys - selling))
    out = list(records)
    for index, number in rows:
        if named_numbers(number).isdisjoint(selling):
            record = out[index]
            out[index] = (*record[:ORDER_NO], number, *record[ORDER_NO + 1:])
    return out
