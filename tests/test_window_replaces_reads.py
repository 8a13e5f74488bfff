"""A new as-of date typed while the window is still analysing (or valuing) the last one: the
work for the date the user left is stopped and never shown, so the date they chose is shown
after one analysis, not after every date they passed through."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from ledgers import build, receivables_ledger
from PySide6.QtCore import QEvent, QObject, Qt
from test_main_window import open_window

from core.analysis.run import analyse
from core.store import connect
from ui import operations
from ui.main_window import LIFETIME, MainWindow

WAIT = 30000
LEFT, CHOSEN = date(2025, 10, 31), date(2025, 12, 31)


def _type_date(qtbot, window: MainWindow, day: date) -> None:
    """As a clerk does: select the box's text, type the date, press Enter."""
    box = window.as_of_edit.edit
    box.selectAll()
    qtbot.keyClicks(box, day.isoformat())
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _held(real, started: threading.Event, stopped: list[bool], when):
    """`real` (an operation taking progress= and cancel=), held on the worker until the
    runner asks it to stop when `when(args)` says so; it then finishes anyway, so only the
    runner can keep its outcome off the screen."""
    def work(*args, progress=None, cancel=None):
        if when(args):
            started.set()
            while not cancel():
                pass
            stopped.append(True)
        return real(*args, progress=progress)
    return work


def _opened(qtbot, tmp_path: Path) -> tuple[MainWindow, Path]:
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    window = open_window(qtbot, db)
    qtbot.waitUntil(lambda: window.analysis.lifetime is not None, timeout=WAIT)
    return window, db


def _customers(analysis) -> dict[str, tuple]:
    return {c.customer: (c.tier, c.list, c.open_amount) for c in analysis.customers}


def test_a_new_date_stops_the_analysis_of_the_date_left(qtbot, tmp_path, monkeypatch):
    started, stopped, shown = threading.Event(), [], []
    monkeypatch.setattr(operations, "analyse", _held(
        operations.analyse, started, stopped, lambda args: args[1] == LEFT))
    window, db = _opened(qtbot, tmp_path)
    window.analysed.connect(lambda: shown.append(window.analysis.as_of))
    _type_date(qtbot, window, LEFT)
    qtbot.waitUntil(started.is_set, timeout=WAIT)  # the analysis of LEFT is running
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        _type_date(qtbot, window, CHOSEN)
    assert stopped == [True] and shown == [CHOSEN]  # LEFT's finished analysis never shown
    assert window.as_of_edit.edit.text() == CHOSEN.isoformat()
    conn = connect(db)
    assert _customers(window.analysis) == _customers(analyse(conn, CHOSEN))
    conn.close()
    table = {window.model.row(r).customer for r in range(window.model.rowCount())}
    assert table == set(_customers(window.analysis))


def test_a_new_date_stops_the_valuation_of_the_date_left(qtbot, tmp_path, monkeypatch):
    started, stopped, valued = threading.Event(), [], []
    monkeypatch.setattr(operations, "lifetime_values", _held(
        operations.lifetime_values, started, stopped, lambda args: args[1].as_of == LEFT))
    window, _ = _opened(qtbot, tmp_path)
    window.valued.connect(lambda: valued.append(window.analysis.as_of))
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        _type_date(qtbot, window, LEFT)
    left = window.analysis
    assert started.wait(5)  # LEFT is on screen, its lifetime values being worked out
    with qtbot.waitSignal(window.valued, timeout=WAIT):
        _type_date(qtbot, window, CHOSEN)
    assert stopped == [True] and valued == [CHOSEN]
    assert left.lifetime is None  # the values worked out for LEFT were not put on it
    assert window.analysis.as_of == CHOSEN and window.analysis.lifetime is not None


class _Paints(QObject):
    """Whether the customer table has painted since its rows were last replaced."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.since_reset = False
        window.model.modelReset.connect(lambda: setattr(self, "since_reset", False))
        window.browser.table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.since_reset = True
        return False


def test_a_new_analysis_is_painted_before_its_lifetime_values_start(qtbot, tmp_path,
                                                                     monkeypatch):
    """The fit runs Python on the worker, and each cell the table paints waits for Python's
    lock while it does: the window paints the new analysis before the fit is queued."""
    window, _ = _opened(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    paints = _Paints(window)
    painted_when_queued = []
    queue = window.runner.run

    def run(owner, work, **kwargs):
        if kwargs.get("kind") == LIFETIME:
            painted_when_queued.append((paints.since_reset, window.analysis.as_of))
        return queue(owner, work, **kwargs)

    monkeypatch.setattr(window.runner, "run", run)
    with qtbot.waitSignal(window.valued, timeout=WAIT):
        _type_date(qtbot, window, LEFT)
    assert painted_when_queued == [(True, LEFT)]
    shown = {window.proxy.customer_at(r).customer for r in range(window.proxy.rowCount())}
    assert shown == set(_customers(window.analysis)) and window.analysis.lifetime is not None
