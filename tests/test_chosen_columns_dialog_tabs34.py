"""The import dialog: the clerk fixes the order tabs' amount column of a workbook that also
holds a 收款 tab (tabs34).

The order tabs hold 金额 (the RMB figure, read as the amount) and 成交额 (the sale in USD). The
clerk chose 成交额 for Amount on the mapping page; the file was read again and refused, "No
column is headed “成交额”", because the 收款 tab has no such column: the tabs list emptied and
the import refused the whole workbook. Now the 收款 tab keeps its own columns and every tab
imports, with the counts the dialog showed.
"""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

from account_cli import customers
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_import_dialog import _choose, _dialog, _import, _wait_read
from test_import_tabs_screens34 import choose_tab, tabs_shown

from core.store import connect
from ui.importing.dialog import MAPPING
from ui.importing.tabs_table import TAB, TAKEN

ORDERS = ["订单号", "客户", "下单日期", "金额", "成交额", "币种"]


def _workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "台账2025.xlsx", {
        "1月": [ORDERS, ["PO-1", "Acme Trading", date(2025, 1, 10), 70000, 10000, "USD"],
               ["PO-2", "Bolt Industrial", date(2025, 1, 20), 35000, 5000, "USD"]],
        "2月": [ORDERS, ["PO-3", "Acme Trading", date(2025, 2, 5), 56000, 8000, "USD"]],
        "收款": [["客户", "收款日期", "收款金额"], ["Acme Trading", date(2025, 2, 15), 6000],
               ["Bolt Industrial", date(2025, 2, 20), 5000]]})


def test_the_amount_chosen_for_the_order_tabs_imports_the_workbook(qtbot, tmp_path: Path
                                                                   ) -> None:
    db = tmp_path / "firm.sqlite"
    dialog = _dialog(qtbot, db, [_workbook(tmp_path)])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MAPPING
    editor = dialog.editor
    assert editor.combo("amount").currentData() == "金额"
    _choose(editor.combo("amount"), "成交额")
    _wait_read(qtbot, dialog)
    state = dialog.states[0]
    assert state.refusal is None, state.refusal  # before: "No column is headed “成交额” …"
    assert state.overrides() == {"amount": "成交额"}
    shown = {cells[TAB]: int(cells[TAKEN]) for cells in tabs_shown(dialog)}
    assert shown == {"1月": 2, "2月": 1, "收款": 2}
    assert dialog.import_button.isEnabled()
    [result] = _import(qtbot, dialog)
    assert result.status == "imported", result.message
    assert {sheet.name: sheet.rows for sheet in result.sheets} == shown
    found = customers(db, date(2025, 3, 31))["by_name"]
    assert {name: (c["revenue_12m"], c["open_amount"]) for name, c in found.items()} == {
        "Acme Trading": (18000, 12000), "Bolt Industrial": (5000, 0)}


def test_the_dropdowns_list_the_headers_of_the_tab_shown(qtbot, tmp_path: Path) -> None:
    """The 收款 tab's own column 银行入账 (the day the bank booked it) was not offered: the
    dropdowns listed the first tab's headers whichever tab was shown. Chosen there for the
    date received, it dates that tab's payments; the order tabs keep their own dates."""
    path = write_xlsx(tmp_path / "台账2025.xlsx", {
        "1月": [ORDERS, ["PO-1", "Acme Trading", date(2025, 1, 10), 70000, 10000, "USD"]],
        "收款": [["客户", "收款日期", "收款金额", "银行入账"],
               ["Acme Trading", date(2025, 2, 15), 6000, date(2025, 2, 18)]]})
    db = tmp_path / "firm.sqlite"
    dialog = _dialog(qtbot, db, [path])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    offered = [editor.combo("order_date").itemData(i)
               for i in range(editor.combo("order_date").count())]
    assert offered == ["", *ORDERS]
    choose_tab(qtbot, dialog, "收款")
    combo = editor.combo("order_date")
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "", "客户", "收款日期", "收款金额", "银行入账"]
    assert combo.currentData() == "收款日期" and editor.combo("amount").currentData() == "收款金额"
    assert "Date received" in editor.labels["order_date"].text()
    _choose(combo, "银行入账")
    assert editor.model.field_of(3).name == "order_date"  # at once, on the tab shown
    _wait_read(qtbot, dialog)
    state = dialog.states[0]
    assert state.refusal is None, state.refusal
    assert state.overrides() == {"received_date": "银行入账"}
    assert editor.model.sheet.name == "收款" and combo.currentData() == "银行入账"
    assert {cells[TAB]: int(cells[TAKEN]) for cells in tabs_shown(dialog)} == {
        "1月": 1, "收款": 1}
    choose_tab(qtbot, dialog, "1月")
    assert editor.combo("order_date").currentData() == "下单日期"
    [result] = _import(qtbot, dialog)
    assert result.status == "imported", result.message
    with closing(connect(db)) as conn:
        dates = sorted(r[0] for r in conn.execute("SELECT order_date FROM orders"))
    assert dates == ["2025-01-10", "2025-02-18"]
