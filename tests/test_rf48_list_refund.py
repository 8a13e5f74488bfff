"""rf48: a 收款 list's negative sum noted 退款 is money sent back in its 收款币种, as a 台账's is.

Ningbo Supply's DN-3 (firm currency USD, 7.2 CNY/USD): April's 台账 sells 100 × 700 = 70,000
人民币. June's 收款 list (合同号 客户 收款日期 收款金额 收款币种 备注) pays 2,000 USD on DN-3, then
-500 USD noted 退款 (money sent back to the buyer). Hand count: 70,000 − 14,400 (2,000 USD) +
3,600 (500 USD) ≈ 59,200 CNY ≈ 8,222 USD open. Before: -500 人民币, 7,792. A negative its note
does not call a refund is read as before, money received (the sign alone: rv48r, rv48r2). Each
test writes the files with openpyxl, imports them by the app's import and the reference one
(test_fast_import._same_import), and checks the stored payment lines and Ningbo's open figure
as `customers --json` gives it.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_cli import cli
from test_fast_import import _same_import

from core.ledger.reader_version import READER_VERSION

NINGBO = "Ningbo Supply"
SALE = ["合同号", "客户", "产品", "下单日期", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "已收金额", "收款日期", "实收币种", "备注"]
LIST = ["合同号", "客户", "收款日期", "收款金额", "收款币种", "备注"]
PAID, BACK = date(2025, 6, 10), date(2025, 6, 20)
Rows = list[list[object]]


def _april(currency: str = "人民币", price: float = 700) -> tuple[str, dict[str, Rows]]:
    return "台账 2025-04.xlsx", {"4月": [SALE[:-1], [
        "DN-3", NINGBO, "Valve", date(2025, 1, 10), 100, price, 100 * price, currency,
        "OA 30 days", date(2025, 1, 10), None, None, None]]}


def _list(*rows: list[object], header: list[str] = LIST) -> tuple[str, dict[str, Rows]]:
    return "收款 2025-06.xlsx", {"收款": [header, *map(list, rows)]}


def _import(tmp_path: Path, *files: tuple[str, dict[str, Rows]]) -> tuple[float, list[tuple]]:
    """Ningbo's open figure (`customers --json` at 07-31) and DN-3's stored payment lines
    (order, received, currency), both imports alike."""
    results = _same_import(tmp_path, *([write_xlsx(tmp_path / "files" / name, sheets)]
                                       for name, sheets in files))
    assert [r.status for r in results] == ["imported"] * len(files)
    db = tmp_path / "fast.sqlite"
    code, out, err = cli("customers", "--db", str(db), "--as-of", "2025-07-31", "--json",
                         "--lang", "en")
    assert code == 0, err
    [ningbo] = [c for c in json.loads(out)["customers"] if c["customer"] == NINGBO]
    with sqlite3.connect(db) as conn:
        lines = conn.execute(
            "SELECT o.order_no, l.received_amount, l.currency FROM order_lines l JOIN orders o "
            "ON o.id = l.order_id WHERE l.amount = 0 ORDER BY l.received_date").fetchall()
    return ningbo["open_amount"], lines


def test_the_reader_version_says_list_refunds_are_read_again() -> None:
    assert READER_VERSION >= 25


@pytest.mark.parametrize("note", ["退款", "refund to buyer"])
@pytest.mark.parametrize("figure", [-500, "-500", "(500.00)"], ids=["number", "text", "brackets"])
def test_a_list_s_negative_sum_in_its_收款币种_is_sent_back_in_it(tmp_path: Path, note, figure):
    """2,000 USD received, then -500 USD (a number, "-500" or "(500.00)" as text) noted 退款 or
    "refund to buyer": 500 USD sent back, ≈ 8,222 USD open. Before: 7,792 (-500 人民币)."""
    open_, lines = _import(tmp_path, _april(), _list(
        ["DN-3", NINGBO, PAID, 2_000, "USD", None], ["DN-3", NINGBO, BACK, figure, "USD", note]))
    assert lines == [("DN-3", 2_000.0, "USD"), ("DN-3", -500.0, "USD")]
    assert round(open_) == 8_223


def test_a_list_without_收款币种_sends_back_in_the_order_s_currency(tmp_path: Path):
    """No 收款币种 column: both rows in the order's 人民币, 70,000 − 2,000 + 500 = 68,500 CNY ≈
    9,514 USD open, as before."""
    note = "退款"
    header = ["合同号", "客户", "收款日期", "收款金额", "备注"]
    open_, lines = _import(tmp_path, _april(), _list(
        ["DN-3", NINGBO, PAID, 2_000, None], ["DN-3", NINGBO, BACK, -500, note], header=header))
    assert lines == [("DN-3", 2_000.0, "CNY"), ("DN-3", -500.0, "CNY")]
    assert open_ == pytest.approx(68_500 / 7.2, abs=1)


def test_a_list_refund_is_stored_as_the_台账_s(tmp_path: Path):
    """The same two payments as 台账 rows worth nothing (已收 2,000 and -500 noted 退款, 实收币种
    USD) store the same lines and give the same 8,223 (fx47r)."""
    ledger = ("台账 2025-06.xlsx", {"6月": [SALE, *(
        ["DN-3", NINGBO, "Valve", day, None, None, None, None, None, None, got, day, "USD", note]
        for day, got, note in ((PAID, 2_000, None), (BACK, -500, "退款")))]})
    listed = _import(tmp_path / "list", _april(), _list(
        ["DN-3", NINGBO, PAID, 2_000, "USD", None], ["DN-3", NINGBO, BACK, -500, "USD", "退款"]))
    assert _import(tmp_path / "台账", _april(), ledger) == listed


def test_a_usd_order_s_list_refund(tmp_path: Path):
    """A 10,000 USD order: 2,000 received, -500 noted 退款 sent back: 8,500 USD open, as
    before."""
    open_, lines = _import(tmp_path, _april("USD", 100), _list(
        ["DN-3", NINGBO, PAID, 2_000, "USD", None], ["DN-3", NINGBO, BACK, -500, "USD", "退款"]))
    assert lines == [("DN-3", 2_000.0, "USD"), ("DN-3", -500.0, "USD")]
    assert round(open_) == 8_500


def test_an_unnumbered_list_refund_noted_so_is_its_customer_s(tmp_path: Path):
    """The -500 USD row noted 退款 names only Ningbo (合同号 blank): 500 USD sent back to the
    customer, ≈ 8,222 USD open (before: 7,792, -500 人民币)."""
    open_, lines = _import(tmp_path, _april(), _list(
        ["DN-3", NINGBO, PAID, 2_000, "USD", None], [None, NINGBO, BACK, -500, "USD", "退款"]))
    assert (None, -500.0, "USD") in lines
    assert round(open_) == 8_223


@pytest.mark.parametrize("number", [None, "DN-99", "DN-3"],
                         ids=["unnumbered", "sold_nowhere", "same_order"])
def test_a_negative_its_note_does_not_call_a_refund_is_read_as_before(tmp_path: Path, number):
    """A -500 USD row with no note (none, DN-99 sold nowhere, or DN-3 the list pays) is read
    as before, 500 received: nothing tells it went back, a deduction (-200 扣款 beside 4,800)
    reads so too (rv48r: read as a refund of DN-99 it put Ningbo, all paid, on the black list
    for 500; rv48r2: -200 扣款 beside 4,800 on a 5,000 order: 0 open → 400, black)."""
    _, lines = _import(tmp_path, _april(), _list(
        ["DN-3", NINGBO, PAID, 2_000, "USD", None], [number, NINGBO, BACK, -500, "USD", None]))
    assert all(got > 0 for _, got, _ in lines)


@pytest.mark.parametrize(("rows", "lines", "owed"), [
    ([-2_000, -500], [2_000.0, 500.0], 67_500 / 7.2),  # an ERP's: every sum negative
    ([2_000, "-500 退款申请中"], [2_000.0, 500.0], 67_500 / 7.2)],  # a refund applied for
    ids=["every_sum_negative", "refund_applied_for"])
def test_a_negative_sum_the_list_does_not_say_went_back_is_money_in(tmp_path: Path, rows, lines,
                                                                    owed):
    """A list whose every sum is negative (an ERP's export), or a -500 noted 退款申请中: money
    received as before, in the order's 人民币 whatever its 收款币种 (the sign says nothing)."""
    listed = []
    for figure, day in zip(rows, (PAID, BACK), strict=True):
        figure, note = (-500, "退款申请中") if isinstance(figure, str) else (figure, None)
        listed.append(["DN-3", NINGBO, day, figure, None if figure == 2_000 else "USD", note])
    open_, stored = _import(tmp_path, _april(), _list(*listed))
    assert [(n, g) for n, g, _ in stored] == [("DN-3", g) for g in lines]
    assert open_ == pytest.approx(owed, abs=1)


@pytest.mark.parametrize("extra", [[50, "USD", None], [50, "USD", "更正"], [1_000, "USD", None]],
                         ids=["correction", "noted_correction", "bigger"])
def test_an_erp_list_of_negatives_with_one_positive_row_is_money_received(tmp_path: Path, extra):
    """An ERP export writes its receipts negative: -6,000 and -3,000 on DN-3 (10,000 USD), and
    one positive row among them. The list's negatives outweigh its positives, so its sign says
    nothing: every row is money received, as before (rv48r: one +50 row made a firm's 24 ERP
    receipts refunds, 100,000 open, black)."""
    open_, lines = _import(tmp_path, _april("USD", price=100), _list(
        ["DN-3", NINGBO, PAID, -6_000, "USD", None], ["DN-3", NINGBO, BACK, -3_000, "USD", None],
        ["DN-3", NINGBO, date(2025, 6, 25), *extra]))
    assert all(got > 0 for _, got, _ in lines)
    assert open_ == pytest.approx(10_000 - 9_000 - extra[0])


@pytest.mark.parametrize("note", ["扣款", "佣金", None])
def test_a_deduction_written_negative_is_read_as_before(tmp_path: Path, note):
    """DN-3 sold 10,000 USD, its list 9,800 received and -200 (扣款, 佣金, or no note): as before,
    the 200 counted received, nothing open (rv48r2: read as sent back, 400 open, black)."""
    open_, lines = _import(tmp_path, _april("USD", price=100), _list(
        ["DN-3", NINGBO, PAID, 9_800, "USD", None], ["DN-3", NINGBO, BACK, -200, "USD", note]))
    assert all(got > 0 for _, got, _ in lines)
    assert open_ == 0


def test_a_refund_is_judged_with_its_list_s_rows_of_its_order(tmp_path: Path):
    """A 人民币 list whose 收款币种 is filled USD by default: 68,000 (put back in 人民币,
    over-paying the 70,000 order read in USD) and -500 noted 退款 on DN-3. Judged together,
    both 人民币: 2,500 CNY ≈ 347 USD open (rv48r: the refund alone kept in USD, -3,600 CNY:
    778)."""
    open_, lines = _import(tmp_path, _april(), _list(
        ["DN-3", NINGBO, PAID, 68_000, "USD", None], ["DN-3", NINGBO, BACK, -500, "USD", "退款"]))
    assert lines == [("DN-3", 68_000.0, "CNY"), ("DN-3", -500.0, "CNY")]
    assert open_ == pytest.approx(2_500 / 7.2, abs=1)


def test_a_refund_alone_in_its_收款币种_is_not_put_back(tmp_path: Path):
    """70,000 人民币 paid in 人民币, then -500 USD noted 退款: the refund alone is not weighed
    for settling the order (it pays nothing): 500 USD sent back, as a 台账's row says (main's
    500; judged alone it was put back in 人民币, 0 open)."""
    rows = ((PAID, 70_000, "人民币", None), (BACK, -500, "USD", "退款"))
    ledger = ("台账 2025-06.xlsx", {"6月": [SALE, *(
        ["DN-3", NINGBO, "Valve", day, None, None, None, None, None, None, got, day, code, note]
        for day, got, code, note in rows)]})
    listed = _import(tmp_path / "list", _april(), _list(*(
        ["DN-3", NINGBO, day, got, code, note] for day, got, code, note in rows)))
    assert _import(tmp_path / "台账", _april(), ledger) == listed
    assert listed[1][-1] == ("DN-3", -500.0, "USD")
    assert round(listed[0]) == 500
