"""win40: Tier movement at 150 % on 1280 × 800 (853 × 533 of Qt's pixels), "All months": the
name column cannot widen without hiding another column (in English 163 of the sample's 261
names are cut), so a cut name is read whole where the clerk points at it, in the tooltip Qt
shows over the real cell, and under the table for the chosen row. Driven through the real
window on the imported sample ledgers, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from test_win39_window import LANGUAGES, _shown_at_150
from test_window_second_pass_gui36b import apps_font, firm, sample  # noqa: F401 - fixtures

from core import i18n


def _tooltip_over(table, index) -> str:  # type: ignore[no-untyped-def]
    """What Qt shows when the pointer rests on the cell (a real ToolTip event to the view)."""
    where = table.visualRect(index).center()
    QToolTip.hideText()
    QApplication.sendEvent(table.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, where, table.viewport().mapToGlobal(where)))
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cut_name_reads_whole_over_its_cell_and_under_the_table_at_150_percent(
        qtbot, firm, apps_font, language):  # noqa: F811 - fixtures
    from test_movements_view import _open_movements

    from ui.movements import model as moves

    i18n.set_language(language)
    page = _open_movements(qtbot, firm)[1]
    _shown_at_150(qtbot, firm, page.window())
    page.month.setCurrentIndex(page.month.findData(None))  # All months
    table, column = page.table, moves.COLUMN_INDEX["customer"]
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    # every column on screen: the names cannot widen without pushing another off
    last = max(n for n in range(header.count()) if not table.isColumnHidden(n))
    assert header.sectionViewportPosition(last) + header.sectionSize(last) \
        <= table.viewport().width()
    model = table.model()
    shown = [(row, model.index(row, column).data())
             for row in range(min(model.rowCount(), 12))]  # the rows on screen and below
    cut = [(row, name) for row, name in shown
           if metrics.horizontalAdvance(name) > table.columnWidth(column) - 8]
    assert language == "zh_CN" or cut  # English cuts names at this width
    for row, name in cut or shown[:1]:
        table.scrollTo(model.index(row, column))
        assert _tooltip_over(table, model.index(row, column)) == name  # whole where pointed
        table.setCurrentIndex(model.index(row, column))
        assert page.why.text().startswith(name), page.why.text()  # and under the table
