"""A stored line's received figure against the one a later file's row gives it.

Kept apart from core.ledger.stored_receipts (which weighs a file's lines as the writer meets
them, dates undated receipts and counts months' receipts): the one judgement of a row's
figure against the stored one, :func:`on_stored`, and the :class:`Receipt` it weighs.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.ledger.monthly_receipts import MONTH, TOTAL, iso_day, margin, settled_apart
from core.ledger.orders import TOLERANCE

ADDED, UNCLEAR = "added", "unclear"  # what the report says of a row (TOTAL: only the total)
NAMED = "named"  # a row's figure added as the payment its note names (:func:`paid_apart`)


@dataclass(frozen=True)
class Receipt:
    """A line's received figure with its date, the line's amount and the receipt's currency."""

    figure: float | None
    day: object
    amount: float
    currency: str | None
    history: str | None = None  # the stored line's earlier totals (core.ledger.receipt_history)
    notes: object = None  # the line's, or the row's, notes: a payment they name (定金, 尾款)
    tab: str | None = None  # the tab a workbook's payment is on (monthly_receipts.payment_tabs)


def on_stored(stored: Receipt, now: Receipt, says: tuple[str | None, str | None],
              same_file: bool) -> tuple[float | None, str | None]:
    """What the file's figures for a stored line add to (None: they are the line's, today's
    reading), and what the report says of the row (ADDED, UNCLEAR or None); `says`: what the
    file says its figures are (MONTH, TOTAL, None), by its headers and in all; `same_file`:
    the stored figure was written by this file, imported before. A row whose note names
    another payment of the order than the stored line's is that payment (:func:`paid_apart`):
    April's 尾款 row of 10,500 over March's 4,500 定金 was read as the total received, 4,500
    open where nothing is (order38)."""
    written, said = says
    held, figure = stored.figure, now.figure
    if held is None or held <= TOLERANCE or figure is None or said == TOTAL:
        return None, None
    if now.currency != stored.currency or abs(now.amount - stored.amount) > TOLERANCE:
        return None, None  # another currency, or the balance left: not the same figure
    if figure <= TOLERANCE:
        return (held, None) if written != TOTAL else (None, None)  # nothing received since
    lower = figure < held - margin(held)
    over = held + figure > now.amount + margin(now.amount)
    before, day = iso_day(stored.day), iso_day(now.day)
    if not same_file and day is not None and before is not None and day != before and (
            paid_apart(stored, now)):
        return held, NAMED  # a receipt of its own, either file first: said in both orders
    if same_file and (day is None or day == before):  # imported again: the same receipt
        if figure <= held + TOLERANCE and (said == MONTH or lower):
            return round(held - figure, 6), None if said == MONTH and day else UNCLEAR
        return None, None
    if day is None and written == MONTH:  # next month's file, its header says month
        return (None, UNCLEAR) if over else (held, ADDED)
    if before is None or day is None:
        return None, UNCLEAR if said == MONTH or lower else None
    if day < before and said == MONTH and figure <= held + TOLERANCE:  # counted already
        return round(held - figure, 6), None
    if day <= before:
        return None, None  # the same receipt, or an older file's figure: as ever
    if over:
        return None, UNCLEAR if said == MONTH else TOTAL
    if said == MONTH or lower:
        return held, ADDED
    return None, UNCLEAR


def paid_apart(stored: Receipt, now: Receipt) -> bool:
    """Is a row's figure a payment of its own beside the stored line's, by their notes: one
    names a payment of the order other than the other's (payment_kinds.line_payment, either
    way round, of two days: March's 第二笔 and April's 尾款 too), the two together settle the
    order (within the margin), and neither note says money is still to come (余款未收,
    pending). Only then:
    April's running total 9,000 noted 尾款部分到账, 二期款 or "2nd payment" over March's 4,500
    定金 was added, 1,500 open where 6,000 is; 4,500 re-dated, noted 余款未收, added, 6,000
    open where 10,500 is; and March's line without a note gave 1,500 or 6,000 by the order
    the files came in (fix38d)."""
    return settled_apart((stored, now))

