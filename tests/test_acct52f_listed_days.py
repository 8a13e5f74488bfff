"""acct52f (rv52a, two_dates_cell): a 收款日期 cell holding the deposit's and the balance's day,
"2025/3/5、2025/5/31", is read as the receipts it says (core.ledger.day_lists,
core.ledger.listed_days), no longer as an empty cell.

A Foshan furniture exporter's year book, a tab a month, saved each month end and imported
again under the same name (or imported once), by the app's import and the reference import,
which must agree. Iris Living's FS-1 (9,000 USD, 30 % deposit, balance against the B/L copy,
shipped 04-03): deposit 2,700 on 03-05; the balance came 05-31, the clerk raising 收款金额 to
9,000 and adding the day to the same cell. Before: the cell read as empty, the figure stayed
dated 03-05 (re-imported month by month) or undated (imported once): Iris 0 days late on
average where 51, and the ledger's receipts ran to 05-27 only, so 广州恒达's RMB invoice due
05-30 was not overdue where it is 1 day.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.analysis.model import CustomerMetrics
from core.i18n import tr
from core.ledger.day_lists import listed_days
from core.ledger.import_result import FileResult
from core.ledger.read_as import read_date
from core.ledger.report import import_report

HEADER = ["发票号", "客户", "日期", "品名", "金额", "币种", "付款方式", "出货日期", "收款金额",
          "收款日期", "备注"]
NAME = "2025年订单台账.xlsx"
IRIS, AGENT = "Iris Living", "广州恒达贸易有限公司"
TERMS = "T/T 30%定金，70%见提单复印件付款"
AGENT_ROW = ["FS-2", AGENT, "2025/3/8", "岩板茶几", 100_000, "RMB", "月结60天", "2025/3/23",
             None, None, None]
OTHER = ["P-1", "Other Buyer Ltd", "2025/5/1", "餐桌", 1_000, "USD", "T/T in advance",
         "2025/5/1", "USD 1,000", "2025/5/27", None]  # another buyer's receipt: R to 05-27


def _iris(received: str, day: str | None, note: str | None = None) -> list[object]:
    return ["FS-1", IRIS, "2025/3/2", "藤编椅", 9_000, "USD", TERMS, "2025/4/3", received, day,
            note]


MARCH = {"3月": [_iris("USD 2,700", "2025/3/5", "30%定金已收"), AGENT_ROW]}


def _may(cell: str) -> dict[str, list[list[object]]]:
    return {"3月": [_iris("USD 9,000", cell), AGENT_ROW], "5月": [OTHER]}


def _book(folder: Path, tabs: dict[str, list[list[object]]]) -> Path:
    """The year book as saved at a month end: each tab a title row, the header, its rows."""
    return write_xlsx(folder / NAME, {name: [[f"佛山明辉家居灯饰 2025年{name}出货台账"], HEADER,
                                             *rows] for name, rows in tabs.items()})


def _months(tmp_path: Path, *versions: dict[str, list[list[object]]]) -> list[FileResult]:
    """Each month end's book imported in turn, under the same name, by both imports."""
    return _same_import(tmp_path, *[[_book(tmp_path / f"v{i}", tabs)]
                                    for i, tabs in enumerate(versions)])


def _customers(tmp_path: Path, day: str = "2025-05-31") -> dict[str, CustomerMetrics]:
    return by_name(at(tmp_path / "fast.sqlite", date.fromisoformat(day)))


def _line(tmp_path: Path) -> tuple[float, str | None, list[object]]:
    """Iris's line: its received total, its day and the earlier totals kept with their days."""
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        total, day, history = conn.execute(
            "SELECT received_amount, received_date, received_history FROM order_lines l JOIN "
            "orders o ON o.id = l.order_id WHERE o.order_no = 'FS-1'").fetchone()
    return total, day, [step[:2] for step in json.loads(history or "[]")
                        if isinstance(step, list)]


def _said(results: list[FileResult]) -> list[list[str]]:
    """Per import, its report's lines naming the 收款日期 column."""
    return [[line.strip() for line in import_report(r).splitlines() if "收款日期" in line
             and "←" not in line] for r in results]


WORDS = ("Note: Sheet “3月”, column “收款日期”: “2025/3/5、2025/5/31” holds more than one date, "
         "read as money received on each: the figure is dated with the last, and what was "
         "stored before with an earlier one keeps its day (row 3). Where nothing was stored, "
         "all of it is dated with the last.")


def test_month_by_month_the_balance_is_dated_its_own_day(tmp_path: Path) -> None:
    """March's book: 2,700 of 03-05. May's: 9,000, "2025/3/5、2025/5/31". The deposit keeps
    03-05, the 6,300 balance is dated 05-31: Iris 51 days late on average (due 04-10; was 0),
    the receipts run to 05-31 and 恒达's 13,890 (100,000 RMB) is 1 day overdue (was 0)."""
    results = _months(tmp_path, MARCH, _may("2025/3/5、2025/5/31"))
    assert _line(tmp_path) == (9_000, "2025-05-31", [["2025-03-05", 2_700]])
    found = _customers(tmp_path)
    assert found[IRIS].avg_days_late == 51
    assert found[IRIS].open_amount == 0
    assert found[AGENT].max_days_overdue == 1
    assert round(found[AGENT].overdue_amount) == round(found[AGENT].open_amount) > 0
    assert _said(results) == [[], [WORDS]]


