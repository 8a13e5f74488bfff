"""The texts of a tab's first rows, read without calamine, for a tab left unread for an entry
far beyond its contents (core.ledger.readers.extent): a hidden 备用 is passed over, but a
hidden 出口台账 whose header is a ledger's holds orders (core.ledger.unread_tabs), and passing
it over lost Bravo's 15,000 without a word (rv39c F1). Each format's own records: an .xls's
BIFF8 (its shared strings and LABELSST / LABEL cells), an .xlsb's (BrtCellIsst / BrtCellSt),
an xlsx's XML (openpyxl, reading only the rows asked for), an .ods's content.xml. Texts only:
a header is found by its words. None where the tab cannot be read so."""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from html import unescape
from pathlib import Path

# where a header is looked for (core.ledger.layout.HEADER_SEARCH_ROWS, 30) and rows under the
# last of them: whether a header on row 30 has a customer's order under it (template_tabs)
HEAD_ROWS = 40
HEAD_COLUMNS = 64

Head = list[list[str | None]]
_SST, _CONTINUE, _LABELSST, _LABEL, _EOF = 0x00FC, 0x003C, 0x00FD, 0x0204, 0x000A


def _put(head: Head, row: int, column: int, text: str) -> None:
    if row < HEAD_ROWS and column < HEAD_COLUMNS:
        line = head[row]
        line.extend([None] * (column + 1 - len(line)))
        line[column] = text


def xls_head(stream: bytes, at: int) -> Head:
    """The texts of an .xls sheet's first rows, from its BOF at `at` to its EOF."""
    head: Head = [[] for _ in range(HEAD_ROWS)]
    strings: list[str] | None = None
    unpack, end = struct.unpack_from, len(stream) - 3
    while at < end:
        kind, length = unpack("<HH", stream, at)
        if kind == _EOF:
            break
        if kind in (_LABELSST, _LABEL):
            row, column = unpack("<HH", stream, at + 4)
            if row < HEAD_ROWS and column < HEAD_COLUMNS:
                if kind == _LABELSST:
                    strings = xls_strings(stream) if strings is None else strings
                    index = unpack("<I", stream, at + 10)[0]
                    text = strings[index] if index < len(strings) else ""
                else:
                    count, wide = unpack("<HB", stream, at + 10)
                    raw = stream[at + 13:at + 13 + count * (2 if wide & 1 else 1)]
                    text = raw.decode("utf-16-le" if wide & 1 else "latin-1", "replace")
                _put(head, row, column, text)
        at += 4 + length
    return head


def xls_strings(stream: bytes) -> list[str]:
    """The workbook's shared strings (SST and its CONTINUE records: a string's characters
    carry on in the next record after a byte saying their width)."""
    at, parts = 0, list[bytes]()
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        if parts and kind != _CONTINUE:
            break
        if kind == _SST or parts:
            parts.append(stream[at + 4:at + 4 + length])
        at += 4 + length
    if not parts:
        return []
    reader = _Parts(parts)
    count = struct.unpack("<I", reader.take(8)[4:])[0]
    found = []
    for _ in range(count):
        chars, flags = struct.unpack("<HB", reader.take(3))
        runs = struct.unpack("<H", reader.take(2))[0] if flags & 8 else 0
        extra = struct.unpack("<I", reader.take(4))[0] if flags & 4 else 0
        found.append(reader.chars(chars, flags & 1))
        reader.take(4 * runs + extra)
    return found


class _Parts:
    def __init__(self, parts: list[bytes]) -> None:
        self.parts, self.part, self.at = parts, 0, 0

    def take(self, count: int) -> bytes:
        out = b""
        while len(out) < count:
            if self.at >= len(self.parts[self.part]):
                self.part, self.at = self.part + 1, 0
            piece = self.parts[self.part][self.at:self.at + count - len(out)]
            out, self.at = out + piece, self.at + len(piece)
        return out

    def chars(self, count: int, wide: int) -> str:
        text = ""
        while count:
            if self.at >= len(self.parts[self.part]):  # a CONTINUE: its first byte the width
                self.part, self.at = self.part + 1, 1
                wide = self.parts[self.part][0] & 1
            width = 2 if wide else 1
            taken = min(count, (len(self.parts[self.part]) - self.at) // width)
            raw = self.parts[self.part][self.at:self.at + taken * width]
            text += raw.decode("utf-16-le" if wide else "latin-1", "replace")
            self.at, count = self.at + taken * width, count - taken
        return text


def xlsb_head(records: Iterable[tuple[int, int, bytes]], strings: list[str]) -> Head:
    """The texts of an .xlsb sheet's first rows: (record type, body start, data) in order."""
    head: Head = [[] for _ in range(HEAD_ROWS)]
    row = 0
    for kind, start, data in records:
        if kind == 0x00:  # BrtRowHdr
            row = struct.unpack_from("<I", data, start)[0]
            if row >= HEAD_ROWS:
                break
        elif kind in (0x06, 0x07):  # BrtCellSt, BrtCellIsst
            column = struct.unpack_from("<I", data, start)[0]
            if kind == 0x07:
                index = struct.unpack_from("<I", data, start + 8)[0]
                text = strings[index] if index < len(strings) else ""
            else:
                text = _wide(data, start + 8)
            _put(head, row, column, text)
    return head


def _wide(data: bytes, at: int) -> str:
    count = struct.unpack_from("<I", data, at)[0]
    return data[at + 4:at + 4 + 2 * count].decode("utf-16-le", "replace")


def xlsb_strings(records: Iterable[tuple[int, int, int, bytes]]) -> list[str]:
    """sharedStrings.bin's BrtSSTItem texts (a flags byte, then the text)."""
    return [_wide(data, start + 1) for kind, start, _, data in records if kind == 0x13]


def xlsx_head(path: Path, sheet: str) -> Head | None:
    import openpyxl  # only for such a tab: its first rows, read as a stream

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            rows = book[sheet].iter_rows(max_row=HEAD_ROWS, max_col=HEAD_COLUMNS,
                                         values_only=True)
            return [[v if isinstance(v, str) else None for v in row] for row in rows]
        finally:
            book.close()
    except Exception:  # noqa: BLE001 - a tab that cannot be read so is judged by its name
        return None


_ROW = re.compile(rb"<table:table-row(?![\w-])[^>]*?(/>|>(.*?)</table:table-row>)", re.DOTALL)
_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/>|>(.*?)</table:"
                   rb"(?:covered-)?table-cell>)", re.DOTALL)
_REPEATED = re.compile(rb'table:number-(?:rows|columns)-repeated="(\d+)"')
_TAG = re.compile(rb"<[^>]*>")


def ods_head(xml: bytes, start: int, end: int) -> Head:
    """The texts of an .ods table's first rows, its XML from `start` to `end`."""
    head: Head = [[] for _ in range(HEAD_ROWS)]
    row = 0
    for found in _ROW.finditer(xml, start, end):
        if row >= HEAD_ROWS:
            break
        column = 0
        for cell in _CELL.finditer(found[2] or b""):
            repeated = _REPEATED.search(cell[1])
            text = unescape(_TAG.sub(b"", cell[3] or b"").decode("utf-8", "replace")).strip()
            if text:
                _put(head, row, column, text)
            column += min(int(repeated[1]), HEAD_COLUMNS) if repeated else 1
        repeated = _REPEATED.search(found[0][:found[0].find(b">")])
        row += int(repeated[1]) if repeated else 1
    return head
