"""A clerk's quarter through the real window: the year-to-date workbook (one tab a month, each
repeating the months before it) imported as it grows — by File → Import, by a drop on the
window — and read back as the owner reads it: the import's result page, the customer table,
the selected customer's panel, the database, and the stop-loss list printed and exported.

The March tab ships an order February showed unshipped, cancels an order only there (已取消),
books Payer Co's wire as a row of its own typed 收款, and closes Acme's rows with "Acme 小计",
dated and summed. Whatever of that the import or the analysis stopped understanding shows
here as the clerk would meet it: Payer Co or Cancel Co suspended for money it does not owe,
Acme's revenue doubled, a payment row counted as an order.
"""

from __future__ import annotations

import html
import re
import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from ledgers import write_xlsx
from pdf_reading import pdf_text
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextTable
from PySide6.QtWidgets import QFileDialog
from test_last_month_lazy import export_by
from test_main_window import open_window, visible_customers
from test_ui_review15 import _select

from core import i18n
from core.analysis.names import list_heading
from ui.customers.table_model import COLUMN_INDEX
from ui.importing.dialog import ImportDialog
from ui.main_window import MainWindow
from ui.printing.dialog import PrintDialog

WAIT = 30000
HEADER = ["合同号", "类型", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期",
          "应收日期", "状态"]


def _row(no: str | None, customer: str, day: str, amount: float, ship: str | None = None,
         due: str | None = None, status: str | None = None, kind: str | None = "销售"
         ) -> list[object]:
    when = [date.fromisoformat(d) if d else None for d in (day, ship, due)]
    return [no, kind, customer, when[0], amount, "USD", "OA 30 days", when[1], when[2], status]


JANUARY = [_row("A-1", "Acme", "2025-01-05", 5_000, "2025-01-08", "2025-01-20"),
           _row("P-1", "Payer Co", "2025-01-06", 6_000, "2025-01-08", "2025-01-20"),
           _row("C-1", "Cancel Co", "2025-01-07", 7_000, "2025-01-08", "2025-01-20")]
FEBRUARY = [*JANUARY, _row("S-1", "Ship Co", "2025-02-10", 8_000)]  # not shipped yet
MARCH = [JANUARY[0],
         _row("A-2", "Acme", "2025-03-25", 3_000, "2025-03-28", "2025-04-28"),
         _row(None, "Acme 小计", "2025-03-31", 8_000, kind=None),  # row 4: Acme's two orders
         JANUARY[1],
         _row(None, "Payer Co", "2025-03-26", 6_000, kind="收款"),  # row 6: the wire
         _row("C-1", "Cancel Co", "2025-01-07", 7_000, "2025-01-08", "2025-01-20", "已取消"),
         _row("S-1", "Ship Co", "2025-02-10", 8_000, "2025-03-05", "2025-04-05")]
TABS = {"1月": JANUARY, "2月": FEBRUARY, "3月": MARCH}


def workbook(tmp_path: Path, months: int) -> Path:
    """The firm's one workbook for the year, as it stands after `months` months."""
    sheets = {name: [HEADER, *rows] for name, rows in list(TABS.items())[:months]}
    return write_xlsx(tmp_path / "2025订单台账.xlsx", sheets)


def _by_menu(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(path)], "")))
    window.commands.actions["import"].trigger()


def _by_drop(window: MainWindow, path: Path, _monkeypatch: pytest.MonkeyPatch) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def imported(qtbot, window: MainWindow, path: Path, monkeypatch, how=_by_menu) -> str:
    """Import as the clerk does, wait for the window's new analysis; the result page's text."""
    how(window, path, monkeypatch)
    dialog = window.commands.dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)  # the file read and checked
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    page = dialog.result_page
    text = page.summary.text() + "\n" + html.unescape(re.sub(r"<[^>]+>", "\n",
                                                             page.files.text()))
    dialog.close()
    return text


def table(window: MainWindow) -> dict[str, tuple[str, str, str]]:
    """Each customer's row as shown: its list, days overdue and open amount overdue."""
    def cell(row: int, key: str) -> str:
        return window.proxy.index(row, COLUMN_INDEX[key]).data() or ""

    window.search.setText("")
    return {cell(r, "customer"): (cell(r, "list"), cell(r, "days"), cell(r, "overdue"))
            for r in range(window.proxy.rowCount())}


