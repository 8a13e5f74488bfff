"""Next month's payment row (类型 收款) on an order, read by the release of stop 26 (reader 2)
and by today's (reader 3).

Reader 2 keyed April's payment row as the first line of order C-1, the March sale's key: the
sale's amount became 0, its line took April's 3,000 received and its source, and the order took
April's date ("Amount changed: order C-1 (Acme): 10,000.00 → 0.00"). Today the payment is a
line of its own (core.ledger.keys.PAID). A firm that imports its last months again after the
upgrade must end as if it had only ever imported them today, whichever month comes first. The
reader-2 state is written here from today's import of March, as 57d32d3 left it (checked with
that release on these two files).
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_rows_audit18a import PAY_HEADER, _acme_open

from core.ledger.importer import import_files

SALE = ["C-1", "发票", "Acme", date(2025, 3, 1), 10_000, "USD", "OA 30 days", date(2025, 3, 2),
        None]
PAYMENT = ["C-1", "收款", "Acme", date(2025, 4, 10), 3_000, "USD", None, None, None]


def _months(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return (write_xlsx(folder / "3月.xlsx", {"3月": [PAY_HEADER, SALE]}),
            write_xlsx(folder / "4月.xlsx", {"4月": [PAY_HEADER, PAYMENT]}))


def _as_release_26_stored(db: Path, march: Path) -> None:
    [result] = import_files(db, [march])
    assert result.status == "imported"
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE order_lines SET amount = 0, received_amount = 3000, "
                     "received_date = '2025-04-10', source_file = '4月.xlsx', source_sheet = "
                     "'4月', source_row = 2")
        conn.execute("UPDATE orders SET order_date = '2025-04-10'")
        conn.execute("UPDATE imports SET content_hash = substr(content_hash, 1, "
                     "instr(content_hash, ':')) || 'reader=2'")
    conn.close()


def _state(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return (sorted(conn.execute("SELECT line_key, amount, received_amount, received_date "
                                    "FROM order_lines")),
                conn.execute("SELECT order_key, order_date, status FROM orders").fetchall())
    finally:
        conn.close()


def test_next_months_payment_leaves_the_orders_date(tmp_path: Path) -> None:
    """April's payment row moved order C-1's date to 10 April, the day it was paid."""
    march, april = _months(tmp_path / "ledgers")
    _same_import(tmp_path, [march], [april])
    assert _state(tmp_path / "fast.sqlite")[1] == [("o:c-1", "2025-03-01", None)]


def _fresh(tmp_path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    db = tmp_path / "fresh.sqlite"
    import_files(db, list(_months(tmp_path / "fresh")))
    return _state(db)


def test_the_months_imported_again_in_order_end_as_a_fresh_import(tmp_path: Path) -> None:
    """March first: the sale's 10,000 comes back but keeps the 3,000 reader 2 wrote on it,
    which April's payment line now holds: counted twice (Acme owed 4,000) until April's
    import takes it off the sale."""
    march, april = _months(tmp_path / "ledgers")
    _as_release_26_stored(tmp_path / "fast.sqlite", march)
    shutil.copy(tmp_path / "fast.sqlite", tmp_path / "slow.sqlite")
    _same_import(tmp_path, [march, april])
    assert _state(tmp_path / "fast.sqlite") == _fresh(tmp_path)
    assert _acme_open(tmp_path / "fast.sqlite") == 7_000


def test_the_payment_month_imported_again_first_ends_as_a_fresh_import(
        tmp_path: Path) -> None:
    """April first: reader 2's line (the sale written over with the payment) goes and the
    report says to import the sale's month again; March then brings the sale back."""
    march, april = _months(tmp_path / "ledgers")
    _as_release_26_stored(tmp_path / "fast.sqlite", march)
    shutil.copy(tmp_path / "fast.sqlite", tmp_path / "slow.sqlite")
    [result] = _same_import(tmp_path, [april])
    [note] = [m for m in result.warnings if m.code == "misread_payments_removed"]
    assert "import the month of the sale again" in note.text
    _same_import(tmp_path, [march])
    assert _state(tmp_path / "fast.sqlite") == _fresh(tmp_path)
    assert _acme_open(tmp_path / "fast.sqlite") == 7_000
