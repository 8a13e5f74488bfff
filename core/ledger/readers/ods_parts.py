"""What an .ods's XML says before calamine reads it: how far each sheet's cells reach,
its hidden rows and its hidden tabs.

An entry far below or right of an .ods ledger (a cell LibreOffice writes after a million rows
"repeated") had calamine build a grid to it as it opened the file: 46.8 s and 4.3 GB for one
cell at BH1000000, 17.6 s and 1.2 GB at IV65536; beyond that the allocator aborts the process,
as it did for an xlsx before core.ledger.readers.extent. A sheet beyond MAX_SHEET_CELLS, or
whose far entry leaves its grid mostly empty (extent.stray), is named as an xlsx's is (its
last cell, Ctrl+End), the file refused before calamine opens it.
A row folded away or filtered out (table:visibility) is read as any other, its count said
(core.ledger.hidden_parts), as an xlsx's and an .xls's are. content.xml is looked at once,
by patterns at C speed and a step per row.
"""

from __future__ import annotations

import re
import zipfile
from html import unescape
from pathlib import Path

from core.ledger.readers.extent import MAX_SHEET_CELLS, column_letters, stray
from core.ledger.readers.ods_months import Cells, month_cells, month_styles
from core.ledger.readers.tab_heads import Head, ods_head

_TABLE = re.compile(rb'<table:table\b[^>]*?\btable:name="([^"]*)"[^>]*>')
_ROW = re.compile(rb"<table:table-row(?![\w-])([^>]*?)(/?)>")  # not a <table:table-row-group>
_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="(\d+)"')
_COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated="(\d+)"')
_HIDDEN = re.compile(rb'table:visibility="(?:collapse|filter)"')
_TABLE_STYLE = re.compile(rb'\btable:style-name="([^"]*)"')
# a table style hiding its tab (Format > Sheet > Hide): its name
_HIDING_STYLE = re.compile(rb'<style:style\b[^>]*?\bstyle:name="([^"]*)"[^>]*?>'
                           rb'(?:(?!</style:style>).)*?\btable:display="false"', re.DOTALL)

MAX_HIDDEN = 100_000  # hidden rows counted: more than any ledger folds away
# a sheet's name -> (its last row and column holding something, how many cells do, its
# hidden rows holding some)
Extent = tuple[int, int, int, frozenset[int]]


