"""fx47r: a payment's written 收款币种 / 实收币种 is the currency its money is counted in, where
the sheet says which figure it names and reading it so pays no order far more than it owes.

Ningbo Supply's DN-3: April's 台账 sells 100 × 700 = 70,000 人民币 (the firm's currency USD).
June's 收款 list (合同号 客户 收款日期 收款金额 收款币种, no 币种 column) pays 2,000 on DN-3 with
收款币种 USD written. Hand count: 70,000 CNY less 2,000 USD ≈ 7,723 USD open (EUR: ≈ 7,563).
Before: the list's row was read in the firm's currency, then put in its order's, the written
currency lost on the way: 2,000 CNY off, 9,445 USD open. The same for a 台账 row of DN-3 worth
nothing (金额 blank) that received 2,000 with 实收币种 USD (rv46f's `list_rc_lost`,
`own_row_payment_rc`). The guards keep the reading before where no cell tells which figure the
收款币种 names (rv46r, rv46r2): 14,400 beside 收款币种 USD is read as 14,400 CNY, 55,600 CNY =
7,723 USD open. Each test writes the files with openpyxl, imports them by the app's import and
the reference one (test_fast_import._same_import) and checks the stored payment line and
Ningbo's open figure as `customers` shows it.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at

from core.ledger.import_result import FileResult
from core.ledger.reader_version import READER_VERSION

AS_OF = date(2025, 7, 31)
NINGBO = "Ningbo Supply"
SALE_HEADER = ["合同号", "客户", "产品", "下单日期", "数量", "单价", "金额", "币种", "付款方式",
               "出货日期", "已收金额", "收款日期", "实收币种"]
LIST_HEADER = ["合同号", "客户", "收款日期", "收款金额"]
Sheets = dict[str, list[list[object]]]


def _sale(currency: str = "人民币", number: str = "DN-3", price: float = 700) -> list[object]:
    return [number, NINGBO, "Valve", date(2025, 1, 10), 100, price, 100 * price, currency,
            "OA 30 days", date(2025, 1, 10), None, None, None]


def _april(currency: str = "人民币", price: float = 700) -> Sheets:
    return {"4月": [SALE_HEADER, _sale(currency, price=price)]}


def _june_list(paid_in: str | None, column: str | None = "收款币种", amount: float = 2_000,
               number: str | None = "DN-3") -> Sheets:
    """June's 收款 list: `amount` on DN-3 of 06-10, its currency under `column` (none: no such
    column)."""
    if column is None:
        return {"收款": [LIST_HEADER, [number, NINGBO, date(2025, 6, 10), amount]]}
    return {"收款": [[*LIST_HEADER, column], [number, NINGBO, date(2025, 6, 10), amount, paid_in]]}


def _results(tmp_path: Path, *files: tuple[str, Sheets]) -> list[FileResult]:
    """The files imported in the order given by both imports (the same tables each time)."""
    results = _same_import(tmp_path, *([write_xlsx(tmp_path / "files" / name, sheets)]
                                       for name, sheets in files))
    assert [r.status for r in results] == ["imported"] * len(files)
    return results


def _import(tmp_path: Path, *files: tuple[str, Sheets]) -> Path:
    _results(tmp_path, *files)
    return tmp_path / "fast.sqlite"


def _payment(db: Path) -> tuple[object, ...]:
    """DN-3's payment line: (amount, currency, received, received currency)."""
    with sqlite3.connect(db) as conn:
        [line] = conn.execute(
            "SELECT l.amount, l.currency, l.received_amount, l.received_currency FROM order_lines"
            " l JOIN orders o ON o.id = l.order_id WHERE o.order_no = 'DN-3' AND l.amount = 0"
        ).fetchall()
    return tuple(line)


def _open(db: Path) -> float:
    [ningbo] = [c for c in at(db, AS_OF).customers if c.customer == NINGBO]
    return ningbo.open_amount


def test_the_reader_version_says_stored_payments_are_read_again() -> None:
    assert READER_VERSION >= 22  # bal47 read payment rows again (23)


@pytest.mark.parametrize(("paid_in", "code", "owed"), [("USD", "USD", 7_723),
                                                       ("EUR", "EUR", 7_563),
                                                       ("美元", "USD", 7_723)])
