"""Writes to what no analysis reads (the month-end snapshots) keep what was worked out from
the file before them (core.analysis.file_version.unread_write): the last table, the window's
lines and the fingerprints still hold after a look at the movements; any other write, by this
program or another, still makes them stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ledgers import build, receivables_ledger

from core import settings_store
from core.analysis import file_version
from core.analysis.file_version import change_counter, unread_write, unwritten_since
from core.analysis.kept_files import kept_for
from core.store import connect, transaction


def _snapshot_row(conn, day: str) -> None:
    conn.execute("INSERT INTO snapshots(month_end, fingerprint, m_threshold, computed_at) "
                 "VALUES (?, 'x', 0, 'now')", (day,))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    build(tmp_path, receivables_ledger()).close()
    return tmp_path / "firm.sqlite"


def test_an_unread_write_keeps_what_held_before_it(db):
    conn = connect(db)
    before = change_counter(db)
    with unread_write(conn):
        _snapshot_row(conn, "2025-01-31")
    with unread_write(conn):
        _snapshot_row(conn, "2025-02-28")
    assert change_counter(db) != before  # written: the file says so
    assert unwritten_since(db, before)  # but nothing an analysis reads
    assert conn.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] == 2
    conn.close()


def test_any_other_write_after_it_makes_it_stale(db):
    conn = connect(db)
    before = change_counter(db)
    with unread_write(conn):
        _snapshot_row(conn, "2025-01-31")
    between = change_counter(db)
    settings_store.put(conn, "stop_loss_days", 75)
    assert not unwritten_since(db, before) and not unwritten_since(db, between)
    after = change_counter(db)
    with unread_write(conn):
        _snapshot_row(conn, "2025-02-28")
    assert unwritten_since(db, after) and not unwritten_since(db, before)
    conn.close()


def test_a_write_by_another_program_beside_it_notes_nothing(db, monkeypatch):
    """Between the commit and the look at the file another program wrote: the count is two
    ahead, so the versions are not linked."""
    conn = connect(db)
    before = change_counter(db)
    real = file_version.change_counter
    looks = []

    def counter(path):
        looks.append(path)
        if len(looks) == 2:  # the look after the commit: another writer came first
            other = connect(db)
            with transaction(other):
                other.execute("UPDATE customers SET country = 'DE' WHERE id = 1")
            other.close()
        return real(path)

    monkeypatch.setattr(file_version, "change_counter", counter)
    with unread_write(conn):
        _snapshot_row(conn, "2025-01-31")
    monkeypatch.setattr(file_version, "change_counter", real)
    assert not unwritten_since(db, before)
    assert not kept_for(db, file_version.LINKS).exists()
    conn.close()


def test_a_write_undone_notes_nothing_and_changes_nothing(db):
    conn = connect(db)
    before = change_counter(db)
    with pytest.raises(RuntimeError), unread_write(conn):
        _snapshot_row(conn, "2025-01-31")
        raise RuntimeError("cancelled")
    assert change_counter(db) == before
    assert conn.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] == 0
    assert not kept_for(db, file_version.LINKS).exists()
    conn.close()


def test_a_long_run_of_them_keeps_its_start_and_a_broken_file_keeps_none(db):
    """The first look at the movements stores a snapshot per month end (120 at ten years):
    the version before them all still holds after them. Of the versions between, only the
    latest are noted; an older one is worked out again, never taken wrongly."""
    conn = connect(db)
    first = change_counter(db)
    between = []
    for number in range(2 * file_version.KEEP_LINKS):
        with unread_write(conn):
            _snapshot_row(conn, f"{1900 + number}-01-31")
        between.append(change_counter(db))
    notes = json.loads(kept_for(db, file_version.LINKS).read_text(encoding="utf-8"))["roots"]
    assert len(notes) == file_version.KEEP_LINKS
    assert unwritten_since(db, first)
    assert unwritten_since(db, between[-1]) and unwritten_since(db, between[-10])
    assert not unwritten_since(db, between[0])  # no longer noted
    kept_for(db, file_version.LINKS).write_text("{", encoding="utf-8")
    assert not unwritten_since(db, first)
    conn.close()


def test_wal_mode_and_a_database_in_memory_note_nothing(db):
    conn = connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    with unread_write(conn):
        _snapshot_row(conn, "2025-01-31")
    assert not kept_for(db, file_version.LINKS).exists()
    assert not unwritten_since(db, change_counter(db))
    conn.close()
    memory = connect(":memory:")
    with unread_write(memory):
        _snapshot_row(memory, "2025-01-31")
    assert memory.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] == 1
