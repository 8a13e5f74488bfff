"""The SQLite file: schema, migrations, and the small reads and writes everything shares.

One file per firm. Amounts are stored as written, in their own currency; conversion to the base
currency happens when analysed, at the rate in force on the order date, so correcting a rate
re-values history consistently. The schema version lives in ``PRAGMA user_version``; the
migrations a file lacks run in one transaction after a copy of the file is taken into
``backups/`` (core.backups). Another program's database is refused before anything is written
(core.ownership).
"""

from __future__ import annotations

import importlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, cast

from core import backups, ownership
from core.i18n import N_
from core.messages import Refusal, Term
from core.schema import MIGRATIONS
from core.sqlite_reasons import reason
from core.unusable import (
    OPENING_WAIT,
    WRITE_WAIT,
    foreign,
    in_use,
    is_damaged,
    is_locked,
    unusable,
)

if TYPE_CHECKING:
    import sqlite_utils

# pysqlite (3.11) binds a None by looking for an adapter and then for `__adapt__` and
# `__conform__` attributes, each a failed look-up: about half a microsecond, four times a
# number's cost, and a ledger line holds a dozen. A registered adapter is found first; this
# one is a C function that gives None back (any key is missing from an empty dict), which
# binds as NULL exactly as before. It applies to the whole process, which changes nothing but
# the time taken.
sqlite3.register_adapter(type(None), cast("Callable[[None], None]", {}.get))


SCHEMA_VERSION = len(MIGRATIONS)
# Migrations that also need Python, run in the same transaction after their SQL: "module:function"
# taking the connection (imported only then: the ledger's rules sit above the store).
MIGRATION_STEPS: dict[int, str] = {4: "core.ledger.upgrade:upgrade_to_account",
                                   9: "core.ledger.placeholder_orders:split_placeholder_orders",
                                   12: "core.ledger.paid_keys:key_payments_by_sum",
                                   13: "core.ledger.paid_keys:key_numbered_payments_by_day",
                                   18: "core.ledger.paid_keys:key_payments_by_currency"}
# Readings the import stored beside their raw text, worked out again once when a database's
# are older than the reader: the module's VERSION and its reread(conn) (imported by name, as
# the steps above are: the ledger's rules sit above the store).
READINGS = "core.ledger.rereading"
# Every module the store imports by name: a frozen build must bundle them (its spec reads this).
NAMED_MODULES = (*(step.partition(":")[0] for step in MIGRATION_STEPS.values()), READINGS)
READINGS_KEY = "readings_version"


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) and migrate a database; refuse a file that is no database,
    another program's database, or one another program is writing to."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=OPENING_WAIT,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        theirs = ownership.is_foreign(conn)
    except sqlite3.DatabaseError as error:
        raise unusable(path, error) from None
    if theirs:  # before the version: another program's 42 is no newer TradeTier's
        conn.close()
        raise foreign(path)
    if version > SCHEMA_VERSION:
        conn.close()
        raise too_new(path, version)
    with _failing_as(conn, path, MIGRATING):
        if version < SCHEMA_VERSION:
            _migrate(conn, path, version)
    with _failing_as(conn, path, REREADING):
        _reread(conn, path, copied=0 < version < SCHEMA_VERSION)
    conn.execute(f"PRAGMA busy_timeout = {WRITE_WAIT * 1000}")
    return conn


# What opening a database does to it before it is used, named when it fails
MIGRATING = N_("updating its tables for this version of TradeTier")
REREADING = N_("reading its stored payment terms and Incoterms again")


@contextmanager
def _failing_as(conn: sqlite3.Connection, path: Path, step: str) -> Iterator[None]:
    """A step of opening that SQLite refuses (a read-only file, a damaged table) as what the
    user can do, the file named: its transaction is rolled back, so the file is as it was,
    and the window shows no traceback."""
    try:
        yield
    except sqlite3.Error as error:
        conn.close()
        if is_locked(error):
            raise in_use(path) from None
        raise Refusal.two_ways("database_open_failed", N_(
            "{file} could not be opened: {step} failed ({error}). The database was left as it "
            "was. If the file or its folder is read-only, copy it to a folder you can write "
            "to and open the copy; otherwise restore a safety copy (File → Restore a "
            "copy…)."), N_(
            "{file} could not be opened: {step} failed ({error}). The database was left as it "
            "was. If the file or its folder is read-only, copy it to a folder you can write "
            "to and use the copy; otherwise restore a safety copy (tradetier restore COPY)."),
            file=str(path), step=Term(step),
            error=reason(error)) from None


@contextmanager
def opened(path: Path | str) -> Iterator[sqlite3.Connection]:
    """A connection for one piece of work, closed however the work ends. SQLite giving up
    on the file midway (another program held it beyond WRITE_WAIT, or a page is broken) is
    said as at opening, not as a bug with a traceback."""
    conn = connect(path)
    try:
        yield conn
    except sqlite3.DatabaseError as error:
        if not (is_locked(error) or is_damaged(error)):
            raise
        raise unusable(Path(path), error) from None
    finally:
        conn.close()


def has_orders(conn: sqlite3.Connection) -> bool:
    """Whether any order is in: one entry of the table read, never a count (a million rows)."""
    return conn.execute("SELECT 1 FROM orders LIMIT 1").fetchone() is not None


