"""Shared fixtures: every test gets its own data folder, its own preferences (never the user's:
ui.prefs reads TRADETIER_PREFERENCES, and Qt's own QSettings are pointed at the same folder) and
English unless it asks otherwise; and no test leaves a worker thread running or its closed
windows for the next test to delete (see pytest_runtest_teardown)."""

from __future__ import annotations

import functools
import io
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QSettings  # noqa: E402 - platform first
from PySide6.QtWidgets import QApplication  # noqa: E402

from core import i18n, store  # noqa: E402 - after the root is on the path
from core.analysis import kept_files, snapshots  # noqa: E402
from core.cli.main import run  # noqa: E402
from core.ledger.importer import import_files  # noqa: E402
from core.progress import Steps, stoppable  # noqa: E402
from core.sample import sample_file_names  # noqa: E402
from ui import operations, prefs  # noqa: E402

SHIPPED_SAMPLE = ROOT / "resources" / "sample"
# How long a test's teardown waits, apiece, for the worker threads it left running once they
# are asked to stop (the runner's own wait at a window's close: ui.tasks.Task.wait).
LEFT_RUNNING_WAIT_MS = 30000


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function):
    """A Qt test runs inside a frame named after it: Qt aborts the process where a running
    QThread is deleted, and when that is the test's locals going at its return, no frame of
    the test is left in the stack faulthandler prints; this one says which test it was."""
    test = pyfuncitem.obj
    if "qapp" in pyfuncitem.fixturenames:
        pyfuncitem.obj = _in_frame_named(test, f"<running {pyfuncitem.nodeid}>")
    try:
        return (yield)
    finally:
        pyfuncitem.obj = test


def _in_frame_named(test: Callable[..., object], name: str) -> Callable[..., object]:
    namespace: dict[str, Callable[..., object]] = {}
    exec(compile("def running(*args, **kwargs):\n    return test(*args, **kwargs)\n", name,
                 "exec"), {"test": test}, namespace)
    return functools.wraps(test)(namespace["running"])


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item):
    """After pytest-qt has closed the test's widgets and every fixture is torn down: a worker
    thread of ours still running fails this test, by name, and is stopped; then the widgets
    closed are deleted here, not in whichever later test next runs an event loop. Qt aborts the
    whole process when a running QThread is deleted, and a window deleted in a later test's
    waitSignal took the run down there (exit 134, the wrong test named)."""
    result = yield
    _no_worker_left(item)
    return result


def _no_worker_left(item: pytest.Item) -> None:
    tasks = sys.modules.get("ui.tasks")  # none unless the test ran the window's worker
    # A task its window already cancelled (a dialog closed while it read a file) is winding
    # down to its next cancel check: waited for, not the test's fault. Failing it made the
    # suite fail by timing (CI run of the twenty-fifth pass: a preview still ending).
    running = tasks.running() if tasks is not None else []
    left = sorted(task.name for task in running if not task.asked_to_stop())
    ended = tasks.stop_all(LEFT_RUNNING_WAIT_MS) if running else []
    still = [task.name for task in ended]
    if still and not left:
        left = still  # asked to stop, yet still running after the wait: a real hang
    if QCoreApplication.instance() is not None:
        _delete_what_was_closed(item.nodeid)
    if left:
        pytest.fail(f"{item.nodeid} left worker threads running: {', '.join(left)} (close "
                    f"their window or wait for their end in the test)"
                    + (f"; still running after {LEFT_RUNNING_WAIT_MS} ms: {', '.join(still)}"
                       if still else ""), pytrace=False)


def _delete_what_was_closed(nodeid: str) -> None:
    """The deleteLater'd objects deleted now, from a frame named after the test: should a
    deletion crash the process, faulthandler's stack names the test that closed them."""
    flush = compile("delete(None, deferred)", f"<deleting what {nodeid} closed>", "eval")
    eval(flush, {"delete": QCoreApplication.sendPostedEvents,
                 "deferred": QEvent.Type.DeferredDelete})


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TRADETIER_HOME", str(tmp_path_factory.mktemp("home")))
    preferences = tmp_path_factory.mktemp("preferences")
    monkeypatch.setenv(prefs.FOLDER_VARIABLE, str(preferences))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(preferences))
    i18n.set_language("en")
    monkeypatch.setattr(kept_files, "_tidying", [])  # each test a run of the app of its own
    app = QApplication.instance()
    font = app.font() if isinstance(app, QApplication) else None
    yield
    i18n.set_language("en")
    if font is not None:  # a test switching the window to Chinese set the app's font for it:
        app.setFont(font)  # the next test's drawing (a dashed goal mark) read its glyphs
    for thread in kept_files._tidying:  # done within its own test's folders
        thread.join()


