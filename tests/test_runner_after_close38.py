"""A window closed while a task's end is still on its way: what its owner is told of that end
can ask for more work (the import's success asked for an analysis; since thr39 a closed window is
told of a cancel, and its on_cancel and on_finished still run), and that work must not start on
a thread the window's deletion would kill (Qt aborts the whole process when a running QThread
is deleted: CI's run died so, exit 134)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from ui.tasks import Runner


def _slow(gate: threading.Event):
    def work(progress, cancel):
        gate.wait(10)
        return "done"
    return work


def test_work_asked_for_during_shutdown_never_starts(qtbot):
    owner = QObject()
    runner = Runner(owner)
    gate = threading.Event()
    asked: list[str] = []

    def ended():
        asked.append("ended")
        # what a task's end may do: ask for more (an analysis), on the closing window's runner
        runner.run(None, _slow(threading.Event()), on_success=asked.append,
                   on_failure=asked.append)

    first = runner.run(None, _slow(gate), on_success=asked.append, on_failure=asked.append,
                       on_finished=ended)
    gate.set()
    runner.shutdown()  # the window closes: waits for the import's thread
    with qtbot.waitSignal(first.finished, timeout=10000):
        pass
    assert asked == ["ended"]  # its "done" not shown on the closed window
    assert runner.closed and runner.current is None
    second = runner._queue[0]
    assert not second._thread.isRunning() and not second.running
    owner.deleteLater()  # what pytest-qt and the app do with a closed window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_window_shown_again_runs_what_waited(qtbot):
    runner = Runner()
    runner.shutdown()
    results: list[str] = []
    task = runner.run(None, lambda progress, cancel: "later", on_success=results.append,
                      on_failure=results.append)
    assert runner.current is None and not task.running
    with qtbot.waitSignal(task.finished, timeout=10000):
        runner.resume()
    assert results == ["later"]
