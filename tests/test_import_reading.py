"""What the clerk sees before and after an import: each value beside how it will be read (day
and month ambiguity called out), optional fields folded away, a result that says in sentences
what was taken, that the 合计 rows were left out on purpose and what to do about a total that
disagrees, and a dialog that fits a 150 % laptop screen with its buttons in reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import QPoint, QRect, Qt
from test_import_dialog import _dialog, _import

from core import i18n
from core.ledger.read_as import read_cell
from ui.importing.dialog import MAPPING, RESULT

HEADER = ["合同号", "客户名称", "业务员", "下单日期", "金额", "币种"]
ROWS = [["PI-1", "Acme Trading", "张伟", "11/7/2025", "$12,500.00", "USD"],
        ["PI-2", "Kobe Trading", "王芳", "2025年11月3日", "¥1,200,000", "CNY"],
        ["PI-3", "Zenith GmbH", "李娜", "3/11/2025", "8,000", "USD"],
        ["PI-4", None, "李娜", "2025-11-20", "500", "USD"],
        ["小计", None, None, None, 20_999, None],
        ["合计", None, None, None, 21_500, None]]


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "11月台账.xlsx", {"11月": [HEADER, *ROWS]})


def test_a_date_that_reads_both_ways_says_so_and_how_to_change_it():
    ambiguous = read_cell("order_date", "11/7/2025", "mdy", settled=False)
    assert ambiguous.value == "2025-11-07"
    assert ambiguous.text() == ("11/7/2025 → 2025-11-07 (month first; could be 7 Nov or "
                                "11 Jul — change it in Settings → General)")
    assert read_cell("order_date", "11/7/2025", "dmy", settled=True).text() == \
        "11/7/2025 → 2025-07-11"  # the column settled it: nothing to warn about
    assert read_cell("order_date", "25/7/2025", "mdy", settled=False).warning is None
    assert read_cell("order_date", "2025年11月3日").value == "2025-11-03"
    assert read_cell("amount", "¥1,200,000").text() == "¥1,200,000 → 1,200,000.00 CNY"
    assert read_cell("amount", "n/a").value == "" and "skipped" in read_cell(
        "amount", "n/a").warning.text
    i18n.set_language("zh_CN")
    assert "可能是 11月7日，也可能是 7月11日" in read_cell(
        "order_date", "11/7/2025", "mdy", settled=False).text()


def test_the_mapping_shows_each_value_as_it_will_be_read_and_folds_the_rest(
        qtbot, db_path, messy):
    dialog = _dialog(qtbot, db_path, [messy])
    dialog._go(MAPPING)
    editor = dialog.editor
    first_date = editor.values["order_date"].text()
    assert first_date.startswith("11/7/2025 → 2025-11-07 (month first; could be 7 Nov")
    assert editor.values["amount"].text() == "$12,500.00 → 12,500.00 USD"
    model = editor.model
    column = model.sheet.headers.index("下单日期")
    cell = model.index(2, column)
    assert model.data(cell) == "3/11/2025 → 2025-03-11"
    assert "could be 11 Mar or 3 Nov" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is not None  # marked
    folded = editor.optional_hidden()
    assert "tax_rebate" in folded and "salesperson" not in folded  # found columns stay out
    assert not editor.labels["tax_rebate"].isVisible()
    assert editor.labels["salesperson"].isVisible() and editor.labels["customer"].isVisible()
    assert editor.more.text() == f"More fields ({len(folded)})"
    qtbot.mouseClick(editor.more, Qt.MouseButton.LeftButton)
    assert editor.labels["tax_rebate"].isVisible() and editor.more.text() == "Fewer fields"


def test_the_result_opens_with_sentences_and_says_what_to_do(qtbot, db_path, messy):
    dialog = _dialog(qtbot, db_path, [messy])
    _import(qtbot, dialog)
    assert dialog.stack.currentIndex() == RESULT
    page = dialog.result_page
    text = page.files.text()
    assert "3 rows taken — new orders: 3, orders updated: 0, new customers: 3." in text
    assert "2 totals rows (合计, 小计, Total) left out: “11月” rows 6–7. They add up the " \
        "orders, they are not orders." in text
    assert "1 row skipped, no customer: “11月” row 5. Fill it in" in text
    assert "The total in “11月” row 7 is 21,500.00, but the rows above it add up to" in text
    assert "Next: " in text and "import it again" in text
    assert not page.tree.isVisible()  # the tree of details waits for a click
    qtbot.mouseClick(page.details, Qt.MouseButton.LeftButton)
    assert page.tree.isVisible()
    assert "Next: " in page.report_text()  # the copied report says it too


def test_the_dialog_fits_the_free_screen_and_keeps_its_buttons_in_reach(qtbot, db_path, messy,
                                                                        monkeypatch):
    free = QRect(0, 0, 1280, 690)  # 1920 × 1080 at 150 %, less a Windows taskbar
    monkeypatch.setattr("PySide6.QtGui.QScreen.availableGeometry", lambda self: free)
    dialog = _dialog(qtbot, db_path, [messy])
    dialog._go(MAPPING)
    qtbot.waitUntil(lambda: dialog.isVisible())
    frame = dialog.frameGeometry()
    assert frame.height() <= free.height() and frame.width() <= free.width()
    for button in (dialog.import_button, dialog.close_button, dialog.back_button):
        corner = button.mapToGlobal(QPoint(button.width(), button.height()))
        assert free.contains(corner), button.text()
    dialog.editor.more.click()  # every field: they scroll inside, the buttons stay put
    bar = dialog.editor.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert dialog.frameGeometry().height() <= free.height()
    corner = dialog.import_button.mapToGlobal(QPoint(0, dialog.import_button.height()))
    assert free.contains(corner)


def test_the_preview_reads_figures_with_the_sheet_s_decimal_mark_as_the_import_does(
        qtbot, db_path, tmp_path):
    """A sheet written the European way (1.234,50): the import stores its 10.000 as ten
    thousand, and the mapping page shows it so; an unreadable receipt is read as empty and
    named in the report, which is what the page says of it (not that the row is skipped)."""
    from core.store import connect

    header = ["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额"]
    path = write_xlsx(tmp_path / "欧洲台账.xlsx", {"台账": [
        header, ["EU-1", "Berlin Haus", "2025-03-01", "10.000", "EUR", "1.234,50"],
        ["EU-2", "Wien Waren", "2025-03-02", "2.500,00", "EUR", "USD 1,000 (T/T)"]]})
    dialog = _dialog(qtbot, db_path, [path])
    dialog._go(MAPPING)
    model = dialog.editor.model
    amount, received = (model.sheet.headers.index(h) for h in ("金额", "已收金额"))
    assert model.data(model.index(0, amount)) == "10.000 → 10,000.00"
    assert model.data(model.index(0, received)) == "1.234,50 → 1,234.50"
    tip = model.data(model.index(1, received), Qt.ItemDataRole.ToolTipRole)
    assert "read as empty, and named in the import's report" in tip and "skipped" not in tip
    _import(qtbot, dialog)
    conn = connect(db_path)
    stored = dict(conn.execute("SELECT o.order_no, l.amount FROM order_lines l JOIN orders o "
                               "ON o.id = l.order_id"))
    conn.close()
    assert stored == {"EU-1": 10_000.0, "EU-2": 2_500.0}  # what the page showed
