"""April's file imported before March's, its summing row's currency cell blank (carry29): B-1
is kept in EUR, but April's file alone knew only a row read in the sheet's currency (USD).
The store did not keep whether that currency was written, so when March's EUR lines came,
the row counted as saying USD: kept as a line of its own, 83,200 USD of revenue, and the
report asked the clerk to write the currency the order already had. Schema 11 keeps whether
the sheet said it (order_lines.currency_written): the row reads in its order's currency and is
its balance, as when the months come in order.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from databases import before_schema_11, migration_fails
from ledgers import write_xlsx
from test_carried_balance_rows import april, balance_in_eur, in_eur
from test_fast_import import _same_import

from core.ledger.importer import import_files
from core.store import SCHEMA_VERSION, connect


def files(folder: Path) -> tuple[Path, Path]:
    summing = april()
    summing[1][5] = None  # the currency cell left blank
    return (write_xlsx(folder / "2025-03.xlsx", {"3月": in_eur()}),
            write_xlsx(folder / "2025-04.xlsx", {"4月": summing}))


@pytest.mark.parametrize("one_import", [True, False])
def test_april_first_reads_its_blank_currency_in_the_orders(tmp_path: Path,
                                                            one_import: bool) -> None:
    march, april_file = files(tmp_path / "ledgers")
    rounds = [[april_file, march]] if one_import else [[april_file], [march]]
    balance_in_eur(tmp_path, _same_import(tmp_path, *rounds))
    with connect(tmp_path / "fast.sqlite") as conn:
        assert conn.execute("SELECT currency_written FROM order_lines WHERE product IS NULL"
                            ).fetchone()[0] == 0


def _as_schema_10(db: Path) -> None:
    old = sqlite3.connect(db)
    before_schema_11(old)
    old.execute("PRAGMA user_version = 10")
    old.commit()
    old.close()


def _state(db: Path) -> tuple[int, list[str]]:
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("PRAGMA user_version").fetchone()[0],
                [r[1] for r in conn.execute("PRAGMA table_info(order_lines)")])
    finally:
        conn.close()


def test_a_schema_10_file_migrates_and_a_failed_migration_leaves_it_at_10(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """April's file stored by schema 10 (its row's blank not kept: read as written, as
    before). The step after the schema's statements fails: the file stays schema 10, without
    the column. Opened again, it is schema 11, the line's NULL read as a written currency."""
    db = tmp_path / "firm.sqlite"
    march, april_file = files(tmp_path / "ledgers")
    import_files(db, [april_file])
    _as_schema_10(db)
    before = _state(db)
    assert before[0] == 10 and "currency_written" not in before[1]

    migration_fails(db, monkeypatch)
    assert _state(db) == before
    connect(db).close()
    version, columns = _state(db)
    assert version == SCHEMA_VERSION >= 11 and "currency_written" in columns
    [result] = import_files(db, [march])
    assert "carried_rows_apart" in [w.code for w in result.warnings]  # stored before: unknown
