"""The window shows the customer table its last start showed while the analysis is made again
(half a minute at a million orders), while the database is unchanged (after a write made
outside the window, marked as outdated: test_outdated_table_window); the analysis replaces it,
keeping the row the user picked meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

from ledgers import build, receivables_ledger
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from test_main_window import open_window
from test_movements import _ledger

from core.analysis import kept_files, last_table
from core.store import connect
from ui import main_window, operations, window_commands
from ui.customers.table_model import COLUMN_INDEX
from ui.main_window import MainWindow

WAIT = 30000


def _cells(window: MainWindow) -> dict[str, list[str]]:
    """Every row's text, by customer, but the lifetime value (worked out after each start)."""
    model = window.model
    shown = [c for c in range(model.columnCount()) if c != COLUMN_INDEX["clv"]]
    return {model.data(model.index(r, COLUMN_INDEX["customer"])):
            [model.data(model.index(r, c)) for c in shown] for r in range(model.rowCount())}


def _held_analysis(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """The next windows' analyses wait on the worker until `go` is set."""
    started, go = threading.Event(), threading.Event()
    real = operations.analyse

    def held(*args, progress=None, cancel=None):
        started.set()
        assert go.wait(WAIT / 1000)
        return real(*args, progress=progress, cancel=cancel)

    monkeypatch.setattr(operations, "analyse", held)
    return started, go


def _next_start(qtbot, db: Path, monkeypatch) -> tuple[MainWindow, threading.Event]:
    """A window started on db as a start does (ui.app.start_window), its analysis held on
    the worker until the event is set."""
    started, go = _held_analysis(monkeypatch)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_last_table()
    window.refresh()
    qtbot.waitUntil(started.is_set, timeout=WAIT)  # being made: the last table came first
    return window, go


def _first_start(qtbot, tmp_path: Path) -> tuple[Path, dict[str, list[str]]]:
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    first = open_window(qtbot, db)
    qtbot.waitUntil(last_table.place(db).exists, timeout=WAIT)  # kept after its analysis
    cells = _cells(first)
    first.close()
    return db, cells


def test_the_next_start_shows_the_last_table_until_its_analysis_lands(
        qtbot, tmp_path, monkeypatch):
    db, cells = _first_start(qtbot, tmp_path)
    window, go = _next_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(cells), timeout=WAIT)
    assert window.analysis is None and _cells(window) == cells
    assert window.stack.currentWidget() is window.tabs
    assert "last start" in window.status.text()
    assert window.pyramid.waiting and "once the analysis" in window.pyramid.empty_text()
    assert window.panel.waiting and "once the" in window.panel.empty.text()
    # a row picked meanwhile: no panel and no context menu yet (they need the analysis)
    pick = next(r for r in range(window.proxy.rowCount())
                if window.proxy.customer_at(r).customer == "Big Debtor")
    rect = window.table.visualRect(window.proxy.index(pick, COLUMN_INDEX["customer"]))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.browser.current_customer().customer == "Big Debtor"
    assert window.panel.empty.isVisibleTo(window.panel)
    window.table.customContextMenuRequested.emit(QPoint(rect.center()))
    assert QApplication.activePopupWidget() is None
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    assert window.analysis is not None  # its own customers in every row now
    assert {id(window.model.row(r)) for r in range(window.model.rowCount())} == {
        id(c) for c in window.analysis.customers}
    assert _cells(window) == cells
    assert window.panel.customer is not None and window.panel.customer.customer == "Big Debtor"
    assert window.panel.customer.receivables  # the analysis's own, with the account
    assert "last start" not in window.status.text()
    assert not window.pyramid.waiting and not window.panel.waiting



def test_the_lists_wait_for_the_analysis_and_say_so(qtbot, tmp_path, monkeypatch):
    """Exporting or printing from the last start's table says the lists come once the
    analysis is on screen (the click did nothing, silently); then they work."""
    db, _cells_shown = _first_start(qtbot, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(window_commands.QFileDialog, "getSaveFileName",
                        lambda *args: (asked.append(args[2]), ("", ""))[1])
    window, go = _next_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    for name in ("export_stop_loss", "export_restructuring", "export_leap", "print"):
        window.statusBar().clearMessage()
        window.commands.actions[name].trigger()
        assert "once the analysis is on screen" in window.statusBar().currentMessage(), name
    assert not asked and window.commands.dialog is None
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    window.commands.actions["export_stop_loss"].trigger()
    assert len(asked) == 1 and "stop" in asked[0].lower()
    window.commands.actions["print"].trigger()
    assert window.commands.dialog is not None and window.commands.dialog.isVisible()
    window.commands.dialog.close()

def test_a_look_at_the_movements_keeps_the_last_table(qtbot, tmp_path, monkeypatch):
    """The movements store each month end's snapshot, which no analysis reads: a firm that
    looked at them and closed the app still sees its table at the next start."""
    build(tmp_path, _ledger()).close()
    db = tmp_path / "firm.sqlite"
    first = open_window(qtbot, db)
    qtbot.waitUntil(last_table.place(db).exists, timeout=WAIT)
    cells, version = _cells(first), last_table.version_of(db)
    with qtbot.waitSignal(first.movements.computed, timeout=WAIT):
        first.commands.actions["movements"].trigger()
    assert last_table.version_of(db) != version  # the snapshots were written
    first.close()
    conn = connect(db)
    assert conn.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] > 1
    conn.close()
    window, go = _next_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(cells), timeout=WAIT)
    assert window.analysis is None and _cells(window) == cells
    assert "last start" in window.status.text()
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    assert _cells(window) == cells