def test_the_same_as_a_clerk_overwriting_the_day(tmp_path: Path) -> None:
    """The cell's reading is the one a clerk overwriting 03-05 with 05-31 gets: the same line,
    the same lateness."""
    _months(tmp_path / "two", MARCH, _may("2025/3/5、2025/5/31"))
    _months(tmp_path / "one", MARCH, _may("2025/5/31"))
    assert _line(tmp_path / "two") == _line(tmp_path / "one")
    assert _customers(tmp_path / "two")[IRIS].avg_days_late == _customers(
        tmp_path / "one")[IRIS].avg_days_late == 51


def test_imported_once_the_whole_figure_takes_the_last_day(tmp_path: Path) -> None:
    """May's book alone (nothing stored): the cell does not say how much came on each day, so
    all 9,000 is dated 05-31, the reading that counts no money early (was: no date at all,
    the receipts' day 05-27, 恒达 not overdue)."""
    results = _months(tmp_path, _may("2025/3/5、2025/5/31"))
    assert _line(tmp_path) == (9_000, "2025-05-31", [])
    found = _customers(tmp_path)
    assert found[IRIS].avg_days_late == 51
    assert found[AGENT].max_days_overdue == 1
    assert _said(results) == [[WORDS]]


def test_said_once_and_in_chinese(tmp_path: Path) -> None:
    """June's book repeats the cell unchanged: not said again; the words in Chinese."""
    may = _may("2025/3/5、2025/5/31")
    results = _months(tmp_path, MARCH, may, {**may, "6月": []})
    assert _said(results) == [[], [WORDS], []]
    zh = in_chinese(lambda: import_report(results[1]))
    assert ("工作表“3月”的“收款日期”列：“2025/3/5、2025/5/31”写了不止一个日期，按每个日期各收到"
            "一笔款读取：金额记在最后一个日期，之前已按较早日期记下的部分保留原日期（共 1 格；"
            "第 3 行）。之前没有记下的，全部记在最后一个日期。") in zh
    assert "不是日期" not in zh


def test_the_later_day_written_first(tmp_path: Path) -> None:
    """"2025/5/31、2025/3/5": the same days, the later one written first (a clerk putting the
    new day in front): read as the same receipts, the figure dated 05-31."""
    _months(tmp_path, MARCH, _may("2025/5/31、2025/3/5"))
    assert _line(tmp_path) == (9_000, "2025-05-31", [["2025-03-05", 2_700]])
    assert _customers(tmp_path)[IRIS].avg_days_late == 51


def test_a_date_and_a_word_is_read_as_before(tmp_path: Path) -> None:
    """"2025/5/31 尾款": a date and a word, no list of dates: not a date, read as empty, the
    stored day kept (as on main), and said so."""
    results = _months(tmp_path, MARCH, _may("2025/5/31 尾款"))
    assert _line(tmp_path)[:2] == (9_000, "2025-03-05")
    assert _customers(tmp_path)[IRIS].avg_days_late == 0
    assert _said(results)[1][0].startswith(
        "Note: Sheet “3月”, column “收款日期”: “2025/5/31 尾款” is not a date, so it was read as "
        "empty (row 3).")


@pytest.mark.parametrize(("text", "days"), [
    ("2025/3/5、2025/4/9", ["2025-03-05", "2025-04-09"]),
    ("2025/1/12、2025/3/31", ["2025-01-12", "2025-03-31"]),
    ("2025/3/5，2025/4/9", ["2025-03-05", "2025-04-09"]),
    ("2025-3-5; 2025-4-9；2025-4-20", ["2025-03-05", "2025-04-09", "2025-04-20"]),
    ("2025/3/5/2025/4/9", ["2025-03-05", "2025-04-09"]),
    ("2025/3/5和2025/4/9", ["2025-03-05", "2025-04-09"]),
    ("2025/3/5 及 2025/4/9", ["2025-03-05", "2025-04-09"]),
    ("2025/3/5 & 2025/4/9", ["2025-03-05", "2025-04-09"]),
    ("5 Mar 2025 and 9 Apr 2025", ["2025-03-05", "2025-04-09"]),
    ("2025年3月5日\n2025年4月9日", ["2025-03-05", "2025-04-09"]),
    ("2025/4/9、2025/3/5", ["2025-04-09", "2025-03-05"]),
    ("3/5、4/9", None),  # no years
    ("3/5/4/9", None),
    ("2025/3/5 定金", None),  # a date and a word
    ("2025/3/5 定金、2025/4/9 尾款", None),
    ("2025-03-05 2025-04-09", None),  # a blank is no separator (a date and its time)
    ("2025/3、2025/4", None),  # months
    ("45720、45756", None),  # serial numbers
    ("2025/3/5、", None),
])
def test_the_cells_read_as_listing_days(text: str, days: list[str] | None) -> None:
    found = listed_days(text, "ymd")
    assert (None if found is None else [d.isoformat() for d in found]) == days


def test_the_columns_preview_reads_it_as_the_import_does() -> None:
    """The column editor's reading of a 收款日期 cell of two dates: its last, so said (in
    Chinese too); as a ship date it is still not a date."""
    found = read_date("2025/3/5、2025/5/31", "ymd", True, "received_date")
    assert found.value == "2025-05-31"
    assert found.warning is not None
    warning = found.warning
    assert in_chinese(lambda: tr(warning.template)) == "取其中最后一个日期：每个日期各收到一笔款"
    assert read_date("2025/3/5、2025/5/31", "ymd", True, "ship_date").value == ""
