"""Chinese printed lines break between words (win39): a header read "近 12" over "个月订单数",
a reason "低于层" over "级下四分位数". A number keeps its measure word, a known word is whole."""

from __future__ import annotations

import re

import pytest

from ui.printing.wrapping import header_lines, header_pieces, keep_terms_whole

REASON = ("毛利率 12.0% 在本层级中偏低（低于层级下四分位数 15.0%；整个层级都低于 35%–45% 区间）："
          "需重新定价。")


def _ends_in_a_number(lines: list[str]) -> list[str]:
    return [line for line in lines[:-1] if re.search(r"\d\s*$", line)]


@pytest.mark.parametrize("room", range(3, 12))
def test_a_chinese_header_keeps_its_number_with_its_measure_word(room: int):
    for header in ("近 12 个月订单数", "毛利率（近 12 个月）", "超过 60 天的逾期"):
        lines = header_lines(header, room, len)
        assert "".join(lines).replace(" ", "") == header.replace(" ", "")
        assert _ends_in_a_number(lines) == [], lines  # was ["近 12", "个月订单数"] at 5
        assert not any(line in "）)" for line in lines), lines  # no bracket on its own
    assert "近 12 个月" in header_pieces("近 12 个月订单数")  # the column is as wide as it
    # (with the one-character word before it since ui39r: tests/test_ui39r_wrapping.py)


def _lines(document) -> list[str]:  # type: ignore[no-untyped-def]  # noqa: ANN001
    block, found = document.begin(), []
    while block.isValid():
        text, layout = block.text(), block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            found.append(text[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    return found


def split_words(text: str, words: tuple[str, ...], widths: range) -> list[tuple[int, str, str]]:
    """Where `text`, laid out `widths` characters a line by keep_terms_whole, ends a line
    inside one of `words`: (characters a line, the line, the next)."""
    from PySide6.QtGui import QFontMetricsF, QTextDocument

    document = QTextDocument()
    document.setPlainText(text)
    char = QFontMetricsF(document.defaultFont()).horizontalAdvance("层")
    split = []
    for chars in widths:
        document.setTextWidth(chars * char + 2 * document.documentMargin())
        keep_terms_whole(document)
        lines = [line.replace("\u2028", "") for line in _lines(document)]
        assert "".join(lines) == text
        split += [(chars, lines[n], lines[n + 1]) for n in range(len(lines) - 1)
                  for word in words
                  if any(lines[n].endswith(word[:k]) and lines[n + 1].startswith(word[k:])
                         for k in range(1, len(word)))]
    return split


def test_a_chinese_reason_never_breaks_inside_a_known_word(qapp):  # type: ignore[no-untyped-def]
    # was "低于层" over "级下四分位数", …
    assert split_words(REASON, ("层级", "四分位数"), range(8, 30)) == []
