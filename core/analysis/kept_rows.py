"""The order lines an open window analysed, kept for its next analysis while nothing changed.

Changing the as-of date analyses the same ledger at another day, and fetching the lines from
SQLite is about a third of an analysis (SQLite hands back some twenty values a line). The
window keeps the lines of every order once (what a fetch at the end of time returns) and cuts
them at each date, which gives what a fetch at that date gives (:func:`reading.cut`, as the
month-end snapshots do).

Whether the database changed since is read from its file: SQLite counts every committed write
transaction in the file's header (the "file change counter", bytes 24–27, in the rollback-
journal mode TradeTier uses), whichever program or connection wrote. Reading it needs no
connection held open (an open handle would stop a restore from replacing the file on
Windows). A database in WAL mode (set by another tool) does not keep that count up to date:
its lines are never kept.

Kept lines cost memory (about 70 MB for 100,000 lines): a database with more than
:data:`reading.KEEP_LINES` lines is fetched afresh each time, as before.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

from core.analysis.reading import Fetched, cut, fetch, too_many_to_keep

_HEADER = 100  # the database file's header: the counter at 24, the journal mode at 18
WAL_VERSION = 2


def change_counter(path: Path) -> tuple[int, int, int] | None:
    """What changes with every committed write: (the header's change counter, the file's
    size and its modification time in ns); None when the file cannot say (WAL mode, unread)."""
    try:
        with open(path, "rb") as file:
            header = file.read(_HEADER)
            stat = path.stat()
    except OSError:
        return None
    if len(header) < _HEADER or WAL_VERSION in (header[18], header[19]):
        return None
    return int.from_bytes(header[24:28], "big"), stat.st_size, stat.st_mtime_ns


class KeptRows:
    """One window's kept lines; analyses run one at a time, but the lock keeps it safe."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._rows: Fetched | None = None
        self._version: tuple[int, int, int] | None = None

    def fetched(self, conn: sqlite3.Connection, as_of: date) -> Fetched:
        """The lines of the orders dated up to A: cut from those kept when nothing was written
        since they were fetched, else fetched (and kept, when there are not too many)."""
        with self._lock:
            # read before fetching: a write after it changes it, so the rows are not reused
            version = change_counter(self.path)
            if self._rows is not None and version is not None and version == self._version:
                return cut(self._rows, as_of)
            self._rows = self._version = None
            if version is None or too_many_to_keep(conn):
                return fetch(conn, as_of)
            self._rows, self._version = fetch(conn, date.max, keep=True), version
            return cut(self._rows, as_of)

    @property
    def kept(self) -> bool:
        return self._rows is not None

    def forget(self) -> None:
        with self._lock:
            self._rows = self._version = None

