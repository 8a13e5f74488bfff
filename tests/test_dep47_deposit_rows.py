"""dep47: a 台账 row worth nothing that writes its money only as 定金 or 尾款 is money received.

Acme Trading's DN-3: April's 台账 sells 100 × 150 = 15,000 USD (OA 30 days). May's 台账 has a row
of DN-3 with 金额, 币种 and 已收金额 blank and 定金 3,000 (定金日期 05-02) written. Hand count:
12,000 open, as the same row with 已收金额 3,000 and 收款日期 05-02 gives. Before: skipped "no
amount" (the file refused, its only row), 15,000 open. The same with 尾款 and 尾款日期, and with
实收币种: 定金 2,000 实收币种 USD on Ningbo Supply's 70,000 人民币 order is 7,723 USD open (9,723
before). A row worth nothing with no money, or a sale by its 数量 × 单价, is read as before. Each
test writes the files with openpyxl and imports them by the app's import and the reference one
(test_fast_import._same_import).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at

from core.ledger.reader_version import READER_VERSION
from core.ledger.report import import_report

AS_OF = date(2025, 7, 31)
ACME, NINGBO = "Acme Trading", "Ningbo Supply"
HEADER = ["合同号", "客户", "产品", "下单日期", "数量", "单价", "金额", "币种", "付款方式",
          "出货日期", "已收金额", "收款日期"]
Sheets = dict[str, list[list[object]]]


def _sale(customer: str = ACME, price: float = 150, currency: str = "USD") -> list[object]:
    return ["DN-3", customer, "Valve", date(2025, 4, 10), 100, price, 100 * price, currency,
            "OA 30 days", date(2025, 4, 10), None, None]


def _blank(customer: str = ACME, paid: float | None = None, on: date | None = None
           ) -> list[object]:
    """DN-3's row worth nothing: 金额, 币种 blank, `paid` in 已收金额 on `on`."""
    return ["DN-3", customer, "Valve", date(2025, 4, 10), None, None, None, None, "OA 30 days",
            date(2025, 4, 10), paid, on]


def _import(tmp_path: Path, *files: tuple[str, Sheets]) -> list[str]:
    results = _same_import(tmp_path, *([write_xlsx(tmp_path / "files" / name, sheets)]
                                       for name, sheets in files))
    return [import_report(r) for r in results]


def _open(db: Path, customer: str = ACME) -> tuple[float, float, int]:
    [found] = [c for c in at(db, AS_OF).customers if c.customer == customer]
    return found.open_amount, found.overdue_amount, found.max_days_overdue


