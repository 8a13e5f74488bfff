"""A print-ready workbook from plain tables: what the sales meeting gets on paper.

The lists are printed on an office printer by someone who will not touch page setup, so every
sheet carries it: A4 landscape, one page wide, the header row on every page, firm, list and
date in the page header, "page X of Y" in the footer. Text from the ledger is written as text
whatever it starts with, because a customer called "=HYPERLINK(...)" must not become a link or
a formula when the file is opened.
"""

from __future__ import annotations

import re
import unicodedata
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core import APP_NAME
from core.i18n import N_, tr
from core.progress import Steps

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0.0%"
HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
HEADER_FONT = Font(bold=True)
THIN = Side(style="thin", color="A6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
FORMULA_STARTS = ("=", "+", "-", "@")
EXCEL_CELL_CHARS = 32767
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Column:
    """One column: the key of the row dicts, the header as shown, and how values look."""

    key: str
    header: str  # already in the user's language
    kind: str = "text"  # text, money, int, date, percent
    wrap: bool = False
    max_width: float = 30


@dataclass
class Table:
    sheet: str  # sheet name as shown (cleaned and cut to 31 characters when written)
    title: str  # the list's name in the page header
    columns: list[Column]
    rows: list[dict[str, Any]]  # a row may give a cell its own kind: {KINDS_KEY: {key: kind}}


KINDS_KEY = "_kinds"  # in a row: the kinds of cells that differ from their column's


@dataclass
class Summary:
    sheet: str
    title: str
    facts: list[tuple[str, Any]] = field(default_factory=list)  # label -> value
    tables: list[tuple[list[Column], list[dict[str, Any]]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)  # printed first among the notes, bold red
    banner: list[str] = field(default_factory=list)  # at the very top, under the title, red


@dataclass
class Document:
    firm: str
    stamp: str  # "As of … (receipts to …)" for the page header
    summary: Summary
    tables: list[Table]


def display_width(text: str) -> int:
    """Characters as Excel's column width counts them: CJK and full-width count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clean_text(value: str) -> str:
    """Control characters openpyxl refuses (they come from copy-pasted ERP text) removed, and
    no longer than an Excel cell holds (Excel would call a longer one damaged)."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)[:EXCEL_CELL_CHARS]


def put(cell: Cell, value: Any, kind: str = "text") -> None:
    """Write one value; every string is a string, never a formula, whatever it starts with."""
    if value is None or value == "":
        return
    quote, number_format = _write(cell, value, kind)
    if quote:
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    if number_format:
        cell.number_format = number_format


def _write(cell: Cell, value: Any, kind: str) -> tuple[bool, str | None]:
    """Set the value (not None, not ""); whether it needs a quote prefix, and its number
    format."""
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl takes "=…" for a formula: force plain text
        return text.startswith(FORMULA_STARTS), None
    cell.value = value
    if kind == "money":
        return False, MONEY_FORMAT
    if kind == "percent":
        return False, PERCENT_FORMAT
    if kind == "int":
        return False, "0"
    if isinstance(value, date | datetime):
        return False, DATE_FORMAT
    return False, None


class _Looks:
    """Each distinct look of a table cell (number format, quote prefix, grid, alignment) set
    once through openpyxl's style attributes, then copied to every cell that has it: setting
    them cell by cell makes openpyxl hash every style object again (most of a 100,000-line
    export's time). Copying a cell's style array is openpyxl's own way of copying a style."""

    def __init__(self) -> None:
        self.known: dict[tuple[bool, str | None, bool], StyleArray] = {}

    def apply(self, cell: Cell, quote: bool, number_format: str | None, wrap: bool) -> None:
        key = (quote, number_format, wrap)
        found = self.known.get(key)
        if found is not None:
            cell._style = copy(found)
            return
        if quote:
            cell.quotePrefix = True
        if number_format:
            cell.number_format = number_format
        cell.border = GRID
        cell.alignment = WRAP if wrap else TOP
        self.known[key] = copy(cell._style)


def sheet_title(wanted: str, used: set[str]) -> str:
    """A name Excel accepts: no []:*?/\\, at most 31 characters, unique in the workbook."""
    base = _BAD_TITLE.sub(" ", wanted).strip().strip("'")[:31].strip() or "Sheet"
    title, number = base, 2
    while title.lower() in used:
        suffix = f" ({number})"
        title = base[: 31 - len(suffix)] + suffix
        number += 1
    used.add(title.lower())
    return title


def _header_text(text: str, limit: int = 80) -> str:
    """Page-header text with '&' escaped (it starts a code there) and a sane length."""
    return clean_text(text)[:limit].replace("&", "&&")


def _value_width(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind == "money" and isinstance(value, int | float):
        return len(f"{value:,.2f}")
    if kind == "percent" and isinstance(value, int | float):
        return len(f"{value:.1%}")
    if isinstance(value, date | datetime):
        return 10
    return max((display_width(line) for line in str(value).splitlines()), default=0)


def _fit_widths(ws: Worksheet, columns: list[Column], rows: list[dict[str, Any]],
                first: int = 1) -> None:
    for index, column in enumerate(columns, start=first):
        widest = max([_value_width(row.get(column.key), column.kind) for row in rows] or [0])
        header = min(display_width(column.header), 24)  # long headers wrap
        width = min(max(widest, header, 6) + 2, column.max_width)
        ws.column_dimensions[get_column_letter(index)].width = width


def _write_header(ws: Worksheet, row: int, columns: list[Column], first: int = 1) -> None:
    for index, column in enumerate(columns, start=first):
        cell = ws.cell(row=row, column=index)
        put(cell, column.header)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, GRID
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _write_rows(ws: Worksheet, start: int, columns: list[Column],
                rows: list[dict[str, Any]], first: int = 1) -> None:
    looks = _Looks()
    for offset, row in enumerate(rows):
        kinds = row.get(KINDS_KEY, {})
        for index, column in enumerate(columns, start=first):
            cell = ws.cell(row=start + offset, column=index)
            value = row.get(column.key)
            quote, number_format = (False, None) if value is None or value == "" else _write(
                cell, value, kinds.get(column.key, column.kind))
            looks.apply(cell, quote, number_format, column.wrap)


def _print_setup(ws: Worksheet, doc: Document, title: str, table: bool) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = _header_text(doc.firm)
    ws.oddHeader.center.text = _header_text(title)
    ws.oddHeader.right.text = _header_text(doc.stamp)
    ws.oddFooter.center.text = tr(N_("Page &P of &N"))
    ws.oddFooter.right.text = _header_text(APP_NAME)
    if table:
        ws.print_title_rows = "1:1"
        ws.freeze_panes = "A2"


def write_table(ws: Worksheet, doc: Document, table: Table) -> None:
    """One list sheet: header in row 1, one customer a row, filters over the whole table."""
    _write_header(ws, 1, table.columns)
    _write_rows(ws, 2, table.columns, table.rows)
    last = get_column_letter(len(table.columns))
    ws.auto_filter.ref = f"A1:{last}{max(len(table.rows) + 1, 1)}"
    ws.row_dimensions[1].height = 32
    _fit_widths(ws, table.columns, table.rows)
    _print_setup(ws, doc, table.title, table=True)


def write_summary(ws: Worksheet, doc: Document) -> None:
    """The first sheet: title, the dates and facts, small tables, then notes in words."""
    summary = doc.summary
    put(ws.cell(row=1, column=1), summary.title)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    put(ws.cell(row=2, column=1), doc.firm)
    row = 4
    banner_rows = []
    for line in summary.banner:  # what changes the meaning of every list: before anything
        put(ws.cell(row=row, column=1), line)
        ws.cell(row=row, column=1).font = Font(bold=True, color="C00000")
        ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        banner_rows.append((row, line))
        row += 1
    row += bool(banner_rows)
    for label, value in summary.facts:
        put(ws.cell(row=row, column=1), label)
        ws.cell(row=row, column=1).font = HEADER_FONT
        put(ws.cell(row=row, column=2), value)
        ws.cell(row=row, column=2).alignment = Alignment(horizontal="left")
        row += 1
    labels = [display_width(label) + 2 for label, _ in summary.facts]
    widths: dict[int, float] = {1: float(min(max([26, *labels]), 50))}
    for columns, rows in summary.tables:
        row += 1
        _write_header(ws, row, columns)
        _write_rows(ws, row + 1, columns, rows)
        for index, column in enumerate(columns, start=1):
            widest = max([_value_width(r.get(column.key), column.kind) for r in rows] or [0])
            wanted = min(max(widest, min(display_width(column.header), 24), 8) + 2,
                         column.max_width)
            widths[index] = max(widths.get(index, 0), wanted)
        row += len(rows) + 1
    span = max(len(widths), 6)
    for index in range(1, span + 1):
        widths.setdefault(index, 14.0)
    row += 1
    line_width = sum(widths.values())
    alert_font = Font(bold=True, color="C00000")
    for number, line in banner_rows:
        _merge_line(ws, number, line, span, line_width)
    for note in summary.alerts + summary.notes:
        cell = ws.cell(row=row, column=1)
        put(cell, note)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if note in summary.alerts:
            cell.font = alert_font
        _merge_line(ws, row, note, span, line_width)
        row += 1
    for index, width in widths.items():
        ws.column_dimensions[get_column_letter(index)].width = width
    _print_setup(ws, doc, summary.title, table=False)


def _merge_line(ws: Worksheet, row: int, text: str, span: int, line_width: float) -> None:
    """A sentence across the sheet's width, its row as tall as its wrapped lines."""
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
    lines = sum(-(-max(display_width(part), 1) // int(line_width))
                for part in text.splitlines() or [""])
    ws.row_dimensions[row].height = 15 * max(lines, 1) + 2


def build(doc: Document, steps: Steps) -> Workbook:
    """The whole workbook in memory; the caller decides where and how it is saved."""
    workbook = Workbook()
    used: set[str] = set()
    summary_sheet = workbook.active
    summary_sheet.title = sheet_title(doc.summary.sheet, used)
    write_summary(summary_sheet, doc)
    for index, table in enumerate(doc.tables):
        steps.report(index / max(len(doc.tables), 1), table.title)
        write_table(workbook.create_sheet(sheet_title(table.sheet, used)), doc, table)
    workbook.properties.creator = APP_NAME
    workbook.properties.title = doc.summary.title
    steps.report(1.0, doc.summary.title)
    return workbook
