"""What reading a ledger tab did that the clerk did not write, said in the import report and
in the import dialog's preview alike: its hidden rows (and the tab itself, read though
hidden), its dates giving a month without its day, its numbers beyond Excel's 15 digits, and
its formulas saved without a value or cells showing an Excel error, and the product lines
read as their order's though they leave its cells blank (core.ledger.filled_down), and the
payment rows under an order read as its receipts (core.ledger.order_payments). The
preview said none of them, so the clerk learnt only after the import that a #N/A left a buyer
unpaid.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.i18n import N_, NP_
from core.ledger.hidden_parts import hidden_messages
from core.ledger.layout import SheetLayout
from core.ledger.month_notes import month_messages
from core.ledger.order_payments import payment_word
from core.ledger.paper_dates import headers, report_lines
from core.ledger.paper_typos import typo_messages
from core.ledger.record import AMOUNT, PRODUCT, RECEIVED, ROW, Record
from core.ledger.rows import SheetRecords, ranges_text
from core.ledger.unread import long_number_messages
from core.messages import Listed, Message

SHOWN_SHEETS = 6  # the tabs a note on many names before its “…”


def read_notes(layout: SheetLayout, sheet: SheetRecords, records: Sequence[Record],
               taken: int) -> list[Message]:
    """The notes on the tab's hidden parts, months without a day and long numbers, among its
    taken `records` (`taken`: how many rows they are), in the report's order."""
    rows = {r[ROW] for r in records}
    filled = set(sheet.continued)  # a payment row under its order: worth 0, a payment's word
    paid = {r[ROW] for r in records if r[ROW] in filled and r[AMOUNT] == 0 and payment_word(
        r[PRODUCT])}
    # ... a blank one taken for its note's deduction (order_payments) named by that alone
    blank = {r[ROW] for r in records if r[ROW] in paid and r[AMOUNT] == 0
             and r[RECEIVED] is None}
    first = layout.sheet.first_row_number + layout.header_index + 1
    numbers = {n - first: n for n in rows}  # data row -> the sheet's row
    return [*report_lines(layout, layout.sheet.name),
            *typo_messages(layout.sheet.name, headers(layout), sheet.paper_typos, numbers),
            *hidden_messages(layout, taken, rows), *month_messages(layout, sheet.months, rows),
            *long_number_messages(layout, sheet.long_ids, rows),
            *continued_messages(layout, [n for n in sheet.continued if n in rows - blank],
                                paid)]


def continued_messages(layout: SheetLayout, continued: list[int], paid: set[int]
                       ) -> list[Message]:
    """The product lines read as lines of the order above them, their order cells blank, and
    the payment rows (`paid`, among them) read as its receipts."""
    receipts = [n for n in continued if n in paid]
    continued = [n for n in continued if n not in paid]
    said = [payment_rows_message(layout.sheet.name, receipts, ranges_text(receipts))
            ] if receipts else []
    if not continued:
        return said
    return [*said, Message("continued_lines", NP_(
        "Sheet “{sheet}”: {count} row without order number, customer or date but with a "
        "product of its own (row {rows}) is read as a product line of the order above it, not "
        "as a totals row.",
        "Sheet “{sheet}”: {count} rows without order number, customer or date but with a "
        "product of their own (rows {rows}) are read as product lines of the order above "
        "them, not as totals rows."), {"sheet": layout.sheet.name, "count": len(continued),
                                       "rows": ranges_text(continued)})]


def payment_rows_message(sheet: str, rows: Sequence[int], ranges: Listed) -> Message:
    """The report's note on the payment rows read as their order's receipts."""
    return Message("payment_rows_under_order", NP_(
        "Sheet “{sheet}”: {count} row under an order naming a payment of it (定金, 尾款, "
        "deposit, balance…) with money received (row {rows}) is read as that order's receipt "
        "on its own date: its amount is not counted as goods.",
        "Sheet “{sheet}”: {count} rows under an order naming a payment of it (定金, 尾款, "
        "deposit, balance…) with money received (rows {rows}) are read as that order's "
        "receipts on their own dates: their amounts are not counted as goods."),
        {"sheet": sheet, "count": len(rows), "rows": ranges})


def no_ship_dates(sheets: list[str]) -> list[Message]:
    """The note on the tabs without a ship-date column, once a file (the reference import's
    too): a line a tab buried a 40-tab workbook's notes that asked for something."""
    if len(sheets) == 1:
        return [Message("no_ship_date_column", N_(
            "Sheet “{sheet}” has no ship-date column: shipments will be estimated from order "
            "dates."), {"sheet": sheets[0]})]
    return [Message("no_ship_date_column", N_(
        "{count} sheets have no ship-date column ({sheets}): shipments will be estimated from "
        "order dates."), {"count": len(sheets), "sheets": Listed([f"“{s}”" for s in sheets],
                                                                 SHOWN_SHEETS)})] if sheets else []
