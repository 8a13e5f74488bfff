"""A print-ready workbook from plain tables: what the sales meeting gets on paper.

The lists are printed on an office printer by someone who will not touch page setup, so every
sheet carries it: A4 landscape, one page wide, the header row on every page, firm, list and
date in the page header, "page X of Y" in the footer. The printed columns of a sheet fit an A4
line at full size (core.actions.paper: about 160 widths); the columns a meeting does not read
(``Column.detail``) stand to the right, outside the print area, for filtering on screen. Every
row is as tall as its wrapped text, because spreadsheets do not size rows written by openpyxl.
What is the same on every row (a tier's service plan) is said once, in notes above the table.
Text from the ledger is written as text whatever it starts with, because a customer called
"=HYPERLINK(...)" must not become a link or a formula when the file is opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core import APP_NAME
from core.actions import print_colours
from core.actions.cell_looks import (
    GRID,
    Looks,
    clean_text,
    decimal_text,
    plain_letters,
    put,
    write_value,
)
from core.actions.paper import (
    PRINT_WIDTH,
    display_width,
    fit_to_page,
    header_width,
    row_height,
    widen_headers,
)
from core.actions.sheet_rows import PrintSheet, Rows, can_stream
from core.i18n import N_, amount_text, tr
from core.progress import Steps

__all__ = ["NAME", "PRINT_WIDTH", "Column", "Document", "Summary", "Table", "build",
           "display_width", "header_row", "put", "sheet_title"]

HEADER_FILL = PatternFill("solid", start_color=print_colours.HEADER,
                          end_color=print_colours.HEADER)
HEADER_FONT = Font(bold=True)
EMPTY = N_("No customers on this list.")
# The key of every list's first column, the customer's name: it gives way last where the
# printed lists share out their room (ui.printing.column_widths), and an empty list keeps its
# width, as a column to write in does (_fit_widths).
NAME = "customer"
LABEL_WIDTH = 34  # the overview's fact labels: a longer one wraps (_wrap_labels)
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Column:
    """One column: the key of the row dicts, the header as shown, and how values look."""

    key: str
    header: str  # already in the user's language
    kind: str = "text"  # text, money, int, decimal, date, percent
    wrap: bool = False
    max_width: float = 30
    detail: bool = False  # kept for the screen, right of the print area: not on paper


@dataclass
class Table:
    sheet: str  # sheet name as shown (cleaned and cut to 31 characters when written)
    title: str  # the list's name in the page header
    columns: list[Column]
    rows: list[dict[str, Any]]  # a row may give a cell its own kind: {KINDS_KEY: {key: kind}}
    notes: list[str] = field(default_factory=list)  # above the table: what every row shares

    def printed(self) -> list[Column]:
        return [c for c in self.columns if not c.detail]

    def in_order(self) -> list[Column]:
        """The printed columns, then the details (the print area ends between them)."""
        return self.printed() + [c for c in self.columns if c.detail]


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
    firm: str  # as set in Settings ("" when not set)
    stamp: str  # "As of … (receipts to …)" for the page header
    summary: Summary
    tables: list[Table]

    @property
    def letterhead(self) -> str:
        """The page header's left, on every page of the workbook and the PDF: the firm's name,
        else the app's. Without a firm name it stood empty on every page, as if something had
        failed to print; the overview and the PDF's facts line name a firm only if one is set."""
        return self.firm.strip() or APP_NAME


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
        return len(amount_text(value))  # as MONEY_FORMAT shows it
    if kind == "percent" and isinstance(value, int | float):
        return len(f"{value:.1%}")
    if kind == "decimal" and isinstance(value, int | float):
        return len(decimal_text(value))
    if isinstance(value, date | datetime):
        return 10
    return max((display_width(line) for line in plain_letters(str(value)).splitlines()), default=0)


