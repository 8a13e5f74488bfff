"""bal47: a payment row's 余额 / 未收金额 / 欠款 / 应收余额 column says what is left of the order,
not what was paid.

Ningbo Supply's DN-3: April's 台账 sells 100 × 700 = 70,000 人民币 (the firm's currency USD).
June's 收款 list (合同号 客户 收款日期 收款金额 收款币种 余额) pays 2,000 USD on DN-3, the clerk's
余额 68,000 beside it. Hand count: 70,000 CNY less 2,000 USD ≈ 7,723 USD open, as the same list
without the column gives. Before: the column was read as a sale's outstanding figure, the payment
stored as 2,000 − 68,000 = −66,000 received and lost: 9,723 open. A 台账's sale row keeps reading
金额 less 余额 as received (70,000 − 68,000: 2,000 CNY, 9,445 USD open). Each test writes the
files with openpyxl and imports them by the app's import and the reference one
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

AS_OF = date(2025, 7, 31)
NINGBO = "Ningbo Supply"
SALE_HEADER = ["合同号", "客户", "产品", "下单日期", "数量", "单价", "金额", "币种", "付款方式",
               "出货日期"]
LIST_HEADER = ["合同号", "客户", "收款日期", "收款金额", "收款币种"]
Sheets = dict[str, list[list[object]]]


def _sale(price: float = 700) -> list[object]:
    return ["DN-3", NINGBO, "Valve", date(2025, 1, 10), 100, price, 100 * price, "人民币",
            "OA 30 days", date(2025, 1, 10)]


def _list(column: str | None, left: object) -> list[list[object]]:
    """June's list paying 2,000 USD on DN-3, `left` under `column` (None: no such column)."""
    paid: list[object] = ["DN-3", NINGBO, date(2025, 6, 10), 2_000, "USD"]
    if column is None:
        return [LIST_HEADER, paid]
    return [[*LIST_HEADER, column], [*paid, left]]


def _import(tmp_path: Path, *files: tuple[str, Sheets]) -> Path:
    results = _same_import(tmp_path, *([write_xlsx(tmp_path / "files" / name, sheets)]
                                       for name, sheets in files))
    assert [r.status for r in results] == ["imported"] * len(files)
    return tmp_path / "fast.sqlite"


def _received(db: Path) -> list[tuple[object, ...]]:
    """DN-3's lines: (amount, received, received's currency as its line's)."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT l.amount, l.received_amount, l.currency FROM order_lines l JOIN orders o"
            " ON o.id = l.order_id WHERE o.order_no = 'DN-3' ORDER BY l.id").fetchall()


def _open(db: Path) -> float:
    [ningbo] = [c for c in at(db, AS_OF).customers if c.customer == NINGBO]
    return ningbo.open_amount


def test_the_reader_version_says_payment_rows_are_read_again() -> None:
    assert READER_VERSION >= 23  # dep47: 24


@pytest.mark.parametrize("column", ["余额", "未收金额", "欠款", "应收余额"])
def test_a_receipts_list_s_balance_column_is_not_the_payment(tmp_path: Path, column: str):
    """余额 (未收金额, 欠款, 应收余额) 68,000 beside the 2,000 USD: 7,723 USD open, as the list
    without the column gives. Before: −66,000 received, 9,723 open."""
    db = _import(tmp_path / "with", ("台账 2025-04.xlsx", {"4月": [SALE_HEADER, _sale()]}),
                 ("收款 2025-06.xlsx", {"收款": _list(column, 68_000)}))
    assert _received(db) == [(70_000.0, None, "CNY"), (0.0, 2_000.0, "USD")]
    assert round(_open(db)) == 7_723
    bare = _import(tmp_path / "without", ("台账 2025-04.xlsx", {"4月": [SALE_HEADER, _sale()]}),
                   ("收款 2025-06.xlsx", {"收款": _list(None, None)}))
    assert _open(db) == pytest.approx(_open(bare))


@pytest.mark.parametrize(("left", "owed"), [(None, 7_723), ("-", 7_723)])
def test_a_blank_balance_reads_as_no_column(tmp_path: Path, left: object, owed: int):
    db = _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [SALE_HEADER, _sale()]}),
                 ("收款 2025-06.xlsx", {"收款": _list("余额", left)}))
    assert round(_open(db)) == owed


@pytest.mark.parametrize("left", [0, 12_400])
def test_a_payment_in_full_leaves_nothing_open(tmp_path: Path, left: int):
    """DN-3 sold at 14,400 人民币 (2,000 USD), paid 2,000 USD: open 0 whatever the 余额 says.
    Before: 余额 12,400 stored −10,400 received, 2,000 open and the buyer black-listed."""
    db = _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [SALE_HEADER, _sale(144)]}),
                 ("收款 2025-06.xlsx", {"收款": _list("余额", left)}))
    assert _received(db)[1] == (0.0, 2_000.0, "USD")
    assert round(_open(db)) == 0


def test_a_receipts_tab_beside_the_month_tab(tmp_path: Path):
    db = _import(tmp_path, ("台账 2025.xlsx", {"4月": [SALE_HEADER, _sale()],
                                               "收款": _list("余额", 68_000)}))
    assert _received(db)[1] == (0.0, 2_000.0, "USD")
    assert round(_open(db)) == 7_723


def test_a_row_typed_收款_in_the_ledger(tmp_path: Path):
    """A 台账 with 类型 and 余额: the sale (余额 70,000) and a 收款 row of 2,000 人民币 with 余额
    68,000: 2,000 CNY received, 68,000 CNY = 9,445 USD open. Before: −66,000, 9,723 open."""
    header = [*SALE_HEADER, "类型", "余额"]
    paid = ["DN-3", NINGBO, None, date(2025, 3, 1), None, None, 2_000, "人民币", None, None,
            "收款", 68_000]
    db = _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [header, [*_sale(), "销售", 70_000],
                                                          paid]}))
    assert [r[1] for r in _received(db)] == [0.0, 2_000.0]  # the sale: 70,000 − 70,000
    assert round(_open(db)) == 9_445


@pytest.mark.parametrize("received", [None, 14_400], ids=["no_received", "received_written"])
def test_a_sale_row_still_reads_its_balance(tmp_path: Path, received: int | None):
    """A 台账 of 金额 and 余额 (and 已收金额): the sale's received is 70,000 − 68,000 = 2,000 CNY
    (9,445 USD open); where 已收 14,400 is written it is the figure (余额 55,600): 7,723."""
    header = [*SALE_HEADER, "已收金额", "余额"]
    left = 68_000 if received is None else 55_600
    db = _import(tmp_path, ("台账 2025-04.xlsx", {"4月": [header, [*_sale(), received, left]]}))
    assert _received(db) == [(70_000.0, 2_000.0 if received is None else 14_400.0, "CNY")]
    assert round(_open(db)) == (9_445 if received is None else 7_723)
