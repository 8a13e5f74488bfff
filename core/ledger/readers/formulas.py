"""Formula cells a workbook holds without their computed value.

Excel and WPS save each formula with the value it last worked out; files written by tools
that do not calculate (openpyxl, some ERP exports) save the formula alone (`=D2*E2` in the
amount column, `=E2*30%` in the received one). calamine reads such a cell as empty, so the row
was skipped as "no amount" or its customer looked unpaid, without a word why. The import names
these cells and says to open the file in Excel or WPS and save it, which stores the values.

They are not worked out here: a formula may name other sheets, functions and rounding the
clerk's spreadsheet applies, and a value the app made up where Excel would show another is
worse than a cell named as empty with the one-step cure. Only xlsx and xlsm are looked at
(xls, xlsb and ods writers save values), and only workbooks without a calculation chain
(xl/calcChain.xml): Excel and WPS write one beside the formulas they worked out, so the
files they save are not scanned for those.

A cell whose formula worked out an Excel error (#REF! after a row it named was deleted, #N/A
from a VLOOKUP that found nothing, #DIV/0!) calamine reads as empty too: a row was skipped as
"no amount" or "no customer", or a received figure lost and its buyer shown unpaid, without a
word why. Those are found on every sheet of every xlsx/xlsm (:meth:`Formulas.scan`), named
with their error: a column pasted as values keeps its #REF! on a sheet the calculation chain
no longer lists (the chain was asked once, and the pasted errors went unsaid).

The same inflated part gives the sheet's hidden rows (:func:`hidden_rows`), on every sheet
(a sheet Excel saved without formulas is inflated for them alone, on the read-ahead thread):
a row the clerk folded away is read as any other, and the report counts it
(core.ledger.hidden_parts).
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterable
from datetime import date
from html import unescape
from pathlib import Path

from core.ledger.readers.extent import CELL_REF, column_index, oversized
from core.ledger.readers.sheets import RawSheet
from core.ledger.readers.tab_heads import Head, xlsx_head

# sheet-relative (row number from 1, column from 0) -> the formula as written, "=" first (or
# the Excel error a cell shows: "#REF!")
Uncomputed = dict[tuple[int, int], str]

_SHEET = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_SHEET_ID_FIRST = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]*)"[^>]*?\bname="([^"]*)"')
_RELATION = re.compile(rb'<(?:\w+:)?Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"'
                       rb'|<(?:\w+:)?Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')
# a cell whose formula is followed by no value, or an empty one
_CELL = re.compile(rb'<c\b([^>]*)>\s*<f\b[^>]*?(?:/>|>([^<]*)</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*'
                   rb'</c>')
# a cell typed as an error (t="e"), its value the error's text
_ERROR_CELL = re.compile(rb'<c\b([^>]*?\bt="e"[^>]*)>(?:(?!</c>).)*?<v>([^<]*)</v>', re.DOTALL)
# a row the clerk hid or a filter hides (<row r="7" hidden="1">): its number
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
HIDDEN = b'hidden="'  # the attribute every hidden row holds, looked for before _HIDDEN_ROW
ERROR_TYPE = b't="e"'  # ... every error cell holds, before _ERROR_CELL
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
# a number format's id and code (<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;…"/>)
_NUMBER_FORMAT = re.compile(rb'<(?:\w+:)?numFmt\b[^>]*?\bnumFmtId="(\d+)"[^>]*?'
                            rb'\bformatCode="([^"]*)"')
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.DOTALL)
_XF = re.compile(rb"<(?:\w+:)?xf\b([^>]*?)/?>")
_FORMAT_ID = re.compile(rb'\bnumFmtId="(\d+)"')
# Excel's own formats of a month without its day: mmm-yy, and in Chinese Excel yyyy"年"m"月"
# (typed 2025年3月, a cell Excel turns into the month's first day shown so). 27, 36, 50, 52
# and 57 are the display language's (ECMA-376 Part 1, 18.8.30): Japanese Excel shows 27, 36,
# 50 and 57 as an era date with its day (R7.4.1), Korean and Taiwanese Excel a day too; a
# file that writes such an id's code (an .xls's FORMAT records, a numFmt) is read by it
# (month_ids), one that does not in Chinese Excel's meaning, as Chinese Excel writes its typed
# 2025年4月, said only as a month without its day (a second note on every such cell of every
# Chinese file said Japanese Excel would show the day: rv40b).
MONTH_FORMATS = frozenset({17, 27, 36, 50, 52, 57})
Cells = frozenset[tuple[int, int]]  # (row number, column from A)
_CELL_TAG = re.compile(rb"<(?:\w+:)?c\b")
MAX_CELLS = 10_000  # a sheet's named cells: enough to say which, never a second copy of it
# What a cell shows for each Excel error, as a CSV, an HTML export or a value pasted as text
# keeps it (WPS shows the same)
ERROR_TEXTS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                         "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                         "#CONNECT!", "#BUSY!", "#UNKNOWN!"})


class Formulas:
    """A workbook's formula cells saved without a value, and its cells showing an Excel error,
    a sheet at a time (on the thread that reads the sheet ahead: the part is inflated beside
    the import's work, not before it). Nothing where the parts cannot be read: calamine
    reads the file, or refuses it with its own words."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._parts: dict[str, str] | None = None
        self._computed = False  # Excel or WPS worked its formulas out (a calculation chain)
        self._month_styles: list[bytes] | None = None  # cells shown as a month alone

    def of(self, sheet: str) -> Uncomputed:
        """The sheet's cells (absolute row number, column index from A) -> the formula."""
        return self.scan(sheet)[0]

    def scan(self, sheet: str) -> tuple[Uncomputed, Uncomputed, frozenset[int]]:
        """(the formulas saved without a value, the cells showing an Excel error -> it, the
        rows hidden: hidden_rows)."""
        formulas, errors, hidden, _ = self.scan_all(sheet)
        return formulas, errors, hidden

    def scan_all(self, sheet: str) -> tuple[Uncomputed, Uncomputed, frozenset[int], Cells]:
        """scan's, and the cells shown as a month without its day (month_cells)."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                if self._parts is None:
                    self._open(archive)
                part = (self._parts or {}).get(sheet)
                if part is None:
                    return {}, {}, frozenset(), frozenset()
                xml = _inflated(archive, part)
                return ({} if self._computed else _scan(xml)), _errors(xml), hidden_rows(xml), \
                    month_cells(xml, self._month_styles)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError, EOFError,
                zlib.error, struct.error):
            self._parts = {}
            return {}, {}, frozenset(), frozenset()

    def head(self, sheet: str) -> Head | None:
        """The texts of the sheet's first rows (tab_heads), None where it cannot be read."""
        return xlsx_head(self.path, sheet)

    def oversized(self, sheet: str) -> tuple[str, int, int] | None:
        """Where the sheet's last cell is and the grid calamine would build to it, for a
        sheet beyond what can be read (core.ledger.readers.extent); else None."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                if self._parts is None:
                    self._open(archive)
                part = (self._parts or {}).get(sheet)
                return None if part is None else oversized(archive, part)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError, EOFError,
                zlib.error, struct.error):
            return None

    def _open(self, archive: zipfile.ZipFile) -> None:
        names = set(archive.namelist())
        self._parts = {} if "xl/workbook.xml" not in names else _sheet_parts(archive, names)
        self._computed = "xl/calcChain.xml" in names
        if "xl/styles.xml" in names:
            self._month_styles = month_styles(archive.read("xl/styles.xml"))


def _sheet_parts(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    book = archive.read("xl/workbook.xml")
    targets = relation_targets(archive, names, "xl/_rels/workbook.xml.rels")
    sheets = [(m[1], m[2]) for m in _SHEET.finditer(book)] or \
        [(m[2], m[1]) for m in _SHEET_ID_FIRST.finditer(book)]
    return {unescape(name.decode("utf-8")): targets[rid] for name, rid in sheets
            if rid in targets and targets[rid] in names}


def relation_targets(archive: zipfile.ZipFile, names: set[str], rels: str) -> dict[bytes, str]:
    """A part's relations (its rels part): each id -> the part it names in the archive."""
    targets = {}
    for m in _RELATION.finditer(archive.read(rels) if rels in names else b""):
        rid, target = (m[1], m[2]) if m[1] is not None else (m[4], m[3])
        text = unescape(target.decode("utf-8"))
        targets[rid] = text.lstrip("/") if text.startswith("/") else "xl/" + text
    return targets


def _inflated(archive: zipfile.ZipFile, part: str) -> bytes:
    """The part's bytes, inflated without the CRC check `ZipFile.read` makes: calamine has
    read the same part whole and checked it, and the check was a fifth of a 20k import's
    added work. Into a buffer of the size the archive states (a hint: a wrong one costs
    nothing but the growing), not grown block by block and joined (0.121 → 0.113 s for the
    100k ledger's 24 parts, perf62a)."""
    info = archive.getinfo(part)
    if info.compress_type != zipfile.ZIP_DEFLATED or archive.fp is None:
        return archive.read(part)
    archive.fp.seek(info.header_offset)
    header = archive.fp.read(30)
    name, extra = struct.unpack("<HH", header[26:30])
    archive.fp.seek(info.header_offset + 30 + name + extra)
    return zlib.decompress(archive.fp.read(info.compress_size), -15, info.file_size)


def _has_formula(xml: bytes) -> bool:
    """Is there a formula element (`<f>`, `<f t="shared" …/>`)? Looked for by its "f", which
    `find` meets at C speed (few cells hold a lowercase f), not by "<f", which the search
    tries at every "<" of the sheet."""
    at = xml.find(b"f")
    while at != -1:
        if xml[at - 1:at] == b"<" and xml[at + 1:at + 2] in (b">", b" ", b"/"):
            return True
        at = xml.find(b"f", at + 1)
    return False


def _scan(xml: bytes) -> Uncomputed:
    if not _has_formula(xml):
        return {}
    cells: Uncomputed = {}
    for m in _CELL.finditer(xml):
        ref = CELL_REF.search(m[1])
        if ref is None:
            continue
        formula = unescape((m[2] or b"").decode("utf-8", "replace")).strip()
        cells[(int(ref[2]), column_index(ref[1].decode()))] = "=" + formula if formula else "="
        if len(cells) >= MAX_CELLS:
            break
    return cells


def _errors(xml: bytes) -> Uncomputed:
    """The cells typed as an Excel error -> its text ("#REF!"): looked for by their type
    attribute, which `rfind` meets at C speed, before any pattern is tried (from the end: the
    search then skips on the word's first byte, not on its closing quote, which every
    attribute of a sheet ends with: 0.045 → 0.032 s for the 100k ledger's 79 MB, perf62a)."""
    if xml.rfind(ERROR_TYPE) == -1:
        return {}
    cells: Uncomputed = {}
    for m in _ERROR_CELL.finditer(xml):
        ref = CELL_REF.search(m[1])
        if ref is not None:
            cells[(int(ref[2]), column_index(ref[1].decode()))] = unescape(
                m[2].decode("utf-8", "replace")).strip()
            if len(cells) >= MAX_CELLS:
                break
    return cells


def hidden_rows(xml: bytes) -> frozenset[int]:
    """The numbers of the sheet's hidden rows (folded away or filtered out): a ledger's
    hidden row is mostly an order finished or cancelled, still the firm's, so it is read, but
    the report says how many (core.ledger.unread.hidden_message): the clerk may not expect it.
    Looked for by the attribute, which `rfind` meets at C speed, before any pattern is tried
    (from the end, as :func:`_errors`: 0.044 → 0.027 s at 100k)."""
    if xml.rfind(HIDDEN) == -1:
        return frozenset()
    found = set()
    for m in _HIDDEN_ROW.finditer(xml):
        number = _ROW_NUMBER.search(m[0])
        if number is not None:
            found.add(int(number[1]))
    return frozenset(found)


def typed_errors(sheet: RawSheet) -> None:
    """A cell holding an Excel error as its text (#N/A in a CSV saved from a sheet whose lookup
    found nothing, or pasted as values) is the error, as :func:`_errors` finds it in an xlsx:
    read as empty and named with the other error cells. Read as text, #N/A was a customer of
    its own holding every order whose lookup failed, and #REF! in 金额 "is not a number". One
    set test a row at C speed (about 0.5 s a million rows)."""
    first, left = sheet.first_row_number, sheet.first_col
    for index, row in enumerate(sheet.rows):
        if ERROR_TEXTS.isdisjoint(row):
            continue
        for column, value in enumerate(row):
            if type(value) is str and value in ERROR_TEXTS:
                row[column] = None
                if len(sheet.errors) < MAX_CELLS:
                    sheet.errors.setdefault((first + index, left + column), value)


def month_styles(styles: bytes) -> list[bytes] | None:
    """The style attributes (b' s="7"') of cells shown as a month without its day, None
    where no style shows one (most workbooks: no sheet is searched then)."""
    formats = month_ids((int(m[1]), unescape(m[2].decode("utf-8", "replace")))
                                for m in _NUMBER_FORMAT.finditer(styles))
    xfs = _CELL_XFS.search(styles)
    if xfs is None:
        return None
    numbers = [int(found[1]) if (found := _FORMAT_ID.search(xf[1])) else -1
               for xf in _XF.finditer(xfs[1])]
    ids = [f' s="{index}"'.encode() for index, number in enumerate(numbers) if number in formats]
    return ids or None


def month_ids(defined: Iterable[tuple[int, str]]) -> frozenset[int]:
    """The number formats showing a month alone, from the file's own (id, code) and Excel's
    built-in ones it does not define otherwise (a Japanese .xls writes 57 as [$-411]ge.m.d,
    whose 2025-04-01, R7.4.1, was read as April and dated 04-30)."""
    codes = dict(defined)
    return frozenset(number for number, code in codes.items() if month_format(code)) \
        | (MONTH_FORMATS - codes.keys())


def month_format(code: str) -> bool:
    """Does a number format show a date's year and month without its day (yyyy"年"m"月",
    yyyy/mm, mmm-yy)? Its quoted words, [colours and locales] and escaped letters aside; an
    "m" beside hours or seconds is minutes."""
    bare = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code.split(";")[0]).lower()
    return "y" in bare and "m" in bare and not any(c in bare for c in "dhs")


