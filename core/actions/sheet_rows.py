"""A list sheet's rows kept as values and written straight into the sheet's XML when saved.

A restructuring workbook of a few thousand customers holds some 60,000 cells. As openpyxl
cells each is an object made through a coordinate look-up, a value binding and a style copy,
and hashed again into the style table when the file is saved: about half of what the export
spent after its analysis. Here a table's rows (:class:`Rows`) keep each cell's type letter,
value and look; the looks are made and the number formats registered as the cells would have
made them (same order), and when openpyxl writes the sheet (:class:`PrintSheet`) the rows are
rendered as the text openpyxl's writer gives, with the style numbers taken at that moment in
the same order. tests/test_cell_xml.py compares the saved workbooks byte for byte with those
made cell by cell and saved by openpyxl alone.

openpyxl's WorksheetWriter.write_rows is replaced once (on import) by one that hands sheets of
any other kind back to openpyxl. With lxml installed openpyxl writes through lxml, which takes
no text: rows are then made as cells (:func:`can_stream`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import openpyxl
from openpyxl.cell.cell import Cell
from openpyxl.compat import safe_string
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as sheet_writer
from openpyxl.worksheet.worksheet import Worksheet

from core.actions.cell_looks import (
    FORMULA_STARTS,
    PLAIN_TYPES,
    Look,
    Looks,
    clean_text,
    number_format,
)
from core.actions.cell_looks import write_value as bind
from core.actions.cell_xml import _ORIGINAL as write_by_openpyxl
from core.actions.cell_xml import cell_body

Place = tuple[int, str, str, bool]  # column index, key, kind, wrapped


def can_stream() -> bool:
    """Whether rows can be streamed: openpyxl writes through its own writer (no lxml)."""
    return not openpyxl.LXML


class Rows:
    """One table's data rows, from `start` down, as they will be written: per cell its type
    letter, value and look number. Making them does what writing the cells would have done to
    the workbook (number formats and looks registered, in row order)."""

    def __init__(self, sheet: PrintSheet, start: int, places: Sequence[Place],
                 rows: Sequence[dict[str, Any]], kinds_key: str) -> None:
        self.start = start
        self.columns = [index for index, _, _, _ in places]
        self.letters = [get_column_letter(index) for index in self.columns]
        self.heights: list[float | None] = [None] * len(rows)
        self.looks: list[StyleArray] = []
        numbers: dict[Look, int] = {}
        looks = Looks()
        self.cells: list[list[tuple[str, Any, int, str | None]]] = []
        bodies: dict[tuple[str, str | None], str | None] = {}  # a repeated text's XML
        for row in rows:
            kinds = row.get(kinds_key, {})
            cells = []
            for _, key, kind, wrap in places:
                value = row.get(key)
                scratch = None
                if value is None or value == "":
                    kind_letter, value, quote, shown = "n", None, False, None
                elif isinstance(value, str):
                    value = clean_text(value)
                    kind_letter, quote, shown = "s", value.startswith(FORMULA_STARTS), None
                elif type(value) in PLAIN_TYPES:
                    kind_letter, quote = PLAIN_TYPES[type(value)], False
                    shown = number_format(value, kinds.get(key, kind))
                else:  # dates and the like: bound by openpyxl itself, for what that registers
                    scratch = Cell(sheet)
                    quote, shown = bind(scratch, value, kinds.get(key, kind))
                    kind_letter, value = scratch.data_type, scratch._value
                look = (quote, shown, wrap)
                number = numbers.get(look)
                if number is None:
                    looks.of(Cell(sheet) if scratch is None else scratch, look)
                    number = numbers[look] = len(self.looks)
                    self.looks.append(looks.known[look])
                if value is None or type(value) is str:
                    found = bodies.get((kind_letter, value), "")
                    if found == "":
                        found = bodies[(kind_letter, value)] = cell_body(kind_letter, value)
                else:
                    found = cell_body(kind_letter, value)
                cells.append((kind_letter, value, number, found))
            self.cells.append(cells)

    def __len__(self) -> int:
        return len(self.cells)

    def write(self, xf: Any, sheet: Worksheet) -> None:
        """The rows' XML into the sheet's stream, as openpyxl's write_row would give it."""
        add = sheet.parent._cell_styles.add  # style numbers as openpyxl takes them: now
        styles: list[str | None] = [None] * len(self.looks)
        for offset, cells in enumerate(self.cells):
            number = self.start + offset
            height = self.heights[offset]
            parts = [f'<row r="{number}">' if height is None else
                     f'<row r="{number}" ht="{safe_string(height)}" customHeight="1">']
            for column, letter, (kind, value, look, body) in zip(
                    self.columns, self.letters, cells, strict=True):
                style = styles[look]
                if style is None:
                    style = styles[look] = f' s="{add(self.looks[look])}"'
                if body is None:  # a date, NaN: openpyxl's own writer, on a cell of its own
                    xf._file("".join(parts))
                    parts = []
                    cell = Cell(sheet, row=number, column=column,
                                style_array=StyleArray(self.looks[look]))
                    cell._value, cell.data_type = value, kind
                    write_by_openpyxl(xf, sheet, cell, True)
                else:
                    parts.append(f'<c r="{letter}{number}"{style}{body}')
            parts.append("</row>")
            xf._file("".join(parts))


class PrintSheet(Worksheet):
    """A worksheet whose list rows are :class:`Rows`, written when the workbook is saved."""

    def __init__(self, parent: Any, title: str) -> None:
        super().__init__(parent, title)
        self.streamed: list[Rows] = []

    def calculate_dimension(self) -> str:
        """The range the cells and the streamed rows cover, as openpyxl would give it."""
        rows = {row for row, _ in self._cells}
        columns = {column for _, column in self._cells}
        for block in self.streamed:
            if len(block) and block.columns:
                rows |= {block.start, block.start + len(block) - 1}
                columns |= {min(block.columns), max(block.columns)}
        if not rows:
            return "A1:A1"
        return (f"{get_column_letter(min(columns))}{min(rows)}:"
                f"{get_column_letter(max(columns))}{max(rows)}")


_OPENPYXL_WRITE_ROWS = sheet_writer.WorksheetWriter.write_rows


def _write_rows(self: sheet_writer.WorksheetWriter) -> None:
    """openpyxl's write_rows, with a print sheet's streamed rows written in their place."""
    sheet = self.ws
    if not isinstance(sheet, PrintSheet) or not sheet.streamed:
        _OPENPYXL_WRITE_ROWS(self)
        return
    waiting = sorted(sheet.streamed, key=lambda block: block.start)
    xf = self.xf.send(True)
    with xf.element("sheetData"):
        for index, row in self.rows():
            while waiting and waiting[0].start < index:
                block = waiting.pop(0)
                if index < block.start + len(block):
                    raise ValueError(f"row {index} of {sheet.title} is also a streamed row")
                block.write(xf, sheet)
            self.write_row(xf, row, index)
        for block in waiting:
            block.write(xf, sheet)
    self.xf.send(None)


sheet_writer.WorksheetWriter.write_rows = _write_rows
