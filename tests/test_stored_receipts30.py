"""Next month's file repeating a stored order with only that month's receipt.

A-1 is 5,000 USD on OA 30, ordered 2025-03-02 and shipped 03-05 (due 04-04). March's file says
3,000 received on 3/20; April's file (a file of its own, its tab 4月) repeats A-1 with 2,000
received on 4/18, meaning 2,000 more: all 5,000 has come in. The import replaced the stored
3,000 with 2,000: 3,000 open 87 days at 6/30 and the buyer black-listed
(core.ledger.stored_receipts). Each file is imported by the app's import and by the reference
import (which must agree: test_fast_import._same_import), in turn, into real SQLite files, and
analysed as the app does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_monthly_receipts29 import PAYER, buyer, received

from core.ledger.import_result import FileResult
from core.ledger.report import import_report

PLAIN, MONTH, TOTAL = "实收金额", "本月收款", "累计已收"
MAR, APR, MAY = date(2025, 3, 20), date(2025, 4, 18), date(2025, 5, 16)
BUYER = "Bee Co"


def row(received: float | None, day: date | None, amount: float = 5_000,
        order_no: str = "A-1") -> list[object]:
    return [order_no, BUYER, date(2025, 3, 2), amount, "USD", "OA 30 days", date(2025, 3, 5),
            received, day]


def month_file(tmp_path: Path, tab: str, rows: list[list[object]], header: str = PLAIN
               ) -> list[Path]:
    head = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", header,
            "收款日期"]
    return [write_xlsx(tmp_path / f"{tab}.xlsx", {tab: [head, *rows, PAYER]})]


def imports(tmp_path: Path, *rounds: list[Path]) -> tuple[Path, list[FileResult]]:
    results = _same_import(tmp_path, *rounds)
    assert all(r.status == "imported" for r in results)
    return tmp_path / "fast.sqlite", results


def test_aprils_file_adds_its_receipt_below_the_stored_one(tmp_path: Path) -> None:
    """2,000 on a later date below the stored 3,000 cannot be the total to date: added."""
    db, results = imports(tmp_path, month_file(tmp_path, "3月", [row(3_000, MAR)]),
                          month_file(tmp_path, "4月", [row(2_000, APR)]))
    assert received(db) == {"A-1": (5_000, "2025-04-18")}
    c = buyer(db)
    assert (c.open_amount, c.max_days_overdue, c.list) == (0, 0, None)
    report = import_report(results[-1])
    assert "this month's receipt, not the total received to date" in report
    assert "A-1; “4月” row 2" in report


def test_the_received_header_says_whether_a_figure_that_could_be_either_adds(
        tmp_path: Path) -> None:
    """3,000 then 4,000 on 10,000: under 本月收款 it is April's receipt (7,000 in); under a
    plain 实收金额 the total (4,000), and the report names the order; under 累计已收 the total,
    not named."""
    for header, expected in ((MONTH, 7_000), (PLAIN, 4_000), (TOTAL, 4_000)):
        here = tmp_path / str(expected) / header
        here.mkdir(parents=True)
        db, results = imports(
            here, month_file(here, "3月", [row(3_000, MAR, 10_000)], header),
            month_file(here, "4月", [row(4_000, APR, 10_000)], header))
        assert received(db) == {"A-1": (expected, "2025-04-18")}, header
        assert buyer(db).open_amount == 10_000 - expected
        report = import_report(results[-1])
        assert ("could be this month's receipt or the total" in report) == (header == PLAIN)
        assert ("A-1; “4月” row 2" in report) == (header != TOTAL)


def test_three_months_files_in_turn_and_aprils_imported_again(tmp_path: Path) -> None:
    """本月收款: 3,000, then 1,000, then 1,000 of 5,000, each its month's file; April's file
    then imported again (edited: a new row of another order) adds nothing twice and takes
    nothing away."""
    march = month_file(tmp_path, "3月", [row(3_000, MAR)], MONTH)
    april = month_file(tmp_path, "4月", [row(1_000, APR)], MONTH)
    may = month_file(tmp_path, "5月", [row(1_000, MAY)], MONTH)
    db, _ = imports(tmp_path, march, april, may)
    assert received(db) == {"A-1": (5_000, "2025-05-16")}
    assert (buyer(db).open_amount, buyer(db).list) == (0, None)
    again = month_file(tmp_path, "4月", [row(1_000, APR), row(None, None, 900, "C-3")], MONTH)
    db, _ = imports(tmp_path, again)
    assert received(db) == {"A-1": (5_000, "2025-05-16"), "C-3": (None, None)}
    assert buyer(db).open_amount == 900  # C-3's alone


def test_a_zero_or_a_blank_date_on_next_months_file(tmp_path: Path) -> None:
    """A-1 shows 0 in April (nothing came in): the stored 3,000 stays, not 5,000 open. B-2's
    1,000 without a date below the stored 2,000 is read as the total, as before, and named."""
    db, results = imports(
        tmp_path, month_file(tmp_path, "3月", [row(3_000, MAR), row(2_000, MAR, 8_000, "B-2")]),
        month_file(tmp_path, "4月", [row(0, None), row(1_000, None, 8_000, "B-2")]))
    assert received(db) == {"A-1": (3_000, "2025-03-20"), "B-2": (1_000, "2025-03-20")}
    assert buyer(db).open_amount == 2_000 + 7_000
    report = import_report(results[-1])
    assert "B-2; “4月” row 3" in report and "A-1" not in report


def test_a_month_headed_file_without_dates_adds_each_months_receipt(tmp_path: Path) -> None:
    """No receipt-date column, 本月收款: April's 2,000 is April's receipt."""
    march = [write_xlsx(tmp_path / "3月.xlsx", {"3月": [
        ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", MONTH],
        row(3_000, None)[:8], PAYER[:8]]})]
    april = [write_xlsx(tmp_path / "4月.xlsx", {"4月": [
        ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", MONTH],
        row(2_000, None)[:8], PAYER[:8]]})]
    db, _ = imports(tmp_path, march, april)
    assert received(db)["A-1"][0] == 5_000


def test_a_zero_on_a_later_tab_of_a_monthly_workbook(tmp_path: Path) -> None:
    """One workbook, 本月收款: 3月 3,000, 4月 0 (nothing that month), 5月 2,000: 5,000 in."""
    head = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", MONTH, "收款日期"]
    book = [write_xlsx(tmp_path / "ytd.xlsx", {
        "3月": [head, row(3_000, MAR), PAYER], "4月": [head, row(0, None), PAYER],
        "5月": [head, row(2_000, MAY), PAYER]})]
    db, _ = imports(tmp_path, book)
    assert received(db) == {"A-1": (5_000, "2025-05-16")}
    assert buyer(db).open_amount == 0


def test_a_file_of_totals_to_date_is_read_so_and_names_nothing(tmp_path: Path) -> None:
    """April's plain file: B-2's 5,000 on 5,000 can only be the total (added, it pays over),
    so A-1's 4,000 after 3,000 on 10,000 is a total too, not named; C-3's 0 (the template's
    default) leaves its stored 2,000, not 6,000 open."""
    march = month_file(tmp_path, "3月", [row(3_000, MAR, 10_000), row(3_000, MAR, 5_000, "B-2"),
                                        row(2_000, MAR, 6_000, "C-3")])
    april = month_file(tmp_path, "4月", [row(4_000, APR, 10_000), row(5_000, APR, 5_000, "B-2"),
                                        row(0, None, 6_000, "C-3")])
    db, results = imports(tmp_path, march, april)
    assert received(db) == {"A-1": (4_000, "2025-04-18"), "B-2": (5_000, "2025-04-18"),
                            "C-3": (2_000, "2025-03-20")}
    assert buyer(db).open_amount == 6_000 + 4_000
    report = import_report(results[-1])
    assert "imported before" not in report