def test_the_keeping_lets_go_of_what_was_kept_for_a_database_gone(
        qtbot, tmp_path, monkeypatch):
    """A firm that renamed its database file between two runs of the app: what the cache
    folder held for the old name goes when the next run keeps the table of the file it
    opens."""
    (tmp_path / "old").mkdir()
    old, _ = _first_start(qtbot, tmp_path / "old")
    held = kept_files.kept_for(old, last_table.KIND)
    assert held.exists()
    new = old.rename(tmp_path / "old" / "renamed.sqlite")
    for thread in kept_files._tidying:
        thread.join()  # the first run's tidying, with the old name still there
    monkeypatch.setattr(kept_files, "_tidying", [])  # the next run of the app
    window = open_window(qtbot, new)
    qtbot.waitUntil(kept_files.kept_for(new, last_table.KIND).exists, timeout=WAIT)
    qtbot.waitUntil(lambda: not held.exists(), timeout=WAIT)
    window.close()


def test_closing_right_after_the_analysis_lands_still_keeps_the_table(qtbot, tmp_path):
    """The keeping task starts as the analysis lands, before the lifetime values: a window
    closed at once waits for it, so the next start has its table."""
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.refresh()
    window.close()
    assert last_table.place(db).exists()


def test_a_window_that_leaves_no_trace_keeps_no_table(qtbot, tmp_path):
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    window = MainWindow(db, remember=False)  # a screenshot or the self-test
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.refresh()
    qtbot.waitUntil(lambda: window.analysis.lifetime is not None, timeout=WAIT)  # after keeping
    assert not last_table.place(db).exists()


def test_another_database_shows_none_of_the_last_one_s_customers_meanwhile(
        qtbot, tmp_path, monkeypatch):
    """Opening another database: until its analysis lands, the table shows its own last table
    (or nothing), never the customers of the database left, so nothing can be corrected or
    exported meanwhile from a file the window no longer names."""
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
    build(first, receivables_ledger()).close()
    build(second, [row for row in receivables_ledger() if row[1] != "Big Debtor"]).close()
    left = open_window(qtbot, first / "firm.sqlite")
    shown_before = _cells(left)
    assert "Big Debtor" in shown_before
    started, go = _held_analysis(monkeypatch)
    left.open_database(second / "firm.sqlite")
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    assert left.analysis is None and left.current_analysis() is None  # nothing to export
    assert "Big Debtor" not in _cells(left) and left.model.rowCount() == 0  # none kept for b
    assert not left.as_of_edit.isEnabled() and left.pyramid.waiting
    with qtbot.waitSignal(left.analysed, timeout=WAIT):
        go.set()
    assert "Big Debtor" not in _cells(left) and left.model.rowCount() > 0
    qtbot.waitUntil(last_table.place(second / "firm.sqlite").exists, timeout=WAIT)
    # back to the first: its own last table while its analysis is made again
    started.clear()
    go.clear()
    left.open_database(first / "firm.sqlite")
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    qtbot.waitUntil(lambda: left.model.rowCount() == len(shown_before), timeout=WAIT)
    assert left.analysis is None and _cells(left) == shown_before
    with qtbot.waitSignal(left.analysed, timeout=WAIT):
        go.set()
    assert _cells(left) == shown_before and left.analysis is not None


def failing_start(qtbot, db: Path, monkeypatch
                  ) -> tuple[MainWindow, threading.Event, list[str]]:
    """A start whose analysis, once the event is set, fails ("disk gone"); the errors the
    window shows are listed instead of opening a dialog."""
    started, go = threading.Event(), threading.Event()

    def failing(*args, progress=None, cancel=None):
        started.set()
        assert go.wait(WAIT / 1000)
        raise RuntimeError("disk gone")

    errors: list[str] = []
    monkeypatch.setattr(operations, "analyse", failing)
    monkeypatch.setattr(main_window, "show_failed", lambda parent, failure:
                        errors.append(failure.text))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_last_table()
    window.refresh()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    return window, go, errors


def test_an_analysis_that_fails_takes_the_last_table_with_it(qtbot, tmp_path, monkeypatch):
    """The last start's table says an analysis is on its way: when it fails instead, the
    error is shown and the table, the status and the waiting words go."""
    db, cells = _first_start(qtbot, tmp_path)
    window, go, errors = failing_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(cells), timeout=WAIT)
    go.set()
    qtbot.waitUntil(lambda: errors != [], timeout=WAIT)
    assert "disk gone" in errors[0]
    assert window.model.rowCount() == 0 and window.analysis is None
    assert not window.pyramid.waiting and not window.panel.waiting
    assert "last start" not in window.status.text()