def _widest(column: Column, rows: list[dict[str, Any]]) -> int:
    """A column's widest value; a text repeated down the list (a country, a grade, a flag)
    measured once."""
    widest, texts = 0, set()
    for row in rows:
        value = row.get(column.key)
        if isinstance(value, str):
            texts.add(value)
        elif value is not None:
            widest = max(widest, _value_width(value, column.kind))
    return max([widest, *(_value_width(text, column.kind) for text in texts)])


def _shown(value: Any, kind: str) -> str:
    """A value as its cell shows it, for counting its lines."""
    if value is None:
        return ""
    if kind == "money" and isinstance(value, int | float):
        return amount_text(value)
    if isinstance(value, date | datetime):
        return "0000-00-00"
    return plain_letters(str(value))


def _fit_widths(columns: list[Column], rows: list[dict[str, Any]],
                limit: float | None = PRINT_WIDTH) -> list[float]:
    """Each column as wide as its widest value (a text within its max_width, a figure or a
    date whole) or its header wrapped onto a few lines; the printed ones then within `limit`
    (None: no limit). A column of texts that holds none on this sheet is as wide as its
    header (on the Chinese strategic sheet the empty "Terms check" kept 21 widths while
    "Price check" was narrowed to 19), unless it is there to be written in by hand (Notes:
    not a wrapping text) or it is the customer's name (NAME): an empty list's Customer
    column stood 10 widths wide in English, 8 in Chinese, narrower than its Salesperson
    column. Where the line is full, a header on three lines takes room from the columns
    with room to spare (paper.widen_headers): on an empty list the name's and the notes'."""
    widths, floors = [], []
    for column in columns:
        widest = float(_widest(column, rows))
        header = header_width(column.header)
        blank = column.kind == "text" and not widest
        if blank and (not column.wrap or column.key == NAME):  # to write in by hand (Notes)
            widest = column.max_width
        cap = max(column.max_width, header + 2)
        if column.kind != "text":  # a figure or a date cannot wrap: cut, it shows ####
            cap = max(cap, widest + 2)  # (1,000,000,000 in a money column held to 16)
        widths.append(float(min(max(widest, header, 6) + 2, cap)))
        if column.key == NAME or (column.wrap and not blank):  # a name on an empty list: none
            floors.append(max(header + 2, (0.6 if rows else 0.5) * column.max_width))
        else:  # on an empty list a column to write in holds nothing: its header's room
            floors.append(header + 2 if blank and not rows else widths[-1])
    if limit is None:
        return widths
    printed = [i for i, c in enumerate(columns) if not c.detail]
    fitted = fit_to_page([widths[i] for i in printed], [columns[i].wrap for i in printed],
                         [floors[i] for i in printed], limit)
    fitted = widen_headers(fitted, [columns[i].header for i in printed], limit,
                           [floors[i] for i in printed])
    for i, width in zip(printed, fitted, strict=True):
        widths[i] = width
    detail = [i for i, c in enumerate(columns) if c.detail]  # off the page: no line to fill
    wider = widen_headers([widths[i] for i in detail], [columns[i].header for i in detail],
                          float("inf"))
    for i, width in zip(detail, wider, strict=True):
        widths[i] = width
    return widths


def _set_widths(ws: Worksheet, widths: list[float], first: int = 1) -> None:
    for index, width in enumerate(widths, start=first):
        ws.column_dimensions[get_column_letter(index)].width = width


def _write_header(ws: Worksheet, row: int, columns: list[Column], first: int = 1) -> None:
    for index, column in enumerate(columns, start=first):
        cell = ws.cell(row=row, column=index)
        put(cell, column.header)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, GRID
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _write_rows(ws: Worksheet, start: int, columns: list[Column],
                rows: list[dict[str, Any]], first: int = 1) -> Rows | None:
    """The rows below a header: kept to be streamed on a print sheet, else made as cells."""
    places = [(index, column.key, column.kind, column.wrap)
              for index, column in enumerate(columns, start=first)]
    if isinstance(ws, PrintSheet):
        block = Rows(ws, start, places, rows, KINDS_KEY)
        ws.streamed.append(block)
        return block
    looks = Looks()
    for number, row in enumerate(rows, start=start):
        kinds = row.get(KINDS_KEY, {})
        for index, key, kind, wrap in places:
            cell = ws.cell(row=number, column=index)
            value = row.get(key)
            quote, shown = (False, None) if value is None or value == "" else write_value(
                cell, value, kinds.get(key, kind))
            looks.apply(cell, (quote, shown, wrap))
    return None


