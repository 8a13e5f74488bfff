"""The month ends' fingerprints last worked out, kept while the database file is unwritten
since, so the next look needs not work them out again.

Working out a fingerprint reads every ledger line (1.3 s at 100,000 lines, 19 s at a million),
and the restructuring export and the movements check last month's before every use. When
nothing was written to the file while a check worked them out, the fingerprints are kept in
the user's cache folder with the file's version (:mod:`file_version`: change counter, size,
modification time) and the fingerprints' format (which names the app's version). A later
check of the same month ends takes them as they are while the file is unwritten since and
the stored snapshots carry them all. Any write makes them stale, and a database in WAL mode
never keeps them; storing a snapshot is no such write
(:func:`file_version.unread_write`: the fingerprints are of the ledger, the rules and the
corrections, not of the snapshots), so a check that had to store one keeps them too.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from core.analysis.file_version import Version, change_counter, file_of, unwritten_since
from core.analysis.fingerprints import FORMAT
from core.analysis.kept_files import keep_json, kept_for

KIND = "fingerprints"


def version(conn: sqlite3.Connection) -> Version | None:
    """The version of the connection's file now (None: in memory or in WAL mode)."""
    path = file_of(conn)
    return None if path is None else change_counter(path)


def seen(conn: sqlite3.Connection) -> dict[date, str]:
    """The fingerprints kept for this file as it is now; empty when none hold."""
    path = file_of(conn)
    if path is None:
        return {}
    try:
        kept = json.loads(kept_for(path, KIND).read_text(encoding="utf-8"))
        if kept["format"] != FORMAT or not unwritten_since(path, tuple(kept["version"])):
            return {}
        return {date.fromisoformat(day): str(print_) for day, print_ in kept["seen"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def keep(conn: sqlite3.Connection, before: Version | None, found: dict[date, str]) -> None:
    """Keep fingerprints worked out from the file as it was at `before` (read before they
    were), with those already kept for it, unless the file was written since."""
    path = file_of(conn)
    if path is None or before is None or not unwritten_since(path, before):
        return
    merged = {**{day.isoformat(): print_ for day, print_ in seen(conn).items()},
              **{day.isoformat(): print_ for day, print_ in found.items()}}
    keep_json(path, KIND, {"format": FORMAT, "version": list(before), "seen": merged})
