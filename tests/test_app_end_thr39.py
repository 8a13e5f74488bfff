"""The app's end and a window's close, with work still on the worker: the app waits for every
thread before QApplication goes (Qt aborts the process, exit 134, when a running QThread is
destroyed, perhaps in the middle of a database write); an outcome arriving once the window is
closed is not painted on it; the import dialog, on its window's runner, opens again."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
import shiboken6
from ledgers import APRIL_HEADER, APRIL_ROWS, build, receivables_ledger, write_xlsx
from PySide6.QtWidgets import QWidget

from core.messages import Refusal
from ui import operations
from ui.app import close_down
from ui.importing.dialog import ImportDialog
from ui.main_window import MainWindow
from ui.tasks import Runner, running

WAIT = 30000
GATE_S = 60  # the longest a test's work waits for its gate: bounded, never reached when it passes


class _OnWarning(logging.Handler):
    """Sets `gate` at the first warning logged: the app's end says it is still waiting."""

    def __init__(self, gate: threading.Event) -> None:
        super().__init__(logging.WARNING)
        self.gate, self.messages = gate, []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())
        self.gate.set()


def test_the_app_s_end_waits_for_work_that_ignores_its_cancel(qtbot, qapp):
    window = QWidget()
    runner = Runner(window)
    started, gate, ended = threading.Event(), threading.Event(), threading.Event()

    def stubborn_write(progress, cancel):  # never looks at cancel
        started.set()
        assert gate.wait(GATE_S)
        ended.set()
        return "written"

    runner.run(window, stubborn_write, on_success=lambda _r: None, on_failure=lambda _f: None)
    assert started.wait(GATE_S)
    said = _OnWarning(gate)
    log = logging.getLogger("tradetier")
    log.addHandler(said)
    try:
        close_down(qapp, window, every_ms=10)  # the gate opens only once the end has waited
    finally:
        log.removeHandler(said)
    assert ended.is_set() and running() == []  # returned only after the work had ended
    assert said.messages and "stubborn_write" in said.messages[0]
    assert not shiboken6.isValid(window)  # and the window went after it


class _Closable(QWidget):
    """A window as MainWindow is: its close shuts its runner down."""

    def __init__(self) -> None:
        super().__init__()
        self.runner = Runner(self)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.runner.shutdown()
        super().closeEvent(event)


@pytest.mark.parametrize("ending", ["result", "refusal"])
def test_an_outcome_after_the_window_closed_is_not_painted_on_it(qtbot, ending, caplog):
    window = _Closable()
    qtbot.addWidget(window)
    window.show()
    started, gate, calls = threading.Event(), threading.Event(), []

    def work(progress, cancel):
        started.set()
        assert gate.wait(GATE_S)
        progress(0.9, "almost")
        if ending == "refusal":
            raise Refusal("file_empty", "{file} is empty.", file="a.xlsx")
        return "late"

    task = window.runner.run(
        window, work, on_success=lambda r: calls.append(("success", r)),
        on_failure=lambda f: calls.append(("failure", f.text)),
        on_progress=lambda f, m: calls.append(("progress", m)),
        on_cancel=lambda: calls.append(("cancel",)),
        on_finished=lambda: calls.append(("finished",)))
    assert started.wait(GATE_S)
    gate.set()  # it ends as the window closes: nothing of it is handled before the close
    window.close()
    with qtbot.waitSignal(task.finished, timeout=WAIT):
        pass
    # its busy state ends as a cancel's does; no progress, result or failure reaches it
    assert calls == [("cancel",), ("finished",)]
    assert shiboken6.isValid(window) and window.runner.closed
    assert ("a.xlsx is empty." in caplog.text) == (ending == "refusal")


def closed_as_its_analysis_ends(qtbot, tmp_path, monkeypatch) -> tuple[MainWindow, list[bool]]:
    """A window on a ledger closed as its first analysis ends, once it has ended: the window
    and whether each analysis was painted (a later analysis is not held)."""
    build(tmp_path, receivables_ledger()).close()
    started, gate = threading.Event(), threading.Event()
    real = operations.analyse

    def made_then_held(*args, progress=None, cancel=None):  # done before the close's cancel
        result = real(*args, progress=progress, cancel=cancel)
        if not started.is_set():
            started.set()
            assert gate.wait(GATE_S)
        return result

    monkeypatch.setattr(operations, "analyse", made_then_held)
    window = MainWindow(tmp_path / "firm.sqlite")
    qtbot.addWidget(window)
    window.show()
    painted: list[bool] = []
    window.analysed.connect(lambda: painted.append(True))
    window.refresh()
    assert started.wait(GATE_S)
    task = window.runner.current
    assert task is not None and task.name.endswith("made_then_held")
    gate.set()
    window.close()
    with qtbot.waitSignal(task.finished, timeout=WAIT):
        pass
    return window, painted


def test_an_analysis_ending_as_the_window_closes_is_not_painted(qtbot, tmp_path, monkeypatch):
    window, painted = closed_as_its_analysis_ends(qtbot, tmp_path, monkeypatch)
    assert painted == [] and window.analysis is None and window.model.rowCount() == 0
    assert running() == []  # nothing the analysis's end would ask for started either


def test_the_import_dialog_reads_again_when_opened_again(qtbot, tmp_path):
    ledger = write_xlsx(tmp_path / "4月台账.xlsx", {"4月": [APRIL_HEADER, *APRIL_ROWS]})
    runner = Runner()
    dialog = ImportDialog(tmp_path / "firm.sqlite", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert not runner.closed  # the window's runner: the dialog's close leaves it open
    dialog.show()
    dialog.add_files([ledger])
    qtbot.waitUntil(lambda: not dialog.states[0].busy, timeout=WAIT)
    state = dialog.states[0]
    assert state.preview is not None and not state.failure and dialog.import_button.isEnabled()


def test_the_import_dialog_needs_its_window_s_runner():
    with pytest.raises(TypeError):
        ImportDialog(Path("firm.sqlite"))  # type: ignore[call-arg]
