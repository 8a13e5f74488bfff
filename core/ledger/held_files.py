"""A file whose payment rows named an order no file had sold yet, read again once one does.

April's book (台账2025-04.xlsx) writes the 7,000 尾款 of order 2025-701 on a row of its own;
March's book sells 2025-701 with its 3,000 deposit. Imported in that order, the balance pays
the order. Imported April first (a month found later in a colleague's mail, a folder copied
back), the row names an order the store does not hold and is skipped, named as such
(core.ledger.row_problems.held_problem); March then brought the order, and nothing brought the
7,000 back: the buyer stood 7,000 owed, 72 days late and black-listed where he owed nothing
(fix61h s420h R1c). Importing April again, as the note told, was "already imported; nothing
changed": the same bytes. A row giving only the order's number (2025-701 / 7,000, no buyer:
core.ledger.number_owners.waits, fix65f) waits alike, its buyer found when it is read again.

Each import keeps in `meta`, under the file's path, the orders its skipped rows named and how
it was read (sheet, columns chosen); an import of another file leaves that entry alone, one of
the same name in another folder too (2025-04/台账.xlsx, 2025-05/台账.xlsx: fix62g; fix62a's
entries, under the name, are read as they are). A file all of whose rows wait for their orders
(a 收款登记 of payments only) writes nothing and is refused, saying so, but its entry is kept
(fix62g): it was refused "no rows", and the sale's import did not bring its money. Once
an order of such a number is stored by a later import, the file is read again from where it
was imported, unchanged there (its content's fingerprint), as the clerk importing it again
would: its rows then find their order, and the account is the one the files give in their
months' order. A file no longer there or changed since is not read (another copy's rows are
not the clerk's choice): the import that brought the order says which file to import again,
and that import is no longer refused as already imported. An order no file ever sells leaves
its row skipped and named, as before. The meta table is the database's: undo-import's copy
takes the entry back with the import that made it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from core.i18n import N_, NP_
from core.ledger.held_entries import PREFIX, entries, moved_from
from core.ledger.keys import BOUGHT, BUYER, NUMBERED, numbered_order_key
from core.ledger.reread_files import content_hash, content_of
from core.ledger.row_problems import HELD
from core.ledger.rows import Skipped
from core.ledger.unread import no_rows
from core.messages import Cancelled, Listed, Message, Refusal
from core.store import now_text, transaction

SHOWN_ORDERS = 5  # the orders a refusal names


class Imported(Protocol):
    """What the import gives back of a file (core.ledger.import_result.FileResult)."""

    status: str
    warnings: list[Message]
    skipped: list[Skipped]


Result = TypeVar("Result", bound=Imported)


@dataclass(frozen=True)
class Held:
    """A file's last import, whose skipped rows named `orders` no file had sold."""

    name: str
    entry: str  # its meta key
    import_id: int
    sheet: str | None
    columns: dict[str, str]
    orders: list[str]
    path: Path
    key: str
    when: str
    told: bool  # that it is gone (said once)
    rows: frozenset[tuple[str, int]] | None  # the rows that waited (None: an older entry)


def keep_held(conn: sqlite3.Connection, path: Path, import_id: int, sheet: str | None,
              columns: dict[str, str], skipped: Sequence[Skipped]) -> None:
    """The orders the file's skipped rows wait for, kept under its path, the entry of its
    last import replaced (gone where none waits)."""
    where = str(path.resolve())
    conn.execute("DELETE FROM meta WHERE key = ? AND json_extract(value, '$.import') IN ("
                 "SELECT id FROM imports WHERE file_path = ?)", (PREFIX + path.name, where))
    orders = _held_orders(skipped)
    if not orders:
        conn.execute("DELETE FROM meta WHERE key = ?", (PREFIX + where,))
        return
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (
        PREFIX + where, json.dumps({"import": import_id, "sheet": sheet, "map": columns,
                                    "orders": orders, "rows": _held_rows(skipped)},
                                   ensure_ascii=False)))


def _held_orders(skipped: Sequence[Skipped]) -> list[str]:
    return sorted({str(s.message.params.get("order") or "") for s in skipped
                   if s.message.code == HELD} - {""})


