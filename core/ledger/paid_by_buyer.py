"""Money a buyer in its own right says it paid for another buyer: that buyer's (rv54d e4, e11).

A payer that buys in its own right keeps what it pays (fix54e, fix54p R5: a buyer's own
prepayment for its next "INV-2" is never placed on Beta's INV-2 sold by another clerk's book).
But an agent who also buys, Hassan Ali Mohamed, wires Khartoum Star Trading's 8,430.80 writing
代Khartoum Star付款, or Khartoum's INV2501-06 in 对应发票: his money held 8,431 on account and
Khartoum Star went black for 97 days. Money a buyer's row says outright is for another buyer,
naming that buyer's sale still open (one or several: core.ledger.payer_named splits them by
their open sums) for no more than it has open, or a 代…付款 note naming the buyer (the first
two or more words of its name will do), is that buyer's; a bare name in a cell, a number the
payer bought itself, one sold by nobody yet, or more money than the papers have open stays
the payer's, as before.

One firm written two ways, both buying ("AL BARAKA GENERAL TRADING LLC" in the bank's months,
"Al Baraka General Trading" in the clerk's), one spelling paying the other's invoice by its
number: the money is moved as above, and the report names the pair as likely one firm. They
are not joined here: Global Trading and Global Trading FZE may be two buyers each paying its
own, and only the clerk's merge (Customers) makes them one.
"""

from __future__ import annotations

from collections.abc import Callable

from core.i18n import N_
from core.ledger.noted_orders import sale_numbers
from core.ledger.paid_for import Named, Said
from core.ledger.paid_numbers import Open, StoredSales
from core.ledger.record import (
    AMOUNT,
    CUSTOMER,
    CUSTOMER_KEY,
    INVOICE_NO,
    ORDER_NO,
    RECEIVED,
    ROW,
    Record,
)
from core.messages import Listed, Message
from core.overrides import merged_keys


class OtherBuyers:
    """The file's sale rows read so far and the store's, asked of a buyer's money: its own
    numbers, indexed once (a register of buyers paying their own invoices reads no more)."""

    def __init__(self, sold: list[Record], stored: StoredSales | None) -> None:
        self.sold = sold
        self.stored = stored
        self.owned: dict[str, set[str]] | None = None
        self.counts_as: Callable[[str], str] | None = None
        self.numbers: set[str] = set()  # every number the file's sale rows answer to
        self.paired: set[tuple[str, str]] = set()  # the pairs said likely one firm

    def _index(self) -> dict[str, set[str]]:
        if self.owned is None:
            self.owned = {}
            for r in self.sold:
                if r[CUSTOMER_KEY] and (r[AMOUNT] or 0) > 0:
                    self.owned.setdefault(r[CUSTOMER_KEY], set()).update(
                        sale_numbers(r[ORDER_NO], r[INVOICE_NO]))
            self.numbers = set().union(*self.owned.values())
        return self.owned

    def own(self, key: str) -> set[str]:
        return self._index().get(key, set()) | (self.stored.own(key) if self.stored else set())

    def sold_any(self, numbers: set[str]) -> bool:
        """Does the file or the store sell one of `numbers`? A number no one sold yet (a
        buyer's own prepayment for its next order, fix54p R5) is never read against every
        sale row (a register of such rows stays linear)."""
        self._index()
        return bool(numbers & self.numbers) or self.stored is not None and not numbers.isdisjoint(
            self.stored.named(numbers))

    def merged(self, one: str, other: str) -> bool:
        """Has the clerk merged the two customers already (core.overrides.merged_keys)?"""
        if self.stored is None:
            return False
        if self.counts_as is None:
            self.counts_as = merged_keys(self.stored.conn)
        return self.counts_as(one) == self.counts_as(other)


def fits_open(record: Record, found: Open, allowed: float) -> bool:
    """No more money than the papers named have open (a bank's charge and the tolerance
    aside): more is not said to be another's alone, it stays its payer's."""
    left = sum(max(entry[2], 0.0) for buyers in found.values() for entry in buyers.values())
    return record[RECEIVED] <= left + allowed


def given_message(sheet: str, record: Record, amount: str, parts: list[object], named: str
                  ) -> Message:
    return Message("paid_by_buyer", N_(
        "Sheet “{sheet}” row {row}: {payer}, a customer itself, says {amount} is for another "
        "customer («{named}»): counted as the money of {parts}. If it was {payer}'s own, "
        "correct the row and import the file again."), {
        "sheet": sheet, "row": record[ROW], "payer": record[CUSTOMER] or "",
        "amount": amount, "named": named, "parts": Listed(parts)})


def one_firm(sheet: str, record: Record, keys: dict[str, str], others: OtherBuyers
             ) -> list[Message]:
    """The pair named as likely one firm, once a sheet, where the payer's name is a customer's
    it paid (`keys`: key to name) written otherwise: case, punctuation, a company form."""
    payer, payer_key = record[CUSTOMER] or "", record[CUSTOMER_KEY]
    said = []
    for key, name in keys.items():
        if (payer_key, key) in others.paired or Named((key,))(Said(payer, True)) != key \
                or others.merged(payer_key, key):
            continue
        others.paired.add((payer_key, key))
        said.append(Message("one_firm_likely", N_(
            "Sheet “{sheet}”: «{payer}» and «{customer}» both buy, are one name written "
            "otherwise (case, punctuation or a company form), and {payer}'s money pays "
            "{customer}'s invoices: likely one firm. They are kept as two customers; if they "
            "are one, merge them in Customers."), {
                "sheet": sheet, "payer": payer, "customer": name}))
    return said
