"""The SQLite file: schema, migrations, and the small reads and writes everything shares.

One file per firm. Amounts are stored as written, in their own currency; conversion to the base
currency happens when analysed, at the rate in force on the order date, so correcting a rate
re-values history consistently. The schema version lives in ``PRAGMA user_version``; each
migration runs in its own transaction after a copy of the file is taken into ``backups/``
(core.backups).
"""

from __future__ import annotations

import importlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from core import backups
from core.i18n import N_
from core.messages import Refusal
from core.rates import DEFAULT_RATES, RATES_FROM

if TYPE_CHECKING:
    import sqlite_utils

# pysqlite (3.11) binds a None by looking for an adapter and then for `__adapt__` and
# `__conform__` attributes, each a failed look-up: about half a microsecond, four times a
# number's cost, and a ledger line holds a dozen. A registered adapter is found first; this
# one is a C function that gives None back (any key is missing from an empty dict), which
# binds as NULL exactly as before. It applies to the whole process, which changes nothing but
# the time taken.
sqlite3.register_adapter(type(None), cast("Callable[[None], None]", {}.get))


def _seed_rates() -> str:
    """The default currency rates, on a table that holds none (an older database keeps its own)."""
    rows = ", ".join(f"('{code}', {rate!r})" for code, rate in DEFAULT_RATES.items())
    return (f"INSERT INTO currency_rates(currency, valid_from, usd_per_unit) "
            f"SELECT column1, '{RATES_FROM}', column2 FROM (VALUES {rows}) "
            f"WHERE NOT EXISTS (SELECT 1 FROM currency_rates)")


# The three-letter names of currencies that are no ISO code, as an earlier version stored a base
# currency typed so (it asked for three letters) and every blank currency cell with it; the
# ledger reads each as its code (core.ledger.amounts, which a test holds this to).
CURRENCY_ALIASES = {"RMB": "CNY", "YEN": "JPY", "WON": "KRW"}
# Where a currency code is stored; a credit limit set by hand keeps its own in JSON.
CURRENCY_COLUMNS = (("orders", "currency"), ("order_lines", "currency"),
                    ("order_lines", "cost_currency"), ("order_lines", "received_currency"),
                    ("customers", "credit_limit_currency"))


