"""fix52q (rv52c listed_days_planned_balance_day, listed_days_year_typo): a 收款日期 cell listing
a day after the file's own day reads that day as no receipt (core.ledger.listed_days
.bound_listed): the balance's planned day ("2025/3/5、2025/5/31" where only the 3,000 deposit
came) or a mistyped year ("2025/3/5、2026/3/25"). acct52f dated the whole figure with the later
day: the deposit held 3,000 -> 0 at 03-31, 7,000 -> 10,000 open at 04-30, the planned 05-31
carried the ledger's receipts to it (days 4 -> 34, watch, at 06-30); the typo'd year left a
paid 10,000 open and overdue (40 days, watch). The file's day: its other cells' latest date
(05-01 here, a year's book whose tab names no month); a tab named for a later month dates it
to that month's end (acct52f's 3月 cell read against 5月's tab: tests/test_acct52f_listed_days.py).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.import_result import FileResult
from core.ledger.report import import_report

HEADER = ["合同号", "客户名称", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期",
          "实收金额", "收款日期", "备注"]
PLANNED, TYPO = "Planned Day Co", "Year Typo Co"


def _steady() -> list[list[object]]:
    """Five buyers paying on time: the book's receipts run to 2025-05-01."""
    return [[f"ST{i}{k}", f"Steady {i} Ltd", f"2025/{k + 1}/10", "杯子", 30_000, "USD", "OA 30天",
             f"2025/{k + 2}/1", 30_000, f"2025/{k + 3}/1", None]
            for i in range(1, 6) for k in range(3)]


def _import(tmp_path: Path, planned: str, typo: str) -> FileResult:
    rows = [*_steady(),
            ["FF1", PLANNED, "2025/2/15", "杯子", 10_000, "USD", "30%定金 70%见提单", "2025/4/20",
             3_000, planned, None],
            ["FF3", TYPO, "2025/2/15", "杯子", 10_000, "USD", "OA 30天", "2025/2/20", 10_000,
             typo, None]]
    book = write_xlsx(tmp_path / "2025年订单台账.xlsx", {"订单台账": [HEADER, *rows]})
    return _same_import(tmp_path, [book])[0]


def _days(tmp_path: Path) -> dict[str, str | None]:
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        return dict(conn.execute("SELECT o.order_no, l.received_date FROM order_lines l JOIN "
                                 "orders o ON o.id = l.order_id WHERE o.order_no LIKE 'FF%'"))


def test_a_day_after_the_files_is_no_receipt(tmp_path: Path) -> None:
    _import(tmp_path, "2025/3/5、2025/5/31", "2025/3/5、2026/3/25")
    assert _days(tmp_path) == {"FF1": "2025-03-05", "FF3": "2025-03-05"}
    march = by_name(at(tmp_path / "fast.sqlite", date(2025, 3, 31)))
    assert march[PLANNED].deposits_held == 3_000  # was 0: the deposit dated 05-31
    april = by_name(at(tmp_path / "fast.sqlite", date(2025, 4, 30)))
    assert april[PLANNED].open_amount == 7_000  # was 10,000
    june = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    assert (june[PLANNED].max_days_overdue, june[PLANNED].list) == (4, None)  # was 34, watch
    assert (june[TYPO].open_amount, june[TYPO].list) == (0, None)  # was 10,000 open, watch


def test_said_in_both_languages(tmp_path: Path) -> None:
    result = _import(tmp_path, "2025/3/5、2025/5/31", "2025/3/5、2026/3/25")
    assert ("Note: Sheet “订单台账”, column “收款日期”: “2025/3/5、2025/5/31”, "
            "“2025/3/5、2026/3/25” hold a date after the file's latest date (2025-05-01): no "
            "money can have come on it (a balance's planned day, or a mistyped year), so each "
            "figure is dated with the latest of its dates not after 2025-05-01, or none "
            "(2 cells: rows 17–18).") in import_report(result)
    zh = in_chinese(lambda: import_report(result))
    assert ("工作表“订单台账”的“收款日期”列：“2025/3/5、2025/5/31”、“2025/3/5、2026/3/25”写了晚于"
            "本文件最后日期（2025-05-01）的日期：那天不可能已收款（尾款的预计日期，或年份写错），"
            "金额记在其中不晚于 2025-05-01 的最后一个日期，没有则不记日期（共 2 格；第 17–18 "
            "行）。") in zh


def test_days_within_the_files_are_read_as_before(tmp_path: Path) -> None:
    """Both days on or before the file's day: the figure dated with the later (acct52f)."""
    result = _import(tmp_path, "2025/3/5、2025/4/25", "2025/3/5、2025/3/25")
    assert _days(tmp_path) == {"FF1": "2025-04-25", "FF3": "2025-03-25"}
    assert "after the file's latest date" not in import_report(result)


def test_the_parts_read_in_the_sheets_day_month_order(tmp_path: Path) -> None:
    """rv52c noise 3: a day-first sheet (15/02/2025) reads "5/3/2025、9/4/2025" as 03-05 and
    04-09, not May 3rd and September 4th (the latter past May's file, the figure dated 05-03)."""
    rows = [[f"A{i}", f"Buyer {i}", f"1{i}/02/2025", "杯子", 1_000, "USD", "OA 30天",
             f"1{i}/02/2025", None, None, None] for i in range(5)]
    rows.append(["FF1", PLANNED, "15/02/2025", "杯子", 1_000, "USD", "OA 30天", "20/02/2025",
                 1_000, "5/3/2025、9/4/2025", None])
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账2025-05.xlsx", {"5月": [HEADER, *rows]})])
    assert _days(tmp_path) == {"FF1": "2025-04-09"}
