"""Fingerprints found current while the database file was unwritten are taken as they are while
it stays unwritten (core.analysis.fingerprints_seen): the restructuring export and the
movements then skip reading every line again; any write, a new format or WAL mode does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ledgers import build
from test_movements import _ledger

from core import settings_store
from core.analysis import fingerprints_seen, snapshots
from core.analysis.kept_files import kept_for
from core.store import connect


@pytest.fixture
def counted(tmp_path: Path, monkeypatch) -> tuple[Path, list[int]]:
    """A firm of two years; each working out of fingerprints counted."""
    build(tmp_path, _ledger()).close()
    calls: list[int] = []
    real = snapshots.fingerprints

    def fingerprints(conn, ends):
        calls.append(len(ends))
        return real(conn, ends)

    monkeypatch.setattr(snapshots, "fingerprints", fingerprints)
    return tmp_path / "firm.sqlite", calls


def test_a_second_check_of_an_unwritten_file_reads_no_line(counted):
    db, calls = counted
    conn = connect(db)
    snapshots.ensure(conn)  # stores every month end, which writes nothing they are made of
    assert kept_for(db, fingerprints_seen.KIND).exists()
    assert snapshots.stale(conn) == []  # taken as kept: all current
    assert len(calls) == 1
    ends = snapshots.month_ends(conn)
    assert snapshots.stale(conn) == [] and snapshots.stale(conn, ends[-2:-1]) == []
    assert len(calls) == 1  # taken as kept, for all or one
    again = connect(db)  # another connection, or the next process, of the same file
    assert snapshots.ensure(again, ends[-2:-1]).keys() == {ends[-2]}
    assert len(calls) == 1
    again.close()
    conn.close()


def test_a_write_a_new_format_or_wal_mode_works_them_out_again(counted, monkeypatch):
    db, calls = counted
    conn = connect(db)
    snapshots.ensure(conn)
    snapshots.stale(conn)
    other = connect(db)  # a setting changed elsewhere: every month end is stale
    settings_store.put(other, "f_min_orders", 3)
    other.close()
    assert snapshots.stale(conn) == snapshots.month_ends(conn)
    assert len(calls) == 2
    snapshots.ensure(conn)  # the stored ones do not carry those kept: worked out again
    assert snapshots.stale(conn) == [] and len(calls) == 3  # then kept, though ensure wrote
    kept = kept_for(db, fingerprints_seen.KIND)
    content = json.loads(kept.read_text(encoding="utf-8"))
    kept.write_text(json.dumps({**content, "format": "snapshots-3/0.0.1"}), encoding="utf-8")
    assert snapshots.stale(conn) == [] and len(calls) == 4  # another version's: not taken
    kept.write_text("{", encoding="utf-8")
    assert snapshots.stale(conn) == [] and len(calls) == 5  # unreadable: not taken
    conn.execute("PRAGMA journal_mode=WAL")  # another tool's choice: its counter says nothing
    assert snapshots.stale(conn) == [] and snapshots.stale(conn) == []
    assert len(calls) == 7
    conn.close()


def test_a_stored_snapshot_that_no_longer_carries_the_fingerprint_is_stale(counted):
    """What is kept holds only beside the snapshots it was checked against."""
    db, calls = counted
    conn = connect(db)
    snapshots.ensure(conn)
    snapshots.stale(conn)
    ends = snapshots.month_ends(conn)
    seen = fingerprints_seen.seen(conn)
    assert set(seen) == set(ends)
    # the stored fingerprint of one month end differs from the one kept (as after a restore
    # of an older file with the same size, counter and time, which the file system prevents)
    kept = kept_for(db, fingerprints_seen.KIND)
    content = json.loads(kept.read_text(encoding="utf-8"))
    content["seen"][ends[3].isoformat()] = "0" * 64
    kept.write_text(json.dumps(content), encoding="utf-8")
    assert snapshots.stale(conn) == [] and len(calls) == 2  # worked out again, all current
    conn.close()
