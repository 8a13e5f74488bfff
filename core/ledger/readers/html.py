"""HTML tables saved under an ``.xls`` name, as ERP and OA systems export them.

Parsed with the standard library's tolerant parser, since exports omit end tags and mix
encodings; each table with any text becomes a sheet, spans laid out as a browser does. An
export is mostly bare ``<td>``/``</td>`` pairs: those are taken on a short path that does what
the parser would (the rest of the markup goes the parser's own way), and line numbers, which
nothing here reads, are not counted. The text is fed a block at a time, with progress.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from core.ledger.readers.sheets import Cell, Merged, RawSheet, decode_text

MAX_COLSPAN = 1000  # the HTML limit; a bigger number is a broken export, not a wider table
BLOCK = 1 << 20  # characters fed to the parser at a time
# Tags without attributes, as exports write them; taken without the parser's general path.
PLAIN_START = {f"<{tag}>": tag for tag in ("td", "tr", "th")}
PLAIN_END = {f"</{tag}>": tag for tag in ("td", "tr", "th")}
CHARSET = re.compile(rb"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)


def read(path: Path, data: bytes, progress: Callable[[float], None] | None = None
         ) -> tuple[list[RawSheet], str]:
    """Each table with any text becomes a sheet: the first named after the file, the next
    "Table 2", "Table 3"... Numbers stay text; the normaliser decides what they mean."""
    declared = CHARSET.search(data[:4096])
    text, encoding = decode_text(path, data, declared.group(1).decode("ascii") if declared
                                 else None)
    parser = _TableParser()
    for start in range(0, len(text), BLOCK):
        parser.feed(text[start:start + BLOCK])
        if progress is not None:
            progress(min(start + BLOCK, len(text)) / len(text))
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
        if self._cell is not None:
            self.end_cell()
        if self._row is None:
            self.start_row()
        self._cell, self._span = [], (colspan, rowspan)

    def end_cell(self) -> None:
        cell = self._cell
        if cell is not None and self._row is not None:
            self._row.append((" ".join("".join(cell).split()), *self._span))
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
            if active:
                active = [span for span in active if span[0] >= r]
            if not active and all(cell[1] == cell[2] == 1 for cell in cells):
                grid.append([text or None for text, _, _ in cells])  # one cell, one column
                continue
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

    def updatepos(self, i: int, j: int) -> int:
        """Line numbers and offsets are for error messages; nothing here reads them."""
        return j

    def parse_starttag(self, i: int) -> int:
        """<td>, <tr> and <th> as written: what the parser's general path would do with them
        (which ends in handle_starttag)."""
        text = self.rawdata[i:i + 4]
        tag = PLAIN_START.get(text)
        if tag is None:
            return super().parse_starttag(i)
        self._HTMLParser__starttag_text = text
        self.lasttag = tag
        if self._open:
            if tag == "tr":
                self._open[-1].start_row()
            else:
                self._open[-1].start_cell(1, 1)
        return i + 4

    def parse_endtag(self, i: int) -> int:
        """</td>, </tr> and </th> outside a script or style (so the parser is in its normal
        mode already): as the general path takes them (which ends in handle_endtag)."""
        tag = PLAIN_END.get(self.rawdata[i:i + 5])
        if tag is None or self.cdata_elem is not None:
            return super().parse_endtag(i)
        if self._open:
            if tag == "tr":
                self._open[-1].end_row()
            else:
                self._open[-1].end_cell()
        return i + 5

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._open:
            if tag == "table":
                self.tables.append(_Table())
                self._open.append(self.tables[-1])
            return
        if tag in ("td", "th"):
            spans = dict(attrs) if attrs else {}
            colspan = min(max(_span(spans.get("colspan")), 1), MAX_COLSPAN) if attrs else 1
            self._open[-1].start_cell(colspan, _span(spans.get("rowspan")) if attrs else 1)
        elif tag == "tr":
            self._open[-1].start_row()
        elif tag == "table":
            self.tables.append(_Table())
            self._open.append(self.tables[-1])
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
            cell = self._open[-1]._cell
            if cell is not None:
                cell.append(data)

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
