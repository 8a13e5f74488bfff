"""What a ledger's hidden parts were read as, said in the import report.

A clerk hides what is done with: an old month's tab (4月) to tidy a year's book, a finished or
cancelled order's row folded away or filtered out. Both are still the firm's orders and
payments: passed over, April's sales and receipts left their buyers' accounts without a word
(the report said only "hidden sheet"). A hidden tab with the ledger's header is read
(core.ledger.workbook_layouts.hidden_ledger) and a hidden row is read as any other; the report
says so, so a clerk who hid one to keep it out sees it was taken and how to leave it out.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.i18n import NP_
from core.ledger.layout import SheetLayout
from core.ledger.rows import ranges_text
from core.messages import Message


def hidden_messages(layout: SheetLayout, taken: int, rows: Iterable[int]) -> list[Message]:
    """The notes on a tab read though hidden (`taken`: its rows taken) and on its hidden rows
    among `rows`, the rows taken."""
    sheet = layout.sheet
    said = []
    if sheet.hidden:
        said.append(Message("hidden_sheet_read", NP_(
            "Read hidden sheet “{sheet}”: hidden in the workbook, it has the ledger's header, "
            "so it is part of the book ({count} row taken). If it is not, move it out of the "
            "workbook before importing.",
            "Read hidden sheet “{sheet}”: hidden in the workbook, it has the ledger's header, "
            "so it is part of the book ({count} rows taken). If it is not, move it out of the "
            "workbook before importing."), {"sheet": sheet.name, "count": taken}))
    folded = sorted(set(rows) & sheet.hidden_rows)
    if folded:
        said.append(Message("hidden_rows_read", NP_(
            "Sheet “{sheet}”: {count} row hidden in the workbook was read as any other (row "
            "{rows}): a hidden row, an order finished or cancelled and folded away, is still "
            "the firm's.",
            "Sheet “{sheet}”: {count} rows hidden in the workbook were read as any other (rows "
            "{rows}): a hidden row, an order finished or cancelled and folded away, is still "
            "the firm's."), {"sheet": sheet.name, "count": len(folded),
                              "rows": ranges_text(folded)}))
    return said
