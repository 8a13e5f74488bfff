"""The "Excel" files ERP and OA systems write as markup: XML Spreadsheet 2003 and HTML tables.

Both usually arrive named ``.xls``; Excel opens them with a warning, so clerks never notice.
The XML is parsed with defusedxml because it comes from outside the office (a billion-laughs
file must be a refusal, not a frozen PC); the HTML with the standard library's tolerant parser,
since exports omit end tags and mix encodings.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from core.i18n import N_
from core.ledger.readers import Cell, Merged, RawSheet, codec_name, decode_text, refusal

SS = "urn:schemas-microsoft-com:office:spreadsheet"
EXCEL_NS = "urn:schemas-microsoft-com:office:excel"
QUALIFIED = {name: f"{{{SS}}}{name}"
             for name in ("Name", "Index", "MergeAcross", "MergeDown", "Span", "Type")}


def _tags(name: str, *namespaces: str) -> frozenset[str]:
    """Element tags with and without namespace: some generators leave it out."""
    return frozenset([name, *(f"{{{namespace}}}{name}" for namespace in namespaces)])


WORKBOOK, WORKSHEET = _tags("Workbook", SS), _tags("Worksheet", SS)
ROW, CELL, DATA = _tags("Row", SS), _tags("Cell", SS), _tags("Data", SS)
VISIBLE = _tags("Visible", EXCEL_NS, SS)
HIDDEN_STATES = ("SheetHidden", "SheetVeryHidden")
# Excel writes a time-only cell as a time on its day zero.
EXCEL_DAY_ZERO = date(1899, 12, 31)
MAX_COLSPAN = 1000  # the HTML limit; a bigger number is a broken export, not a wider table
XML_DECLARATION = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)[\"'][^>]*\?>")
CHARSET = re.compile(rb"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
EXPAT_CODECS = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "ascii", "latin-1", "iso8859-1"}


# --- XML Spreadsheet 2003 -------------------------------------------------------------------


def read_xml2003(path: Path, data: bytes) -> list[RawSheet]:
    """Streamed row by row: a year of ERP orders is a 100 MB file, and a whole element tree of
    it would not fit on an office PC."""
    source = _xml_source(path, data)
    stream = io.StringIO(source) if isinstance(source, str) else io.BytesIO(source)
    try:
        sheets, root = _xml_sheets(SafeElementTree.iterparse(stream, events=("end",)))
    except DefusedXmlException as exc:
        raise refusal("not_a_workbook", N_(
            "{file} contains XML entity or DTD definitions that spreadsheet programs never "
            "write, so it was not opened, for safety. Open it in Excel or WPS, save it as an "
            "Excel workbook (.xlsx) and import that file."), path) from exc
    except (ParseError, ValueError) as exc:
        raise refusal("workbook_damaged", N_(
            "{file} is an XML spreadsheet that is damaged or incomplete. Open it in Excel or WPS "
            "to check it, save it as an Excel workbook (.xlsx) and import that file."),
            path, detail=str(exc)) from exc
    if root not in WORKBOOK:
        raise refusal("not_a_workbook", N_(
            "{file} is an XML file but not an Excel spreadsheet. Open it in Excel or WPS, save "
            "it as an Excel workbook (.xlsx) and import that file."), path)
    return sheets


def _xml_source(path: Path, data: bytes) -> bytes | str:
    """Expat reads only UTF-8/UTF-16/Latin-1; a GB2312 export is decoded here and handed over
    without its declaration."""
    match = XML_DECLARATION.match(data)
    encoding = codec_name(match.group(1).decode("ascii")) if match else None
    if match is None or encoding is None or encoding in EXPAT_CODECS:
        return data
    text, _ = decode_text(path, data[match.end():], encoding)
    return text


def _xml_sheets(events: Iterable[tuple[str, Element]]) -> tuple[list[RawSheet], str]:
    """The sheets, and the root's tag (the last element to end) to check it is a Workbook."""
    sheets: list[RawSheet] = []
    current = _XmlSheet()
    tag = ""
    for _, element in events:
        tag = element.tag
        if tag in ROW:
            current.add_row(element)
            element.clear()
        elif tag in VISIBLE:
            current.hidden = current.hidden or (element.text or "").strip() in HIDDEN_STATES
        elif tag in WORKSHEET:
            name = _attr(element.attrib, "Name") or f"Sheet{len(sheets) + 1}"
            sheets.append(RawSheet(name, current.rows, current.hidden, current.merged))
            current = _XmlSheet()
            element.clear()
    return sheets, tag


class _XmlSheet:
    """One worksheet as its rows arrive. Rows and cells are sparse: ss:Index jumps ahead, and
    a cell merged across N columns pushes the next cell N columns further, as Excel reads it."""

    def __init__(self) -> None:
        self.rows: list[list[Cell]] = []
        self.merged: list[Merged] = []
        self.hidden = False
        self._next_row = 0

    def add_row(self, row: Element) -> None:
        attrib = row.attrib
        r = _index(attrib, self._next_row) if attrib else self._next_row
        while len(self.rows) <= r:
            self.rows.append([])
        values = self.rows[r]
        c = 0
        for cell in row:
            if cell.tag not in CELL:
                continue
            across = down = 0
            if cell.attrib:
                c = _index(cell.attrib, c)
                across, down = _count(cell.attrib, "MergeAcross"), _count(cell.attrib, "MergeDown")
                if across or down:
                    self.merged.append((r, c, r + down, c + across))
            value = _xml_value(cell)
            if value is not None:
                values.extend([None] * (c + 1 - len(values)))
                values[c] = value
            c += across + 1
        self._next_row = r + 1 + (_count(attrib, "Span") if attrib else 0)


