"""acct54b: the import dialog's preview reads a 到账 column of dates as the import does.

fix53i made the import read a 到账 column whose cells are all dates as the date received (no
money column); the dialog's preview, built before the rows were read, still showed it as
"Amount received" until the import ran. Driven through the real dialog, in both languages.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_import_dialog import _dialog

from core import i18n
from core.ledger.importer import import_files
from ui.importing.dialog import ImportDialog

HEAD = ["客户名称", "合同号", "订单日期", "金额", "币种", "付款方式", "到期日", "到账"]
ROWS = [["Alpha Trading LLC", "A-1", date(2025, 3, 1), 12_000, "USD", "T/T 30 days",
         date(2025, 3, 31), date(2025, 4, 2)],
        ["Beta Imports Ltd", "B-1", date(2025, 4, 1), 8_000, "USD", "OA 60 days",
         date(2025, 5, 31), None]]


def _column_header(dialog: ImportDialog, header: str) -> str:
    model = dialog.editor.model
    across = Qt.Orientation.Horizontal
    [section] = [i for i in range(model.columnCount())
                 if str(model.headerData(i, across)).startswith(header + "\n")]
    return str(model.headerData(section, across))


@pytest.mark.parametrize(("language", "said"), [("en", "到账\n→ Date received"),
                                                ("zh_CN", "到账\n→ 收款日期")])
def test_the_preview_shows_a_column_of_dates_as_the_date_received(
        qtbot, tmp_path: Path, language: str, said: str) -> None:
    """Before: the column's header read "到账 → Amount received" (已收金额) and the dropdowns
    put it under the money received, where the import reads it as the date received."""
    ledger = write_xlsx(tmp_path / "2025年台账.xlsx", {"台账": [HEAD, *ROWS]})
    [result] = import_files(tmp_path / "other.sqlite", [ledger])
    assert result.sheets[0].mapping.get("received_date") == "到账"  # what the import reads
    i18n.set_language(language)
    try:
        dialog = _dialog(qtbot, tmp_path / "firm.sqlite", [ledger])
        assert _column_header(dialog, "到账") == said
        assert dialog.editor.combos["received_date"].currentData() == "到账"
        assert not dialog.editor.combos["received_amount"].currentData()
    finally:
        i18n.set_language("en")
