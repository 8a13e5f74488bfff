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
from dataclasses import dataclass

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
# Chinese words the lists print that a line never splits (a reason read "低于层" over
# "级下四分位数"; an upgrade chance "即可升为战" over "略客户：M、T中任一项达" over "标即可"):
# a small list, the longest first; any other Chinese breaks as Qt breaks it.
WORDS = re.compile("|".join(sorted(("下四分位数", "四分位数", "层级", "订单数", "毛利率", "销售额",
                                    "客户", "付款", "逾期", "止损", "战略", "核心", "长尾", "达标",
                                    "指标", "升级", "上限", "信用证", "即期", "高于", "低于",
                                    "风险"), key=len, reverse=True)))
# A header's number keeps the measure word after it: "近 12" over "个月订单数" read as cut.
_NUMBER = re.compile(r"\d[\d,.]*%?")
_MEASURE = re.compile("(?:个月|天|次|笔|张|年|周|个)[）)]*")  # and a bracket it closes
SEPARATOR = "\u2028"  # QTextDocument's line separator: what <br/> is in a block
# Set on the separators put in by keep_terms_whole, which takes them out again before the
# document is laid out for another device (the preview's screen, then the PDF's 300 dpi).
MOVED = QtGui.QTextFormat.Property.UserProperty.value + 2
ROUNDS = 8  # rounds of moves, one a block each: a cell's third split piece waits two rounds


ROOM_SLACK = 0.01  # a line as wide as its room, measured twice
CJK_HEADER_CHARS = 4  # a Chinese header's column holds at least four of its characters a line


def _pieces(header: str) -> list[str]:
    """A header's words as spaced, a number joined to the measure word that follows it
    ("近", " 12 个月", "订单数")."""
    pieces: list[str] = []
    for piece in _HEADER_PIECE.findall(header):
        body = piece.lstrip()
        unit = _MEASURE.match(body)
        if unit and pieces and _NUMBER.fullmatch(pieces[-1].strip()):
            pieces[-1] += piece[:len(piece) - len(body)] + unit.group()
            if len(pieces) > 1 and len(pieces[-2].strip().lstrip("（(")) == 1:
                pieces[-2:] = [pieces[-2] + pieces[-1]]  # and a one-character word before it
            pieces += [body[unit.end():]] if body[unit.end():] else []
        else:
            pieces.append(piece)
    return _bracketed(pieces)


def _bracketed(pieces: list[str]) -> list[str]:
    """A bracketed phrase kept one piece ("Gross margin (12 months)": Qt printed "(12" over
    "months)" in a column as wide as its widest word)."""
    joined: list[str] = []
    open_ = False
    for piece in pieces:
        if open_:
            joined[-1] += piece
        else:
            joined.append(piece)
            open_ = piece.lstrip()[:1] in "（("
        open_ = open_ and not any(ch in piece for ch in "）)")
    return joined


def header_pieces(header: str) -> list[str]:
    """The parts of a header a line may break between: each its leading space kept, so the
    pieces put back together read the header. A Chinese header's column is as wide as its
    widest piece and CJK_HEADER_CHARS of its characters (the last piece: "毛利率（近 12 个月）"
    in a column of one piece, "个月）", took five lines)."""
    pieces = _pieces(header) or [header]
    if has_wide([header]):
        pieces.append("".join(header.split())[:CJK_HEADER_CHARS])
    return pieces


def header_lines(header: str, room: float, width: Callable[[str], float]) -> list[str]:
    """A header's lines in a column `room` wide (`width` measures a text): as many pieces a
    line as fit, a piece never broken (a Chinese line never a lone character of a word, a
    bracket's phrase whole). Left to Qt, an English header broke at every space of a narrow
    number column: "Gross" / "margin" / "(12" / "months)"."""
    lines: list[str] = []
    for piece in _pieces(header) or [header]:
        if lines and width((lines[-1] + piece).strip()) <= room + ROOM_SLACK:
            lines[-1] += piece
        else:
            lines.append(piece.strip())
    return lines


