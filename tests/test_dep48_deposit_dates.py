"""dep48: a 定金 / 尾款 without its own date is dated by the row's 收款日期; a deposit listed again
is counted unchanged, not inserted.

Ningbo Supply's DN-3: April's 台账 sells 100 × 150 = 15,000 USD (OA 30 days from 04-10, due
05-10), its row writing 定金 3,000 of 04-12. June's row of DN-3 writes 尾款 12,000, 尾款日期
blank, 收款日期 06-10. Hand count: 0 open at 07-31, 12,000 open (21 days overdue) at 05-31, the
balance paid 31 days late. Before: the June row was skipped "no amount", 12,000 open and 82 days
overdue at 07-31; the same 尾款 on the sale's own row counted paid on time from the start (0
open at 05-31). A row without any date, or whose 已收金额 the 收款日期 is of, is read as before.
Each test writes the files with openpyxl and imports them by the app's import and the
reference one (test_fast_import._same_import); the figures are `customers --json`'s.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from account_cli import cli, customers
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.ledger.reader_version import READER_VERSION
from core.ledger.report import import_report

NINGBO = "Ningbo Supply"
JUNE, JULY = date(2025, 6, 10), date(2025, 7, 31)
HEADER = ["合同号", "客户", "产品", "下单日期", "数量", "单价", "金额", "币种", "付款方式",
          "出货日期", "已收金额", "收款日期", "定金", "定金日期", "尾款", "尾款日期", "备注"]
Sheets = dict[str, list[list[object]]]


def _sale(deposit: float | None = 3_000, deposit_day: date | None = date(2025, 4, 12),
          balance: float | None = None, received_day: date | None = None,
          received: float | None = None) -> list[object]:
    """April's sale row of DN-3: 15,000 USD, its 定金, 尾款 (尾款日期 blank) and 收款日期."""
    return ["DN-3", NINGBO, "Valve", date(2025, 4, 10), 100, 150, 15_000, "USD", "OA 30 days",
            date(2025, 4, 10), received, received_day, deposit, deposit_day, balance, None,
            None]


def _paid(deposit: float | None = None, balance: float | None = None,
          received_day: date | None = JUNE, note: str | None = None,
          received: float | None = None, received_at: date | None = None) -> list[object]:
    """A row of DN-3 worth nothing (金额, 币种 blank), 定金日期 and 尾款日期 blank."""
    return ["DN-3", NINGBO, "Valve", date(2025, 4, 10), None, None, None, None, "OA 30 days",
            date(2025, 4, 10), received, received_day if received_at is None else received_at,
            deposit, None, balance, None, note]


def _import(tmp_path: Path, *files: tuple[str, Sheets]) -> list[str]:
    results = _same_import(tmp_path, *([write_xlsx(tmp_path / "files" / name, sheets)]
                                       for name, sheets in files))
    return [import_report(r) for r in results]


def _ningbo(db: Path, as_of: date = JULY) -> dict[str, Any]:
    return customers(db, as_of)["by_name"][NINGBO]


# DN-3's lines: (amount, received, its date, deposit, its date, balance, its date)
LINES = ("SELECT l.amount, l.received_amount, l.received_date, l.deposit_amount, l.deposit_date, "
         "l.balance_amount, l.balance_date FROM order_lines l JOIN orders o ON o.id = l.order_id "
         "WHERE o.order_no = 'DN-3' ORDER BY l.id")


