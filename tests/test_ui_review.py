"""What a fresh-eyes review of the screens found, each driven as the clerk meets it: the last
start's table and the tabs beside it while the analysis is made, the first screen's status
line, dialogs on a small screen at 150 %, the tier-movement table."""

from __future__ import annotations

import pytest
from ledgers import build, receivables_ledger
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog, QMenu
from test_last_table_window import WAIT, _first_start, _held_analysis, _next_start
from test_main_window import open_window
from test_movements import _ledger
from test_movements_view import _open_movements

from core import i18n
from ui.customers.table_model import COLUMN_INDEX
from ui.main_window import MainWindow


def _customer_tip(window: MainWindow, name: str) -> str:
    """The tooltip of a customer's name in the table, as a hover shows it."""
    row = next(r for r in range(window.proxy.rowCount())
               if window.proxy.customer_at(r).customer == name)
    return window.proxy.index(row, COLUMN_INDEX["customer"]).data(Qt.ItemDataRole.ToolTipRole)


def test_the_last_start_table_says_where_the_reasons_are(qtbot, tmp_path, monkeypatch):
    """The analysis's table explains each customer on hover; the last start's keeps no
    reasons, and said nothing at all: now its names say the reasons come with the analysis,
    in the language in force, and the analysis's own reasons replace that."""
    db, _cells = _first_start(qtbot, tmp_path)
    window, go = _next_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    assert window.analysis is None
    tip = _customer_tip(window, "Big Debtor")
    assert "last start" in tip and "once the analysis is done" in tip
    i18n.set_language("zh_CN")
    assert "上次启动" in _customer_tip(window, "Big Debtor")
    i18n.set_language("en")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    debtor = next(c for c in window.analysis.customers if c.customer == "Big Debtor")
    assert debtor.reasons
    assert _customer_tip(window, "Big Debtor") == "\n".join(m.text for m in debtor.reasons)


def test_the_other_tabs_wait_for_the_analysis_instead_of_asking_for_a_ledger(
        qtbot, tmp_path, monkeypatch):
    """Beside the last start's table, Overview said "No analysis yet. Import a ledger" and
    Tier movement "import a ledger", under a claim that the data starts less than a year
    back: to a firm whose ledgers are in. They now say the analysis is on its way."""
    db, _cells = _first_start(qtbot, tmp_path)
    window, go = _next_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    window.tabs.setCurrentWidget(window.overview)
    overview = window.overview
    assert overview.empty.isVisibleTo(overview)
    assert overview.empty.text() == "The overview is drawn once the analysis is done."
    window.tabs.setCurrentWidget(window.movements)
    movements = window.movements
    assert "once the analysis is done" in movements.chart.empty_text()
    assert "import" not in movements.chart.empty_text()
    assert movements.year.text() == ""
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    assert not overview.empty.isVisibleTo(overview)
    # its own word again: the month ends being worked out (ux27: not "import a ledger")
    assert "once the analysis" not in movements.chart.empty_text()


def test_another_database_opened_leaves_no_moves_of_the_last(qtbot, tmp_path, monkeypatch):
    """The customers, the panel and the overview of the database left go at once when
    another is opened; its tier moves stayed on the Tier movement tab until the new
    analysis landed (half a minute at a million orders)."""
    build(tmp_path, _ledger()).close()
    window, page = _open_movements(qtbot, tmp_path / "firm.sqlite")
    assert page.model.rowCount() and page.chart.columns()
    started, go = _held_analysis(monkeypatch)
    window.open_database(tmp_path / "other.sqlite")
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    assert window.tabs.currentWidget() is page
    assert page.model.rowCount() == 0 and page.chart.columns() == []
    assert page.month.count() <= 1 and page.from_month.count() == 0
    assert "once the analysis is done" in page.chart.empty_text()
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()


def test_the_first_screen_states_no_figures_of_an_empty_database(qtbot, tmp_path):
    """On the welcome page of a new database the status line read "0 customers, 0 active;
    as of <today>, receipts to <today>; amounts in USD": figures of nothing, dated today."""
    window = open_window(qtbot, tmp_path / "new.sqlite")
    assert window.stack.currentWidget() is window.welcome
    assert window.status.text() == ""
    build(tmp_path, _ledger()).close()
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.open_database(tmp_path / "firm.sqlite")
    assert window.stack.currentWidget() is window.tabs
    assert window.status.text().startswith(f"{len(window.analysis.customers)} customers")


