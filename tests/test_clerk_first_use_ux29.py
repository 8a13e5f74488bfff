"""A clerk's first month with TradeTier (ux29), driven as a person would: import a ledger with
bad rows and read the report; sort the customer table by what is overdue.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from test_main_window import open_window
from test_sorted_tables_ux29b import shown_window

from core import i18n
from ui.customers.table_model import COLUMN_INDEX
from ui.importing.dialog import ImportDialog
from ui.tasks import Runner

HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种"]


def _bad_ledger(path: Path) -> Path:
    """Two amounts a clerk typed as words (each a value of its own), a month 13, a row
    without its customer, and two good orders."""
    return write_xlsx(path, {"1月": [
        HEADER,
        ["HT-1", "Nordic Living AB", date(2026, 1, 5), 45000, "USD"],
        ["HT-2", "Casa Bella SRL", date(2026, 1, 8), "四万五", "USD"],
        ["HT-3", "Sydney Kitchen Pty", "2026-13-45", 12000, "USD"],
        ["HT-4", None, date(2026, 1, 12), 8000, "USD"],
        ["HT-5", "Lyon Import SA", date(2026, 1, 15), "三千", "USD"],
        ["HT-6", "Nordic Living AB", date(2026, 1, 20), 30000, "USD"],
    ]})


def _report(qtbot, db_path: Path, ledger: Path) -> str:
    """Add the file, click Import, and read the result page's sentences."""
    dialog = ImportDialog(db_path, runner=Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files([ledger])
    qtbot.waitUntil(lambda: not any(s.busy for s in dialog.states), timeout=20000)
    with qtbot.waitSignal(dialog.importFinished, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return dialog.result_page.files.text()


def test_each_unreadable_value_is_named_with_its_own_row(qtbot, db_path, tmp_path):
    """Rows 3 and 6 hold "四万五" and "三千": the report said 'amount “四万五” is not a number:
    rows 3, 6', sending the clerk to look for 四万五 in row 6, and told them to 'fill in' an
    amount that is there; each value now names its own row, and what is there is corrected."""
    text = _report(qtbot, db_path, _bad_ledger(tmp_path / "ledger.xlsx"))
    assert "amount “四万五” is not a number: “1月” row 3. Correct it" in text
    assert "amount “三千” is not a number: “1月” row 6. Correct it" in text
    assert "order date “2026-13-45” is not a date: “1月” row 4. Correct it" in text
    assert "no customer: “1月” row 5. Fill it in" in text  # a missing cell is filled in


def test_the_chinese_report_says_correct_what_is_wrong(qtbot, db_path, tmp_path):
    i18n.set_language("zh_CN")
    text = _report(qtbot, db_path, _bad_ledger(tmp_path / "台账.xlsx"))
    assert "金额“四万五”不是数字：“1月”第 3 行。改正后重新导入文件即可。" in text
    assert "金额“三千”不是数字：“1月”第 6 行。改正后重新导入文件即可。" in text
    assert "没有客户：“1月”第 5 行。补全后重新导入文件即可。" in text


def test_many_values_of_one_kind_send_to_the_details(qtbot, db_path, tmp_path):
    """Eight different words for amounts: five sentences, the other three rows in one."""
    rows = [HEADER, ["HT-0", "Nordic Living AB", date(2026, 1, 5), 45000, "USD"]]
    rows += [[f"HT-{i}", "Casa Bella SRL", date(2026, 1, 8), f"约{i}千", "USD"]
             for i in range(1, 9)]
    text = _report(qtbot, db_path, write_xlsx(tmp_path / "ledger.xlsx", {"1月": rows}))
    assert text.count("is not a number") == 5
    assert ("3 more rows skipped for the same kind of reason, each with a value of its own: "
            "“1月” rows 8–10. The details name each value.") in text


def _overdue_first(qtbot, window) -> None:
    """Click the Overdue header, as the clerk does to see who owes most."""
    header = window.table.horizontalHeader()
    column = COLUMN_INDEX["overdue"]
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_sorting_shows_the_top_of_the_new_order(qtbot, sample_db, tmp_path):
    """The clerk has a customer selected halfway down the list and clicks Overdue: the view
    kept its scroll offset, so the largest debtors sat above the first row shown. Now the
    top of the new order shows, the largest first; the chosen customer stays selected."""
    window = shown_window(qtbot, sample_db, tmp_path)
    table = window.table
    far = window.proxy.rowCount() // 2
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(window.proxy.index(0, 1)).center())
    for _ in range(far):  # down the list with the arrow key, as far as the middle
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.rowAt(0) > 0  # scrolled: the first rows are out of sight
    chosen = window.browser.current_customer()
    _overdue_first(qtbot, window)
    owed = [window.proxy.customer_at(r).overdue_amount for r in range(window.proxy.rowCount())]
    assert owed[0] == max(owed) > 0
    assert table.rowAt(0) == 0  # the largest debtor is the first row on screen
    assert window.browser.current_customer() is chosen  # still selected, in the panel
    assert window.panel.customer is chosen


def test_a_saved_pdf_offers_its_folder(qtbot, sample_db, tmp_path, monkeypatch):
    """File → Print lists…, Save as PDF…: the dialog said 'Saved …/黑名单_2025-12-31.pdf' and
    nothing more; to send it by WeChat the clerk had to find the folder themselves. The
    "Open folder" button the salespeople's PDFs had now follows any PDF written."""
    db = tmp_path / "firm.sqlite"
    shutil.copy(sample_db, db)
    window = open_window(qtbot, db)
    window.commands.actions["print"].trigger()
    dialog = window.commands.dialog
    assert not dialog.folder_button.isVisible()  # nothing written yet
    target = tmp_path / "out" / "black.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.folder_button.isVisible(), timeout=60000)
    assert target.exists() and str(target) in dialog.status.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [target.parent]
