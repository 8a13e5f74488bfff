"""The reference: a year-to-date workbook's later tabs read for a month's receipt over the whole
file's lines (core.ledger.monthly_receipts gathers only the lines a later tab shows again)."""

from __future__ import annotations

from core.ledger.monthly_receipts import MonthlyReading, Showing, read_lines
from reference_import.orders import Order


def monthly_receipts(orders: list[Order], sheets: list[str], says: str | None = None
                     ) -> MonthlyReading:
    """The reading, its totals to date already written into the rows' received figures;
    `says`: what the received headers say (core.ledger.stored_receipts.file_says)."""
    showings: dict[str, list] = {}
    for order in orders:
        for line in order.lines:
            showings.setdefault(line.key, []).append(line.record)
    lines = []
    for records in showings.values():
        first = records[0]
        if len(records) < 2 or not first.amount > 0 or first.credit_note:
            continue
        lines.append([Showing((sheets.index(r.sheet), r.row), (r.sheet, r.row),
                              r.received_amount, r.received_date, r.amount, r.received_in,
                              r.notes or r.sheet)
                      for r in records if r.received_amount is not None])
    reading = read_lines(lines, says)
    for records in showings.values():
        for record in records:
            total = reading.totals.get((sheets.index(record.sheet), record.row))
            if total is not None:
                record.received_amount = total
    return reading
