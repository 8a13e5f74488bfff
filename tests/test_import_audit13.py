"""Audit 13c: the values that decide a customer's account read right from a clerk's messy
ledger, or the import says which cell it could not read — never a silent wrong value."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ledgers import write_csv, write_xlsx
from test_fast_import import _same_import

from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
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


# --- optional cells the import cannot read are named, never silently empty ----------------------

def test_an_unreadable_receipt_or_ship_date_is_named_with_its_sheet_column_and_rows(tmp_path):
    """Read as empty without a word, the receipt left A1 open (overdue, towards the black
    list) and the receipt date of A2 undated; "-" and "无" stand for empty and say nothing."""
    path = _csv(tmp_path, [
        ["A1", "Acme", "2025-03-01", "1000", "USD", "2025-03-03", "USD 1,000.00 (T/T)",
         "2025-03-20"],
        ["A2", "Acme", "2025-03-02", "1000", "USD", "2025-03-05", "1000", "20/3"],
        ["A3", "Acme", "2025-03-03", "1000", "USD", "2025-03-06", "-", "无"],
        ["A4", "Acme", "2025-03-04", "1000", "USD", "3月6日", "USD 1,000.00 (T/T)", ""]])
    result, conn = _import(tmp_path, path)
    notes = {(w.code, w.params["column"]): w for w in result.warnings
             if w.code in ("unread_date", "unread_money", "no_year_date")}
    assert set(notes) == {("unread_money", "已收金额"), ("no_year_date", "收款日期"),
                          ("no_year_date", "出货日期")}
    receipt = notes[("unread_money", "已收金额")]
    assert receipt.params["sheet"] == "台账" and receipt.params["rows"] == "2, 5"
    assert receipt.params["count"] == 2
    assert "“USD 1,000.00 (T/T)” is not a number" in receipt.text
    assert notes[("no_year_date", "收款日期")].params["rows"] == "3"
    assert "“3月6日” has no year" in notes[("no_year_date", "出货日期")].text  # words30
    assert _lines(conn, "received_amount")["A1"] == (None,)


def test_a_clean_ledger_has_no_note_about_unread_cells(tmp_path):
    path = _csv(tmp_path, [["A1", "Acme", "2025-03-01", "1000", "USD", "2025-03-03", "1,000.00",
                            "2025-03-20"],
                           ["A2", "Acme", "2025-03-02", "1000", "USD", "", "", ""]])
    result, _ = _import(tmp_path, path)
    assert not [w for w in result.warnings if w.code.startswith("unread_")]


def test_the_fast_path_and_the_row_by_row_reference_read_these_ledgers_alike(tmp_path):
    """Every reading above (day-first ship dates, a later tab, decimal commas, unread cells)
    leaves the same database and report by both paths."""
    monthly = write_xlsx(tmp_path / "monthly.xlsx", {
        "2月": [HEADER, ["F1", "Acme", "14/02/2025", "1.234,50", "EUR", "20/02/2025", "-",
                        "星期一"]],
        "3月": [HEADER, ["M1", "Acme", "05/03/2025", "10.000", "EUR", "10/03/2025", "2.500",
                        "11/03/2025"],
                ["M2", "Bolt", "06/03/2025", 500, "USD", "n/a", "USD 100 (part)", None]]})
    messy = _csv(tmp_path, [["A1", "Acme", "13/02/2025", "1000", "USD", "03/04/2025",
                             "USD 1,000.00 (T/T)", "20/3"]])
    _same_import(tmp_path, [monthly], [messy])
