"""After a write made outside the window (an import on the command line, a setting changed by
another start), the next start still shows the last start's table at once, marked as outdated
above it, with nothing to act on, until the analysis lands and replaces it
(core.analysis.last_table.standing, ui.customers.banner)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from ledgers import COLUMNS, order, write_xlsx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from test_last_table_window import WAIT, _cells, _first_start, _next_start, failing_start

from core import settings_store
from core.analysis import last_table
from core.cli.main import run
from core.store import connect
from ui import window_commands
from ui.customers.table_model import COLUMN_INDEX
from ui.main_window import MainWindow

NEW = "Newcomer Trading"


def _import_on_the_command_line(tmp_path: Path, db: Path) -> None:
    """A clerk's import with the window closed: one order of a customer the table never had."""
    ledger = write_xlsx(tmp_path / "december.xlsx", {"台账": [COLUMNS, order(
        "NEW-1", NEW, "2025-12-01", 40_000, ship="2025-12-02", due="2026-01-02")]})
    out, err = io.StringIO(), io.StringIO()
    assert run(["import", str(ledger), "--db", str(db)], out, err) == 0, err.getvalue()


def _kept_as_of(db: Path) -> str:
    conn = connect(db)
    table = last_table.shown(db, conn)
    conn.close()
    assert table is not None and not table.outdated
    return table.as_of.isoformat()


def _acts_on_nothing(qtbot, window: MainWindow, asked: list[str]) -> None:
    """Every list, the print preview, the panel and the context menu wait for the analysis."""
    for name in ("export_stop_loss", "export_restructuring", "export_leap", "print"):
        window.statusBar().clearMessage()
        window.commands.actions[name].trigger()
        assert "once the analysis is on screen" in window.statusBar().currentMessage(), name
    assert not asked and window.commands.dialog is None
    pick = next(r for r in range(window.proxy.rowCount())
                if window.proxy.customer_at(r).customer == "Big Debtor")
    rect = window.table.visualRect(window.proxy.index(pick, COLUMN_INDEX["customer"]))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.browser.current_customer().customer == "Big Debtor"
    assert window.panel.empty.isVisibleTo(window.panel)  # no cards, no actions button
    assert not window.panel.actions.isVisibleTo(window.panel)
    window.table.customContextMenuRequested.emit(QPoint(rect.center()))
    assert QApplication.activePopupWidget() is None
    assert window.current_analysis() is None and not window.as_of_edit.isEnabled()


def test_an_import_made_outside_shows_the_last_table_marked_outdated_until_the_analysis(
        qtbot, tmp_path, monkeypatch):
    db, cells = _first_start(qtbot, tmp_path)
    as_of = _kept_as_of(db)
    _import_on_the_command_line(tmp_path, db)
    assert last_table.standing(db) == last_table.WRITTEN
    asked: list[str] = []
    monkeypatch.setattr(window_commands.QFileDialog, "getSaveFileName",
                        lambda *args: (asked.append(args[2]), ("", ""))[1])
    window, go = _next_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(cells), timeout=WAIT)
    assert window.analysis is None and _cells(window) == cells and NEW not in cells
    banner = window.banner
    assert banner.isVisible() and banner.text() == (
        f"These figures are as of {as_of}, from the last start: the database has been changed "
        "since (an import, a setting or a correction). Working out the analysis again…")
    assert window.dates.as_of_edit.date().toPython().isoformat() == as_of
    _acts_on_nothing(qtbot, window, asked)
    # the rows shown can be sorted and searched meanwhile
    revenue = COLUMN_INDEX["revenue"]
    window.table.sortByColumn(revenue, Qt.SortOrder.DescendingOrder)
    first = window.proxy.customer_at(0)
    assert first.revenue_12m == max(c.revenue_12m for c in
                                    (window.model.row(r) for r in range(window.model.rowCount())))
    qtbot.keyClicks(window.browser.search, "Big")
    qtbot.waitUntil(lambda: 0 < window.proxy.rowCount() < window.model.rowCount(), timeout=WAIT)
    assert {window.proxy.customer_at(r).customer for r in range(window.proxy.rowCount())} == {
        "Big Debtor", "Big Fine"}
    window.browser.search.clear()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == window.model.rowCount(), timeout=WAIT)
    # in Chinese, as the menu switches it
    window.commands.actions["lang_zh_CN"].trigger()
    assert banner.text() == (f"以下为上次启动时保存的数据（截至 {as_of}）：此后数据库已有更改"
                             "（导入、设置或修正），正在重新计算……")
    window.commands.actions["lang_en"].trigger()
    assert banner.text().startswith(f"These figures are as of {as_of}")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    assert window.analysis is not None and banner.outdated is None
    assert "from the last start" not in banner.text()
    fresh = _cells(window)
    assert NEW in fresh and set(fresh) == {*cells, NEW}
    assert window.model.rowCount() == len(window.analysis.customers) == len(cells) + 1
    window.commands.actions["export_stop_loss"].trigger()  # the lists work once it landed
    assert len(asked) == 1


def test_a_setting_changed_by_another_start_shows_the_old_rows_under_the_new_rules(
        qtbot, tmp_path, monkeypatch):
    db, cells = _first_start(qtbot, tmp_path)
    conn = connect(db)
    settings_store.put(conn, "stop_loss_days", 75)  # the command line, say, between two starts
    conn.close()
    window, go = _next_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(cells), timeout=WAIT)
    assert window.model.waiting and window.model.rules.stop_loss_days == 75
    assert window.banner.isVisible() and "changed since" in window.banner.text()
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    assert window.model.rowCount() == len(window.analysis.customers) > 0
    assert window.analysis.rules.stop_loss_days == 75 and window.banner.outdated is None


def test_a_table_another_version_kept_is_not_shown_even_as_outdated(
        qtbot, tmp_path, monkeypatch):
    """Another app version or snapshots' format would judge otherwise: its table is never
    shown, written since or not."""
    db, _ = _first_start(qtbot, tmp_path)
    kept = last_table.place(db)
    content = json.loads(kept.read_text(encoding="utf-8"))
    kept.write_text(json.dumps({**content, "format": "last-table-6/snapshots-0/0.0.1"}),
                    encoding="utf-8")
    _import_on_the_command_line(tmp_path, db)
    assert last_table.standing(db) is None
    window, go = _next_start(qtbot, db, monkeypatch)
    QApplication.processEvents()  # the start's view is in: orders, no table to show
    assert window.model.rowCount() == 0 and window.stack.currentWidget() is window.tabs
    assert window.model.waiting and not window.banner.isVisible()
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    assert NEW in _cells(window)


def test_an_analysis_that_fails_takes_the_outdated_rows_and_their_banner_with_it(
        qtbot, tmp_path, monkeypatch):
    """Rows from before a write, said to be worked out again: when the analysis fails instead,
    the error is shown and the rows and the banner saying they are outdated go."""
    db, cells = _first_start(qtbot, tmp_path)
    _import_on_the_command_line(tmp_path, db)
    window, go, errors = failing_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(cells), timeout=WAIT)
    assert window.banner.isVisible() and "changed since" in window.banner.text()
    go.set()
    qtbot.waitUntil(lambda: errors != [], timeout=WAIT)
    assert "disk gone" in errors[0]
    assert window.model.rowCount() == 0 and window.banner.outdated is None
    assert not window.banner.isVisible()
