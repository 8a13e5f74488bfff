"""Work nobody asked for (``Runner.when_idle``): it runs only while the worker has nothing
else to do, whatever is asked stops it and goes first, and it runs again once the worker is
idle, until it succeeds or fails."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from core.messages import Cancelled
from ui.tasks import Runner

WAIT = 5000


def _idle_work(started: threading.Event, events: list[object]):
    """Held until stopped on its first run (it then raises Cancelled, as core's work does);
    done at once on the next."""
    runs: list[int] = []

    def work(progress, cancel):
        runs.append(1)
        if len(runs) == 1:
            started.set()
            while not cancel():
                pass
            events.append("idle stopped")
            raise Cancelled()
        events.append("idle done")
        return len(runs)
    return work


def test_a_request_stops_the_idle_work_goes_first_and_the_work_runs_again_after(qtbot):
    runner, owner, started = Runner(), QObject(), threading.Event()
    events: list[object] = []
    busy: list[bool] = []
    runner.busy.connect(busy.append)
    runner.when_idle(owner, _idle_work(started, events),
                     on_success=lambda runs: events.append(("stored", runs)),
                     on_failure=lambda failure: events.append(("failed", failure.text)))
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    assert busy == [False]  # nobody waits for it: the status bar says nothing
    asked = runner.run(owner, lambda progress, cancel: events.append("asked") or "done",
                       on_success=lambda value: events.append(("answered", value)),
                       on_failure=lambda failure: events.append(("failed", failure.text)))
    with qtbot.waitSignal(asked.finished, timeout=WAIT):
        pass
    qtbot.waitUntil(lambda: runner.current is None, timeout=WAIT)
    assert events == ["idle stopped", "asked", ("answered", "done"), "idle done", ("stored", 2)]
    assert busy == [False, True, False, False]
    # succeeded: not run again after the next request
    with qtbot.waitSignal(runner.submit(lambda progress, cancel: None).finished, timeout=WAIT):
        pass
    assert runner.current is None and events[-1] == ("stored", 2)


def test_failed_idle_work_is_not_tried_again_and_a_new_one_replaces_the_last(qtbot):
    runner, owner = Runner(), QObject()
    ran: list[str] = []
    failures: list[str] = []

    def failing(progress, cancel):
        ran.append("failing")
        raise ZeroDivisionError("no")

    runner.when_idle(owner, failing, on_success=ran.append,
                     on_failure=lambda failure: failures.append(failure.text))
    qtbot.waitUntil(lambda: runner.current is None, timeout=WAIT)
    with qtbot.waitSignal(runner.submit(lambda progress, cancel: None).finished, timeout=WAIT):
        pass
    assert ran == ["failing"] and failures == ["ZeroDivisionError: no"]
    # one idle work at a time: a newer one stops the one running and takes its place
    started = threading.Event()
    events: list[object] = []
    runner.when_idle(owner, _idle_work(started, events), on_success=events.append,
                     on_failure=events.append)
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    runner.when_idle(owner, lambda progress, cancel: "newer", on_success=events.append,
                     on_failure=events.append)
    qtbot.waitUntil(lambda: runner.current is None, timeout=WAIT)
    assert events == ["idle stopped", "newer"]
    # forgotten (another database open): stopped, never run again
    started.clear()
    runner.when_idle(owner, _idle_work(started, events), on_success=events.append,
                     on_failure=events.append)
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    runner.forget_idle()
    qtbot.waitUntil(lambda: runner.current is None, timeout=WAIT)
    with qtbot.waitSignal(runner.submit(lambda progress, cancel: None).finished, timeout=WAIT):
        pass
    assert events == ["idle stopped", "newer", "idle stopped"] and runner.current is None
