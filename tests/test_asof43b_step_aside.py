"""The month ends made ahead step aside while the clerk works (asof43b): a click or a key in
the window pauses that work at its next cancel check (no progress meanwhile, Python's lock
left to the window), a quiet second lets it go on, and a date picked meanwhile is analysed at
once; what was made ahead is still shown at once afterwards."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from ledgers import build, receivables_ledger
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel
from test_asof43_ahead import LATEST, MONTH_END, WAIT, _counted, _pick
from test_main_window import open_window

from ui import operations
from ui.main_window import MainWindow
from ui.step_aside import QUIET_MS, StepAside
from ui.tasks import Runner


@pytest.fixture
def holding(monkeypatch):
    """The work made ahead held at MONTH_END: each time `asked` is set it makes one progress
    report (which looks at the cancel check first) and notes it in `reported`; once `done`
    is set (and `asked`) it analyses as before."""
    asked, done, started, reported = threading.Event(), threading.Event(), threading.Event(), []
    real = operations.analysis_run.analyse

    def held(conn, as_of=None, steps=None, **kwargs):
        if as_of == MONTH_END and not done.is_set():
            started.set()
            while asked.wait() and not done.is_set():
                asked.clear()
                steps.report(0.5)
                reported.append(as_of)
        return real(conn, as_of, steps, **kwargs)

    monkeypatch.setattr(operations.analysis_run, "analyse", held)
    yield asked, done, started, reported
    done.set()
    asked.set()


def _let_go(asked, done) -> None:
    done.set()
    asked.set()


def _at_the_step(qtbot, tmp_path, started):
    """The window on the receivables ledger, its step made ahead held (`holding`)."""
    build(tmp_path, receivables_ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    return window, window.runner.current


def _click_a_header(qtbot, window) -> None:
    header = window.browser.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().center())


def test_a_click_pauses_the_work_made_ahead_until_a_quiet_second(qtbot, tmp_path,
                                                                  monkeypatch, holding):
    asked, done, started, reported = holding
    window, work = _at_the_step(qtbot, tmp_path, started)
    assert work is not None and work.pausable and not work.paused
    asked.set()
    qtbot.waitUntil(lambda: len(reported) == 1, timeout=WAIT)  # not paused: it reports
    _click_a_header(qtbot, window)
    assert work.paused and window.runner.aside  # the cancel check now waits
    asked.set()
    timer = window.stepping_aside.quiet
    qtbot.waitUntil(lambda: timer.remainingTime() < QUIET_MS // 2, timeout=WAIT)
    assert timer.isActive() and work.paused
    assert len(reported) == 1  # half a second paused: no progress made
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Shift)  # a key starts the second again
    assert timer.remainingTime() > QUIET_MS // 2 and work.paused
    qtbot.waitUntil(lambda: not work.paused, timeout=WAIT)  # quiet: it goes on
    assert not window.runner.aside
    qtbot.waitUntil(lambda: len(reported) == 2, timeout=WAIT)
    _let_go(asked, done)
    qtbot.waitUntil(lambda: MONTH_END in window.ahead.dates(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)
    calls = _counted(monkeypatch)
    _pick(qtbot, window, MONTH_END)  # the prepared date, shown from what was made ahead
    assert window.analysis.as_of == MONTH_END and calls == []


def test_a_date_picked_while_paused_is_analysed_without_waiting_for_quiet(qtbot, tmp_path,
                                                                         monkeypatch, holding):
    asked, done, started, reported = holding
    window, work = _at_the_step(qtbot, tmp_path, started)
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Shift)
    assert work.paused
    asked.set()  # its cancel check waits, paused
    calls = _counted(monkeypatch)
    picked = date(2025, 9, 30)
    _pick(qtbot, window, picked)
    assert window.stepping_aside.quiet.isActive()  # analysed within the quiet second
    assert window.analysis.as_of == picked and calls[0] == picked
    assert work.replaced and not work.paused
    _let_go(asked, done)
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)


def test_only_pausable_idle_work_steps_aside(qtbot):
    runner, owner = Runner(), QObject()
    go, looked = threading.Event(), []

    def work(progress, cancel):
        go.wait(5)
        looked.append(cancel())

    for pausable in (False, True):
        go.clear()
        runner.when_idle(owner, work, on_success=lambda _: None, on_failure=lambda _: None,
                         pausable=pausable)
        qtbot.waitUntil(lambda: runner.current is not None, timeout=5000)
        runner.step_aside(True)
        assert runner.current.paused == pausable
        task = runner.current
        go.set()
        if pausable:
            runner.step_aside(False)
        with qtbot.waitSignal(task.finished, timeout=5000):
            pass
        runner.step_aside(False)
    assert looked == [False, False]
    # idle work started while the user is at work starts paused
    runner.step_aside(True)
    runner.when_idle(owner, work, on_success=lambda _: None, on_failure=lambda _: None,
                     pausable=True)
    assert runner.current.paused
    runner.current.cancel()
    qtbot.waitUntil(lambda: runner.current is None, timeout=5000)
    assert looked[-1] is True


def _panels(qtbot, window) -> dict[str, list[str]]:
    """Every customer's panel as the window shows it once its work is done (the lifetime
    values in): each label's text and each cell of its order history."""
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)
    panel, shown = window.panel, {}
    for c in window.analysis.customers:
        panel.show_customer(window.analysis, c)
        model = panel.orders_model
        cells = [str(model.index(r, k).data()) for r in range(model.rowCount())
                 for k in range(model.columnCount())]
        shown[c.customer] = [label.text() for label in panel.findChildren(QLabel)] + cells
    return shown


