"""Where a printed line may break: Chinese column headers, and words and phrases kept whole.

Qt breaks a Chinese text between any two characters and a Latin one after a slash or a hyphen.
A PDF's header read "首笔有效订" over a lone "单", "统计期销售" over "额（USD）", the watch list's
action "…only on T/T in advance or L/" over "C at sight.", a terms check "riskier than Long-"
over "tail customers", and the leap list's condition "（合作满 24 个" over "月）". A character
that forbids a break (a word joiner) is copied out of the PDF with the text, so nothing is
added to the words: a Chinese header is broken here, where its words allow, and a piece of
text a line would split (KEEP_WHOLE) starts the next line instead (a line separator, which
prints nothing and copies as the line's end any wrap makes), where the line has room for it.
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
# A word joined by a slash, a hyphen or a dash, which reads as one: a payment term or shipping
# document (L/C, T/T, D/P, B/L), Long-tail, supply-chain, YF25-0163, 2025-12-31, 35–45%.
# A line breaks at a space, not inside it.
JOINED = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%]*(?:[-–/][A-Za-z0-9.,%]+)+")
# In Chinese text, a number with its unit (60 天, 24 个月, 3 张, 6,029 USD) and a bracketed
# phrase (（上限 60 天）, （合作满 24 个月）): Qt broke them at the space or between the
# characters. A phrase longer than its line breaks as before, its numbers kept with their units.
NUMBER_UNIT = re.compile(r"\d[\d,.]*(?:%|[ \u00a0]?(?:[A-Z]{3}(?![A-Za-z])|个?[\u4e00-\u9fff]))")
BRACKETED = re.compile(r"（[^（）\u2028]+）|\([^()\u2028]+\)")
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
    for position in reversed(found):
        _remove(document, position)
    return bool(found)


def _spans(text: str) -> list[tuple[int, int]]:
    """The pieces of a block's text a line should not split (start, end), a longer one before
    the shorter ones it holds: joined words, and in Chinese text bracketed phrases and numbers
    with their units."""
    patterns = [JOINED]
    if has_wide([text]):
        patterns += [BRACKETED, NUMBER_UNIT]
    found = {m.span() for pattern in patterns for m in pattern.finditer(text)}
    return sorted(found, key=lambda span: (span[0], -span[1]))


def _costly(text: str, span: tuple[int, int]) -> bool:
    """Whether the piece is a bracketed phrase, moved only where the block takes no more lines
    for it: "（D/P 上限 14 天，自交单起算）" moved whole gave the black list's rows a third line
    and the Chinese stop-loss PDF a seventh page. A word or a number with its unit is short."""
    return text[span[0]] in "（("


def _split(block: QTextBlock, span: tuple[int, int]) -> bool:
    """Whether a line of the block starts inside the span."""
    layout = block.layout()
    return any(span[0] < layout.lineAt(i).textStart() < span[1]
               for i in range(1, layout.lineCount()))


def _line_start(block: QTextBlock, position: int) -> bool:
    layout = block.layout()
    return any(layout.lineAt(i).textStart() == position for i in range(layout.lineCount()))


def _insert(document: QTextDocument, position: int) -> None:
    cursor = QtGui.QTextCursor(document)
    cursor.setPosition(position)
    form = cursor.charFormat()
    form.setProperty(MOVED, True)
    cursor.insertText(SEPARATOR, form)


def _remove(document: QTextDocument, position: int) -> None:
    cursor = QtGui.QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QtGui.QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()


def _keep_block_whole(document: QTextDocument, block: QTextBlock) -> bool:
    """Move to the next line each piece of the block a line splits, where that keeps it whole
    (True: the block was changed). A piece that starts its line already, or that the next
    line cannot hold either, is left to break as Qt breaks it."""
    layout, changed, tried = document.documentLayout(), False, set()
    layout.blockBoundingRect(block)
    for _ in range(2 * len(_spans(block.text())) + 1):  # each piece moved or tried once
        text = block.text()
        spans = [span for span in _spans(text)
                 if (span[0], text[span[0]:span[1]]) not in tried and _split(block, span)
                 and not _line_start(block, span[0])]
        if not spans:
            break
        start, end = spans[0]
        lines = block.layout().lineCount()
        _insert(document, block.position() + start)
        layout.blockBoundingRect(block)  # laid out again
        if _split(block, (start + 1, end + 1)) or (  # longer than the line: put back
                _costly(text, spans[0]) and block.layout().lineCount() > lines):
            _remove(document, block.position() + start)
            tried.add((start, text[start:end]))
            layout.blockBoundingRect(block)
        else:
            changed = True
    return changed


def keep_terms_whole(document: QTextDocument) -> None:
    """Lay the document out (for the device it is set to) with no line ending inside a piece
    of text that reads as one (_spans), where its line has room for it: the piece moves to
    the next line, as a word too long for the line does."""
    changed = _take_back(document)
    layout, block = document.documentLayout(), document.begin()
    while block.isValid():
        if _spans(block.text()):
            changed = _keep_block_whole(document, block) or changed
        block = block.next()
    if changed:  # Qt lays out again only the cell changed: the notes under the table were
        document.markContentsDirty(0, document.characterCount())  # left without lines
        layout.documentSize()
