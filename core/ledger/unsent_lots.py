"""A later lot without a ship date of its own: not shipped yet, however its invoice's other
rows are dated.

The analysis reads a line without a ship date as shipped with the first ship date written on its
invoice (core.analysis.reading): a clerk who lists an order's products one a row writes the date
once, on its first row. A row whose notes, product or status cell say it is a later lot of the
order (第二批, 第2批, "2nd lot", "second shipment", "balance shipment"), its status not saying it
shipped (core.ledger.lot_words.lot_waits), says it ships apart: with its 出货日期 blank it has not
shipped, as a cell saying 未出货 says (record.SHIP_SAID_NOT_YET), owed only from a due date the
ledger states, until a later tab or file gives its date. Lagos's L-1 6,000 第一批 shipped 03-01 and
6,000 第二批 to ship in July were owed 12,000 from 03-31, the buyer black-listed at 61 days in May
for 6,000 not shipped (rv51a, acct51c).

Not where a dated row of the same invoice on the sheet says the same lot: the lot's products
listed one a row, its date written once (第二批 on both rows, the first dated). Such a row takes
that lot's date (its earliest written), stored as its ship date: read with the invoice's first
ship date, L-1's 第二批 product B, blank under product A's 第二批 05-20, was owed from 03-31 with
the first lot (03-01), 91 days late at 06-30 where 11 is (acct52a). A lot dated only in another
column (ETD) gives no date: the row reads as before. A row saying no
lot, the first lot (第一批 blank beside a dated 第二批: shipped by then), or lots only in parts
(分批, "partial shipment": said of every row of an order shipped in parts) is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.ledger.fields import SYNONYMS
from core.ledger.layout import SheetLayout
from core.ledger.lot_words import later_lot_money, row_lot, waiting
from core.ledger.lots_called_off import called_off
from core.ledger.normalise import fold_header, not_yet
from core.ledger.order_sums import CANCELLED
from core.ledger.record import (
    CREDIT_NOTE,
    CUSTOMER_KEY,
    INVOICE_NO,
    NOTES,
    ORDER_NO,
    ROW,
    SHEET,
    SHIP_DATE,
    SHIP_DATE_KNOWN,
    SHIP_SAID_NOT_YET,
    STATUS,
    Record,
)

Invoice = tuple[object, object, object, object]  # sheet, customer key, order and invoice number
Read = tuple[bool, Any]  # not shipped yet, the date its lot's dated row gives it
_AS_BEFORE: Read = (False, None)


def unsent(lots: Sequence[tuple[Invoice, str, Any, bool, bool]]) -> list[Read]:
    """Per row (its invoice, lot words as lot_words.lot_said folds them, its ship date or
    None, dated (in that column or another) or not, a later lot still to ship or not:
    lot_words.waiting): (a later lot with no ship date whose invoice has no dated row saying
    that lot?, the date such a dated row gives it: its lot's earliest, None where the lot is
    dated only in another column or the row is no such lot)."""
    if not any(waits for *_, waits in lots):  # most sheets
        return [_AS_BEFORE] * len(lots)
    dated_lots: dict[Invoice, dict[str, list[Any]]] = {}
    for invoice, lot, ship, dated, _ in lots:
        if dated and lot:
            found = dated_lots.setdefault(invoice, {})
            for word in lot.split("|"):
                found.setdefault(word, []).extend(() if ship is None else (ship,))
    out: list[Read] = []
    for invoice, lot, _, _, waits in lots:
        said = dated_lots.get(invoice, {})
        days = [day for word in lot.split("|") if word in said for day in said[word]]
        out.append(_AS_BEFORE if not waits else (False, min(days)) if days
                   else (not any(word in said for word in lot.split("|")), None))
    return out


def unsent_lots(records: list[Record], dated: frozenset[int] = frozenset()) -> list[Record]:
    """A sheet's records, a later lot not shipped yet (:func:`unsent`) marked so: its
    SHIP_DATE_KNOWN SHIP_SAID_NOT_YET where its sheet has a ship-date column; one beside a
    dated row of its invoice saying its lot given that row's SHIP_DATE; a row of `dated`
    (:func:`dated_elsewhere`) is dated; one its invoice calls off (lots_called_off) cancelled.
    Only the rows of an invoice with such a row are read for their lot (most rows are dated:
    perf)."""
    blank = [r[SHIP_DATE] is None and r[SHIP_DATE_KNOWN] == 1 and not r[CREDIT_NOTE]
             and r[ROW] not in dated for r in records]  # most: dated
    waits = [b and waiting(r) for r, b in zip(records, blank, strict=True)]
    money = [b and r[STATUS] is None and later_lot_money(r[NOTES])
             for r, b in zip(records, blank, strict=True)]  # 第二批货款: that lot's row
    if not any(waits) and not any(money):  # most sheets
        return records
    invoices = {_invoice(r) for r, w in zip(records, waits, strict=True) if w}
    flags = unsent([(invoice, row_lot(r) if invoice in invoices and r[SHIP_DATE_KNOWN] == 1
                     and not r[CREDIT_NOTE] else "", r[SHIP_DATE],
                     r[SHIP_DATE] is not None or r[ROW] in dated, w)
                    for r, w in zip(records, waits, strict=True) for invoice in (_invoice(r),)])
    off = called_off([(_invoice(r), r[NOTES], flag and r[STATUS] is None or paid)
                      for r, (flag, _), paid in zip(records, flags, money, strict=True)])
    return [_off(r) if gone is not None else
            (*r[:SHIP_DATE_KNOWN], SHIP_SAID_NOT_YET, *r[SHIP_DATE_KNOWN + 1:]) if flag
            else (*r[:SHIP_DATE], day, *r[SHIP_DATE + 1:]) if day is not None else r
            for r, (flag, day), gone in zip(records, flags, off, strict=True)]


def _off(r: Record) -> Record:
    """A later lot called off (lots_called_off.called_off): cancelled, still not shipped."""
    fields = list(r)
    fields[SHIP_DATE_KNOWN], fields[STATUS] = SHIP_SAID_NOT_YET, CANCELLED
    return tuple(fields)


_SHIP_HEADERS = frozenset(fold_header(word) for name in ("ship_date", "bl_date")
                          for word in SYNONYMS[name])


def dated_elsewhere(layout: SheetLayout) -> frozenset[int]:
    """The rows (their numbers) with a date in a ship-date column other than the one read
    (ETD, 提单日期, 装运日期 beside 出货日期): shipped, whatever their 出货日期 says not. Echo's
    第二批 with its ETD 04-10 and 出货日期 blank was read as not shipped, 6,000 open where
    12,000 is (rv51c)."""
    read = layout.mapping.get("ship_date")
    others = [n for n, header in enumerate(layout.headers) if n != read and header
              and fold_header(header) in _SHIP_HEADERS]
    if read is None or not others:  # most sheets
        return frozenset()
    first = layout.sheet.first_row_number
    return frozenset(first + n for n, cells in enumerate(layout.sheet.rows)
                     if n > layout.header_index and any(
                         cells[c] not in (None, "") and not not_yet(cells[c])
                         for c in others if c < len(cells)))


def _invoice(record: Record) -> Invoice:
    return record[SHEET], record[CUSTOMER_KEY], record[ORDER_NO], record[INVOICE_NO]
