"""The import dialog closed while a file was being read, then opened again (ui39r): thr39 made
it take the window's runner so it can be opened again, but a reading its close cancelled was
never asked again: the file stayed "reading…" and Import greyed out for good."""

from __future__ import annotations

import threading

from ledgers import APRIL_HEADER, APRIL_ROWS, write_xlsx
from test_app_end_thr39 import GATE_S, WAIT

from ui import operations
from ui.importing.dialog import ImportDialog
from ui.tasks import Runner, running


def test_a_reading_cut_short_by_the_close_is_read_again_when_shown_again(
        qtbot, tmp_path, monkeypatch):
    ledger = write_xlsx(tmp_path / "4月台账.xlsx", {"4月": [APRIL_HEADER, *APRIL_ROWS]})
    started, gate = threading.Event(), threading.Event()
    real = operations.preview

    def held_once(*args, progress=None, cancel=None):
        if not started.is_set():
            started.set()
            assert gate.wait(GATE_S)
        return real(*args, progress=progress, cancel=cancel)

    monkeypatch.setattr(operations, "preview", held_once)
    runner = Runner()
    dialog = ImportDialog(tmp_path / "firm.sqlite", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files([ledger])
    assert started.wait(GATE_S)
    task = runner.current
    dialog.reject()  # closed mid-reading: the reading is cancelled
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=WAIT):
        pass
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.states[0].busy, timeout=WAIT)  # was busy for good
    state = dialog.states[0]
    assert state.preview is not None and not state.failure and dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: running() == [], timeout=WAIT)
