"""The import dialog's preview says the sheet's notes the import report will say (bad39): a
month without its day, an Excel error cell, a hidden row, a number beyond 15 digits. The
report named them; the preview, where the clerk can still correct the file, said none."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from test_import_dialog import _dialog

from core.ledger.importer import import_files
from ui.importing.dialog import MAPPING


def _ledger(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "3月"
    sheet.append(["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额", "收款日期"])
    sheet.append(["PI-1", "Buyer 1", date(2025, 3, 3), 1000, "USD", 1000, date(2025, 4, 1)])
    sheet.append(["PI-2", "Buyer 2", date(2025, 3, 4), 2000, "USD", "#N/A", None])
    sheet.append(["PI-3", "Buyer 3", date(2025, 3, 5), 3000, "USD", 0, None])
    sheet.append([123456789012345678, "Buyer 4", date(2025, 3, 6), 4000, "USD", 0, None])
    sheet.cell(2, 7).number_format = 'yyyy"年"m"月"'
    sheet.row_dimensions[4].hidden = True
    book.save(path)
    return path


def test_the_preview_shows_the_notes_the_import_report_will_say(qtbot, tmp_path) -> None:
    path = _ledger(tmp_path / "3月.xlsx")
    [imported] = import_files(tmp_path / "other.sqlite", [path])
    said = [w.text for w in imported.warnings if w.code in (
        "month_only_end", "error_cells", "hidden_rows_read", "long_number")]
    assert len(said) == 4, [w.code for w in imported.warnings]
    dialog = _dialog(qtbot, tmp_path / "firm.sqlite")
    dialog.add_files([path])  # chosen as Add files… chooses it
    qtbot.waitUntil(lambda: not any(s.busy for s in dialog.states), timeout=20000)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MAPPING
    shown = dialog.editor.sheet_label.text()
    for text in said:
        assert html.escape(text) in shown, (text, shown)
    assert "column “收款日期”: 1 date gives a month without its day (row 2)" in shown
    assert "F3 (#N/A)" in shown and "(row 4)" in shown
