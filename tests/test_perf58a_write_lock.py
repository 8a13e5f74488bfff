"""perf58a: while the import's batches are written, the interpreter's lock changes hands sooner.

The writing thread gives Python's lock up for each statement's step and asks for it back after;
the import's thread, preparing the next rows, kept it up to CPython's 5 ms each time. A 100k
first import's writing thread waited ~0.45 s of its write for it (the command line and the
bench; the window runs at 1 ms already), 0.28 s at 1 ms. The interval is lowered for the
write only, never raised, and put back however the write ends.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.ledger.batches import Batches
from core.progress import SWITCH_INTERVAL
from core.store import transaction


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(tmp_path / "t.sqlite", isolation_level=None, check_same_thread=False)
    conn.execute("CREATE TABLE t(n INTEGER UNIQUE, interval REAL)")
    conn.create_function("interval_now", 0, sys.getswitchinterval)  # as the writer sees it
    yield conn
    conn.close()


@pytest.fixture
def default_interval() -> Iterator[float]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # CPython's own, as the command line runs
    yield 0.005
    sys.setswitchinterval(before)


def test_the_batches_are_written_with_the_lock_handed_over_sooner(
        conn: sqlite3.Connection, default_interval: float) -> None:
    with transaction(conn), Batches(conn) as batches:
        assert sys.getswitchinterval() == SWITCH_INTERVAL < default_interval
        batches.insert("t", ("n", "interval"), [(n, None) for n in range(3)])
        batches.executemany("UPDATE t SET interval = interval_now() WHERE n = ?", [(1,)])
    assert conn.execute("SELECT interval FROM t WHERE n = 1").fetchone() == (SWITCH_INTERVAL,)
    assert sys.getswitchinterval() == default_interval


def test_a_failed_write_puts_the_interval_back(
        conn: sqlite3.Connection, default_interval: float) -> None:
    with pytest.raises(sqlite3.IntegrityError), transaction(conn), Batches(conn) as batches:
        batches.executemany("INSERT INTO t(n) VALUES (?)", [(1,), (1,)])
        batches.read()
    assert sys.getswitchinterval() == default_interval


def test_a_shorter_interval_already_set_is_kept(conn: sqlite3.Connection,
                                                default_interval: float) -> None:
    sys.setswitchinterval(SWITCH_INTERVAL / 2)
    with transaction(conn), Batches(conn):
        assert sys.getswitchinterval() == SWITCH_INTERVAL / 2
    assert sys.getswitchinterval() == SWITCH_INTERVAL / 2
