"""Whose a SQLite file is: TradeTier's, a new empty one, or another program's.

File → Open accepts any file name and ``--db`` any path, and a user may well pick their ERP's
or their browser's ``.sqlite``/``.db``. Migrating that file would write TradeTier's tables and
schema version into another program's database, so opening first reads, without writing, what
SQLite keeps in every file:

- ``application_id``: TradeTier stamps its own in the transaction that creates or migrates a
  file (a header field like ``user_version``, so no migration of its own is needed, and a file
  restored from a stamped copy keeps it). Another program's non-zero id is refused.
- ``user_version`` 0, where every TradeTier file starts: with no tables it is a new file,
  created as before; with tables (or views, indexes) it is another program's.
- ``user_version`` above 0 and no stamp (every firm's file from before the stamp): it must
  hold the tables every TradeTier database has had since schema 1; another program that sets
  a version of its own lacks them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

APPLICATION_ID = int.from_bytes(b"TrTi", "big")  # 0x54725469; files from before have 0
# The tables of schema 1 (core.schema), which no later migration drops
REQUIRED_TABLES = frozenset({"customers", "imports", "orders", "order_lines", "layouts",
                             "settings", "currency_rates"})


def is_foreign(conn: sqlite3.Connection) -> bool:
    """Whether the database open on `conn` is another program's (read only)."""
    stamp = conn.execute("PRAGMA application_id").fetchone()[0]
    if stamp == APPLICATION_ID:
        return False  # a newer TradeTier's file stays its own, whatever tables it has
    if stamp != 0:
        return True
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    objects = conn.execute("SELECT type, name FROM sqlite_master "
                           r"WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'").fetchall()
    if version == 0:
        return bool(objects)
    return not {name for kind, name in objects if kind == "table"} >= REQUIRED_TABLES


def is_foreign_file(path: Path) -> bool:
    """The same for a file not opened by the store, read only (a file SQLite cannot read is
    none of this: the caller's quick check or opening says what is wrong with it). It does not
    wait for a lock: a file another program is writing to is said so by the opening that
    follows, and the window's retries of such a file would each wait here first."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return False
    try:
        return is_foreign(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def stamp(conn: sqlite3.Connection) -> None:
    """Mark the file TradeTier's, inside the transaction that creates or migrates it."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
