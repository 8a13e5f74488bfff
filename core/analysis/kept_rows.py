"""The order lines an open window analysed, kept for its next analysis while nothing changed.

Changing the as-of date analyses the same ledger at another day, and fetching the lines from
SQLite is about a third of an analysis (SQLite hands back some twenty values a line). The
window keeps the lines of every order once (what a fetch at the end of time returns) and cuts
them at each date, which gives what a fetch at that date gives (:func:`fetch.cut`, as the
month-end snapshots do).

Whether the database changed since is read from its file (:mod:`file_version`): a database
in WAL mode (set by another tool) never says it is unchanged, and its lines are never kept.
The month-end snapshots the movements store are no change: no line is among them.

Kept lines cost memory (about 70 MB for 100,000 lines): a database with more than
:data:`fetch.KEEP_LINES` lines is fetched afresh each time, as before.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

from core.analysis.fetch import Fetched, cut, fetch, too_many_to_keep
from core.analysis.file_version import Version, change_counter, unwritten_since


class KeptRows:
    """One window's kept lines; analyses run one at a time, but the lock keeps it safe."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._rows: Fetched | None = None
        self._version: Version | None = None

    def fetched(self, conn: sqlite3.Connection, as_of: date) -> Fetched:
        """The lines of the orders dated up to A: cut from those kept when nothing was written
        since they were fetched, else fetched (and kept, when there are not too many)."""
        with self._lock:
            if self._rows is not None and unwritten_since(self.path, self._version):
                return cut(self._rows, as_of)
            self._rows = self._version = None
            # read before fetching: a write after it changes it, so the rows are not reused
            version = change_counter(self.path)
            if version is None or too_many_to_keep(conn):
                return fetch(conn, as_of)
            self._rows, self._version = fetch(conn, date.max, keep=True), version
            return cut(self._rows, as_of)

    @property
    def kept(self) -> bool:
        return self._rows is not None

    def current(self) -> bool:
        """Whether lines are kept and the file is unwritten since they were read: what
        :meth:`fetched` gives then is cut from them, with no read of the ledger."""
        with self._lock:
            return self._rows is not None and unwritten_since(self.path, self._version)

    def forget(self) -> None:
        with self._lock:
            self._rows = self._version = None

