"""A year-to-date workbook whose later tabs write that month's receipt, not the total to date.

B-7 is 10,000 USD on OA 30, shipped 2025-01-06 (due 02-05). The clerk's January tab says 4,000
received on 1/20; February repeats the order with 3,000 dated 2/18, March with 3,000 dated
3/15: all 10,000 has come in. Only March's figure was kept: 3,000 received, 7,000 open 145 days
and the buyer on the black list (core.ledger.monthly_receipts). The usual workbook writes the
total to date (4,000, 7,000, 10,000) and keeps being read so, and so does a clerk's correction
of a figure (the same receipt date). Each workbook is imported by the app's import and by the
reference import (which must agree: test_fast_import._same_import) and analysed as the app does.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger.import_result import FileResult
from core.ledger.report import import_report
from core.store import connect

A = date(2025, 6, 30)
HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "实收金额",
          "收款日期"]
BUYER = "Bee Co"
# a customer paid on A: the ledger's receipts run to A
PAYER = ["P-9", "Payer", date(2025, 5, 1), 1_000, "USD", "OA 30 days", date(2025, 5, 2),
         1_000, A]
MONTHS = ["1月", "2月", "3月", "4月"]


def row(received: float | None, day: date | None, order_no: str = "B-7",
        amount: float = 10_000) -> list[object]:
    return [order_no, BUYER, date(2025, 1, 5), amount, "USD", "OA 30 days", date(2025, 1, 6),
            received, day]


def workbook(tmp_path: Path, *tabs: list[list[object]], name: str = "ytd") -> list[Path]:
    sheets = {MONTHS[n]: [HEADER, *rows, PAYER] for n, rows in enumerate(tabs)}
    return [write_xlsx(tmp_path / f"{name}.xlsx", sheets)]


def imported(tmp_path: Path, *rounds: list[Path]) -> tuple[Path, FileResult]:
    results = _same_import(tmp_path, *rounds)
    assert all(r.status == "imported" for r in results)
    return tmp_path / "fast.sqlite", results[-1]


def buyer(db: Path) -> CustomerMetrics:
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    [found] = [c for c in analysis.customers if c.customer == BUYER]
    return found


def received(db: Path) -> dict[str, tuple[float, str]]:
    conn = sqlite3.connect(db)
    try:
        return {number: (amount, day) for number, amount, day in conn.execute(
            "SELECT o.order_no, l.received_amount, l.received_date FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id WHERE o.order_no != 'P-9'")}
    finally:
        conn.close()


JAN, FEB, MAR = date(2025, 1, 20), date(2025, 2, 18), date(2025, 3, 15)
MONTHLY = ([row(4_000, JAN)], [row(3_000, FEB)], [row(3_000, MAR)])


def test_each_tabs_receipt_of_the_month_adds_up_to_the_order_paid(tmp_path: Path) -> None:
    db, result = imported(tmp_path, workbook(tmp_path, *MONTHLY))
    assert received(db) == {"B-7": (10_000, "2025-03-15")}
    c = buyer(db)
    assert (c.open_amount, c.max_days_overdue, c.list) == (0, 0, None)
    assert result.review.monthly == [("2月", 2), ("3月", 2)]
    assert "“2月” row 2, “3月” row 2" in import_report(result)


def test_next_months_workbook_reads_the_months_again_without_doubling(tmp_path: Path) -> None:
    """April's workbook repeats January to March and adds a tab: the order stays paid once,
    not 13,000 received on a 10,000 order with 3,000 on account."""
    first = workbook(tmp_path, [row(4_000, JAN)], [row(3_000, FEB)],
                     name="jan-feb")
    later = workbook(tmp_path, *MONTHLY, [row(None, None)], name="jan-apr")
    db, _ = imported(tmp_path, first, later)
    assert received(db) == {"B-7": (10_000, "2025-03-15")}
    c = buyer(db)
    assert (c.open_amount, c.credit_on_account, c.list) == (0, 0, None)


def test_the_total_to_date_on_each_tab_is_read_as_before(tmp_path: Path) -> None:
    """The usual workbook: 4,000, then 7,000, then 10,000 received to date, with a second
    order's February total (2,000 then 5,000 on 20,000) that alone could be either: the file's
    other order says its tabs hold totals, so it is read so and not named."""
    tabs = ([row(4_000, JAN), row(2_000, JAN, "B-8", 20_000)],
            [row(7_000, FEB), row(5_000, FEB, "B-8", 20_000)],
            [row(10_000, MAR), row(5_000, FEB, "B-8", 20_000)])
    db, result = imported(tmp_path, workbook(tmp_path, *tabs))
    assert received(db) == {"B-7": (10_000, "2025-03-15"), "B-8": (5_000, "2025-02-18")}
    assert (result.review.monthly, result.review.monthly_unclear) == ([], [])
    assert buyer(db).open_amount == 15_000


def test_a_figure_that_could_be_either_is_read_as_the_total_and_named(tmp_path: Path) -> None:
    """2,000 on 1/20, then 3,000 on 2/18 of 10,000, and nothing else in the file to tell: read
    as today (3,000 to date, 7,000 open, black-listed) and the row is named for the clerk."""
    db, result = imported(tmp_path, workbook(tmp_path, [row(2_000, JAN)], [row(3_000, FEB)]))
    assert received(db) == {"B-7": (3_000, "2025-02-18")}
    c = buyer(db)
    assert (c.open_amount, c.list) == (7_000, "black")
    assert result.review.monthly_unclear == [("2月", 2)]
    assert "could be that month's receipt" in import_report(result)


def test_a_file_whose_receipts_are_plainly_monthly_reads_the_unclear_ones_so(tmp_path: Path
                                                                            ) -> None:
    """B-7 shows the tabs hold each month's receipts; B-8's 2,000 then 3,000 of 20,000 alone
    could be either and is read as B-8's second receipt: 5,000."""
    tabs = ([row(4_000, JAN), row(2_000, JAN, "B-8", 20_000)],
            [row(3_000, FEB), row(3_000, FEB, "B-8", 20_000)],
            [row(3_000, MAR)])
    db, result = imported(tmp_path, workbook(tmp_path, *tabs))
    assert received(db) == {"B-7": (10_000, "2025-03-15"), "B-8": (5_000, "2025-02-18")}
    assert result.review.monthly == [("2月", 2), ("2月", 3), ("3月", 2)]
    assert buyer(db).open_amount == 15_000


def test_a_clerks_correction_on_the_same_receipt_date_replaces_the_figure(tmp_path: Path
                                                                          ) -> None:
    """B-8's January 4,000 on 1/20 is corrected to 400 on February's tab, same date: a
    correction, not a receipt of 400 more, though the file's B-7 is kept month by month (and
    a March copy of the corrected row changes nothing)."""
    tabs = ([row(4_000, JAN), row(4_000, JAN, "B-8")],
            [row(3_000, FEB), row(400, JAN, "B-8")],
            [row(3_000, MAR), row(400, JAN, "B-8")])
    db, _ = imported(tmp_path, workbook(tmp_path, *tabs))
    assert received(db) == {"B-7": (10_000, "2025-03-15"), "B-8": (400, "2025-01-20")}
    c = buyer(db)
    assert (c.open_amount, c.list) == (9_600, "black")
