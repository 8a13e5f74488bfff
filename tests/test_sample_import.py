"""The shipped sample ledgers go into the store to the cent, month after month.

The expected figures are computed here from the December workbook with openpyxl, independently
of the importer: amounts per currency, orders, customers and what each order has received.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
from test_sample import CANCELLED, SHIPPED, orders_of, read_values

from core.cli.summary import summarise
from core.ledger.importer import import_files
from core.sample import TOTAL_MISMATCH_MONTH, build_firm, forgotten_line, sample_file_names
from core.store import connect, dump


@pytest.fixture(scope="module")
def december() -> dict[str, dict]:
    return orders_of(read_values(SHIPPED / sample_file_names()[-1]))


@pytest.fixture(scope="module")
def monthly_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("monthly") / "firm.sqlite"
    results = import_files(db, [SHIPPED / name for name in sample_file_names()])
    assert [r.status for r in results] == ["imported"] * 12
    return db


def _received_by_order(conn: sqlite3.Connection) -> dict[str, float]:
    return {row[0]: round(row[1], 2) for row in conn.execute(
        "SELECT o.order_no, COALESCE(SUM(l.received_amount), 0) FROM orders o "
        "JOIN order_lines l ON l.order_id = o.id GROUP BY o.id")}


def test_twelve_months_match_the_december_workbook_to_the_cent(monthly_db, december):
    expected: dict[str, list[float]] = defaultdict(list)
    for order in december.values():
        if order["status"] not in CANCELLED:
            expected[order["currency"]].append(order["amount"])
    conn = connect(monthly_db)
    summary = summarise(conn)
    assert summary.amount_by_currency == {c: round(math.fsum(v), 2)
                                          for c, v in sorted(expected.items())}
    assert summary.orders == sum(len(v) for v in expected.values())
    assert summary.cancelled_orders == len(december) - summary.orders
    assert summary.customers == len({o["customer"] for o in december.values()})
    assert summary.imports == 12
    received = _received_by_order(conn)
    assert received == {no: round(o["received"], 2) for no, o in december.items()}


def test_december_alone_gives_the_same_store_content(monthly_db, tmp_path):
    alone = tmp_path / "alone.sqlite"
    import_files(alone, [SHIPPED / sample_file_names()[-1]])
    a, b = connect(monthly_db), connect(alone)
    assert summarise(a).amount_by_currency == summarise(b).amount_by_currency
    assert _received_by_order(a) == _received_by_order(b)
    lines = "SELECT line_key, amount, ship_date, due_date, received_amount FROM order_lines"
    assert sorted(map(tuple, a.execute(lines))) == sorted(map(tuple, b.execute(lines)))


def test_reimporting_the_year_changes_nothing(monthly_db):
    before = dump(connect(monthly_db))
    results = import_files(monthly_db, [SHIPPED / name for name in sample_file_names()])
    assert {r.status for r in results} == {"already_imported"}
    assert dump(connect(monthly_db)) == before


def test_sample_data_command_writes_importable_ledgers(sample_ledgers, tmp_path: Path):
    written = sample_ledgers.paths
    assert sample_ledgers.code == 0
    assert f"12 sample ledgers written to {written[0].parent}." in sample_ledgers.out
    assert [p.name for p in written] == sample_file_names()
    db = tmp_path / "s.sqlite"
    [result] = import_files(db, [written[-1]])
    assert result.status == "imported"
    mismatches = [t for t in result.totals if not t.agrees]
    _, forgotten = forgotten_line(build_firm(2025))
    assert [(t.sheet, round(t.stated - t.rows_sum, 2)) for t in mismatches] == [
        (f"{TOTAL_MISMATCH_MONTH}月", -forgotten.amount)]
    assert mismatches[0].suspects == [mismatches[0].row - 1]  # the clerk's forgotten last line
