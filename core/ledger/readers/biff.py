"""What calamine does not say of a legacy .xls sheet: its hidden rows and its Excel errors.

calamine reads a cell showing an Excel error (#N/A from a lookup that found nothing, #REF!
after a row it named was deleted) as empty, and gives no row's state: in an xlsx the sheet's
XML says both (core.ledger.readers.formulas), and an .xls said neither, so a received figure
#DIV/0! left its buyer unpaid without a word, and a hidden row was read unsaid. The .xls
(BIFF8 inside an OLE compound file) says them in its records: a ROW record's fDyZero bit (the
row hidden), a BOOLERR record's error, a FORMULA record's cached error result; and a date
typed as a month (2025年4月: the 1st, its cell's XF naming a FORMAT of the month alone) is read
as the month, as an xlsx's is (formulas.shown_months). The file is
walked record by record on the read-ahead thread (a sheet's records a few hundred thousand at
most: 65,536 rows). Nothing where the file cannot be walked: calamine read it, or refused it.
"""

from __future__ import annotations

import struct
from pathlib import Path

from core.ledger.readers.extent import STRAY_CELLS, column_letters, stray
from core.ledger.readers.formulas import Cells, month_ids
from core.ledger.readers.sheets import damaged, read_bytes
from core.ledger.readers.tab_heads import Head, xls_head

_END, _FREE = 0xFFFFFFFE, 0xFFFFFFFF
_BOUNDSHEET, _FILEPASS, _EOF = 0x0085, 0x002F, 0x000A
_ROW, _BOOLERR, _FORMULA = 0x0208, 0x0205, 0x0006
_DIMENSIONS, _MULRK = 0x0200, 0x00BD
_NUMBER, _RK, _FORMAT, _XF = 0x0203, 0x027E, 0x041E, 0x00E0
_DATED = frozenset({_NUMBER, _RK, _MULRK})  # a number's cells, a date among them
_LOOKED_AT = frozenset({_EOF, _ROW, _BOOLERR, _FORMULA, _DIMENSIONS})
# the records of cells holding something: NUMBER, RK, MULRK, LABELSST, LABEL, RSTRING, BOOLERR,
# FORMULA (a BLANK or MULBLANK is a formatted empty cell, which calamine does not build)
_VALUES = frozenset({0x0203, 0x027E, _MULRK, 0x00FD, 0x0204, 0x00D6, _BOOLERR, _FORMULA})
_HIDDEN_ROW = 0x20  # ROW's fDyZero
ERROR_CODES = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
               0x24: "#NUM!", 0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
MAX_CELLS = 10_000  # as formulas.MAX_CELLS: enough to say which

# errors, hidden row numbers, cells shown as a month alone (formulas.month_cells)
Found = tuple[dict[tuple[int, int], str], frozenset[int], Cells]
Walked = tuple[dict[tuple[int, int], str], frozenset[int], tuple[int, int, int] | None, Cells]


class Biff:
    """A .xls's sheets' Excel errors and hidden rows, by sheet name, and a sheet whose one
    far entry would cost more than its data (the file walked once, before calamine opens it:
    calamine builds every sheet of an .xls as it opens the file)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._sheets: dict[str, Walked] | None = None
        self._hidden: frozenset[str] = frozenset()
        self._stream = b""
        self._offsets: dict[str, tuple[int, bool]] = {}

    def head(self, sheet: str) -> Head | None:
        """The texts of the sheet's first rows (tab_heads), None where it cannot be walked."""
        self._walked()
        if sheet not in self._offsets:
            return None
        try:
            return xls_head(self._stream, self._offsets[sheet][0])
        except (ValueError, IndexError, struct.error):
            return None

    def scan(self, sheet: str) -> Found:
        """(cells showing an Excel error: (row number, column from A) -> its text, the
        numbers of the rows hidden, the cells shown as a month without its day) of the sheet;
        nothing where the file cannot be walked."""
        errors, hidden, _, months = self._walked().get(
            sheet, ({}, frozenset(), None, frozenset()))
        return errors, hidden, months

    def strays(self) -> dict[str, tuple[str, int, int]]:
        """The sheets whose far entry makes their grid mostly empty and large (extent.stray),
        each with that cell and the rows and columns calamine would build: calamine.open_stream
        refuses the file for one that may hold orders, and passes over a notes tab's."""
        found = {}
        for name, (_, _, reach, _) in self._walked().items():
            if reach is not None and stray(*reach):
                rows, columns, _ = reach
                found[name] = (f"{column_letters(columns - 1)}{rows}", rows, columns)
        return found

    def hidden_tabs(self) -> frozenset[str]:
        """The names of the tabs hidden in the workbook (BOUNDSHEET's hsState)."""
        self._walked()
        return self._hidden

    def _walked(self) -> dict[str, Walked]:
        if self._sheets is None:
            try:
                stream = workbook_stream(self.path.read_bytes())
                offsets, months = _globals(stream)
                self._stream, self._offsets = stream, offsets
                self._sheets = {name: _walk(stream, at, months)
                                for name, (at, _) in offsets.items()}
                self._hidden = frozenset(name for name, (_, hidden) in offsets.items() if hidden)
            except LoopedSectors as exc:
                raise damaged(self.path, exc) from exc
            except (OSError, ValueError, IndexError, KeyError, struct.error):
                self._sheets = {}
        return self._sheets


