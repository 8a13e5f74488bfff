"""The import's batches are written on a thread of their own, in order, one at a time, inside
the importer's transaction; a failure reaches the caller and nothing given after it is written."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from core.ledger.batches import AHEAD, ROWS_A_STATEMENT, Batches
from core.store import transaction

INSERT = "INSERT INTO t(n, thread) VALUES (?, thread_name())"


@pytest.fixture
def conn(tmp_path):
    conn = sqlite3.connect(tmp_path / "t.sqlite", isolation_level=None, check_same_thread=False)
    conn.execute("CREATE TABLE t(n INTEGER UNIQUE, thread TEXT)")
    conn.create_function("thread_name", 0, lambda: threading.current_thread().name)
    yield conn
    conn.close()


def _numbers(conn: sqlite3.Connection) -> list[int]:
    return [n for (n,) in conn.execute("SELECT n FROM t ORDER BY rowid")]


def test_batches_are_written_in_order_on_their_own_thread(conn):
    with transaction(conn), Batches(conn) as batches:
        for start in range(0, 50, 5):
            batches.executemany(INSERT, [(n,) for n in range(start, start + 5)])
        # a read waits for every batch given: it sees them all
        assert batches.read().execute("SELECT count(*) FROM t").fetchone()[0] == 50
    assert _numbers(conn) == list(range(50))
    threads = [name for (name,) in conn.execute("SELECT DISTINCT thread FROM t")]
    assert len(threads) == 1 and threads[0].startswith("tradetier-write")  # one writer


def test_a_failed_batch_reaches_the_caller_and_stops_the_ones_after_it(conn):
    with pytest.raises(sqlite3.IntegrityError), transaction(conn), Batches(conn) as batches:
        batches.executemany(INSERT, [(1,), (2,)])
        batches.executemany(INSERT, [(2,)])  # breaks the UNIQUE key
        for n in range(3, 3 + AHEAD + 2):
            batches.executemany(INSERT, [(n,)])
        batches.read()
    assert _numbers(conn) == []  # the transaction was rolled back


def test_the_batches_after_a_failure_are_skipped(conn):
    batches = Batches(conn)
    conn.execute("BEGIN")
    with pytest.raises(sqlite3.IntegrityError), batches:
        batches.executemany(INSERT, [(1,)])
        batches.executemany(INSERT, [(1,)])
        batches.executemany(INSERT, [(5,)])
        batches.read()
    assert _numbers(conn) == [1]  # not 5: given after the failure
    conn.execute("ROLLBACK")


def test_leaving_on_an_error_waits_for_the_batch_being_written(conn):
    entered, events = threading.Event(), []
    batches = Batches(conn)

    def held(n: int) -> int:
        entered.set()
        assert batches.failed.wait(10)  # still writing when the caller leaves on its error
        events.append("written")
        return n

    conn.create_function("held", 1, held)
    conn.execute("BEGIN")
    with pytest.raises(RuntimeError), batches:
        batches.executemany("INSERT INTO t(n) VALUES (held(?))", [(1,)])
        assert entered.wait(10)
        raise RuntimeError("cancelled")
    events.append("left")
    assert events == ["written", "left"]  # no statement runs once the caller has left
    assert _numbers(conn) == [1]
    conn.execute("ROLLBACK")


def test_the_caller_is_never_more_than_two_batches_ahead(conn):
    """Memory for three batches at most: the one being written, one waiting and the one being
    prepared (two ahead since perf64a: the caller makes a batch's statements, and a sheet's
    orders and lines came unevenly; one ahead, the writing thread waited between them)."""
    entered, release, written = threading.Event(), threading.Event(), []

    def held(n: int) -> int:
        entered.set()
        assert release.wait(10)
        written.append(n)
        return n

    conn.create_function("held", 1, held)
    conn.execute("BEGIN")
    assert AHEAD == 2
    with Batches(conn) as batches:
        batches.executemany("INSERT INTO t(n) VALUES (held(?))", [(1,)])
        assert entered.wait(10) and written == []
        batches.executemany(INSERT, [(2,)])  # given while the first is written
        assert written == []
        threading.Thread(target=release.set).start()
        batches.executemany(INSERT, [(3,)])
        assert written == [1]  # it gave the third only once the first was written
    assert _numbers(conn) == [1, 2, 3]
    conn.execute("ROLLBACK")


def test_a_failure_found_on_leaving_still_ends_the_writing_thread(conn):
    batches = Batches(conn)
    conn.execute("BEGIN")
    with pytest.raises(sqlite3.IntegrityError), batches:
        batches.executemany(INSERT, [(1,), (1,)])  # fails; only leaving finds out
    assert batches._thread._shutdown  # no thread left waiting for work
    assert all(not t.name.startswith("tradetier-write") or not t.is_alive()
               for t in threading.enumerate())
    conn.execute("ROLLBACK")


def test_an_insert_leaves_out_only_the_columns_that_mean_null_when_left_out(conn):
    """A column no row fills is left out of the statement only where leaving it out gives
    NULL: a nullable column with a default keeps its None, a NOT NULL one still refuses it."""
    conn.execute("CREATE TABLE w(id INTEGER PRIMARY KEY, a TEXT, b REAL, d INTEGER DEFAULT 7,"
                 " n INTEGER NOT NULL DEFAULT 1)")
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    columns = ("id", "a", "b", "d", "n")
    with transaction(conn), Batches(conn) as batches:
        batches.insert("w", columns, [(1, None, None, None, 0), (2, None, 2.5, None, 0)])
        batches.insert("w", columns, [(3, "x", None, 4, 5)])
    conn.set_trace_callback(None)
    assert list(conn.execute("SELECT * FROM w ORDER BY id")) == [
        (1, None, None, None, 0), (2, None, 2.5, None, 0), (3, "x", None, 4, 5)]
    inserts = [s for s in statements if s.startswith("INSERT")]
    assert inserts[0].startswith("INSERT INTO w(id, b, d, n) VALUES")  # only a left out
    assert inserts[-1].startswith("INSERT INTO w(id, a, d, n) VALUES")  # only b left out
    with pytest.raises(sqlite3.IntegrityError), transaction(conn), Batches(conn) as batches:
        batches.insert("w", columns, [(4, None, None, None, None)])  # n: NOT NULL, no default
    with pytest.raises(ValueError, match="width"), transaction(conn), Batches(conn) as batches:
        batches.insert("w", columns, [(5, None, None, None, 0), (6, None, None, 0)])  # ragged
        batches.read()
    assert conn.execute("SELECT count(*) FROM w").fetchone()[0] == 3


def test_none_binds_as_null_through_the_registered_adapter(conn):
    """core.store registers an adapter for None (binding it without pysqlite's failed look-ups):
    it is that adapter that binds, and it binds NULL."""
    import core.store  # noqa: F401  (registers it)

    assert sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)](None) is None
    conn.execute("INSERT INTO t(n, thread) VALUES (?, ?)", (None, None))
    assert conn.execute("SELECT n IS NULL AND thread IS NULL FROM t").fetchone() == (1,)



def test_an_insert_writes_its_rows_many_to_a_statement_in_order(conn):
    """perf52: 4,596 rows in 11 statements, not 4,596 (the writing thread took Python's lock
    back after each row's step and, while the import's thread ran Python, got it only once a
    switch interval): two of ROWS_A_STATEMENT (2,048 since perf64a: a 100k import's orders
    in 40 statements, not 77), then 256 + 128 + 64 + 32 + 16, the last 4 one by one; every
    row's values as given, in order, a column no row fills left NULL."""
    conn.execute("CREATE TABLE w(n INTEGER UNIQUE, word TEXT, blank TEXT)")
    begun: list[str] = []
    conn.set_trace_callback(lambda sql: begun.append(sql) if sql.startswith("INSERT") else None)
    assert ROWS_A_STATEMENT == 2048
    rows = [(n, None if n % 3 else f"w{n}", None) for n in range(2 * ROWS_A_STATEMENT + 500)]
    with transaction(conn), Batches(conn) as batches:
        batches.insert("w", ("n", "word", "blank"), rows)
    conn.set_trace_callback(None)
    assert conn.execute("SELECT n, word, blank FROM w ORDER BY rowid").fetchall() == rows
    assert [sql.count("),(") + 1 for sql in begun] == [2048, 2048, 256, 128, 64, 32, 16, 1, 1, 1, 1]
    assert all("blank" not in sql for sql in begun)


def test_an_insert_keeps_to_sqlites_variables(conn):
    """More columns than SQLite's variables allow ROWS_A_STATEMENT rows of: fewer a statement
    (40 variables, 3 columns: 13 rows, then 8 of the 20 are left: 4, 2 and 1 would be
    statements each, so they go one by one)."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 40)
    begun: list[str] = []
    conn.set_trace_callback(lambda sql: begun.append(sql) if sql.startswith("INSERT") else None)
    conn.execute("CREATE TABLE v(a INTEGER, b INTEGER, c INTEGER)")
    rows = [(n, n + 1, n + 2) for n in range(20)]
    with transaction(conn), Batches(conn) as batches:
        batches.insert("v", ("a", "b", "c"), rows)
    conn.set_trace_callback(None)
    assert conn.execute("SELECT a, b, c FROM v ORDER BY rowid").fetchall() == rows
    assert [sql.count("),(") + 1 for sql in begun] == [13, *[1] * 7]
