"""An import into an empty database makes the orders' and lines' indexes once its rows are in;
an import into a database that has orders keeps them (it looks its rows up by them). Either
way the schema ends as the store wrote it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ledgers import COLUMNS, order, write_xlsx

from core.ledger import importer
from core.store import connect

INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"


def _traced_import(monkeypatch: pytest.MonkeyPatch, db: Path, ledger: Path) -> list[str]:
    """The statements the import ran, in order."""
    statements: list[str] = []

    def traced(path: Path) -> sqlite3.Connection:
        conn = connect(path)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(importer, "connect", traced)
    [result] = importer.import_files(db, [ledger])
    assert result.status == "imported", result.message
    return statements


def _schema(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute(INDEXES))
    finally:
        conn.close()


def test_an_empty_database_gets_its_indexes_after_its_rows(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "firm.sqlite"
    connect(db).close()
    made = _schema(db)
    first = write_xlsx(tmp_path / "one.xlsx", {"台账": [COLUMNS, order(
        "A1", "Anchor", "2025-03-01", 1_000), order("A2", "Riser", "2025-03-02", 2_000)]})
    statements = _traced_import(monkeypatch, db, first)
    dropped = [i for i, s in enumerate(statements) if s.startswith("DROP INDEX")]
    created = [i for i, s in enumerate(statements) if s.startswith("CREATE INDEX")]
    lines = [i for i, s in enumerate(statements) if s.startswith("INSERT INTO order_lines")]
    assert {statements[i].split('"')[1] for i in dropped} == {
        "orders_customer", "orders_date", "order_lines_order", "order_lines_amount_file"}
    assert max(dropped) < min(lines) and max(lines) < min(created)
    assert _schema(db) == made  # the same indexes, as the schema wrote them

    # a second file: the database has orders, so its indexes stay while it is written
    second = write_xlsx(tmp_path / "two.xlsx", {"台账": [COLUMNS, order(
        "B1", "Anchor", "2025-04-01", 3_000)]})
    statements = _traced_import(monkeypatch, db, second)
    assert not [s for s in statements if s.startswith(("DROP INDEX", "CREATE INDEX"))]
    assert _schema(db) == made
