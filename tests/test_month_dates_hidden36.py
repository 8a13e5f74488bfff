"""hidden36: a date cell giving a month without its day (2025年3月). An order date is read as
the month's first day, a ship, due or received date as its last (as an undated 本月收款 is
dated by its month's end), and the report names the rows, in the clerk's language. Both
imports (the app's and tests/reference_import) must agree (test_fast_import._same_import)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

from core.ledger.report import import_report


def _ledger(tmp_path: Path) -> Path:
    """C-1: ordered "2025年3月", 12,000 shipped 03-10 on OA 30 (due 04-09), 12,000 received
    "2025年4月"; C-2 ordered 2025-03-20, received on a day."""
    c1 = row("C-1", "Cairo Bazaar", "2025-03-01", 12_000, "2025-03-10", 12_000, "2025-04-01")
    c1[2], c1[8] = "2025年3月", "2025年4月"
    c2 = row("C-2", "Cairo Bazaar", "2025-03-20", 2_000, "2025-03-22", 2_000, "2025-03-25")
    return write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [HEADER, c1, c2]})


def test_a_month_without_its_day_is_read_by_what_its_column_means(tmp_path: Path):
    """The order of "2025年3月" on 03-01 (as before), its money "2025年4月" in on 04-30 (was
    04-01: the app said the buyer paid on the first of the month, a day the clerk never
    wrote): at 04-20 Cairo's 12,000 is still open (was nothing), at 05-05 nothing is."""
    [result] = _same_import(tmp_path, [_ledger(tmp_path)])
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        stored = conn.execute(
            "SELECT o.order_date, l.received_date FROM order_lines l JOIN orders o "
            "ON o.id = l.order_id WHERE o.order_no = 'C-1'").fetchall()
    assert stored == [("2025-03-01", "2025-04-30")]
    report = import_report(result)
    assert ("Sheet “台账”, column “下单日期”: 1 date gives a month without its day (row 2): "
            "read as the month's first day.") in report
    assert ("Sheet “台账”, column “收款日期”: 1 date gives a month without its day (row 2): "
            "read as the month's last day.") in report
    assert _owed(by_name(at(tmp_path / "fast.sqlite", d("2025-04-20")))["Cairo Bazaar"])[0] \
        == 12_000
    assert _owed(by_name(at(tmp_path / "fast.sqlite", d("2025-05-05")))["Cairo Bazaar"])[0] == 0


def test_a_month_without_its_day_is_said_in_chinese(tmp_path: Path):
    [result] = _same_import(tmp_path, [_ledger(tmp_path)])
    said = in_chinese(lambda: import_report(result))
    assert ("工作表“台账”，“收款日期”列：有 1 个日期只写了月份，没有写日（第 2 行）：按该月最后一天"
            "读取。") in said


def test_a_ledger_with_days_says_nothing_of_months(tmp_path: Path):
    rows = [HEADER, row("C-2", "Cairo Bazaar", "2025-03-20", 2_000, "2025-03-22", 2_000,
                        "2025-03-25")]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "台账.xlsx", {"台账": rows})])
    assert "without its day" not in import_report(result)


def test_a_month_past_december_is_no_month_without_its_day() -> None:
    """2025年13月 is no date at all (said so once), not also "a month without its day"."""
    from core.ledger.dates import month_only

    assert [month_only(v) for v in ("2025年3月", "2025年13月", "2025年0月", "2025年3月5日")] == [
        True, False, False, False]