def _lines(db: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        return list(conn.execute(LINES))


def test_the_reader_version_says_deposit_dates_are_read_again() -> None:
    assert READER_VERSION >= 25


@pytest.mark.parametrize(("sold", "row", "paid"), [
    (3_000, _paid(balance=12_000), 12_000),  # 尾款 beside April's 定金
    (None, _paid(deposit=3_000), 3_000),  # 定金 alone
    (None, _paid(deposit=3_000, balance=12_000), 15_000)])  # both
def test_a_row_of_its_own_without_its_deposit_s_date_is_skipped_as_before(
        tmp_path: Path, sold: float | None, row: list[object], paid: float):
    """June's row of only 尾款 12,000 (定金 3,000; both), their dates blank, 收款日期 06-10: skipped
    and named as before ("no amount, only 12,000.00 received": write its date). Read as paid
    on its 收款日期, a 尾款 still owed under a date of money to come or a note saying so in any
    words the reader does not know was taken off the list (rv48d, rv48d2: 12,000 owed 82 days
    → 0)."""
    reports = _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [HEADER, _sale(
        sold, date(2025, 4, 12) if sold else None)]}), ("台账 2025-06.xlsx", {"6月": [
            HEADER, row]}))
    assert f"row 2: no amount, only {paid:,.2f} received" in reports[1]
    assert _ningbo(tmp_path / "fast.sqlite")["open_amount"] == 15_000 - (sold or 0)


def test_a_balance_on_the_sale_s_row_is_paid_on_its_date_received(tmp_path: Path):
    """The 尾款 12,000 on April's sale row itself, 尾款日期 blank, 收款日期 06-10: stored dated
    06-10. 12,000 open and 21 days overdue at 05-31 (main: 0 open, paid on time), nothing at
    07-31, paid 31 days late."""
    _import(tmp_path, ("台账 2025-06.xlsx", {"4月": [HEADER, _sale(balance=12_000,
                                                                 received_day=JUNE)]}))
    db = tmp_path / "fast.sqlite"
    assert _lines(db) == [(15_000.0, None, "2025-06-10", 3_000.0, "2025-04-12", 12_000.0,
                           "2025-06-10")]
    may, july = _ningbo(db, date(2025, 5, 31)), _ningbo(db)
    assert (may["open_amount"], may["overdue_amount"], may["max_days_overdue"]) == (
        12_000, 12_000, 21)
    assert (july["open_amount"], july["avg_days_late"]) == (0, 31)


def test_a_deposit_on_the_sale_s_row_keeps_no_date(tmp_path: Path):
    """定金 3,000 on the sale row, 定金日期 blank, 收款日期 04-12, no 尾款: stored undated, as
    before — the 收款日期 may be the balance's day (rv48d: a 收款日期 of 06-10 dated the deposit 31
    days after its due date, 15,000 overdue at 05-31 where 12,000)."""
    _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [HEADER, _sale(
        deposit_day=None, received_day=date(2025, 4, 12))]}))
    db = tmp_path / "fast.sqlite"
    assert _lines(db)[0][3:5] == (3_000.0, None)
    assert _ningbo(db)["open_amount"] == 12_000


@pytest.mark.parametrize(("header", "note"), [
    ("预计收款日期", None), ("计划收款日期", None), ("收款日期", "尾款未付"),
    ("收款日期", "催款中"), ("收款日期", "尚欠"), ("收款日期", "客户说6/10付")],
    ids=["expected", "planned", "unpaid", "chased", "owing", "promised"])
def test_a_date_of_money_to_come_dates_no_balance(tmp_path: Path, header, note):
    """The sale row's 尾款 12,000 beside a date of money to come (预计收款日期, 计划收款日期) or
    noted as not in (尾款未付, 催款中, 尚欠, 客户说6/10付): stored undated, as before (rv48d)."""
    head = [header if h == "收款日期" else h for h in HEADER]
    row = _sale(balance=12_000, received_day=JUNE)
    row[HEADER.index("备注")] = note
    _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [head, row]}))
    assert _lines(tmp_path / "fast.sqlite")[0][5:] == (12_000.0, None)


