"""The import dialog and the questions naming files, as a clerk sees them (look34).

- a tab of a file the import refuses says why on three lines; the file chosen next in "Ledger
  file" kept that height for its first tab, its one row filling the tabs' pane, so a workbook's
  other tabs sat below the fold;
- at 150 % on a 1280x800 screen the dialog is as small as it gets, and its tabs' pane showed
  one tab and a half: a three-month workbook's third tab, and its counts, were out of sight.
  The pane now keeps three tabs in sight at any size;
- a refused tab's "Will be refused: …" took the lines it needed at the width the list had
  when the file was first shown: the dialog grown to its size (or made narrower), the reason
  ended "…, or choose it under “Column in the fil…". Its lines now follow the list's width;
- after File → Undo the last import…, the "Undone: …" line naming the file the database was
  kept as stood 15 seconds in the status bar, one line: at 1280 px the path was cut in its
  folder, the file's name never shown. The result now also stays in a box, wrapped, whole,
  its text selectable, inside the screen.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import databases
from ledgers import write_xlsx
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from test_data_safety_gui import _trigger
from test_import_dialog import _dialog
from test_import_tabs_screens34 import workbook
from test_main_window import open_window
from test_restore_names_copy_ui33 import SayYes

from core import backups, i18n
from ui.importing.dialog import MAPPING, ImportDialog
from ui.importing.tabs_table import SKIPPED, TAKEN


def refused_and_good(qtbot, tmp_path: Path) -> ImportDialog:
    """A workbook of three tabs, then a file with no amount column: the import refuses it."""
    headers = ["合同号", "客户名称", "下单日期", "币种", "备注"]
    refused = write_xlsx(tmp_path / "3月.xlsx", {"3月": [
        headers, *[[f"S-{n}", "Sunrise", date(2025, 3, n), "USD", "急"] for n in range(1, 4)]]})
    dialog = _dialog(qtbot, tmp_path / "firm.sqlite", [workbook(tmp_path), refused])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MAPPING
    return dialog


def test_a_file_shown_after_a_refused_one_has_rows_one_line_high(qtbot, tmp_path: Path) -> None:
    dialog = refused_and_good(qtbot, tmp_path)
    tabs = dialog.editor.tabs
    dialog.file_combo.setCurrentIndex(1)  # 3月.xlsx: its refusal on several lines
    assert tabs.rowHeight(0) > tabs.verticalHeader().defaultSectionSize()
    dialog.file_combo.setCurrentIndex(0)  # the workbook: 1月, 2月, 回款
    line = tabs.verticalHeader().defaultSectionSize()
    assert [tabs.rowHeight(row) for row in range(3)] == [line] * 3


def test_a_refusal_keeps_every_word_at_any_width_of_the_dialog(qtbot, tmp_path: Path) -> None:
    dialog = refused_and_good(qtbot, tmp_path)
    dialog.file_combo.setCurrentIndex(1)
    tabs = dialog.editor.tabs
    for width in (dialog.minimumSizeHint().width(), 1200, 700):
        dialog.resize(width, dialog.height())
        qtbot.waitUntil(lambda width=width: dialog.width() == width
                        and tabs.rowHeight(0) == tabs.sizeHintForRow(0))
        words = tabs.model().index(0, TAKEN).data()
        across = sum(tabs.columnWidth(column) for column in range(TAKEN, SKIPPED + 1))
        lines = tabs.fontMetrics().boundingRect(QRect(0, 0, across - 8, 1 << 20),
                                                Qt.TextFlag.TextWordWrap, words).height()
        assert tabs.rowHeight(0) >= lines + 4 > 2 * tabs.fontMetrics().height(), width


def test_three_tabs_stay_in_sight_in_the_smallest_dialog(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "firm.sqlite", [workbook(tmp_path)])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    dialog.resize(dialog.minimumSizeHint())  # as small as on a 1280x800 screen at 150 %
    qtbot.waitUntil(lambda: dialog.size() == dialog.minimumSizeHint())
    tabs = dialog.editor.tabs
    seen = tabs.viewport().rect()
    assert all(seen.contains(tabs.visualRect(tabs.model().index(row, 0))) for row in range(3))


def test_the_undone_line_s_file_is_shown_whole_in_a_box_on_the_screen(qtbot, tmp_path: Path
                                                                      ) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    folder = tmp_path / "某某进出口贸易有限公司 财务部 共享文件夹" / "2025年 订单台账 (最终版)"
    folder.mkdir(parents=True)
    db, _, _ = databases.two_months(folder)
    i18n.set_language("zh_CN")
    said = SayYes()
    try:
        window = open_window(qtbot, db)
        window.setGeometry(window.screen().availableGeometry())  # 1280x800 under Xvfb
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.analysed, timeout=30000):
            _trigger(window, "undo_import")
        qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)
        [safety] = [b.path for b in backups.listing(db) if b.reason == "undo"]
        boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
        [box] = [box for box in boxes if str(safety) in box.text()]
        assert box.text() == window.statusBar().currentMessage()
        assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        assert box.screen().availableGeometry().contains(box.frameGeometry())
    finally:
        said.timer.stop()
        i18n.set_language("en")
