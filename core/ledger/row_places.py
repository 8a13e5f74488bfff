"""Where rows stood, as the import's notes name them: a row of the file a note is about, or of
another file beside a row of this one.

One wording for every note that names them. Another file's: "台账 2025-04.xlsx “收款” 2" in
English, and in Chinese "台账 2025-04.xlsx 的“收款”表第 2 行" (win40: the place was a bare number
after the sheet, so a Chinese note read "第 3（台账 2025-04.xlsx “收款” 2: …） 行"). This
file's: "“4月” row 5" and "“4月”第 5 行", as the report names a totals row (place40: the
notes of orders still moving, dated later, carried, sold again, dates past the file's month
and the rest wrote "4月 5" in both languages, and a refund beyond what was paid read
"第 2（3,000.00 > 0.00 USD） 行"). The texts are messages, read in the language in force when
the note is shown.
"""

from __future__ import annotations

from core.i18n import N_, NP_
from core.messages import Listed, Message, Noted

# another file's: "row" said in English too (win41: "台账 2025-04.xlsx “收款” 2" read as a
# number after the sheet, where the Chinese said 第 2 行)
ROWS_IN_FILE = NP_("{file} “{sheet}” row {rows}", "{file} “{sheet}” rows {rows}")
# what those rows held, then this one
ROWS_SAID = NP_("{file} “{sheet}” row {rows}: {said}", "{file} “{sheet}” rows {rows}: {said}")
PAYER_ROWS = NP_("{payer}, {file} “{sheet}” row {rows}", "{payer}, {file} “{sheet}” rows {rows}")
# a row (or rows, "5–7, 9") of this file's sheet
ROWS_AT = NP_("“{sheet}” row {rows}", "“{sheet}” rows {rows}")
ROW_SAID = N_("“{sheet}” row {row}: {said}")  # what the row held, or weighs it by
ROW_HERE_SAID = N_("row {row}: {said}")  # a row of the sheet the note names
ROW_HERE = N_("row {row}")  # the same, nothing said of it
# what another file's row held, after the file's name; and a figure, then the file kept from
# (win41: written "{file}: …" in code, the Chinese note read "USD: 台账 2025-05.xlsx")
FILE_SAID = N_("{file}: {said}")
SAID_FILE = N_("{said}: {file}")


def _count(rows: object) -> int:
    """How many rows `rows` names, as far as "row" or "rows" goes: one for a single number,
    else more ("2 + 3", "5–7"); a Listed's items, its one item as that item (a range of
    ranges_text, "2–3", is rows)."""
    if isinstance(rows, Listed):
        return _count(rows.items[0]) if len(rows.items) == 1 else len(rows.items)
    return 1 if str(rows).strip().isdigit() else 2


def row_at(sheet: object, row: object, said: object = None) -> Message:
    """A row (or rows, "5–7, 9") of this file's sheet, with what it held where `said`:
    "“4月” row 5: 40,000"."""
    if said is None:
        return Message("row_at", ROWS_AT, {"sheet": sheet, "rows": row, "count": _count(row)})
    return Message("row_said", ROW_SAID, {"sheet": sheet, "row": row, "said": said})


def at_row(name: str, sheet: object, row: object, said: object = None) -> Noted:
    """`name` (an order, a date) noted with its row: "B-1 (“4月” row 5)"."""
    return Noted(name, row_at(sheet, row, said))


def row_here(row: object, said: object) -> Message:
    """A row of the sheet the note names, with what it held: "row 2: 3,000.00 > 0.00 USD"
    (nothing said: "row 2")."""
    if not said:
        return Message("row_here", ROW_HERE, {"row": row})
    return Message("row_here_said", ROW_HERE_SAID, {"row": row, "said": said})


def rows_in_file(file: object, sheet: object, rows: object) -> Message:
    """The file, its sheet and the row (or rows, "2, 3") as a note names them."""
    return Message("rows_in_file", ROWS_IN_FILE,
                   {"file": file, "sheet": sheet, "rows": rows, "count": _count(rows)})


def at_rows(head: str, file: object, sheets: dict[str, object], said: str) -> Noted:
    """`head` (this sheet's row or rows) noted with the other file's rows, sheet by sheet
    (`sheets`: a sheet's rows, "2", or a Listed "2, 3" that reads "2、3" in Chinese), then
    what they held: "3 (台账 2025-04.xlsx “收款” 2: 6,000.00 2025-04-20 → 6,500.00 2025-04-20)"."""
    *first, (sheet, rows) = sheets.items()
    last = Message("rows_said", ROWS_SAID,
                   {"file": file, "sheet": sheet, "rows": rows, "said": said,
                    "count": _count(rows)})
    return Noted(head, Listed([*(rows_in_file(file, s, r) for s, r in first), last])
                 if first else last)


def payer_at(customer: str, payer: str, file: object, sheet: object, row: object) -> Noted:
    """A payment booked to `customer`, its payer and the row it was stored from."""
    return Noted(customer, Message("payer_at", PAYER_ROWS,
                                   {"payer": payer, "file": file, "sheet": sheet, "rows": row,
                                    "count": _count(row)}))


def file_said(file: object, said: object) -> Message:
    """What a row of `file` held, after its name: "台账 2025-04.xlsx: 3,000.00 2025-04-20"."""
    return Message("file_said", FILE_SAID, {"file": file, "said": said})


def said_file(said: object, file: object) -> Message:
    """A figure, then the file it is kept from: "1,000.00 / 2,000.00 USD: 台账 2025-05.xlsx"."""
    return Message("said_file", SAID_FILE, {"said": said, "file": file})