class LoopedSectors(ValueError):
    """A list of sectors longer than the file has sectors: damage (a DIF sector naming itself
    as the next, its header claiming 2^31 of them, grew the list until MemoryError)."""


def workbook_stream(data: bytes) -> bytes:
    """The OLE file's "Workbook" stream (BIFF8), b"" where it has none; LoopedSectors where
    its list of the FAT's sectors loops."""
    return b"".join(data[at:at + size] for at, size in stream_places(data))


def stream_places(data: bytes) -> list[tuple[int, int]]:
    """Where the "Workbook" stream's bytes lie in the OLE file, in order: (offset, length)."""
    shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    size, mini = 1 << shift, 1 << mini_shift
    fat_count, directory, _, cutoff, minifat, _, dif, dif_count = struct.unpack_from(
        "<IIIIIIII", data, 0x2C)
    fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _END]
    walked: set[int] = set()
    for _ in range(dif_count):  # the FAT's sectors beyond the header's 109
        if dif >= _END:
            break
        if dif in walked or len(walked) * size >= len(data):
            raise LoopedSectors(f"the list of the file's sectors loops at sector {dif}")
        walked.add(dif)
        listed = struct.unpack_from(f"<{size // 4}I", data, (dif + 1) * size)
        fat_sectors.extend(s for s in listed[:-1] if s < _END)
        dif = listed[-1]
    fat: list[int] = []
    for sector in fat_sectors[:fat_count]:
        fat.extend(struct.unpack_from(f"<{size // 4}I", data, (sector + 1) * size))

    def chain(start: int, table: list[int]) -> list[int]:
        found: list[int] = []
        while start < _END and len(found) <= len(table):
            found.append(start)
            start = table[start]
        return found

    def big(start: int) -> bytes:
        return b"".join(data[(s + 1) * size:(s + 2) * size] for s in chain(start, fat))

    entries = big(directory)
    root_start = struct.unpack_from("<I", entries, 116)[0]
    for at in range(0, len(entries) - 127, 128):
        length = struct.unpack_from("<H", entries, at + 64)[0]
        name = entries[at:at + max(length - 2, 0)].decode("utf-16-le", "replace")
        if entries[at + 66] != 2 or name != "Workbook":
            continue
        start, length = struct.unpack_from("<II", entries, at + 116)
        if length >= cutoff:
            places = [((s + 1) * size, size) for s in chain(start, fat)]
        else:
            table = list(struct.unpack(f"<{len(big(minifat)) // 4}I", big(minifat)))
            root = chain(root_start, fat)
            places = [((root[s * mini // size] + 1) * size + s * mini % size, mini)
                      for s in chain(start, table) if s * mini // size < len(root)]
        return _cut(places, length)
    return []


def _cut(places: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The places up to the stream's length (its last sector filled only so far)."""
    cut = []
    for at, size in places:
        if length <= 0:
            break
        cut.append((at, min(size, length)))
        length -= size
    return cut


def without_cells(path: Path, emptied: set[str], copy: Path) -> None:
    """A copy of the .xls whose `emptied` sheets hold no cell calamine builds (their cells'
    and DIMENSIONS records renamed to a record no reader knows, in place): calamine builds
    every sheet as it opens an .xls, so a tab the clerk did not choose (--sheet) with a far
    entry cost its grid (eight hidden 备用 at IV65536: 4.2 GB), and counted to the cap,
    refused the file for tabs not asked for."""
    data = bytearray(read_bytes(path))
    places = stream_places(bytes(data))
    stream = bytearray(b"".join(data[at:at + size] for at, size in places))
    offsets, _ = _globals(bytes(stream))
    for name in emptied:
        if name in offsets:
            _unnamed(stream, offsets[name][0])
    done = 0
    for at, size in places:
        data[at:at + size] = stream[done:done + size]
        done += size
    copy.write_bytes(bytes(data))


_UNKNOWN = b"\xff\x7f"  # a record type BIFF8 does not define: skipped by every reader


def _unnamed(stream: bytearray, at: int) -> None:
    """The sheet's cells' and DIMENSIONS records from `at` to its EOF renamed _UNKNOWN."""
    end = len(stream) - 3
    while at < end:
        kind = stream[at] | stream[at + 1] << 8
        if kind == _EOF:
            break
        if kind in _VALUES or kind == _DIMENSIONS:
            stream[at:at + 2] = _UNKNOWN
        at += 4 + (stream[at + 2] | stream[at + 3] << 8)


def _globals(stream: bytes) -> tuple[dict[str, tuple[int, bool]], frozenset[int]]:
    """Each worksheet's name -> where its records start and whether it is hidden (BOUNDSHEET,
    BIFF8 names), and the cell formats (XF records' places) showing a date as its month
    alone (yyyy"年"m"月", mmm-yy: formulas.month_format); none in a workbook encrypted with a
    password (FILEPASS: its records' contents are not readable, and calamine refuses it with
    its own words)."""
    found, at = {}, 0
    codes: list[tuple[int, str]] = []
    formats: list[int] = []
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        if kind == _FILEPASS:
            return {}, frozenset()
        if kind == _FORMAT:
            number, count, wide = struct.unpack_from("<HHB", stream, at + 4)
            code = stream[at + 9:at + 9 + count * (2 if wide & 1 else 1)]
            codes.append((number, code.decode("utf-16-le" if wide & 1 else "latin-1",
                                              "replace")))
        elif kind == _XF:
            formats.append(struct.unpack_from("<H", stream, at + 6)[0])
        elif kind == _BOUNDSHEET:
            start, state, sheet_type, count, wide = struct.unpack_from("<IBBBB", stream, at + 4)
            raw = stream[at + 12:at + 12 + count * (2 if wide & 1 else 1)]
            name = raw.decode("utf-16-le" if wide & 1 else "latin-1")
            if sheet_type == 0:
                found[name] = start, bool(state & 3)
        elif kind == _EOF:
            break
        at += 4 + length
    months = month_ids(codes)
    return found, frozenset(index for index, number in enumerate(formats) if number in months)


def _walk(stream: bytes, at: int, months: frozenset[int] = frozenset()) -> Walked:
    """The sheet's error cells and hidden rows, from its BOF to its EOF: the records' headers
    read byte by byte (faster than struct at a million cells), only a few looked into; and
    where its DIMENSIONS claim more than extent.STRAY_CELLS, how far its cells holding
    something reach and how many there are (extent.stray); where the workbook has formats
    showing a month alone (`months`, their XF places), its numbers' cells in them, a FORMULA
    whose saved result is a number among them (=DATE(2025,4,1) from a lookup, shown as
    2025年4月, was read as the 1st without a word: rv39c F4)."""
    errors: dict[tuple[int, int], str] = {}
    hidden: set[int] = set()
    shown: set[tuple[int, int]] = set()
    looked = _LOOKED_AT | _DATED if months else _LOOKED_AT
    unpack, end = struct.unpack_from, len(stream) - 3
    reach: list[int] | None = None  # last row, last column, cells holding something
    while at < end:
        kind = stream[at] | stream[at + 1] << 8
        if reach is not None and kind in _VALUES:
            row, column = unpack("<HH", stream, at + 4)
            if kind == _MULRK:  # its last column closes the record
                column = unpack("<H", stream, at + 2 + (stream[at + 2] | stream[at + 3] << 8))[0]
            reach[0], reach[1] = max(reach[0], row + 1), max(reach[1], column + 1)
            reach[2] += 1
        if kind in looked:
            if kind == _EOF:
                break
            if kind == _DIMENSIONS:
                rows, columns = unpack("<I", stream, at + 8)[0], unpack("<H", stream, at + 14)[0]
                if rows * columns > STRAY_CELLS:
                    reach = [0, 0, 0]
            elif kind == _ROW and stream[at + 16] & _HIDDEN_ROW:
                hidden.add(unpack("<H", stream, at + 4)[0] + 1)
            elif kind in _DATED or kind == _FORMULA and months \
                    and stream[at + 16:at + 18] != b"\xff\xff":  # a number its result
                shown.update(_month_cells(stream, at, kind, months))
            elif len(errors) < MAX_CELLS and (
                    kind == _BOOLERR and stream[at + 11] == 1
                    or kind == _FORMULA and stream[at + 10] == 2
                    and stream[at + 16:at + 18] == b"\xff\xff"):
                row, column = unpack("<HH", stream, at + 4)
                errors[(row + 1, column)] = ERROR_CODES.get(
                    stream[at + (10 if kind == _BOOLERR else 12)], "#N/A")
        at += 4 + (stream[at + 2] | stream[at + 3] << 8)
    return errors, frozenset(hidden), None if reach is None else (reach[0], reach[1], reach[2]), \
        frozenset(shown)


def _month_cells(stream: bytes, at: int, kind: int, months: frozenset[int]
                 ) -> list[tuple[int, int]]:
    """(row number, column from A) of a NUMBER's, RK's or MULRK's cells in a month's format."""
    row, column = struct.unpack_from("<HH", stream, at + 4)
    if kind != _MULRK:
        return [(row + 1, column)] if struct.unpack_from("<H", stream, at + 8)[0] in months \
            else []
    length = stream[at + 2] | stream[at + 3] << 8
    return [(row + 1, column + index) for index in range((length - 6) // 6)
            if struct.unpack_from("<H", stream, at + 8 + 6 * index)[0] in months]
