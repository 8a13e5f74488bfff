"""The welcome page's Chinese wraps between phrases, never inside a word: at 1280x800 the
intro broke "行动名 / 单". Laid out as the label lays it out, at its width and at narrower
ones, every line ends at punctuation or a space."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout, QTextOption

from core import i18n
from ui.welcome import WORD_JOINER, WelcomePage

ENDS = "，、：；。）” "


def _lines(text: str, font, width: int) -> list[str]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def test_the_chinese_welcome_wraps_only_between_phrases(qtbot):
    i18n.set_language("zh_CN")
    page = WelcomePage()
    qtbot.addWidget(page)
    for label in (page.intro, page.hint):
        text = label.text()
        for width in range(240, label.width() + 1, 40):
            lines = _lines(text, label.font(), width)
            inside = [line for line in lines[:-1] if line.rstrip(WORD_JOINER)[-1] not in ENDS]
            assert inside == [], (width, lines)
    assert page.intro.text().replace(WORD_JOINER, "").endswith("该培养谁。")
    i18n.set_language("en")
    page.retranslate()
    assert WORD_JOINER not in page.intro.text() + page.hint.text()  # English as written

