"""One word for one thing on every screen, page of the guide and printout (core.analysis.names),
the article named where its figures are quoted, and marks drawn as their captions say: the
goal dashed, the firm's bar green, amber or red against the article."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor
from words import OTHER_WORDS

from core import i18n
from core.analysis.names import ARTICLE_TITLE, GROUPS, LISTS, customer_label, list_name
from core.analysis.run import analyse
from core.paths import resource_dir
from core.store import opened
from ui import style
from ui.overview.charts import BenchmarkBars
from ui.overview.page import OverviewPage, verdict_colour


def _guide(language: str) -> str:
    folder = resource_dir() / "help" / language
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.html")))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_guide_uses_the_screens_words(language):
    i18n.set_language(language)
    text = _guide(language)
    plain = re.sub(r"<[^>]+>", " ", text).casefold()
    assert not [w for w in OTHER_WORDS[language] if w.casefold() in plain]
    for code in ("prospect", "dormant"):  # the two groups outside the pyramid, named as shown
        assert customer_label(code).casefold() in plain or i18n.tr(
            f"{code}").casefold() in plain, code
    for code in LISTS:
        assert list_name(code).casefold() in plain, code
    assert len(GROUPS) == 5


def test_the_article_is_named_and_the_bars_coloured_on_the_overview(qtbot, sample_db):
    i18n.set_language("zh_CN")
    assert ARTICLE_TITLE in _guide("zh_CN")
    page = OverviewPage()
    qtbot.addWidget(page)
    with opened(sample_db) as conn:
        page.set_data(analyse(conn))
    assert f"《{ARTICLE_TITLE}》" in page.cards["benchmarks"].caption.text()
    colours = [row.color for row in page.benchmark_rows()]
    assert colours[0] is None  # the top 20 %'s share is read, not scored
    assert set(colours[1:]) - {None} <= {style.GOOD, style.CAUTION, style.BAD}
    assert any(colours[1:])


def test_the_bar_is_coloured_by_how_the_firm_compares():
    assert verdict_colour(0.36, 0.12, 0.28, 1) == style.GOOD  # conversion above the goal
    assert verdict_colour(0.20, 0.12, 0.28, 1) == style.CAUTION  # above the article only
    assert verdict_colour(0.10, 0.12, 0.28, 1) == style.BAD
    assert verdict_colour(34, 45, 28, -1) == style.CAUTION  # days: fewer is better
    assert verdict_colour(0.26, 0.65, None, -1) == style.GOOD  # bottom 50 %'s orders
    assert verdict_colour(0.87, 0.83, None, 0) is None  # concentration: read, not scored
    assert verdict_colour(None, 0.62, None, 1) is None


def test_the_goal_is_drawn_dashed_as_the_caption_says(qtbot):
    bars = BenchmarkBars()
    qtbot.addWidget(bars)
    bars.resize(400, 80)
    bars.set_rows([("conversion", 0.2, 0.12, 0.6)])
    image = bars.grab().toImage()
    goal = QColor(style.GOAL)

    def is_goal(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - goal.red()) + abs(c.green() - goal.green()) + abs(
            c.blue() - goal.blue()) < 60

    counts = {x: sum(is_goal(x, y) for y in range(image.height()))
              for x in range(image.width())}
    x = max(counts, key=counts.__getitem__)
    assert counts[x] > 4, "no goal mark drawn"
    runs, inside = 0, False
    for y in range(image.height()):
        now = is_goal(x, y)
        runs += now and not inside
        inside = now
    assert runs >= 3  # dashes, not one solid line


def test_qt_s_own_file_dialog_speaks_chinese(qtbot):
    """The non-native dialog (Linux, or where the native one is off): every label Chinese."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from ui.language import install_qt_translations

    assert install_qt_translations("zh_CN")
    try:
        dialog = QFileDialog(None, "x", str(resource_dir()), "Ledgers (*.xlsx)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "查找范围(&L)："
        assert labels["fileTypeLabel"] == "文件类型(&T)："
        assert labels["fileNameLabel"].startswith("文件名")  # Qt's own, still used
    finally:
        install_qt_translations("en")
