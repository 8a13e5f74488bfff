"""Where a printed line may break: Chinese column headers, and terms like "L/C" kept whole.

Qt breaks a Chinese text between any two characters and a Latin one after a slash. A PDF's
header read "首笔有效订" over a lone "单", "统计期销售" over "额（USD）", and the watch list's
action "…only on T/T in advance or L/" over "C at sight.". A character that forbids a break
(a word joiner) is copied out of the PDF with the text, so nothing is added to the words:
a Chinese header is broken here, where its words allow, and a term that a line would split
starts the next line instead (a line separator, which prints nothing and copies as the
line's end any wrap makes).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtGui import QTextBlock, QTextDocument

from core.actions.paper import has_wide

# A Chinese header's pieces: its words as spaced ("近 12 个月订单数") and a bracket's part
# ("（USD）"); a piece is never broken, and the column is as wide as the widest.
_HEADER_PIECE = re.compile(r"\s*[（(]?[^\s（(]+")
# A payment term or shipping document written with a slash: L/C, T/T, D/P, D/A, B/L, O/A.
TERM = re.compile(r"(?<![A-Za-z/])[A-Z]{1,3}/[A-Z]{1,3}(?![A-Za-z/])")
SEPARATOR = "\u2028"  # QTextDocument's line separator: what <br/> is in a block
# Set on the separators put in by keep_terms_whole, which takes them out again before the
# document is laid out for another device (the preview's screen, then the PDF's 300 dpi).
MOVED = QtGui.QTextFormat.Property.UserProperty.value + 2


CJK_HEADER_CHARS = 4  # a Chinese header's column holds at least four of its characters a line


def header_pieces(header: str) -> list[str]:
    """The parts of a header a line may break between: each its leading space kept, so the
    pieces put back together read the header. A Chinese header's column is as wide as its
    widest piece and CJK_HEADER_CHARS of its characters (the last piece: "毛利率（近 12 个月）"
    in a column of one piece, "个月）", took five lines)."""
    pieces = _HEADER_PIECE.findall(header) or [header]
    if has_wide([header]):
        pieces.append("".join(header.split())[:CJK_HEADER_CHARS])
    return pieces


def header_lines(header: str, room: float, width: Callable[[str], float]) -> list[str]:
    """A Chinese header's lines in a column `room` wide (`width` measures a text): as many
    pieces a line as fit, a line never a lone character of a word. An English header is
    left to Qt, which breaks it at its spaces."""
    if not has_wide([header]):
        return [header]
    lines: list[str] = []
    for piece in _HEADER_PIECE.findall(header):
        if lines and width((lines[-1] + piece).strip()) <= room:
            lines[-1] += piece
        else:
            lines.append(piece.strip())
    return lines


def _moved(document: QTextDocument, position: int) -> bool:
    cursor = QtGui.QTextCursor(document)
    cursor.setPosition(position + 1)  # a cursor's format is that of the character before it
    return bool(cursor.charFormat().property(MOVED))


def _take_back(document: QTextDocument) -> bool:
    """Remove the separators an earlier layout put in (True: there were some)."""
    found, block = [], document.begin()
    while block.isValid():
        text = block.text()
        found += [block.position() + index for index, ch in enumerate(text)
                  if ch == SEPARATOR and _moved(document, block.position() + index)]
        block = block.next()
    cursor = QtGui.QTextCursor(document)
    for position in reversed(found):
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QtGui.QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    return bool(found)


def _split_term(block: QTextBlock) -> int | None:
    """Where, in the block, a term a line ends inside starts (None: no such term, or one
    starting its line already, which no break can help)."""
    layout = block.layout()
    starts = [layout.lineAt(i).textStart() for i in range(layout.lineCount())]
    for match in TERM.finditer(block.text()):
        for previous, start in zip(starts, starts[1:], strict=False):
            if match.start() < start < match.end() and previous < match.start():
                return match.start()
    return None


def keep_terms_whole(document: QTextDocument) -> None:
    """Lay the document out (for the device it is set to) with no line ending inside a
    slashed term: the term moves to the next line, as a word too long for the line does."""
    changed = _take_back(document)
    layout, block = document.documentLayout(), document.begin()
    while block.isValid():
        for _ in range(block.text().count("/")):  # at most one move a term
            layout.blockBoundingRect(block)  # laid out (again, after a move)
            place = _split_term(block)
            if place is None:
                break
            cursor = QtGui.QTextCursor(document)
            cursor.setPosition(block.position() + place)
            form = cursor.charFormat()
            form.setProperty(MOVED, True)
            cursor.insertText(SEPARATOR, form)
            changed = True
        block = block.next()
    if changed:  # Qt lays out again only the cell changed: the notes under the table were
        document.markContentsDirty(0, document.characterCount())  # left without lines
        layout.documentSize()
