"""Reading stored payment terms again, audit 15: today's reading governs, and a re-read gives
the due dates a fresh import of the same ledger gives.

The ledger is written with openpyxl and imported; what an older reader stored is then written
into the rows by SQL, as that reader stored it. Expectations are worked out from the rows:
"OA 3 months" is 90 days from the ship date, "OA 30 days" 30; "credit insurance" names no
payment instrument (the reader before version 1 took "credit" for open account, due on the
ship date itself).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from ledgers import COLUMNS, A, order, write_xlsx

from core.analysis.run import analyse
from core.ledger import rereading
from core.ledger.importer import import_files
from core.store import READINGS_KEY, connect

SHIP = date(2025, 9, 1)
INSURED = "credit insurance"


def _import(folder: Path, rows: list[list[object]]) -> Path:
    folder.mkdir(exist_ok=True)
    path = write_xlsx(folder / "ledger.xlsx", {"台账": [COLUMNS, *rows]})
    db = folder / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    return db


def _older(db: Path, version: int, statements: list[tuple[str, tuple[object, ...]]]) -> None:
    """The older reader's rows, and the readings version it left."""
    old = sqlite3.connect(db)
    for sql, params in statements:
        old.execute(sql, params)
    old.execute("DELETE FROM meta WHERE key = ?", (READINGS_KEY,))
    if version:
        old.execute("INSERT INTO meta VALUES (?, ?)", (READINGS_KEY, str(version)))
    old.commit()
    old.close()


def _lines(db: Path) -> list[tuple[object, ...]]:
    """What an import stores of each line's due date, and of its order's reading."""
    with sqlite3.connect(db) as raw:
        return raw.execute(
            "SELECT l.source_row, l.due_date, l.due_derived, o.pay_rung, o.credit_days, "
            "o.deposit_pct, o.monthly_statement FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id ORDER BY l.source_row").fetchall()


PAYER = order("P9", "Payer", "2025-11-01", 1_000, ship="2025-11-02", received=1_000,
              received_on=A.isoformat())


def test_a_text_read_as_nothing_today_loses_the_older_misreading(tmp_path: Path):
    """Insured Co's 10,000 shipped 1 September on "credit insurance". The reader before
    version 1 stored it as open account, due on the ship date; version 1's re-read kept that
    (today's reader makes nothing of the text), so the customer stayed on risky terms for good:
    10,000 open on OA, its terms called riskier than its tier's."""
    rows = [order("P1", "Insured Co", "2025-08-25", 10_000, terms=INSURED,
                  ship=SHIP.isoformat()), PAYER]
    fresh = _import(tmp_path / "fresh", rows)
    db = _import(tmp_path / "kept", rows)
    for version in (0, 1):  # never re-read, and re-read by version 1
        _older(db, version, [
            ("UPDATE orders SET pay_rung = 'oa', credit_days = NULL, deposit_pct = NULL, "
             "monthly_statement = 0 WHERE payment_terms = ?", (INSURED,)),
            ("UPDATE order_lines SET due_date = ?, due_derived = 1 WHERE order_id IN "
             "(SELECT id FROM orders WHERE payment_terms = ?)", (SHIP.isoformat(), INSURED))])
        connect(db).close()
        assert _lines(db) == _lines(fresh), version
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
        assert conn.execute("SELECT value FROM meta WHERE key = ?",
                            (READINGS_KEY,)).fetchone()[0] == str(rereading.VERSION)
    [c] = [c for c in analysis.customers if c.customer == "Insured Co"]
    [owed] = c.receivables
    assert owed.pay_rung is None and c.risky_exposure == 0 and c.main_rung is None


def test_a_reread_gives_the_due_dates_of_a_fresh_import(tmp_path: Path):
    """Order P1's first row says "OA 3 months", its second "OA 30 days", both shipped 1
    September: a fresh import gives the first row 1 September + 90 (the order's terms) and the
    second + 30 (its own row's). The older reader read the first as 3 days: the re-read gave
    both rows 90 days, the second's 60 days later than a fresh import's."""
    rows = [order("P1", "Split Co", "2025-08-25", 6_000, terms="OA 3 months",
                  ship=SHIP.isoformat()),
            order("P1", "Split Co", "2025-08-25", 4_000, terms="OA 30 days",
                  ship=SHIP.isoformat()),
            order("P2", "Month End Co", "2025-01-20", 5_000, terms="OA 3 months",
                  ship="2025-01-31"),
            PAYER]
    fresh = _import(tmp_path / "fresh", rows)
    due = {row: day for row, day, *_ in _lines(fresh)}
    assert list(due.values())[:3] == [(SHIP + timedelta(days=90)).isoformat(),
                                      (SHIP + timedelta(days=30)).isoformat(), "2025-05-01"]
    db = _import(tmp_path / "older", rows)
    first, _second, month_end, _payer = sorted(due)
    _older(db, 0, [
        ("UPDATE orders SET credit_days = 3 WHERE payment_terms = 'OA 3 months'", ()),
        ("UPDATE order_lines SET due_date = ? WHERE source_row = ?",
         ((SHIP + timedelta(days=3)).isoformat(), first)),
        ("UPDATE order_lines SET due_date = '2025-02-03' WHERE source_row = ?", (month_end,))])
    connect(db).close()
    assert _lines(db) == _lines(fresh)
