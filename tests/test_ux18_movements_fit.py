"""Tier movement on the bundled sample at 1280 × 800: every month's table fits the window.
The cut columns (customer, from, to) reached their floors and "Why" kept 45 characters, so
the table sat 16 px wider than its window behind a horizontal scrollbar; now "Why" gives up
what the others could not (its sentence is whole in its tooltip)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from test_movements_view import _open_movements

from core import i18n
from core.analysis.names import side_name
from core.paths import resource_dir
from ui import operations
from ui.language import use_font
from ui.movements.model import COLUMN_INDEX

WHY_FLOOR_CHARS = 36  # what "Why" kept here when the names were cut as far as they go


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


@pytest.fixture
def apps_font(qapp):
    """The font the app sets (ui.app.make_app): Chinese names in the CJK family, as on screen."""
    before = QFont(qapp.font())
    use_font("en")
    yield
    qapp.setFont(before)


def test_every_month_of_the_sample_fits_1280_pixels(qtbot, tmp_path, apps_font):
    i18n.set_language("en")  # the Chinese titles and names are narrower: they fitted
    db = operations.open_sample(tmp_path / "sample.sqlite", resource_dir() / "sample")
    window, page = _open_movements(qtbot, db)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    table, why = page.table, COLUMN_INDEX["why"]
    least = table.fontMetrics().averageCharWidth() * WHY_FLOOR_CHARS
    for index in range(page.month.count()):
        page.month.setCurrentIndex(index)
        assert table.horizontalScrollBar().maximum() == 0, page.month.currentText()
        assert table.columnWidth(why) >= least


def test_a_new_customers_from_reads_whole_at_1280_pixels(qtbot, tmp_path, apps_font):
    """English "(not a customer yet)" showed cut, "(not a ⋯", in the From column."""
    i18n.set_language("en")
    db = operations.open_sample(tmp_path / "sample.sqlite", resource_dir() / "sample")
    window, page = _open_movements(qtbot, db)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    table, column = page.table, COLUMN_INDEX["from"]
    shown = 0
    for index in range(page.month.count()):
        page.month.setCurrentIndex(index)
        model = table.model()
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            if text == side_name(None):
                shown += 1
                width = table.fontMetrics().horizontalAdvance(text)
                assert width + 2 * table.style().pixelMetric(
                    table.style().PixelMetric.PM_FocusFrameHMargin) <= table.columnWidth(column)
    assert shown  # the sample has new customers in some month
