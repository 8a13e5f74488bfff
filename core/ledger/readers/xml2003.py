"""XML Spreadsheet 2003: the "Excel" file many ERP and OA systems write, usually named ``.xls``.

Excel opens it with a warning, so clerks never notice. It comes from outside the office, so a
file declaring a DTD (the door to entity bombs and external entities) is a refusal saying so,
never a frozen PC: the dispatcher refuses one whose DTD is in the first kilobytes before
parsing (core.ledger.readers.guard), and the parser here refuses any DTD it meets. Without a
DTD no entity can be declared.

The file is read by expat (in C) a block at a time, with progress, and its rows are taken as
they end: no element tree is built, so a 100 MB export neither waits for a tree of millions of
elements nor holds one. What is taken is what walking the tree as it is built would take: a
row's cells are its own Cell children, a cell's value is its first Data child's text (rich
text's runs included), and a row or worksheet inside another element is still a row or
worksheet, its text no part of the one around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.parsers import expat

from core.i18n import N_
from core.ledger.readers.sheets import Cell, Merged, RawSheet, codec_name, decode_text, refusal

SS = "urn:schemas-microsoft-com:office:spreadsheet"
EXCEL_NS = "urn:schemas-microsoft-com:office:excel"
SEPARATOR = "}"  # expat writes a namespaced name as "namespace}name"
QUALIFIED = {name: f"{SS}{SEPARATOR}{name}"
             for name in ("Name", "Index", "MergeAcross", "MergeDown", "Span", "Type")}


def _tags(name: str, *namespaces: str) -> frozenset[str]:
    """Element names with and without namespace: some generators leave it out."""
    return frozenset([name, *(f"{namespace}{SEPARATOR}{name}" for namespace in namespaces)])


WORKBOOK, WORKSHEET = _tags("Workbook", SS), _tags("Worksheet", SS)
ROW, CELL, DATA = _tags("Row", SS), _tags("Cell", SS), _tags("Data", SS)
VISIBLE = _tags("Visible", EXCEL_NS, SS)
HIDDEN_STATES = ("SheetHidden", "SheetVeryHidden")
# Excel writes a time-only cell as a time on its day zero.
EXCEL_DAY_ZERO = date(1899, 12, 31)
XML_DECLARATION = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)[\"'][^>]*\?>")
EXPAT_CODECS = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "ascii", "latin-1", "iso8859-1"}
BLOCK = 1 << 20  # bytes (or characters) given to the parser at a time


class _Dtd(Exception):
    """The document declares a DTD."""


def read(path: Path, data: bytes, progress: Callable[[float], None] | None = None
         ) -> list[RawSheet]:
    """Streamed row by row: a year of ERP orders is a 100 MB file, and a whole element tree of
    it would not fit on an office PC."""
    source = _xml_source(path, data)
    reader = _Reader()
    parser = expat.ParserCreate(namespace_separator=SEPARATOR)
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.text
    try:
        for start in range(0, len(source), BLOCK):
            parser.Parse(source[start:start + BLOCK], False)
            if progress is not None:
                progress(min(start + BLOCK, len(source)) / len(source))
        parser.Parse(b"" if isinstance(source, bytes) else "", True)
    except _Dtd as exc:
        raise refusal("xml_dtd", N_(
            "{file} contains XML entity or DTD definitions that spreadsheet programs never "
            "write, so it was not opened, for safety. Open it in Excel or WPS, save it as an "
            "Excel workbook (.xlsx) and import that file."), path) from exc
    except (expat.ExpatError, ValueError) as exc:
        raise refusal("workbook_damaged", N_(
            "{file} is an XML spreadsheet that is damaged or incomplete. Open it in Excel or WPS "
            "to check it, save it as an Excel workbook (.xlsx) and import that file."),
            path, detail=str(exc)) from exc
    if reader.root not in WORKBOOK:
        raise refusal("not_a_workbook", N_(
            "{file} is an XML file but not an Excel spreadsheet. Open it in Excel or WPS, save "
            "it as an Excel workbook (.xlsx) and import that file."), path)
    return reader.sheets


def _forbid(*_args: object) -> int:
    raise _Dtd


def _xml_source(path: Path, data: bytes) -> bytes | str:
    """Expat reads only UTF-8/UTF-16/Latin-1; a GB2312 export is decoded here and handed over
    without its declaration."""
    match = XML_DECLARATION.match(data)
    encoding = codec_name(match.group(1).decode("ascii")) if match else None
    if match is None or encoding is None or encoding in EXPAT_CODECS:
        return data
    text, _ = decode_text(path, data[match.end():], encoding)
    return text


# An open element, as the reader keeps it: [kind, attributes, what it gathers...].
OTHER, ROW_, CELL_, DATA_, VISIBLE_, SHEET_ = range(6)
_OTHER: list[Any] = [OTHER]  # every other element shares one
_TYPE = QUALIFIED["Type"]


class _Reader:
    """The sheets as the parser's elements start and end; `root`: the document element (the
    last to end). Called for each of the millions of elements of a big export, so each call
    is kept to a few steps."""

    def __init__(self) -> None:
        self.sheets: list[RawSheet] = []
        self.root = ""
        self._sheet = _XmlSheet()
        self._open: list[list[Any]] = [_OTHER]  # the open elements, under a stand-in
        self._sinks: list[list[str]] = []  # the texts of the Data elements being read
        self._saved: list[list[list[str]]] = []  # sinks put aside inside a row or worksheet
        self._visible = 0  # Visible elements open

    def start(self, name: str, attrs: dict[str, str]) -> None:
        opened = self._open
        parent = opened[-1]
        kind = parent[0]
        if name in CELL:
            if kind == ROW_:
                cell = [CELL_, attrs, None]
                parent[2].append(cell)
                opened.append(cell)
                return
        elif name in DATA:
            if kind == CELL_ and len(parent) == 3:
                parent.append(True)  # the cell's first Data is taken, a later one is not
                texts: list[str] = []
                self._sinks.append(texts)
                opened.append([DATA_, attrs, parent, texts])
                return
        elif name in ROW or name in WORKSHEET or name in VISIBLE:
            self._structure(name, attrs, parent)
            return
        self._child_of(parent, name)
        opened.append(_OTHER)

    def _structure(self, name: str, attrs: dict[str, str], parent: list[Any]) -> None:
        self._child_of(parent, name)
        if name in VISIBLE:
            self._visible += 1
            self._open.append([VISIBLE_, attrs, []])
            return
        self._saved.append(self._sinks)  # a row's text is no part of a cell around it
        self._sinks = []
        self._open.append([ROW_, attrs, []] if name in ROW else [SHEET_, attrs])

    def _child_of(self, parent: list[Any], name: str) -> None:
        if parent[0] == VISIBLE_ and len(parent) == 3:
            parent.append(True)  # a Visible's own text is what comes before its first child
        elif parent is _OTHER and len(self._open) == 1:
            self.root = name  # the document element (the only one whose end comes last)

    def text(self, data: str) -> None:
        for texts in self._sinks:
            texts.append(data)
        if self._visible:
            top = self._open[-1]
            if top[0] == VISIBLE_ and len(top) == 3:
                top[2].append(data)

    def end(self, _name: str) -> None:
        element = self._open.pop()
        kind = element[0]
        if kind in (OTHER, CELL_):  # the common case, first
            return
        if kind == DATA_:
            self._sinks.pop()
            attrs, texts = element[1], element[3]
            element[2][2] = _xml_value(texts[0] if len(texts) == 1 else "".join(texts),
                                       attrs.get(_TYPE) or attrs.get("Type"))
        elif kind == ROW_:
            self._sinks = self._saved.pop()
            self._sheet.add_row(element[1], element[2])
        elif kind == VISIBLE_:
            self._visible -= 1
            sheet = self._sheet
            sheet.hidden = sheet.hidden or "".join(element[2]).strip() in HIDDEN_STATES
        else:
            self._sinks = self._saved.pop()
            sheet = self._sheet
            name = _attr(element[1], "Name") or f"Sheet{len(self.sheets) + 1}"
            self.sheets.append(RawSheet(name, sheet.rows, sheet.hidden, sheet.merged))
            self._sheet = _XmlSheet()


class _XmlSheet:
    """One worksheet as its rows arrive. Rows and cells are sparse: ss:Index jumps ahead, and
    a cell merged across N columns pushes the next cell N columns further, as Excel reads it."""

    def __init__(self) -> None:
        self.rows: list[list[Cell]] = []
        self.merged: list[Merged] = []
        self.hidden = False
        self._next_row = 0

    def add_row(self, attrib: dict[str, str], cells: list[list[Any]]) -> None:
        """`cells`: the row's own Cell elements, [kind, attributes, value, ...] each."""
        r = _index(attrib, self._next_row) if attrib else self._next_row
        while len(self.rows) <= r:
            self.rows.append([])
        values = self.rows[r]
        c = 0
        for cell in cells:
            cell_attrib, value = cell[1], cell[2]
            across = down = 0
            if cell_attrib:
                c = _index(cell_attrib, c)
                across, down = _count(cell_attrib, "MergeAcross"), _count(cell_attrib,
                                                                          "MergeDown")
                if across or down:
                    self.merged.append((r, c, r + down, c + across))
            if value is not None:
                values.extend([None] * (c + 1 - len(values)))
                values[c] = value
            c += across + 1
        self._next_row = r + 1 + (_count(attrib, "Span") if attrib else 0)


def _xml_value(text: str, kind: str | None) -> Cell:
    """A Data element's value by its ss:Type (rich text's runs joined)."""
    if text == "":
        return None
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
