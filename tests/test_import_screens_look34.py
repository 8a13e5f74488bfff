"""The import dialog and the questions naming files, as a clerk sees them (look34).

- a tab of a file the import refuses says why on three lines; the file chosen next in "Ledger
  file" kept that height for its first tab, its one row filling the tabs' pane, so a workbook's
  other tabs sat below the fold.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_import_dialog import _dialog
from test_import_tabs_screens34 import workbook

from ui.importing.dialog import MAPPING, ImportDialog


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
