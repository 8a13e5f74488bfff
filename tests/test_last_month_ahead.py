"""Last month's snapshot stored by the window after its analysis, on the worker, so the
restructuring export made from that analysis finds it current instead of analysing that month
end too (a new month's first export took two analyses: about 6.5 s at 100,000 orders)."""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
from ledgers import COLUMNS as LEDGER_COLUMNS
from ledgers import build, order, receivables_ledger, write_xlsx
from test_main_window import open_window
from test_window_replaces_reads import _type_date

from core.analysis import run, snapshots
from core.analysis.movements import this_month
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.messages import Cancelled
from core.store import connect
from ui import operations
from ui.main_window import MainWindow

WAIT = 30000
NEW_MONTH = [order("N1", "Payer", "2026-01-20", 9_000, ship="2026-01-25", due="2026-02-25"),
             order("N2", "New Buyer", "2026-01-22", 30_000, ship="2026-01-28",
                   due="2026-02-28")]


def _verdicts(snapshot: snapshots.Snapshot) -> dict[int, tuple]:
    return {c.customer_id: (c.tier, c.list, c.grade, c.criteria, c.overdue_amount)
            for c in snapshot.customers.values()}


def _no_analysis(*args, **kwargs):
    raise AssertionError("last month's snapshot analysed again: it was not current")


def _ready(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.last_month_ready, timeout=WAIT):
        pass


def _moves(db: Path, monkeypatch=None) -> list[tuple]:
    """The restructuring export's "moved this month" (core.actions.export.export_from); with
    `monkeypatch`, analysing last month again fails the test."""
    conn = connect(db)
    try:
        analysis = analyse(conn)
        if monkeypatch is not None:
            monkeypatch.setattr(snapshots, "analyser", _no_analysis)
        period = this_month(conn, analysis)
    finally:
        conn.close()
    if monkeypatch is not None:
        monkeypatch.undo()
    return [(a, b, sorted(m.customer for m in moves)) for a, b, moves in period.groups()]


def test_after_an_import_the_export_finds_last_month_current(qtbot, tmp_path, monkeypatch):
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    threads: list[threading.Thread] = []
    real = operations.store_last_month

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(operations, "store_last_month", watched)
    window = open_window(qtbot, db)
    _ready(qtbot, window)
    # the new month imported, as the window's import does: then the window analyses again
    ledger = write_xlsx(tmp_path / "january.xlsx", {"台账": [LEDGER_COLUMNS, *NEW_MONTH]})
    [result] = import_files(db, [ledger])
    assert result.status == "imported", result.message
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.refresh()
    assert window.analysis.as_of == date(2026, 1, 28)
    _ready(qtbot, window)
    assert threads and all(t is not threading.main_thread() for t in threads)
    since = date(2025, 12, 31)
    conn = connect(db)
    try:
        assert snapshots.stale(conn, [since]) == []
        stored = snapshots.read(conn, [since])[since]
        fresh = snapshots.of_analysis(run.analyse(conn, as_of=since))
    finally:
        conn.close()
    assert _verdicts(stored) == _verdicts(fresh) and stored.m_threshold == fresh.m_threshold
    # the export's moves read from it are those worked out afresh in a copy never stored
    fresh_db = tmp_path / "fresh" / "firm.sqlite"
    fresh_db.parent.mkdir()
    shutil.copyfile(db, fresh_db)
    conn = connect(fresh_db)
    with conn:
        conn.execute("DELETE FROM snapshots")
    conn.close()
    window.close()
    assert _moves(db, monkeypatch) == _moves(fresh_db)
    assert _moves(fresh_db)  # someone moved: New Buyer arrived


def test_a_new_date_stops_last_months_step_and_the_window_answers(qtbot, tmp_path,
                                                                    monkeypatch):
    """Held on the worker, the step leaves the window live: a date typed meanwhile is
    analysed and shown, the step for the date left is stopped having stored nothing."""
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    started, stopped = threading.Event(), []
    real = operations.store_last_month
    left = date(2025, 12, 1)  # the latest date in the ledger

    def held(db_path, as_of, *, progress=None, cancel=None):
        if as_of == left:
            started.set()
            while not cancel():
                pass
            stopped.append(True)
        return real(db_path, as_of, progress=progress, cancel=cancel)

    monkeypatch.setattr(operations, "store_last_month", held)
    window = open_window(qtbot, db)
    assert window.analysis.as_of == left
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    chosen = date(2025, 10, 15)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        _type_date(qtbot, window, chosen)
    assert window.analysis.as_of == chosen  # shown while the step was held
    _ready(qtbot, window)
    assert stopped == [True]
    conn = connect(db)
    try:
        assert [d.isoformat() for d in snapshots.stored_fingerprints(conn)] == ["2025-09-30"]
    finally:
        conn.close()


def test_a_cancel_stops_the_fingerprints_read_midway(tmp_path, monkeypatch):
    """The fingerprints' read of every line has no cancel check of its own: SQLite stops it
    (at 100,000 lines it took ~1.5 s, a date typed meanwhile waiting for it)."""
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

    monkeypatch.setattr(snapshots, "fingerprints", watched)
    with pytest.raises(Cancelled):
        operations.store_last_month(db, date(2025, 12, 10), cancel=lambda: bool(reading))
    assert reading == [True] and finished == []
    conn = connect(db)
    try:
        assert snapshots.stored_fingerprints(conn) == {}
    finally:
        conn.close()
