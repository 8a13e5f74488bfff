"""The guide's topic list, in the app's font for each language: every title whole within
the list and no sideways scrollbar. Held to 220 px, "Credit limits, insurance and groups"
ran past the list's edge in English and the list scrolled sideways for it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from core import i18n
from ui.help import HelpDialog
from ui.language import use_font


@pytest.fixture
def language(request, qapp):
    before = QFont(qapp.font())
    use_font(i18n.set_language(request.param))
    yield request.param
    i18n.set_language("en")
    qapp.setFont(before)


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_every_topic_reads_whole_without_a_sideways_scrollbar(qtbot, language):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    topics = dialog.list
    assert topics.horizontalScrollBar().maximum() == 0
    metrics = QFontMetrics(topics.font())
    for row in range(topics.count()):
        item = topics.item(row)
        shown = topics.visualItemRect(item)
        assert metrics.horizontalAdvance(item.text()) <= shown.width(), item.text()
        assert shown.right() < topics.viewport().width(), item.text()
