"""Putting the firm's database back: restore a copy, undo the last import, check it at start.

Every way back first takes a copy of what it replaces (core.backups), so a restore can itself
be undone by restoring that copy. A file offered for restoring is checked before anything is
touched: it must be a TradeTier database SQLite finds sound, not written by a newer version;
and the database it would replace must be TradeTier's too, never another program's file that
was opened by mistake (core.ownership).
The copy is written into the live file with SQLite's backup API, in one step, so a window that
has the database open keeps a valid file throughout.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core import backups, notes_kept, ownership
from core.backups import Backup
from core.i18n import N_, NP_
from core.ledger import held_entries
from core.messages import Listed, Message, Refusal, Sentences
from core.rules import load_rules
from core.store import SCHEMA_VERSION, connect, too_new
from core.unusable import OPENING_WAIT, WRITE_WAIT, foreign, in_use, is_locked

MB = 1_000_000


def database_path(conn: sqlite3.Connection) -> Path | None:
    """The file behind a connection (None for an in-memory database)."""
    for row in conn.execute("PRAGMA database_list"):
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None


def safety_copy(conn: sqlite3.Connection, reason: str, note: str = "",
                target: Path | None = None) -> Backup | None:
    """A copy of the database before a change, pruned to the firm's budget."""
    path = database_path(conn)
    if path is None:
        return None
    budget = load_rules(conn).backup_budget_mb * MB
    return backups.take(conn, path, reason, note, budget, target)


def quick_check(path: Path) -> str | None:
    """None when SQLite finds the file sound, else what it found (for the message). A file
    another program is writing to is refused as in use: taken for damaged, it was offered to
    be replaced by a copy, and a restore set the live file aside."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                               timeout=OPENING_WAIT)
    except sqlite3.Error as error:
        return str(error)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.Error as error:
        if is_locked(error):
            raise in_use(Path(path)) from None
        return str(error)
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(str(r) for r in rows[:5])


def newest_good_backup(db_path: Path) -> Backup | None:
    """The newest copy of this database that passes the same check, to offer at start-up."""
    for backup in backups.listing(db_path):
        if quick_check(backup.path) is None:
            return backup
    return None


def check_database_file(path: Path) -> int:
    """The schema version of a sound TradeTier database, or a Refusal saying what it is not."""
    path = Path(path)
    if not path.is_file():
        raise Refusal("file_not_found", N_("{file} does not exist."), file=str(path))
    problem = quick_check(path)
    if problem is not None:
        raise Refusal("backup_damaged", N_(
            "{file} is not a sound database ({problem}); it cannot be restored. Choose another "
            "copy."), file=str(path), problem=problem)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        theirs = ownership.is_foreign(conn)
    finally:
        conn.close()
    if version < 1 or theirs:
        raise Refusal("not_a_tradetier_database", N_(
            "{file} is a database, but not one of TradeTier's; it cannot be restored."),
            file=str(path))
    if version > SCHEMA_VERSION:
        raise too_new(path, version)
    return version


def write_copy(db_path: Path, out: Path) -> Path:
    """`main.py backup OUT`: a consistent copy of the database at a place the user chose."""
    db_path, out = Path(db_path), Path(out)
    if out.resolve() == db_path.resolve():
        raise Refusal("backup_onto_itself", N_(
            "{file} is the database itself; choose another file for the copy."), file=str(out))
    if out.exists() and (not backups.is_sqlite_file(out) or ownership.is_foreign_file(out)):
        raise Refusal("backup_onto_other_file", N_(
            "{file} is already there and is not a database copy; it was left as it is. "
            "Choose a new file name for the copy."), file=str(out))
    conn = open_existing(db_path)
    try:
        partial = out.with_name(f".{out.name}.partial")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            backups.copy_database(conn, partial)
            partial.replace(out)
        except (OSError, sqlite3.Error) as error:
            backups.remove(partial)
            raise Refusal("copy_failed", N_(
                "The copy could not be written to {file} ({error}); nothing was changed there. "
                "Choose a folder you can write to, with free space."), file=str(out),
                error=getattr(error, "strerror", None) or str(error)) from None
    finally:
        conn.close()
    return out


FEW_NAMES = 3  # the files an undo names before "…" (it says how many there are)


@dataclass(frozen=True)
class UndoPlan:
    """What undoing the last import would do, to show before doing it."""

    backup: Backup
    files: list[tuple[str, str]]  # (file name, imported at) of every import undone
    later_changes: int  # corrections logged after the copy was taken, undone too
    # the file the database as it is now is copied to first (backups.name_for): the question
    # names it, and undo_import() writes that very file
    safety: Path

    @property
    def names(self) -> Listed:
        """The files undone, the first FEW_NAMES named: a year's monthly ledgers imported
        twice named 24 files, and the window's question grew taller than its screen."""
        return Listed([name for name, _ in self.files], FEW_NAMES)

    @property
    def message(self) -> Message:
        """The question: what is undone, and the files it uses (it named no file, so a clerk
        who wanted the undo undone had a folder of copies to choose from)."""
        when = self.files[-1][1][:16].replace("T", " ")
        said: list[Message] = []
        if self.later_changes:
            # the corrections' own sentence: one message chooses its words by one count
            said.append(Message("undo_import_changes_too", NP_(
                "{changes} correction made since then is undone too.",
                "{changes} corrections made since then are undone too.", by="changes"),
                {"changes": self.later_changes}))
        said.append(Message("undo_import_copies", N_(
            "It puts back the safety copy {copy}, taken {taken}; the database as it is now is "
            "kept as {safety}."), {"copy": str(self.backup.path), "taken": taken(self.backup),
                                   "safety": str(self.safety)}))
        return Message("undo_import_plan", NP_(
            "This puts the database back as it was before {files} was imported on {when}. "
            "{also}",
            "This puts the database back as it was before these {count} files were imported "
            "on {when} ({files}). {also}"),
            {"files": self.names, "count": len(self.files), "when": when,
             "also": Sentences(said)})


