"""win40: the app's end says it is still waiting within WAIT_MS of the window's close.

The window's close waited WAIT_MS (30 s) for its task, then the app's end (ui.app.close_down)
another WAIT_MS for each task still running (ui.tasks.stop_all) before the log said the app
waits for them: 60 s after the close with one task, 90 s with two. Now one clock runs from the close
(ui.app_end.Ending): each wait takes what is left of it. The clock here is the test's own,
moved on by each wait as long as it was asked for, so no test waits 30 s.
"""

from __future__ import annotations

import logging
import threading

import shiboken6
from test_app_end_thr39 import GATE_S, _Closable

from ui import app_end, tasks
from ui.app import close_down
from ui.tasks import Runner, Task, running


def test_the_first_still_waiting_log_comes_within_wait_ms_of_the_close(qtbot, qapp, monkeypatch):
    now = [0.0]
    gate = threading.Event()
    real_wait = Task.wait
    asked: list[int] = []

    def wait(task: Task, msecs: int = app_end.WAIT_MS) -> bool:
        """The work ignores its cancel until the log has said the app waits: each wait till
        then lasts as long as it was asked for, on the test's clock."""
        if gate.is_set():
            return real_wait(task, GATE_S * 1000)
        asked.append(msecs)
        now[0] += msecs
        return False

    monkeypatch.setattr(app_end, "_now_ms", lambda: now[0])
    monkeypatch.setattr(Task, "wait", wait)
    said: list[tuple[float, str]] = []

    class Heard(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            said.append((now[0], record.getMessage()))
            if record.getMessage().startswith("the app waits for"):
                gate.set()

    window, other = _Closable(), Runner()
    started = [threading.Event(), threading.Event()]

    def stubborn_write(progress, cancel):  # never looks at cancel
        started[0].set()
        assert gate.wait(GATE_S)

    def stubborn_check(progress, cancel):
        started[1].set()
        assert gate.wait(GATE_S)

    window.runner.run(window, stubborn_write, on_success=lambda _r: None,
                      on_failure=lambda _f: None)
    other.run(None, stubborn_check, on_success=lambda _r: None, on_failure=lambda _f: None)
    assert all(event.wait(GATE_S) for event in started)
    log, heard = logging.getLogger("tradetier"), Heard(logging.WARNING)
    log.addHandler(heard)
    try:
        window.show()
        window.close()  # the clock starts: the close waits for its task, up to WAIT_MS
        close_down(qapp, window, ending=window.runner.ending)
    finally:
        log.removeHandler(heard)
    assert running() == [] and not shiboken6.isValid(window)  # ended only after the work
    first, waits = said[0], [(at, text) for at, text in said if "the app waits" in text]
    assert first[0] <= app_end.WAIT_MS, said  # the close's own word, at 30 s, as before
    assert waits and waits[0][0] <= app_end.WAIT_MS, said  # was 90 s: 30 more a task
    assert "stubborn_write" in waits[0][1] and "stubborn_check" in waits[0][1]
    assert sum(asked) == app_end.WAIT_MS, asked  # one clock: the waits before it add up to it
    assert tasks.WAIT_MS == app_end.WAIT_MS  # one figure, where Task.wait takes it too
