"""The keys that let next month's ledger update the rows it repeats instead of adding them again.

An order with a number is known by that number (where two unalike buyers write it in one file,
an unalike buyer's order by the number and that buyer: buyer_order_key). A row without one is
known by what stays the same when a clerk corrects it: the customer, the order date and the
product (folded), plus its place among the identical rows of its sheet. Never by its amount or
currency: those are what a correction changes, and a key built on them turned every corrected
row into a second order.
The store's migration 4 re-keys rows stored under the old scheme with these same functions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container
from typing import NamedTuple

from core.ledger.normalise import fold, fold_many

NUMBERED = "o:"
DESCRIBED = "d:"  # customer, date, product and occurrence
OLD_DESCRIBED = "r:"  # schema 3 and before: customer, date, amount, currency, product


def numbered_order_key(order_no: str) -> str:
    return NUMBERED + fold(order_no)


def numbered_order_keys(numbers: set[str]) -> dict[str, str]:
    """numbered_order_key of each of a sheet's distinct numbers, folded in one go (fold_many)."""
    texts = list(numbers)
    return {number: NUMBERED + key for number, key in zip(texts, fold_many(texts), strict=True)}


# The order of a buyer writing a number another, unalike buyer writes in the same file (a
# buyer's PO number typed as the order number; core.ledger.order_buyers): BOUGHT, the number's
# own key after NUMBERED, BUYER and a digest of the buyer's customer key (which may hold the
# "|" and "#" a line key is cut by). A prefix of its own: the store finds every such order by a
# range of the order keys' index, not a scan of every order.
BOUGHT = "b:"
BOUGHT_END = "b;"  # the first key after every buyer's order key
BUYER = "@"
_DIGEST = 12


def buyer_order_key(order_key: str, customer_key: str) -> str:
    """The order of the buyer `customer_key` under the number whose own key is `order_key`."""
    digest = hashlib.sha1(customer_key.encode("utf-8")).hexdigest()[:_DIGEST]
    return f"{BOUGHT}{order_key[len(NUMBERED):]}{BUYER}{digest}"


def number_key(buyer_key: str) -> str:
    """The number's own order key of a buyer's order key (buyer_order_key's `order_key`)."""
    return NUMBERED + buyer_key[len(BOUGHT):-(len(BUYER) + _DIGEST)]


def row_identity(customer_key: str, order_date: str, product: str | None) -> str:
    """What identifies a row without an order number; `order_date` in ISO form."""
    return "|".join((customer_key, order_date, fold(product or "")))


def described_order_key(identity: str, occurrence: int) -> str:
    return DESCRIBED + hashlib.sha1(identity.encode("utf-8")).hexdigest()[:20] + f"#{occurrence}"


# After a line's product: the line is money received (a row typed 收款 naming the order),
# counted among the order's payment rows with that product in one sheet. Keyed by place among
# all the order's rows, next month's payment on an order took its sale's place (and amount).
PAID = "|paid"


class PaidApart(NamedTuple):
    """A payment row keyed apart: the key a sale in its place has (the key readers 1 and 2
    gave the row), where it is, and the money it says was received (core.ledger.misread_rows
    takes out what those readers stored of it)."""

    key: str
    sheet: str
    row: int
    received: float | None
    received_date: str | None  # ISO


def written_over(paid: list[PaidApart], keys: Container[str]) -> list[PaidApart]:
    """The payment rows keyed apart, those at a place a row of the file itself holds (its
    sale, a line of `keys`) without their money: that line is the file's own reading, its
    figure the row's, a wire copied on both rows counted once already (core.ledger.
    wire_review). Taken off the sale too (core.ledger.misread_rows), a wire restated on a 收款
    tab's row (0 in 金额) was lost twice: 15,000 open where it was paid (ref40)."""
    return [p._replace(received=None) if p.received is not None and p.key in keys else p
            for p in paid]


# A payment's own row without an order number (a 收款 sheet's row, a row typed 收款) names no
# order: its customer's payments of one day (and product) are one order of their own, keyed by
# their identity and PAID at occurrence 0, each payment a line known by its SUM and its place
# among that sum's payments of the order in one sheet. Keyed by place alone, a second file's
# payment of that customer and day took the first's line: another sum replaced it (money lost),
# the same was "unchanged" (a paid invoice left open, a good buyer black-listed). By its sum,
# a ledger re-sent with its payments repeats each once, whatever their order on the sheet.
SUM = "="
# A payment row naming its order (a 收款 sheet's row naming invoice N-1, a row typed 收款 with
# its number) is a line of that order known by its sum and DAY (its date received): keyed by
# its place among the order's payment rows of its sheet, April's payment in a payments file
# started anew each month took March's line and replaced it (March's money lost, the invoice
# open, a good buyer black-listed). A payment without a number has its day in its order's key.
DAY = ":"
# The sum's currency follows it (=5000.00USD): 5,000 USD in the ledger's tab and 5,000 CNY in
# the bank's list of one day were one line, the second file's taking the first's (12,305.50
# open where 7,305.50 is, pay35a). Schema 18 wrote it into the stored keys (core.ledger.
# paid_keys.key_payments_by_currency).


def paid_order_key(identity: str) -> str:
    """The order of a customer's payments without an order number of one day and product."""
    return described_order_key(identity + PAID, 0)


def unnumbered_day(day: str | None, order_day: str) -> str:
    """The day in the identity of a payment naming no order (paid_order_key): its date
    received (`day`), else its row's order date. Dated by the order it pays (03-01), 5,000 of
    04-07, 04-14, 04-21 and 04-28 in four weekly bank lists were one payment re-dated (pay41);
    keyed by that order day where the sheet has a 下单日期 column and by its date received
    where not (the bank's export), one wire in both was two (fix41b: 0 open where 10,000 is)."""
    return day or order_day


def paid_part(received: float | None, day: str | None = None, currency: str | None = None
              ) -> str:
    """What follows a payment line's product: PAID, its sum and `currency` where the row has
    a sum and its day (ISO) where it is given (a payment naming its order)."""
    mark = PAID if received is None else f"{PAID}{SUM}{round(received, 2):.2f}{currency or ''}"
    return mark if day is None else f"{mark}{DAY}{day}"


def line_key(order_key: str, product: str | None, position: int, paid: bool = False,
             received: float | None = None, day: str | None = None,
             currency: str | None = None) -> str:
    """A line of an order: its product and its place among the order's rows with that product
    in one sheet (not the invoice number: a lot's invoice is often filled in a month later);
    a payment (paid) by its sum and currency too, and by its `day` under a numbered order
    (under its customer's payments, the day is their order's: unnumbered_day)."""
    mark = paid_part(received, None if order_key.startswith(DESCRIBED) else day,
                     currency) if paid else ""
    return f"{order_key}|{fold(product or '')}{mark}#{position}"
