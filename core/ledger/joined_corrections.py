"""What a join of spellings did to the corrections each spelling had, for the join's note.

The re-key (core.ledger.customer_rekey) joins customers whose keys become one; corrections of
one kind on two spellings are settled there, the one in force kept and the other named as
replaced. Corrections of different kinds are all kept, each now the one customer's, and the
analysis applies them by its rules (core.overrides.load_overrides): an exclusion leaves the
customer out whatever it is pinned to, and a merge takes every spelling's orders, and their
corrections, to the customer merged into. Said as "now one customer" alone, that hid two
things from the clerk (rv50k):

- "Echo Trading." pinned black (4,000 open, 136 days) and "Echo Trading" left out of the
  analysis: the one customer is left out, on no list. Which wins stays the analysis's rule
  (the clerk said of that name "leave it out", and a pin is kept to come back in force when
  included again), but the note names both spellings, what each had and what holds now.
- "Northwind Retail Inc." merged by hand into "NW Retail Group": its other spelling's orders
  now count under NW Retail Group too, and its corrections hold for it.

:func:`before` is read before the re-key changes anything, :func:`told` after; both on the
re-key's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from core.notes_kept import Joined, stored_name
from core.overrides import in_force, merged_keys

# Corrections that hold only while the customer is in the analysis, and that a merge carries
# to the customer merged into (the exclusion is said of its own, a merge is the join's)
CARRIED = ("pin_list", "pin_tier", "project", "credit_limit", "insure", "group")
_ROWS = ("SELECT id, customer_key, kind, target, created_at FROM overrides WHERE kind IN "
         f"({', '.join(repr(kind) for kind in CARRIED)})")
Value = tuple[str, str | None]  # a correction's kind and value, as the notes say it


@dataclass(frozen=True)
class Before:
    """The corrections as the analysis applied them before the re-key."""

    owner: Callable[[str], str]  # a key to the key it counted as, after the clerk's merges
    excluded: frozenset[str]  # the owners left out
    rows: dict[int, tuple[str, str, str | None]]  # override id -> customer key, kind, value


def before(conn: sqlite3.Connection) -> Before:
    owner = merged_keys(conn)
    return Before(owner, _excluded(conn, owner),
                  {r[0]: (r[1], r[2], r[3]) for r in conn.execute(_ROWS)})


def told(conn: sqlite3.Connection, was: Before, renamed: dict[str, str],
         joins: list[tuple[Joined, list[str]]]) -> list[Joined]:
    """Each join's note (its stored keys, old, beside it) with what its spellings' corrections
    and merges make of the one customer, where that is more than "now one customer"."""
    if not joins:
        return []
    owner = merged_keys(conn)
    excluded = _excluded(conn, owner)
    rows = {r[0]: r for r in conn.execute(_ROWS)}
    known = {key for (key,) in conn.execute("SELECT key FROM customers")}
    notes = []
    for joined, keys in joins:
        new = renamed.get(keys[0], keys[0])
        counted = owner(new)
        named = dict(zip(keys, joined.names, strict=True))
        counted_as = {k: renamed.get(was.owner(k), was.owner(k)) for k in keys}
        # spellings whose orders count under the customer merged into, and did not before
        moved = [k for k in keys if counted != new and counted_as[k] != counted]
        merged = [k for k in keys if counted_as[k] == counted]
        if moved and merged:
            joined = replace(joined, under=stored_name(conn, counted), merged=named[merged[0]],
                             moved=tuple(named[k] for k in moved),
                             carried=_in_force(conn, owner, counted, known, rows, was, moved))
        newly = [k for k in keys if was.owner(k) not in was.excluded]
        if counted in excluded and newly:
            by = [named[k] for k in keys if was.owner(k) in was.excluded]
            joined = replace(joined, left_out=stored_name(conn, counted),
                             left_by=tuple(by or [stored_name(conn, counted)]),
                             newly_out=tuple(named[k] for k in newly),
                             moot=tuple((kind, value) for i, (key, kind, value) in was.rows.items()
                                        if key in newly and i in rows))
        notes.append(joined)
    return notes


def _excluded(conn: sqlite3.Connection, owner: Callable[[str], str]) -> frozenset[str]:
    return frozenset(owner(key) for (key,) in conn.execute(
        "SELECT customer_key FROM overrides WHERE kind = 'exclude'"))


def _in_force(conn: sqlite3.Connection, owner: Callable[[str], str], counted: str,
              known: set[str], rows: dict[int, tuple[object, ...]], was: Before,
              moved: list[str]) -> tuple[Value, ...]:
    """The corrections set on the `moved` spellings that now hold for the customer `counted`
    (a project tag always; a value where it is the one in force: the customer's own wins)."""
    found: list[Value] = []
    for i, (key, kind, value) in was.rows.items():
        if key not in moved or i not in rows:
            continue
        if kind != "project":
            group = [r for r in conn.execute(
                "SELECT id, customer_key, kind, target, created_at FROM overrides "
                "WHERE kind = ?", (kind,)) if owner(r[1]) == counted]
            top = max(group, key=lambda r: in_force(r[1] in known, r[1] == counted, {
                "created_at": r[4], "id": r[0]}))
            if top[0] != i:
                continue
        found.append((kind, value))
    return tuple(found)
