"""A window closed while its work ran, then shown again (ui39r): since thr39 a closed window
hears a late outcome as a cancel, so nothing paints a closed window; shown again, what the close
cut short must be asked again, or the window stays as the close left it."""

from __future__ import annotations

import threading

from ledgers import build, receivables_ledger

from ui import operations
from ui.main_window import MainWindow
from ui.tasks import running

WAIT = 30000
GATE_S = 60  # the longest the test's work waits for its gate: bounded, never reached


def test_a_window_closed_during_its_first_analysis_analyses_when_shown_again(
        qtbot, tmp_path, monkeypatch):
    build(tmp_path, receivables_ledger()).close()
    started, gate = threading.Event(), threading.Event()
    real = operations.analyse

    def held_once(*args, progress=None, cancel=None):
        result = real(*args, progress=progress, cancel=cancel)
        if not started.is_set():
            started.set()
            assert gate.wait(GATE_S)
        return result

    monkeypatch.setattr(operations, "analyse", held_once)
    window = MainWindow(tmp_path / "firm.sqlite")
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    assert started.wait(GATE_S)
    task = window.runner.current
    gate.set()
    window.close()
    with qtbot.waitSignal(task.finished, timeout=WAIT):
        pass
    assert window.analysis is None  # not painted on the closed window (thr39)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.show()  # shown again: was left on "analysing…" for good, nothing asked
    assert window.analysis is not None and window.model.rowCount() > 0
    with qtbot.waitSignal(window.valued, timeout=WAIT):
        pass  # the lifetime values too
    qtbot.waitUntil(lambda: running() == [], timeout=WAIT)
