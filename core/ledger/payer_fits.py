"""Whether a payer's money fits the customer its spelling names (rv54d R6).

A payer that buys nothing, written as a customer is up to case, punctuation or a company form
(paid_for.Named), was that customer's, whatever it paid: a new buyer "GLOBAL TRADING" (no
company form) prepaying 6,000 for its proforma PI-77 became Global Trading FZE's money; FZE,
owing 5,000 for 69 days and black-listed, was left with 0 open, 1,000 on account and no list,
and the new buyer disappeared. The spelling alone is not enough: the money must fit the
customer too, naming one of its sales (AL BARAKA GENERAL TRADING LLC's 17,965 + 35 naming
INV2506-03, Al Baraka General Trading's, fix54e) or paying about what it has open, one order
or all of them, within the account's tolerance (core.rules.Rules.shortfall, as
paid_numbers.StoredSales.owed_by reads it). Money fitting nothing of the customer stays its
payer's, said once a sheet: possibly the same customer. A payer written with a company form
where the customer is written with none is the bank's full name of the clerk's short one, the
customer's whatever it pays: AL BARAKA GENERAL TRADING LLC's 11,468.50 for INV2507-01, a month
before that invoice is sold, nets Al Baraka General Trading's open at June's end (rv54b f7).
Money naming no paper at all is the customer's too: only a paper another sells or nobody sells
yet (PI-77) says a buyer of its own; the bank's "GLOBAL TRADING" wiring a 3,000 instalment
(货款 分期) for the one Global Trading, FZE owing 9,000, made a customer of its own with 3,000 on
account, FZE 9,000 open (rv55a s11). Where a second Global Trading buys too, the short name is
neither's (paid_for.Named) and this is never asked.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.i18n import N_
from core.ledger.normalise import customer_key
from core.ledger.noted_orders import loose_number, sale_numbers
from core.ledger.paid_for import forms
from core.ledger.paid_numbers import StoredSales
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER_KEY,
    INVOICE_NO,
    ORDER_NO,
    PAYMENT_TERMS,
    RECEIVED,
    Record,
)
from core.messages import Message

# a customer's stored orders, not cancelled: (number, currency, open: sold less received, terms)
_OPEN = ("SELECT o.order_no, min(coalesce(l.currency, o.currency)), sum(l.amount) - "
         "sum(coalesce(l.received_amount, 0)), min(o.payment_terms) FROM orders o JOIN "
         "order_lines l ON l.order_id = o.id JOIN customers c ON c.id = o.customer_id WHERE "
         "c.key = ? AND o.order_no IS NOT NULL AND coalesce(o.status, '') != 'cancelled' "
         "GROUP BY o.id")
Owed = dict[str, tuple[str, float, str | None]]


def owed(key: str, rows: Iterable[Record], stored: StoredSales | None) -> Owed:
    """The customer's orders by loose number: the store's, the file's rows read so far over
    them (a file imported again is read, not counted twice)."""
    kept: Owed = {}
    if stored is not None:
        for number, currency, left, terms in stored.conn.execute(_OPEN, (key,)):
            kept[loose_number(number)] = (currency or "", left or 0.0, terms)
    here: Owed = {}
    for r in rows:
        number = r[ORDER_NO] or r[INVOICE_NO]
        if r[CUSTOMER_KEY] != key or not isinstance(number, str):
            continue
        currency, left, terms = here.get(loose_number(number), (r[CURRENCY] or "", 0.0, None))
        here[loose_number(number)] = (currency, left + (r[AMOUNT] or 0) - (r[RECEIVED] or 0),
                                      terms or r[PAYMENT_TERMS])
    return {**kept, **here}


def fits(named: set[str], paid: tuple[float, str | None], key: str, rows: list[Record],
         stored: StoredSales | None, payer: str = "") -> bool:
    """Whether money (`paid`: its sum and currency) naming `named` (loose numbers) paid by
    `payer` fits the customer `key`: it names no paper, its payer is the bank's full name of
    it, it names one of its sales, or pays about one order's open sum or all of them (see the
    module)."""
    if not named or forms(customer_key(payer)) and not forms(key):
        return True
    own = {n for r in rows if r[CUSTOMER_KEY] == key and (r[AMOUNT] or 0) > 0
           for n in sale_numbers(r[ORDER_NO], r[INVOICE_NO])}
    if named & (own | (stored.own(key) if stored is not None else set())):
        return True
    amount, currency = paid
    open_ = [(left, terms, cur) for cur, left, terms in owed(key, rows, stored).values()
             if left > 0 and cur == (currency or cur)]
    total = sum(left for left, *_ in open_)
    terms = open_[0][1] if open_ else None
    for left, terms_, cur in [*open_, (total, terms, currency or "")]:
        allowed = stored.shortfall(left, cur, terms_) if stored is not None else 0.0
        if left > 0 and abs(left - amount) <= max(allowed, 0.005):
            return True
    return False


def alike_message(sheet: str, payer: str, customer: str) -> Message:
    """A payer spelled as a customer is whose money fits none of its sales: kept apart."""
    return Message("payer_alike", N_(
        "Sheet “{sheet}”: {payer}, who buys nothing, is possibly {customer} written otherwise "
        "(case, punctuation or a company form), but its money names none of {customer}'s "
        "orders and fits none of its open sums: kept as a customer of its own. If they are "
        "one firm, merge the two customers."), {
        "sheet": sheet, "payer": payer, "customer": customer})
