"""How the ledger's dates read and how lateness counts from them (dates31), counted by hand.

- Due dates: the analysis counts lateness from the due date the terms give from the ship date,
  the one the import derives and stores: a buyer on 60 days paying on day 55 is on time.
- An order's date corrected in the file that wrote it, after another file wrote the order.
- A tab or file named "202503" gives year-less dates (3月5日) their year; "89年" is 1989.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from databases import before_schema_16
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger.dates import full_year
from core.ledger.tab_month import named_year
from core.store import connect

d = date.fromisoformat


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with connect(db) as conn:
        return [tuple(row) for row in conn.execute(sql)]


def _customers(db: Path, as_of: str) -> dict[str, CustomerMetrics]:
    with connect(db) as conn:
        return {c.customer: c for c in analyse(conn, as_of=d(as_of)).customers}


# --- 1. lateness counts from the due date the terms give --------------------------------------

SHIPPED = ["合同号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期", "实收金额",
           "收款日期"]


def test_sixty_days_paid_on_day_55_is_on_time_as_the_stored_due_date_says(tmp_path: Path):
    """Both on OA 60天, ordered 01-10, shipped 01-20: due 03-21 (01-20 + 60), the date the
    import stores. Early Bird pays 03-16, day 55 after shipment: on time. Slow Boat pays
    03-26, day 65: 5 days late. Counted from the order date (01-10 + 60 = 03-11) Early Bird
    would be 5 days late; the analysis does not do that (the note that it did was wrong)."""
    ledger = write_xlsx(tmp_path / "2025.xlsx", {"Sheet1": [SHIPPED, *(
        [number, customer, d("2025-01-10"), "Sofa", 10_000, "USD", "OA 60天", d("2025-01-20"),
         10_000, d(paid)]
        for number, customer, paid in (("E-1", "Early Bird", "2025-03-16"),
                                       ("S-1", "Slow Boat", "2025-03-26")))]})
    _same_import(tmp_path, [ledger])
    db = tmp_path / "fast.sqlite"
    assert _rows(db, "SELECT DISTINCT due_date FROM order_lines") == [("2025-03-21",)]
    found = _customers(db, "2025-06-30")
    early, slow = found["Early Bird"], found["Slow Boat"]
    assert [r.due_date for r in early.receivables] == [d("2025-03-21")]
    assert (early.settled_count, early.on_time_share, early.avg_days_late) == (1, 1.0, 0.0)
    assert (slow.settled_count, slow.on_time_share, slow.late_by) == (1, 0.0, 5.0)
    assert early.risk_grade <= slow.risk_grade  # "A" before "B": never worse than the late one


# --- 2. the file that wrote an order's date corrects it -------------------------------------

DATED = ["合同号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "实收金额", "收款日期",
         "业务员"]


def _line(ordered: str, product: str = "Sofa", amount: float = 10_000,
          paid: bool = False) -> list[object]:
    """L-1's row; a paid one (May's file) names its salesperson too: May's file writes the
    order."""
    return ["L-1", "Late Payer", d(ordered), product, amount, "USD", "T/T 30 days",
            amount if paid else None, d("2025-05-25") if paid else None,
            "Wang" if paid else None]


def _march(folder: Path, ordered: str) -> Path:
    return write_xlsx(folder / "2025-03.xlsx", {"3月": [DATED, _line(ordered)]})


def test_march_fixes_its_typo_after_mays_file_added_a_line(tmp_path: Path):
    """March's file dates L-1 03-03 (a typo for 03-30). May's file lists it again dated 05-02
    with a new Lamp line and its salesperson (May's file writes the order), both lines paid
    05-25. The clerk
    fixes March's 03-03 to 03-30 and imports March's file again. By hand (no ship dates:
    shipment = order date + 30 days, due 30 days later): dated 03-30, shipped 04-29, due
    05-29, paid 05-25 on time. Before, the fix read as a later date from another file and was
    kept out: 03-03, due 05-02, paid 23 days late, and the note told the clerk to correct it
    in the file that first listed it - the file they had just corrected."""
    files = tmp_path / "files"
    march = _march(files, "2025-03-03")
    may = write_xlsx(files / "2025-05.xlsx", {"5月": [
        DATED, _line("2025-05-02", paid=True), _line("2025-05-02", "Lamp", 2_000, True)]})
    _same_import(tmp_path, [march], [may])
    late = _customers(tmp_path / "fast.sqlite", "2025-07-31")["Late Payer"]
    assert (late.on_time_share, late.late_by) == (0.0, 23.0)
    _march(files, "2025-03-30")
    results = _same_import(tmp_path, [march])
    assert [w.code for w in results[0].warnings] == ["no_ship_date_column"]
    assert _rows(tmp_path / "fast.sqlite", "SELECT order_date FROM orders") == [
        ("2025-03-30",)]
    payer = _customers(tmp_path / "fast.sqlite", "2025-07-31")["Late Payer"]
    assert [r.due_date for r in payer.receivables] == [d("2025-05-29")]
    assert (payer.settled_count, payer.on_time_share, payer.avg_days_late) == (1, 1.0, 0.0)


def test_a_file_that_did_not_write_the_date_still_corrects_nothing(tmp_path: Path):
    """May's file first (05-02), then March's (03-10, earlier: the order's date, written by
    March's file). May's file again with a new line is no correction: the order stays 03-10."""
    files = tmp_path / "files"
    may = write_xlsx(files / "2025-05.xlsx", {"5月": [DATED, _line("2025-05-02", paid=True)]})
    march = _march(files, "2025-03-10")
    _same_import(tmp_path, [may], [march])
    write_xlsx(may, {"5月": [DATED, _line("2025-05-02", paid=True),
                             _line("2025-05-02", "Lamp", 2_000, True)]})
    results = _same_import(tmp_path, [may])
    assert "later_order_dates" in [w.code for w in results[0].warnings]
    assert _rows(tmp_path / "fast.sqlite", "SELECT order_date FROM orders") == [
        ("2025-03-10",)]


def test_schema_16_gives_an_order_one_file_wrote_that_files_import(tmp_path: Path):
    """A file of schema 15: L-1 written by March's file alone (imported twice), M-1 by March's
    then May's. Migrated, L-1's date is March's first import's (the rule before: it may be
    corrected there), M-1's no import's (it may not, as before)."""
    files = tmp_path / "files"
    march = write_xlsx(files / "2025-03.xlsx", {"3月": [
        DATED, _line("2025-03-03"), ["M-1", "Other", d("2025-03-04"), "Desk", 500, "USD"]]})
    may = write_xlsx(files / "2025-05.xlsx", {"5月": [
        DATED, ["M-1", "Other", d("2025-05-04"), "Chair", 700, "USD", None, None, None, "Li"]]})
    _same_import(tmp_path, [march], [march], [may])
    db = tmp_path / "fast.sqlite"
    old = sqlite3.connect(db)
    before_schema_16(old)
    old.execute("PRAGMA user_version = 15")
    old.commit()
    old.close()
    assert dict(_rows(db, "SELECT order_no, date_import_id FROM orders")) == {
        "L-1": 1, "M-1": None}


# --- 3. the years names give ------------------------------------------------------------------

PLAIN = ["合同号", "客户", "下单日期", "金额", "币种"]


def test_a_tab_or_file_named_202503_gives_year_less_dates_its_year(tmp_path: Path):
    """3月5日 on a tab "202503", and in a file "202503台账.xlsx": 2025-03-05 (before, no year:
    the row was skipped and A-1's 1,000 lost)."""
    rows = [PLAIN, ["A-1", "Acme", "3月5日", 1_000, "USD"],
            ["A-2", "Acme", d("2025-03-08"), 2_000, "USD"]]
    tab = write_xlsx(tmp_path / "tab" / "台账.xlsx", {"202503": rows})
    named = write_xlsx(tmp_path / "file" / "202503台账.xlsx", {"Sheet1": rows})
    for ledger in (tab, named):
        _same_import(ledger.parent, [ledger])
        assert _rows(ledger.parent / "fast.sqlite", "SELECT order_no, order_date FROM orders "
                     "ORDER BY 1") == [("A-1", "2025-03-05"), ("A-2", "2025-03-08")]
    # a day written in full, or more digits, give no year
    assert [named_year("Sheet1", name) for name in ("20250315.xlsx", "PO2025031.xlsx")] == [
        None, None]


def test_89_nian_is_1989_and_does_not_carry_the_years_rows(tmp_path: Path):
    """A tab "89年3月" (a typo) read as March 2089 had A-2 of 2025-03-08 dated before its
    month: carried forward, an order known only from a carried row. Read as 1989, A-2 is the
    tab's own order and nothing is carried; 3月5日 on it (1989) is still no ledger date."""
    assert [full_year(y) for y in ("89", "95", "25", "05")] == [1989, 1995, 2025, 2005]
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"89年3月": [
        PLAIN, ["A-1", "Acme", "3月5日", 1_000, "USD"],
        ["A-2", "Acme", d("2025-03-08"), 2_000, "USD"]]})
    results = _same_import(tmp_path, [ledger])
    assert "carried_only_orders" not in [w.code for w in results[0].warnings]
    db = tmp_path / "fast.sqlite"
    assert _rows(db, "SELECT order_no, order_date FROM orders") == [("A-2", "2025-03-08")]
    assert _rows(db, "SELECT carried_forward FROM order_lines") == [(0,)]
