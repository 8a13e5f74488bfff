"""Audit 13c: the values that decide a customer's account read right from a clerk's messy
ledger, or the import says which cell it could not read — never a silent wrong value."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ledgers import write_csv, write_xlsx

from core.ledger.importer import FileResult, import_files
from core.ledger.preview import preview_file
from core.store import connect

HEADER = ["订单号", "客户", "订单日期", "金额", "币种", "出货日期", "已收金额", "收款日期"]


def _import(tmp_path: Path, path: Path) -> tuple[FileResult, sqlite3.Connection]:
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    return result, connect(db)


def _lines(conn: sqlite3.Connection, *columns: str) -> dict[str, tuple]:
    """Each order's line values by order number."""
    query = (f"SELECT o.order_no, {', '.join('l.' + c for c in columns)} FROM order_lines l "
             "JOIN orders o ON o.id = l.order_id")
    return {row[0]: tuple(row[1:]) for row in conn.execute(query)}


def _order_date(conn: sqlite3.Connection, order_no: str) -> str:
    return conn.execute("SELECT order_date FROM orders WHERE order_no = ?",
                        (order_no,)).fetchone()[0]


def _csv(tmp_path: Path, rows: Sequence[Sequence[object]], name: str = "台账.csv") -> Path:
    return write_csv(tmp_path / name, [HEADER, *rows])


# --- day and month: one reading per sheet and per file ------------------------------------------

def test_a_ship_date_reads_day_first_when_the_order_dates_beside_it_say_so(tmp_path):
    """13/02/2025 can only be day first; the ship dates 03/04/2025 and 05/06/2025 beside it
    are written by the same hand. Read month first (the setting) they fell a month early."""
    path = _csv(tmp_path, [["A1", "Acme", "13/02/2025", "1000", "USD", "03/04/2025", "", ""],
                           ["A2", "Acme", "01/03/2025", "1000", "USD", "05/06/2025", "", ""]])
    _, conn = _import(tmp_path, path)
    assert _lines(conn, "ship_date") == {"A1": ("2025-04-03",), "A2": ("2025-06-05",)}
    preview = preview_file(conn, path)
    assert preview.sheets[0].date_orders == {"order_date": "dmy", "ship_date": "dmy",
                                             "received_date": "dmy"}


def test_a_tab_whose_dates_all_read_both_ways_reads_them_as_the_tab_before(tmp_path):
    """A monthly workbook: February's tab settles day first (14/02); March's only dates are
    05/03 and 10/03, which the setting (month first) would read as May and October."""
    path = write_xlsx(tmp_path / "台账.xlsx", {
        "2月": [HEADER, ["F1", "Acme", "14/02/2025", 1000, "USD", "20/02/2025", None, None]],
        "3月": [HEADER, ["M1", "Acme", "05/03/2025", 2000, "USD", "10/03/2025", None, None]],
    })
    _, conn = _import(tmp_path, path)
    assert _lines(conn, "ship_date")["M1"] == ("2025-03-10",)
    assert _order_date(conn, "M1") == "2025-03-05"
    assert [s.date_orders["order_date"] for s in preview_file(conn, path).sheets] == [
        "dmy", "dmy"]


def test_a_column_that_settles_its_own_order_keeps_it(tmp_path):
    """Each column's own evidence wins over the sheet's: an ERP's order dates month first
    (12/25/2024) beside a clerk's ship dates day first (25/01/2025)."""
    path = _csv(tmp_path, [["A1", "Acme", "12/25/2024", "1000", "USD", "25/01/2025", "", ""],
                           ["A2", "Acme", "01/02/2025", "1000", "USD", "03/02/2025", "", ""]])
    _, conn = _import(tmp_path, path)
    assert _order_date(conn, "A2") == "2025-01-02"
    assert _lines(conn, "ship_date")["A2"] == ("2025-02-03",)


# --- figures written the European way ----------------------------------------------------------

def test_a_round_figure_in_a_column_written_the_european_way_is_thousands(tmp_path):
    """1.234,50 says the sheet writes a comma for the decimal mark and dots between
    thousands: its 10.000 and received 2.500 are ten thousand and two and a half thousand,
    not ten and 2.5 (read so, the order left M and the receipt left the invoice open)."""
    path = _csv(tmp_path, [["E1", "Acme", "2025-03-01", "1.234,50", "EUR", "", "", ""],
                           ["E2", "Acme", "2025-03-02", "10.000", "EUR", "", "2.500",
                            "2025-03-20"],
                           ["E3", "Acme", "2025-03-03", "€ 1.000.000", "EUR", "", "", ""]])
    _, conn = _import(tmp_path, path)
    assert _lines(conn, "amount", "received_amount") == {
        "E1": (1234.5, None), "E2": (10_000.0, 2_500.0), "E3": (1_000_000.0, None)}


def test_a_figure_whose_column_writes_a_decimal_point_keeps_it(tmp_path):
    """The same 10.000 beside 1,234.50 (a decimal point) or alone is ten, as Excel reads it."""
    path = _csv(tmp_path, [["U1", "Acme", "2025-03-01", "1,234.50", "USD", "", "10.000", ""],
                           ["U2", "Acme", "2025-03-02", "1,234", "USD", "", "", ""]])
    _, conn = _import(tmp_path, path)
    assert _lines(conn, "amount", "received_amount") == {
        "U1": (1234.5, 10.0), "U2": (1234.0, None)}