def _size_rows(ws: Worksheet, start: int, columns: list[Column], rows: list[dict[str, Any]],
               widths: list[float], block: Rows | None = None) -> None:
    """Each row as tall as its tallest wrapped cell; the header as tall as its wrapped titles.
    Streamed rows keep their heights themselves."""
    ws.row_dimensions[start - 1].height = row_height(
        [(c.header, w) for c, w in zip(columns, widths, strict=True)])
    wrapped = [(c.key, c.kind, w) for c, w in zip(columns, widths, strict=True) if c.wrap]
    if not wrapped:
        return
    for offset, row in enumerate(rows):
        height = row_height([(_shown(row.get(key), kind), w) for key, kind, w in wrapped])
        if block is not None:
            block.heights[offset] = height
        else:
            ws.row_dimensions[start + offset].height = height


def _write_notes(ws: Worksheet, row: int, notes: list[str], span: int, width: float,
                 font: Font | None = None) -> int:
    """Notes across the first `span` columns, each as tall as it wraps; the next free row."""
    for note in notes:
        cell = ws.cell(row=row, column=1)
        put(cell, note)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if font is not None:
            cell.font = font
        if span > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
        ws.row_dimensions[row].height = row_height([(note, width)])
        row += 1
    return row


def header_row(ws: Worksheet) -> int:
    """The row of a list sheet's column titles (below its notes): where its filter starts."""
    ref = ws.auto_filter.ref or "A1"
    return int("".join(ch for ch in ref.split(":")[0] if ch.isdigit()) or 1)


def _print_setup(ws: Worksheet, doc: Document, title: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = _header_text(doc.letterhead)
    ws.oddHeader.center.text = _header_text(title)
    ws.oddHeader.right.text = _header_text(doc.stamp)
    ws.oddFooter.center.text = tr(N_("Page &P of &N"))
    ws.oddFooter.right.text = _header_text(APP_NAME)


def write_table(ws: Worksheet, doc: Document, table: Table) -> None:
    """One list sheet: its notes, the header, one customer a row, filters over the table;
    the printed columns first and within the page, the details right of the print area."""
    columns = table.in_order()
    widths = _fit_widths(columns, table.rows)
    printed = len(table.printed())
    line = sum(widths[:printed])
    row = _write_notes(ws, 1, table.notes, printed, line)
    head = row + 1 if table.notes else row  # a blank row between the notes and the table
    _write_header(ws, head, columns)
    block = _write_rows(ws, head + 1, columns, table.rows)
    if not table.rows:  # said in words, not left as a bare header
        _write_notes(ws, head + 1, [tr(EMPTY)], printed, line)
    _size_rows(ws, head + 1, columns, table.rows, widths, block)
    _set_widths(ws, widths)
    last = head + max(len(table.rows), 1)
    ws.auto_filter.ref = f"A{head}:{get_column_letter(len(columns))}{last}"
    _print_setup(ws, doc, table.title)
    ws.print_title_rows = f"{head}:{head}"
    ws.freeze_panes = f"A{head + 1}"
    ws.print_area = f"A1:{get_column_letter(printed)}{last}"


def _wrap_labels(ws: Worksheet, first: int, facts: list[tuple[str, Any]], width: float
                 ) -> None:
    """A fact's label longer than its column wraps, its row as tall as the label: the
    column is shared with the small tables below, whose last column gave way to a 49-wide
    label ("Dormant customers (no valid order in 12 months)"), its service plans squeezed
    into 22 widths, nine lines a tier."""
    for row, (label, _) in enumerate(facts, start=first):
        if display_width(label) + 2 <= width:
            continue
        ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=row, column=2).alignment = Alignment(horizontal="left", vertical="top")
        ws.row_dimensions[row].height = row_height([(label, width)])


