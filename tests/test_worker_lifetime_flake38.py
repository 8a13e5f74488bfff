"""No worker thread dies with the window, dialog or runner that started it, and the test run
cannot be taken down by one: Qt aborts the whole process when a QThread still running is deleted
(CI's run died so, exit 134), so a started task is the application's until its thread has
ended (ui.tasks.Task.start); the tests' conftest fails a test that leaves a worker running, by
name, and a test that hangs ends the run with every thread's stack (pyproject's
faulthandler_timeout) instead of eating CI's 90 minutes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT
from PySide6.QtCore import QCoreApplication, QEvent

from core.analysis.model import Analysis
from ui import operations
from ui.customers.panel import CustomerPanel


def _python(script: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`script` in a Python of its own, offscreen: an abort there fails this test alone."""
    return subprocess.run([sys.executable, "-X", "faulthandler", "-c", textwrap.dedent(script)],
                          cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**_offscreen(), "PYTHONPATH": str(ROOT)})


def _offscreen() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


OWNER_DELETED = """
    import threading
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject
    from PySide6.QtWidgets import QApplication
    from ui import tasks
    from ui.tasks import Runner

    app = QApplication([])
    owner = QObject()  # the window, or a dialog with a runner of its own
    runner = Runner(owner)
    gate, started, heard = threading.Event(), threading.Event(), []

    def import_files(progress, cancel):  # still at work when its window goes
        started.set()
        gate.wait(60)
        return "imported"

    task = runner.run(owner, import_files, on_success=heard.append, on_failure=heard.append)
    started.wait(60)
    owner.deleteLater()  # what pytest-qt's teardown and a parent's deletion do
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print("alive", [t.name for t in tasks.running()])
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    gate.set()
    loop.exec()
    print("ended", heard, [t.name for t in tasks.running()])
"""


def test_a_window_deleted_while_its_import_runs_leaves_the_thread_to_end():
    """Before: the runner's deletion took the running task's QThread with it and Qt aborted
    the process (exit -6, "QThread: Destroyed while thread is still running"). Now the thread
    runs to its end; its outcome reaches nobody, its owner being gone."""
    done = _python(OWNER_DELETED)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split("\n")[:2] == ["alive ['import_files']", "ended [] []"]


def test_the_panel_s_second_fit_goes_with_the_panel(qtbot, sample_db):
    """The panel lays itself out again once its new texts are (a zero timer): a window closed
    and deleted before that timer came called _fit on a deleted panel, and the RuntimeError
    failed whichever test ran the next event loop."""
    analysis: Analysis = operations.analyse(sample_db).analysis
    panel = CustomerPanel()
    panel.show_customer(analysis, analysis.customers[0])
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.capture_exceptions() as raised:
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()
    assert raised == []


LEAVES_ONE = """
    import threading

    from ui import tasks
    from ui.tasks import Runner

    KEPT = []


    def spins_until_cancelled(progress, cancel):
        STARTED.set()
        while not cancel():
            pass


    STARTED = threading.Event()


    def test_leaves_a_worker_running(qtbot):
        runner = Runner()
        KEPT.append(runner)
        runner.submit(spins_until_cancelled)
        assert STARTED.wait(60)


    def test_the_next_one_finds_none(qtbot):
        assert tasks.running() == []
"""

PROJECT_CONFTEST = f"""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("project_conftest",
                                                  {str(ROOT / "tests" / "conftest.py")!r})
    project = sys.modules["project_conftest"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(project)
    pytest_runtest_teardown = project.pytest_runtest_teardown
    pytest_pyfunc_call = project.pytest_pyfunc_call
    _isolated = project._isolated
"""


def _pytest(tmp_path: Path, test: str, *options: str) -> subprocess.CompletedProcess[str]:
    """`test` run by pytest with the project's configuration and its conftest's teardown."""
    (tmp_path / "conftest.py").write_text(textwrap.dedent(PROJECT_CONFTEST), encoding="utf-8")
    (tmp_path / "test_inner.py").write_text(textwrap.dedent(test), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c",
         str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), *options,
         str(tmp_path / "test_inner.py")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**_offscreen(), "PYTHONPATH": str(ROOT)})


