"""One customer account: what was shipped against what was paid, credited and held.

Debits are the shipped invoices (an order's invoice, net of cancelled lines), each in its own
currency. Credits are every receipt of the customer, whatever row the clerk wrote it on, and
credit notes. Three places hold a credit, and each unit of money is in exactly one of them:

- a credit note that names an invoice reduces that invoice (`Invoice.credited`);
- money on an unshipped order that is explicitly a deposit stays with that order until it
  ships (a deposit held, `Account.held`), up to what the order is worth;
- everything else is the customer's pool, spent oldest-due first (FIFO) on the shipped
  invoices: due date, then order date, then order; invoices held up by a quality dispute last,
  since a customer who withholds payment on a claim has paid the others. An invoice short by
  no more than its tolerance (bank charges) is paid: the next money moves on. What no invoice
  takes is credit on account (`Entry.left`).

Money in another currency than the invoice it pays is converted at the rate of its own date;
where no rate says, it pays nothing and the currency is reported missing, never read as zero.
The functions here know nothing of ledgers or settings: the property test can feed them any
account and check that money is counted once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date

EPS = 0.005  # below a cent is nothing
# (amount, from currency, to currency, day) -> amount, None where a rate is missing
Convert = Callable[[float, str, str, date], float | None]


@dataclass
class Invoice:
    """One debit: a shipped invoice, in its own currency."""

    key: Hashable
    currency: str
    amount: float
    due: date | None
    order_date: date
    order_id: int
    disputed: bool = False
    tolerance: float = 0.0  # a shortfall up to this is paid (bank charges): money moves on
    credited: float = 0.0  # credit notes that name it
    allocated: float = 0.0  # money from the pool
    paid_on: date | None = None  # the date of the last money that paid it

    @property
    def open(self) -> float:
        return self.amount - self.credited - self.allocated


@dataclass
class Entry:
    """Money in the pool: a receipt, or a credit note naming no invoice, in its currency."""

    amount: float
    currency: str
    day: date | None  # None: undated, spent first and never a payment date
    rate_day: date  # the day its conversion rate is read
    kind: str = "received"
    left: float = field(init=False)  # not yet spent: credit on account when all is done

    def __post_init__(self) -> None:
        self.left = self.amount


def allocate(invoices: list[Invoice], pool: list[Entry], convert: Convert
             ) -> set[tuple[str, str]]:
    """Spend the pool on the invoices oldest-due first; the (from, to) currency pairs no rate
    converted."""
    order = sorted(invoices, key=lambda i: (i.disputed, i.due or date.max, i.order_date,
                                            i.order_id, str(i.key)))
    unconverted: set[tuple[str, str]] = set()
    first = 0  # invoices before it are paid: a big customer's thousands are walked once
    for entry in sorted(pool, key=lambda e: (e.day or date.min, e.rate_day)):
        while first < len(order) and order[first].open <= max(order[first].tolerance, EPS):
            first += 1
        for invoice in order[first:]:
            if entry.left < EPS:
                break
            if invoice.open <= max(invoice.tolerance, EPS):
                continue
            taken = take(entry, invoice.currency, invoice.open, convert)
            if taken is None:
                unconverted.add((entry.currency, invoice.currency))
                continue
            invoice.allocated += taken
            if entry.day is not None:
                invoice.paid_on = entry.day
    return unconverted


def take(entry: Entry, currency: str, room: float, convert: Convert) -> float | None:
    """Move as much of the entry as `room` (in `currency`) holds, converted at the entry's
    date; what was taken, in `currency`, or None where no rate converts it."""
    rate = 1.0 if entry.currency == currency else convert(1.0, entry.currency, currency,
                                                          entry.rate_day)
    if not rate:
        return None
    taken = max(0.0, min(room, entry.left * rate))
    entry.left -= taken / rate
    if entry.left < EPS:
        entry.left = 0.0
    return taken


def apply_named(invoice: Invoice, credit: Entry, convert: Convert) -> bool:
    """A credit note reduces the invoice it names, as far as the invoice goes; the rest of it
    stays in `credit.left` for the pool. False where no rate converts it."""
    taken = take(credit, invoice.currency, invoice.open, convert)
    if taken is None:
        return False
    invoice.credited += taken
    return True
