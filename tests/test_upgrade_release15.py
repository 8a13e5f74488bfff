"""Opening a database the last release (c046c16, schema 8) wrote from a year-to-date workbook
whose amount column is headed 金额(万美元) and whose order-number cells hold "-" on rows of two
customers, then importing the workbook again as the user guide says.

The last release read neither the header's unit (0.3 stored for 3,000) nor the placeholder ("-"
made one order of both customers' rows). Its state is written by hand from today's import
(tests/test_placeholder_upgrade.py), every amount as it read it.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_placeholder_upgrade import _as_old_code_stored, _contents

from core.ledger.importer import import_files
from core.store import READINGS_KEY, connect

HEADER = ["合同号", "客户名称", "下单日期", "金额(万美元)", "币种", "付款方式", "出货日期"]
JANUARY = [["A-1", "Acme", date(2026, 1, 5), 0.5, "USD", "OA 30 days", date(2026, 1, 8)],
           ["-", "Dash Co", date(2026, 1, 10), 0.3, "USD", "OA 30 days", date(2026, 1, 12)],
           ["-", "Dash Co", date(2026, 1, 20), 0.4, "USD", "OA 30 days", date(2026, 1, 22)],
           ["-", "Hyphen Ltd", date(2026, 1, 15), 0.2, "USD", "OA 30 days", date(2026, 1, 16)]]
FEBRUARY = [*JANUARY,
            ["-", "Hyphen Ltd", date(2026, 2, 12), 0.25, "USD", "OA 30 days", date(2026, 2, 14)]]
PLACEHOLDERS = {3: "-", 4: "-", 5: "-"}  # the "-" rows of 1月 (the header is row 1)
UNIT = 10_000  # 万


def _imported_twice(tmp_path: Path) -> tuple[Path, Path, Path]:
    ledger = write_xlsx(tmp_path / "2026订单台账.xlsx", {"1月": [HEADER, *JANUARY],
                                                        "2月": [HEADER, *FEBRUARY]})
    db, fresh = tmp_path / "firm.sqlite", tmp_path / "fresh.sqlite"
    for path in (db, fresh):
        [result] = import_files(path, [ledger])
        assert result.status == "imported", result.message
    return ledger, db, fresh


def _as_last_release_stored(db: Path) -> None:
    """Every amount as typed, the "-" rows one order (the February row's line is the one 2月
    added: its source is that sheet's row), and the import's key its content alone."""
    old = sqlite3.connect(db)
    old.execute("UPDATE order_lines SET amount = amount / ?", (UNIT,))
    old.execute("UPDATE imports SET content_hash = substr(content_hash, 1, instr(content_hash, "
                "':') - 1)")
    old.execute("UPDATE meta SET value = '1' WHERE key = ?", (READINGS_KEY,))
    old.commit()
    [(row,)] = old.execute("SELECT source_row FROM order_lines WHERE source_sheet = '2月'")
    old.close()
    marks = dict(PLACEHOLDERS)
    _as_old_code_stored(db, marks)
    with sqlite3.connect(db) as conn:  # the February line joins the merged order
        [(merged,)] = conn.execute("SELECT id FROM orders WHERE order_key = 'o:-'")
        [(own,)] = conn.execute("SELECT order_id FROM order_lines WHERE source_sheet = '2月' "
                                "AND source_row = ?", (row,))
        conn.execute("UPDATE order_lines SET order_id = ? WHERE order_id = ?", (merged, own))
        conn.execute("DELETE FROM orders WHERE id = ?", (own,))


def _orders(db: Path) -> list[tuple[object, ...]]:
    """Each order's key, customer and date (the amounts wait for the import again)."""
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(
            "SELECT o.order_key, c.name, o.order_date, COUNT(l.id) FROM orders o JOIN customers "
            "c ON c.id = o.customer_id JOIN order_lines l ON l.order_id = o.id GROUP BY o.id"))
    finally:
        conn.close()


def test_placeholder_rows_under_a_unit_header_keep_their_customers_after_the_upgrade(
        tmp_path: Path, caplog) -> None:
    """The split read the workbook again but took none of its rows: today's reader gives
    3,000 where the line holds 0.3, and the check that the row is the line's refused every
    one. Both customers' "-" rows became orders of Dash Co on 10 January; importing the
    workbook again added Hyphen Ltd's and Dash Co's other order afresh, and Dash Co kept
    three orders of a few cents: six orders where the ledger has three."""
    ledger, db, fresh = _imported_twice(tmp_path)
    _as_last_release_stored(db)
    with caplog.at_level(logging.WARNING, logger="tradetier"):
        connect(db).close()
    assert "cannot be read again" not in caplog.text
    assert _orders(db) == _orders(fresh)
    [again] = import_files(db, [ledger])
    assert again.status == "imported", again.message  # read again, not "already imported"
    assert _contents(db) == _contents(fresh)
