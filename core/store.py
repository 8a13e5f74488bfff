"""The SQLite file: schema, migrations, and the small reads and writes everything shares.

One file per firm. Amounts are stored as written, in their own currency; conversion to the base
currency happens when analysed, at the rate in force on the order date, so correcting a rate
re-values history consistently. The schema version lives in ``PRAGMA user_version``; each
migration runs in its own transaction after a backup copy of the file is taken.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlite_utils

from core.i18n import N_
from core.messages import Refusal

MIGRATIONS: tuple[str, ...] = (
    # 1: the ledger
    """
    CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_date TEXT,
        country TEXT,
        salesperson TEXT,
        credit_limit REAL,
        insured INTEGER
    );
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_path TEXT,
        content_hash TEXT NOT NULL,
        file_format TEXT,
        imported_at TEXT NOT NULL,
        rows_inserted INTEGER NOT NULL,
        rows_updated INTEGER NOT NULL,
        rows_unchanged INTEGER NOT NULL,
        rows_skipped INTEGER NOT NULL,
        result TEXT
    );
    CREATE INDEX imports_hash ON imports(content_hash);
    CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        order_key TEXT NOT NULL UNIQUE,
        order_no TEXT,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        order_date TEXT NOT NULL,
        currency TEXT NOT NULL,
        incoterm TEXT,
        incoterm_text TEXT,
        payment_terms TEXT,
        pay_rung TEXT,
        credit_days INTEGER,
        deposit_pct REAL,
        monthly_statement INTEGER,
        salesperson TEXT,
        country TEXT,
        trial INTEGER NOT NULL DEFAULT 0,
        status TEXT,
        first_import_id INTEGER REFERENCES imports(id),
        last_import_id INTEGER REFERENCES imports(id)
    );
    CREATE INDEX orders_customer ON orders(customer_id);
    CREATE INDEX orders_date ON orders(order_date);
    CREATE TABLE order_lines (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        line_key TEXT NOT NULL UNIQUE,
        invoice_no TEXT,
        product TEXT,
        quantity REAL,
        unit_price REAL,
        amount REAL NOT NULL,
        currency TEXT NOT NULL,
        cost REAL,
        gross_profit REAL,
        tax_rebate REAL,
        ship_date TEXT,
        due_date TEXT,
        due_derived INTEGER NOT NULL DEFAULT 0,
        received_amount REAL,
        received_date TEXT,
        deposit_amount REAL,
        deposit_date TEXT,
        balance_amount REAL,
        balance_date TEXT,
        carried_forward INTEGER NOT NULL DEFAULT 0,
        notes TEXT,
        source_file TEXT,
        source_sheet TEXT,
        source_row INTEGER
    );
    CREATE INDEX order_lines_order ON order_lines(order_id);
    CREATE TABLE layouts (
        signature TEXT PRIMARY KEY,
        headers TEXT NOT NULL,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE currency_rates (
        currency TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        usd_per_unit REAL NOT NULL CHECK (usd_per_unit > 0),
        PRIMARY KEY (currency, valid_from)
    );
    """,
    # 2: the user's overrides, keyed by customer key so they outlive re-imports (core.overrides)
    """
    CREATE TABLE overrides (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL
            CHECK (kind IN ('merge', 'pin_list', 'pin_tier', 'exclude', 'project')),
        customer_key TEXT NOT NULL,
        target TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (kind, customer_key),
        CHECK ((target IS NOT NULL) = (kind IN ('merge', 'pin_list', 'pin_tier')))
    );
    CREATE TABLE override_log (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL,
        customer_key TEXT NOT NULL,
        target TEXT,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) and migrate a database; refuse a file that is no database."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise Refusal("database_unreadable", N_(
            "{file} is not a TradeTier database or is damaged ({error})."),
            file=str(path), error=str(error)) from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise Refusal("database_too_new", N_(
            "{file} was written by a newer TradeTier (schema {found}, this one knows {known}). "
            "Update TradeTier to open it."), file=str(path), found=version,
            known=SCHEMA_VERSION)
    if version < SCHEMA_VERSION:
        _migrate(conn, path, version)
    return conn


@contextmanager
def opened(path: Path | str) -> Iterator[sqlite3.Connection]:
    """A connection for one piece of work, closed however the work ends."""
    conn = connect(path)
    try:
        yield conn
    finally:
        conn.close()


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    if version > 0:
        backup = path.with_name(f"{path.name}.v{version}.bak")
        shutil.copy2(path, backup)
    for number in range(version, SCHEMA_VERSION):
        with transaction(conn):
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
    from core.settings import seed_defaults  # settings sits on the store, not below it

    seed_defaults(conn)


def _statements(script: str) -> Iterator[str]:
    for part in script.split(";"):
        if part.strip():
            yield part


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


def utils_db(conn: sqlite3.Connection) -> sqlite_utils.Database:
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
    utils_db(conn)["layouts"].upsert(
        {"signature": signature, "headers": json.dumps(headers, ensure_ascii=False),
         "mapping": json.dumps(mapping), "updated_at": now_text()}, pk="signature")


def dump(conn: sqlite3.Connection) -> list[str]:
    """The whole content as SQL, for tests that prove nothing changed."""
    return list(conn.iterdump())
