"""Opening a database the last release (schema 6) wrote: what it stored reads as the new
version would have stored it, and a migration that fails midway leaves the file as it was."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from databases import before_schema_10

from core import schema, settings_store, store
from core.analysis.run import analyse
from core.cli.main import run
from core.ledger.amounts import _CURRENCY_NAMES, parse_currency
from core.ledger.importer import import_files
from core.messages import Refusal
from core.paths import default_db_path
from core.rates import FORMER_CODES
from core.schema import CURRENCY_ALIASES
from core.store import MIGRATIONS, connect
from tests.ledgers import PLAIN_HEADER, write_xlsx

# Blank currency cells: an earlier version stored each as the base currency as typed.
ROWS = [["P-1", "Panda Home", "2025-03-03", 120_000, None],
        ["P-2", "Panda Home", "2025-03-20", 80_000, None],
        ["Q-1", "Quay Traders", "2025-03-10", 50_000, None]]


def _imported(folder: Path) -> Path:
    """The rows imported by this version with the base currency CNY."""
    db = folder / "firm.sqlite"
    with store.opened(db) as conn:
        settings_store.put(conn, "base_currency", "CNY")
    ledger = write_xlsx(folder / "ledger.xlsx", {"台账": [PLAIN_HEADER, *ROWS]})
    [result] = import_files(db, [ledger])
    assert result.status == "imported", result.message
    return db


RELEASED = 6  # the schema of the last release (08dc61c)


def _as_schema_6_stored_rmb(db: Path, typed: str = "RMB") -> None:
    """The file as the last release left it for a firm that typed its base currency as RMB
    (or 人民币: three letters too): the setting as typed, and every blank currency cell and
    the hand-set limit with it."""
    old = sqlite3.connect(db)
    old.execute("UPDATE settings SET value = ? WHERE key = 'base_currency'", (json.dumps(typed),))
    for table, column in schema.CURRENCY_COLUMNS:
        old.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = 'CNY'", (typed,))
    old.execute("INSERT INTO overrides(kind, customer_key, target, created_at) "
                "SELECT 'credit_limit', key, ?, '2025-03-31T00:00:00' FROM customers "
                "WHERE name = 'Quay Traders'",
                (json.dumps({"amount": 40_000.0, "currency": typed}),))
    before_schema_10(old)
    old.execute("ALTER TABLE order_lines DROP COLUMN rebate_currency")
    old.execute("DROP TABLE meta")  # schema 8's
    old.execute(f"PRAGMA user_version = {RELEASED}")
    old.commit()
    old.close()


def _revenues(conn: sqlite3.Connection) -> dict[str, float]:
    found = analyse(conn)
    assert found.missing_rates == []
    return {c.customer: c.revenue_12m for c in found.customers}


@pytest.mark.parametrize("typed", ["RMB", "人民币"])
def test_a_base_currency_stored_as_rmb_reads_as_cny_with_the_orders_it_named(tmp_path, typed):
    """The last release took RMB as a base currency (three letters) and stored blank currency
    cells as RMB; no rate is named RMB, so every amount was left out of every total. The new
    version stores a typed RMB as CNY, and the upgrade now puts what was stored so too."""
    db = _imported(tmp_path)
    _as_schema_6_stored_rmb(db, typed)
    with store.opened(db) as conn:
        assert settings_store.get(conn, "base_currency") == "CNY"
        expected: dict[str, float] = {}
        for _, name, _, amount, _ in ROWS:
            expected[str(name)] = expected.get(str(name), 0) + float(str(amount))
        assert _revenues(conn) == pytest.approx(expected)
        [limit] = conn.execute("SELECT target FROM overrides WHERE kind = 'credit_limit'")
        assert json.loads(limit[0]) == {"amount": 40_000.0, "currency": "CNY"}
        stored = {row[0] for table, column in schema.CURRENCY_COLUMNS
                  for row in conn.execute(f"SELECT DISTINCT {column} FROM {table}")}
        assert typed not in stored


def test_the_aliases_the_upgrade_settles_are_the_ledgers_own():
    """Only a three-letter name could be stored (the last release asked for three letters,
    and 人民币 is three); each is read by the ledger as the code the upgrade gives it. Names
    read as a code since (NTD: fix35a) keep the old code priced as the new (rates.FORMER_CODES)."""
    names = {name.upper() for names in _CURRENCY_NAMES.values() for name in names
             if len(name) == 3 and name.isalpha()}
    assert names == set(CURRENCY_ALIASES) | set(FORMER_CODES)
    assert {alias: parse_currency(alias) for alias in CURRENCY_ALIASES} == CURRENCY_ALIASES
    assert {former: parse_currency(former) for former in FORMER_CODES} == FORMER_CODES


def test_a_migration_failing_midway_leaves_the_file_as_the_last_release_wrote_it(
        tmp_path, monkeypatch):
    db = _imported(tmp_path)
    _as_schema_6_stored_rmb(db)
    before = store.dump(sqlite3.connect(db))
    failing = MIGRATIONS[RELEASED] + "\nUPDATE no_such_table SET x = 1;"  # migration 7
    monkeypatch.setattr(store, "MIGRATIONS", (*MIGRATIONS[:RELEASED], failing,
                                              *MIGRATIONS[RELEASED + 1:]))
    with pytest.raises(Refusal, match="no_such_table"):
        connect(db)
    after = sqlite3.connect(db)
    assert after.execute("PRAGMA user_version").fetchone()[0] == RELEASED
    assert store.dump(after) == before
    monkeypatch.undo()
    with store.opened(db) as conn:  # opened again by a version that works, it upgrades
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


@pytest.mark.parametrize("order", ["before", "after"])
def test_settings_set_changes_the_database_named_before_or_after_set(tmp_path, order):
    """`settings --db firm.sqlite set ...` (as the settings list is asked for) set the rule
    in the default database and said it was done: the firm's own kept its old rule."""
    firm = tmp_path / "firm.sqlite"
    where = ["--db", str(firm)]
    argv = (["settings", *where, "set", "stop_loss_days", "45"] if order == "before"
            else ["settings", "set", "stop_loss_days", "45", *where])
    assert run(argv) == 0
    with store.opened(firm) as conn:
        assert settings_store.get(conn, "stop_loss_days") == 45
    assert not default_db_path().exists()
