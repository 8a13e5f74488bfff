"""What an import said once for the database, not again on every later import (note39, msg39).

A message pointing out names for the clerk to merge (a rename note, a customer code beside two
names) came again with every later month's file repeating the note or the code, until the
clerk merged them. Each such message is kept in `meta` as the customer keys it named, under
its own key; a later import says it no more. The meta table is the database's: undo-import's
copy takes the record back with the import that made it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable


def said_before(conn: sqlite3.Connection, key: str) -> set[frozenset[str]]:
    """The sets of customer keys the messages kept under `key` were said of."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return set() if row is None else {frozenset(keys) for keys in json.loads(row[0])}


def remember_said(conn: sqlite3.Connection, key: str, said: Iterable[frozenset[str]]) -> None:
    """Keep `said` with what was said before under `key` (written only if anything is new)."""
    before = said_before(conn, key)
    every = before | set(said)
    if every != before:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                     (key, json.dumps(sorted(sorted(keys) for keys in every),
                                      ensure_ascii=False)))
