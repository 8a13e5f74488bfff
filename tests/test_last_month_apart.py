"""The window's idle step checks and stores last month's snapshot in a process of its own
(core.analysis.last_month_beside.store_apart), so its Python no longer holds the lock the
customer table's clicks need: the snapshot it stores is the one the export would work out,
a stop asked while it writes leaves nothing, and it returns only once its process has ended
(one writer at a time: the request it gave way to writes after it)."""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path

import pytest
from test_last_month_beside import AS_OF, SINCE, _firm

from core import testpoints
from core.analysis import last_month_beside, snapshots
from core.analysis.last_month_beside import STOP_POINT, store_apart
from core.analysis.run import analyse
from core.messages import Cancelled
from core.progress import Steps
from core.store import connect


def _stored(db: Path) -> tuple[list[str], list[str], int]:
    """The month ends stored, by the snapshots' heads and by their customers' rows, and the
    ledger's lines (untouched by any step)."""
    conn = connect(db)
    try:
        heads = [r[0] for r in conn.execute("SELECT month_end FROM snapshots ORDER BY 1")]
        rows = [r[0] for r in conn.execute(
            "SELECT DISTINCT month_end FROM snapshot_customers ORDER BY 1")]
        lines = conn.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0]
    finally:
        conn.close()
    return heads, rows, lines


def _not_here(*args, **kwargs):
    raise AssertionError("last month analysed in the window's own process")


class _HeldUntilAsked:
    """A cancel check that says stop once the other process says it is held at `point`
    (its stderr, which it shares with this process) and counts the looks after that."""

    def __init__(self, capfd, point: str) -> None:
        self.capfd, self.point, self.said, self.looks = capfd, point, "", 0

    def __call__(self) -> bool:
        self.said += self.capfd.readouterr().err
        if f"{self.point}\n" not in self.said:
            return False
        self.looks += 1
        return True


def test_the_step_stores_in_another_process_what_the_export_would_work_out(
        tmp_path, monkeypatch):
    db = _firm(tmp_path)
    monkeypatch.setattr(snapshots, "analyser", _not_here)  # this process analyses nothing
    assert store_apart(db, AS_OF, Steps(None, None)) is True
    assert multiprocessing.active_children() == []
    monkeypatch.undo()
    assert _stored(db)[:2] == ([SINCE.isoformat()], [SINCE.isoformat()])
    conn = connect(db)
    try:
        assert snapshots.stale(conn, [SINCE]) == []  # current by the fingerprints of now
        stored = snapshots.read(conn, [SINCE])[SINCE]
        assert stored == snapshots.of_analysis(analyse(conn, as_of=SINCE))
    finally:
        conn.close()


def test_a_stop_asked_while_the_step_writes_rolls_the_write_back_before_it_returns(
        tmp_path, monkeypatch, capfd):
    db = _firm(tmp_path)
    lines = _stored(db)[2]
    monkeypatch.setenv(testpoints.ENV, snapshots.WRITING)  # held with its rows written
    asked = _HeldUntilAsked(capfd, f"held at {snapshots.WRITING}")
    with pytest.raises(Cancelled):
        store_apart(db, AS_OF, Steps(None, asked))
    assert asked.looks == 1  # stopped at the first look once its rows were written
    assert multiprocessing.active_children() == []  # ended before the request goes on
    assert _stored(db) == ([], [], lines)  # the month rolled back whole, by the step itself
    assert not Path(f"{db}-journal").exists()
    monkeypatch.delenv(testpoints.ENV)
    assert store_apart(db, AS_OF, Steps(None, None)) is True  # next time it stores it
    assert _stored(db) == ([SINCE.isoformat()], [SINCE.isoformat()], lines)


@pytest.mark.parametrize("point", [STOP_POINT, snapshots.WRITING])
def test_a_step_that_does_not_stop_in_time_is_ended_and_leaves_nothing(
        tmp_path, monkeypatch, capfd, point):
    """Held where it never looks at the stop (before its work), or ended at once while its
    rows are written and not committed: SQLite's journal takes the write back."""
    db = _firm(tmp_path)
    lines = _stored(db)[2]
    monkeypatch.setenv(testpoints.ENV, point)
    monkeypatch.setattr(last_month_beside, "STOP_GRACE", 0.0)
    asked = _HeldUntilAsked(capfd, f"at {point}")
    with pytest.raises(Cancelled):
        store_apart(db, AS_OF, Steps(None, asked))
    assert multiprocessing.active_children() == []
    monkeypatch.delenv(testpoints.ENV)
    assert _stored(db) == ([], [], lines)
    conn = connect(db)
    try:
        assert snapshots.stale(conn, [SINCE]) == [SINCE]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_failed_step_says_so_and_the_next_one_stores(tmp_path, capfd):
    """Its exit code says how it went; it writes nothing on the user's terminal."""
    db = _firm(tmp_path)
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("not a database", encoding="utf-8")
    assert store_apart(not_a_database, AS_OF, Steps(None, None)) is False
    assert store_apart(db, date(2025, 7, 15), Steps(None, None)) is True
    assert _stored(db)[:2] == (["2025-06-30"], ["2025-06-30"])
    assert capfd.readouterr().err == ""