@pytest.mark.parametrize("list_first", [False, True], ids=["sale_first", "list_first"])
def test_a_receipts_list_s_written_currency_is_the_money_s(tmp_path: Path, paid_in, code, owed,
                                                           list_first):
    """收款币种 USD (EUR; 美元) on June's list: 2,000 of it off 70,000 CNY, 7,723 USD open
    (7,563), in either file order, as the same list headed 币种 gives. Before: 9,445 (2,000
    CNY off), the line stored in CNY."""
    files = [("台账 2025-04.xlsx", _april()), ("收款 2025-06.xlsx", _june_list(paid_in))]
    db = _import(tmp_path / "收款币种", *(files[::-1] if list_first else files))
    assert _payment(db) == (0.0, code, 2_000.0, None)
    assert round(_open(db)) == owed
    [ningbo] = [c for c in at(db, AS_OF).customers if c.customer == NINGBO]
    assert list(ningbo.open_by_currency) == ["CNY"]  # the order its sale's, either order
    headed = [files[0], ("收款 2025-06.xlsx", _june_list(paid_in, "币种"))]
    assert _open(db) == pytest.approx(_open(_import(
        tmp_path / "币种", *(headed[::-1] if list_first else headed))))


@pytest.mark.parametrize(("paid_in", "owed"), [("USD", 7_723), ("EUR", 7_563)])
def test_a_ledger_row_worth_nothing_is_in_its_实收币种(tmp_path: Path, paid_in, owed):
    """June's 台账 writes DN-3 again as a payment's row: 金额 and 币种 blank, 已收 2,000 of
    06-10, 实收币种 USD (EUR). Hand count: 7,723 USD open (7,563). Before: 9,445 for USD."""
    paid = ["DN-3", NINGBO, "Valve", date(2025, 6, 10), None, None, None, None, "OA 30 days",
            None, 2_000, date(2025, 6, 10), paid_in]
    db = _import(tmp_path, ("台账 2025-04.xlsx", _april()),
                 ("台账 2025-06.xlsx", {"6月": [SALE_HEADER, paid]}))
    assert _payment(db) == (0.0, paid_in, 2_000.0, None)
    assert round(_open(db)) == owed


def test_a_receipts_tab_beside_the_month_tabs_is_read_alike(tmp_path: Path):
    """One workbook: the 4月 tab sells DN-3 in 人民币, a 收款 tab pays 2,000 收款币种 USD: 7,723."""
    db = _import(tmp_path, ("台账 2025.xlsx", {**_april(), **_june_list("USD")}))
    assert _payment(db) == (0.0, "USD", 2_000.0, None)
    assert round(_open(db)) == 7_723


@pytest.mark.parametrize(("paid_in", "column"), [("人民币", "收款币种"), ("RMB", "收款币种"),
                                                 ("CNY", "实收币种"), ("¥", "收款币种"),
                                                 (None, "收款币种"), (None, None)],
                         ids=["人民币", "RMB", "CNY", "yen_sign", "blank", "no_column"])
def test_a_list_paying_in_the_order_s_own_currency_or_naming_none_is_as_before(
        tmp_path: Path, paid_in, column):
    """收款币种 人民币 / RMB / CNY / ¥ (the sale writes 人民币), a blank cell, or no such column:
    the 2,000 is CNY, 68,000 CNY = 9,445 USD open, the line in its order's CNY."""
    db = _import(tmp_path, ("台账 2025-04.xlsx", _april()),
                 ("收款 2025-06.xlsx", _june_list(paid_in, column)))
    assert _payment(db) == (0.0, "CNY", 2_000.0, None)
    assert round(_open(db)) == 9_445


@pytest.mark.parametrize("code", ["USD", "EUR"])
def test_an_order_paid_in_its_own_currency_is_as_before(tmp_path: Path, code):
    """A USD firm writing USD everywhere (an EUR order paid in EUR): 70,000 sold, 2,000 paid
    in its currency: 68,000 of it open, the line in that currency."""
    db = _import(tmp_path, ("台账 2025-04.xlsx", _april(code)),
                 ("收款 2025-06.xlsx", _june_list(code)))
    assert _payment(db) == (0.0, code, 2_000.0, None)
    [ningbo] = [c for c in at(db, AS_OF).customers if c.customer == NINGBO]
    assert ningbo.open_by_currency == {code: pytest.approx(68_000)}


