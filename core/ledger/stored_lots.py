"""A line an earlier file stored, looked at for a row of a later file that says another lot.

A firm's files are a file a month: April's lists only the second lot of an order whose first
lot March's listed, in the first lot's place (order, product, place 0). Read as that line
again it updated March's line with its amount: 4,000 open where 10,000 was (lots35). A row
that says another lot (core.ledger.lot_words.row_lot) is read against the stored line in its
place as against an earlier tab's (lot_words.other_lot); the store is asked only for such a
row. A line this very file stored (read again after a reader upgrade, or re-sent) is the row's
own line, never another lot: its name's, where the name was imported from this file's folder
alone (台账.xlsx kept in month folders is a file a month: core.ledger.own_rows.same_file),
and no other file first wrote (its first_file): April's lot that an older reader let overwrite
March's line is read again as a lot of its own, 10,000 open where 4,000 was (lots35b; the
receipt that reading made up is cleared, core.ledger.lot_balances).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from core.ledger.lot_words import HINTS, Shown, lot_said

# a line key, and whether the row says a lot -> the stored line as shown
StoredLots = Callable[[str, bool], "Shown | None"]


def file_own(conn: sqlite3.Connection, path: Path) -> Callable[[str], bool]:
    """Is a stored line of the source file `name` the file's own (the file being imported from
    `path`): of its name, where the name was imported from no other path? Asked once."""
    name, alone = path.name, list[bool]()

    def own(source: str) -> bool:
        if source != name:
            return False
        if not alone:  # asked once, of the first line of its name
            alone.append(conn.execute(
                "SELECT NOT EXISTS (SELECT 1 FROM imports WHERE file_name = ? AND "
                "file_path != ?)", (name, str(path.resolve()))).fetchone()[0])
        return alone[0]

    return own


def stored_lots(conn: sqlite3.Connection, path: Path) -> StoredLots | None:
    """The stored line of a key, as an earlier tab's showing, None for none or the file's own
    (the file being imported from `path`); for a row saying no lot, only a line saying one
    (lot_words.other_lot: March's row read after April's second lot), found among the lines
    whose notes or product hold a word every lot word holds, asked once. None where the store
    holds no line (a first import): each row was asked of it, and its lot words read for the
    asking, for nothing (perf56b)."""
    if conn.execute("SELECT 1 FROM order_lines LIMIT 1").fetchone() is None:
        return None
    own, worded = file_own(conn, path), set[str]()

    def stored(key: str, says: bool) -> Shown | None:
        if not says:
            if not worded:
                worded.update(key for (key,) in conn.execute(
                    "SELECT line_key FROM order_lines WHERE " + " OR ".join(
                        ["notes LIKE ? OR product LIKE ?"] * len(HINTS)),
                    [f"%{word}%" for word in HINTS for _ in range(2)]))
                worded.add("")  # asked
            if key not in worded:
                return None
        found = conn.execute("SELECT amount, notes, product, ship_date, source_file, "
                             "first_file FROM order_lines WHERE line_key = ?", (key,)
                             ).fetchone()
        if found is None or (found[5] in (None, found[4]) and own(found[4])):
            return None
        return found[0], lot_said(found[1], found[2]), found[3]

    return stored
