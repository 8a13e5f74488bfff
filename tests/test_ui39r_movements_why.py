"""Tier movement at 1280 × 800 (main.py screenshot's size), looked at (ui39r): win39 cut the
names in the middle so a branch's end customer still told rows apart, but set the mode on the
whole table, and the "Why" sentence was cut in the middle too: its start went and the rank
before was cut in two ("此前在 131 家活跃客户中排第 6…在 134 家中排第 65", a two-digit rank read
as 6; "criteria unchanged (2 of 4): ranke…active customers"). The cells are read as the table
paints them: a style notes each cell's option."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProxyStyle, QStyle
from test_movements_view import _open_movements
from test_window_second_pass_gui36b import apps_font, firm, sample  # noqa: F401 - fixtures

from core import i18n
from ui.movements import model as moves


class _Painted(QProxyStyle):
    """Notes each cell the table paints: its text and how a text too long for it is cut."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.cells: list[tuple[str, int, Qt.TextElideMode]] = []

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802, ANN001
        if element == QStyle.ControlElement.CE_ItemViewItem:
            self.cells.append((option.text, option.rect.width(), option.textElideMode))
        super().drawControl(element, option, painter, widget)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_why_keeps_its_start_and_a_name_its_end_when_cut(
        qtbot, firm, apps_font, language):  # noqa: F811 - fixtures
    i18n.set_language(language)
    page = _open_movements(qtbot, firm)[1]
    window = page.window()
    window.resize(1280, 800)  # `main.py screenshot --size 1280x800`'s window
    window.show()
    qtbot.waitExposed(window)
    table, model = page.table, page.table.model()
    painted = _Painted()
    table.setStyle(painted)
    table.viewport().grab()  # painted as on screen
    metrics = table.fontMetrics()
    texts = {key: {model.index(row, moves.COLUMN_INDEX[key]).data()
                   for row in range(model.rowCount())} for key in ("why", "customer")}
    cut = {key: [(text, metrics.elidedText(text, mode, width - 8))
                 for text, width, mode in painted.cells if text in texts[key]
                 and metrics.horizontalAdvance(text) > width - 8] for key in texts}
    assert cut["why"]  # the sample's "criteria unchanged (2 of 4): ranked …" sentences
    for whole, shown in cut["why"]:
        assert shown.endswith("…") and whole.startswith(shown[:-1].rstrip()), shown
    for whole, shown in cut["customer"]:  # (none are, in Chinese, at this width)
        assert shown.startswith(whole[:3]) and shown.endswith(whole[-2:]), shown