@pytest.mark.parametrize(("header", "paid_in", "amount", "owed"), [
    ("收款金额(人民币)", "USD", 14_400, 7_723), ("收款金额(USD)", "人民币", 2_000, 7_723)])
def test_the_amount_header_s_currency_is_the_payment_s(tmp_path: Path, header, paid_in, amount,
                                                       owed):
    """收款金额(人民币) 14,400 beside 收款币种 USD is the bank's 人民币 credit of a USD wire: 55,600
    CNY = 7,723 USD open, black (rv46r: read in USD, 0 open, off every list)."""
    sheet = [["合同号", "客户", "收款日期", header, "收款币种"],
             ["DN-3", NINGBO, date(2025, 6, 10), amount, paid_in]]
    db = _import(tmp_path, ("台账 2025-04.xlsx", _april()), ("收款 2025-06.xlsx", {"收款": sheet}))
    assert round(_open(db)) == owed


@pytest.mark.parametrize(("first", "second"), [("收款金额", "到账金额"), ("收款金额", "已收金额")])
def test_a_payment_of_two_figures_is_read_as_before(tmp_path: Path, first, second):
    """A 收款 list with the wire (收款金额 2,000) beside the bank's 人民币 credit (到账金额 /
    已收金额 14,400) and 收款币种 USD: which figure the USD names no cell says, so the
    row is read as before, 14,400 CNY: 55,600 CNY = 7,723 USD open, black (rv46r2: 14,400
    read as USD, 0 open, off every list)."""
    sheet = [["合同号", "客户", "收款日期", first, second, "收款币种"],
             ["DN-3", NINGBO, date(2025, 6, 10), 2_000, 14_400, "USD"]]
    db = _import(tmp_path, ("台账 2025-04.xlsx", _april()), ("收款 2025-06.xlsx", {"收款": sheet}))
    assert _payment(db)[1:3] == ("CNY", 14_400.0)
    assert round(_open(db)) == 7_723


def test_a_typed_payment_of_two_figures_is_read_as_before(tmp_path: Path):
    """A typed 收款 row of the 台账: 金额 2,000 and 已收 14,400 with 实收币种 USD, its 币种 blank:
    which figure USD names is unsaid; read as before, 7,723 (rv46r2's typed_both: 0)."""
    header = ["合同号", "客户", "类型", "下单日期", "金额", "币种", "付款方式", "已收金额",
              "收款日期", "实收币种"]
    paid = ["DN-3", NINGBO, "收款", date(2025, 6, 10), 2_000, None, "OA 30 days", 14_400,
            date(2025, 6, 10), "USD"]
    db = _import(tmp_path, ("台账 2025-04.xlsx", _april()),
                 ("台账 2025-06.xlsx", {"6月": [header, paid]}))
    assert round(_open(db)) == 7_723


@pytest.mark.parametrize("paid_in", ["USD", "EUR"])
def test_a_payment_that_would_pay_far_more_than_owed_is_read_as_before_and_named(
        tmp_path: Path, paid_in):
    """14,400 beside 收款币种 USD (EUR) on a 70,000 人民币 order: read in USD it pays 103,680 CNY
    of 70,000, read in CNY it does not (the bank's 人民币 credit, or a wire of 14,400 USD: no
    cell tells). Kept as before, 55,600 CNY = 7,723 USD open, black, and named with the file,
    sheet, row and both readings (rv46r2: 0 open, off every list, no word said)."""
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()),
                       ("收款 2025-06.xlsx", _june_list(paid_in, amount=14_400)))
    db = tmp_path / "fast.sqlite"
    assert _payment(db) == (0.0, "CNY", 14_400.0, None)
    assert round(_open(db)) == 7_723
    [said] = [w for w in results[1].warnings if w.code == "received_over"]
    assert said.params == {"file": "收款 2025-06.xlsx", "sheet": "收款", "row": 2,
                           "amount": "14,400.00", "order": "DN-3", "written": paid_in,
                           "owed": "70,000.00", "sold": "CNY"}
    assert "14,400.00 received on order DN-3" in said.text
    assert "订单 DN-3 收款 14,400.00，收款币种写为" in in_chinese(lambda: said.text)
    assert said.text.endswith("and that the payment is not listed twice.")  # (a wire on the
    assert in_chinese(lambda: said.text).endswith("并确认这笔收款没有重复列出。")  # 台账 and list)