def two_line_width(header: str, width: Callable[[str], float]) -> float:
    """The narrowest room a header reads in on two lines (core.actions.paper.HEADER_LINES,
    the workbook's), its pieces whole: the narrowest of its splits into a first line and a
    second."""
    pieces = _pieces(header) or [header]
    return min(max(width("".join(pieces[:k]).strip()), width("".join(pieces[k:]).strip()))
               for k in range(1, len(pieces) + 1))


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
    cursor.beginEditBlock()
    for position in reversed(found):
        _remove(cursor, position)
    cursor.endEditBlock()
    return bool(found)


def _spans(text: str) -> list[tuple[int, int]]:
    """The pieces of a block's text a line should not split (start, end), a longer one before
    the shorter ones it holds: joined words, and in Chinese text bracketed phrases, numbers
    with their units and the WORDS."""
    patterns = [JOINED]
    if has_wide([text]):
        patterns += [BRACKETED, NUMBER_UNIT, WORDS]
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


def _insert(cursor: QtGui.QTextCursor, position: int) -> None:
    cursor.setPosition(position)
    form = cursor.charFormat()
    form.setProperty(MOVED, True)
    cursor.insertText(SEPARATOR, form)


def _remove(cursor: QtGui.QTextCursor, position: int) -> None:
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QtGui.QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()


@dataclass(frozen=True)
class _Move:
    """A piece a line splits, to start the next line: where, in which block, how many lines
    the block took before."""

    block: QTextBlock
    start: int  # in the block's text
    piece: str
    costly: bool
    lines: int


def _moves(document: QTextDocument, tried: set[tuple[int, int, str]]) -> list[_Move]:
    """In each block, the first piece a line splits that a move may keep whole (not one that
    starts its line already, nor one put back before)."""
    moves, block = [], document.begin()
    while block.isValid():
        text = block.text()
        for span in _spans(text):
            piece = text[span[0]:span[1]]
            if ((block.blockNumber(), span[0], piece) not in tried and _split(block, span)
                    and not _line_start(block, span[0])):
                moves.append(_Move(block, span[0], piece, _costly(text, span),
                                   block.layout().lineCount()))
                break
        block = block.next()
    return moves


def keep_terms_whole(document: QTextDocument) -> None:
    """Lay the document out (for the device it is set to) with no line ending inside a piece
    of text that reads as one (_spans), where its line has room for it: the piece moves to
    the next line, as a word too long for the line does. A piece that starts its line already,
    or that the next line cannot hold either, is left to break as Qt breaks it. The moves are
    made a round at a time, one a block, in one edit: made one by one, each laid the table
    out again (60 moves, 1.9 s of the sample's six PDFs), and the Chinese restructuring PDF's
    last section, after a table so changed, was left without lines, never painted."""
    changed = _take_back(document)
    layout, tried = document.documentLayout(), set[tuple[int, int, str]]()
    for _ in range(ROUNDS):
        layout.documentSize()  # laid out (again, after a round of moves)
        moves = _moves(document, tried)
        if not moves:
            break
        cursor = QtGui.QTextCursor(document)
        cursor.beginEditBlock()
        for move in reversed(moves):
            _insert(cursor, move.block.position() + move.start)
        cursor.endEditBlock()
        layout.documentSize()
        back = [move for move in moves  # longer than the line, or a bracket's extra line
                if _split(move.block, (move.start + 1, move.start + 1 + len(move.piece)))
                or (move.costly and move.block.layout().lineCount() > move.lines)]
        cursor.beginEditBlock()
        for move in reversed(back):
            _remove(cursor, move.block.position() + move.start)
            tried.add((move.block.blockNumber(), move.start, move.piece))
        cursor.endEditBlock()
        changed = changed or len(back) < len(moves)
    if changed:  # Qt lays out again only the cells changed: the notes under the table were
        document.markContentsDirty(0, document.characterCount())  # left without lines
        layout.documentSize()
