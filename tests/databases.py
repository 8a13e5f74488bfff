"""Databases the data-safety tests start from, and their content to compare before and after."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from ledgers import HEADER, write_xlsx

from core import ownership
from core.analysis import fetch
from core.ledger.importer import import_files
from core.messages import Refusal
from core.store import connect, dump


def migration_fails(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Open `db` with the step after the schema's statements failing: the opening is refused,
    saying the file was left as it was."""
    def fails(_conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(ownership, "stamp", fails)
    with pytest.raises(Refusal) as refused:
        connect(db)
    assert "left as it was" in str(refused.value)
    monkeypatch.undo()


def made_older(db: Path, before: Callable[[sqlite3.Connection], None], version: int) -> None:
    """Make `db` a file schema `version` left: `before` takes out what later schemas added."""
    old = sqlite3.connect(db)
    before(old)
    old.execute(f"PRAGMA user_version = {version}")
    old.commit()
    old.close()


def before_schema_26(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 26 added (a payment line's payer:
    core.ledger.line_payers), to make it a file an earlier schema left."""
    old.execute("ALTER TABLE order_lines DROP COLUMN payer")


def before_schema_25(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 25 added (the customer codes and their names:
    core.ledger.stored_codes), to make it a file an earlier schema left."""
    before_schema_26(old)
    old.execute("DROP TABLE customer_codes")


def before_schema_24(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 24 added (the open lines of an earlier file another
    file listed: core.ledger.deleted_orders), to make it a file an earlier schema left."""
    before_schema_25(old)
    old.execute("DROP TABLE listed_apart")


def before_schema_23(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 23 added (the 下单日期 of a return's row without a
    ship date: core.ledger.paid_in), to make it a file an earlier schema left."""
    before_schema_24(old)
    old.execute("ALTER TABLE order_lines DROP COLUMN row_day")


def before_schema_22(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 22 added (the received figures each file read:
    core.ledger.amended_lines), to make it a file an earlier schema left."""
    before_schema_23(old)
    old.execute("DROP TABLE file_receipts")


def before_schema_21(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 21 added (the payments set aside as one wire
    listed twice: core.ledger.set_aside), to make it a file an earlier schema left."""
    before_schema_22(old)
    old.execute("DROP TABLE set_aside_lines")


def before_schema_20(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 20 added (the file whose amount a line holds:
    core.ledger.amended_lines), to make it a file an earlier schema left."""
    before_schema_21(old)
    old.execute("DROP INDEX order_lines_amount_file")
    old.execute("ALTER TABLE order_lines DROP COLUMN amount_file")


def before_schema_19(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 19 added (a return stored before any file sold its
    order, marked: core.ledger.filed_returns), to make it a file an earlier schema left."""
    before_schema_20(old)
    old.execute("ALTER TABLE order_lines DROP COLUMN returned")


def before_schema_17(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 17 added (the file and sheet whose row first wrote
    a line, the latest day a file said a plain 正常 of it), to make it a file an earlier
    schema left."""
    before_schema_19(old)
    old.execute("ALTER TABLE order_lines DROP COLUMN first_file")
    old.execute("ALTER TABLE order_lines DROP COLUMN first_sheet")
    old.execute("ALTER TABLE order_lines DROP COLUMN plain_day")


def before_schema_16(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 16 added (the import that wrote an order's date),
    to make it a file an earlier schema left."""
    before_schema_17(old)
    old.execute("ALTER TABLE orders DROP COLUMN date_import_id")


def before_schema_15(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 15 added (a line's earlier received totals)."""
    before_schema_16(old)
    old.execute("ALTER TABLE order_lines DROP COLUMN received_history")


def before_schema_14(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 14 added (the day of the file that wrote a line's
    status: core.ledger.older_status), to make it a file an earlier schema left."""
    before_schema_15(old)
    old.execute("ALTER TABLE order_lines DROP COLUMN status_day")


def before_schema_11(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 11 added (whether a carried row's sheet said its
    currency), to make it a file an earlier schema left."""
    before_schema_14(old)
    old.execute("ALTER TABLE order_lines DROP COLUMN currency_written")


def before_schema_10(old: sqlite3.Connection) -> None:
    """Take out of today's file what schema 10 added (the row that wrote a line's status), to
    make it a file an earlier schema left."""
    before_schema_11(old)
    for column in ("status_file", "status_sheet", "status_row"):
        old.execute(f"ALTER TABLE order_lines DROP COLUMN {column}")


# The window's exports, movements and idle step store month-end snapshots:
# a cache of what the restructuring export would work out, not the firm's data.
_SNAPSHOT_ROWS = ('INSERT INTO "snapshots" ', 'INSERT INTO "snapshot_customers" ')


def s1_line(db: Path, columns: str) -> tuple:
    """S-1's one stored line: the named columns (order_lines' own), as the tests of a sale
    re-sent with its amount changed read it."""
    conn = sqlite3.connect(db)
    try:
        [line] = conn.execute(f"SELECT {columns} FROM order_lines "  # noqa: S608 - tests' own
                              "WHERE line_key LIKE 'o:s-1|%'").fetchall()
        return line
    finally:
        conn.close()


def firm_data(lines: list[str]) -> list[str]:
    """A database dump without the month-end snapshots a window may have stored on its own."""
    return [line for line in lines if not line.startswith(_SNAPSHOT_ROWS)]


def contents(db: Path) -> list[str]:
    """The whole database as SQL: equal lists mean nothing changed."""
    conn = connect(db)
    try:
        return dump(conn)
    finally:
        conn.close()


def spy_on_fetch(monkeypatch: pytest.MonkeyPatch, module: ModuleType
                 ) -> list[tuple[date, bool | str]]:
    """Each fetch of the order lines made through `module`'s `fetch`, as (as-of, how): False
    streamed, True kept, "shared" kept with one copy of each repeated text."""
    seen: list[tuple[date, bool | str]] = []
    real = fetch.fetch

    def spy(conn, as_of, keep=False, shared=False):  # noqa: ANN001, ANN202
        seen.append((as_of, "shared" if keep and shared else keep))
        return real(conn, as_of, keep, shared)

    monkeypatch.setattr(module, "fetch", spy)
    return seen


def month_rows(month: int, count: int = 4, customers: int | None = None) -> list[list[object]]:
    """A month's ledger in the usual template: one line per order, amounts in USD."""
    return [HEADER, *[[f"PI-{month}-{n}", f"Customer {n % (customers or count)}", "USA", "Tom",
                       f"2025-{month:02d}-{1 + n % 28:02d}", "Widget", 1000 * (n + 1), "USD",
                       "FOB", "T/T", None, None, None, None, None] for n in range(count)]]


def two_months(folder: Path) -> tuple[Path, list[str], list[str]]:
    """A database after January and then February, with its content after each."""
    db = folder / "firm.sqlite"
    import_files(db, [write_xlsx(folder / "1月.xlsx", {"1月": month_rows(1)})])
    after_january = contents(db)
    import_files(db, [write_xlsx(folder / "2月.xlsx", {"2月": month_rows(2)})])
    return db, after_january, contents(db)