def _xml_value(cell: Element) -> Cell:
    for data in cell:
        if data.tag in DATA:
            break
    else:
        return None
    # Rich text keeps its runs in html:Font/B/I children.
    text = "".join(data.itertext()) if len(data) else data.text or ""
    if text == "":
        return None
    kind = _attr(data.attrib, "Type")
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "DateTime":
        return _xml_datetime(text)
    if kind == "Boolean":
        return text.strip().lower() in ("1", "true")
    return text


def _xml_datetime(text: str) -> Cell:
    """date for a whole day and time for a time-only cell, as calamine gives them."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return text
    if moment.date() == EXCEL_DAY_ZERO:
        return moment.time()
    if moment.hour == moment.minute == moment.second == moment.microsecond == 0:
        return moment.date()
    return moment


def _attr(attrib: dict[str, str], name: str) -> str | None:
    """ss:Name, or a bare Name: some generators leave the namespace out."""
    value = attrib.get(QUALIFIED[name])
    return value if value is not None else attrib.get(name)


def _count(attrib: dict[str, str], name: str) -> int:
    try:
        return max(int(_attr(attrib, name) or 0), 0)
    except ValueError:
        return 0


def _index(attrib: dict[str, str], default: int) -> int:
    """ss:Index is 1-based; a missing or broken one means "right after the previous"."""
    try:
        index = int(_attr(attrib, "Index") or 0)
    except ValueError:
        return default
    return index - 1 if index > 0 else default


# --- HTML tables ----------------------------------------------------------------------------


def read_html(path: Path, data: bytes) -> tuple[list[RawSheet], str]:
    """Each table with any text becomes a sheet: the first named after the file, the next
    "Table 2", "Table 3"... Numbers stay text; the normaliser decides what they mean."""
    declared = CHARSET.search(data[:4096])
    text, encoding = decode_text(path, data, declared.group(1).decode("ascii") if declared
                                 else None)
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    sheets: list[RawSheet] = []
    for table in parser.tables:
        rows, merged = table.grid()
        if any(value is not None for row in rows for value in row):
            name = path.stem if not sheets else f"Table {len(sheets) + 1}"
            sheets.append(RawSheet(name, rows, merged=merged))
    return sheets, encoding


class _Table:
    """Cells as the HTML gives them, before spans are laid out on a grid."""

    def __init__(self) -> None:
        self.rows: list[list[tuple[str, int, int]]] = []
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)

    def start_row(self) -> None:
        self.end_row()
        self._row = []
        self.rows.append(self._row)

    def end_row(self) -> None:
        self.end_cell()
        self._row = None

    def start_cell(self, colspan: int, rowspan: int) -> None:
        self.end_cell()
        if self._row is None:
            self.start_row()
        self._cell, self._span = [], (colspan, rowspan)

    def end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            self._row.append((" ".join("".join(self._cell).split()), *self._span))
        self._cell = None

    def add_text(self, text: str) -> None:
        if self._cell is not None:
            self._cell.append(text)

    def grid(self) -> tuple[list[list[Cell]], list[Merged]]:
        """Spans laid out as a browser does: a cell skips columns still covered by a rowspan
        from above; the value sits at the top-left of its merged range only."""
        grid: list[list[Cell]] = []
        merged: list[Merged] = []
        active: list[tuple[int, int, int]] = []  # (last_row, first_col, last_col) of rowspans
        height = len(self.rows)
        for r, cells in enumerate(self.rows):
            active = [span for span in active if span[0] >= r]
            covered = sorted((first, last) for _, first, last in active)
            values: list[Cell] = []
            c = 0
            for text, colspan, rowspan in cells:
                for first, last in covered:
                    if first <= c <= last:
                        c = last + 1
                rowspan = height - r if rowspan == 0 else min(rowspan, height - r)
                values.extend([None] * (c + 1 - len(values)))
                values[c] = text or None
                if colspan > 1 or rowspan > 1:
                    merged.append((r, c, r + rowspan - 1, c + colspan - 1))
                if rowspan > 1:
                    active.append((r + rowspan - 1, c, c + colspan - 1))
                c += colspan
            grid.append(values)
        return grid, merged


class _TableParser(HTMLParser):
    """Collects every <table>; a nested table becomes a table of its own, not cell text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[_Table] = []
        self._open: list[_Table] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append(_Table())
            self._open.append(self.tables[-1])
        elif not self._open:
            return
        elif tag == "tr":
            self._open[-1].start_row()
        elif tag in ("td", "th"):
            spans = dict(attrs) if attrs else {}
            colspan = min(max(_span(spans.get("colspan")), 1), MAX_COLSPAN)
            self._open[-1].start_cell(colspan, _span(spans.get("rowspan")))
        elif tag in ("br", "p", "div", "li"):
            self._open[-1].add_text(" ")

    def handle_endtag(self, tag: str) -> None:
        if not self._open:
            return
        if tag == "table":
            self._open.pop().end_row()
        elif tag == "tr":
            self._open[-1].end_row()
        elif tag in ("td", "th"):
            self._open[-1].end_cell()

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1].add_text(data)

    def close(self) -> None:
        """A cut-off export still gives the rows it has."""
        super().close()
        while self._open:
            self._open.pop().end_row()


def _span(value: str | None) -> int:
    """rowspan="0" means "to the end of the table"; junk means 1, as browsers read it."""
    if value is None:
        return 1
    try:
        number = int(value.strip())
    except ValueError:
        return 1
    return number if number >= 0 else 1
