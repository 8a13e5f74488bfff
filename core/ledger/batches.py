"""The import's batches written on a thread of their own while the next ones are prepared.

SQLite lets go of Python's lock while it inserts (each ``sqlite3_step``), so on two cores the
writer's Python work on the next rows runs beside SQLite's on the last batch: about a second of
a 100,000-row import. There is still one writer: a single thread runs the batches, in the
order given, inside the importer's transaction. A read first waits until every batch given is
written (it may look for rows this import wrote). A failure is raised in the caller's thread at
its next call and no batch given after it is written; leaving the block, however it is left,
waits for the batch being written, so the transaction is rolled back or committed with no
statement running beside it.

While the batches are written the interpreter hands its lock over sooner
(core.progress.SWITCH_INTERVAL): after each statement's step the writing thread waits for it to
come back while the caller runs Python, by default up to 5 ms a statement, some 180 statements
at 100k lines; never raised (the window's is set already), put back as the block is left.

An insert leaves out the columns no row of its batch fills, where leaving one out means NULL
(nullable, with no default): most ledgers fill a third of a line's columns, and pysqlite
binds a None several times slower than a number. Which columns, and each statement's values,
are worked out by the caller as it gives the batch (perf64a): the writing thread, the write's
long pole, then holds Python's lock only to bind them, and the caller, which waited for it,
does that work while the batch before is written.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import chain
from operator import itemgetter
from types import TracebackType
from typing import Any

from core.progress import SWITCH_INTERVAL

AHEAD = 2  # batches given and not yet written when the caller goes on to prepare the next
# (one until perf64a: the writing thread then waited whenever a sheet's orders or lines took
# the caller longer than the batch before took it; 0.09 s of a 100k first import's write)
# an insert's rows a statement (within SQLite's variables, 32,766 on a default build): the
# writing thread takes Python's lock back once for them, not once a row (perf52); 2,048 since
# perf64a: a 100k first import's orders (17 columns) in 40 statements, not 77, each lock taken
# back a wait of up to the switch interval; its lines (~27 columns) keep to the variables
ROWS_A_STATEMENT = 2048
ROWS_ONE_BY_ONE = 8  # fewer rows than this left over: a statement each


class Batches:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="tradetier-write")
        self._given: deque[Future[None]] = deque()
        self.failed = threading.Event()  # set by a failed batch, or by leaving on an error
        self._nullable: dict[str, set[str]] = {}  # per table: columns NULL when left out
        self._variables = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        self._switch = sys.getswitchinterval()  # the interpreter's, put back on leaving

    def __enter__(self) -> Batches:
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, SWITCH_INTERVAL))
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        try:
            if kind is None:
                self._wait_all()  # a batch's failure is raised here
        finally:
            if kind is not None or self._given:
                self.failed.set()  # what is queued is skipped; the batch in hand finishes
            self._thread.shutdown(wait=True, cancel_futures=True)
            sys.setswitchinterval(self._switch)

    def executemany(self, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
        if rows:
            self._submit(self.conn.executemany, sql, rows)

    def execute_all(self, statements: Sequence[tuple[str, Sequence[Any]]]) -> None:
        """Each statement in turn, one piece of work: a few long ones (an index made, a table
        copied) that hold Python's lock only as each starts and ends (perf65b)."""
        if statements:
            self._submit(self._execute_all, list(statements))

    def _execute_all(self, statements: list[tuple[str, Sequence[Any]]]) -> None:
        for sql, values in statements:
            self.conn.execute(sql, values)

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
               ) -> None:
        """INSERT INTO table(columns) of the rows, without the columns none of them fills:
        the statements and their values made here, in the caller's thread, which has time
        while the last batch is written; the writing thread only runs them (perf64a)."""
        if rows:
            self._submit(self._run, self._statements(table, tuple(columns), rows))

    def _submit(self, work: Callable[..., object], *args: Any) -> None:
        self._given.append(self._thread.submit(self._write, work, *args))
        while len(self._given) > AHEAD or (self._given and self._given[0].done()):
            self._given.popleft().result()  # a failure is raised here, in the caller's thread

    def read(self) -> sqlite3.Connection:
        """The connection, once everything given is written."""
        self._wait_all()
        return self.conn

    def _wait_all(self) -> None:
        while self._given:
            self._given.popleft().result()

    def _write(self, work: Callable[..., object], *args: Any) -> None:
        if self.failed.is_set():
            return  # an earlier batch failed: the transaction will be rolled back
        try:
            work(*args)
        except BaseException:
            self.failed.set()
            raise

    def _run(self, statements: list[tuple[str, Sequence[Any], bool]]) -> None:
        for sql, values, many in statements:
            if many:
                self.conn.executemany(sql, values)
            else:
                self.conn.execute(sql, values)

    def _statements(self, table: str, columns: tuple[str, ...], rows: Sequence[tuple[Any, ...]]
                    ) -> list[tuple[str, Sequence[Any], bool]]:
        nullable = self._nullable.get(table)
        if nullable is None:  # asked once a table, everything given written first
            nullable = self._nullable[table] = {
                name for _, name, _, not_null, default, _ in self.read().execute(
                    f"PRAGMA table_info({table})") if not not_null and default is None}
        if set(map(len, rows)) != {len(columns)}:
            raise ValueError(f"rows of {table} of another width than its columns")
        first, count = rows[0], len(rows)
        kept = [i for i, name in enumerate(columns)  # at C speed, a column at a time: only
                if name not in nullable or first[i] is not None  # those the first row leaves
                or list(map(itemgetter(i), rows)).count(None) != count]  # empty are looked at
        take: Callable[[tuple[Any, ...]], tuple[Any, ...]] | None = None
        if len(kept) < len(columns):
            take = itemgetter(*kept) if len(kept) > 1 else lambda row: (row[kept[0]],)
            columns = tuple(columns[i] for i in kept)
        return self._rows_at_once(f"INSERT INTO {table}({', '.join(columns)}) VALUES ",
                                  f"({', '.join('?' * len(columns))})", rows, take)

    def _rows_at_once(self, head: str, one: str, rows: Sequence[tuple[Any, ...]],
                      take: Callable[[tuple[Any, ...]], tuple[Any, ...]] | None = None
                      ) -> list[tuple[str, Sequence[Any], bool]]:
        """The rows inserted in order (`take`: the columns kept of each, None: all), up to
        ROWS_A_STATEMENT a statement: SQLite steps a statement's rows without Python's lock,
        which this thread then takes back once for them. One at a time, it took it back after
        each row, and got it only once a switch interval while the import's thread ran Python:
        the two hardly overlapped (perf52). A statement's size is the most, or a power of two
        under it (the last few rows one by one): pysqlite keeps each statement it prepared,
        ~3 KB a row's place, and a batch's every remainder its own would have kept ~1.5 MB
        each (23 of them at 100k). A statement's values are taken from the rows as they are
        bound, each row's kept columns made and let go at once: no second list of the batch's
        rows (0.09 s of this thread's hold on the lock at 100k, perf64a)."""
        width = len(rows[0]) if take is None else len(take(rows[0]))
        most = max(1, min(ROWS_A_STATEMENT, self._variables // max(width, 1)))
        start, size, statements = 0, most, list[tuple[str, Sequence[Any], bool]]()
        while size >= ROWS_ONE_BY_ONE:
            while len(rows) - start >= size:
                part = rows[start:start + size]
                statements.append((head + ",".join([one] * size), list(chain.from_iterable(
                    part if take is None else map(take, part))), False))
                start += size
            size = 1 << ((size - 1).bit_length() - 1) if size > 1 else 0
        if start < len(rows):
            left = rows[start:]
            statements.append((head + one, left if take is None else list(map(take, left)),
                               True))
        return statements
