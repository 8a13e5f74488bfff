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
from dataclasses import dataclass
from datetime import date

EPS = 0.005  # below a cent is nothing
# (amount, from currency, to currency, day) -> amount, None where a rate is missing
Convert = Callable[[float, str, str, date], float | None]


@dataclass(slots=True)
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


class Entry:
    """Money in the pool: a receipt, or a credit note naming no invoice, in its currency.
    (A plain slotted class: one is made per receipt, and a dataclass's post-init costs a
    second call.)"""

    __slots__ = ("amount", "currency", "day", "rate_day", "kind", "left")

    def __init__(self, amount: float, currency: str, day: date | None, rate_day: date,
                 kind: str = "received") -> None:
        self.amount = amount
        self.currency = currency
        self.day = day  # None: undated, spent first and never a payment date
        self.rate_day = rate_day  # the day its conversion rate is read
        self.kind = kind
        self.left = amount  # not yet spent: credit on account when all is done

    def __repr__(self) -> str:
        return (f"Entry({self.amount!r}, {self.currency!r}, {self.day!r}, {self.rate_day!r}, "
                f"{self.kind!r}, left={self.left!r})")


def allocate(invoices: list[Invoice], pool: list[Entry], convert: Convert
             ) -> set[tuple[str, str]]:
    """Spend the pool on the invoices oldest-due first; the (from, to) currency pairs no rate
    converted. :func:`take` and :func:`_paid` are written out inline, with the same arithmetic:
    this walk runs once per receipt and invoice of every customer."""
    order = sorted(invoices, key=_due_order)
    unconverted: set[tuple[str, str]] = set()
    first, count = 0, len(order)  # invoices before `first` are paid: walked once
    for entry in sorted(pool, key=_spend_order):
        while first < count:
            invoice = order[first]
            left = invoice.amount - invoice.credited - invoice.allocated
            if not (left <= invoice.tolerance or left <= EPS):
                break
            first += 1
        currency, day = entry.currency, entry.day
        for number in range(first, count):
            if entry.left < EPS:
                break
            invoice = order[number]
            room = invoice.amount - invoice.credited - invoice.allocated
            if room <= invoice.tolerance or room <= EPS:
                continue  # paid
            rate = 1.0
            if currency != invoice.currency:
                converted = convert(1.0, currency, invoice.currency, entry.rate_day)
                if not converted:
                    unconverted.add((currency, invoice.currency))
                    continue
                rate = converted
            wanted = entry.left * rate
            taken = wanted if wanted < room else room
            if not taken > 0.0:
                taken = 0.0
            entry.left -= taken / rate
            if entry.left < EPS:
                entry.left = 0.0
            invoice.allocated += taken
            if day is not None:
                invoice.paid_on = day
    return unconverted


def _due_order(invoice: Invoice) -> tuple[object, ...]:
    """Disputed last, then oldest due (undated last), order date, order, key."""
    return (invoice.disputed, invoice.due or date.max, invoice.order_date, invoice.order_id,
            str(invoice.key))


def _spend_order(entry: Entry) -> tuple[date, float, str, date]:
    """Undated money first (it is spent before anything dated), then by date; money of one
    day (or undated) the larger first. Never by the row it was written on: with the tolerance,
    which of two same-day wires came first decides what a bank charge leaves open, and the
    clerk's choice of row must not."""
    return entry.day or date.min, -entry.amount, entry.currency, entry.rate_day


def _paid(invoice: Invoice) -> bool:
    """Paid as far as it needs to be: open by no more than its tolerance (or a cent)."""
    left = invoice.amount - invoice.credited - invoice.allocated
    return left <= invoice.tolerance or left <= EPS


def take(entry: Entry, currency: str, room: float, convert: Convert) -> float | None:
    """Move as much of the entry as `room` (in `currency`) holds, converted at the entry's
    date; what was taken, in `currency`, or None where no rate converts it."""
    rate = 1.0 if entry.currency == currency else convert(1.0, entry.currency, currency,
                                                          entry.rate_day)
    if not rate:
        return None
    wanted = entry.left * rate
    taken = wanted if wanted < room else room  # min(room, wanted), max(0, …): the hot path
    if not taken > 0.0:
        taken = 0.0
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
