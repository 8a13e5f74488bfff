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
from pathlib import Path
from typing import Any
from xml.parsers import expat

from core.i18n import N_
from core.ledger.readers.sheets import Cell, Merged, RawSheet, codec_name, decode_text, refusal
from core.ledger.readers.xml_names import SEPARATOR, Irregular, Resolved, Scope
from core.ledger.readers.xml_values import (
    QUALIFIED,
    SS,
    attribute,
    count_of,
    index_of,
    xml_datetime,
    xml_value,
)

EXCEL_NS = "urn:schemas-microsoft-com:office:excel"


def _tags(name: str, *namespaces: str) -> frozenset[str]:
    """Element names with and without namespace: some generators leave it out."""
    return frozenset([name, *(f"{namespace}{SEPARATOR}{name}" for namespace in namespaces)])


WORKBOOK, WORKSHEET = _tags("Workbook", SS), _tags("Worksheet", SS)
ROW_TAGS, CELL_TAGS, DATA_TAGS = _tags("Row", SS), _tags("Cell", SS), _tags("Data", SS)
VISIBLE_TAGS = _tags("Visible", EXCEL_NS, SS)
HIDDEN_STATES = ("SheetHidden", "SheetVeryHidden")
XML_DECLARATION = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)[\"'][^>]*\?>")
EXPAT_CODECS = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "ascii", "latin-1", "iso8859-1"}
BLOCK = 1 << 20  # bytes (or characters) given to the parser at a time
# DateTime texts whose values are kept: a ledger repeats its dates (a year of orders has a few
# hundred), so each is parsed once; past this many the cache starts again, so memory stays
# bounded. Amounts repeat far less, and float() costs less than a look-up in a big cache.
DATES_KEPT = 10_000


class _Dtd(Exception):
    """The document declares a DTD."""


def read(path: Path, data: bytes, progress: Callable[[float], None] | None = None
         ) -> list[RawSheet]:
    """Streamed row by row: a year of ERP orders is a 100 MB file, and a whole element tree of
    it would not fit on an office PC."""
    source = _xml_source(path, data)
    shown = 0.0

    def forward(fraction: float) -> None:  # a second reading does not move progress back
        nonlocal shown
        if progress is not None and fraction > shown:
            shown = fraction
            progress(fraction)

    try:
        try:
            book = _parse(source, forward, Scope())
        except (Irregular, expat.ExpatError, ValueError):
            # A name only expat's namespace processing can settle, or a damaged file (which
            # that processing may find damaged earlier, or otherwise): read again with it.
            book = _parse(source, forward, None)
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
    if book.root not in WORKBOOK:
        raise refusal("not_a_workbook", N_(
            "{file} is an XML file but not an Excel spreadsheet. Open it in Excel or WPS, save "
            "it as an Excel workbook (.xlsx) and import that file."), path)
    return book.sheets


def _parse(source: bytes | str, progress: Callable[[float], None], scope: Scope | None
           ) -> _Book:
    """The file's sheets, its names resolved by `scope` (core.ledger.readers.xml_names), or
    by expat when None: slower, as every name is handed over spelled out in full."""
    book = _Book()
    texts: list[str] = []
    # Names are compared, never hashed to be interned; attributes come as a list.
    if scope is None:
        parser = expat.ParserCreate(namespace_separator=SEPARATOR, intern=None)
    else:
        parser = expat.ParserCreate(intern=None)
    parser.buffer_text = True
    parser.ordered_attributes = True
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    parser.StartElementHandler, parser.EndElementHandler = _handlers(
        book, texts, Resolved() if scope is None else scope)
    parser.CharacterDataHandler = texts.append
    for start in range(0, len(source), BLOCK):
        parser.Parse(source[start:start + BLOCK], False)
        progress(min(start + BLOCK, len(source)) / len(source))
    parser.Parse(b"" if isinstance(source, bytes) else "", True)
    return book


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


# --- The handlers -----------------------------------------------------------------------------

# What an open element is to the reader. The first three need nothing at their end, so the end
# handler of the common elements is one comparison. TAKEN: a row's cell whose first Data has
# started (a later one is not taken); SEEN: a Visible whose own text has ended (a child
# started). An element declaring namespaces is its kind + SCOPED: its end restores the scope.
OTHER, CELL, TAKEN, DATA, ROW, SHEET, VISIBLE, SEEN, DOCUMENT = range(9)
SCOPED = 16
KINDS = {name: kind for kind, names in ((CELL, CELL_TAGS), (DATA, DATA_TAGS), (ROW, ROW_TAGS),
                                        (SHEET, WORKSHEET), (VISIBLE, VISIBLE_TAGS))
         for name in names}
