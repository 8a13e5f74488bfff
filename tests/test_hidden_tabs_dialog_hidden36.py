"""hidden36: the import dialog lists a hidden ledger tab the import reads (4月 hidden in a
year's book), named as hidden, its counts the import's; the hidden helpers stay unlisted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_hidden_tabs_hidden36 import _book
from test_import_dialog import _import
from test_import_tabs_screens34 import choose_tab, mapping_page, tabs_shown

from core import i18n
from ui.importing.tabs_table import TAB, TAKEN

SHOWN = {"en": "4月 (hidden sheet)", "zh_CN": "4月（隐藏的工作表）"}
SAID = {"en": "the import reads it as part of the book", "zh_CN": "导入时把它作为台账的一部分读取"}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_hidden_month_tab_is_listed_as_hidden_with_the_import_s_counts(
        qtbot, tmp_path: Path, language: str) -> None:
    """Before: the list showed 3月 and 5月 only (4月's two rows never read, nothing said)."""
    dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", _book(tmp_path), language)
    shown = tabs_shown(dialog)
    assert [cells[TAB] for cells in shown] == ["3月", SHOWN[language], "5月"]
    assert [cells[TAKEN] for cells in shown] == ["2", "2", "1"]
    model = dialog.editor.tabs.model()
    assert SAID[language] in model.index(1, TAB).data(Qt.ItemDataRole.ToolTipRole)
    assert SAID[language] not in model.index(0, TAB).data(Qt.ItemDataRole.ToolTipRole)
    choose_tab(qtbot, dialog, SHOWN[language])
    assert dialog.editor.model.sheet.name == "4月"
    [result] = _import(qtbot, dialog)
    i18n.set_language("en")
    assert [(s.name, s.rows) for s in result.sheets] == [("3月", 2), ("4月", 2), ("5月", 1)]
