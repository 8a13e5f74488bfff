"""What the import dialog's preview says of each row it shows: the rows the import takes for no
order (a payment, a subtotal, a row it skips), a sale whose note the import reads as a return
or a deduction the buyer took, and a held row's cells it cannot read.

Apart from core.ledger.preview, which reads the workbook as the import does: these turn that
reading into the words on the previewed rows.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.ledger.layout import SheetLayout
from core.ledger.noted_deductions import PaidApart, deducted
from core.ledger.noted_returns import noted_rows
from core.ledger.read_as import PAYMENT_ROW, noted_return, paid_for_row
from core.ledger.record import ROW
from core.ledger.rows import SheetRecords
from core.ledger.unread import layout_messages
from core.messages import Message


def row_notes(layout: SheetLayout, read: SheetRecords, shown: int,
              paid_for: Mapping[int, str] | None = None,
              returns: Mapping[int, Message] | None = None, paid: PaidApart | None = None
              ) -> dict[int, Message]:
    """The previewed rows (the first `shown`) the import takes for no order (`read`: the
    whole sheet, its held rows settled as the import settles them), by their index: the
    dialog says what each will be before anything is written; a payment made for another
    customer (`paid_for`, by row: 代X付款) as that customer's; a return and its refund
    (`returns`, by index: return_marks.listed_notes) as the import books it; a deduction
    the money of another tab or file settles (`paid`: deductions_apart.paid_apart) as one."""
    first = layout.header_row_number + 1
    notes = {skip.row - first: skip.message for skip in read.skipped}
    notes.update({row - first: PAYMENT_ROW for row in read.payment_rows})
    notes.update({row - first: paid_for_row(customer)
                  for row, customer in (paid_for or {}).items()})
    deducted_rows = {read.records[p][ROW] for p in deducted(read.records, paid)}  # 扣索赔500
    notes.update({row - first: noted_return(figure, currency, row in deducted_rows)
                  for row, _, figure, currency in noted_rows(read.records)})
    notes.update(returns or {})
    return {index: note for index, note in notes.items() if 0 <= index < shown}


def held_cells(layout: SheetLayout, read: SheetRecords, rows: list[int], base_currency: str,
               shown: int) -> dict[int, list[Message]]:
    """The unreadable cells of the held `rows` (before they are settled), among the first
    `shown`, by their index: named as the import names a taken held row's (core.ledger.rows.
    settle_pending); of one no order takes, so the clerk who imports that order's file first
    knows what else to correct in the row."""
    first = layout.header_row_number + 1
    found: dict[int, list[Message]] = {}
    for row in rows:
        if 0 <= row - first < shown:
            cells = {name: [c for c in listed if c[0] == row]
                     for name, listed in read.pending_unread.items()}
            messages = layout_messages(layout, cells, base_currency)
            if messages:
                found[row - first] = messages
    return found
