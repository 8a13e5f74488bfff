"""Money that goes to one invoice before the pool is spent (core.analysis.account): an L/C's
money on the invoice it was written on, a credit note on the invoice it names; and the move of
some of a receipt into an invoice, which they and the refunds share. Apart from the account's
walk so that each module stays small; the arithmetic is the walk's (allocate writes it out
inline: it runs once per receipt and invoice of every customer)."""

from __future__ import annotations

from core.analysis.account import EPS, Convert, Entry, Invoice, settle_exchange


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


def pay_own(invoice: Invoice, entry: Entry, convert: Convert, band: float = 0.0) -> bool:
    """Money paid under a letter of credit pays the invoice it was written on, as far as the
    invoice goes; the rest stays in `entry.left` for the pool. False where no rate converts
    it (it then pays nothing here). Spent oldest-due first instead, an L/C's money paid a
    buyer's 141-day-old OA invoice and left the L/C invoice open: the late payer was watched,
    not black-listed. Money in another currency (a EUR letter the bank credited in USD) is
    the same letter's: converted at its date, with the exchange band of any other payment in
    another currency; it joined the pool and paid the buyer's other invoices, leaving the
    letter's own open. An insurer's claim paid on the invoice's own row is spent here too
    (core.analysis.deposits_held.hold_deposits): the insurer paid that invoice's loss (rv53b)."""
    room = invoice.amount - invoice.credited - invoice.allocated
    if not room > 0.0:
        return True
    start = entry.left
    taken = take(entry, invoice.currency, room, convert)
    if taken is None:
        return False
    if not taken > 0.0:
        return True
    invoice.allocated += taken
    if entry.day is not None:
        invoice.paid_on = entry.day
    if entry.currency != invoice.currency:
        rate = convert(1.0, entry.currency, invoice.currency, entry.rate_day) or 1.0
        invoice.fx_cover += start * rate
        if band:
            settle_exchange(invoice, entry, rate, taken, room, start, 0.0, band, convert)
    return True


def apply_named(invoice: Invoice, credit: Entry, convert: Convert) -> bool:
    """A credit note reduces the invoice it names, as far as the invoice goes; the rest of it
    stays in `credit.left` for the pool. False where no rate converts it."""
    taken = take(credit, invoice.currency, invoice.open, convert)
    if taken is None:
        return False
    invoice.credited += taken
    if credit.day is not None and taken > 0.0:
        if invoice.credit_days is None:
            invoice.credit_days = []
        invoice.credit_days.append((credit.day, taken))
    return True