def _code_for_aliases() -> str:
    """Statements putting each stored alias (RMB) as its code (CNY), base currency included."""
    def case(value: str, quote: str = "") -> tuple[str, str]:
        whens = " ".join(f"WHEN '{quote}{alias}{quote}' THEN '{quote}{code}{quote}'"
                         for alias, code in CURRENCY_ALIASES.items())
        listed = ", ".join(f"'{quote}{alias}{quote}'" for alias in CURRENCY_ALIASES)
        return f"CASE {value} {whens} ELSE {value} END", listed

    settled, listed = case("value", '"')
    statements = [f"UPDATE settings SET value = {settled} "
                  f"WHERE key = 'base_currency' AND value IN ({listed})"]
    for table, column in CURRENCY_COLUMNS:
        settled, listed = case(column)
        statements.append(f"UPDATE {table} SET {column} = {settled} WHERE {column} IN ({listed})")
    limit = "json_extract(target, '$.currency')"
    settled, listed = case(limit)
    statements.append(f"UPDATE overrides SET target = json_set(target, '$.currency', {settled}) "
                      f"WHERE kind = 'credit_limit' AND {limit} IN ({listed})")
    return ";\n    ".join(statements) + ";"


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
    # 3: the default currency rates, so a new firm's foreign-currency orders convert at once
    _seed_rates(),
    # 4: the customer account (issue 8): per-line status, credit notes, the currencies of cost
    # and receipt columns, whether the sheet had a ship-date column; then core.ledger.upgrade
    # re-keys rows without order numbers and fills these columns for rows already stored
    """
    ALTER TABLE order_lines ADD COLUMN status TEXT;
    ALTER TABLE order_lines ADD COLUMN credit_note INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE order_lines ADD COLUMN credit_ref TEXT;
    ALTER TABLE order_lines ADD COLUMN cost_currency TEXT;
    ALTER TABLE order_lines ADD COLUMN received_currency TEXT;
    ALTER TABLE order_lines ADD COLUMN ship_date_known INTEGER NOT NULL DEFAULT 1;
    """,
    # 5: each month end's tiers, lists and grades as the ledger stood then (core.analysis.
    # snapshots); a cache, recomputed whenever its fingerprint of rules, overrides and data
    # differs, so dropping it loses nothing
    """
    CREATE TABLE snapshots (
        month_end TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        m_threshold REAL,
        computed_at TEXT NOT NULL
    );
    CREATE TABLE snapshot_customers (
        month_end TEXT NOT NULL REFERENCES snapshots(month_end) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL,
        customer TEXT NOT NULL,
        salesperson TEXT,
        tier TEXT NOT NULL,
        rank INTEGER,
        list TEXT,
        grade TEXT NOT NULL,
        r INTEGER,
        f INTEGER,
        m INTEGER,
        t INTEGER,
        criteria_passed INTEGER NOT NULL,
        orders_12m INTEGER NOT NULL,
        revenue_12m REAL NOT NULL,
        gross_profit_12m REAL,
        avg_order_12m REAL NOT NULL,
        t_share REAL,
        last_order_date TEXT,
        max_days_overdue INTEGER NOT NULL,
        overdue_amount REAL NOT NULL,
        pinned_tier TEXT,
        PRIMARY KEY (month_end, customer_id)
    );
    """,
    # 6: credit limits, credit insurance and customer groups (issue 13 part 5): a ledger's
    # limit keeps the currency its column names, its insurer and insured percentage; the
    # overrides take limits, insurance and groups set by hand (SQLite changes a CHECK only by
    # copying the table)
    """
    ALTER TABLE customers ADD COLUMN credit_limit_currency TEXT;
    ALTER TABLE customers ADD COLUMN insurer TEXT;
    ALTER TABLE customers ADD COLUMN insured_pct REAL;
    CREATE TABLE overrides_new (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL
            CHECK (kind IN ('merge', 'pin_list', 'pin_tier', 'exclude', 'project',
                            'credit_limit', 'insure', 'group')),
        customer_key TEXT NOT NULL,
        target TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (kind, customer_key),
        CHECK ((target IS NOT NULL) = (kind IN ('merge', 'pin_list', 'pin_tier',
                                                'credit_limit', 'insure', 'group')))
    );
    INSERT INTO overrides_new(id, kind, customer_key, target, note, created_at)
        SELECT id, kind, customer_key, target, note, created_at FROM overrides;
    DROP TABLE overrides;
    ALTER TABLE overrides_new RENAME TO overrides;
    """,
    # 7: the currency of an export tax rebate where it is not its cost's (退税(人民币) beside a
    # cost in USD); NULL: the cost's, as every line stored before. And lines are now read in
    # their own currency, where earlier versions read each in its order's and stored a blank
    # currency cell as the base currency: which were blank cannot be told, so the lines stored
    # take their order's currency and read as they did (a re-import reads them anew). A base
    # currency typed as a name (RMB) was stored as typed, and with it every blank currency
    # cell, a credit limit and its ledger column: no rate has that name, so every amount was
    # left out; they become the code (CNY), as the settings now store what is typed
    """
    ALTER TABLE order_lines ADD COLUMN rebate_currency TEXT;
    {aliases}
    UPDATE order_lines SET currency = (SELECT o.currency FROM orders o
                                       WHERE o.id = order_lines.order_id)
        WHERE currency IS NOT (SELECT o.currency FROM orders o
                               WHERE o.id = order_lines.order_id);
    """.replace("{aliases}", _code_for_aliases()),
    # 8: what the store keeps about the file itself: the version of the reader whose readings
    # of raw text (payment terms, Incoterms) its rows hold (core.ledger.rereading)
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
# Migrations that also need Python, run in the same transaction after their SQL: "module:function"
# taking the connection (imported only then: the ledger's rules sit above the store).
MIGRATION_STEPS: dict[int, str] = {4: "core.ledger.upgrade:upgrade_to_account"}
# Readings the import stored beside their raw text, worked out again once when a database's
# are older than the reader: the module's VERSION and its reread(conn) (imported by name, as
# the steps above are: the ledger's rules sit above the store).
READINGS = "core.ledger.rereading"
READINGS_KEY = "readings_version"


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
        raise too_new(path, version)
    if version < SCHEMA_VERSION:
        _migrate(conn, path, version)
    _reread(conn, path, copied=0 < version < SCHEMA_VERSION)
    return conn


@contextmanager
def opened(path: Path | str) -> Iterator[sqlite3.Connection]:
    """A connection for one piece of work, closed however the work ends."""
    conn = connect(path)
    try:
        yield conn
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
    if version > 0:
        backups.take(conn, path, "migration", f"schema {version}")
    for number in range(version, SCHEMA_VERSION):
        with transaction(conn):
            if conn.execute("PRAGMA user_version").fetchone()[0] > number:
                continue  # another window opening the same file migrated it meanwhile
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            if number + 1 in MIGRATION_STEPS:
                module, _, name = MIGRATION_STEPS[number + 1].partition(":")
                getattr(importlib.import_module(module), name)(conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")


def readings_version(conn: sqlite3.Connection) -> int:
    """The version of the reader whose readings the rows hold (0: one before it was kept)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (READINGS_KEY,)).fetchone()
    return 0 if row is None else int(row[0])


def _reread(conn: sqlite3.Connection, path: Path, copied: bool) -> None:
    """Readings of an older reader read again, as a migration is run: after a safety copy (a
    database with orders; one the migrations just took serves), in one transaction, by
    whichever window opens the file first. A database written by a newer reader keeps its
    readings, which an older one cannot improve."""
    reader = importlib.import_module(READINGS)
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
    if "malformed" in text or "not a database" in text:
        return Refusal("database_damaged", N_(
            "The database is damaged ({error}), so nothing from {file} was written. Restore "
            "the newest safety copy (File → Restore a copy…, or tradetier restore) and import "
            "the file again."), file=file, error=str(error))
    if "locked" in text or "busy" in text:
        return Refusal("database_busy", N_(
            "Another program kept the database busy for too long, so nothing from {file} was "
            "written. Wait until it has finished and try again."), file=file)
    return Refusal("database_write_failed", N_(
        "The database could not be written ({error}), so nothing from {file} was written. "
        "Check the disk and try again."), file=file, error=str(error))


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