def _held_rows(skipped: Sequence[Skipped]) -> list[tuple[str, int]]:
    """The rows that wait (sheet, row): read again, those still skipped are named so."""
    return [(s.sheet, s.row) for s in skipped if s.message.code == HELD]


def held_refusal(conn: sqlite3.Connection, path: Path, key: str, sheet: str | None,
                 columns: dict[str, str], skipped: Sequence[Skipped],
                 notes: Sequence[Message]) -> Refusal:
    """The refusal of a file none of whose rows was taken (core.ledger.unread.no_rows); where
    rows wait for their orders, the file is kept to be read when they come, and where every
    skipped row does, the refusal says that, not "correct them and import again": there is
    nothing in the file to correct. Refused rather than imported with nothing written: an
    import of nothing would be "already imported; nothing changed" if tried again before the
    sale, and its money is not counted."""
    orders = _held_orders(skipped)
    if orders:
        where, last = str(path.resolve()), conn.execute("SELECT max(id) FROM imports").fetchone()
        with transaction(conn):
            moved_from(conn, PREFIX + where, content_of(key), content_of)
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (
                PREFIX + where, json.dumps({
                    "import": last[0] or 0, "sheet": sheet, "map": columns, "orders": orders,
                    "rows": _held_rows(skipped), "path": where, "key": key,
                    "when": now_text()[:10]}, ensure_ascii=False)))
    said = {"file": path.name, "orders": Listed(orders, SHOWN_ORDERS),
            "folder": str(path.resolve().parent)}
    bad = sum(s.message.code != HELD for s in skipped)
    if not orders:
        return no_rows(path.name, len(skipped), notes)
    if bad:  # the row to correct, and the file noted all the same (rv62d s584)
        return Refusal("held_rows_and_bad", NP_(
            "{file}: no row could be taken: {bad} row cannot be read, its reason listed with "
            "it; correct it and import the file again. Its other rows pay orders not in the "
            "database yet ({orders}): the file is noted, and read again from {folder} when "
            "the file selling them is imported, that money then counted.",
            "{file}: no row could be taken: {bad} rows cannot be read, their reasons listed "
            "with them; correct them and import the file again. Its other rows pay orders not "
            "in the database yet ({orders}): the file is noted, and read again from {folder} "
            "when the file selling them is imported, that money then counted.", by="bad"),
            bad=bad, **said)
    return Refusal("held_rows_only", NP_(
        "{file}: nothing counted yet: its {count} row pays an order not in the database yet "
        "({orders}). The file is noted: when the file selling it is imported, this file is "
        "read again from {folder} and the money counted; leave it there as it is.",
        "{file}: nothing counted yet: its {count} rows pay orders not in the database yet "
        "({orders}). The file is noted: when the file selling them is imported, this file is "
        "read again from {folder} and the money counted; leave it there as it is."),
        count=len(skipped), **said)


def due(conn: sqlite3.Connection) -> list[Held]:
    """The files kept whose orders an import after theirs stored, in the order they were
    imported (the clerk's)."""
    held = []
    for key, kept in entries(conn).items():
        found = (kept["path"], kept["key"], kept["when"]) if "key" in kept else conn.execute(
            "SELECT file_path, content_hash, imported_at FROM imports WHERE id = ?",
            (kept["import"],)).fetchone()
        if found is not None:
            path = Path(found[0] or key[len(PREFIX):])
            held.append(Held(path.name, key, kept["import"], kept["sheet"], kept["map"],
                             kept["orders"], path, found[1], found[2] or "",
                             kept.get("told", False), frozenset(
                                 (sheet, row) for sheet, row in kept["rows"])
                             if "rows" in kept else None))
    return sorted((h for h in held if any(first_stored(conn, number) > h.import_id
                                          for number in h.orders)), key=lambda h: h.import_id)


def first_stored(conn: sqlite3.Connection, number: str) -> int:
    """The latest import that first stored an order of the number, any buyer's (0: none), by
    the keys the import gives it (core.ledger.received_only.stored_orders): two lookups of
    the orders' key index, not a scan of the orders at every import while a file waits."""
    own = numbered_order_key(number)
    bought = BOUGHT + own[len(NUMBERED):]
    return max(conn.execute("SELECT max(first_import_id) FROM orders WHERE order_key = ?",
                            (own,)).fetchone()[0] or 0,
               conn.execute("SELECT max(first_import_id) FROM orders WHERE order_key > ? AND "
                            "order_key < ?", (bought + BUYER, bought + chr(ord(BUYER) + 1))
                            ).fetchone()[0] or 0)


