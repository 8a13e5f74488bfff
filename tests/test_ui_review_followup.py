"""What the review of the screens left, each driven as the clerk meets it: the first
analysis of a database whose orders are in, the customer table's window columns, the search
box at 150 %, and tier moves that arrive after the clerk has moved on."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from ledgers import build
from PySide6.QtCore import QDate, QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QToolTip,
    QWidget,
)
from test_last_table_window import WAIT, _held_analysis, _next_start
from test_main_window import open_window
from test_movements import _ledger
from test_movements_view import _open_movements
from test_ui_review import SMALL_SCREEN

from core import i18n
from core.analysis import last_table
from ui import operations
from ui.customers.table_model import COLUMN_INDEX, COLUMNS
from ui.main_window import MainWindow


def test_a_database_whose_orders_are_in_waits_for_its_first_analysis(
        qtbot, tmp_path, monkeypatch):
    """Orders imported from the command line (or the cache folder cleared) leave no table
    of a last start: the window showed "Import your ledger…" for the whole first analysis
    (half a minute at a million orders). It now shows the tabs waiting, with no rows yet."""
    build(tmp_path, _ledger()).close()
    db = tmp_path / "firm.sqlite"
    assert not last_table.place(db).exists()
    window, go = _next_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=WAIT)
    assert window.analysis is None and window.model.rowCount() == 0
    assert window.tabs.currentWidget() is window.split
    assert "analysis" in window.status.text() and "last start" not in window.status.text()
    assert "once the analysis is done" in window.browser.empty.text()  # across the table
    assert window.browser.count.text() == ""
    assert window.pyramid.waiting and window.panel.waiting
    assert window.overview.empty.text() == "The overview is drawn once the analysis is done."
    assert "once the analysis is done" in window.movements.chart.empty_text()
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    assert window.stack.currentWidget() is window.tabs
    assert window.model.rowCount() == len(window.analysis.customers) > 0
    assert "Showing" in window.browser.count.text()


def test_a_database_without_orders_shows_the_welcome_page_at_once(
        qtbot, tmp_path, monkeypatch):
    """Another database opened from one with orders: an empty one asks for a ledger before
    its analysis lands, one with orders waits for it."""
    build(tmp_path, _ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    started, go = _held_analysis(monkeypatch)
    window.open_database(tmp_path / "new.sqlite")
    qtbot.waitUntil(started.is_set, timeout=WAIT)  # the start's view came first
    assert window.stack.currentWidget() is window.welcome
    assert window.status.text() == ""
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    assert window.stack.currentWidget() is window.welcome


def _header_tip(qtbot, window: MainWindow, key: str) -> str:
    """What the customer table's header shows when the mouse rests on a column's title
    ("" if nothing: the last tip is hidden first)."""
    header = window.table.horizontalHeader()
    number = COLUMN_INDEX[key]
    window.table.scrollTo(window.proxy.index(0, number))
    at = QPoint(header.sectionViewportPosition(number) + header.sectionSize(number) // 2,
                header.height() // 2)
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    QApplication.sendEvent(header.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, at, header.viewport().mapToGlobal(at)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_the_window_columns_say_their_months(qtbot, tmp_path):
    """Orders, Revenue, Avg order and Margin are figures of the analysis window, but their
    headers said nothing of it, nor that project customers are judged over their own. Each
    header now says what its column shows, with the months of the firm's rules."""
    months, project = 18, 30  # the firm's own windows, not the defaults
    build(tmp_path, _ledger(), window_months=months, project_window_months=project).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.resize(1280, 800)
    window.show()
    assert window.analysis.rules.window_months == months
    tips = {c.key: _header_tip(qtbot, window, c.key) for c in COLUMNS}
    assert all(tips.values()), [k for k, tip in tips.items() if not tip]
    for key in ("orders", "revenue", "avg_order", "margin", "rfmt"):
        assert f"last {months} months" in tips[key], key
        assert f"Project customers: the last {project} months" in tips[key], key
    assert f"{window.analysis.rules.stop_loss_days} days" in tips["days"]
    assert "black list" in tips["list"] and "white list" in tips["list"]
    assert "Project" not in tips["customer"] + tips["country"]
    window.commands.set_language("zh_CN")
    chinese = _header_tip(qtbot, window, "revenue")
    assert f"近 {months} 个月" in chinese and f"项目型客户：近 {project} 个月" in chinese
    i18n.set_language("en")
    build(tmp_path / "plain", _ledger()).close()  # the default rules
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.open_database(tmp_path / "plain" / "firm.sqlite")
    rules = window.analysis.rules
    assert rules.window_months != months
    assert f"last {rules.window_months} months" in _header_tip(qtbot, window, "orders")
    assert f"the last {rules.project_window_months} months" in _header_tip(qtbot, window, "orders")