def _lines(db: Path) -> list[tuple[object, ...]]:
    """DN-3's lines: (amount, received, its date, deposit, balance, received's currency)."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT l.amount, l.received_amount, l.received_date, l.deposit_amount, "
            "l.balance_amount, coalesce(l.received_currency, l.currency) FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id WHERE o.order_no = 'DN-3' ORDER BY l.id"
        ).fetchall()


def test_the_reader_version_says_deposit_rows_are_read_again() -> None:
    assert READER_VERSION >= 24


@pytest.mark.parametrize("field", ["定金", "尾款"])
def test_a_row_worth_nothing_writing_only_its_deposit_is_money_received(tmp_path: Path,
                                                                        field: str):
    """定金 (尾款) 3,000 of 05-02 on May's row of DN-3: 12,000 open, the row read as the same
    row with 已收金额 3,000 of 05-02 is, line for line. Before: skipped "no amount", 15,000."""
    reports = _import(tmp_path / "field", ("台账 2025-04.xlsx", {"4月": [HEADER, _sale()]}), (
        "台账 2025-05.xlsx", {"5月": [[*HEADER, field, field + "日期"],
                                    [*_blank(), 3_000, date(2025, 5, 2)]]}))
    assert "no amount" not in reports[1]
    db = tmp_path / "field" / "fast.sqlite"
    assert _lines(db) == [(15_000.0, None, None, None, None, "USD"),
                          (0.0, 3_000.0, "2025-05-02", None, None, "USD")]
    _import(tmp_path / "paid", ("台账 2025-04.xlsx", {"4月": [HEADER, _sale()]}), (
        "台账 2025-05.xlsx", {"5月": [HEADER, _blank(paid=3_000, on=date(2025, 5, 2))]}))
    paid = tmp_path / "paid" / "fast.sqlite"
    assert _lines(db) == _lines(paid)
    assert _open(db) == _open(paid)
    assert _open(db)[0] == 12_000


def test_a_deposit_and_a_balance_on_one_row_are_one_payment_on_the_balance_s_day(
        tmp_path: Path):
    """定金 3,000 of 05-02 and 尾款 12,000 of 06-20 on one row worth nothing: 15,000 received on
    06-20, nothing open."""
    header = [*HEADER, "定金", "定金日期", "尾款", "尾款日期"]
    _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [HEADER, _sale()]}), (
        "台账 2025-06.xlsx", {"6月": [header, [*_blank(), 3_000, date(2025, 5, 2), 12_000,
                                              date(2025, 6, 20)]]}))
    db = tmp_path / "fast.sqlite"
    assert _lines(db)[1] == (0.0, 15_000.0, "2025-06-20", None, None, "USD")
    assert _open(db) == (0, 0, 0)


def test_a_deposit_in_its_receipt_currency_pays_in_it(tmp_path: Path):
    """定金 2,000 with 实收币种 USD on Ningbo's 70,000 人民币 DN-3: 7,723 USD open, as 已收金额
    2,000 with 实收币种 USD gives (fx47r). Before: skipped, 9,723."""
    header = [*HEADER, "实收币种", "定金", "定金日期"]
    sale = [*_sale(NINGBO, 700, "人民币"), None, None, None]
    _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [header, sale]}), (
        "台账 2025-06.xlsx", {"6月": [header, [*_blank(NINGBO), "USD", 2_000,
                                              date(2025, 6, 10)]]}))
    db = tmp_path / "fast.sqlite"
    assert _lines(db)[1][1:] == (2_000.0, "2025-06-10", None, None, "USD")
    assert round(_open(db, NINGBO)[0]) == 7_723


@pytest.mark.parametrize(("cells", "said"), [
    ([None, None, 3_000, None], "no amount, only 3,000.00 received"),  # 定金日期 blank
    ([None, None, None, date(2025, 5, 2)], "no amount"),  # no money written
    ([10, 100, 300, date(2025, 5, 2)], "no amount")])  # 数量 × 单价: a sale, as before
def test_other_rows_worth_nothing_are_skipped_as_before(tmp_path: Path, cells: list[object],
                                                        said: str):
    """A deposit without its date is skipped as a received figure without its 收款日期 is (named
    with it); a row with no money, or 数量 10 × 单价 100 beside a blank 金额, as before."""
    row = _blank()
    row[4], row[5] = cells[0], cells[1]
    reports = _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [HEADER, _sale()]}), (
        "台账 2025-05.xlsx", {"5月": [[*HEADER, "定金", "定金日期"], [*row, *cells[2:]],
                                    ["K-1", "Keeper", "Valve", date(2025, 5, 1), 1, 10, 10,
                                     "USD", "OA 30 days", date(2025, 5, 1), None, None, None,
                                     None]]}))
    assert f"row 2: {said}" in reports[1]
    assert _open(tmp_path / "fast.sqlite")[0] == 15_000


def test_a_deposit_on_the_sale_s_own_row_is_read_as_before(tmp_path: Path):
    """定金 3,000 beside the sale's 金额: the sale's line holds the deposit, 12,000 open."""
    _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [[*HEADER, "定金", "定金日期"], [
        *_sale(), 3_000, date(2025, 4, 12)]]}))
    db = tmp_path / "fast.sqlite"
    assert _lines(db) == [(15_000.0, None, None, 3_000.0, None, "USD")]
    assert _open(db)[0] == 12_000


# dep47b (rv47d): the deposit a sale's row writes, listed again on a row of its own, is that
# deposit, not new money. April's DN-3 15,000 with 定金 3,000 of 04-12 on its row: 12,000 open
# whatever re-lists it (2289a928 counted it twice: 9,000).

def _deposit(field: str = "定金", day: date = date(2025, 4, 12), figure: float = 3_000
             ) -> list[object]:
    return [*_blank(), figure, day]


def _header(field: str = "定金") -> list[str]:
    return [*HEADER, field, field + "日期"]


@pytest.mark.parametrize("field", ["定金", "尾款"])
def test_a_deposit_re_listed_by_a_later_file_is_counted_once(tmp_path: Path, field: str):
    """May's row of only 定金 (尾款) 3,000 of 04-12, April's sale row writing it: 12,000 open,
    the sale's line alone, the May row named as that deposit listed again."""
    reports = _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [_header(field), [
        *_sale(), 3_000, date(2025, 4, 12)]]}), ("台账 2025-05.xlsx", {"5月": [
            _header(field), _deposit(field)]}))
    db = tmp_path / "fast.sqlite"
    assert _open(db)[0] == 12_000
    assert len(_lines(db)) == 1
    assert "listed again and counted once" in reports[1]
    assert "row 2 (3,000.00 2025-04-12)" in reports[1]  # its own row named once (rv47d2)


