"""A month end's fingerprint sees every column an analysis reads (core.analysis.fingerprints):
a stored snapshot is taken as current while its fingerprint holds, so a column the
fingerprint missed would leave last month's figures standing after a correction of it. Each
column of one line, of its order and of its customer is changed in turn by SQL, as a
correction or an import would: the fingerprint of a month end after the line changes, the
one before the line's first day does not, and the database put back gives the fingerprint
it gave before."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from ledgers import build
from test_movements import _ledger

from core.analysis.fingerprints import CUSTOMER_BOOKKEEPING, HISTORY, PROVENANCE, fingerprints

BEFORE, AFTER = date(2025, 3, 31), date(2025, 12, 31)  # the line's first day is 2025-05-12
STEP = '[["2025-06-01", 5000.0, "older.xlsx"]]'  # an earlier received total, from another file
MOVED_STEP = '[["2025-06-02", 5000.0, "older.xlsx"]]'


def _line(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """Newbie's one line, every dated value on it filled: its id, its order's, its customer's."""
    line, order, customer = conn.execute(
        "SELECT l.id, o.id, o.customer_id FROM order_lines l JOIN orders o ON o.id = l.order_id "
        "WHERE o.order_no = 'NE1'").fetchone()
    conn.execute("UPDATE order_lines SET deposit_amount = 3000, deposit_date = '2025-05-15', "
                 "balance_amount = 1000, balance_date = '2025-06-10', "
                 f"{HISTORY} = ? WHERE id = ?", (STEP, line))
    conn.commit()
    return line, order, customer


def _other(column: str, value: object) -> object:
    """A different value of the column's kind: a day earlier, a cent more, one more, an x."""
    if column == HISTORY:
        return MOVED_STEP
    if value is None:
        return 1
    if isinstance(value, str):
        try:
            return (date.fromisoformat(value) - timedelta(days=1)).isoformat()
        except ValueError:
            return value + "x"
    if isinstance(value, float):
        return value + 0.01
    assert isinstance(value, int)
    return value + 1


def _columns(conn: sqlite3.Connection, table: str, skip: set[str]) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] not in skip]


def test_every_column_an_analysis_reads_changes_the_fingerprint(tmp_path: Path):
    conn = build(tmp_path, _ledger())
    rows = dict(zip(("order_lines", "orders", "customers"), _line(conn), strict=True))
    ends = [BEFORE, AFTER]
    kept = fingerprints(conn, ends)
    skip = {"order_lines": PROVENANCE, "orders": PROVENANCE,
            "customers": {"id"} | CUSTOMER_BOOKKEEPING}
    seen: list[str] = []
    for table, row in rows.items():
        for column in _columns(conn, table, skip[table]):
            [value] = conn.execute(f'SELECT "{column}" FROM {table} WHERE id = ?',
                                   (row,)).fetchone()
            conn.execute(f'UPDATE {table} SET "{column}" = ? WHERE id = ?',
                         (_other(column, value), row))
            changed = fingerprints(conn, ends)
            assert changed[AFTER] != kept[AFTER], f"{table}.{column} changed unseen"
            assert changed[BEFORE] == kept[BEFORE], f"{table}.{column} changed an earlier month"
            conn.execute(f'UPDATE {table} SET "{column}" = ? WHERE id = ?', (value, row))
            assert fingerprints(conn, ends) == kept, f"{table}.{column} put back"
            seen.append(f"{table}.{column}")
    # the columns the analysis reads most, and those read from their own days, were among them
    assert {"order_lines.amount", "order_lines.product", "order_lines.ship_date",
            "order_lines.received_amount", "order_lines.received_date",
            "order_lines.deposit_date", "order_lines.balance_amount", f"order_lines.{HISTORY}",
            "orders.order_date", "orders.payment_terms", "orders.status",
            "customers.name", "customers.credit_limit"} <= set(seen)
    assert len(seen) >= 45


def test_an_unchanged_database_keeps_its_fingerprints(tmp_path: Path):
    conn = build(tmp_path, _ledger())
    _line(conn)
    ends = [BEFORE, date(2025, 6, 30), AFTER]
    kept = fingerprints(conn, ends)
    conn.execute("UPDATE order_lines SET amount = amount, received_history = received_history")
    conn.commit()
    again = sqlite3.connect(tmp_path / "firm.sqlite")
    assert fingerprints(again, ends) == kept == fingerprints(conn, ends)
    # each alone as with the others (the restructuring export asks one, the movements many)
    assert {end: fingerprints(again, [end])[end] for end in ends} == kept
    assert len(set(kept.values())) == len(ends)  # each month end's own
    again.close()
    conn.close()