def test_a_test_leaving_a_worker_running_fails_by_name_and_the_next_runs_clean(tmp_path):
    done = _pytest(tmp_path, LEAVES_ONE)
    out = done.stdout
    assert done.returncode == 1, out[-3000:] + done.stderr[-3000:]
    assert "ERROR at teardown of test_leaves_a_worker_running" in out
    assert ("test_inner.py::test_leaves_a_worker_running left worker threads running: "
            "spins_until_cancelled") in out
    assert "2 passed, 1 error" in out  # the second found no worker left


WINDS_DOWN = """
    import threading

    from ui import tasks
    from ui.tasks import Runner

    KEPT = []
    STARTED, CANCELLED = threading.Event(), threading.Event()


    def ends_a_moment_after_its_cancel(progress, cancel):
        STARTED.set()
        while not cancel():
            pass
        CANCELLED.set()
        threading.Event().wait(1)  # still on its thread when the test's teardown comes


    def test_cancels_its_worker_as_a_closed_dialog_does(qtbot):
        runner = Runner()
        KEPT.append(runner)
        task = runner.submit(ends_a_moment_after_its_cancel)
        assert STARTED.wait(60)
        task.cancel()
        assert CANCELLED.wait(60) and task.thread_running()


    def test_the_next_one_finds_none(qtbot):
        assert tasks.running() == []
"""


def test_a_worker_its_owner_cancelled_is_waited_for_not_blamed(tmp_path):
    """A dialog closed while it read a file cancels the reading, which ends at its next
    cancel check: the test's teardown waits for it and fails nothing. Blamed, it failed the
    suite by timing (test_screens31, a preview still ending as the dialog closed)."""
    done = _pytest(tmp_path, WINDS_DOWN)
    out = done.stdout
    assert done.returncode == 0, out[-3000:] + done.stderr[-3000:]
    assert "2 passed" in out and "error" not in out


HANGS = """
    import threading


    def test_hangs():
        threading.Event().wait()
"""


def test_a_hanging_test_ends_the_run_with_every_thread_s_stack(tmp_path):
    """The project's configuration ends the run at its per-test limit (here lowered to a
    second) with the stacks, the hanging test's line among them; before, CI waited its 90
    minutes out."""
    done = _pytest(tmp_path, HANGS, "-o", "faulthandler_timeout=1")
    assert done.returncode == 1
    assert "Timeout (0:00:01)!" in done.stderr
    assert 'test_inner.py", line 6 in test_hangs' in done.stderr


DELETED_RUNNING = """
    import threading

    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QWidget

    GATE, KEPT = threading.Event(), []


    class Spinning(QThread):
        def run(self):
            GATE.wait(60)


    def test_closes_a_widget_whose_thread_runs(qtbot):
        widget = QWidget()
        qtbot.addWidget(widget)  # closed and deleteLater'd by pytest-qt after the test
        KEPT.append(Spinning(widget))
        KEPT[-1].start()
        if {kept}:
            KEPT.append(widget)  # else it goes with the test's locals
"""


@pytest.mark.parametrize(("kept", "frame"), [
    (True, "<deleting what test_inner.py::test_closes_a_widget_whose_thread_runs closed>"),
    (False, "<running test_inner.py::test_closes_a_widget_whose_thread_runs>")])
def test_a_crash_deleting_what_a_test_closed_names_that_test(tmp_path, kept, frame):
    """A QThread of the test's own (not the runner's) still running when its widget is
    deleted, at the test's return or by pytest-qt's teardown: Qt aborts the run, and the stack
    printed names the test that let it go, not whichever later test happened to run an event
    loop or nothing at all (the stack then held pytest's frames alone)."""
    done = _pytest(tmp_path, DELETED_RUNNING.format(kept=kept))
    assert done.returncode == -6
    assert "Fatal Python error: Aborted" in done.stderr
    assert f'File "{frame}", line ' in done.stderr
