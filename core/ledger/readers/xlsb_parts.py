"""What calamine does not say of an .xlsb sheet: its Excel error cells, its hidden rows, and
an entry far beyond its ledger.

calamine reads a cell showing an Excel error (#N/A, #DIV/0!) as empty and gives no row's
state, so in an .xlsb a received figure #DIV/0! left its buyer unpaid without a word and a
hidden row was read unsaid, as they once were in an .xls; and it builds a sheet as one grid
to its last entry, so one cell at XFD1048576 had it ask for more memory than there is (the
process aborted), as an xlsx's did before core.ledger.readers.extent. The sheet's binary
records say all three: BrtRowHdr's fDyZero (the row hidden), BrtCellError (an error typed)
and BrtFmlaError (a formula's), BrtWsDim (the extent it claims), and each cell its column;
and a date typed as a month (2025年4月, the 1st) its XF, whose number format (styles.bin)
shows the month alone: read as the month, as an xlsx's (formulas.shown_months).
A sheet is walked once, record by record, on the read-ahead thread before calamine reads it.
Nothing where the parts cannot be read: calamine reads the file, or refuses it.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from core.ledger.readers.biff import ERROR_CODES, MAX_CELLS
from core.ledger.readers.extent import HEAD, MAX_SHEET_CELLS, STRAY_CELLS, column_letters, stray
from core.ledger.readers.formulas import MONTH_FORMATS, Cells, month_format, relation_targets
from core.ledger.readers.tab_heads import Head, xlsb_head, xlsb_strings

_ROW_HDR, _CELL_ERROR, _FMLA_ERROR, _WS_DIM, _END_DATA = 0x00, 0x03, 0x0B, 0x94, 0x92
_BUNDLE_SH, _FMT, _XF, _CELL_XFS, _END_CELL_XFS = 0x9C, 0x2C, 0x2F, 0x269, 0x26A
_NUMBERS = frozenset({0x02, 0x05, 0x09})  # BrtCellRk, BrtCellReal, BrtFmlaNum: a date among them
_ERRORS = (_CELL_ERROR, _FMLA_ERROR)
_VALUED = frozenset(range(0x02, 0x0C))  # BrtCellRk … BrtFmlaError: cells holding something
_HIDDEN_ROW = 0x10  # BrtRowHdr's byte 11: fDyZero
Found = TypeVar("Found")

# errors, hidden row numbers, (last row, last column, cells holding something), the claim,
# the cells shown as a month alone (formulas.month_cells)
Walked = tuple[dict[tuple[int, int], str], frozenset[int], tuple[int, int, int], int, Cells]
XFs = frozenset[int]  # the cell XFs showing a month alone


class XlsbParts:
    """An .xlsb's sheets' Excel errors, hidden rows and far entries, a sheet at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._parts: dict[str, str] | None = None
        self._months: XFs | None = None  # the XFs showing a month alone
        self._walked: dict[str, Walked] = {}

    def oversized(self, sheet: str) -> tuple[str, int, int] | None:
        """Its last cell and the grid calamine would build to it, for a sheet beyond
        MAX_SHEET_CELLS or whose far entry leaves it mostly empty (as extent.oversized says an
        xlsx's); else None. Only a sheet whose dimension (BrtWsDim, among its first records)
        claims more than STRAY_CELLS is walked whole for it, as an xlsx's is inflated: every
        sheet was walked before calamine read it (a 200,000-row tab 0.97 s, three times
        calamine's reading of it), those it reads anyway too."""
        claim = self._read(sheet, _claim)
        if claim is None or claim <= STRAY_CELLS:
            return None
        walked = self._walk(sheet)
        if walked is None:
            return None
        rows, columns, valued = walked[2]
        if rows * columns <= MAX_SHEET_CELLS and not stray(rows, columns, valued):
            return None
        return f"{column_letters(columns - 1)}{rows}", rows, columns

    def head(self, sheet: str) -> Head | None:
        """The texts of the sheet's first rows (tab_heads), None where it cannot be read."""
        return self._read(sheet, _head)

    def _read(self, sheet: str, read: Callable[[zipfile.ZipFile, str], Found]) -> Found | None:
        """What `read` finds in the sheet's part, None where it cannot be read."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                if self._parts is None:
                    self._parts = _sheet_parts(archive)
                part = self._parts.get(sheet)
                return None if part is None else read(archive, part)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError, EOFError,
                IndexError, struct.error):
            return None

    def scan(self, sheet: str) -> tuple[dict[tuple[int, int], str], frozenset[int], Cells]:
        """(cells showing an Excel error: (row number, column from A) -> its text, the
        numbers of the rows hidden, the cells shown as a month without its day)."""
        walked = self._walked.pop(sheet, None) or self._walk(sheet)
        return (walked[0], walked[1], walked[4]) if walked is not None \
            else ({}, frozenset(), frozenset())

    def _walk(self, sheet: str) -> Walked | None:
        if sheet not in self._walked:
            walked = self._read(sheet, self._records)
            if walked is None:
                return None
            self._walked[sheet] = walked
        return self._walked[sheet]

    def _records(self, archive: zipfile.ZipFile, part: str) -> Walked:
        if self._months is None:
            self._months = _month_styles(archive.read("xl/styles.bin")) \
                if "xl/styles.bin" in archive.namelist() else frozenset()
        return _records(archive.read(part), self._months)


def _start(archive: zipfile.ZipFile, part: str) -> bytes:
    """A sheet part's first records (its dimension, its first rows), never the whole part."""
    with archive.open(part) as handle:
        return handle.read(HEAD)