def month_cells(xml: bytes, styles: list[bytes] | None) -> frozenset[tuple[int, int]]:
    """(row number, column from A) of the sheet's cells shown as a month alone: each style
    looked for by `find` at C speed (a title cell of the month's style is no pattern tried at
    every cell of the sheet), then the cell's tag around it."""
    found = set()
    for style in styles or ():
        at = xml.find(style)
        while at != -1:
            start = xml.rfind(b"<", 0, at)
            tag = xml[start:xml.find(b">", at)]
            ref = CELL_REF.search(tag) if _CELL_TAG.match(tag) else None
            if ref is not None:
                found.add((int(ref[2]), column_index(ref[1].decode())))
            at = xml.find(style, at + 1)
    return frozenset(found)


def shown_months(sheet: RawSheet, cells: Cells) -> None:
    """A date cell shown as a month alone on its month's first day (2025年3月 typed in Excel,
    which stores 2025-03-01) is the month as Excel shows it, 2025年3月: read as a date it was
    the 1st without a word, a receipt in on 03-01; as the month it is read by its column and
    named (core.ledger.dates.month_end_field, core.ledger.month_notes), as typed text is. A
    date of another day shown so keeps its day: the clerk typed it."""
    first, left = sheet.first_row_number, sheet.first_col
    for row, column in cells:
        cells_of = sheet.rows[row - first] if 0 <= row - first < len(sheet.rows) else []
        at = column - left
        value = cells_of[at] if 0 <= at < len(cells_of) else None
        if isinstance(value, date) and value.day == 1:
            cells_of[at] = f"{value.year}年{value.month}月"