def test_rows_without_a_date_or_whose_date_is_another_s_are_read_as_before(tmp_path: Path):
    """No date anywhere: June's 尾款 12,000 row skipped "no amount, only 12,000.00 received"
    (12,000 open), the sale row's own 尾款 stored undated. A 收款日期 beside an 已收金额 is that
    figure's: the 尾款 stays undated. A note 尾款未收 leaves it unpaid."""
    reports = _import(tmp_path / "none", ("台账 2025-04.xlsx", {"4月": [HEADER, _sale()]}), (
        "台账 2025-06.xlsx", {"6月": [HEADER, _paid(balance=12_000, received_day=None), [
            "K-1", "Keeper", "Valve", date(2025, 5, 1), 1, 10, 10, "USD", "OA 30 days",
            date(2025, 5, 1), *[None] * 7]]}))
    assert "row 2: no amount, only 12,000.00 received" in reports[1]
    assert _ningbo(tmp_path / "none" / "fast.sqlite")["open_amount"] == 12_000
    _import(tmp_path / "own", ("台账 2025-04.xlsx", {"4月": [HEADER, _sale(
        balance=12_000, received=3_000, received_day=date(2025, 4, 12))]}))
    assert _lines(tmp_path / "own" / "fast.sqlite")[0][5:] == (12_000.0, None)
    _import(tmp_path / "unpaid", ("台账 2025-04.xlsx", {"4月": [HEADER, _sale()]}), (
        "台账 2025-06.xlsx", {"6月": [HEADER, _paid(balance=12_000, note="尾款未收"), [
            "K-1", "Keeper", "Valve", date(2025, 5, 1), 1, 10, 10, "USD", "OA 30 days",
            date(2025, 5, 1), *[None] * 7]]}))
    assert _ningbo(tmp_path / "unpaid" / "fast.sqlite")["open_amount"] == 12_000


# the import report: a payment row dropped as a deposit listed again (dep47b) was counted
# inserted, "Rows: 1 inserted" where the file's one row added nothing

def _relisted(sale: bool = False) -> list[list[object]]:
    """May's rows: DN-3's 定金 3,000 of 04-12 listed again as 已收金额 (under the sale row)."""
    again = _paid(received=3_000, received_at=date(2025, 4, 12))
    return [HEADER, *([_sale()] if sale else []), again]


def test_a_deposit_listed_again_is_counted_unchanged(tmp_path: Path):
    """May's file whose one row is April's 定金 listed again: 0 inserted, 1 unchanged (main: 1
    inserted, 0 unchanged), in the report and in `import --json`."""
    april = write_xlsx(tmp_path / "台账 2025-04.xlsx", {"4月": [HEADER, _sale()]})
    may = write_xlsx(tmp_path / "台账 2025-05.xlsx", {"5月": _relisted()})
    reports = _import(tmp_path / "db", ("台账 2025-04.xlsx", {"4月": [HEADER, _sale()]}),
                      ("台账 2025-05.xlsx", {"5月": _relisted()}))
    assert "listed again and counted once" in reports[1]
    assert "Rows: 0 inserted, 0 updated, 1 unchanged, 0 skipped" in reports[1]
    db = tmp_path / "cli.sqlite"
    cli("import", "--db", str(db), str(april), "--json")
    [said] = json.loads(cli("import", "--db", str(db), str(may), "--json"))["files"]
    assert (said["inserted"], said["updated"], said["unchanged"], said["skipped"]) == (
        0, 0, 1, 0)
    assert _ningbo(db)["open_amount"] == 12_000


def test_a_deposit_listed_again_under_its_sale_is_counted_unchanged(tmp_path: Path):
    """One tab: the sale row with its 定金, the deposit listed again under it: 1 inserted, 1
    unchanged (main: 2 inserted)."""
    reports = _import(tmp_path, ("台账 2025-04.xlsx", {"4月": _relisted(sale=True)}))
    assert "Rows: 1 inserted, 0 updated, 1 unchanged, 0 skipped" in reports[0]
    assert _ningbo(tmp_path / "fast.sqlite")["open_amount"] == 12_000
