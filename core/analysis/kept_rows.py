"""The order lines an open window analysed, kept for its next analysis while nothing changed.

Changing the as-of date analyses the same ledger at another day, and fetching the lines from
SQLite is about a third of an analysis (SQLite hands back some twenty values a line). The
window keeps the lines of every order once (what a fetch at the end of time returns) and cuts
them at each date, which gives what a fetch at that date gives (:func:`fetch.cut`, as the
month-end snapshots do).

Whether the database changed since is read from its file (:mod:`file_version`): a database
in WAL mode (set by another tool) never says it is unchanged, and its lines are never kept.
The month-end snapshots the movements store are no change: no line is among them.

What the analysis reads beside the lines (the rules, corrections, rates and customers:
`run.Source`) is kept the same way, against the version read before it was: any write since
(a setting saved, a customer merged, a rate typed, an import) reads it again.

Kept lines cost memory (about 70 MB for 100,000 lines): a database with more than
:data:`fetch.KEEP_LINES` lines is fetched afresh each time, as before.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from core.analysis.fetch import Fetched, cut, fetch, too_many_to_keep
from core.analysis.file_version import Version, change_counter, unwritten_since
from core.analysis.kept_reading import KeptReading

S = TypeVar("S")


class KeptRows:
    """One window's kept lines; analyses run one at a time, but the lock keeps it safe."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._rows: Fetched | None = None
        # what the reading makes of the kept lines at any A (kept_reading)
        self._reading = KeptReading()
        self._version: Version | None = None
        self._source: Any = None
        self._source_version: Version | None = None

    def fetched(self, conn: sqlite3.Connection, as_of: date) -> Fetched:
        """The lines of the orders dated up to A: cut from those kept when nothing was written
        since they were fetched, else fetched (and kept, when there are not too many)."""
        return self.cut(conn, as_of)[0]

    def cut(self, conn: sqlite3.Connection, as_of: date) -> tuple[Fetched, KeptReading | None]:
        """What :meth:`fetched` gives, and what the reading makes of the kept lines at any A
        (core.analysis.kept_reading; None: fetched afresh, nothing kept)."""
        with self._lock:
            rows = self._read(conn)
            if rows is None:
                return fetch(conn, as_of), None
            return cut(rows, as_of), self._reading

    def read_again(self, conn: sqlite3.Connection) -> bool:
        """Whether lines are kept, read again first when the file was written since they were
        (none for a ledger too big to keep, nor a file that cannot say it is unchanged)."""
        with self._lock:
            return self._read(conn) is not None

    def _read(self, conn: sqlite3.Connection) -> Fetched | None:
        """The kept lines, fetched again when the file was written since; None: not kept."""
        if self._rows is not None and unwritten_since(self.path, self._version):
            return self._rows
        self._rows = self._version = None
        self._reading = KeptReading()
        # read before fetching: a write after it changes it, so the rows are not reused
        version = change_counter(self.path)
        if version is None or too_many_to_keep(conn):
            return None
        self._rows, self._version = fetch(conn, date.max, keep=True), version
        self._reading = KeptReading(self._rows)
        return self._rows

    def source(self, conn: sqlite3.Connection, read: Callable[[sqlite3.Connection], S]) -> S:
        """What `read` gives from the database, kept while the file is unwritten since it was
        read (an as-of change read the same rules, corrections and customers again: 0.02 s at
        100,000 lines); the version is read first, so a write during the read is never missed."""
        with self._lock:
            if self._source is None or not unwritten_since(self.path, self._source_version):
                self._source = self._source_version = None
                version = change_counter(self.path)
                found = read(conn)
                if version is None:
                    return found
                self._source, self._source_version = found, version
            kept: S = self._source
            return kept

    @property
    def kept(self) -> bool:
        return self._rows is not None

    @property
    def lines(self) -> int | None:
        """How many lines are kept (None: none are, the ledger too big or never read)."""
        rows = self._rows
        return len(rows.rows) if rows is not None and isinstance(rows.rows, list) else None

    def current(self) -> bool:
        """Whether lines are kept and the file is unwritten since they were read: what
        :meth:`fetched` gives then is cut from them, with no read of the ledger."""
        with self._lock:
            return self._rows is not None and unwritten_since(self.path, self._version)

    def forget(self) -> None:
        with self._lock:
            self._rows = self._version = None
            self._source = self._source_version = None
            self._reading = KeptReading()