def write_summary(ws: Worksheet, doc: Document) -> None:
    """The first sheet: title, what changes the meaning of every list (the banner), the dates
    and facts, small tables, then notes in words; all within the printed line."""
    summary = doc.summary
    put(ws.cell(row=1, column=1), summary.title)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    put(ws.cell(row=2, column=1), doc.firm)
    banner_font = Font(bold=True, color=print_colours.ALERT)
    row = 4 + len(summary.banner) + bool(summary.banner)  # the banner is written last, below
    first_fact = row
    for label, value in summary.facts:
        put(ws.cell(row=row, column=1), label)
        ws.cell(row=row, column=1).font = HEADER_FONT
        put(ws.cell(row=row, column=2), value)
        ws.cell(row=row, column=2).alignment = Alignment(horizontal="left")
        row += 1
    labels = [display_width(label) + 2 for label, _ in summary.facts]
    widths: dict[int, float] = {1: float(min(max([26, *labels]), LABEL_WIDTH))}
    values = [_value_width(value, "") + 2 for _, value in summary.facts
              if not isinstance(value, str)]  # a date or a number is cut to ### where a
    if values:                                # text would run on into the next cell
        widths[2] = float(max(values))
    heads = []
    for columns, rows in summary.tables:
        row += 1
        fitted = _fit_widths(columns, rows)
        for index, width in enumerate(fitted, start=1):
            widths[index] = max(widths.get(index, 0), width)
        _write_header(ws, row, columns)
        _write_rows(ws, row + 1, columns, rows)
        heads.append(row)
        row += len(rows) + 1
    row += 1
    span = max(len(widths), 6)
    for index in range(1, span + 1):
        widths.setdefault(index, 14.0)
    over = sum(widths.values()) - PRINT_WIDTH  # a wide table gives way in its last column
    if over > 0:
        widths[max(widths)] = max(widths[max(widths)] - over, 12.0)
    for head, (columns, rows) in zip(heads, summary.tables, strict=True):
        _size_rows(ws, head + 1, columns, rows, [widths[i] for i in range(1, len(columns) + 1)])
    _wrap_labels(ws, first_fact, summary.facts, widths[1])
    line = sum(widths.values())
    _write_notes(ws, 4, summary.banner, span, line, banner_font)
    row = _write_notes(ws, row, summary.alerts, span, line, banner_font)
    row = _write_notes(ws, row, summary.notes, span, line)
    _set_widths(ws, [widths[i] for i in range(1, span + 1)])
    _print_setup(ws, doc, summary.title)
    ws.print_area = f"A1:{get_column_letter(span)}{max(row - 1, 1)}"


def build(doc: Document, steps: Steps, stream: bool | None = None) -> Workbook:
    """The whole workbook in memory; the caller decides where it is saved. The lists' rows
    are streamed into the file when it is saved (core.actions.sheet_rows) unless `stream` is
    False or openpyxl writes through lxml: then they are made as cells, the same workbook."""
    stream = can_stream() if stream is None else stream
    workbook = Workbook()
    used: set[str] = set()
    summary_sheet = workbook.active
    summary_sheet.title = sheet_title(doc.summary.sheet, used)
    write_summary(summary_sheet, doc)
    for index, table in enumerate(doc.tables):
        steps.report(index / max(len(doc.tables), 1), table.title)
        title = sheet_title(table.sheet, used)
        if stream:
            sheet: Worksheet = PrintSheet(workbook, title)
            workbook._add_sheet(sheet)
        else:
            sheet = workbook.create_sheet(title)
        write_table(sheet, doc, table)
    workbook.properties.creator = APP_NAME
    workbook.properties.title = doc.summary.title
    steps.report(1.0, doc.summary.title)
    return workbook
