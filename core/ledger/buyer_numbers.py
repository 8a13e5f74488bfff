"""A payment's order number that is a customer's name: no order number.

A clerk who knew who paid but not which invoice writes the buyer's name in the register's
对应发票 (Luanda Comercial Lda, 6,160 + 35 charge on 01-28, its 6,195 shipment on 02-03). Read
as an order number it made an order "Luanda Comercial Lda" that no file sells: the advance was
held for it for ever ("money received for order Luanda Comercial Lda, which is not sold in any
file", core.ledger.unsold_receipts), the shipment it paid stayed open: 6,195 credit beside
6,195 overdue, black from April (rv54b f8). A payment row's number that is its own customer's
name (written as the buyer's, or alike: core.similarity.alike) or the name of another customer
the file or the store knows is read as no order number: the money is the customer's, paying
its oldest sale. Whose money it is, where the name is another's, paid_for says; a sale's row
keeps its number whatever it reads as.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.ledger.normalise import customer_key
from core.ledger.record import AMOUNT, CUSTOMER, CUSTOMER_KEY, ORDER_NO, RECEIVED, Record
from core.similarity import alike


def names_buyer(number: str, customer: str | None, known: Mapping[str, str]) -> bool:
    """Does an order number name a customer: the row's own (`customer`) or one `known`
    (key to name)? Only a name with a letter and a space (an order number is one word)."""
    if " " not in number.strip() or not any(c.isalpha() for c in number):
        return False
    key = customer_key(number)
    return key in known or bool(customer) and (key == customer_key(customer or "")
                                               or alike(number, customer or ""))


def numbers_not_names(records: list[Record], known: Mapping[str, str]) -> list[Record]:
    """The sheet's records, each payment row whose order number names a customer without
    it (see the module)."""
    out = records
    for index, record in enumerate(records):
        number = record[ORDER_NO]
        if not number or record[AMOUNT] or record[RECEIVED] is None or not record[CUSTOMER_KEY]:
            continue
        if names_buyer(number, record[CUSTOMER], known):
            if out is records:
                out = list(records)
            out[index] = (*record[:ORDER_NO], None, *record[ORDER_NO + 1:])
    return out
