"""What opening a database did to the clerk's customers, kept until it has been said once.

Opening an older database may join customers whose names differ only in typing and drop the
older of two corrections the clerk had set on them (core.ledger.customer_rekey), which happens
on a worker of the window or inside a command, where nobody reads a log. The notes wait in the
``meta`` table until the window or the next command says them (core.database_notices), in the
language of whoever reads them then: so they are kept as plain facts, not sentences.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

KEY = "notes_to_say"


@dataclass(frozen=True)
class Joined:
    """Customers stored apart that are now one, shown as `name`; `names` as they were. Where
    a spelling was merged into another customer (`merged`, into `under`), the `moved`
    spellings' orders count under it now, and the `carried` corrections set on them hold for
    it; where a spelling was left out of the analysis (`left_by`), the customer `left_out`
    now is, with the `newly_out` spellings' orders and the `moot` corrections set on them
    (core.ledger.joined_corrections). A correction: its kind and value."""

    name: str
    names: tuple[str, ...]
    under: str | None = None
    merged: str | None = None
    moved: tuple[str, ...] = ()
    carried: tuple[tuple[str, str | None], ...] = ()
    left_out: str | None = None
    left_by: tuple[str, ...] = ()
    newly_out: tuple[str, ...] = ()
    moot: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True)
class Replaced:
    """A correction of `kind` set on `dropped_at` dropped for `kept`: set later, or (not
    `later`) the one in force, the customer's own, the dropped one on a name merged into it."""

    customer: str
    kind: str
    dropped: str | None
    dropped_at: str
    kept: str | None
    later: bool = True


@dataclass(frozen=True)
class Unlooped:
    """A merge dropped because the merges led back to where they start: left so by an
    older version or typed by hand, or closed by the re-key joining two names (`rekeyed`)."""

    customer: str
    target: str
    set_at: str
    rekeyed: bool = False


Note = Joined | Replaced | Unlooped
_KINDS: dict[str, type[Joined] | type[Replaced] | type[Unlooped]] = {
    "joined": Joined, "replaced": Replaced, "unlooped": Unlooped}


def keep(conn: sqlite3.Connection, notes: tuple[Note, ...] | list[Note]) -> None:
    """Added to those not said yet; the caller holds the transaction. Nothing to keep writes
    nothing (the file's change counter stays)."""
    if not notes:
        return
    found = stored(conn) + [{"note": _name(n), **asdict(n)} for n in notes]
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                 (KEY, json.dumps(found, ensure_ascii=False)))


def take(conn: sqlite3.Connection) -> list[Note]:
    """The notes not said yet, forgotten; the caller holds the transaction."""
    found = stored(conn)
    if found:
        conn.execute("DELETE FROM meta WHERE key = ?", (KEY,))
    notes: list[Note] = []
    for item in found:
        kind = _KINDS[item.pop("note")]
        if kind is Joined:  # JSON's lists as the note's tuples
            item.update({k: _tuples(v) for k, v in item.items() if isinstance(v, list)})
        notes.append(kind(**item))
    return notes


def forget(conn: sqlite3.Connection) -> None:
    """A copy put back holds the notes of the opening before it was taken: the session that
    took it (an import's safety copy, right after the opening that re-keyed) said them, so
    said again after undo-import they told the clerk of a re-key done once as done twice.
    A copy older than the re-key is re-keyed again when opened, and that is said."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
        conn.execute("DELETE FROM meta WHERE key = ?", (KEY,))
        conn.commit()


def stored_name(conn: sqlite3.Connection, key: str) -> str:
    """The customer's name as stored (its key while no customer has it)."""
    found = conn.execute("SELECT name FROM customers WHERE key = ?", (key,)).fetchone()
    return key if found is None else str(found[0])


def stored(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The notes not said yet, as kept (read only)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    return [] if row is None else list(json.loads(row[0]))


def _tuples(value: object) -> object:
    return tuple(map(_tuples, value)) if isinstance(value, list) else value


def _name(note: Note) -> str:
    return next(name for name, kind in _KINDS.items() if isinstance(note, kind))
