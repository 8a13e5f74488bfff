"""Workers: results, refusals, bugs and cancels come back on the GUI thread; one at a time."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from core.messages import Cancelled, Refusal
from ui.tasks import Runner


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = Runner()
    seen = {}

    def work(progress, cancel):
        seen["worker"] = threading.get_ident()
        progress(0.5, "half")
        return 42

    task = runner.submit(work)
    got = []
    task.succeeded.connect(lambda value: got.append((value, QThread.currentThread())))
    progress = []
    task.progressed.connect(lambda f, m: progress.append((f, m)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert got[0][0] == 42
    assert seen["worker"] != threading.get_ident()
    assert progress == [(0.5, "half")]


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


def test_cancel_stops_the_work(qtbot):
    runner = Runner()
    started = threading.Event()

    def long_work(progress, cancel):
        started.set()
        while not cancel():
            pass
        raise Cancelled()

    task = runner.submit(long_work)
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
