"""Where another file's rows stood, as the import's notes name them beside a row of this one.

One wording for every note that names them: "台账 2025-04.xlsx “收款” 2" in English, and in
Chinese "台账 2025-04.xlsx 的“收款”表第 2 行" (win40: the place was a bare number after the
sheet, so a Chinese note read "第 3（台账 2025-04.xlsx “收款” 2: …） 行"). The texts are
messages, read in the language in force when the note is shown.
"""

from __future__ import annotations

from core.i18n import N_
from core.messages import Listed, Message, Noted

ROWS_IN_FILE = N_("{file} “{sheet}” {rows}")
ROWS_SAID = N_("{file} “{sheet}” {rows}: {said}")  # what those rows held, then this one
PAYER_ROWS = N_("{payer}, {file} “{sheet}” {rows}")


def rows_in_file(file: object, sheet: object, rows: object) -> Message:
    """The file, its sheet and the row (or rows, "2, 3") as a note names them."""
    return Message("rows_in_file", ROWS_IN_FILE, {"file": file, "sheet": sheet, "rows": rows})


def at_rows(head: str, file: object, sheets: dict[str, object], said: str) -> Noted:
    """`head` (this sheet's row or rows) noted with the other file's rows, sheet by sheet
    (`sheets`: a sheet's rows, "2", or a Listed "2, 3" that reads "2、3" in Chinese), then
    what they held: "3 (台账 2025-04.xlsx “收款” 2: 6,000.00 2025-04-20 → 6,500.00 2025-04-20)"."""
    *first, (sheet, rows) = sheets.items()
    last = Message("rows_said", ROWS_SAID,
                   {"file": file, "sheet": sheet, "rows": rows, "said": said})
    return Noted(head, Listed([*(rows_in_file(file, s, r) for s, r in first), last])
                 if first else last)


def payer_at(customer: str, payer: str, file: object, sheet: object, row: object) -> Noted:
    """A payment booked to `customer`, its payer and the row it was stored from."""
    return Noted(customer, Message("payer_at", PAYER_ROWS,
                                   {"payer": payer, "file": file, "sheet": sheet, "rows": row}))