def test_month_tabs_and_files_re_listing_the_deposit_count_it_once(tmp_path: Path):
    """One workbook's 5月 and 6月 tabs each re-list DN-3's 定金 3,000 of 04-12 (4月 sells it
    with that 定金): 12,000; so do monthly files 5月 and 6月, and one tab listing the deposit's
    row under the sale's."""
    sale = [*_sale(), 3_000, date(2025, 4, 12)]
    _import(tmp_path / "tabs", ("台账 2025.xlsx", {"4月": [_header(), sale], "5月": [
        _header(), _deposit()], "6月": [_header(), _deposit()]}))
    _import(tmp_path / "files", ("台账 2025-04.xlsx", {"4月": [_header(), sale]}),
            ("台账 2025-05.xlsx", {"5月": [_header(), _deposit()]}),
            ("台账 2025-06.xlsx", {"6月": [_header(), _deposit()]}))
    _import(tmp_path / "tab", ("台账 2025-04.xlsx", {"4月": [_header(), sale, _deposit()]}))
    for case in ("tabs", "files", "tab"):
        assert _open(tmp_path / case / "fast.sqlite")[0] == 12_000, case


def test_a_payment_row_of_the_deposit_s_sum_and_day_is_that_deposit(tmp_path: Path):
    """May's row of DN-3 with 已收金额 3,000 of 04-12, the sale's row writing 定金 3,000 of
    04-12: one payment, 12,000 (main counted both: 9,000)."""
    _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [_header(), [
        *_sale(), 3_000, date(2025, 4, 12)]]}), ("台账 2025-05.xlsx", {"5月": [
            _header(), [*_blank(paid=3_000, on=date(2025, 4, 12)), None, None]]}))
    assert _open(tmp_path / "fast.sqlite")[0] == 12_000


def test_a_payment_of_the_deposit_s_sum_and_day_in_another_currency_is_another(
        tmp_path: Path):
    """DN-3 sold 70,000 人民币 with 定金 3,000 (人民币) of 04-12; May's row 已收 3,000 of 04-12 with
    实收币种 USD: a wire of about 21,600 人民币, not the deposit (rv47d2: dropped, 9,306 open
    where 6,306)."""
    header = [*_header(), "实收币种"]
    _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [header, [
        *_sale(price=700, currency="人民币"), 3_000, date(2025, 4, 12), None]]}),
        ("台账 2025-05.xlsx", {"5月": [header, [
            *_blank(paid=3_000, on=date(2025, 4, 12)), None, None, "USD"]]}))
    assert len(_lines(tmp_path / "fast.sqlite")) == 2
    assert round(_open(tmp_path / "fast.sqlite")[0]) == 6_306


def test_a_balance_paid_the_deposit_s_day_is_another_payment(tmp_path: Path):
    """DN-3 6,000 USD with 定金 3,000 of 04-12; May's row 已收 3,000 of 04-12 noted 尾款: the
    balance, paid the same day (rv47d2: dropped as the deposit, 3,000 overdue where 0)."""
    header = [*_header(), "备注"]
    _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [header, [
        *_sale(price=60), 3_000, date(2025, 4, 12), None]]}),
        ("台账 2025-05.xlsx", {"5月": [header, [
            *_blank(paid=3_000, on=date(2025, 4, 12)), None, None, "尾款"]]}))
    assert _open(tmp_path / "fast.sqlite")[0] == 0


def test_a_deposit_of_another_day_is_another_payment(tmp_path: Path):
    """May's row of only 定金 3,000 of 05-02 beside the sale's 定金 3,000 of 04-12: a second
    deposit, both counted, 9,000 open."""
    _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [_header(), [
        *_sale(), 3_000, date(2025, 4, 12)]]}), ("台账 2025-05.xlsx", {"5月": [
            _header(), _deposit(day=date(2025, 5, 2))]}))
    assert _open(tmp_path / "fast.sqlite")[0] == 9_000


@pytest.mark.parametrize(("header", "note"), [
    ("定金", "定金待收"), ("定金", "定金未收"), ("应收定金", None)])
def test_a_deposit_asked_for_is_not_money_received(tmp_path: Path, header: str,
                                                   note: str | None):
    """May's row of only 定金 4,500 of 05-02 whose 备注 says 待收 (未收), or under a header
    应收定金: not received, skipped "no amount" as before; 15,000 open (2289a928: 10,500)."""
    reports = _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [HEADER, _sale()]}), (
        "台账 2025-05.xlsx", {"5月": [[*HEADER, header, "定金日期", "备注"], [
            *_blank(), 4_500, date(2025, 5, 2), note], [
            "K-1", "Keeper", "Valve", date(2025, 5, 1), 1, 10, 10, "USD", "OA 30 days",
            date(2025, 5, 1), None, None, None, None, None]]}))
    assert "row 2: no amount" in reports[1]
    assert _open(tmp_path / "fast.sqlite")[0] == 15_000
