"""After an upgrade, importing a ledger again takes out what an earlier version read from its
subtotal and ditto rows (core.ledger.misread_rows).

The last release (c046c16) imported "Acme 小计" as a customer, "Beta 小计" in the order-number
cell as an order of Beta, "Valve 小计" in the product cell as a line of order C-1, and 同上 as a
customer. Its state is written here from a workbook that differs only in those words (a marker
today's reader takes as a name, renamed in the database afterwards); the customers, orders and
lines it leaves are those c046c16's own import of this ledger left.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_subtotals_audit15 import _revenue

from core.ledger import rereading
from core.ledger.importer import import_files
from core.ledger.normalise import customer_key
from core.override_changes import exclude
from core.overrides import list_overrides
from core.recovery import undo_import
from core.store import READINGS_KEY, connect

HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "品名"]
SUBTOTAL, DITTO = "小计", "同上"
MARK, NAME = "XJ", "TongShang"  # what the earlier reading kept in their place


def _rows(subtotal: str, ditto: str) -> list[list[object]]:
    def day(d: int) -> date:
        return date(2026, 1, d)
    terms = "OA 30 days"
    return [
        HEADER,
        ["A-1", "Acme", day(5), 5000, "USD", terms, day(8), "Pump"],
        ["A-2", "Acme", day(9), 3000, "USD", terms, day(12), "Pump"],
        [None, f"Acme {subtotal}", day(31), 8000, "USD", None, None, None],
        ["B-1", "Beta", day(6), 4000, "USD", terms, day(8), "Valve"],
        ["B-2", ditto, day(7), 2000, "USD", terms, day(9), "Valve"],
        [None, ditto, day(8), 1000, "USD", terms, day(9), "Valve"],
        [f"Beta {subtotal}", "Beta", day(31), 7000, "USD", None, None, None],
        ["C-1", "Gamma", day(6), 4000, "USD", terms, day(8), "Valve"],
        ["C-1", "Gamma", day(6), 4000, "USD", terms, day(8), f"Valve {subtotal}"],
    ]


def _ledger(folder: Path, subtotal: str = SUBTOTAL, ditto: str = DITTO) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_xlsx(folder / "2026台账.xlsx", {"1月": _rows(subtotal, ditto)})


def _as_earlier_release_stored(db: Path, tmp_path: Path) -> None:
    [result] = import_files(db, [_ledger(tmp_path / "then", MARK, NAME)])
    assert result.status == "imported", result.message
    conn = sqlite3.connect(db)
    for table, columns in (("customers", ("key", "name")), ("orders", ("order_no", "order_key")),
                           ("order_lines", ("product", "line_key"))):
        for column in columns:
            for was, now in ((MARK, SUBTOTAL), (MARK.lower(), SUBTOTAL), (NAME, DITTO),
                             (NAME.lower(), DITTO)):
                conn.execute(f"UPDATE {table} SET {column} = replace({column}, ?, ?)", (was, now))
    conn.execute("UPDATE imports SET content_hash = substr(content_hash, 1, instr(content_hash, "
                 "':') - 1)")
    # and its readings: opening the file works its customer keys out again ("acme 小计" ->
    # "acme小计", core.ledger.customer_rekey), as it does a database that release wrote
    conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                 (str(rereading.VERSION - 1), READINGS_KEY))
    conn.commit()
    conn.close()


def _customers(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM customers"))
    finally:
        conn.close()


def _lines(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(
            "SELECT c.name, o.order_no, l.product, l.amount, l.source_row FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id"),
            key=repr)
    finally:
        conn.close()


def test_the_earlier_readings_of_subtotal_and_ditto_rows_go_when_the_ledger_comes_again(
        tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite"
    _as_earlier_release_stored(db, tmp_path)
    assert _revenue(db) == {"Acme": 8000, "Acme 小计": 8000, "Beta": 11000, "Gamma": 8000,
                            "同上": 3000}
    [result] = import_files(db, [_ledger(tmp_path / "now")])
    assert result.status == "imported", result.message
    assert _revenue(db) == {"Acme": 8000, "Beta": 7000, "Gamma": 4000}
    assert _customers(db) == ["Acme", "Beta", "Gamma"]  # none left without orders
    fresh = tmp_path / "fresh.sqlite"
    import_files(fresh, [_ledger(tmp_path / "now")])
    assert _lines(db) == _lines(fresh)  # as if the ledger had only ever been read today
    [removed] = [w for w in result.warnings if w.code == "misread_rows_removed"]
    assert removed.params["count"] == 4
    for words in ("“Acme 小计”", "“Beta 小计”", "“Valve 小计”", "“同上”"):
        assert words in removed.text
    [moved] = [w for w in result.warnings if w.code.startswith("order_")]
    assert moved.code == "order_ditto_read_again"  # not "two orders sharing a number"
    assert "Beta" in moved.text and "B-2" in moved.text


def test_both_imports_take_the_earlier_readings_out_alike(tmp_path: Path) -> None:
    _as_earlier_release_stored(tmp_path / "fast.sqlite", tmp_path / "a")
    shutil.copy(tmp_path / "fast.sqlite", tmp_path / "slow.sqlite")
    [result] = _same_import(tmp_path, [_ledger(tmp_path / "now")])
    assert any(w.code == "misread_rows_removed" for w in result.warnings)


def test_another_months_file_of_the_same_name_keeps_its_order_at_that_row(
        tmp_path: Path) -> None:
    """Firms that keep one file name in each month's folder: December's row 4 is Delta's
    order, January's row 4 a subtotal. January's import leaves December's order alone."""
    db = tmp_path / "firm.sqlite"
    december = [HEADER, *[[f"D-{n}", "Delta", date(2025, 12, n), 900 + n, "USD", "OA 30 days",
                           date(2025, 12, n + 1), "Pump"] for n in range(1, 10)]]
    write_xlsx((tmp_path / "12").mkdir() or tmp_path / "12" / "2026台账.xlsx", {"1月": december})
    import_files(db, [tmp_path / "12" / "2026台账.xlsx"])
    before = _lines(db)
    [result] = import_files(db, [_ledger(tmp_path / "01")])
    assert result.status == "imported"
    assert not any(w.code == "misread_rows_removed" for w in result.warnings)
    assert set(before) <= set(_lines(db))
    assert _revenue(db)["Delta"] == sum(900 + n for n in range(1, 10))


def test_undoing_the_import_brings_the_earlier_reading_back(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite"
    _as_earlier_release_stored(db, tmp_path)
    before = _lines(db)
    import_files(db, [_ledger(tmp_path / "now")])
    assert _lines(db) != before
    undo_import(db)
    assert _lines(db) == before


def test_an_exclusion_made_by_hand_on_the_subtotal_customer_waits_unused(
        tmp_path: Path) -> None:
    """The user guide said to exclude "Acme 小计" by hand; the customer goes, the exclusion
    stays in the corrections list as one waiting for its customer."""
    db = tmp_path / "firm.sqlite"
    _as_earlier_release_stored(db, tmp_path)
    conn = connect(db)
    with conn:
        exclude(conn, "Acme 小计", note="a subtotal, not a customer")
    conn.close()
    import_files(db, [_ledger(tmp_path / "now")])
    conn = connect(db)
    try:
        [row] = [r for r in list_overrides(conn) if r.kind == "exclude"]
        assert (row.customer_key, row.known) == (customer_key("Acme 小计"), False)
        assert conn.execute("SELECT COUNT(*) FROM customers WHERE key = ?",
                            (row.customer_key,)).fetchone()[0] == 0
    finally:
        conn.close()
