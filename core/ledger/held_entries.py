"""The `meta` entries naming the files kept to be read when their orders come, and the
refused ones' fate beside an undo or a moved file (core.ledger.held_files keeps and reads them).

A refused file's entry (收款登记2025-04.xlsx, all of whose rows pay orders not imported yet)
names a file, not data: nothing of it is in the database. Written without a safety copy of
its own, it was lost to an undo of an import made before it: imported 台账2025-02, then a
wrong file, then the register (refused and noted), the wrong file undone, March did not read
the register: Buyer X 7,000 owed, 72 days, black, and nothing said so (rv62d s580 G6). The
clerk was told the file is noted; the undo of another file takes back that file's data, not
the note: the entries written since the copy are put back over it (`carry`). A restore puts
back the copy the clerk chose, as it was.

A register refused from one folder, moved and refused from another, left its first entry: the
import selling its order read the second and told the clerk the first "is no longer at …:
import it again" (s585 C2). A file of the same content kept from a new path takes the old
path's entry's place (`moved_from`) — where the old path no longer holds it: a copy, the
first still where it was, keeps its entry (dropped, the copy deleted, March read neither: 7,000
black, rv62h s670 L5); both read, the second is "already imported".
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.ledger.reread_files import content_hash
from core.messages import Refusal

# + the file's path (fix62a's: its name): {"import": id, "sheet": …, "map": {…}, "orders": […]};
# a refused file's, the last import before it and its "path", "key" and "when" (no import row)
PREFIX = "held_orders:"


def entries(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Every entry kept, by its meta key."""
    return {key: json.loads(value) for key, value in conn.execute(
        "SELECT key, value FROM meta WHERE key >= ? AND key < ?",
        (PREFIX, PREFIX + "\U0010ffff")).fetchall()}


def refused(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """The entries of refused files (their own key, no import row behind them)."""
    return {key: kept for key, kept in entries(conn).items() if "key" in kept}


def carry(conn: sqlite3.Connection, kept: dict[str, dict[str, Any]], last_import: int
          ) -> None:
    """Put back the refused files' entries `kept` (read before an undo) into the copy put
    back, each waiting from the copy's last import: the undone imports' ids are given again to
    the next ones, and an order one of them stores must find the file waiting for it."""
    with conn:
        for key, entry in kept.items():
            waited = entry.get("import")
            since = min(waited if isinstance(waited, int) else 0, last_import)
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (
                key, json.dumps({**entry, "import": since}, ensure_ascii=False)))


def moved_from(conn: sqlite3.Connection, entry: str, content: str,
               content_of: Callable[[str], str]) -> None:
    """Drop the refused entries of a file of `content` kept under another path than
    `entry`'s that no longer holds it: the same bytes refused again from elsewhere are the file
    moved, and the clerk's last choice is the one read."""
    for key, kept in refused(conn).items():
        if key != entry and content_of(str(kept["key"])) == content \
                and not _holds(str(kept.get("path") or ""), content):
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))


def _holds(path: str, content: str) -> bool:
    """Does `path` still hold the file of `content` (copied, not moved)?"""
    try:
        return bool(path) and Path(path).is_file() and content_hash(Path(path)) == content
    except (OSError, Refusal):  # gone or locked: moved, as far as the store can tell
        return False
