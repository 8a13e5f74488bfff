"""The import dialog's columns page at 1280 × 800 (ux29b): every preview cell reads whole,
"2026-13-45 → ?" included, in English and Chinese. A guard: the cut-off reported by the ux29
walkthrough did not show here (the preview sizes its columns to their contents); the test
fails as soon as a column is narrower than its text (e.g. the sizing dropped)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView
from test_clerk_first_use_ux29 import _bad_ledger

from core import i18n
from ui.importing.dialog import ImportDialog
from ui.tasks import Runner


def _cut_cells(table: QTableView) -> list[tuple[str, int, int]]:
    """Each cell whose text is wider than its column leaves it (Qt then shows "2026-13-…"):
    the text, its width with the cell's margins, the column's width."""
    model = table.model()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    cut = []
    for column in range(model.columnCount()):
        for row in range(model.rowCount()):
            index = model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole) or table.font()
            text = str(index.data() or "")
            width = QFontMetrics(font).horizontalAdvance(text) + 2 * margin
            if width > table.columnWidth(column):
                cut.append((text, width, table.columnWidth(column)))
    return cut


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_unreadable_value_reads_whole_on_the_columns_page(qtbot, db_path, tmp_path, language):
    i18n.set_language(language)
    dialog = ImportDialog(db_path, runner=Runner())
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    dialog.add_files([_bad_ledger(tmp_path / "ledger.xlsx")])
    qtbot.waitUntil(lambda: not any(s.busy for s in dialog.states), timeout=20000)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    table = dialog.editor.table
    qtbot.waitExposed(table)
    texts = [table.model().index(r, c).data() for r in range(table.model().rowCount())
             for c in range(table.model().columnCount())]
    assert "2026-13-45 → ?" in texts
    assert _cut_cells(table) == []
