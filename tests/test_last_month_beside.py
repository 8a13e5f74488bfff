"""The restructuring export checks last month's snapshot in a process of its own while this
month is analysed (core.analysis.last_month_beside): the same workbook as the check made
first, last month analysed only there, and nothing lost when that process fails or is
stopped."""

from __future__ import annotations

import multiprocessing
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from databases import spy_on_fetch
from ledgers import build, order
from test_cli import cli

from core import testpoints
from core.analysis import fetch, run, snapshots
from core.analysis.last_month_beside import STOP_POINT, Beside, check_and_store, started
from core.analysis.run import analyse
from core.messages import Cancelled
from core.progress import Steps
from core.store import connect

AS_OF, SINCE = date(2025, 6, 30), date(2025, 5, 31)


def _firm(folder: Path) -> Path:
    """Customers whose June moves them: one returns, one first orders, one falls silent."""
    rows = [
        *[order(f"AN{m}", "Anchor", f"2025-{m:02d}-10", 50_000, cost=40_000) for m in range(1, 7)],
        order("RE1", "Returner", "2024-01-25", 8_000, cost=6_000),
        order("RE2", "Returner", "2025-06-18", 9_000, cost=7_000),
        order("NE1", "Newbie", "2025-06-02", 15_000, cost=12_000),
        order("FA1", "Faller", "2024-05-20", 80_000, cost=60_000, ship="2024-05-25",
              due="2024-06-25", received=80_000, received_on="2024-06-20"),
    ]
    build(folder, rows).close()
    return folder / "firm.sqlite"


def _export(db: Path, target: Path) -> list[tuple[object, ...]]:
    code, _, err = cli("export", "restructuring", "--db", str(db), "--as-of",
                       AS_OF.isoformat(), "-o", str(target))
    assert code == 0, err
    book = openpyxl.load_workbook(target, read_only=True)
    try:
        return [*book["Moved this month"].iter_rows(values_only=True),
                *book["Overview"].iter_rows(values_only=True)]
    finally:
        book.close()


def test_last_month_is_analysed_in_the_other_process_and_stored(tmp_path, monkeypatch):
    db = _firm(tmp_path)
    fetched = spy_on_fetch(monkeypatch, run)  # what this process reads
    fingerprinted: list[object] = []
    real = snapshots.fingerprints
    monkeypatch.setattr(snapshots, "fingerprints",
                        lambda conn, ends: fingerprinted.append(ends) or real(conn, ends))
    _export(db, tmp_path / "plan.xlsx")
    assert fetched == [(AS_OF, False)]  # this month here; last month's check was elsewhere
    assert fingerprinted == []  # nor is it checked again here: the other's are kept
    conn = connect(db)
    assert snapshots.stale(conn, [SINCE]) == []
    assert snapshots.read(conn, [SINCE])[SINCE] == snapshots.of_analysis(
        analyse(conn, as_of=SINCE))
    conn.close()


def test_the_workbook_is_the_one_checked_first_would_write(tmp_path, monkeypatch):
    """A ledger too big to analyse twice at once is checked first and analysed after, in
    this process, as before: both ways write the same moves."""
    db = _firm(tmp_path)
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copyfile(db, alone / "firm.sqlite")
    beside = _export(db, tmp_path / "beside.xlsx")
    conn = connect(alone / "firm.sqlite")
    lines = conn.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0]
    conn.close()
    monkeypatch.setattr(fetch, "KEEP_LINES", lines - 1)
    fetched = spy_on_fetch(monkeypatch, run)
    in_turn = _export(alone / "firm.sqlite", alone / "plan.xlsx")
    assert fetched == [(SINCE, False), (AS_OF, False)]  # last month first: peaks never add up
    assert beside == in_turn
    moved = {row[0] for row in beside[1:] if row[0] in {"Returner", "Newbie"}}
    assert moved == {"Returner", "Newbie"}


def test_a_failed_other_process_is_silent_and_the_check_is_made_here(tmp_path, capfd):
    db = _firm(tmp_path)
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("not a database", encoding="utf-8")
    process = multiprocessing.get_context("spawn").Process(
        target=check_and_store, args=(str(not_a_database), AS_OF, None))
    process.start()
    beside = Beside(process, AS_OF, None)
    conn = connect(db)
    last = beside.finish(conn)
    assert process.exitcode == 1 and not beside.succeeded
    assert last.month_end == SINCE
    assert last.snapshot == snapshots.of_analysis(analyse(conn, as_of=SINCE))
    assert snapshots.stale(conn, [SINCE]) == []
    conn.close()
    assert capfd.readouterr().err == ""  # no traceback from a helper on the user's terminal


def test_a_cancel_stops_the_other_process_and_stores_nothing(tmp_path, monkeypatch):
    db = _firm(tmp_path)
    conn = connect(db)
    before = [tuple(r) for r in conn.execute("SELECT * FROM order_lines ORDER BY id")]
    monkeypatch.setenv(testpoints.ENV, STOP_POINT)  # the other process waits there
    looks: list[bool] = []

    def cancel() -> bool:
        looks.append(beside is not None and beside.process.is_alive())
        return len(looks) >= 3

    with pytest.raises(Cancelled), started(db, conn, AS_OF, None) as beside:
        assert beside is not None
        beside.finish(conn, Steps(None, cancel))
    assert looks == [True, True, True]  # it was at work when asked to stop
    assert beside is not None and not beside.process.is_alive()
    assert beside.process.exitcode != 0
    assert snapshots.stored_fingerprints(conn) == {}
    assert [tuple(r) for r in conn.execute("SELECT * FROM order_lines ORDER BY id")] == before
    monkeypatch.delenv(testpoints.ENV)
    conn.close()
    assert _export(db, tmp_path / "plan.xlsx")  # and the next export goes on as ever
