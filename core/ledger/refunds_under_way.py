"""A payment row whose note says a refund is only under way, beside the credit note it is for:
neither money received nor sent back.

Rio sent 2,000 of R-1's goods back: the 台账 books a 退货 credit note of 2,000, and the 收款 tab
a row of -2,000 noted 退款中 (退款申请中, refund in progress) while the refund waits for
approval. Read as money sent back, Rio was shown no credit where 2,000 is owed to it. But the
sign of a payments tab's figure may mean nothing (an ERP export writes every receipt negative,
"货款，退款申请中" beside it), so a row whose refund is only under way is no refund at all
(typed_rows.refund_made, as_receipts): it is money received, unless its sum is that of a
credit note of its customer's, in its currency, the file's or the store's, each note taken by
one such row. Then it is the refund still to be made of that note: skipped, and the report
says so, as a bank's charge on its own row is (row_problems). The credit stays on the
customer's account until the refund is sent and booked.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain

from core.i18n import N_
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CUSTOMER_KEY,
    NOTES,
    RECEIVED,
    RECEIVED_CURRENCY,
    ROW,
    STATUS,
    Record,
)
from core.ledger.rows import SheetRecords, Skipped
from core.ledger.typed_rows import is_receipt_row, refund_under_way
from core.messages import Message

Key = tuple[str, str, float]  # a customer's key, a currency, a sum
# how many credit notes of a customer, currency and sum the store holds
StoredNotes = Callable[[str, str, float], int]

_STORED = ("SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
           "JOIN customers c ON c.id = o.customer_id WHERE c.key = ? AND l.credit_note "
           "AND l.amount < 0 AND abs(l.amount + ?) < 0.005 "
           "AND COALESCE(l.currency, o.currency) = ?")


def stored_notes(conn: sqlite3.Connection) -> StoredNotes:
    """The store's answer for :class:`UnderWay`."""
    def count(customer: str, currency: str, figure: float) -> int:
        return int(conn.execute(_STORED, (customer, figure, currency)).fetchone()[0])

    return count


def waits(records: Iterable[Record]) -> bool:
    """Does a sheet hold a payment row whose note says its refund is under way? It waits for
    the whole file: the credit note it is for may be on a later tab."""
    return any(r[NOTES] is not None and is_receipt_row(r) and refund_under_way(r[NOTES])
               for r in records)  # (a row without a note: no call, perf54a)


def credit_key(record: Record) -> Key:
    """A credit note's customer, currency and sum."""
    return record[CUSTOMER_KEY], record[CURRENCY], round(-record[AMOUNT], 2)


def credits(records: Iterable[Record]) -> Counter[Key]:
    """The credit notes among a file's records, by customer, currency and sum."""
    return Counter(credit_key(r) for r in records
                   if r[CREDIT_NOTE] and r[AMOUNT] < 0 and r[STATUS] != "cancelled")


class UnderWay:
    """The file's credit notes (and the store's), each taken by one row whose refund is under
    way: the file's note and the store's of a file imported again are one note, not two."""

    def __init__(self, found: Counter[Key], stored: StoredNotes | None) -> None:
        self._found, self._stored = found, stored
        self._taken: Counter[Key] = Counter()

    def take(self, customer: str, currency: str, figure: float) -> bool:
        """Is there a credit note of the customer, currency and sum no row has taken yet?
        Taken, if so."""
        key = (customer, currency, round(abs(figure), 2))
        stored = 0 if self._stored is None else self._stored(*key)
        if self._taken[key] >= max(self._found[key], stored):
            return False
        self._taken[key] += 1
        return True

    def skip(self, sheet: str, found: SheetRecords) -> None:
        """The sheet's payment rows whose refund is under way and whose sum is a credit note's
        of their customer: left out of its records and its payment rows, skipped, said."""
        drop: set[int] = set()
        for r in found.records:
            if is_receipt_row(r) and refund_under_way(r[NOTES]) and self.take(
                    r[CUSTOMER_KEY], r[RECEIVED_CURRENCY] or r[CURRENCY], r[RECEIVED]):
                drop.add(r[ROW])
                found.skipped.append(Skipped(sheet, r[ROW], skipped(r[RECEIVED], r[
                    RECEIVED_CURRENCY] or r[CURRENCY])))
        if drop:
            found.records = [r for r in found.records if r[ROW] not in drop]
            found.payment_rows = [n for n in found.payment_rows if n not in drop]
            found.skipped.sort(key=lambda s: s.row)


def skipped(figure: float, currency: str) -> Message:
    """Why such a row is skipped, in the report's list of skipped rows."""
    return Message("refund_under_way_row", N_(
        "a refund still under way (its note says so) of the customer's credit note of "
        "{amount}: neither money received nor sent back; the credit stays on the customer's "
        "account until the refund is sent and booked"),
        {"amount": f"{abs(figure):,.2f} {currency}"})


def previewed(conn: sqlite3.Connection, read: list[SheetRecords]) -> UnderWay | None:
    """The file's and the store's credit notes a payment row whose refund is under way is
    skipped for, as the import skips it (core.ledger.file_reader._settle), for the import
    dialog's preview; None where no row says one: shown as money received, the row the
    import skips read as taken."""
    if not any(waits(chain(sheet.records, (r for r, _ in sheet.pending))) for sheet in read):
        return None
    return UnderWay(credits(r for sheet in read for r in sheet.records), stored_notes(conn))
