"""Changing the user's corrections: every change logged so that it can be taken back.

Kept apart from :mod:`core.overrides` (what an override is, and reading them for the analysis
and the list) because only a change writes: it copies the database when several customers are
touched, runs in a transaction and logs itself. A reader of the overrides needs none of that.

A change may touch several rows (pinning a merged group moves the pin onto the canonical name),
so each change is logged with the affected rows before and after; :func:`undo` restores the
"before" rows with their ids and drops the log entry, leaving exactly the earlier state.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from core import recovery
from core.i18n import N_
from core.messages import Message, Refusal
from core.override_log import COLUMNS
from core.overrides import GROUP_ACTIONS, _describe, _State, find_customer, pin_target
from core.store import now_text, transaction


def _rows(conn: sqlite3.Connection, pairs: set[tuple[str, str]]) -> list[dict[str, object]]:
    found = [dict(r) for r in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM overrides")
             if (r["kind"], r["customer_key"]) in pairs]
    return sorted(found, key=lambda r: r["id"])


Put = tuple[str, str, str | None]  # an override to set: kind, customer key, target


def _apply(conn: sqlite3.Connection, action: str, key: str, target: str | None,
           note: str | None, remove: list[sqlite3.Row], put: Put | list[Put] | None) -> None:
    """One logged change: drop `remove`, then set `put` (kind, key, target; or several)."""
    puts = [put] if isinstance(put, tuple) else put or []
    pairs = {(r["kind"], r["customer_key"]) for r in remove}
    pairs.update((kind, customer) for kind, customer, _ in puts)
    before, when = _rows(conn, pairs), now_text()
    for row in remove:
        conn.execute("DELETE FROM overrides WHERE id = ?", (row["id"],))
    for one in puts:
        conn.execute(
            "INSERT INTO overrides(kind, customer_key, target, note, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(kind, customer_key) DO UPDATE SET "
            "target = excluded.target, note = excluded.note, created_at = excluded.created_at",
            (*one, note, when))
    conn.execute(
        "INSERT INTO override_log(action, customer_key, target, before, after, note, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (action, key, target, json.dumps(before, ensure_ascii=False),
         json.dumps(_rows(conn, pairs), ensure_ascii=False), note, when))


def _copy_if_group(conn: sqlite3.Connection, action: str, customer: str,
                   kinds: tuple[str, ...]) -> None:
    """A change that moves overrides across a merged group changes several customers at once:
    the database is copied first (outside the transaction: SQLite cannot copy a database from
    a connection that is writing to it)."""
    found = find_customer(conn, customer)
    state = _State(conn)
    keys = {r["customer_key"] for kind in kinds for r in state.group_rows(kind, found.key)}
    if keys - {state.canonical(found.key)}:
        recovery.safety_copy(conn, "override", action)


def _unchanged(change: Message) -> Message:
    return Message("unchanged", N_("Already so, nothing changed: {change}"), {"change": change})


def merge(conn: sqlite3.Connection, keep: str, other: str, note: str | None = None) -> Message:
    """Count `other`'s orders as `keep`'s; re-pointing an already merged name is allowed."""
    find_customer(conn, keep), find_customer(conn, other)  # a name unknown: refused first
    recovery.safety_copy(conn, "override", "merge")
    with transaction(conn):
        kept, gone = find_customer(conn, keep), find_customer(conn, other)
        state = _State(conn)
        if kept.key == gone.key:
            raise Refusal("merge_self", N_("“{name}” cannot be merged with itself."),
                          name=kept.name)
        if gone.key in state.chain(kept.key):
            raise Refusal("merge_cycle", N_(
                "“{other}” cannot be merged into “{keep}”: “{keep}” already counts as "
                "“{other}”."), other=gone.name, keep=kept.name)
        change = _describe("merge", gone.name, state.name(state.canonical(kept.key)))
        if state.merges.get(gone.key) == kept.key:
            return _unchanged(change)
        _apply(conn, "merge", gone.key, kept.key, note, [], ("merge", gone.key, kept.key))
    return change


def unmerge(conn: sqlite3.Connection, customer: str, note: str | None = None) -> Message:
    """Undo one merge whenever it was made, not only the last change."""
    find_customer(conn, customer)  # a name unknown: refused before the copy
    recovery.safety_copy(conn, "override", "unmerge")
    with transaction(conn):
        found = find_customer(conn, customer)
        rows = list(conn.execute("SELECT * FROM overrides WHERE kind = 'merge' AND "
                                 "customer_key = ?", (found.key,)))
        change = _describe("unmerge", found.name)
        if not rows:
            return _unchanged(change)
        _apply(conn, "unmerge", found.key, None, note, rows, None)
    return change


def _set(conn: sqlite3.Connection, action: str, kind: str, customer: str, target: str | None,
         note: str | None) -> Message:
    """Put one override on the canonical name, replacing its group's others of that kind."""
    _copy_if_group(conn, action, customer, (kind,))
    with transaction(conn):
        found = find_customer(conn, customer)
        state = _State(conn)
        key = state.canonical(found.key)
        rows = state.group_rows(kind, found.key)
        change = _describe(action, state.name(key), target, state.rules)
        if ([(r["customer_key"], r["target"]) for r in rows] == [(key, target)]
                and note in (None, rows[0]["note"])):
            return _unchanged(change)
        others = [r for r in rows if r["customer_key"] != key]
        _apply(conn, action, key, target, note, others, (kind, key, target))
    return change