def plan_undo_import(db_path: Path) -> UndoPlan:
    conn = open_existing(db_path)
    try:
        last = conn.execute("SELECT id FROM imports ORDER BY id DESC LIMIT 1").fetchone()
        if last is None:
            raise Refusal("nothing_to_undo", N_(
                "{file} holds no import to undo."), file=str(db_path))
        before = [b for b in backups.listing(db_path)
                  if b.reason == "import" and b.imports < last[0]]
        if not before:
            raise _no_copy(Path(db_path), last[0])
        backup = before[0]
        files = [(row[0], row[1]) for row in conn.execute(
            "SELECT file_name, imported_at FROM imports WHERE id > ? ORDER BY id",
            (backup.imports,))]
        later = conn.execute("SELECT COUNT(*) FROM override_log WHERE created_at >= ?",
                             (backup.created_at,)).fetchone()[0]
    finally:
        conn.close()
    return UndoPlan(backup, files, int(later), backups.name_for(Path(db_path), "undo"))


def _no_copy(db_path: Path, last: int) -> Refusal:
    """Why the copy from before the last import is not there. The newest copy taken before an
    import is never pruned (backups.prune), so it is missing from the backups folder beside the
    database only where that import was made by a version that took no copies (the database
    upgraded since: backups.before_copies), or where the database was copied or moved without
    its backups folder: told it was "made only from this version on", a clerk who had moved
    the file did not look for the folder (rv50b)."""
    if any(backups.before_copies(copy) and copy.imports >= last
           for copy in backups.listing(db_path)):
        return Refusal("no_import_backup", N_(
            "No safety copy from before the last import is left (they are taken from this "
            "version on, and the oldest are deleted beyond the space set for them), so the "
            "import cannot be undone."))
    return Refusal("import_backup_elsewhere", N_(
        "The safety copy taken before the last import of {file} is not in {folder}, the "
        "backups folder beside the database file, where the copies are looked for. The "
        "database may have been copied or moved here without its backups folder: put that "
        "folder beside {file}, or open the database where it was, to undo the import."),
        file=db_path.name, folder=str(backups.folder_for(db_path)))


def undo_import(db_path: Path, plan: UndoPlan | None = None) -> Message:
    plan = plan or plan_undo_import(db_path)
    conn = open_existing(db_path)
    try:  # files refused and noted since the copy: notes of files, not the imports' data
        noted = held_entries.refused(conn)
    finally:
        conn.close()
    restore(db_path, plan.backup.path, reason="undo", safety=plan.safety)
    conn = connect(db_path)
    try:
        held_entries.carry(conn, noted, plan.backup.imports)
    finally:
        conn.close()
    # the file the question named, written: the clerk who wants the undo undone restores it
    return Message("undo_import_done", NP_(
        "Undone: the import of {files}. The database is as it was on {when}; as it was before "
        "the undo, it is kept as {safety}.",
        "Undone: the import of {count} files ({files}). The database is as it was on {when}; "
        "as it was before the undo, it is kept as {safety}."),
        {"files": plan.names, "count": len(plan.files), "when": taken(plan.backup),
         "safety": str(plan.safety)})


def taken(backup: Backup) -> str:
    """When a copy was taken, as the questions naming it say it (2026-03-01 09:30:12)."""
    return backup.created_at.replace("T", " ")


@dataclass(frozen=True)
class RestorePlan:
    """The question before a restore, and the file its safety copy will be: the question
    names that file, and restore() is given it, so the file named is the file written."""

    message: Message
    safety: Path


