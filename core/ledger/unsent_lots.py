"""A later lot without a ship date of its own: not shipped yet, however its invoice's other
rows are dated.

The analysis reads a line without a ship date as shipped with the first ship date written on
its invoice (core.analysis.reading): a clerk who lists an order's products one a row writes the
date once, on its first row. A row whose notes, product or status cell say it is a later lot
of the order (第二批, 第2批, "2nd lot", "second shipment", 尾货, "balance shipment": the words of
core.ledger.lot_words) says it ships apart: with its 出货日期 blank it has not shipped, as a cell
saying 未出货 says (record.SHIP_SAID_NOT_YET), owed only from a due date the ledger states,
until a later tab or file gives its date. Lagos's L-1 6,000 第一批 shipped 03-01 and 6,000
第二批 to ship in July were owed 12,000 from 03-31, the buyer black-listed at 61 days in May
for 6,000 not shipped (rv51a, acct51c).

Not where a dated row of the same invoice on the sheet says the same lot: the lot's products
listed one a row, its date written once (第二批 on both rows, the first dated). A row saying no
lot, the first lot (第一批 blank beside a dated 第二批: shipped by then), or lots only in parts
(分批, "partial shipment": said of every row of an order shipped in parts) is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.ledger.lot_words import row_lot, sent_after
from core.ledger.record import (
    CREDIT_NOTE,
    CUSTOMER_KEY,
    INVOICE_NO,
    ORDER_NO,
    SHEET,
    SHIP_DATE,
    SHIP_DATE_KNOWN,
    SHIP_SAID_NOT_YET,
    Record,
)

Invoice = tuple[object, object, object, object]  # sheet, customer key, order and invoice number


def unsent(lots: Sequence[tuple[Invoice, str, bool]]) -> list[bool]:
    """Per row (its invoice, lot words as lot_words.lot_said folds them, dated or not): a
    later lot with no ship date whose invoice has no dated row saying that lot?"""
    later = [not dated and sent_after(lot) for _, lot, dated in lots]
    if not any(later):  # most sheets
        return later
    dated_lots: dict[Invoice, set[str]] = {}
    for invoice, lot, dated in lots:
        if dated and lot:
            dated_lots.setdefault(invoice, set()).update(lot.split("|"))
    return [flag and not dated_lots.get(invoice, set()) & set(lot.split("|"))
            for flag, (invoice, lot, _) in zip(later, lots, strict=True)]


def unsent_lots(records: list[Record]) -> list[Record]:
    """A sheet's records, a later lot not shipped yet (:func:`unsent`) marked so: its
    SHIP_DATE_KNOWN SHIP_SAID_NOT_YET where its sheet has a ship-date column. Only the rows of
    an invoice with such a row are read for their lot (most rows are dated: perf)."""
    waiting = {_invoice(r) for r in records if r[SHIP_DATE] is None and r[SHIP_DATE_KNOWN] == 1
               and not r[CREDIT_NOTE] and sent_after(row_lot(r))}
    if not waiting:  # most sheets
        return records
    flags = unsent([(invoice, row_lot(r) if invoice in waiting and r[SHIP_DATE_KNOWN] == 1
                     and not r[CREDIT_NOTE] else "", r[SHIP_DATE] is not None)
                    for r in records for invoice in (_invoice(r),)])
    return [(*r[:SHIP_DATE_KNOWN], SHIP_SAID_NOT_YET, *r[SHIP_DATE_KNOWN + 1:]) if flag else r
            for r, flag in zip(records, flags, strict=True)]


def _invoice(record: Record) -> Invoice:
    return record[SHEET], record[CUSTOMER_KEY], record[ORDER_NO], record[INVOICE_NO]