_TYPE = QUALIFIED["Type"]
TYPES = frozenset([_TYPE, "Type"])
PLACING = frozenset(name for key in ("Index", "MergeAcross", "MergeDown")
                    for name in (key, QUALIFIED[key]))  # a cell's attributes that move it
StartHandler = Callable[[str, list[str]], None]
EndHandler = Callable[[str], None]


class _Book:
    """What the handlers hand back: the sheets, and `root`, the document element's name."""

    def __init__(self) -> None:
        self.sheets: list[RawSheet] = []
        self.root = ""


def _handlers(book: _Book, texts: list[str], scope: Resolved
              ) -> tuple[StartHandler, EndHandler]:
    """The parser's element handlers, filling `book`; `texts` gets the character data (the
    parser appends to it directly, without a Python call).

    Called for each of the millions of elements of a big export, so a cell of a row and its
    Data take a few steps on names as written, and their ends one, once the first of them has
    shown how they are written; any other element is resolved by the scope first. A Data's
    text is what `texts` gathered since it started; a row or worksheet takes its own text back
    out when it ends (it is no part of a Data around it), and `texts` is emptied after each
    row inside no other (no Data is open then)."""
    kind_of = KINDS.get
    top = DOCUMENT  # the kind of the innermost open element
    kinds: list[int] = []  # the kinds of the elements around it
    push, pop, clear_texts = kinds.append, kinds.pop, texts.clear
    # What the quick paths compare names with in each scope, learnt from the elements met there:
    # how a row's cell, a cell's Data and ss:Type are written, and the attributes a cell has
    # been seen alone with that neither move nor merge it.
    spelled: dict[Resolved, list[Any]] = {scope: ["", "", "", set()]}
    scopes: list[Resolved] = []  # around each open element declaring namespaces
    cell_name, data_name, type_name, plain = spelled[scope]
    outer_rows: list[tuple[Any, ...]] = []  # for each open row: what it put aside, its marks
    open_sheets: list[tuple[dict[str, str], int]] = []  # attributes, mark in `texts`
    visibles: list[list[Any]] = []  # [mark in `texts`, own text once a child starts]
    pending: list[tuple[int, int, int]] = []  # merges of the open rows: column, down, across
    moments: dict[str, Cell] = {}  # DateTime texts read, and their values
    # The worksheet being read.
    rows: list[list[Cell]] = []
    merged: list[Merged] = []
    hidden = False
    next_row = 0
    # The row being read, and the Data being read in it.
    values: list[Cell] = []
    row_attrs: dict[str, str] = {}
    col = slot = 0  # the next cell's column; the column of the cell being read
    kind_of_data: str | None = None
    mark = 0  # where the Data's text starts in `texts`

    # The hot handlers refer to as few of these names as they can: a call copies every name
    # a function refers to from around it, and clears it after.
    def start(name: str, attributes: list[str]) -> None:
        nonlocal top, col, slot, kind_of_data, mark
        parent = top
        if parent == ROW and name == cell_name and (
                not attributes or len(attributes) == 2 and attributes[0] in plain):
            slot = col
            col += 1
            push(ROW)
            top = CELL
            return
        if parent == CELL and name == data_name and (
                not attributes or len(attributes) == 2 and attributes[0] == type_name):
            mark = len(texts)
            kind_of_data = attributes[1] if attributes else None
            push(TAKEN)  # the cell's first Data is taken, a later one is not
            top = DATA
            return
        opened(name, attributes, parent)

    def opened(name: str, attributes: list[str], parent: int) -> None:
        """Any element but a usual cell or Data."""
        nonlocal top, col, slot, kind_of_data, mark, values, row_attrs
        nonlocal scope, cell_name, data_name, type_name, plain
        resolved, attrs, inner = scope.open(name, attributes)
        flag = SCOPED if parent >= SCOPED else 0
        parent -= flag
        kind = kind_of(resolved, OTHER)
        if kind == CELL and parent == ROW:
            if attrs:
                col = index_of(attrs, col)
                across, down = count_of(attrs, "MergeAcross"), count_of(attrs, "MergeDown")
                if across or down:
                    pending.append((col, down, across))
            else:
                across = 0
            slot = col
            col += across + 1
            if inner is scope:
                cell_name = spelled[scope][0] = name
                if len(attrs) == 1 and not attrs.keys() & PLACING:
                    plain.add(attributes[0])
        elif kind == DATA and parent == CELL:
            mark = len(texts)
            kind_of_data = attrs.get(_TYPE) or attrs.get("Type")
            parent = TAKEN
            if inner is scope:
                data_name = spelled[scope][1] = name
                if len(attrs) == 1 and attrs.keys() <= TYPES:
                    type_name = spelled[scope][2] = attributes[0]
        else:
            kind = kind if kind >= ROW else OTHER
            if parent == VISIBLE:  # a Visible's own text is what comes before its first child
                own = visibles[-1]
                own[1] = "".join(texts[own[0]:])
                parent = SEEN
            elif parent == DOCUMENT:
                book.root = resolved
            if kind == ROW:
                outer_rows.append((values, row_attrs, col, slot, kind_of_data, mark,
                                   len(texts), len(pending)))
                values, row_attrs, col = [], attrs, 0
            elif kind == SHEET:
                open_sheets.append((attrs, len(texts)))
            elif kind == VISIBLE:
                visibles.append([len(texts), None])
        push(parent + flag)
        if inner is not scope:
            scopes.append(scope)
            scope = inner
            if inner not in spelled:
                spelled[inner] = ["", "", "", set()]
            cell_name, data_name, type_name, plain = spelled[inner]
            kind += SCOPED
        top = kind

    def end(_name: str) -> None:
        nonlocal top
        kind = top
        top = pop()
        if kind <= TAKEN:
            return
        if kind >= SCOPED:
            kind = unscoped(kind)
            if kind <= TAKEN:
                return
        if kind == DATA:
            text = texts[mark] if len(texts) == mark + 1 else "".join(texts[mark:])
            if not text:
                return
            value: Cell
            if kind_of_data == "String":
                value = text
            elif kind_of_data == "Number":
                try:
                    value = float(text)
                except ValueError:
                    value = text
            elif kind_of_data == "DateTime":
                value = moments.get(text)
                if value is None:
                    if len(moments) >= DATES_KEPT:
                        moments.clear()
                    value = moments[text] = xml_datetime(text)
            else:
                value = xml_value(text, kind_of_data)
            n = len(values)
            if slot == n:
                values.append(value)
            elif slot < n:
                values[slot] = value
            else:
                values.extend([None] * (slot - n))
                values.append(value)
        else:
            closed(kind)

    def unscoped(kind: int) -> int:
        """An element declaring namespaces ends: the scope around it is back."""
        nonlocal scope, cell_name, data_name, type_name, plain
        scope = scopes.pop()
        cell_name, data_name, type_name, plain = spelled[scope]
        return kind - SCOPED

    def closed(kind: int) -> None:
        """A row, worksheet or Visible ends."""
        nonlocal rows, merged, hidden, next_row
        nonlocal values, row_attrs, col, slot, kind_of_data, mark
        if kind == ROW:
            attrs = row_attrs
            r = index_of(attrs, next_row) if attrs else next_row
            if r == len(rows):
                rows.append(values)
            else:
                _place(rows, r, values)
            outer = outer_rows.pop()
            if len(pending) > outer[7]:
                merged.extend((r, c, r + down, c + across)
                              for c, down, across in pending[outer[7]:])
                del pending[outer[7]:]
            next_row = r + 1 + (count_of(attrs, "Span") if attrs else 0)
            if outer_rows:
                del texts[outer[6]:]
            else:
                clear_texts()
            values, row_attrs, col, slot, kind_of_data, mark = outer[:6]
        elif kind == SHEET:
            attrs, text_mark = open_sheets.pop()
            del texts[text_mark:]
            name = attribute(attrs, "Name") or f"Sheet{len(book.sheets) + 1}"
            book.sheets.append(RawSheet(name, rows, hidden, merged))
            rows, merged, hidden, next_row = [], [], False, 0
        else:  # a Visible
            text_mark, own = visibles.pop()
            if own is None:
                own = "".join(texts[text_mark:])
            hidden = hidden or own.strip() in HIDDEN_STATES

    return start, end


def _place(rows: list[list[Cell]], r: int, values: list[Cell]) -> None:
    """A row given an ss:Index behind (or far ahead of) the rows read so far."""
    while len(rows) <= r:
        rows.append([])
    row = rows[r]
    for c, value in enumerate(values):
        if value is not None:
            row.extend([None] * (c + 1 - len(row)))
            row[c] = value
