"""Copies of the firm's database taken before anything rewrites much of it.

Before every import, migration, bulk correction, restore and undo, the database is copied with
SQLite's online backup API (a consistent copy even while another window has it open) into
``backups/`` beside it, with a small JSON note saying why, when, and how many imports the copy
holds, which is what lets "undo the last import" find the copy from just before it. Only the
newest copies are kept: :data:`KEEP` of them, and no more than the size budget the firm set
(the newest, and the newest taken before an import, are always kept, whatever their size).

This module sits below the store (the store calls it before a migration), so it knows nothing
of settings: callers pass the budget in.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from core.i18n import N_
from core.messages import Refusal

FOLDER = "backups"
# The schema of the first version that took copies (core.store's migrations): a database
# upgraded from it or an older one may hold imports made with no copy before them.
FIRST_SCHEMA = 2
KEEP = 10
SUFFIX = ".sqlite"
NOTE_SUFFIX = ".json"
# Why a copy was taken: its reason code, and the words shown to the user.
REASONS = {
    "import": N_("before an import"),
    "migration": N_("before an upgrade of the database"),
    "override": N_("before a correction of several customers"),
    "restore": N_("before a restore"),
    "undo": N_("before undoing an import"),
}


@dataclass(frozen=True)
class Backup:
    path: Path
    reason: str
    created_at: str  # ISO time, to the second
    database: str  # the file name of the database it copies
    imports: int  # the highest imports.id in the copy (0: none)
    note: str = ""  # for an import, the files about to be imported

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def folder_for(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER


def name_for(db_path: Path, reason: str) -> Path:
    """The file a copy taken now will be written to: decided before a change that asks first,
    so the question can name the very file (take() is then given it)."""
    db_path = Path(db_path)
    stamp = f"{datetime.now():%Y%m%d-%H%M%S-%f}"
    return folder_for(db_path) / f"{db_path.stem}-{stamp}-{reason}{SUFFIX}"


def take(conn: sqlite3.Connection, db_path: Path, reason: str, note: str = "",
         budget_bytes: int | None = None, target: Path | None = None) -> Backup:
    """Copy the database as `conn` sees it (into `target` when the name was decided before,
    see name_for); then prune. Refuses (changing nothing) when the copy cannot be written,
    so the change it was meant to protect does not go ahead; a decided name already taken is
    refused too, never written over."""
    db_path = Path(db_path)
    folder = folder_for(db_path)
    target = Path(target) if target is not None else name_for(db_path, reason)
    partial = target.with_suffix(".partial")
    backup = Backup(target, reason, datetime.now().isoformat(timespec="seconds"), db_path.name,
                    _last_import(conn), note)
    try:
        if target.exists():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST))
        folder.mkdir(parents=True, exist_ok=True)
        copy_database(conn, partial, db_path)
        note_path(target).write_text(json.dumps(_note(backup), ensure_ascii=False),
                                     encoding="utf-8")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        remove(partial)
        remove(note_path(target))
        raise Refusal("backup_failed", N_(
            "A safety copy of the database could not be written into {folder} ({error}), so "
            "nothing was changed. Free some disk space or check that the folder can be written "
            "to, and try again."), folder=str(folder), error=_reason(error)) from None
    prune(db_path, budget_bytes)
    return backup


def copy_database(conn: sqlite3.Connection, target: Path, path: Path | None = None) -> None:
    """SQLite's online backup of `conn` into the file `target`. Another process writing holds
    the copy back for as long as the connection's busy timeout; then it gives up (sqlite3's
    own loop would try again forever). A connection holding the write lock (an import takes
    its copy under it, so no other writer can commit between the copy and the import) is
    copied through a reader of its file `path`: what it has not committed is not in the copy."""
    if conn.in_transaction:  # the backup API cannot read through a connection that writes
        if path is None:
            raise RuntimeError("a database is copied inside its transaction through its file")
        reader = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                 timeout=conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000)
        try:
            copy_database(reader, target)
        finally:
            reader.close()
        return
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy, progress=give_up_when_busy)
    finally:
        copy.close()


def give_up_when_busy(status: int, remaining: int, total: int) -> None:
    """A backup's progress: another program's lock ends it (sqlite3's own loop would wait for
    the lock forever)."""
    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise sqlite3.OperationalError("the database stayed locked by another program")


def is_sqlite_file(path: Path) -> bool:
    """A regular file SQLite wrote (or an empty one, which SQLite opens as a new database)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return Path(path).is_file() and head in (b"", b"SQLite format 3\x00")


def before_copies(backup: Backup) -> bool:
    """A copy taken before upgrading a database from a version that may have taken none
    (store._migrate notes "schema N"): the imports it holds may have no copy of their own."""
    reason, _, version = backup.note.partition(" ")
    return (backup.reason == "migration" and reason == "schema" and version.isdigit()
            and int(version) <= FIRST_SCHEMA)


def remove(path: Path) -> None:
    """Delete a file if it is there; a copy left behind costs space, never data."""
    with suppress(OSError):
        path.unlink()


def listing(db_path: Path) -> list[Backup]:
    """The copies of this database (not of others in the same folder), newest first."""
    found = []
    for note in folder_for(db_path).glob(f"*{SUFFIX}{NOTE_SUFFIX}"):
        backup = _read_note(note)
        if backup is not None and backup.database == Path(db_path).name and backup.path.exists():
            found.append(backup)
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def prune(db_path: Path, budget_bytes: int | None = None) -> list[Backup]:
    """Delete all but the newest KEEP copies, then the oldest until they fit the budget. The
    newest copy taken before an import always stays: it is what "undo the last import" puts
    back, and ten corrections since must not cost it."""
    kept, removed = [], []
    total = 0
    copies = listing(db_path)
    before_import = next((b for b in copies if b.reason == "import"), None)
    for number, backup in enumerate(copies):
        size = backup.size
        if number == 0 or backup is before_import or (
                number < KEEP and (budget_bytes is None or total + size <= budget_bytes)):
            kept.append(backup)
            total += size
        else:
            removed.append(backup)
    for backup in removed:
        remove(backup.path)
        remove(note_path(backup.path))
    return removed


def note_path(backup_path: Path) -> Path:
    return backup_path.with_name(backup_path.name + NOTE_SUFFIX)


def _note(backup: Backup) -> dict[str, object]:
    data = asdict(backup)
    data["path"] = backup.path.name
    return data


def _read_note(note: Path) -> Backup | None:
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
        return Backup(note.with_name(str(data["path"])), str(data["reason"]),
                      str(data["created_at"]), str(data["database"]), int(data["imports"]),
                      str(data.get("note", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _last_import(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT MAX(id) FROM imports").fetchone()
    except sqlite3.Error:  # a database not created yet has no imports table
        return 0
    return int(row[0] or 0)




def _reason(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error)