def test_a_payment_over_paying_its_order_in_either_reading_is_read_as_before_and_named(
        tmp_path: Path):
    """14,400 beside 收款币种 USD on a 10,000 人民币 order pays too much read in CNY as well: so
    read in USD it took 103,680 CNY off its buyer's account, its other unpaid orders with it,
    unnamed (rv47r's window_offset: black, 11,112 open, to 0, off every list). As before, named."""
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april(price=100)),
                       ("收款 2025-06.xlsx", _june_list("USD", amount=14_400)))
    assert _payment(tmp_path / "fast.sqlite") == (0.0, "CNY", 14_400.0, None)
    [said] = [w for w in results[1].warnings if w.code == "received_over"]
    assert (said.params["written"], said.params["sold"]) == ("USD", "CNY")


@pytest.mark.parametrize("rate", [7.10, 7.17])
def test_a_settlement_at_the_buyer_s_own_rate_is_in_its_written_currency(tmp_path: Path, rate):
    """DN-3's 70,000 人民币 settled in full in USD at the buyer's rate (70,000 / 7.10 = 9,859.15,
    1.4 % over at the table's 7.2): within the exchange band (fx_band_pct, 3 %) it is what it
    says, paid (rv47r's drift_full: a band of its own, 1 %, read it in CNY, 8,354 open, black)."""
    paid = round(70_000 / rate, 2)
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()),
                       ("收款 2025-06.xlsx", _june_list("USD", amount=paid)))
    db = tmp_path / "fast.sqlite"
    assert _payment(db)[1:3] == ("USD", paid)
    assert round(_open(db)) == 0
    assert not [w for w in results[1].warnings if w.code == "received_over"]


def test_one_file_s_rows_of_an_order_are_judged_together(tmp_path: Path):
    """Two rows of 7,200 with 收款币种 USD on DN-3's 70,000 人民币 (the bank's 人民币 credits, or
    wires of 14,400 USD in all: 103,680 CNY of 70,000): both read as before, 55,600 CNY = 7,723
    USD open, each named (rv47r2's jiehui: one put back and one kept, 1,523 open)."""
    rows = [[*LIST_HEADER, "收款币种"], *[["DN-3", NINGBO, date(2025, 6, 10 + i), 7_200, "USD"]
                                         for i in range(2)]]
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()), ("收款 2025-06.xlsx",
                                                                  {"收款": rows}))
    assert round(_open(tmp_path / "fast.sqlite")) == 7_723
    assert sorted(w.params["row"] for w in results[1].warnings if w.code == "received_over"
                  ) == [2, 3]


def test_a_payment_settling_its_order_in_the_order_s_currency_is_read_so_and_named(
        tmp_path: Path):
    """DN-3 sold 10,000 USD, paid 10,000 with 收款币种 人民币 (a column filled in by default): in
    人民币 it leaves 8,611 USD open, black, where in USD it settles the order (rv47r2's reverse:
    0 before fx47r). Read in USD, named."""
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april("USD", price=100)),
                       ("收款 2025-06.xlsx", _june_list("人民币", amount=10_000)))
    assert round(_open(tmp_path / "fast.sqlite")) == 0
    [said] = [w for w in results[1].warnings if w.code == "received_over"]
    assert (said.params["written"], said.params["sold"]) == ("CNY", "USD")
    assert "it settles what the order owes" in said.text
    assert "正好结清该订单所欠" in in_chinese(lambda: said.text)