def test_a_prepared_date_s_customer_panel_is_a_fresh_analysis_s(qtbot, tmp_path):
    build(tmp_path, receivables_ledger()).close()
    window = MainWindow(tmp_path / "firm.sqlite")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ahead_ready, timeout=WAIT):
        window.refresh()
    latest = _panels(qtbot, window)
    prepared = window.ahead.get(MONTH_END)[0]
    _pick(qtbot, window, MONTH_END)
    assert window.analysis is prepared
    made_ahead = _panels(qtbot, window)
    window.ahead.forget()
    _pick(qtbot, window, LATEST)
    _pick(qtbot, window, MONTH_END)
    assert window.analysis is not prepared and window.analysis.as_of == MONTH_END
    fresh = _panels(qtbot, window)
    assert made_ahead == fresh and len(fresh) > 3
    assert made_ahead != latest  # the panel does show the date picked


def test_the_input_is_watched_only_while_the_step_made_ahead_runs(qtbot, tmp_path,
                                                                  monkeypatch, holding):
    """fx43f: the application's event filter ran Python for every event for the window's
    whole life (27 calls a header click, 16 of them Paint); now only while a pausable step
    runs, where a click still pauses it."""
    asked, done, started, _ = holding
    monkeypatch.setattr(StepAside, "eventFilter", _looked_at)
    window, work = _at_the_step(qtbot, tmp_path, started)
    assert window.stepping_aside.watching
    _click_a_header(qtbot, window)
    assert work.paused and LOOKED
    _let_go(asked, done)
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.runner.aside, timeout=WAIT)  # its quiet second
    assert MONTH_END in window.ahead.dates() and not window.stepping_aside.watching
    LOOKED.clear()
    _click_a_header(qtbot, window)
    assert LOOKED == [] and not window.runner.aside  # no step: the click not looked at


# The events StepAside's filter is given (the test above). Module-wide, as PySide keeps the
# Python override it found for an object: one let go while still installed would crash.
LOOKED: list[object] = []
REAL_FILTER = StepAside.eventFilter


def _looked_at(self, watched, event) -> bool:
    LOOKED.append(event.type())
    return REAL_FILTER(self, watched, event)
