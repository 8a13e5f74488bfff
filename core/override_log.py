"""The log of the clerk's corrections as a correction dropped on their behalf leaves it.

Each change is logged with the rows it touched before and after (core.override_changes), and
undo puts the "before" rows back. When opening a database drops a correction for another one
the clerk set later (two spellings of one buyer pinned apart, now one customer; a merge closing
a loop), the later one's "before" is no longer what was in force before it: undoing the black
pin set last took the buyer to no pin at all, not to the white pin in force until then.
Merges leading round in a circle are broken here, by one rule for the re-key and the notice
step (:func:`unloop`), so that undo can bring back the merge dropped.
"""

from __future__ import annotations

import json
import sqlite3

from core.notes_kept import Note, Unlooped, stored_name
from core.overrides import looped, stored_merges

# An override's columns, as the log keeps each row it touched
COLUMNS = ("id", "kind", "customer_key", "target", "note", "created_at")
Row = dict[str, object]


def supersede(conn: sqlite3.Connection, kept_id: int, kept_kind: str, dropped: Row) -> None:
    """The latest logged change that put override `kept_id` in force takes `dropped` into its
    "before", unless it holds a later one of that kind and customer: undone, it brings back
    the correction in force before it. Nothing logged for it: nothing to change."""
    for entry, before, after in conn.execute(
            "SELECT id, before, after FROM override_log ORDER BY id DESC").fetchall():
        if not any(r["id"] == kept_id and r["kind"] == kept_kind for r in json.loads(after)):
            continue
        rows: list[Row] = json.loads(before)
        pair = (dropped["kind"], dropped["customer_key"])
        same = [r for r in rows if (r["kind"], r["customer_key"]) == pair]
        if any(when_set(r) > when_set(dropped) for r in same):
            return
        rows = sorted([r for r in rows if r not in same] + [dropped],
                      key=lambda r: int(str(r["id"])))
        conn.execute("UPDATE override_log SET before = ? WHERE id = ?",
                     (json.dumps(rows, ensure_ascii=False), entry))
        return


def when_set(row: Row) -> tuple[str, int]:
    return str(row["created_at"]), int(str(row["id"]))


def unloop(conn: sqlite3.Connection, looping: frozenset[int] | None = None) -> list[Note]:
    """Each loop's merge set first dropped, as the analysis already leaves it out (core.overrides
    .looped), the one set last kept: the clerk's latest word. Undoing the loop's latest merge
    brings the dropped one back, the state before that merge. The re-key's loops too (a renamed
    customer's hand merge and the merge out of its other name, now leading back): broken by
    the one rule, the renamed customer's merge kept where it is the later, and either undoable.
    `looping`: the re-key's, the merges in a loop before it; any other loop the re-key closed,
    and the note says so (nothing was left out of the lists before it)."""
    notes: list[Note] = []
    for gone, latest in looped(stored_merges(conn)):
        row = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM overrides WHERE id = ?",
                           (gone[0],)).fetchone()
        conn.execute("DELETE FROM overrides WHERE id = ?", (gone[0],))
        supersede(conn, latest[0], "merge", dict(zip(COLUMNS, row, strict=True)))
        notes.append(Unlooped(stored_name(conn, gone[1]), stored_name(conn, gone[2]), gone[3],
                              looping is not None and gone[0] not in looping))
    return notes