def _placeholder_room(edit: QLineEdit) -> int:
    """The width a box leaves its placeholder: its text area, short of the clear button."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    area = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    clear = edit.findChild(QToolButton)  # placed at the right end, shown once text is typed
    return (clear.geometry().left() if clear is not None else area.right()) - area.left()


def _inside(widget: QWidget, outer: QWidget) -> bool:
    place = widget.mapTo(outer, QPoint(0, 0))
    return place.x() >= 0 and place.x() + widget.width() <= outer.width()


def small_screen_window(qtbot, tmp_path, language: str) -> MainWindow:
    """A window on a small ledger, in this language, as big as a 1280 × 800 screen at 150 %
    leaves it."""
    i18n.set_language(language)
    build(tmp_path, _ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.resize(SMALL_SCREEN.size())
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_search_box_shows_its_whole_placeholder_at_150_percent(qtbot, tmp_path,
                                                                     language):
    """On a 1280 × 800 screen at 150 % the customer search read "Search custo…": the
    filters beside it took the rest of the line. Its placeholder now shows whole, in either
    language, and the filters, the count and the toolbar stay within the window."""
    window = small_screen_window(qtbot, tmp_path, language)
    search, browser = window.search, window.browser
    wanted = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert search.placeholderText() and search.text() == ""
    assert _placeholder_room(search) >= wanted
    assert window.width() <= SMALL_SCREEN.width()
    for widget in (search, browser.count, browser.pyramid_button, *browser.combos.values()):
        assert widget.isVisible() and _inside(widget, browser), widget.objectName()
        assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
    assert window.toolbar.sizeHint().width() <= window.width()
    search.setText("zzz-no-such-customer")  # the longest count: no customer matches
    assert "No customer matches" in browser.empty.text() or "没有" in browser.empty.text()
    QApplication.processEvents()
    assert window.width() <= SMALL_SCREEN.width() and _inside(browser.pyramid_button, browser)


def _held_moves(monkeypatch) -> tuple[list[date | None], threading.Event]:
    """The moves worked out on the worker wait until `go` is set; each records the last
    month end it was asked for."""
    asked: list[date | None] = []
    go = threading.Event()
    real = operations.movements

    def held(db, first, last, *, progress=None, cancel=None):
        asked.append(last)
        assert go.wait(WAIT / 1000)
        return real(db, first, last, progress=progress, cancel=cancel)

    monkeypatch.setattr(operations, "movements", held)
    return asked, go


def test_moves_of_the_database_left_are_not_shown_in_the_next(qtbot, tmp_path, monkeypatch):
    """The moves of a database still being worked out when another is opened landed on the
    Tier movement tab of the new one, waiting for its analysis, as if they were its own."""
    build(tmp_path, _ledger()).close()
    window, page = _open_movements(qtbot, tmp_path / "firm.sqlite")
    asked, go = _held_moves(monkeypatch)
    page.from_month.setCurrentIndex(0)
    page.from_month.activated.emit(0)  # a wider range asked for: worked out on the worker
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT)
    started, analysed = _held_analysis(monkeypatch)
    window.open_database(tmp_path / "other.sqlite")
    shown: list[object] = []
    page.computed.connect(lambda: shown.append(page.history))
    with qtbot.waitSignal(page.runner.busy, timeout=WAIT):  # the next task has its turn
        go.set()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    assert shown == []
    assert page.model.rowCount() == 0 and page.chart.columns() == []
    assert "once the analysis is done" in page.chart.empty_text()
    assert page.status.text() == ""  # no word of the other database's month ends
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        analysed.set()


def test_moves_of_a_date_left_are_not_shown_at_the_next(qtbot, tmp_path, monkeypatch):
    """Moves asked for at one as-of date and delivered after the analysis of another had
    landed were shown under it, until the next ones came."""
    build(tmp_path, _ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.show()
    page = window.movements  # not yet shown: its moves are worked out when it is
    started, analysed = _held_analysis(monkeypatch)
    asked, go = _held_moves(monkeypatch)
    before = window.analysis.as_of
    window.as_of_edit.setDate(QDate(before.year - 1, before.month, 1))
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    window.commands.actions["movements"].trigger()  # asked for at the date on screen
    qtbot.waitUntil(lambda: page.task is not None, timeout=WAIT)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        analysed.set()
    shown: list[str] = []
    page.computed.connect(lambda: shown.append(page.history.periods[-1].month))
    go.set()
    qtbot.waitUntil(lambda: len(asked) == 2 and window.runner.current is None, timeout=WAIT)
    after = window.analysis.as_of.strftime("%Y-%m")
    assert after < before.strftime("%Y-%m") and asked[-1] == window.analysis.as_of
    assert shown == [after]
    assert page.chart.columns()[-1][0] == after