# 1280 × 800 at 150 %: 853 × 533 in Qt's units, a taskbar of 32 off the height
SMALL_SCREEN = QRect(0, 0, 853, 501)


def _dialogs(window: MainWindow, monkeypatch) -> dict[str, QDialog]:
    """Every dialog of the window, each opened by its own menu entry or button."""
    found: dict[str, QDialog] = {}
    for key in ("print", "corrections", "guide"):
        window.commands.actions[key].trigger()
        found[key] = (window.commands.dialog if key != "guide" else
                      next(w for w in window.findChildren(QDialog) if w.isVisible()
                           and w.objectName() != "what_if_dialog"
                           and w not in found.values()))
    menus: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, *a: menus.append(self))
    window.select_customer(window.analysis.customers[0].customer_id)
    window.table.customContextMenuRequested.emit(
        window.table.visualRect(window.proxy.index(0, 1)).center())
    [menu] = menus
    for name in ("correction_merge", "action_what_if"):
        next(a for a in menu.actions() if a.objectName() == name).trigger()
    found["merge"] = window.overrides.dialog
    found["what_if"] = window.findChild(QDialog, "what_if_dialog")
    return found


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_dialog_fits_a_small_screen_at_150_percent(qtbot, tmp_path, monkeypatch,
                                                         language):
    """On a 1280 × 800 screen at 150 % the guide (900 × 620), the corrections (900 wide)
    and the print dialog (its what-if at least 631 high) ran past the screen, the print
    dialog's Close button below its bottom edge. Each now fits the free area, the what-if's
    figures scrolling where they have no room."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(SMALL_SCREEN))
    i18n.set_language(language)
    build(tmp_path, receivables_ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.resize(SMALL_SCREEN.size())
    window.show()
    dialogs = _dialogs(window, monkeypatch)
    assert set(dialogs) == {"print", "corrections", "guide", "merge", "what_if"}
    for name, dialog in dialogs.items():
        assert dialog is not None and dialog.isVisible(), name
        assert dialog.width() <= SMALL_SCREEN.width(), name
        assert dialog.height() <= SMALL_SCREEN.height(), name
    shown = dialogs["print"]
    assert shown.what_if.isVisibleTo(shown)  # scrolled, not left out
    assert shown.what_if.figures()


def test_the_movement_table_reads_like_the_others(qtbot, tmp_path):
    """Tier movement's table had rows two lines high, unlike every other table, and its
    month filter showed a bare "2025-12" beside "Months from … through …" with no word of
    what it chooses. Its rows are one line of the font now, and both of its filters say
    what they choose, in Chinese too."""
    build(tmp_path, _ledger()).close()
    window, page = _open_movements(qtbot, tmp_path / "firm.sqlite")
    customers = window.table.verticalHeader().defaultSectionSize()
    assert page.table.verticalHeader().defaultSectionSize() == customers
    assert page.month.currentText() == page.chart.selected()  # a month, no word beside it
    page.month.setCurrentIndex(0)  # all months
    assert page.proxy.rowCount() and page.table.rowHeight(0) == customers
    assert "month" in page.month.toolTip() and "chart" in page.month.toolTip()
    assert "move" in page.kind.toolTip()
    window.commands.set_language("zh_CN")
    assert "月末" in page.month.toolTip() and "变动" in page.kind.toolTip()


def test_the_pyramid_button_says_the_same_at_every_start(qtbot, tmp_path):
    """The button above the table said "Show or hide the pyramid above the table" once a
    database was opened, but only "Show the pyramid" (its menu entry's words) at a start."""
    build(tmp_path, _ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    button = window.browser.pyramid_button
    assert button.toolTip() == "Show or hide the pyramid above the table"
    window.commands.set_language("zh_CN")
    chinese = button.toolTip()
    assert chinese != "Show or hide the pyramid above the table" and "金字塔" in chinese
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.open_database(tmp_path / "firm.sqlite")
    assert button.toolTip() == chinese
