"""Opening an older database migrates it in place, keeping every row and the firm's own rates."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core import backups, rates, settings, settings_store
from core.store import MIGRATIONS, SCHEMA_VERSION, connect


def _old_database(path: Path, version: int, own_rates: list[tuple[str, str, float]]) -> None:
    """A file as a TradeTier of that schema version left it."""
    old = sqlite3.connect(path)
    for script in MIGRATIONS[:version]:
        old.executescript(script)
    old.execute("INSERT INTO customers(key, name) VALUES ('acme', 'ACME')")
    old.execute("INSERT INTO settings(key, value) VALUES ('stop_loss_days', '45')")
    old.executemany("INSERT INTO currency_rates VALUES (?, ?, ?)", own_rates)
    old.execute(f"PRAGMA user_version = {version}")
    old.commit()
    old.close()


def test_a_schema_2_database_migrates_and_keeps_its_data_and_rates(tmp_path: Path):
    path = tmp_path / "firm.sqlite"
    own = [("EUR", "2000-01-01", 1.2), ("EUR", "2025-07-01", 1.17), ("USD", "2000-01-01", 1.0)]
    _old_database(path, 2, own)
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    assert [tuple(r) for r in conn.execute("SELECT key, name FROM customers")] == [
        ("acme", "ACME")]
    assert settings_store.get(conn, "stop_loss_days") == 45
    # the firm's rates stay as they were: the defaults only fill an empty table
    assert [(r.currency, r.valid_from, r.usd_per_unit) for r in rates.list_rates(conn)] == own
    assert settings_store.get(conn, "watch_days") == settings.BY_KEY["watch_days"].default
    conn.close()
    [copy] = backups.listing(path)  # the safety copy taken before migrating
    assert copy.reason == "migration"
    with sqlite3.connect(copy.path) as backup:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_schema_2_database_without_rates_gets_the_defaults(tmp_path: Path):
    path = tmp_path / "firm.sqlite"
    _old_database(path, 2, [])
    conn = connect(path)
    assert {r.currency: r.usd_per_unit for r in rates.list_rates(conn)} == rates.DEFAULT_RATES
    conn.close()


def test_a_new_database_has_the_default_rates_and_stores_no_rule_it_was_not_given(
        tmp_path: Path):
    conn = connect(tmp_path / "new.sqlite")
    listed = rates.list_rates(conn)
    assert {r.currency: r.usd_per_unit for r in listed} == rates.DEFAULT_RATES
    assert {r.valid_from for r in listed} == {rates.RATES_FROM}
    # rules not changed by the user follow the defaults of the version that reads them
    assert conn.execute("SELECT COUNT(*) FROM settings").fetchone()[0] == 0
    assert settings_store.load(conn) == {s.key: s.default for s in settings.SETTINGS}
    conn.close()
    reopened = connect(tmp_path / "new.sqlite")  # opening again seeds nothing twice
    assert len(rates.list_rates(reopened)) == len(rates.DEFAULT_RATES)
    reopened.close()
