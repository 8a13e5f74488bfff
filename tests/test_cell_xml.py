"""The action lists' cells saved as text (core/actions/cell_xml.py) and their rows streamed
(core/actions/sheet_rows.py) are the bytes openpyxl's own writer gives for the same workbook
made cell by cell: every sheet of the three workbooks, in both languages, and sheets of awkward
cells (spaces around text, markup characters, formulas, links, dates, NaN, booleans)."""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Callable
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from test_actions import make_analysis

from core import i18n
from core.actions import leap, restructuring, stop_loss
from core.actions.cell_xml import plain_cells
from core.actions.sheet_rows import PrintSheet
from core.actions.workbook import KINDS_KEY, Column, Document, Summary, Table, build, put
from core.progress import Steps

AWKWARD = ["plain", " leading", "trailing ", "  ", "a&b<c>d\"e'", "=HYPERLINK(\"x\")", "中文 客户",
           "line\nbreak", "\ttab", 0, -0.0, 1.5, 10**20, 1 / 3, math.nan, math.inf, True, False,
           date(2024, 1, 31), datetime(2024, 1, 1, 12, 30), date(1900, 1, 15), None, ""]


def _parts(workbook: Workbook, fast: bool) -> dict[str, bytes]:
    buffer = io.BytesIO()
    if fast:
        with plain_cells():
            workbook.save(buffer)
    else:
        workbook.save(buffer)
    archive = zipfile.ZipFile(buffer)
    return {name: archive.read(name) for name in archive.namelist()
            if not name.startswith("docProps")}  # creation times


def _awkward() -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    for row, value in enumerate(AWKWARD, start=1):
        put(sheet.cell(row=row, column=1), value)  # the lists' way: text stays text
        sheet.cell(row=row, column=2).value = value  # openpyxl's: "=…" a formula
        sheet.cell(row=row, column=3).number_format = "0.00"  # styled, empty
    sheet.cell(row=40, column=1).value = "link"
    sheet.cell(row=40, column=1).hyperlink = "https://example.com"
    return workbook


def _same(make: Callable[[], Workbook], streamed: Callable[[], Workbook] | None = None
          ) -> dict[str, bytes]:
    """openpyxl's own bytes for `make`'s workbook, and the fast writers' for `streamed`'s (the
    same workbook with its rows streamed; default: `make`'s)."""
    slow, fast = _parts(make(), fast=False), _parts((streamed or make)(), fast=True)
    assert slow.keys() == fast.keys()
    for name in slow:
        assert fast[name] == slow[name], name
    return fast


def test_awkward_cells_are_written_as_openpyxl_writes_them():
    parts = _same(_awkward)
    sheet = load_workbook(io.BytesIO(_zip(parts))).active
    assert sheet["A2"].value == " leading" and sheet["A6"].value == "=HYPERLINK(\"x\")"
    assert sheet["B6"].data_type == "f" and sheet["A40"].hyperlink.target == "https://example.com"


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("module", [stop_loss, restructuring, leap])
def test_the_action_lists_are_the_same_bytes(module, language: str):
    i18n.set_language(language)
    try:
        analysis = make_analysis()
        for sales in (None, "张伟"):
            doc = module.document(analysis, sales)
            parts = _same(lambda doc=doc: build(doc, Steps(None, None), stream=False),
                          lambda doc=doc: _streamed(doc))
            assert any(name.startswith("xl/worksheets/sheet") for name in parts)
    finally:
        i18n.set_language("en")


def _streamed(doc: Document) -> Workbook:
    """The workbook with its list rows streamed (none of them made as cells)."""
    workbook = build(doc, Steps(None, None))
    sheets = [sheet for sheet in workbook.worksheets if isinstance(sheet, PrintSheet)]
    assert len(sheets) == len(doc.tables)
    for sheet, table in zip(sheets, doc.tables, strict=True):
        assert sum(len(block) for block in sheet.streamed) == len(table.rows)
        # the notes, a blank row, the header (and the words saying the list is empty)
        assert sheet.max_row <= len(table.notes) + 2 + (not table.rows)
    return workbook


def _awkward_document() -> Document:
    """Every awkward value in every kind of column, wrapped and not, a cell's own kind, a
    table without rows and one whose rows start at the top (no notes)."""
    kinds = ["text", "money", "int", "date", "percent"]
    columns = [Column(f"{kind}{wrap}", f"{kind} {wrap}", kind, wrap=wrap, detail=kind == "int")
               for kind in kinds for wrap in (False, True)]
    rows = [{column.key: value for column in columns} for value in AWKWARD]
    rows[3][KINDS_KEY] = {"text0": "money", "money1": "percent"}
    rows.append({"text0": "only one cell"})
    rows.append({})
    return Document("Firm & Co <x>", "As of today", Summary(
        "Overview", "Awkward", [("Date", date(2024, 5, 1)), ("Count", 3)],
        [(columns[:4], rows[:5])], ["a note"]), [
        Table("Awkward", "Awkward list", columns, rows, ["one note", "two notes"]),
        Table("Empty", "Empty list", columns[:3], [], ["nobody"]),
        Table("Top", "No notes", columns[::-1], rows[::-1]),
        Table("Awkward", "Same name", columns[:2], rows[:2], ["x"]),
    ])


def test_streamed_rows_of_awkward_values_are_the_bytes_of_cells():
    doc = _awkward_document()
    parts = _same(lambda: build(doc, Steps(None, None), stream=False), lambda: _streamed(doc))
    book = load_workbook(io.BytesIO(_zip(parts)))
    sheet = book["Awkward"]
    assert sheet["A10"].value == "=HYPERLINK(\"x\")" and sheet["A10"].quotePrefix
    day = sheet.cell(row=5 + AWKWARD.index(date(2024, 1, 31)), column=6)  # the date column
    assert day.value == datetime(2024, 1, 31) and day.number_format == "yyyy-mm-dd"
    two_lines = 5 + AWKWARD.index("line\nbreak")
    assert sheet.row_dimensions[two_lines].height > sheet.row_dimensions[5].height
