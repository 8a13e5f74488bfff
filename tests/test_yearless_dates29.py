"""Dates typed without a year (3月5日, 3/5) on a tab or in a file whose name states the year
(core.ledger.yearless): read in that year, the row is an order; before, it was skipped and a
late payer's unpaid order went with it.

Hand counts with the defaults: OA 30 (due = ship + 30); black for more than 60 days past due
with an average order under 20,000 USD; watch from more than 30 days.
"""

from __future__ import annotations

from datetime import date

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d, imported

from core.ledger.report import import_report

HEADER = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期"]


def row(no: str, customer: str, ordered: object, amount: float, ship: object,
        received: float | None = None, on: object = None) -> list[object]:
    return [no, customer, ordered, amount, "USD", "OA 30 days", ship, received, on]


# The tab of January 2026 holds an order of 28 December, copied from last month's tab with
# its day and month only, shipped 01-05 (due 02-04) and unpaid.
JANUARY = [HEADER,
           row("L-1", "Lagos Late", "12月28日", 12_000, d("2026-01-05")),
           row("L-2", "Lagos Late", d("2026-01-08"), 5_000, d("2026-01-10"), 5_000,
               d("2026-02-05")),
           row("P-1", "Payer", d("2026-01-09"), 1_000, d("2026-01-10"), 1_000,
               d("2026-04-30"))]


def test_a_date_without_its_year_on_a_tab_named_for_its_month_is_that_year_s(tmp_path):
    """Hand count at 2026-04-30: L-1 12,000 due 2026-02-04, L-2 5,000 due 02-09; the 5,000 of
    02-05 pays the oldest first: 7,000 of L-1 open 85 days, L-2 80; average order 8,500:
    black. Before: "12月28日" was no date, L-1 skipped, Lagos Late owed nothing and was
    on no list. Across the year's turn the year is the one nearest the tab's month: 2025."""
    db = tmp_path / "firm.sqlite"
    report = imported(db, write_xlsx(tmp_path / "台账.xlsx", {"2026年1月": JANUARY}))
    assert "12月28日" not in report  # before: "order date “12月28日” is not a date"
    lagos = by_name(at(db, date(2026, 4, 30)))["Lagos Late"]
    assert {(r.order_no, r.order_date, round(r.open), r.days_overdue)
            for r in lagos.receivables} == {("L-1", d("2025-12-28"), 7_000, 85),
                                            ("L-2", d("2026-01-08"), 5_000, 80)}
    assert (lagos.open_amount, lagos.orders_all, lagos.list) == (12_000, 2, "black")


def test_a_month_and_day_in_a_file_named_for_its_month_and_the_sheet_s_order(tmp_path):
    """2025年3月台账.xlsx, one tab "Sheet1": 03/13/2025 settles the sheet month first, so
    "3/5" is 5 March 2025 and "3/10" 10 March (due 04-09): 82 days past due at 06-30, one
    order of 8,000: black. Before: M-1 skipped, Milan Deco absent from every list."""
    sheet = [HEADER,
             row("M-1", "Milan Deco", "3/5", 8_000, "3/10"),
             row("P-1", "Payer", "03/13/2025", 1_000, "03/14/2025", 1_000, "06/30/2025")]
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(tmp_path / "2025年3月台账.xlsx", {"Sheet1": sheet}))
    milan = by_name(at(db))["Milan Deco"]
    assert [(r.order_date, r.due_date, r.days_overdue) for r in milan.receivables] == [
        (d("2025-03-05"), d("2025-04-09"), 82)]
    assert milan.list == "black"


def test_the_reference_import_reads_year_less_dates_alike_and_only_where_a_name_says(tmp_path):
    """Both writers agree; a tab "3月" in a file whose name gives no year keeps the row
    skipped and named, as before (no year to vouch for)."""
    named = write_xlsx(tmp_path / "台账.xlsx", {"2026年1月": JANUARY})
    unnamed = write_xlsx(tmp_path / "ledger.xlsx", {"3月": [
        HEADER, row("U-1", "Unnamed Year", "3月5日", 4_000, "3月10日"),
        row("P-2", "Payer", d("2025-03-01"), 1_000, d("2025-03-02"))]})
    first, second = _same_import(tmp_path, [named, unnamed])
    assert "12月28日" not in import_report(first)
    assert "order date “3月5日” has no year" in import_report(second)