def stored(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def printed_customers(printer: PrintDialog) -> list[str]:
    """The first column of the list's table on the printed page, under its header."""
    document = printer.document()
    [grid] = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    return [grid.cellAt(r, 0).firstCursorPosition().block().text()
            for r in range(1, grid.rows())]


LINES = ("SELECT o.order_no, c.name, l.amount, l.ship_date, l.received_amount, o.status "
         "FROM order_lines l JOIN orders o ON o.id = l.order_id "
         "JOIN customers c ON c.id = o.customer_id ORDER BY l.id")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_clerks_quarter_through_the_window(qtbot, tmp_path, monkeypatch, language):
    i18n.set_language(language)
    en = language == "en"
    db = tmp_path / "firm.sqlite"
    window = open_window(qtbot, db)
    assert window.stack.currentWidget() is window.welcome

    # January: three orders shipped, due on the 20th; nothing owed late yet
    text = imported(qtbot, window, workbook(tmp_path, 1), monkeypatch)
    assert ("3 rows taken — new orders: 3" if en else "导入 3 行：新订单 3 笔") in text
    assert window.stack.currentWidget() is window.tabs
    assert table(window) == {name: ("", "", "") for name in ("Acme", "Payer Co", "Cancel Co")}

    # February, dropped on the window: Ship Co's order is not shipped, so nothing it owes;
    # the others are 21 days late at the month's last date
    text = imported(qtbot, window, workbook(tmp_path, 2), monkeypatch, _by_drop)
    assert ("new orders: 1" if en else "新订单 1 笔") in text
    shown = table(window)
    assert shown["Ship Co"] == ("", "", "")
    assert {shown[n][1] for n in ("Acme", "Payer Co", "Cancel Co")} == {"21"}
    assert stored(db, LINES)[3] == ("S-1", "Ship Co", 8_000, None, None, None)

    # March
    march = workbook(tmp_path, 3)
    text = imported(qtbot, window, march, monkeypatch)
    if en:
        assert "1 totals row (合计, 小计, Total) left out: “3月” row 4 (“Acme 小计”)." in text
        assert "Totals row that agrees with the rows above it: “3月” row 4 (“Acme 小计”)." \
            in text
        assert "Sheet “3月”: 1 row typed as a payment (row 6) was read as money received " \
               "from its customer, not as an order." in text
    else:
        assert "跳过 1 行合计行" in text
        assert "与上面各行相符的合计行：“3月”第 4 行（“Acme 小计”）。" in text
        assert "工作表“3月”：有 1 行的类型是收款（第 6 行），已作为客户的收款读入，不算订单。" \
            in text
    black = list_heading("black")
    shown = table(window)
    assert shown["Acme"][:2] == (black, "65")  # due 01-20, receipts booked to 03-26
    assert shown["Payer Co"] == ("", "", "")  # its wire paid the January invoice
    assert shown["Cancel Co"] == ("", "", "")  # cancelled: owes nothing
    assert shown["Ship Co"] == ("", "", "")  # shipped 03-05, due 04-05
    assert sorted(visible_customers(window)) == ["Acme", "Cancel Co", "Payer Co", "Ship Co"]

    _select(qtbot, window, "Acme")
    panel = window.panel
    assert panel.list_text.text().startswith(black + (":" if en else "："))
    assert ("65 days" if en else "65 天") in panel.risk_text.text()
    assert panel.orders_model.rowCount() == 2  # the subtotal is no order
    assert "8,000" in panel.tier_text.text() and "16,000" not in panel.tier_text.text()
    _select(qtbot, window, "Payer Co")
    assert not panel.list_text.text().startswith(black)
    assert panel.orders_model.rowCount() >= 1

    assert stored(db, LINES) == [
        ("A-1", "Acme", 5_000, "2025-01-08", None, None),
        ("P-1", "Payer Co", 6_000, "2025-01-08", None, None),
        ("C-1", "Cancel Co", 7_000, "2025-01-08", None, "cancelled"),
        ("S-1", "Ship Co", 8_000, "2025-03-05", None, None),
        ("A-2", "Acme", 3_000, "2025-03-28", None, None),
        (None, "Payer Co", 0, None, 6_000, None)]

    # the same workbook again: the window says so and nothing changes
    before = stored(db, LINES)
    text = imported(qtbot, window, march, monkeypatch, _by_drop)  # the file itself, unsaved
    if en:
        assert "Files: 1 already imported.\n" in text  # no "0 imported, 0 refused"
        assert "2025订单台账.xlsx was already imported on" in text and "nothing changed" in text
    else:
        assert "文件：1 个之前已导入过。\n" in text
        assert "2025订单台账.xlsx 已于" in text and "导入过，未做任何更改。" in text
    assert stored(db, LINES) == before

    # the stop-loss list, printed and exported: Acme only
    monkeypatch.setattr(PrintDialog, "open", lambda self: None)
    window.commands.actions["print"].trigger()
    printer = window.commands.dialog
    assert isinstance(printer, PrintDialog)
    printer.choose("black")
    assert printed_customers(printer) == ["Acme"]
    facts = printer.document().toPlainText().splitlines()[1]  # as of · receipts · currency
    assert facts.count(": " if en else "：") == facts.count("·") + 1, facts
    pdf = tmp_path / "black.pdf"
    printer.save_pdf_to(pdf)
    qtbot.waitUntil(pdf.exists, timeout=WAIT)
    assert pdf.read_bytes().startswith(b"%PDF")
    paper = pdf_text(pdf)  # read back: the list and its dates as the window shows them
    assert re.sub(r"\s", "", facts) in re.sub(r"\s", "", paper), paper  # spaced by font
    assert f"{list_heading('black')} " in paper and "Acme 5,000 65 " in paper, paper
    printer.reject()

    target = tmp_path / "lists" / "stop.xlsx"
    export_by(qtbot, window, "export_stop_loss", target, monkeypatch)
    book = openpyxl.load_workbook(target)
    names = {sheet.title: [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)
                           if row[0]] for sheet in book.worksheets[1:]}
    assert names[book.worksheets[1].title] == ["Acme"]
    everywhere = [name for listed in names.values() for name in listed]
    assert not {"Payer Co", "Cancel Co"} & set(everywhere)
