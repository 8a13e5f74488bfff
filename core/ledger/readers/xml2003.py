"""XML Spreadsheet 2003: the "Excel" file many ERP and OA systems write, usually named ``.xls``.

Excel opens it with a warning, so clerks never notice. It is parsed with defusedxml because it
comes from outside the office: a file declaring a DTD (the door to entity bombs and external
entities) is a refusal saying so, never a frozen PC. The dispatcher refuses one whose DTD is
in the first kilobytes before parsing (core.ledger.readers.guard); defusedxml catches the rest.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from core.i18n import N_
from core.ledger.readers.sheets import Cell, Merged, RawSheet, codec_name, decode_text, refusal

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
XML_DECLARATION = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)[\"'][^>]*\?>")
EXPAT_CODECS = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "ascii", "latin-1", "iso8859-1"}


def read(path: Path, data: bytes) -> list[RawSheet]:
    """Streamed row by row: a year of ERP orders is a 100 MB file, and a whole element tree of
    it would not fit on an office PC."""
    source = _xml_source(path, data)
    stream = io.StringIO(source) if isinstance(source, str) else io.BytesIO(source)
    try:
        sheets, root = _xml_sheets(SafeElementTree.iterparse(stream, events=("end",),
                                                             forbid_dtd=True))
    except DefusedXmlException as exc:
        raise refusal("xml_dtd", N_(
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
