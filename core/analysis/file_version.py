"""Whether a database file was written since a moment, read from the file itself, and where
what was worked out from it while unwritten is kept (the user's cache folder).

SQLite counts every committed write transaction in the file's header (the "file change
counter", bytes 24–27, in the rollback-journal mode TradeTier uses), whichever program or
connection wrote; with the file's size and modification time in nanoseconds it says whether
anything was written. Reading it needs no connection held open (an open handle would stop a
restore from replacing the file on Windows). A database in WAL mode (set by another tool) does
not keep that count up to date: it never says "unwritten".
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from core.paths import cache_dir

_HEADER = 100  # the database file's header: the counter at 24, the journal mode at 18
WAL_VERSION = 2
Version = tuple[int, int, int]


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


def kept_for(db_path: Path, kind: str) -> Path:
    """Where something of this kind worked out from this database is kept: one file per
    database, named by its full path."""
    name = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:24]
    return cache_dir() / kind / f"{name}.json"


def keep_json(db_path: Path, kind: str, content: Any) -> bool:
    """Write what was worked out (:func:`kept_for`): beside, then renamed, so a reader never
    sees half a file; whether it was written (a full disk or a read-only cache folder: it is
    worked out again next time)."""
    target = kept_for(db_path, kind)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        written = target.with_suffix(f".{os.getpid()}.part")
        written.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        os.replace(written, target)
    except OSError:
        return False
    return True