def plan_restore(db_path: Path, source: Path) -> RestorePlan:
    check_database_file(source)
    _check_target(Path(db_path))
    safety = backups.name_for(Path(db_path), "restore")
    return RestorePlan(Message("restore_plan", N_(
        "This replaces the database {database} with the copy {file}; a safety copy of the "
        "database as it is now is kept as {copy}."),
        {"database": str(db_path), "file": str(source), "copy": str(safety)}), safety)


def restore(db_path: Path, source: Path, reason: str = "restore",
            safety: Path | None = None, aside: Path | None = None) -> Message:
    """Replace the database's content with `source`'s, keeping a copy of what it replaces (as
    `safety` when a plan named it; or, when the database is damaged, setting the damaged file
    aside in the backups folder, as `aside` when the question named it: aside_name)."""
    db_path, source = Path(db_path), Path(source)
    check_database_file(source)
    _check_target(db_path)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise Refusal("restore_onto_itself", N_(
            "{file} is the database itself; choose a copy to restore."), file=str(source))
    if db_path.exists() and not backups.is_sqlite_file(db_path):
        raise Refusal("restore_onto_other_file", N_(
            "{file} is not a database (a folder, or another kind of file), so nothing was "
            "restored there and it was left as it is. Name the database file to restore "
            "into."), file=str(db_path))
    if db_path.exists() and quick_check(db_path) is not None:
        _set_aside(db_path, aside or aside_name(db_path))
    target: sqlite3.Connection | None = None
    kept: Backup | None = None
    noted: dict[str, dict[str, object]] = {}
    try:
        if db_path.exists():
            target = connect(db_path)
            noted = held_entries.refused(target)
            kept = safety_copy(target, reason, target=safety)
        else:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            target = sqlite3.connect(db_path, timeout=WRITE_WAIT)
        origin = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            origin.backup(target, progress=backups.give_up_when_busy)
        finally:
            origin.close()
        unnoted = sorted({str(entry["path"]) for key, entry in noted.items()
                          if key not in held_entries.refused(target)})
        notes_kept.forget(target)
    except (OSError, sqlite3.Error) as error:
        raise Refusal("restore_failed", N_(
            "The copy could not be written into {file} ({error}); the database is as it was. "
            "Close other windows using it and try again."), file=str(db_path),
            error=getattr(error, "strerror", None) or str(error)) from None
    finally:
        if target is not None:
            target.close()
    connect(db_path).close()  # an older copy is brought up to this version's schema
    done = {"database": str(db_path), "file": str(source)}
    if kept is None:
        return Message("restored", N_("{database} now holds the copy {file}."), done)
    if unnoted:  # an undo keeps them (held_entries.carry); the copy chosen is put back as it is
        return Message("restored_kept_unnoted", NP_(
            "{database} now holds the copy {file}; the database as it was is kept as {copy}. "
            "{files}, refused after the copy was taken as its rows pay orders not imported "
            "yet, is not noted in it: import it again, and it is read when the file selling "
            "those orders is imported.",
            "{database} now holds the copy {file}; the database as it was is kept as {copy}. "
            "{count} files refused after the copy was taken as their rows pay orders not "
            "imported yet ({files}) are not noted in it: import them again, and each is read "
            "when the file selling those orders is imported."),
            {**done, "copy": str(kept.path), "count": len(unnoted),
             "files": Listed([Path(path).name for path in unnoted], FEW_NAMES)})
    return Message("restored_kept", N_(
        "{database} now holds the copy {file}; the database as it was is kept as {copy}."),
        {**done, "copy": str(kept.path)})


def _check_target(db_path: Path) -> None:
    """Another program's database, opened by mistake, is never replaced by a copy (nor set
    aside as damaged): it is refused as at opening, before anything is touched."""
    if ownership.is_foreign_file(db_path):
        raise foreign(db_path)


def aside_name(db_path: Path) -> Path:
    """The file a damaged database will be moved to: decided before the question offering a
    copy in its place, so the question names it (restore() is then given it)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    db_path = Path(db_path)
    return backups.folder_for(db_path) / f"{db_path.stem}-{stamp}-damaged{db_path.suffix}"


def _set_aside(db_path: Path, target: Path) -> None:
    """Move a damaged database (and its journal, beside `target`) into the backups folder,
    never deleting it: someone may still recover rows from it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-journal", "-wal", "-shm"):
        part = db_path.with_name(db_path.name + suffix)
        if part.exists():
            os.replace(part, target.with_name(target.name + suffix))


def open_existing(db_path: Path) -> sqlite3.Connection:
    """A database that exists (connect() would create an empty one)."""
    if not Path(db_path).is_file():
        raise Refusal.two_ways("no_database", N_(
            "There is no database at {path} yet: import a ledger first (File → Import "
            "ledgers…)."), N_("There is no database at {path} yet: import a ledger "
                                      "first (tradetier import FILE)."), path=str(db_path))
    return connect(db_path)
