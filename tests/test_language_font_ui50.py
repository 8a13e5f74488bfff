"""A language switch gives every widget the new language's font at once (ui50, after rv50b).

Switched from Chinese to English, 33 widgets of the customer panel and the date boxes kept the
Chinese font until a restart (English drawn with full-width quotes), and the order history was
fitted in the old font: its due date column 74 px wide for a date of 77 px, cut "2025-11-…".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from test_sorted_tables_ux29b import shown_window

from ui import language
from ui.customers.orders_model import COLUMN_INDEX
from ui.main_window import MainWindow
from ui.screenshot import worth_showing
from ui.widgets import words_width

DATES = ("order_date", "ship_date", "due_date")


def _stale(window: MainWindow, family: str) -> list[str]:
    """The shown widgets whose font is not led by `family`."""
    return [f"{type(w).__name__} {w.text() if isinstance(w, QLabel | QAbstractButton) else ''}"
            [:60] for w in window.findChildren(QWidget)
            if w.isVisible() and w.font().families()[:1] != [family]]


def _cut_dates(window: MainWindow) -> list[tuple[str, int, int]]:
    """The history's date columns narrower than their dates: (column, width, needed)."""
    table = window.panel.orders
    model = table.model()
    cut = []
    for key in DATES:
        column = COLUMN_INDEX[key]
        texts = [model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or ""
                 for row in range(model.rowCount())]
        needed = words_width(table, texts)
        if table.columnWidth(column) < needed:
            cut.append((key, table.columnWidth(column), needed))
    return cut


@pytest.mark.parametrize("first, then", [("zh_CN", "en"), ("en", "zh_CN")])
def test_the_switch_gives_the_panel_the_new_font_and_refits_the_history(
        qtbot, tmp_path, sample_db, first, then) -> None:
    chinese = language.cjk_font()
    assert chinese is not None  # the tests' machine has a Chinese font: the app needs one
    window = shown_window(qtbot, sample_db, tmp_path)  # 1280 × 800, on screen
    window.commands.actions[f"lang_{first}"].trigger()
    QApplication.processEvents()
    customer = worth_showing(window.analysis)
    assert customer is not None
    window.select_customer(customer.customer_id)
    assert window.panel.customer is customer and window.panel.orders.model().rowCount() > 1
    for code in (then, first):  # there and back, through the menu's real actions
        window.commands.actions[f"lang_{code}"].trigger()
        QApplication.processEvents()  # what Qt posted meanwhile (the font, on main) arrives
        family = language.families(code, chinese)[0]
        assert window.panel.name.font().families()[0] == family
        assert window.panel.orders_title.font().families()[0] == family
        assert window.panel.tier_card.title.font().families()[0] == family
        assert _stale(window, family) == []
        assert _cut_dates(window) == []
    window.close()
