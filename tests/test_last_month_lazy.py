"""Last month's snapshot is worked out by the restructuring export that needs it, from the
window's kept lines, when the window's step that stores it while the worker is idle has not
finished (tests/test_last_month_idle.py): the export stops that step and goes first."""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
from databases import spy_on_fetch
from ledgers import COLUMNS as LEDGER_COLUMNS
from ledgers import build, order, receivables_ledger, write_xlsx
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_main_window import open_window

from core.actions.export import export_from
from core.analysis import run, snapshots
from core.analysis.movements import this_month
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.messages import Cancelled
from core.progress import Steps
from core.store import connect
from ui import operations
from ui.main_window import MainWindow

pytestmark = pytest.mark.idle_step_apart  # the step's process is what is tested

WAIT = 30000
NEW_MONTH = [order("N1", "Payer", "2026-01-20", 9_000, ship="2026-01-25", due="2026-02-25"),
             order("N2", "New Buyer", "2026-01-22", 30_000, ship="2026-01-28",
                   due="2026-02-28")]
SINCE = date(2025, 12, 31)  # the month end before the new month's as-of date


def _verdicts(snapshot: snapshots.Snapshot) -> dict[int, tuple]:
    return {c.customer_id: (c.tier, c.list, c.grade, c.criteria, c.overdue_amount)
            for c in snapshot.customers.values()}


def _moves(db: Path) -> list[tuple]:
    """The restructuring export's "moved this month" read from what the database holds."""
    conn = connect(db)
    try:
        period = this_month(conn, analyse(conn))
    finally:
        conn.close()
    return [(a, b, sorted(m.customer for m in moves)) for a, b, moves in period.groups()]


def export_by(qtbot, window: MainWindow, action: str, target: Path, monkeypatch) -> None:
    """The window's export `action` (its menu's QAction) to `target`, the dialogs answered;
    waited for."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    with qtbot.waitSignal(window.runner.busy, check_params_cb=lambda busy: not busy,
                          timeout=WAIT):
        window.commands.actions[action].trigger()
    assert target.exists()


def export_restructuring(qtbot, window: MainWindow, target: Path, monkeypatch) -> None:
    """The window's restructuring export to `target`; waited for."""
    export_by(qtbot, window, "export_restructuring", target, monkeypatch)


def never_stored(db: Path, folder: Path) -> Path:
    """A copy of the database in `folder` without its snapshots."""
    folder.mkdir()
    copy = folder / db.name
    shutil.copyfile(db, copy)
    conn = connect(copy)
    with conn:
        conn.execute("DELETE FROM snapshots")
    conn.close()
    return copy


def _stored(db: Path) -> dict[date, str]:
    conn = connect(db)
    try:
        return snapshots.stored_fingerprints(conn)
    finally:
        conn.close()


def test_an_export_asked_before_the_step_ends_cuts_last_month_from_the_windows_lines(
        qtbot, tmp_path, monkeypatch):
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    analysed_at: list[date] = []
    real = snapshots.analyser

    def watched(conn, last, keep=True, kept=None):
        analysed_at.append(last)
        return real(conn, last, keep, kept)

    monkeypatch.setattr(snapshots, "analyser", watched)
    window = open_window(qtbot, db)
    with qtbot.waitSignal(window.last_month_ready, timeout=WAIT):
        pass  # November's, for the ledger's last date
    analysed_at.clear()
    # January's step held on the worker until the export stops it (as any request does)
    real_step, held, stopped = operations.store_last_month, threading.Event(), []

    def step(db_path, as_of, kept, *, progress=None, cancel=None):
        if not held.is_set():
            held.set()
            while not cancel():
                pass
            stopped.append(as_of)
        return real_step(db_path, as_of, kept, progress=progress, cancel=cancel)

    monkeypatch.setattr(operations, "store_last_month", step)
    # the new month imported, as the window's import does: then the window analyses again
    ledger = write_xlsx(tmp_path / "january.xlsx", {"台账": [LEDGER_COLUMNS, *NEW_MONTH]})
    [result] = import_files(db, [ledger])
    assert result.status == "imported", result.message
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.refresh()
    assert window.analysis.as_of == date(2026, 1, 28)
    qtbot.waitUntil(held.is_set, timeout=WAIT)
    # the export asks for it: analysed then, from the lines the window kept, not read again
    fetched = spy_on_fetch(monkeypatch, run)
    export_restructuring(qtbot, window, tmp_path / "lists" / "plan.xlsx", monkeypatch)
    assert stopped == [date(2026, 1, 28)] and analysed_at == [SINCE] and fetched == []
    # the step runs again once the worker is idle: it finds the snapshot current
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)
    assert analysed_at == [SINCE]
    conn = connect(db)
    try:
        stored = snapshots.read(conn, [SINCE])[SINCE]
        fresh = snapshots.of_analysis(run.analyse(conn, as_of=SINCE))
    finally:
        conn.close()
    assert _verdicts(stored) == _verdicts(fresh) and stored.m_threshold == fresh.m_threshold
    # the moves read from it are those worked out afresh in a copy never stored
    fresh_db = never_stored(db, tmp_path / "fresh")
    window.close()
    assert _moves(db) == _moves(fresh_db)
    assert _moves(fresh_db)  # someone moved: New Buyer arrived


def test_a_cancel_stops_the_exports_fingerprints_read_midway(tmp_path, monkeypatch):
    """The fingerprints' read of every line has no cancel check of its own: SQLite stops it
    (at 100,000 lines it took ~1.5 s, the export's cancel waiting for it)."""
    rows = [order(f"B{n}", f"Buyer {n % 40}", f"2025-{1 + n % 11:02d}-{1 + n % 27:02d}",
                  1_000 + n) for n in range(400)]
    build(tmp_path, rows).close()
    db = tmp_path / "firm.sqlite"
    reading, finished = [], []
    real = snapshots.fingerprints

    def watched(conn, ends):
        reading.append(True)
        found = real(conn, ends)
        finished.append(True)
        return found

    conn = connect(db)
    try:
        analysis = analyse(conn, date(2025, 12, 10))
    finally:
        conn.close()
    monkeypatch.setattr(snapshots, "fingerprints", watched)
    with pytest.raises(Cancelled):
        export_from(db, analysis, "restructuring", tmp_path / "plan.xlsx",
                    steps=Steps(None, lambda: bool(reading)))
    assert reading == [True] and finished == []
    assert _stored(db) == {} and not (tmp_path / "plan.xlsx").exists()
