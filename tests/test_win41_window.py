"""The window's win41 pass, each through the real window on a real database.

Tier movement in Chinese at 150 % on 1280 × 800 (853 × 533 of Qt's pixels) left about 200 px
blank right of "Days overdue": "Why" gave way (it could not have its 45 characters) and the
columns kept their contents' widths, so the table no longer filled its width."""

from __future__ import annotations

import pytest
from test_movements_view import _open_movements
from test_window_second_pass_gui36b import firm, sample  # noqa: F401 - fixtures

from core import i18n
from ui.language import use_font

LANGUAGES = ["en", "zh_CN"]


@pytest.fixture
def font_of(qapp):  # type: ignore[no-untyped-def]
    """The language's own font, as the app sets it (ui.language.use_font); English's after."""
    def use(language: str) -> None:
        i18n.set_language(language)
        use_font(language)
    yield use
    i18n.set_language("en")
    use_font("en")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [(853, 533), (1280, 800)])
@pytest.mark.parametrize("month", ["2025-12", None])  # December, and all months
def test_tier_movement_table_fills_its_width(
        qtbot, firm, font_of, language, size, month):  # noqa: F811 - fixture
    font_of(language)
    window, page = _open_movements(qtbot, firm)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    page.month.setCurrentIndex(page.month.findData(month))
    table, header = page.table, page.table.horizontalHeader()
    shown = [n for n in range(header.count()) if not header.isSectionHidden(n)]
    used = sum(header.sectionSize(n) for n in shown)
    # was 615 of 815 px in Chinese at 853 px ("Why" hidden, nothing took its room)
    assert used == table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
