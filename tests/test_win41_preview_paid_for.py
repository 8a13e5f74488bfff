"""win41 (5): the import dialog's preview says the 代付 notes the import report will say, from
the same core source (core.ledger.paid_for: paid_for_message, unnamed_message, read by
core.ledger.preview into SheetPreview.notes). Before: the report (and `main.py import`) said
"Sheet “收款”: 2 payments' notes say they were made for other customers (代付): counted as
those customers' money…" and named a 代付 name no customer has; the preview, where the clerk
can still correct the note, said neither (its rows alone showed the customer)."""

from __future__ import annotations

import html
import shutil
from datetime import date
from pathlib import Path

import pytest
from account_cli import imported
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_import_dialog import _dialog
from test_stop38_paid_for_stored import ORBIT, PAYER

from core import i18n
from core.ledger.importer import import_files
from ui.importing.dialog import MAPPING

CODES = ("paid_for", "paid_for_unnamed")


def _slips(tmp_path: Path) -> Path:
    """Two slips for Orbit Tech (代…付款), one for a name no customer has."""
    return write_xlsx(tmp_path / "收款11月.xlsx", {"收款": [
        ["收款日期", "客户名称", "收款金额", "币种", "备注"],
        [date(2026, 6, 15), PAYER, 8_800, "USD", "代Orbit Tech LLC付款"],
        [date(2026, 10, 15), PAYER, 9_100, "USD", "代Orbit Tech LLC付款"],
        [date(2026, 10, 20), PAYER, 1_000, "USD", "代Nordlicht Moebel GmbH付款"]]})


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_preview_says_the_paid_for_notes_the_report_says(qtbot, tmp_path, language):
    db = imported(tmp_path / "firm.sqlite", write_xlsx(tmp_path / "订单.xlsx", {"订单": ORBIT}))
    slips = _slips(tmp_path)
    i18n.set_language(language)  # after the command line's import, which sets English
    try:
        shutil.copy(db, tmp_path / "copy.sqlite")
        [result] = import_files(tmp_path / "copy.sqlite", [slips])
        said = [w.text for w in result.warnings if w.code in CODES]
        assert sorted(w.code for w in result.warnings if w.code in CODES) == sorted(CODES)
        dialog = _dialog(qtbot, db, [slips])
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        assert dialog.stack.currentIndex() == MAPPING
        shown = dialog.editor.sheet_label.text()
        for text in said:  # was neither
            assert html.escape(text) in shown, (text, shown)
        assert ("Orbit Tech LLC" in shown) and ("Nordlicht Moebel GmbH" in shown)
        assert ("代付" in said[0]) and (("工作表" in said[0]) == (language == "zh_CN"))
    finally:
        i18n.set_language("en")
