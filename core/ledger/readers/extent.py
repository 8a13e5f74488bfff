"""How far an xlsx sheet's cells reach, looked at before calamine reads the sheet.

calamine builds a sheet as one dense grid from A1 to its last cell holding a value. A single
entry far below or to the right of a ledger (a space typed at XFD1048576 after Ctrl+End, an
ERP's end marker) made it ask for 550 GB: the process was aborted by the allocator, the window
gone without a word and no import made. Such a sheet is named instead, with where its last
cell is and how to clear it, and so is one whose far entry leaves its grid mostly empty
(stray: IV65536 under a ledger, 3.3 s and 700 MB for its rows). The sheet's <dimension> says
its extent in its first bytes, so only a sheet that claims more than STRAY_CELLS is inflated
whole, its cells holding a value counted at C speed, and only a sparse or huge one searched
for its last such cell (formatted empty cells, which Excel counts and calamine does not,
leave the claim larger than what calamine builds).
"""

from __future__ import annotations

import re
import zipfile

# A full Excel sheet (1,048,576 rows) of 28 columns: more than any one tab of a ledger the
# app reads (a million-row ledger is kept in month tabs), and about 3 GB read into Python.
MAX_SHEET_CELLS = 30_000_000
HEAD = 64 << 10  # the dimension comes before the rows
# A grid of more cells than this, under a hundredth of them holding something, is one far
# entry's, not a ledger's: IV65536 under 10 orders cost 4.3 s and 1.2 GB to read in an .xls
# (whose sheets calamine builds as it opens the file), 3.3 s and 700 MB in an xlsx, 17.6 s
# and 1.2 GB in an .ods. A dense .xls is at most 65,536 rows; a space typed in E1048576 (a
# grid of 5,242,880 cells, its empty rows left unread: calamine._filled_height) is still read.
STRAY_CELLS = 8_000_000
STRAY_SHARE = 100


def stray(rows: int, columns: int, valued: int) -> bool:
    """Is a grid of `rows` × `columns` holding `valued` cells one far entry's?"""
    return rows * columns > STRAY_CELLS and valued * STRAY_SHARE < rows * columns


_DIMENSION = re.compile(rb'<(\w+:)?dimension\b[^>]*?\bref="(?:[A-Z]+\d+:)?([A-Z]{1,3})(\d+)"')
_VALUED = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>")
CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')  # a cell's r="D2": its letters and row


def oversized(archive: zipfile.ZipFile, part: str) -> tuple[str, int, int] | None:
    """(its last cell, "XFD1048576", and the rows and columns calamine would build) for a
    sheet whose grid is beyond MAX_SHEET_CELLS, or one far entry's (stray: IV65536 under a
    ledger cost 3.3 s and 700 MB); None for any other, or where its extent is not written
    (calamine reads it as before)."""
    with archive.open(part) as handle:
        head = handle.read(HEAD)
    claimed = _DIMENSION.search(head)
    if claimed is None:
        return None
    claim = int(claimed[3]) * (column_index(claimed[2].decode()) + 1)
    if claim <= STRAY_CELLS:
        return None
    xml = archive.read(part)
    valued = _values(xml, claimed[1] or b"")  # at C speed: a dense sheet stops here
    if claim <= MAX_SHEET_CELLS and valued * STRAY_SHARE >= claim:
        return None
    rows = columns = 0
    for cell in _VALUED.finditer(xml):
        ref = CELL_REF.search(cell[1])
        if ref is not None:
            rows, columns = max(rows, int(ref[2])), max(columns, column_index(ref[1].decode()) + 1)
    if rows * columns <= MAX_SHEET_CELLS and not stray(rows, columns, valued):
        return None
    return f"{column_letters(columns - 1)}{rows}", rows, columns


def _values(xml: bytes, prefix: bytes) -> int:
    """How many cells hold a value (<v> or <is>), counted at C speed. Tools writing through
    .NET's or other namespace-prefixed writers tag them <x:v> (the prefix the sheet's
    <x:dimension> bears): counting only <v> found none in a dense sheet of 800,000 values and
    refused it as one far entry's."""
    tags = {b"", prefix}
    return sum(xml.count(b"<%sv>" % tag) + xml.count(b"<%sis>" % tag) for tag in tags)


def column_index(letters: str) -> int:
    """A -> 0, XFD -> 16383."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1


def column_letters(index: int) -> str:
    """0 -> A, 27 -> AB: how Excel names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
