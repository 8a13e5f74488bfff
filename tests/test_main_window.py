"""The main window driven as a person would: click the pyramid, pick a customer, change the
date, export from the menu, switch the language."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import openpyxl
from ledgers import build, receivables_ledger, ten_customers
from pdf_reading import pdf_text
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.actions.cell_looks import plain_letters
from core.analysis.names import list_heading
from core.i18n import amount_text
from core.store import opened
from ui import main_window, prefs
from ui.main_window import MainWindow
from ui.printing.dialog import PrintDialog

ROOT = Path(__file__).resolve().parent.parent


def open_window(qtbot, db: Path) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.refresh()
    return window


def visible_customers(window: MainWindow) -> list[str]:
    return [window.proxy.customer_at(r).customer for r in range(window.proxy.rowCount())]


def test_clicking_a_band_filters_the_table(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    assert window.stack.currentWidget() is window.tabs
    assert len(visible_customers(window)) == 12
    centre = window.pyramid.band_rect("tier", "core").center().toPoint()
    with qtbot.waitSignal(window.pyramid.filterRequested):
        qtbot.mouseClick(window.pyramid, Qt.MouseButton.LeftButton, pos=centre)
    assert sorted(visible_customers(window)) == ["C10", "C2", "C5"]
    assert window.tier_filter.currentData() == "core"
    qtbot.mouseClick(window.pyramid, Qt.MouseButton.LeftButton, pos=centre)
    assert len(visible_customers(window)) == 12


def test_selecting_a_customer_fills_the_panel(qtbot, tmp_path):
    build(tmp_path, receivables_ledger(), receipts_date="2025-12-31").close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.as_of_edit.setDate(QDate(2025, 12, 31))
    qtbot.waitSignal(window.analysed, timeout=30000).wait()
    window.search.setText("sixtyone")
    assert visible_customers(window) == ["Day SixtyOne"]
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(0, 1)).center())
    panel = window.panel
    assert panel.name.text() == "Day SixtyOne"
    assert panel.grade.text() == "C\n55"
    assert "61 days" in panel.risk_text.text() and "10,000" in panel.risk_text.text()
    assert panel.list_text.text().startswith(list_heading("black") + ":")
    assert panel.orders_model.rowCount() == 1
    assert panel.orders_model.index(0, 8).data() == "61"


def test_windows_on_screen_are_the_firm_s_settings(qtbot, tmp_path):
    build(tmp_path, ten_customers(), window_months=9, project_window_months=30).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    assert "the window is the 9 months ending here" in window.as_of_edit.toolTip()
    assert "revenue in 9 months" in window.overview.summary.text()
    menu = window.overrides.menu(window.analysis.customers[0], window)
    assert "Project buyer (judged on 30 months)" in [a.text() for a in menu.actions()]


def test_changing_the_as_of_date_updates_the_pyramid(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    assert window.analysis.as_of == date(2025, 12, 31)
    assert window.pyramid.active() == 10
    assert window.pyramid.band_texts("core")[1].startswith("3 ")
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.as_of_edit.setDate(QDate(2025, 5, 31))
    # by the end of May only C13 has valid orders in its window (the June orders come later)
    assert window.analysis.as_of == date(2025, 5, 31)
    assert window.pyramid.active() == 1
    assert window.pyramid.band_texts("strategic")[1].startswith("1 ")
    assert window.receipts_edit.date() == QDate(2025, 5, 31)


def test_export_from_the_menu_writes_a_workbook(qtbot, tmp_path, sample_db, monkeypatch):
    db = tmp_path / "copy.sqlite"
    shutil.copy(sample_db, db)
    window = open_window(qtbot, db)
    target = tmp_path / "lists" / "stop.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    with qtbot.waitSignal(window.runner.busy, check_params_cb=lambda busy: not busy,
                          timeout=30000):
        window.commands.actions["export_stop_loss"].trigger()
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) == 5  # the overview and one sheet a list
    black = book.worksheets[1]
    names = [row[0] for row in black.iter_rows(min_row=2, values_only=True) if row[0]]
    # named as every list prints them (print36b: cell_looks.plain_letters)
    expected = [plain_letters(c.customer) for c in window.analysis.customers
                if c.list == "black"]
    assert sorted(names) == sorted(expected) and names


def test_switching_language_changes_the_labels(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    assert window.tabs.tabText(0) == "Customers"
    header = window.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Tier"
    window.commands.actions["lang_zh_CN"].trigger()
    assert window.tabs.tabText(0) == "客户"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "层级"
    assert window.commands.menus["file"].title() == "文件(&F)"
    assert window.proxy.index(0, 0).data() == "战略"
    assert prefs.preferences().value("language") == "zh_CN"
    window.commands.actions["lang_en"].trigger()
    assert window.tabs.tabText(1) == "Overview"


def test_welcome_page_on_an_empty_database(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "empty.sqlite")
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.sample_button.text() == "Try with sample data"


def test_layout_is_remembered(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)  # the offscreen screen is 800 × 600
    window.split.setSizes([450, 250])
    sizes = window.split.sizes()
    window.close()
    again = open_window(qtbot, tmp_path / "firm.sqlite")
    again.show()
    qtbot.waitExposed(again)
    assert (again.size().width(), again.size().height()) == (700, 500)
    assert again.split.sizes() == sizes


def test_print_from_the_menu_saves_a_pdf_with_pages(qtbot, tmp_path, monkeypatch):
    """The black list printed from the menu, read back from the PDF: the date, the customers
    the stop-loss rule names with what each owes overdue and for how long, and the what-if's
    figures, all as the database holds them; a customer the rule spares is not listed."""
    build(tmp_path, receivables_ledger(), receipts_date="2025-12-31").close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    monkeypatch.setattr(PrintDialog, "open", lambda self: None)
    window.commands.actions["print"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, PrintDialog)
    dialog.choose("black")
    target = tmp_path / "black.pdf"
    dialog.save_pdf_to(target)
    qtbot.waitUntil(target.exists, timeout=30000)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 1
    text = pdf_text(target)
    with opened(tmp_path / "firm.sqlite") as conn:
        [as_of] = conn.execute(  # the default date: the ledger's latest date
            "SELECT max(max(o.order_date), max(coalesce(l.ship_date, '')), "
            "max(coalesce(l.received_date, ''))) FROM orders o "
            "JOIN order_lines l ON l.order_id = o.id").fetchone()
        # over 60 days past due and orders under 20,000 USD: nothing of them received
        overdue = conn.execute(
            "SELECT c.name, sum(l.amount), max(julianday(?) - julianday(l.due_date)), "
            "max(o.payment_terms) FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "JOIN customers c ON c.id = o.customer_id WHERE l.due_date < ? "
            "AND l.received_amount IS NULL AND c.name IN ('Under Twenty', 'Ager', "
            "'Twenty Flat') GROUP BY c.name", (as_of, as_of)).fetchall()
        revenue = dict(conn.execute(
            "SELECT c.name, sum(l.amount) FROM order_lines l JOIN orders o ON o.id = l.order_id"
            " JOIN customers c ON c.id = o.customer_id GROUP BY c.name").fetchall())
        [active] = conn.execute("SELECT count(DISTINCT customer_id) FROM orders").fetchone()
    assert f"Black list As of {as_of} " in text and as_of == "2025-12-01"
    listed = {name: f"{name} {amount_text(amount)} {days:.0f} {terms}"
              for name, amount, days, terms in overdue}
    assert listed["Under Twenty"] in text and listed["Ager"] in text, text
    assert listed["Twenty Flat"] not in text  # 20,000 USD an order: not under the limit
    stopped = revenue["Under Twenty"] + revenue["Ager"]
    assert (f"these 2 of your {active} active customers brought {stopped:,.0f} USD of revenue"
            in text)


def test_a_file_that_is_no_database_gives_a_message_not_a_traceback(qtbot, tmp_path,
                                                                    monkeypatch):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database at all", encoding="utf-8")
    shown = []
    monkeypatch.setattr(main_window, "show_failed", lambda parent, failure: shown.append(
        (failure.text, "" if failure.refusal else failure.details)))
    window = MainWindow(bad)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.busy, check_params_cb=lambda busy: not busy,
                          timeout=30000):
        window.show_last_table()  # as a start does: its failure says nothing of its own
        window.refresh()
    assert shown == []  # a damaged database's word is the page's, no box over it (gui38)
    assert window.stack.currentWidget() is window.unopened.page
    text = window.unopened.page.text.text().replace("\u2060", "")
    assert "notes.sqlite" in text and "Traceback" not in text
    assert bad.read_text(encoding="utf-8") == "not a database at all"


def test_a_table_sorted_by_lifetime_value_stays_sorted_after_the_values_arrive(
        qtbot, tmp_path, sample_db):
    """The values come after the analysis (on the worker): the rows shown under a header
    sorted by them are put in that order once they arrive, after every new analysis, and the
    selected customer stays selected."""
    from ui.customers.table_model import COLUMN_INDEX

    db = tmp_path / "copy.sqlite"
    shutil.copy(sample_db, db)
    window = open_window(qtbot, db)
    header = window.table.horizontalHeader()
    column = COLUMN_INDEX["clv"]
    qtbot.waitUntil(lambda: window.analysis.lifetime is not None, timeout=60000)
    window.table.scrollTo(window.proxy.index(0, column))  # its header on screen, to click
    at = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert header.sortIndicatorSection() == column
    window.select_customer(window.analysis.customers[5].customer_id)
    chosen = window.panel.customer.customer_id
    with qtbot.waitSignal(window.valued, timeout=60000):
        window.commands.actions["refresh"].trigger()  # F5: a new analysis, values after it
    shown = [window.proxy.customer_at(r).clv for r in range(window.proxy.rowCount())]
    keys = [-1.0 if v is None else v for v in shown]
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert any(v is not None for v in shown) and keys == sorted(keys, reverse=descending)
    rows = window.table.selectionModel().selectedRows()
    assert [window.proxy.customer_at(i.row()).customer_id for i in rows] == [chosen]
