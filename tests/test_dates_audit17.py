"""An audit of how the import reads date cells, written as a clerk writes them: real Excel
dates, serial numbers typed as numbers, and text. Each ledger is imported by the app's import
and by the reference import (both must leave the same database: test_fast_import._same_import)
and analysed as the app does.

The customer of every case is a late payer: one order of 8,000 USD ordered 2025-02-20, shipped
2025-03-01 on OA 30 (due 03-31), nothing received: 91 days past due at A, the black list. A
ship date read wrong moves its due date, its days overdue and so its list; one read as empty
leaves the order unshipped and the customer off every list, so the import must name it.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.run import analyse
from core.ledger.import_result import FileResult
from core.ledger.preview import preview_file
from core.ledger.read_as import read_cell, read_date
from core.store import connect

A = date(2025, 6, 30)
AMOUNT = 8_000
OVERDUE = (A - date(2025, 3, 31)).days  # 91
HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期"]
# a customer paid on A: the ledger's receipts run to A
PAYER = ["P-9", "Payer", date(2025, 5, 1), 1_000, "USD", "OA 30 days", date(2025, 5, 2),
         1_000, A]
LATE = "Late Co"


def row(ship: object, order_date: object = date(2025, 2, 20), order_no: str = "PO-1"
        ) -> list[object]:
    return [order_no, LATE, order_date, AMOUNT, "USD", "OA 30 days", ship, None, None]


def imported(tmp_path: Path, *rows: list[object], sheet: str = "台账"
             ) -> tuple[Path, FileResult]:
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {sheet: [HEADER, *rows, PAYER]})
    [result] = _same_import(tmp_path, [ledger])
    assert result.status == "imported"
    return tmp_path / "fast.sqlite", result


def late_payer(db: Path) -> CustomerMetrics:
    with connect(db) as conn:
        analysis: Analysis = analyse(conn, as_of=A)
    [found] = [c for c in analysis.customers if c.customer == LATE]
    return found


def ship_dates(db: Path) -> list[object]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT ship_date FROM order_lines ORDER BY id")]
    finally:
        conn.close()




# --- ship dates read as the clerk meant them -------------------------------------------------

@pytest.mark.parametrize("ship", [
    "2025。3。1",  # the ideographic full stop of a Chinese input method
    "25/3/1",  # year first with a two-digit year: no day or month is written "1" as a year
    "2025/3/1 下午2:30",  # a Chinese time after the date
])
def test_a_ship_date_written_any_way_a_clerk_writes_it(tmp_path: Path, ship: object) -> None:
    db, _ = imported(tmp_path, row(ship))
    assert ship_dates(db)[0] == "2025-03-01"
    c = late_payer(db)
    assert (c.open_amount, c.max_days_overdue, c.list) == (AMOUNT, OVERDUE, "black")


# --- dates that cannot be read are named, never guessed -----------------------------------------

def unread_ship_dates(result: FileResult) -> str:
    notes = [w.text for w in result.warnings
             if w.code in ("unread_date", "unread_date_out_of_years")
             and w.params["column"] == "出货日期"]
    return "".join(notes)


@pytest.mark.parametrize("ship", [
    "March 2025", "Mar 2025",  # no day: the "20" of the year was read as the 20th
    "1925/3/1",  # a typo for 2025: shipped a century ago, 36,000 days overdue
    90,  # a number of days, read as the serial 1900-03-30
    2025,  # the year alone, read as the serial 1905-07-17
    "2052/3/1",  # a typo for 2025: not shipped by A, so owed nothing
    "2025年3月1日至3月5日", "2025年3月1-5日",  # ranges, read as their first day
    "2025年3月15日左右",  # "about the 15th"
])
def test_a_ship_date_that_cannot_be_so_is_named_not_read(tmp_path: Path, ship: object) -> None:
    """Each read as a date once, silently: the 20th of March, or a range's first day, moved
    the due date and the days overdue (2025/3/1至3/5 was named, 2025年3月1日至3月5日 not);
    1925 or a serial in 1900 made the invoice decades overdue; 2052 left it unshipped at A and
    the late payer off the black list."""
    db, result = imported(tmp_path, row(ship))
    assert ship_dates(db)[0] is None
    said = "is a date outside the years a ledger's dates fall in" if ship in (
        "1925/3/1", "2052/3/1") else "is not a date"  # hostile36: its year is the trouble
    assert f"“{ship}” {said}" in unread_ship_dates(result)


@pytest.mark.parametrize("ship", ["TBA", "TBD", "待定", "未出货", "未发货", "pending"])
def test_a_ship_date_saying_not_yet_is_empty_and_not_named(tmp_path: Path, ship: str) -> None:
    """"未出货" says what an empty cell says: not shipped. Named as a date the import could not
    read, it told the clerk to correct a cell that is right (and buried the cells that are
    not)."""
    db, result = imported(tmp_path, row(ship))
    assert ship_dates(db)[0] is None
    assert unread_ship_dates(result) == ""
    assert late_payer(db).list is None  # not shipped: nothing owed yet


def test_a_column_writing_two_digit_years_first_reads_them_so(tmp_path: Path) -> None:
    """25/3/1 can only be year first; the 25/3/15 beside it was read 25 March 2015: shipped a
    decade ago, so the invoice was ten years overdue."""
    db, _ = imported(tmp_path, row("25/3/1"), row("25/3/15", order_no="PO-2"))
    assert ship_dates(db)[:2] == ["2025-03-01", "2025-03-15"]
    c = late_payer(db)
    assert (c.open_amount, c.max_days_overdue, c.list) == (2 * AMOUNT, OVERDUE, "black")


@pytest.mark.parametrize("cell", ["未出货", "TBA", "-"])
def test_the_preview_does_not_promise_to_name_a_cell_saying_not_yet(cell: str) -> None:
    """The import dialog said "not a date: read as empty, and named in the import's report"
    of cells the report then never named."""
    reading = read_date(cell, "mdy", True, "ship_date")
    assert (reading.value, reading.warning) == ("", None)


def test_a_column_writing_two_digit_years_first_zero_padded_reads_them_so(tmp_path: Path
                                                                          ) -> None:
    """25/03/01 and 25/03/15 were read day first (25 > 12): shipped in 2001 and 2015. Read year
    first they are days of one year, as a column of dates is; read day first, 14 years apart."""
    db, _ = imported(tmp_path, row("25/03/01"), row("25/03/15", order_no="PO-2"))
    assert ship_dates(db)[:2] == ["2025-03-01", "2025-03-15"]
    c = late_payer(db)
    assert (c.open_amount, c.max_days_overdue, c.list) == (2 * AMOUNT, OVERDUE, "black")


# --- a two-digit year first, alone in its column: the order dates' years say so --------------

def test_a_lone_ship_date_written_two_digit_year_first_reads_near_the_order_dates(
        tmp_path: Path) -> None:
    """25/03/01, the only such date in its column, was read day first: shipped 25 March
    2001, 8,863 days overdue. The order dates are 2025's; 2025-03-01 is the reading meant."""
    db, result = imported(tmp_path, row("25/03/01"))
    assert ship_dates(db)[0] == "2025-03-01"
    assert unread_ship_dates(result) == ""
    c = late_payer(db)
    assert (c.open_amount, c.max_days_overdue, c.list) == (AMOUNT, OVERDUE, "black")


def test_a_date_neither_of_whose_readings_is_near_the_order_dates_is_named(tmp_path: Path
                                                                          ) -> None:
    """12/03/10 is 2012 or 2010 whichever part is the year, beside orders of 2025: read, it
    made the invoice a dozen years overdue without a word; now it is named, not guessed."""
    db, result = imported(tmp_path, row("12/03/10"))
    assert ship_dates(db)[0] is None
    [named] = [w.text for w in result.warnings if w.code == "two_way_date"]
    assert "“12/03/10” reads as a date with its first part as the year" in named
    assert unread_ship_dates(result) == ""  # not said to be no date


def test_the_import_dialog_reads_the_lone_two_digit_year_first_date_as_the_import(
        tmp_path: Path) -> None:
    """The dialog showed 25/03/01 → 2001-03-25, what the import stored then; it shows what the
    import stores now."""
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, row("25/03/01"), PAYER]})
    with connect(tmp_path / "db.sqlite") as conn:
        [sheet] = preview_file(conn, ledger).sheets
    order = sheet.date_orders["ship_date"]
    reading = read_cell("ship_date", "25/03/01", order, True, years=sheet.date_years)
    assert reading.value == "2025-03-01"