def too_new(path: Path, version: int) -> Refusal:
    """A database written by a newer version is never opened: its schema may mean more."""
    return Refusal("database_too_new", N_(
        "{file} was written by a newer TradeTier (schema {found}, this one knows {known}). "
        "Update TradeTier to open it."), file=str(path), found=version, known=SCHEMA_VERSION)


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Every step in one transaction: a step that fails leaves the file at the version it
    had, never halfway to this one's."""
    if version > 0:
        backups.take(conn, path, "migration", f"schema {version}")
    with transaction(conn):
        for number in range(version, SCHEMA_VERSION):
            if conn.execute("PRAGMA user_version").fetchone()[0] > number:
                continue  # another window opening the same file migrated it meanwhile
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            if number + 1 in MIGRATION_STEPS:
                module, _, name = MIGRATION_STEPS[number + 1].partition(":")
                getattr(_named(module), name)(conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")
        ownership.stamp(conn)


def _named(module: str) -> ModuleType:
    """A module the store runs by name. Only NAMED_MODULES: a frozen build bundles those and
    would lack any other (PyInstaller cannot see an import by name)."""
    if module not in NAMED_MODULES:
        raise LookupError(f"{module} is not in core.store.NAMED_MODULES")
    return importlib.import_module(module)


def readings_version(conn: sqlite3.Connection) -> int:
    """The version of the reader whose readings the rows hold (0: one before it was kept)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (READINGS_KEY,)).fetchone()
    return 0 if row is None else int(row[0])


def _reread(conn: sqlite3.Connection, path: Path, copied: bool) -> None:
    """Readings of an older reader read again, as a migration is run: after a safety copy (a
    database with orders; one the migrations just took serves), in one transaction, by
    whichever window opens the file first. A database written by a newer reader keeps its
    readings, which an older one cannot improve."""
    reader = _named(READINGS)
    try:
        stored = readings_version(conn)
    except sqlite3.DatabaseError:
        return  # a damaged file opens as before, for the check at start and the restore
    if stored >= reader.VERSION:
        return
    if not copied and has_orders(conn):
        backups.take(conn, path, "migration", f"readings {stored}")
    with transaction(conn):
        if readings_version(conn) >= reader.VERSION:
            return  # another window opening the same file read them meanwhile
        reader.reread(conn)
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                     (READINGS_KEY, str(reader.VERSION)))


def _statements(script: str) -> Iterator[str]:
    for part in script.split(";"):
        if part.strip():
            yield part


# How often an import reads its file again when another program wrote the database while it
# was reading (a second import, the window's correction): the last time it writes regardless
READS = 3


class WrittenMeanwhile(Exception):
    """Another connection committed between an import's reading the store and its write lock:
    what it read (stored orders, payments, names) may be stale, so it reads the file again."""


def data_version(conn: sqlite3.Connection) -> int:
    """Changes whenever another connection has committed since this one last looked."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: the one writer holds the write lock from the first statement."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def write_refusal(error: sqlite3.Error, file: str) -> Refusal:
    """A write SQLite refused, as what to do; the transaction has been rolled back."""
    text = str(error).lower()
    if "full" in text:
        return Refusal("disk_full", N_(
            "The disk holding the database is full, so nothing from {file} was written. Free "
            "some space (empty the recycle bin, move old files) and import it again."),
            file=file)
    if "readonly" in text or "read-only" in text:
        return Refusal("database_read_only", N_(
            "The database cannot be written (its folder or file is read-only), so nothing from "
            "{file} was written. Choose a database in a folder you can write to."), file=file)
    if is_damaged(error):
        return Refusal.two_ways("database_damaged", N_(
            "The database is damaged ({error}), so nothing from {file} was written. Restore "
            "the newest safety copy (File → Restore a copy…) and import the file again."),
            N_(
            "The database is damaged ({error}), so nothing from {file} was written. Restore "
            "the newest safety copy (tradetier restore COPY) and import the file again."),
            file=file, error=reason(error))
    if is_locked(error):
        return Refusal("database_busy", N_(
            "Another program kept the database busy for too long, so nothing from {file} was "
            "written. Wait until it has finished and try again."), file=file)
    return Refusal("database_write_failed", N_(
        "The database could not be written ({error}), so nothing from {file} was written. "
        "Check the disk and try again."), file=file, error=reason(error))


def utils_db(conn: sqlite3.Connection) -> sqlite_utils.Database:
    import sqlite_utils  # here: a third of the start-up of every command that never needs it

    return sqlite_utils.Database(conn)


def now_text() -> str:
    return datetime.now().isoformat(timespec="seconds")


def get_json(conn: sqlite3.Connection, table: str, key_column: str, key: str,
             value_column: str) -> object | None:
    row = conn.execute(f"SELECT {value_column} FROM {table} WHERE {key_column} = ?",
                       (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def remembered_layouts(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    return {row["signature"]: json.loads(row["mapping"])
            for row in conn.execute("SELECT signature, mapping FROM layouts")}


def remember_layout(conn: sqlite3.Connection, signature: str, headers: list[str | None],
                    mapping: dict[str, int]) -> None:
    """In SQL, as the rest of an import writes: importing sqlite-utils for this one row took
    a tenth of a second of every import run from the command line."""
    conn.execute(
        "INSERT INTO layouts (signature, headers, mapping, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (signature) DO UPDATE SET headers = excluded.headers, "
        "mapping = excluded.mapping, updated_at = excluded.updated_at",
        (signature, json.dumps(headers, ensure_ascii=False), json.dumps(mapping), now_text()))


def dump(conn: sqlite3.Connection) -> list[str]:
    """The whole content as SQL, for tests that prove nothing changed."""
    return list(conn.iterdump())
