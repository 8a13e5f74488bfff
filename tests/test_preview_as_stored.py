"""The import dialog's preview shows each cell as the import will store it. Under 金额(万元) it
showed 0.8 while the import stored 8,000 (the header's unit); a row typed 收款 showed its sum
as an order's amount, though the import books it as money received; "Acme 小计" with a date
and the sum looked like one more order, though the import leaves it out."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_import_dialog import _dialog, _import

from core import i18n
from ui.importing.dialog import MAPPING

UNITS = {  # header, its unit's words in each language, the figures written and stored
    "金额(万元)": ("the column is in 万 (ten thousands): ×10,000", "该列单位为万：×10,000",
                 (0.8, 0.5), ("8,000.00", "5,000.00")),
    "Amount (USD'000)": ("the column is in thousands: ×1,000", "该列单位为千：×1,000",
                         (12.5, 3), ("12,500.00", "3,000.00")),
}


def _ledger(tmp_path, header: str):
    order, paid = UNITS[header][2]
    rows = [["A-1", "销售", "Acme", date(2025, 3, 2), order],
            [None, None, "Acme 小计", date(2025, 3, 31), order],
            [None, "收款", "Acme", date(2025, 3, 20), paid]]
    return write_xlsx(tmp_path / "3月台账.xlsx",
                      {"3月": [["合同号", "类型", "客户名称", "下单日期", header], *rows]})


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("header", list(UNITS))
def test_the_preview_shows_what_the_import_stores(qtbot, db_path, tmp_path, header, language):
    i18n.set_language(language)
    en = language == "en"
    unit = UNITS[header][0 if en else 1]
    stored_order, stored_paid = UNITS[header][3]
    dialog = _dialog(qtbot, db_path, [_ledger(tmp_path, header)])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MAPPING
    editor, model = dialog.editor, dialog.editor.model
    column = model.sheet.headers.index(header)
    label = "Amount" if en else "金额"
    assert model.headerData(column, Qt.Orientation.Horizontal).endswith(
        f"→ {label} ×{unit.rsplit('×')[1]}")

    def cell(row: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
        return model.data(model.index(row, column), role)

    written = [str(v) for v in UNITS[header][2]]
    assert cell(0) == f"{written[0]} → {stored_order}"  # the order, in units of one
    assert unit in cell(0, Qt.ItemDataRole.ToolTipRole)
    assert editor.values["amount"].text().startswith(f"{written[0]} → {stored_order}")
    assert unit in editor.values["amount"].text()

    subtotal = "“Acme 小计” is a subtotal, not an order" if en else "“Acme 小计”是小计，不是订单"
    assert cell(1) == f"{written[0]} → {'not imported' if en else '不导入'}"
    assert cell(1, Qt.ItemDataRole.ToolTipRole).count(subtotal) == 1
    assert subtotal in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == subtotal
    assert model.data(model.index(1, 2), Qt.ItemDataRole.FontRole).strikeOut()

    received = f"{stored_paid} received" if en else f"收款 {stored_paid}"
    assert cell(2) == f"{written[1]} → {received}"
    assert ("a payment received, not an order" if en else "收款，不是订单") in cell(
        2, Qt.ItemDataRole.ToolTipRole)

    assert [r.status for r in _import(qtbot, dialog)] == ["imported"]
    conn = sqlite3.connect(db_path)
    lines = conn.execute("SELECT amount, received_amount FROM order_lines ORDER BY id").fetchall()
    conn.close()
    money = [float(v.replace(",", "")) for v in (stored_order, stored_paid)]
    assert lines == [(money[0], None), (0, money[1])]
