"""Last month's snapshot stored by the window while its worker is idle, in a process of its
own (its Python no longer holds the lock the table's clicks need), so a new month's first
restructuring export reads it (about 0.8 s at 100,000 orders) instead of analysing that
month end (5–8 s); whatever the user asks stops the step at once and goes first, once its
process has ended, the step leaving nothing stored, and it runs again after."""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path

import pytest
from databases import spy_on_fetch
from ledgers import COLUMNS as LEDGER_COLUMNS
from ledgers import build, receivables_ledger, write_xlsx
from test_last_month_lazy import (
    NEW_MONTH,
    SINCE,
    WAIT,
    _moves,
    _verdicts,
    export_restructuring,
    never_stored,
)
from test_main_window import open_window
from test_window_replaces_reads import _type_date

from core import testpoints
from core.analysis import kept_rows, run, snapshots
from core.ledger.importer import import_files
from core.store import connect
from ui import operations

pytestmark = pytest.mark.idle_step_apart  # the step's process is what is tested


def _stored(db: Path) -> tuple[list[str], list[str]]:
    """The month ends stored, by the snapshots' heads and by their customers' rows."""
    conn = connect(db)
    try:
        heads = [r[0] for r in conn.execute("SELECT month_end FROM snapshots ORDER BY 1")]
        rows = [r[0] for r in conn.execute(
            "SELECT DISTINCT month_end FROM snapshot_customers ORDER BY 1")]
    finally:
        conn.close()
    return heads, rows


def _no_analysis(*args, **kwargs):
    raise AssertionError("last month's snapshot analysed by the export: it was not current")


def test_after_an_import_the_snapshot_is_stored_from_the_windows_lines_unasked(
        qtbot, tmp_path, monkeypatch):
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    window = open_window(qtbot, db)
    with qtbot.waitSignal(window.last_month_ready, timeout=WAIT):
        pass  # the month before the ledger's last date: stored with nobody asking
    # the new month imported, as the window's import does: then the window analyses again
    ledger = write_xlsx(tmp_path / "january.xlsx", {"台账": [LEDGER_COLUMNS, *NEW_MONTH]})
    [result] = import_files(db, [ledger])
    assert result.status == "imported", result.message
    read_by_analyses = spy_on_fetch(monkeypatch, run)
    read_for_window = spy_on_fetch(monkeypatch, kept_rows)
    monkeypatch.setattr(snapshots, "analyser", _no_analysis)  # the step's process analyses
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.refresh()
    assert window.analysis.as_of == date(2026, 1, 28)
    with qtbot.waitSignal(window.last_month_ready, timeout=WAIT):
        pass
    # the window's analysis read the ledger once, here; the step read it in its own process
    assert read_for_window == [(date.max, True)] and read_by_analyses == []
    monkeypatch.undo()
    assert _stored(db) == (["2025-11-30", "2025-12-31"], ["2025-11-30", "2025-12-31"])
    conn = connect(db)
    try:
        assert snapshots.stale(conn, [SINCE]) == []
        stored = snapshots.read(conn, [SINCE])[SINCE]
        fresh = snapshots.of_analysis(run.analyse(conn, as_of=SINCE))
    finally:
        conn.close()
    assert _verdicts(stored) == _verdicts(fresh) and stored.m_threshold == fresh.m_threshold
    # the export reads it: no analysis of last month
    monkeypatch.setattr(snapshots, "analyser", _no_analysis)
    export_restructuring(qtbot, window, tmp_path / "lists" / "plan.xlsx", monkeypatch)
    monkeypatch.undo()
    window.close()
    # the moves read from it are those worked out afresh in a copy never stored
    fresh_db = never_stored(db, tmp_path / "fresh")
    assert _moves(db) == _moves(fresh_db)
    assert _moves(fresh_db)  # someone moved: New Buyer arrived


def test_a_date_typed_while_the_step_writes_stops_it_and_is_shown_first(
        qtbot, tmp_path, monkeypatch, capfd):
    """The step's process is held inside its write until the runner asks it to stop: the
    date typed meanwhile is analysed and shown once that process has ended, the write rolled
    back whole, and the step runs again for the new date once the worker is idle; the export
    then reads what it stored."""
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    asked: list[date] = []
    ended: list[bool] = []
    real_step, real_analyse = operations.store_last_month, operations.analyse

    def step(db_path, as_of, kept, *, progress=None, cancel=None):
        asked.append(as_of)
        return real_step(db_path, as_of, kept, progress=progress, cancel=cancel)

    def analysis(*args, **kwargs):  # a request goes on once the step's process has ended
        ended.append(multiprocessing.active_children() == [])
        return real_analyse(*args, **kwargs)

    monkeypatch.setattr(operations, "store_last_month", step)
    monkeypatch.setattr(operations, "analyse", analysis)
    monkeypatch.setattr(snapshots, "analyser", _no_analysis)  # nor analysed in the window's
    monkeypatch.setenv(testpoints.ENV, snapshots.WRITING)  # the step's process holds there
    window = open_window(qtbot, db)
    left = window.analysis.as_of
    assert left == date(2025, 12, 1)  # the latest date in the ledger: last month November
    events: list[object] = []
    window.analysed.connect(lambda: events.append(("shown", window.analysis.as_of)))
    window.last_month_ready.connect(lambda: events.append("stored"))
    said: list[str] = []
    qtbot.waitUntil(lambda: said.append(capfd.readouterr().err)
                    or f"held at {snapshots.WRITING}" in "".join(said), timeout=WAIT)
    monkeypatch.delenv(testpoints.ENV)  # the next step's process is not held
    chosen = date(2025, 10, 15)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        _type_date(qtbot, window, chosen)
    assert window.analysis.as_of == chosen and ended[-1] is True
    with qtbot.waitSignal(window.last_month_ready, timeout=WAIT):
        pass
    assert asked == [left, chosen] and events == [("shown", chosen), "stored"]
    # November's write stopped midway left nothing; September's stored whole
    assert _stored(db) == (["2025-09-30"], ["2025-09-30"])
    export_restructuring(qtbot, window, tmp_path / "plan.xlsx", monkeypatch)


def test_the_analysis_looks_at_the_cancel_check_inside_the_build_and_by_orders(
        tmp_path, monkeypatch):
    """What a request waits for while the step (or an analysis it replaces) runs: the build
    of the ledger had no check (0.6–0.9 s at 100,000 orders), and the customers' accounts one
    every 500 customers, the biggest first (up to 0.7 s)."""
    from core.analysis import reading
    from core.messages import Cancelled
    from core.progress import Steps

    build(tmp_path, receivables_ledger()).close()
    conn = connect(tmp_path / "firm.sqlite")
    monkeypatch.setattr(reading, "CHECK_ORDERS", 2)
    monkeypatch.setattr(run, "CHECK_EVERY", 2)
    fractions: list[float] = []
    run.analyse(conn, steps=Steps(lambda f, m: fractions.append(f), None))
    gathering = [f for f in fractions if 0.3 < f < 0.8]
    # a look every two orders' accounts (every 500th customer: none past the first's)
    assert len(gathering) >= 5 and gathering == sorted(gathering)
    # a stop asked while the ledger is built stops it there
    built: list[bool] = []
    real = run.build

    def watched(*args, **kwargs):
        found = real(*args, **kwargs)
        built.append(True)
        return found

    monkeypatch.setattr(run, "build", watched)
    with pytest.raises(Cancelled):
        run.analyse(conn, steps=Steps(None, lambda: True))
    conn.close()
    assert built == []