class OdsParts:
    """An .ods's sheets' extents and hidden rows, read from content.xml when first asked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._sheets: dict[str, Extent] | None = None
        self._hidden: frozenset[str] = frozenset()
        self._months: dict[str, Cells] = {}

    def strays(self) -> dict[str, tuple[str, int, int]]:
        """The sheets beyond MAX_SHEET_CELLS or one far entry's (extent.stray: 17.6 s and
        1.2 GB for IV65536 under a ledger), each with its last cell and the rows and columns
        calamine would build (as extent.oversized says an xlsx's). calamine reads every sheet
        of an .ods as it opens the file, so one beyond the cap, even on a hidden or notes tab,
        is the file's (46.8 s and 4.3 GB for one cell at BH1000000): calamine.open_stream
        decides."""
        self._of("")
        found = {}
        for name, (rows, columns, valued, _) in (self._sheets or {}).items():
            if rows * columns > MAX_SHEET_CELLS or stray(rows, columns, valued):
                found[name] = (f"{column_letters(columns - 1)}{rows}", rows, columns)
        return found

    def hidden_tabs(self) -> frozenset[str]:
        """The names of the tabs hidden in the workbook (their table style's display)."""
        self._of("")
        return self._hidden

    def head(self, sheet: str) -> Head | None:
        """The texts of the sheet's first rows (tab_heads), None where it cannot be read."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                content = archive.read("content.xml")
        except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError, EOFError):
            return None
        for table in _TABLE.finditer(content):
            if unescape(table[1].decode("utf-8", "replace")) == sheet:
                end = content.find(b"</table:table>", table.end())
                return ods_head(content, table.end(), len(content) if end == -1 else end)
        return None

    def scan(self, sheet: str) -> tuple[frozenset[int], Cells]:
        """The numbers of the sheet's hidden rows that hold something, and its date cells shown
        as a month alone (core.ledger.readers.ods_months)."""
        return self._of(sheet)[3], self._months.get(sheet, frozenset())

    def _of(self, sheet: str) -> Extent:
        if self._sheets is None:
            try:
                with zipfile.ZipFile(self.path) as archive:
                    content = archive.read("content.xml")
                    shared = archive.read("styles.xml") \
                        if "styles.xml" in archive.namelist() else b""
                self._sheets, self._months = _sheets(content, shared)
                self._hidden = _hidden_tabs(content)
            except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError, EOFError):
                self._sheets = {}
        return self._sheets.get(sheet, (0, 0, 0, frozenset()))


def _sheets(xml: bytes, shared: bytes = b"") -> tuple[dict[str, Extent], dict[str, Cells]]:
    found, months = {}, {}
    styles = month_styles(xml, shared)
    for table in _TABLE.finditer(xml):
        end = xml.find(b"</table:table>", table.end())
        name = unescape(table[1].decode("utf-8", "replace"))
        found[name] = _extent(xml, table.end(), len(xml) if end == -1 else end)
        months[name] = month_cells(xml, table.end(), len(xml) if end == -1 else end, styles)
    return found, months


def _hidden_tabs(xml: bytes) -> frozenset[str]:
    """The tabs whose table style hides them, its styles looked for before the body."""
    body = xml.find(b"<office:body")
    hiding = {m[1] for m in _HIDING_STYLE.finditer(xml, 0, len(xml) if body == -1 else body)
              if b'style:family="table"' in m[0]}
    if not hiding:
        return frozenset()
    return frozenset(unescape(table[1].decode("utf-8", "replace"))
                     for table in _TABLE.finditer(xml)
                     if (style := _TABLE_STYLE.search(table[0])) and style[1] in hiding)


def _extent(xml: bytes, start: int, end: int) -> Extent:
    """The table's last row and column holding something, and its hidden such rows."""
    number = last_row = last_column = valued = 0
    hidden: set[int] = set()
    for row in _ROW.finditer(xml, start, end):
        repeated = _ROWS_REPEATED.search(row[1])
        count = int(repeated[1]) if repeated else 1
        if not row[2]:  # its cells, up to the row's end
            close = xml.find(b"</table:table-row>", row.end(), end)
            cells = xml[row.end():end if close == -1 else close]
            width = _width(cells)
            if width:
                last_row, last_column = number + count, max(last_column, width)
                valued += count * max(cells.count(b"office:value-type"), 1)
                if _HIDDEN.search(row[1]) and len(hidden) < MAX_HIDDEN:
                    hidden.update(range(number + 1, number + 1 + min(count, MAX_HIDDEN)))
        number += count
    return last_row, last_column, valued, frozenset(hidden)


def _width(cells: bytes) -> int:
    """How far the row's cells holding something reach (0: none does). A cell that is not
    empty (<table:table-cell/>) holds a value or text; a row without repeated cells is as wide
    as its cells, counted at C speed."""
    if b"<table:table-cell" not in cells:
        return 0
    if b"number-columns-repeated" not in cells:
        return cells.count(b"<table:table-cell") + cells.count(b"<table:covered-table-cell") \
            if b"office:value-type" in cells or b"<text:p" in cells else 0
    at = last = 0
    for cell in _CELL.finditer(cells):
        repeated = _COLUMNS_REPEATED.search(cell[1])
        count = int(repeated[1]) if repeated else 1
        if not cell[2] or b"office:value-type" in cell[1]:
            last = at + count
        at += count
    return last


def without_tables(path: Path, names: set[str], copy: Path) -> None:
    """The .ods written to `copy` with the tables `names` left without their rows: they are
    passed over, and calamine would build each one's grid to its far entry."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "content.xml":
                data = _emptied(data, names)
            out.writestr(info, data, compress_type=info.compress_type)


_EMPTY_ROW = b"<table:table-row><table:table-cell/></table:table-row>"


def _emptied(xml: bytes, names: set[str]) -> bytes:
    parts, at = [], 0
    for table in _TABLE.finditer(xml):
        end = xml.find(b"</table:table>", table.end())
        if end != -1 and unescape(table[1].decode("utf-8", "replace")) in names:
            parts += [xml[at:table.end()], _EMPTY_ROW]
            at = end
    return b"".join([*parts, xml[at:]])
