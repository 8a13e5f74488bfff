"""The in-app guide: every topic in both languages, opened at the topic asked for."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtWidgets import QDialog, QLabel

from core import i18n
from ui import help as guide

REQUESTED = ("rfmt", "pyramid", "phases", "risk", "credit", "value", "benchmarks", "pareto",
             "aging", "import", "payments", "resent", "refunds", "months")


def _text(html: str) -> str:
    body = html.split("<body>", 1)[-1]
    return re.sub(r"<[^>]+>", " ", body)


def _prose(html: str) -> str:
    """A page's text but the ledger's own words quoted in <code> (退汇, 本月收款, 4月台账.xlsx):
    an English page names the cells a clerk writes as the ledger has them."""
    return _text(re.sub(r"<code>.*?</code>", " ", html))


def _cjk_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum("\u4e00" <= ch <= "\u9fff" for ch in letters) / max(1, len(letters))


def test_every_topic_the_app_asks_for_exists():
    assert set(REQUESTED) <= set(guide.topics())


@pytest.mark.parametrize("topic", REQUESTED)
def test_each_topic_exists_in_both_languages(topic):
    chinese = _text(guide.help_html(topic, "zh_CN"))
    english = _prose(guide.help_html(topic, "en"))
    assert _cjk_share(chinese) > 0.6, topic
    assert _cjk_share(english) == 0, topic
    words = len(english.split())
    assert 150 <= words <= 420, (topic, words)
    assert 250 <= sum("\u4e00" <= ch <= "\u9fff" for ch in chinese) <= 900, topic


# the pages that link to other topics
LINKED = ("rfmt", "pyramid", "phases", "risk", "benchmarks", "pareto", "aging", "import")


def _links(topic: str, language: str) -> list[str]:
    return re.findall(r'href="topic:(\w+)"', guide.help_html(topic, language))


def test_every_page_with_links_has_its_links_checked():
    linking = {topic for topic in guide.topics() for language in i18n.LANGUAGES
               if _links(topic, language)}
    assert linking == set(LINKED)


@pytest.mark.parametrize("topic", LINKED)
def test_links_between_topics_lead_somewhere(topic):
    english = _links(topic, "en")
    assert english and _links(topic, "zh_CN") == english  # both languages link alike
    assert set(english) <= set(guide.topics()) and topic not in english


def test_the_guide_carries_the_article_numbers():
    phases = guide.help_html("phases", "en")
    for number in ("60 days", "14 on D/P", "20,000 USD", "50,000 USD", "15%", "12% to 28%"):
        assert number in phases
    benchmarks = guide.help_html("benchmarks", "zh_CN")
    for number in ("83%", "65%", "62%", "12% → 28%", "45 → 28"):
        assert number in benchmarks


def test_unknown_topic_is_an_error():
    with pytest.raises(KeyError):
        guide.help_html("nope", "en")


def test_show_help_opens_the_topic_and_reuses_the_window(qtbot):
    dialog = guide.show_help(None, "risk")
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.topic == "risk" and dialog.list.currentRow() == guide.topics().index("risk")
    assert "risk grade" in dialog.browser.toPlainText()
    again = guide.show_help(None, "pyramid")
    assert again is dialog and "20/30/50" in dialog.browser.toPlainText()
    dialog.list.setCurrentRow(guide.topics().index("aging"))
    assert dialog.topic == "aging" and "aging" in dialog.browser.toPlainText()


def test_links_turn_the_page(qtbot):
    dialog = guide.HelpDialog()
    qtbot.addWidget(dialog)
    dialog.browser.anchorClicked.emit(QUrl("topic:phases"))
    assert dialog.topic == "phases"


def test_the_guide_follows_the_language(qtbot):
    i18n.set_language("zh_CN")
    dialog = guide.show_help(None, "rfmt")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "TradeTier 使用指南"
    assert "四项指标" in dialog.browser.toPlainText()
    assert dialog.list.item(0).text() == "R、F、M、T 四项指标"


def test_the_guide_belongs_to_the_window_that_asks(qtbot):
    window = QDialog()
    qtbot.addWidget(window)
    card = QLabel(window)
    dialog = guide.show_help(card, "aging")
    assert dialog.parentWidget() is window  # not blocked by a modal dialog that asked
    assert guide.show_help(window, "risk") is dialog


def test_an_open_guide_follows_a_language_switch(qtbot):
    dialog = guide.HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show_topic("aging")
    i18n.set_language("zh_CN")
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert "应收账龄" in dialog.browser.toPlainText()


@pytest.mark.parametrize(("language", "tiers"), [
    ("en", ("Strategic", "Core", "Long tail")), ("zh_CN", ("战略客户", "核心客户", "长尾客户"))])
def test_the_pyramid_page_says_the_margin_bands_the_analysis_uses(language, tiers,
                                                                  monkeypatch):
    """The page's bands are read from core.analysis.pyramid.ARTICLE_BANDS, where the margin
    flags read them: a band changed there is the band the guide says, in both languages."""
    from core.analysis import pyramid

    def rows() -> list[str]:
        page = guide.help_html("pyramid", language)
        return [" ".join(_text(row).split()) for row in re.findall(r"<tr>.*?</tr>", page)[1:]]

    assert rows()[0].startswith(tiers[0]) and rows()[0].endswith(" 35–45%")
    assert [row.split()[-1] for row in rows()] == ["35–45%", "25–30%", "15–20%"]
    monkeypatch.setattr(pyramid, "ARTICLE_BANDS", {"strategic": (0.40, 0.50),
                                                   "core": (0.22, 0.32),
                                                   "long_tail": (0.10, 0.18)})
    assert [row.split()[-1] for row in rows()] == ["40–50%", "22–32%", "10–18%"]
    assert [row.split()[0] for row in rows()] == [t.split()[0] for t in tiers]
    for topic in guide.topics():  # no page shows a figure's name unfilled
        assert not re.search(r"\{\w+:\w+\}", guide.help_html(topic, language)), topic