def waiting(conn: sqlite3.Connection, key: str) -> bool:
    """Is `key` (an import key) the last import of a file whose skipped rows' orders are
    stored now? Imported again, it is read, not "already imported"."""
    return any(h.key == key for h in due(conn))


def read_held(conn: sqlite3.Connection, brought: Result,
              read: Callable[[Path, str | None, dict[str, str]], Result]) -> list[Result]:
    """Each file due read again by `read` (the import's own, or the reference import's), its
    result saying why; one not where it was imported, or changed there, named on `brought`
    (the result of the import that stored the order), each once."""
    again: list[Result] = []
    done: set[str] = set()  # each file once: one read again may store another's order
    while todo := [h for h in due(conn) if h.entry not in done]:
        for held in todo:
            done.add(held.entry)
            if _unchanged(held):
                try:
                    again.append(_read(held, read))
                except Cancelled:  # nothing of it written: the next import reads it; the
                    return again  # file that brought the order stays imported, and says so
            elif not held.told:
                brought.warnings.append(_gone(held))
                with transaction(conn):
                    conn.execute("UPDATE meta SET value = json_set(value, '$.told', 1) "
                                 "WHERE key = ?", (held.entry,))
    return again


def _read(held: Held, read: Callable[[Path, str | None, dict[str, str]], Result]) -> Result:
    result = read(held.path, held.sheet, held.columns)
    if result.status == "imported":
        result.warnings.insert(0, _read_again(held, result.skipped))
    return result


def _read_again(held: Held, skipped: Sequence[Skipped]) -> Message:
    """What reading a held file again did to its waiting rows: counted now, or still skipped
    (the order's number two buyers write, the order cancelled: no customer), each named with
    why. Said "counted now" while the row stood skipped, the clerk was told the money was in
    where the buyer still stood 7,000 owed, black (rv65c s7). An entry from before the rows
    were kept names every row the file skips now (none counted that is not)."""
    said = {"file": held.name, "orders": ", ".join(held.orders)}
    still = [s for s in skipped if held.rows is None or (s.sheet, s.row) in held.rows]
    if not still:
        return Message("held_read_again", N_(
            "{file} was read again: imported before the file selling {orders}, its rows "
            "paying them were skipped then; they are counted now."), said)
    rows = Listed([Message("held_row_skipped", N_("sheet “{sheet}” row {row}: {reason}"), {
        "sheet": s.sheet, "row": s.row, "reason": s.message}) for s in still], SHOWN_ORDERS)
    if held.rows is not None and len(still) < len(held.rows):
        return Message("held_read_again_part", NP_(
            "{file} was read again: imported before the file selling {orders}, its rows "
            "paying them were skipped then; {count} of them is still skipped, its money not "
            "counted ({rows}); the others are counted now.",
            "{file} was read again: imported before the file selling {orders}, its rows "
            "paying them were skipped then; {count} of them are still skipped, their money "
            "not counted ({rows}); the others are counted now."),
            {**said, "count": len(still), "rows": rows})
    return Message("held_read_again_skipped", N_(
        "{file} was read again: imported before the file selling {orders}, its rows paying "
        "them were skipped then and are still skipped, their money not counted: {rows}."),
        {**said, "rows": rows})


def _gone(held: Held) -> Message:
    return Message("held_file_gone", N_(
        "{file} (imported {when}) has rows paying {orders}, skipped then as no file had sold "
        "them; this file sells them, but {file} is no longer at {path} as it was imported: "
        "import it again to count that money."), {
            "file": held.name, "when": held.when[:10], "orders": ", ".join(held.orders),
            "path": str(held.path.parent)})


def _unchanged(held: Held) -> bool:
    """Is the file still where it was imported, with the content it had?"""
    try:
        return held.path.is_file() and content_hash(held.path) == content_of(held.key)
    except (OSError, Refusal):  # locked, unreadable: named as gone, never read
        return False
