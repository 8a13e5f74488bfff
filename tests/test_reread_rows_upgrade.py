"""After an upgrade, importing a ledger again replaces what an earlier reader stored of a row
without an order number that today's reader keys otherwise (core.ledger.reread_rows).

Reader 2 (the release 57d32d3) read a lone "25/03/01" among a sheet's 2025 order dates as 25
March 2001; today's reads 1 March 2025 (core.ledger.dates.NEAR_YEARS). Such a row is keyed by
its customer, date and product, so importing the file again wrote it under the new key beside
the old: Minor Co's unpaid 15,000 invoice was owed twice. Reader 2's state is written here by
today's import of the ledger with 25 March 2001 in that cell, under the import key reader 2
gave the very file (checked against 57d32d3's own import of this ledger: the same lines).
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.run import analyse
from core.ledger.importer import content_hash, import_files
from core.store import connect

HEADER = ["客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "品名"]
NAME = "台账.xlsx"  # the firm's one file name, in each month's folder
AS_OF = date(2025, 6, 30)


def _rows(minor: object, other: tuple[str, object, str] = ("Beta GmbH", date(2025, 3, 10),
                                                            "Valve")) -> list[list[object]]:
    customer, day, product = other
    return [HEADER,
            ["Acme Trading", date(2025, 2, 3), 12000, "USD", "OA 30 days", date(2025, 2, 10),
             "Pump"],
            ["Acme Trading", date(2025, 2, 20), 9000, "USD", "OA 30 days", date(2025, 2, 25),
             "Valve"],
            ["Minor Co", minor, 15000, "USD", "OA 30 days", date(2025, 3, 5), "Pump"],
            [customer, day, 30000, "USD", "L/C at sight", date(2025, 3, 15), product]]


def _ledger(folder: Path, rows: list[list[object]]) -> Path:
    return write_xlsx(folder / NAME, {"2025": rows})


def _as_reader_2_stored(db: Path, then: Path, now: Path) -> None:
    """Import `then` (the cells as reader 2 read `now`'s) and label it reader 2's import of
    `now`."""
    [result] = import_files(db, [then])
    assert result.status == "imported", result.message
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE imports SET content_hash = ? WHERE id = ?",
                     (content_hash(now) + ":reader=2", result.import_id))
    conn.close()


def _lines(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(
            "SELECT c.name, o.order_date, l.product, l.amount, l.source_row FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id"),
            key=repr)
    finally:
        conn.close()


def _owed(db: Path) -> dict[str, float]:
    with connect(db) as conn:
        return {c.customer: c.open_amount for c in analyse(conn, as_of=AS_OF).customers}


def test_a_row_an_earlier_reader_dated_otherwise_is_owed_once_after_importing_again(
        tmp_path: Path) -> None:
    """Row 4 goes (reader 2's 2001 reading of the same cell); row 5, whose earlier reading
    shares only its amount with today's, is no proof of one row read twice and stays."""
    db = tmp_path / "firm.sqlite"
    now = _ledger(tmp_path / "now", _rows("25/03/01"))
    then = _ledger(tmp_path / "then", _rows(date(2001, 3, 25),
                                            ("Zeta Ltd", date(2025, 1, 9), "Motor")))
    _as_reader_2_stored(db, then, now)
    [result] = import_files(db, [now])
    assert result.status == "imported", result.message
    owed = _owed(db)
    assert owed["Minor Co"] == 15000  # 30,000 before: the one invoice counted twice
    assert owed["Zeta Ltd"] == 30000  # kept: two words of four are needed, one agrees
    [note] = [w for w in result.warnings if w.code == "reread_rows_replaced"]
    assert note.params["count"] == 1
    assert "the same row (row 4: 2001-03-25 → 2025-03-01)" in note.text
    assert "读法替换（第 4 行：2001-03-25 → 2025-03-01）。" in in_chinese(lambda: note.text)
    fresh = tmp_path / "fresh.sqlite"
    import_files(fresh, [now])
    assert [line for line in _lines(db) if line[0] != "Zeta Ltd"] == _lines(fresh)
    with connect(db) as conn:  # the customer keeps its one order, none left of 2001
        assert conn.execute("SELECT COUNT(*) FROM orders WHERE order_date < '2025-01-01'"
                            ).fetchone()[0] == 0


def test_both_imports_replace_the_earlier_reading_alike(tmp_path: Path) -> None:
    now = _ledger(tmp_path / "now", _rows("25/03/01"))
    _as_reader_2_stored(tmp_path / "fast.sqlite", _ledger(tmp_path / "then",
                                                          _rows(date(2001, 3, 25))), now)
    shutil.copy(tmp_path / "fast.sqlite", tmp_path / "slow.sqlite")
    [result] = _same_import(tmp_path, [now])
    assert [w.params["count"] for w in result.warnings if w.code == "reread_rows_replaced"] == [1]


def test_another_months_file_of_the_same_name_keeps_its_row(tmp_path: Path) -> None:
    """December's and February's row 4 are Minor Co's Pump orders of 15,000 too: the words
    alone would take either for January's row read twice. Only January's own earlier reading
    goes, when January itself is imported again; February, imported for the first time,
    removes nothing."""
    db = tmp_path / "firm.sqlite"
    december = _ledger(tmp_path / "12", _rows(date(2024, 12, 1)))
    _as_reader_2_stored(db, december, december)
    [february] = import_files(db, [_ledger(tmp_path / "02", _rows(date(2025, 2, 1)))])
    assert not any(w.code == "reread_rows_replaced" for w in february.warnings)
    now = _ledger(tmp_path / "01", _rows("25/03/01"))
    _as_reader_2_stored(db, _ledger(tmp_path / "then", _rows(date(2001, 3, 25))), now)
    [result] = import_files(db, [now])
    [note] = [w for w in result.warnings if w.code == "reread_rows_replaced"]
    assert note.params["count"] == 1
    minor = sorted(line[1] for line in _lines(db) if line[0] == "Minor Co")
    assert minor == ["2024-12-01", "2025-02-01", "2025-03-01"]
