"""Every sortable table shows the top of the new order after a header click (ux29b): the
movements table, the merge chooser and the corrections list kept their scroll offset, as the
customer table did before ux29, so the rows sorted for sat above the first row on screen.
Each is driven as a clerk does: select a row halfway down, click a header."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from test_main_window import open_window

from core import override_changes
from core.store import opened
from ui.customers.corrections_view import CorrectionsDialog
from ui.main_window import MainWindow

WAIT = 60000


def shown_window(qtbot, sample_db: Path, tmp_path: Path) -> MainWindow:
    """A copy of the sample firm in a window the size of a 1280 × 800 screen, on screen."""
    db = tmp_path / "firm.sqlite"
    shutil.copy(sample_db, db)
    window = open_window(qtbot, db)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def all_months(qtbot, window: MainWindow):
    """The tier-movement tab, on all months: more moves than the table shows at once."""
    page = window.movements
    with qtbot.waitSignal(page.computed, timeout=WAIT):
        window.commands.actions["movements"].trigger()
    page.month.setCurrentIndex(0)
    return page


def corrections_listed(qtbot, window: MainWindow, count: int) -> CorrectionsDialog:
    """The corrections list open over `count` corrections, one of each first customer."""
    names = [c.customer for c in window.analysis.customers][:count]
    with opened(window.db_path) as conn:
        for name in names:
            override_changes.set_project(conn, name, True)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.refresh()
    window.commands.actions["corrections"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, CorrectionsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(names), timeout=WAIT)
    return dialog


def _selected(table: QTableView) -> list[tuple[str, ...]]:
    """The rows selected, by what they say, wherever the sort put them."""
    model = table.model()
    return [tuple(str(model.index(i.row(), c).data()) for c in range(model.columnCount()))
            for i in table.selectionModel().selectedRows()]


def _sort_from_the_middle(qtbot, table: QTableView, column: int) -> None:
    """Down the list with the arrow key until the first rows are out of sight, then click
    the header of `column`: the top of the new order shows, the row chosen stays chosen."""
    qtbot.waitExposed(table)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 0)).center())
    for _ in range(table.model().rowCount()):
        if table.rowAt(0) > 0:
            break
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.rowAt(0) > 0, "the table holds too few rows to scroll"
    chosen = _selected(table)
    assert len(chosen) == 1
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == column  # the click sorted
    assert table.rowAt(0) == 0  # the first row of the new order is the first on screen
    assert _selected(table) == chosen


def test_the_movements_table_shows_the_top_after_a_sort(qtbot, sample_db, tmp_path):
    page = all_months(qtbot, shown_window(qtbot, sample_db, tmp_path))
    _sort_from_the_middle(qtbot, page.table, 1)


def test_the_merge_chooser_shows_the_top_after_a_sort(qtbot, sample_db, tmp_path):
    window = shown_window(qtbot, sample_db, tmp_path)
    dialog = window.overrides.choose_merge(window.analysis.customers[0], window.table)
    assert dialog is not None
    dialog.show()
    _sort_from_the_middle(qtbot, dialog.table, 0)


def test_the_corrections_list_shows_the_top_after_a_sort(qtbot, sample_db, tmp_path):
    dialog = corrections_listed(qtbot, shown_window(qtbot, sample_db, tmp_path), 24)
    _sort_from_the_middle(qtbot, dialog.table, 2)
