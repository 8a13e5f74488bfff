"""A stored line's received figure against the one a later file's row gives it.

Kept apart from core.ledger.stored_receipts (which weighs a file's lines as the writer meets
them, dates undated receipts and counts months' receipts): the one judgement of a row's
figure against the stored one, :func:`on_stored`, and the :class:`Receipt` it weighs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.ledger.monthly_receipts import MONTH, TOTAL, margin
from core.ledger.orders import TOLERANCE
from core.ledger.payment_copies import other_payment

ADDED, UNCLEAR = "added", "unclear"  # what the report says of a row (TOTAL: only the total)


def iso_day(value: object) -> str | None:
    """A receipt's day as ISO text (a cell read as a date, or text already)."""
    return value.isoformat() if isinstance(value, date) else value  # type: ignore[return-value]


@dataclass(frozen=True)
class Receipt:
    """A line's received figure with its date, the line's amount and the receipt's currency."""

    figure: float | None
    day: object
    amount: float
    currency: str | None
    history: str | None = None  # the stored line's earlier totals (core.ledger.receipt_history)
    notes: object = None  # the line's, or the row's, notes: a payment they name (定金, 尾款)


def on_stored(stored: Receipt, now: Receipt, says: tuple[str | None, str | None],
              same_file: bool) -> tuple[float | None, str | None]:
    """What the file's figures for a stored line add to (None: they are the line's, today's
    reading), and what the report says of the row (ADDED, UNCLEAR or None); `says`: what the
    file says its figures are (MONTH, TOTAL, None), by its headers and in all; `same_file`:
    the stored figure was written by this file, imported before. A row whose note names
    another payment of the order than the stored line's (定金 then 尾款: core.ledger.
    payment_copies.other_payment) is that payment: April's 尾款 row of 10,500 over March's
    4,500 定金 was read as the total received, 4,500 open where nothing is (order38)."""
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
            other_payment(now.notes, stored.notes)):
        # another payment of the order by the notes, 定金 stored, 尾款 now: a receipt of its
        # own, added, either file first (said where it is the later); over the amount, a
        # later file's total holds it
        if over:
            return None, None if day < before else UNCLEAR
        return held, ADDED if day > before else None
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
