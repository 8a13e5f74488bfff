"""Whether a database file was written since a moment, read from the file itself: what was
worked out from it then (kept by :mod:`kept_files`) holds while it was not.

SQLite counts every committed write transaction in the file's header (the "file change
counter", bytes 24–27, in the rollback-journal mode TradeTier uses), whichever program or
connection wrote; with the file's size and modification time in nanoseconds it says whether
anything was written. Reading it needs no connection held open (an open handle would stop a
restore from replacing the file on Windows). A database in WAL mode (set by another tool) does
not keep that count up to date: it never says "unwritten".

A write to what no analysis reads (the month-end snapshots, stored by the movements and the
restructuring export) is made with :func:`unread_write`, which notes the version before and
after it: what was worked out from the file before still holds after it
(:func:`unwritten_since`), so the next start still shows the last table, and the window keeps
its lines, after a look at the movements.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from core.analysis.kept_files import keep_json, kept_for
from core.store import transaction

_HEADER = 100  # the database file's header: the counter at 24, the journal mode at 18
WAL_VERSION = 2
Version = tuple[int, int, int]
LINKS = "unread-writes"  # the kind of file that notes them, per database
KEEP_LINKS = 64  # the latest versions noted: a month's looks at the movements, many times over


def change_counter(path: Path) -> Version | None:
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


def file_of(conn: sqlite3.Connection) -> Path | None:
    """The file a connection's database is in (None: in memory)."""
    name = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"),
                "")
    return Path(name) if name else None


def unwritten_since(path: Path, version: Version | None) -> bool:
    """Whether nothing an analysis reads was written to the file since `version`: it is the
    same, or both were reached from one version by :func:`unread_write`s alone."""
    now = change_counter(path)
    if version is None or now is None:
        return False
    if now == version:
        return True
    roots = _roots(path)
    return roots.get(now, now) == roots.get(version, version)


@contextmanager
def unread_write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction (:func:`store.transaction`) to tables no analysis reads, noted so
    that what was worked out from the file before it still holds after it. The version before
    is read under the write lock, so no other writer comes between; the one after must count
    exactly one commit more, or another program wrote as well and nothing is noted."""
    path = file_of(conn)
    with transaction(conn):
        before = None if path is None else change_counter(path)
        yield conn
    after = None if path is None else change_counter(path)
    if path is None or before is None or after is None or after == before:
        return
    if after[0] == (before[0] + 1) % 2**32:  # the counter is four bytes
        _note(path, before, after)


def _roots(path: Path) -> dict[Version, Version]:
    """Each version noted -> the version its run of unread writes started from (the first
    movements store a snapshot for each of a hundred month ends: one step each would be a
    chain as long)."""
    try:
        content = json.loads(kept_for(path, LINKS).read_text(encoding="utf-8"))
        return {_version(after): _version(root) for after, root in content["roots"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _version(value: Any) -> Version:
    first, second, third = (int(part) for part in value)
    return first, second, third


def _note(path: Path, before: Version, after: Version) -> None:
    roots = _roots(path)
    roots[after] = roots.get(before, before)
    keep_json(path, LINKS, {"roots": [[list(a), list(r)] for a, r in roots.items()]
                            [-KEEP_LINKS:]})
