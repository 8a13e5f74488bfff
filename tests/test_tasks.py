"""Workers: results, refusals, bugs and cancels come back on the GUI thread; one at a time;
and the worker thread never calls Qt with the GIL held (it deadlocked against the GUI thread)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
import shiboken6
from conftest import ROOT
from PySide6.QtCore import QObject, SignalInstance

from core.messages import Cancelled, Refusal
from ui.task_outcome import SWITCH_INTERVAL
from ui.tasks import Runner

STRESS_TASKS = 1000  # the old moveToThread at the end of a job hung in about 1 run in 3


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = Runner()
    seen = {}

    def work(progress, cancel):
        seen["worker"] = threading.get_ident()
        progress(0.5, "half")
        return 42

    task = runner.submit(work)
    got = []
    task.succeeded.connect(lambda value: got.append((value, threading.get_ident())))
    progress = []
    task.progressed.connect(lambda f, m: progress.append((f, m, threading.get_ident())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    gui = threading.get_ident()
    assert got == [(42, gui)]
    assert seen["worker"] != gui
    assert progress == [(0.5, "half", gui)]


def test_run_hands_the_outcome_to_the_owners_callables_on_the_gui_thread(qtbot):
    runner, owner = Runner(), QObject()
    calls = []

    def work(progress, cancel):
        progress(0.25, "a quarter")
        return threading.get_ident()

    task = runner.run(owner, work,
                      on_success=lambda worker: calls.append(("success", worker)),
                      on_failure=lambda failure: calls.append(("failure", failure)),
                      on_progress=lambda f, m: calls.append(("progress", f, m)),
                      on_finished=lambda: calls.append(("finished", threading.get_ident())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    gui = threading.get_ident()
    assert [c[0] for c in calls] == ["progress", "success", "finished"]
    assert calls[0][1:] == (0.25, "a quarter")
    assert calls[1][1] != gui and calls[2][1] == gui


def test_run_reports_failures_and_cancels(qtbot):
    runner, owner = Runner(), QObject()
    outcomes = []
    failing = runner.run(owner, lambda progress, cancel: 1 / 0,
                         on_success=outcomes.append, on_failure=outcomes.append)

    def cancelled(progress, cancel):
        raise Cancelled()

    stopped = runner.run(owner, cancelled, on_success=outcomes.append,
                         on_failure=outcomes.append, on_cancel=lambda: outcomes.append("cancel"))
    with qtbot.waitSignal(stopped.finished, timeout=5000):
        pass
    assert failing is not stopped
    assert "ZeroDivisionError" in outcomes[0].details and outcomes[1:] == ["cancel"]


def test_an_owner_that_is_gone_is_not_called_back(qtbot):
    """A dialog closed while its work runs: the result must not reach its dead widgets."""
    runner, owner = Runner(), QObject()
    release, calls = threading.Event(), []

    def work(progress, cancel):
        assert release.wait(5)
        return "late"

    task = runner.run(owner, work, on_success=calls.append, on_failure=calls.append,
                      on_finished=lambda: calls.append("finished"))
    shiboken6.delete(owner)
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert calls == []


def test_refusal_and_bug_become_failures(qtbot):
    runner = Runner()

    def refused(progress, cancel):
        raise Refusal("file_empty", "{file} is empty.", file="a.xlsx")

    def broken(progress, cancel):
        raise ZeroDivisionError("boom")

    failures = []
    first, second = runner.submit(refused), runner.submit(broken)
    first.failed.connect(failures.append)
    second.failed.connect(failures.append)
    with qtbot.waitSignal(second.finished, timeout=5000):
        pass
    assert failures[0].refusal and failures[0].text == "a.xlsx is empty."
    assert not failures[1].refusal and "ZeroDivisionError" in failures[1].details


def _until_cancelled(started: threading.Event):
    """Work that runs until it is cancelled, saying when it has begun."""
    def work(progress, cancel):
        started.set()
        while not cancel():
            pass
        raise Cancelled()
    return work


def test_cancel_stops_the_work(qtbot):
    runner = Runner()
    started = threading.Event()
    task = runner.submit(_until_cancelled(started))
    cancelled = []
    task.cancelled.connect(lambda: cancelled.append(True))
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert cancelled == [True]


def test_tasks_run_one_at_a_time(qtbot):
    runner = Runner()
    active, overlaps = [], []
    lock = threading.Lock()

    def work(progress, cancel):
        with lock:
            active.append(1)
            overlaps.append(len(active))
        for _ in range(20000):
            pass
        with lock:
            active.pop()
        return True

    tasks = [runner.submit(work) for _ in range(3)]
    with qtbot.waitSignal(tasks[-1].finished, timeout=10000):
        pass
    assert overlaps == [1, 1, 1]


def test_shutdown_stops_the_running_task_and_drops_the_queue(qtbot):
    """Closing the window: the work in hand is cancelled and waited for, the rest never runs."""
    runner, started, ran = Runner(), threading.Event(), []
    running = runner.submit(_until_cancelled(started))
    runner.submit(lambda progress, cancel: ran.append("queued"))
    assert started.wait(5)
    runner.shutdown()
    assert running.wait(0)  # the thread is done, not merely asked to stop
    cancelled = []
    running.cancelled.connect(lambda: cancelled.append(True))
    with qtbot.waitSignal(running.finished, timeout=5000):
        pass
    assert cancelled == [True] and ran == [] and runner.current is None


def test_a_newer_read_replaces_the_older_ones_of_its_kind(qtbot):
    """The user moved the as-of date again: the analysis of the date they left is stopped and
    never shown, one still queued never runs, and work of other kinds (a write) is kept."""
    runner, owner, started = Runner(), QObject(), threading.Event()
    outcomes, ran = [], []

    def record(name):
        return {"on_success": lambda value: outcomes.append((name, value)),
                "on_failure": lambda failure: outcomes.append((name, failure.text)),
                "on_cancel": lambda: outcomes.append((name, "cancelled"))}

    def finishes_anyway(started):  # stops only after the cancel, and returns a result
        def work(progress, cancel):
            started.set()
            while not cancel():
                pass
            return "stale"
        return work

    def note(name):
        return lambda progress, cancel: ran.append(name) or name

    old = runner.run(owner, finishes_anyway(started), kind="read", replaces=("read",),
                     **record("old"))
    write = runner.run(owner, note("write"), **record("write"))
    queued = runner.run(owner, note("queued"), kind="read", replaces=("read",),
                        **record("queued"))
    assert started.wait(5)
    runner.run(owner, note("other"), kind="valued", **record("other"))
    newest = runner.run(owner, note("newest"), kind="read", replaces=("read",),
                        **record("newest"))
    with qtbot.waitSignal(newest.finished, timeout=5000):
        pass
    assert ran == ["write", "other", "newest"]  # in the order given; "queued" never ran
    assert outcomes == [("queued", "cancelled"), ("old", "cancelled"), ("write", "write"),
                        ("other", "other"), ("newest", "newest")]
    assert old.replaced and queued.replaced and not write.replaced and runner.current is None


def test_a_read_of_another_kind_is_not_replaced(qtbot):
    """The lifetime values of the analysis on screen do not replace the next analysis."""
    runner, owner, ran = Runner(), QObject(), []
    started = threading.Event()
    first = runner.run(owner, _until_cancelled(started), kind="analysis",
                       on_success=ran.append, on_failure=ran.append)
    assert started.wait(5)
    waiting = runner.run(owner, lambda progress, cancel: ran.append("analysis"),
                         kind="analysis", on_success=lambda _: None, on_failure=ran.append)
    valued = runner.run(owner, lambda progress, cancel: ran.append("valued"),
                        kind="valued", replaces=("valued",), on_success=lambda _: None,
                        on_failure=ran.append)
    first.cancel()
    with qtbot.waitSignal(valued.finished, timeout=5000):
        pass
    assert ran == ["analysis", "valued"] and not waiting.replaced


def test_the_window_takes_python_s_lock_back_quickly():
    """A busy worker lets the GUI thread in within SWITCH_INTERVAL, not CPython's 5 ms: each
    click and repaint asks for the lock many times (bench/: "sort click while the window
    analyses"). Only the app sets it (ui.tasks imports Qt, which core never does, so the
    commands keep 5 ms). In a process of its own: the app's fonts stay out of this one's."""
    probe = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; "
             "before = sys.getswitchinterval(); from ui.app import make_app; make_app(); "
             "print(before, sys.getswitchinterval())")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    before, after = map(float, done.stdout.split()[-2:])
    assert before == 0.005 and after == SWITCH_INTERVAL < before, done.stderr


def _qt_calls(record: list[str]):
    """A profiler for the thread that installs it: names every call into Qt (a method of a
    shiboken object or a signal's emit) made from Python from then on."""
    def profile(frame, event, function):
        if event == "c_call":
            owner = getattr(function, "__self__", None)
            if isinstance(owner, (shiboken6.Object, SignalInstance)):
                record.append(f"{type(owner).__name__}.{function.__name__}")
    return profile


@pytest.mark.parametrize("ending", ["result", "refusal", "bug", "cancel"])
def test_the_worker_calls_qt_only_to_emit(qtbot, ending):
    """Any other Qt call from the worker (moveToThread, connect, deleting an object) holds the
    GIL while it takes a Qt mutex, and the GUI thread, inside ~QObject of a deleted widget,
    holds such a mutex while it waits for the GIL: the app hung. Emitting releases the GIL."""
    runner, calls = Runner(), []

    def work(progress, cancel):
        sys.setprofile(_qt_calls(calls))  # this thread only, to its end: the runner's part too
        progress(0.5, "half")
        if ending == "refusal":
            raise Refusal("file_empty", "{file} is empty.", file="a.xlsx")
        if ending == "bug":
            raise ZeroDivisionError("boom")
        if ending == "cancel":
            raise Cancelled()
        return "done"

    task = runner.submit(work)
    outcomes = []
    for signal in (task.succeeded, task.failed):
        signal.connect(outcomes.append)
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert calls and set(calls) == {"SignalInstance.emit"}
    expected = {"result": "done", "cancel": "cancelled"}
    assert [getattr(o, "refusal", o) for o in outcomes] == [
        expected.get(ending, ending == "refusal")]


def test_tasks_finish_while_the_gui_thread_deletes_widget_trees():
    """The hang itself: tasks back to back while deleteLater'd widget trees go, their senders
    overriding a virtual in Python (tests/worker_stress.py). A hang makes the process print
    every thread's stack and exit, so it fails here rather than stopping the suite."""
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "worker_stress.py"),
                           str(STRESS_TASKS)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-4000:]
    assert done.stdout.split() == [str(STRESS_TASKS)] * 2
