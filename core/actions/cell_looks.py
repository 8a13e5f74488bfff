"""What a list cell holds and how it looks: one value's text or number, its number format, and
the few looks (grid, alignment, quote prefix) a table's cells share.

Kept apart from core.actions.workbook because two writers use it: openpyxl cells (the summary's
small tables, and any workbook saved where rows cannot be streamed) and the rows streamed
straight into the sheet's XML (core.actions.sheet_rows). Both go through the same functions,
in the same order, so the two give the same workbook byte for byte.
"""

from __future__ import annotations

import re
from copy import copy
from datetime import date, datetime
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Side
from openpyxl.styles.cell_style import StyleArray

from core.actions import print_colours

# An amount shows whole, as the window and the row's reason say it (core.i18n.amount_text): the
# cell showed 89,860.08 beside a reason saying 89,860 USD. The cell keeps the exact figure.
MONEY_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0.0%"
DECIMAL_FORMAT = "0.0"  # a figure to one decimal (years of orders): 1.0 beside 0.9, not 1
THIN = Side(style="thin", color=print_colours.RULE)
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
FORMULA_STARTS = ("=", "+", "-", "@")
EXCEL_CELL_CHARS = 32767
# openpyxl's own type letters for the values it binds without looking further (Cell._bind_value)
PLAIN_TYPES: dict[type, str] = {int: "n", float: "n", bool: "b"}

Look = tuple[bool, str | None, bool]  # quote prefix, number format, wrapped


# Letters and digits typed full-width by a Chinese input method ("Ｓｕｎｒｉｓｅ Ｔｒａｄｉｎｇ
# Ｃｏ") show as the plain letters they are, as the app already reads them one customer: on
# paper a line may end after any full-width letter, as after a Chinese character, so the name
# wrapped mid-word ("Ｓｕｎｒｉｓｅ Ｔｒａｄｉｎｇ Ｃ" over "ｏ"). The PDF printed them plain while
# the workbook and the print dialog's what-if panel kept them full-width: one name on the PDF,
# another in the workbook beside it. Full-width punctuation, right in Chinese text (（新客户）),
# is left as it is.
_WIDE_RANGES = ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))  # ０-９ Ａ-Ｚ ａ-ｚ
PLAIN_LETTERS = {code: code - 0xFEE0 for first, last in _WIDE_RANGES
                 for code in range(first, last + 1)}
# Looked for before translating: a Chinese reason cell has none, and translating it char by
# char took 15 µs against 1 µs (every text cell of a 100,000-line export passes here).
_WIDE_LETTER = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _WIDE_RANGES) + "]")


def plain_letters(value: str) -> str:
    """A text as every list shows it (workbook, PDF, the print dialog): full-width letters and
    digits as plain ones. The one display rule for a customer's name on the lists."""
    if value.isascii() or not _WIDE_LETTER.search(value):
        return value
    return value.translate(PLAIN_LETTERS)


def clean_text(value: str) -> str:
    """Control characters openpyxl refuses (they come from copy-pasted ERP text) removed,
    full-width letters plain (plain_letters), and no longer than an Excel cell holds (Excel
    would call a longer one damaged)."""
    return plain_letters(ILLEGAL_CHARACTERS_RE.sub("", value))[:EXCEL_CELL_CHARS]


def put(cell: Cell, value: Any, kind: str = "text") -> None:
    """Write one value; every string is a string, never a formula, whatever it starts with."""
    if value is None or value == "":
        return
    quote, number_format = write_value(cell, value, kind)
    if quote:
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    if number_format:
        cell.number_format = number_format


def write_value(cell: Cell, value: Any, kind: str) -> tuple[bool, str | None]:
    """Set the value (not None, not ""); whether it needs a quote prefix, and its number
    format."""
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl takes "=…" for a formula: force plain text
        return text.startswith(FORMULA_STARTS), None
    cell.value = value
    return False, number_format(value, kind)


def decimal_text(value: float) -> str:
    """A "decimal" cell as its DECIMAL_FORMAT shows it, for widths and for the PDF."""
    return f"{value:.1f}"


def number_format(value: Any, kind: str) -> str | None:
    """The format a value other than text is shown with."""
    if kind == "money":
        return MONEY_FORMAT
    if kind == "percent":
        return PERCENT_FORMAT
    if kind == "int":
        return "0"
    if kind == "decimal":
        return DECIMAL_FORMAT
    if isinstance(value, date | datetime):
        return DATE_FORMAT
    return None


class Looks:
    """Each distinct look of a table cell (number format, quote prefix, grid, alignment) set
    once through openpyxl's style attributes, then copied to every cell that has it: setting
    them cell by cell makes openpyxl hash every style object again (most of a 100,000-line
    export's time). Copying a cell's style array is openpyxl's own way of copying a style."""

    def __init__(self) -> None:
        self.known: dict[Look, StyleArray] = {}

    def of(self, cell: Cell, look: Look) -> StyleArray:
        """The look's style; the first time it is met, made on `cell` (which then has it)."""
        found = self.known.get(look)
        if found is None:
            quote, number_format, wrap = look
            if quote:
                cell.quotePrefix = True
            if number_format:
                cell.number_format = number_format
            cell.border = GRID
            cell.alignment = WRAP if wrap else TOP
            found = self.known[look] = copy(cell._style)
        return found

    def apply(self, cell: Cell, look: Look) -> None:
        found = self.known.get(look)
        if found is None:
            self.of(cell, look)
        else:
            cell._style = StyleArray(found)  # a copy, as copy() would make it