def test_a_refund_in_another_currency_is_read_as_before(tmp_path: Path):
    """14,400 paid (收款币种 blank), then -500 with 收款币种 USD on the 收款 list: read as before
    (the 500 stays CNY, 7,653 USD open), not as 500 USD received (7,223)."""
    sheet = [[*LIST_HEADER, "收款币种"], ["DN-3", NINGBO, date(2025, 6, 10), 14_400, None],
             ["DN-3", NINGBO, date(2025, 6, 20), -500, "USD"]]
    db = _import(tmp_path, ("台账 2025-04.xlsx", _april()), ("收款 2025-06.xlsx", {"收款": sheet}))
    assert round(_open(db)) == 7_653


@pytest.mark.parametrize("unread", ["银行入账", "到账(RMB)"])
def test_a_list_with_a_money_column_left_unread_is_read_as_before(tmp_path: Path, unread):
    """收款金额 2,000 read, a second figure (银行入账 / 到账(RMB) 14,400) left unread beside
    收款币种 USD: which of them USD names is unsaid, so the 2,000 is read as before, in its
    order's CNY (9,445 USD open), the line stored in CNY."""
    sheet = [["合同号", "客户", "收款日期", "收款金额", unread, "收款币种"],
             ["DN-3", NINGBO, date(2025, 6, 10), 2_000, 14_400, "USD"]]
    db = _import(tmp_path, ("台账 2025-04.xlsx", _april()), ("收款 2025-06.xlsx", {"收款": sheet}))
    assert _payment(db) == (0.0, "CNY", 2_000.0, None)
    assert round(_open(db)) == 9_445


def test_an_unnumbered_payment_keeps_the_reading_before(tmp_path: Path):
    """A 收款 row naming only the customer (合同号 blank), 2,000 收款币种 USD: no order to read
    it against; stored in USD, its customer's open figure 9,723 − 2,000 = 7,723 USD."""
    db = _import(tmp_path, ("台账 2025-04.xlsx", _april()),
                 ("收款 2025-06.xlsx", _june_list("USD", number=None)))
    assert round(_open(db)) == 7_723


def test_a_ledger_refund_row_is_in_its_实收币种(tmp_path: Path):
    """June's 台账: DN-3 paid 14,400 (实收币种 blank), then a row noted 退款, 已收 -500, 实收币种
    USD. Hand count: 70,000 − 14,400 + 3,600 CNY = 59,200 CNY ≈ 8,222 USD open (before: 7,792,
    the 500 sent back counted as CNY)."""
    paid = ["DN-3", NINGBO, "Valve", date(2025, 6, 10), None, None, None, None, None, None,
            14_400, date(2025, 6, 10), None]
    back = ["DN-3", NINGBO, "Valve", date(2025, 6, 20), None, None, None, None, None, None,
            -500, date(2025, 6, 20), "USD", "退款"]
    db = _import(tmp_path, ("台账 2025-04.xlsx", _april()), ("台账 2025-06.xlsx", {
        "6月": [[*SALE_HEADER, "备注"], [*paid, None], back]}))
    assert round(_open(db)) == 8_223


def test_a_list_imported_before_its_sale_is_checked_when_the_sale_is(tmp_path: Path):
    """June's list (14,400, 收款币种 USD) imported before April's 台账 sells DN-3: no sale to
    weigh it against yet, so it is kept in USD; the 台账's import finds it pays 103,680 CNY of
    70,000 and puts it in the order's CNY, named in that import's report: 7,723 USD open, as
    the other order of files gives (read in USD: 0 open, off every list)."""
    results = _results(tmp_path, ("收款 2025-06.xlsx", _june_list("USD", amount=14_400)),
                       ("台账 2025-04.xlsx", _april()))
    db = tmp_path / "fast.sqlite"
    assert _payment(db) == (0.0, "CNY", 14_400.0, None)
    assert round(_open(db)) == 7_723
    assert [w.code for w in results[0].warnings].count("received_over") == 0
    with sqlite3.connect(db) as conn:  # the order its sale's, as the other order of files
        assert conn.execute("SELECT currency FROM orders WHERE order_no = 'DN-3'").fetchall() == [
            ("CNY",)]
    [said] = [w for w in results[1].warnings if w.code == "received_over"]
    assert said.params["file"] == "收款 2025-06.xlsx" and said.params["row"] == 2
