"""How much text fits on an A4 landscape line and how tall a wrapped cell grows, in Excel's units.

A spreadsheet shrinks a sheet that is wider than the page (fit to one page wide) and leaves
row heights at 15 points unless told otherwise: openpyxl writes no heights, and neither
LibreOffice nor Excel sizes rows when a file is opened, so wrapped reasons ran over the rows
below and a 300-character-wide list printed at a third of its size. Here widths are counted as
Excel counts them (one unit the width of "0"; a Chinese character two), the printed columns of a
sheet are kept within PRINT_WIDTH (the rest sit outside the print area), and every row is given
the height of its tallest wrapped cell.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# A4 landscape with the workbook's margins holds about 150 widths of Calibri 11 at 100 %;
# "about 160" is where fit-to-width starts to shrink the print noticeably (to ~90 %).
PRINT_WIDTH = 160
LINE_POINTS = 15.0  # one line of 11-point text, as LibreOffice and Excel lay it out
CJK_LINE_POINTS = 16.5  # Chinese fonts stand taller than Calibri
ROW_PADDING = 3.0
HEADER_LINES = 2  # a header may wrap onto two lines before its column must widen
_TOKEN = re.compile(r"\S+\s*|\s+")


def display_width(text: str) -> int:
    """Characters as Excel's column width counts them: CJK and full-width count double."""
    if text.isascii():  # no ASCII character is wide
        return len(text)
    return sum(map(_char_width, text))


@lru_cache(maxsize=65536)
def text_units(text: str) -> float:
    """How much of a line a text takes, in widths of "0": a Chinese character two, a capital
    or a digit one, a small letter, space or stop a little less (Calibri's are narrower), so
    a wrapped English reason is not given a line it does not need. Asked for every word of
    every wrapped cell: the same words fill a list's reasons and flags, each counted once."""
    return sum(map(_char_units, text), 0.0)  # added in order, as a loop would


@lru_cache(maxsize=4096)
def _wide(ch: str) -> bool:
    """Asked for every character of every printed cell: looked up once per character."""
    return unicodedata.east_asian_width(ch) in "WF"


@lru_cache(maxsize=4096)
def _char_width(ch: str) -> int:
    return 2 if _wide(ch) else 1


@lru_cache(maxsize=4096)
def _char_units(ch: str) -> float:
    if _wide(ch):
        return 2.0
    if ch.isupper() or ch.isdigit() or not ch.isascii():
        return 1.0
    return 0.85


@lru_cache(maxsize=16384)
def line_pieces(line: str) -> tuple[str, ...]:
    """Where a line may break: after a space between Latin words, and between any two
    Chinese characters (a Latin word keeps its trailing space). A text is measured at each
    width its columns have: split once. The PDF's columns count their lines by the same
    pieces (ui.printing.column_widths), as the PDF breaks them (ui.printing.wrapping)."""
    pieces: list[str] = []
    for token in _TOKEN.findall(line):
        if token.isascii():  # no break inside a Latin word
            pieces.append(token)
            continue
        run = ""
        for ch in token:
            if _wide(ch):
                if run:
                    pieces.append(run)
                    run = ""
                pieces.append(ch)
            else:
                run += ch
        if run:
            pieces.append(run)
    return tuple(pieces)


@lru_cache(maxsize=65536)
def line_count(text: str, width: float) -> int:
    """Lines a text takes wrapped in a column `width` units wide (1 for an empty cell); the
    same reason or action is on many rows of a list, so each is counted once."""
    room = max(width - 1.0, 1.0)  # the cell's own padding
    total = 0
    for line in str(text).splitlines() or [""]:
        lines, used = 1, 0.0
        for piece in line_pieces(line):
            size = text_units(piece.rstrip())
            if used and used + size > room:
                lines, used = lines + 1, 0.0
            if size > room:  # a word longer than the column breaks where it must
                extra = math.ceil(size / room) - 1
                lines, used = lines + extra, size - extra * room
            else:
                used += text_units(piece)
        total += lines
    return max(total, 1)


def has_wide(texts: Sequence[str]) -> bool:
    return any(not text.isascii() and any(map(_wide, text)) for text in texts)


def row_height(texts: Sequence[tuple[str, float]]) -> float:
    """Points for a row whose cells hold these (text, column width) pairs when wrapped."""
    lines = max((line_count(text, width) for text, width in texts), default=1)
    per_line = CJK_LINE_POINTS if has_wide([t for t, _ in texts]) else LINE_POINTS
    return round(lines * per_line + ROW_PADDING, 1)


def header_width(text: str) -> float:
    """The narrowest column a header reads in, on at most HEADER_LINES lines: its longest
    Latin word, or its Chinese spread over the lines."""
    longest = max((display_width(piece.rstrip()) for piece in line_pieces(text)), default=0)
    spread = math.ceil(display_width(text) / HEADER_LINES)
    return float(max(longest, spread if has_wide([text]) else longest, 4))


def widen_headers(widths: list[float], headers: list[str], limit: float = PRINT_WIDTH,
                  floors: list[float] | None = None) -> list[float]:
    """Spend what is left of the line on the headers that wrap onto more than two lines; the
    line full, a unit is taken from the column with the most above its floor whose own header
    stays on two lines (an empty referral sheet's Customer column, 28 widths, beside
    "Assumed gross profit after commission (USD)" on three lines)."""
    widths = list(widths)
    for _ in range(60):  # one unit at a time to the tallest header, while the line allows
        spare = limit - sum(widths)
        tall = max(range(len(widths)), key=lambda i: line_count(headers[i], widths[i]),
                   default=None)
        if tall is None or line_count(headers[tall], widths[tall]) <= 2:
            break
        if spare < 1:
            donors = [i for i in range(len(widths)) if floors and i != tall
                      and widths[i] - 1 >= floors[i]
                      and line_count(headers[i], widths[i] - 1) <= 2]
            if not donors:
                break
            widths[max(donors, key=lambda i: widths[i] - (floors or widths)[i])] -= 1
        widths[tall] += 1
    return widths


def fit_to_page(widths: list[float], wraps: list[bool], floors: list[float],
                limit: float = PRINT_WIDTH) -> list[float]:
    """Narrow the wrapping columns, in proportion to their width and never under their
    floor, until the printed line is within `limit`; the others keep their width."""
    over = sum(widths) - limit
    if over <= 0:
        return list(widths)
    give = [w - f if wrap else 0.0 for w, f, wrap in zip(widths, floors, wraps, strict=True)]
    room = sum(give)
    if room <= 0:
        return list(widths)
    share = min(1.0, over / room)
    return [round(w - g * share, 1) for w, g in zip(widths, give, strict=True)]
