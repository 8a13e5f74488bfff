"""HTML tables saved under an ``.xls`` name, as ERP and OA systems export them.

Parsed with the standard library's tolerant parser, since exports omit end tags and mix
encodings; each table with any text becomes a sheet, spans laid out as a browser does
(:mod:`html_table`). While the parser is idle, plain rows and runs of bare row and cell tags,
most of an export, go to the table straight (:meth:`html_table.Table.take_rows`,
:meth:`~html_table.Table.take_plain`), which does what the parser's handlers would, ten times
faster; everything else goes to the parser, which keeps a short path for bare tags. Line
numbers, which nothing here reads, are not counted. Progress is reported a block of text at a
time, inside a table too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from core.ledger.readers.html_table import PLAIN_ROWS, PLAIN_RUN, Table
from core.ledger.readers.sheets import RawSheet, decode_text

MAX_COLSPAN = 1000  # the HTML limit; a bigger number is a broken export, not a wider table
BLOCK = 1 << 20  # characters taken at a time (progress), or fed while the parser waits
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
    parser = _parse(text, progress)
    sheets: list[RawSheet] = []
    for table in parser.tables:
        rows, merged = table.grid()
        if any(value is not None for row in rows for value in row):
            name = path.stem if not sheets else f"Table {len(sheets) + 1}"
            sheets.append(RawSheet(name, rows, merged=merged))
    return sheets, encoding


def _parse(text: str, progress: Callable[[float], None] | None) -> _TableParser:
    """Plain rows and runs to the table while the parser is idle (:class:`_Steps`), the rest
    to the parser; progress a block at a time."""
    steps = _Steps(text)
    size, at, reported = len(text), 0, 0
    while at < size:
        at = steps.step(at)
        if progress is not None and at - reported >= BLOCK:
            reported = at
            progress(at / size)
    steps.parser.close()
    if progress is not None:
        progress(1.0)
    return steps.parser


class _Steps:
    """While the parser is idle: a block of plain rows (:data:`PLAIN_ROWS`) taken at once,
    else a row's bare tags and text (:data:`PLAIN_RUN`) a tag at a time. Other markup goes to
    the parser with the rest of its row (its own loop takes a row of cells with attributes
    faster than steps here would), a character reference with its text; while the parser
    waits for the rest of something (a script, a comment, a tag cut in two) it is fed a block,
    so that a long one is not scanned again at every piece. No step looks further than a
    block ahead."""

    def __init__(self, text: str) -> None:
        self.parser, self.text, self.size = _TableParser(), text, len(text)
        self._row_end = self._looked_to = 0  # the next "</tr>"'s end, how far it was looked for

    def step(self, at: int) -> int:
        """Take what comes at `at`; where the next step starts."""
        parser, text = self.parser, self.text
        if parser.rawdata or parser.cdata_elem is not None:
            return self._feed(at, at + BLOCK)
        rows = PLAIN_ROWS.match(text, at, at + BLOCK)  # a block at a time: progress between
        if rows is not None:
            parser.take_rows(text[at:rows.end()])
            return rows.end()
        row_end = self._next_row_end(at)
        plain = PLAIN_RUN.match(text, at, at + BLOCK if row_end < 0 else row_end)
        if plain is not None:  # a run ends with its row: plain rows may follow
            parser.take_plain(text[at:plain.end()])
            return plain.end()
        if text.startswith("&", at):
            following = text.find("<", at)
            return self._feed(at, self.size if following < 0 else following)
        return self._feed(at, at + BLOCK if row_end < 0 else row_end)

    def _feed(self, at: int, end: int) -> int:
        end = min(end, self.size)
        self.parser.feed(self.text[at:end])
        return end

    def _next_row_end(self, at: int) -> int:
        """Where the row open at `at` ends (after its "</tr>"), or -1: none within a block.
        Each stretch of text is looked through once, however many steps ask."""
        if self._row_end <= at:
            start, stop = max(at, self._looked_to), at + BLOCK
            found = self.text.find("</tr>", start, stop) if start < stop else -1
            if found >= 0:
                self._row_end = self._looked_to = found + 5
            else:
                self._row_end, self._looked_to = -1, max(start, stop - 4)  # one may straddle
        return self._row_end if self._row_end > at else -1


class _TableParser(HTMLParser):
    """Collects every <table>; a nested table becomes a table of its own, not cell text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self._open: list[Table] = []

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

    def take_rows(self, block: str) -> None:
        """A block of plain rows (:data:`PLAIN_ROWS`)."""
        self._last_start(block)
        if self._open:
            self._open[-1].take_rows(block)

    def _last_start(self, run: str) -> None:
        """The last start tag of a run, as the parser would have remembered it."""
        last = run.rfind("<")
        while last >= 0 and run[last + 1] == "/":
            last = run.rfind("<", 0, last)
        if last >= 0:
            self.lasttag, self._HTMLParser__starttag_text = (
                run[last + 1:last + 3].lower(), run[last:last + 4])

    def take_plain(self, run: str) -> None:
        """A run of bare row and cell tags and text (:data:`PLAIN_RUN`)."""
        self._last_start(run)
        if self._open:
            self._open[-1].take_plain(run)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._open:
            if tag == "table":
                self.tables.append(Table())
                self._open.append(self.tables[-1])
            return
        if tag in ("td", "th"):
            spans = dict(attrs) if attrs else {}
            colspan = min(max(_span(spans.get("colspan")), 1), MAX_COLSPAN) if attrs else 1
            self._open[-1].start_cell(colspan, _span(spans.get("rowspan")) if attrs else 1)
        elif tag == "tr":
            self._open[-1].start_row()
        elif tag == "table":
            self.tables.append(Table())
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