IDLE_STEP_APART = "idle_step_apart"  # the marker of a test whose window keeps the step's process


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{IDLE_STEP_APART}: the window's idle step checks last "
                            "month's snapshot in a process of its own, as the app's does")


@pytest.fixture(autouse=True)
def _idle_step_here(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's idle step (ui.operations.store_last_month) does its check in this process,
    unless the test is marked idle_step_apart: the step's own process costs an interpreter and
    the analysis's imports (~1 CPU s) each time it starts, and it starts again after every
    request that stops it: two thirds of the CPU of a window test (tests/test_asof43_ahead.py
    8.9 of 12.9 s), for a process those tests never look at. The tests of the step itself
    (tests/test_last_month_idle.py and its neighbours) keep the process."""
    if request.node.get_closest_marker(IDLE_STEP_APART) is None:
        monkeypatch.setattr(operations, "store_apart", _store_here)


def _store_here(db: Path, as_of: date, steps: Steps) -> bool:
    """last_month_beside.check_and_store's check, in this process: stored if missing or stale,
    stopped (nothing stored) at the window's next request."""
    conn = store.connect(db)
    try:
        with stoppable(conn, steps.cancel):
            snapshots.store_missing(conn, [snapshots.previous_month_end(as_of)], steps)
    finally:
        conn.close()
    return True


@pytest.fixture(autouse=True)
def _cjk_print_font(request: pytest.FixtureRequest) -> None:
    """Every test that runs Qt prints Chinese with a Chinese font, on any machine: the `dev`
    extra installs WenQuanYi Micro Hei (paperang-p2-fonts-cjk, the same file as Debian's
    fonts-wqy-microhei), registered with Qt here before a test lays out a page. The app looks
    for it among the families it prints with (ui.printing.paging.CJK_FAMILIES), after the
    ones Windows and macOS have; without it a Linux box lacking a CJK font printed boxes, and
    the test of the embedded font skipped."""
    if "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
        _register_cjk_font()


@cache
def _register_cjk_font() -> None:
    """Once a run. A .venv set up before the extra named the font lacks it until
    scripts/setup-env.sh runs again: the machine's own fonts are then all there is, and the
    embedded-font test fails where they have no CJK one, saying so."""
    from PySide6.QtGui import QFontDatabase

    try:
        font = files("paperang_p2_fonts_cjk") / "fonts" / "wqy-microhei.ttc"
    except ModuleNotFoundError:
        return
    if QFontDatabase.addApplicationFont(str(font)) < 0:
        raise RuntimeError(f"Qt could not load the tests' CJK font {font}")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "firm.sqlite"


@dataclass(frozen=True)
class SampleRun:
    """What `main.py sample-data DIR` did: its exit code, what it printed, the files."""

    code: int
    out: str
    paths: list[Path]


@pytest.fixture(scope="session")
def sample_ledgers(tmp_path_factory: pytest.TempPathFactory) -> SampleRun:
    """The twelve sample ledgers, written once a run (they take seconds) by the command a user
    runs: the sample tests read the files, the command's test what it said."""
    folder = tmp_path_factory.mktemp("sample") / "样例"
    out, err = io.StringIO(), io.StringIO()
    code = run(["sample-data", str(folder)], out, err)
    return SampleRun(code, out.getvalue() + err.getvalue(), sorted(folder.glob("*.xlsx")))


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped December sample workbook imported once a run; copy it before writing."""
    db = tmp_path_factory.mktemp("sample_db") / "sample.sqlite"
    [result] = import_files(db, [SHIPPED_SAMPLE / sample_file_names()[-1]])
    assert result.status == "imported"
    return db