def _claim(archive: zipfile.ZipFile, part: str) -> int | None:
    """The cells of the grid the sheet's BrtWsDim claims; None where it has none."""
    data = _start(archive, part)
    for kind, start, _, _ in _each(data, cut=True):
        if kind == _WS_DIM:
            _, last, _, right = struct.unpack_from("<IIII", data, start)
            return int((last + 1) * (right + 1))
        if kind == _ROW_HDR:  # the dimension comes before the rows
            return None
    return None


def _head(archive: zipfile.ZipFile, part: str) -> Head:
    """The texts of the sheet's first rows, from the part's first records."""
    strings = xlsb_strings(_each(archive.read("xl/sharedStrings.bin"))) \
        if "xl/sharedStrings.bin" in archive.namelist() else []
    return xlsb_head((r[:2] + (r[3],) for r in _each(_start(archive, part), cut=True)),
                     strings)


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet's name -> its part, from the workbook's BrtBundleSh records."""
    names = set(archive.namelist())
    targets = relation_targets(archive, names, "xl/_rels/workbook.bin.rels")
    found = {}
    for kind, start, end, book in _each(archive.read("xl/workbook.bin")):
        if kind != _BUNDLE_SH:
            continue
        length, = struct.unpack_from("<I", book, start + 8)
        if length == 0xFFFFFFFF:
            continue
        at = start + 12 + 2 * length
        rid = book[start + 12:at].decode("utf-16-le").encode()
        count, = struct.unpack_from("<I", book, at)
        name = book[at + 4:min(at + 4 + 2 * count, end)].decode("utf-16-le", "replace")
        if targets.get(rid) in names:
            found[name] = targets[rid]
    return found


def _month_styles(styles: bytes) -> XFs:
    """The cell XFs whose number format shows a date's year and month without its day: the
    file's own formats, and Excel's built-in ones (formulas.MONTH_FORMATS) as Chinese Excel
    shows them, an .xlsb never defining those (MS-XLSB 2.4.681: a BrtFmt's id is 5-8, 23-26,
    41-44, 63-66 or 164-382)."""
    codes: list[tuple[int, str]] = []
    xfs: list[int] = []
    within = False
    for kind, start, end, _ in _each(styles):
        if kind == _FMT:
            count, = struct.unpack_from("<I", styles, start + 2)
            code = styles[start + 6:min(start + 6 + 2 * count, end)]
            codes.append((struct.unpack_from("<H", styles, start)[0],
                          code.decode("utf-16-le", "replace")))
        elif kind in (_CELL_XFS, _END_CELL_XFS):
            within = kind == _CELL_XFS
        elif kind == _XF and within:
            xfs.append(struct.unpack_from("<H", styles, start + 2)[0])
    months = MONTH_FORMATS | {number for number, code in codes if month_format(code)}
    return frozenset(index for index, number in enumerate(xfs) if number in months)


def _each(data: bytes, cut: bool = False) -> Iterator[tuple[int, int, int, bytes]]:
    """Each record: (its type, where its body starts and ends, the bytes); `cut`: the data
    is the part's start, its last record maybe cut short (not yielded)."""
    at, size = 0, len(data)
    while at < size - (8 if cut else 0):
        kind = data[at]
        at += 1
        if kind & 0x80:
            kind = kind & 0x7F | (data[at] & 0x7F) << 7
            at += 1
        length = shift = 0
        for _ in range(4):
            byte = data[at]
            at += 1
            length |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        if cut and at + length > size:
            return
        yield kind, at, at + length, data
        at += length


def _records(data: bytes, months: frozenset[int]) -> Walked:
    """The sheet walked record by record, its records' headers read inline (_each's
    generator took twice as long: 0.96 s for 200,000 rows of six cells, against 0.46 s)."""
    errors: dict[tuple[int, int], str] = {}
    hidden: set[int] = set()
    shown: set[tuple[int, int]] = set()
    row = last_row = last_column = valued = claim = 0
    unpack = struct.unpack_from
    at, size = 0, len(data)
    while at < size:
        kind = data[at]
        at += 1
        if kind & 0x80:
            kind = kind & 0x7F | (data[at] & 0x7F) << 7
            at += 1
        byte = data[at]
        at += 1
        length = byte & 0x7F
        shift = 7
        while byte & 0x80 and shift < 28:
            byte = data[at]
            at += 1
            length |= (byte & 0x7F) << shift
            shift += 7
        start, at = at, at + length
        if kind in _VALUED:
            column = data[start] | data[start + 1] << 8 | data[start + 2] << 16 \
                | data[start + 3] << 24
            valued += 1
            if row > last_row:  # comparisons, not max(): a call per cell costs
                last_row = row
            if column >= last_column:
                last_column = column + 1
            if kind in _ERRORS:
                if len(errors) < MAX_CELLS:
                    errors[(row, column)] = ERROR_CODES.get(data[start + 8], "#N/A")
            elif months and kind in _NUMBERS and (unpack("<I", data, start + 4)[0]
                                                  & 0xFFFFFF) in months:
                shown.add((row, column))
        elif kind == _ROW_HDR:
            row = unpack("<I", data, start)[0] + 1
            if data[start + 11] & _HIDDEN_ROW:
                hidden.add(row)
        elif kind == _WS_DIM:
            _, last, _, right = unpack("<IIII", data, start)
            claim = (last + 1) * (right + 1)
        elif kind == _END_DATA:
            break
    return errors, frozenset(hidden), (last_row, last_column, valued), claim, \
        frozenset(shown)