def _clear(conn: sqlite3.Connection, action: str, kinds: tuple[str, ...], customer: str,
           note: str | None, target: str | None = None) -> Message:
    _copy_if_group(conn, action, customer, kinds)
    with transaction(conn):
        found = find_customer(conn, customer)
        state = _State(conn)
        key = state.canonical(found.key)
        rows = [r for kind in kinds for r in state.group_rows(kind, found.key)]
        change = _describe(action, state.name(key), None, state.rules)
        if not rows:
            return _unchanged(change)
        _apply(conn, action, key, target, note, rows, None)
    return change


def pin(conn: sqlite3.Connection, customer: str, target: str, note: str | None = None
        ) -> Message:
    kind, code = pin_target(target)
    return _set(conn, "pin", kind, customer, code, note)


def unpin(conn: sqlite3.Connection, customer: str, what: str = "all", note: str | None = None
          ) -> Message:
    kinds = {"all": ("pin_list", "pin_tier"), "list": ("pin_list",), "tier": ("pin_tier",)}
    if what not in kinds:
        raise ValueError(f"unpin what={what!r}: all, list or tier")
    return _clear(conn, f"unpin_{what}", kinds[what], customer, note, what)


def exclude(conn: sqlite3.Connection, customer: str, note: str | None = None) -> Message:
    return _set(conn, "exclude", "exclude", customer, None, note)


def include(conn: sqlite3.Connection, customer: str, note: str | None = None) -> Message:
    return _clear(conn, "include", ("exclude",), customer, note)


def set_project(conn: sqlite3.Connection, customer: str, on: bool, note: str | None = None
                ) -> Message:
    if on:
        return _set(conn, "project_on", "project", customer, None, note)
    return _clear(conn, "project_off", ("project",), customer, note)


NOTHING_TO_UNDO = Message("nothing_to_undo", N_("Nothing to undo"))


@dataclass(frozen=True)
class LastChange:
    """The change an undo would take back, said before it is done: the window's Undo and the
    command line name it, so a clerk on another customer's row knows whose change goes."""

    entry: int  # its log entry: an undo offered for it takes back this one or nothing
    change: Message

    @property
    def offer(self) -> Message:
        return Message("undo_offer", N_("Undo: {change}"), {"change": self.change})


def last_change(conn: sqlite3.Connection) -> LastChange | None:
    """The latest change still in force, in words; None when there is none."""
    entry = conn.execute("SELECT * FROM override_log ORDER BY id DESC LIMIT 1").fetchone()
    return None if entry is None else LastChange(entry["id"], _told(entry, _State(conn)))


def _told(entry: sqlite3.Row, state: _State) -> Message:
    """A logged change as it was said when made (the names as the data has them now)."""
    action, target = entry["action"], entry["target"]
    if action == "merge":
        target = state.name(target)
    named: str | list[str] = state.name(entry["customer_key"])
    if action in GROUP_ACTIONS:  # one change for several customers: name them all
        rows = json.loads(entry["before"]) + json.loads(entry["after"])
        named = [state.name(k) for k in sorted({r["customer_key"] for r in rows})]
    return _describe(action, named, target, state.rules)


def undo(conn: sqlite3.Connection, offered: int | None = None) -> Message | None:
    """Take back the latest change still in force; None when there is none. `offered`: the
    log entry the user was shown (LastChange.entry); a later change in its place is refused,
    not undone unseen."""
    with transaction(conn):
        entry = conn.execute("SELECT * FROM override_log ORDER BY id DESC LIMIT 1").fetchone()
        if entry is None:
            return None
        if offered is not None and entry["id"] != offered:
            raise Refusal("undo_moved", N_(
                "Nothing was undone: the last change is no longer the one offered. It is now: "
                "{change}"), change=_told(entry, _State(conn)))
        before, after = json.loads(entry["before"]), json.loads(entry["after"])
        pairs = {(r["kind"], r["customer_key"]) for r in before + after}
        if _rows(conn, pairs) != after:
            raise Refusal("undo_conflict", N_(
                "The overrides were changed outside TradeTier since the last change; it "
                "cannot be undone safely."))
        for kind, key in pairs:
            conn.execute("DELETE FROM overrides WHERE kind = ? AND customer_key = ?",
                         (kind, key))
        for row in before:
            conn.execute(f"INSERT INTO overrides({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
                         tuple(row[c] for c in COLUMNS))
        conn.execute("DELETE FROM override_log WHERE id = ?", (entry["id"],))
        change = _told(entry, _State(conn))
    return Message("undone", N_("Undone: {change}"), {"change": change})
