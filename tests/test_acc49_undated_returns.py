"""acc49: a return whose 出货日期 is blank is dated by its row's 下单日期; a 收款币种 naming no
currency is named.

Ningbo Supply's DN-3 (the firm's currency USD, the table's 7.2 CNY/USD): April's 台账 sells 100
× 700 = 70,000 人民币; June's 收款 list pays 9,723 on it with 收款币种 USD (all paid). July's
台账 returns 7,000 人民币 of it (退货, or a credit note 贷项) with 下单日期 07-05 and 出货日期
blank. fx48b leaves a return shipped after the payment out of what the order owed when the
money came; an undated one counted, so the June payment "paid more than owed", was put back in
人民币 and named: 7,400 USD open, black, where the buyer is owed ≈ 972 (main). Now the return's
row's 下单日期 dates it (order_lines.row_day). Each test writes the files with openpyxl and
imports them by the app's import and the reference one, in the order given.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from test_cli import cli
from test_fx47r_received_currency import (
    NINGBO,
    SALE_HEADER,
    _april,
    _june_list,
    _payment,
    _results,
)
from test_fx48b_returned_later import APRIL, _july, _june, _ningbo, _return

from core.ledger.reader_version import READER_VERSION


def _undated(ordered: date | None = date(2025, 7, 5), status: str | None = None
             ) -> list[object]:
    """July's return of 7,000 人民币 of DN-3 (退货, or 贷项) with 出货日期 blank, 下单日期
    `ordered`."""
    row = _return(status=status)
    row[3], row[9] = ordered, None
    return row


def _kept() -> list[object]:
    """Another buyer's sale on July's 台账 (a file whose only row is skipped is refused)."""
    return ["K-7", "Keeper Ltd", "Valve", date(2025, 7, 2), 10, 100, 1_000, "USD", "OA 30 days",
            date(2025, 7, 2), None, None, None, None]


def test_the_reader_version_says_returns_are_read_again() -> None:
    assert READER_VERSION >= 28


@pytest.mark.parametrize("status", [None, "贷项"], ids=["returned", "credit_note"])
@pytest.mark.parametrize("order", [[0, 1, 2], [1, 0, 2], [0, 2, 1]],
                         ids=["sale_list_return", "list_first", "return_before_list"])
def test_a_return_without_its_ship_date_after_the_payment(tmp_path: Path, order, status):
    """Hand count: 63,000 CNY = 8,750 USD sold, 9,723 paid: nothing open, ≈ 972 owed to the
    buyer, as with 出货日期 07-05 written. Main: 7,400 USD open, black, the June row named."""
    files = [APRIL, _june(9_723), _july(_undated(status=status))]
    open_, credit, codes = _ningbo(tmp_path, *(files[i] for i in order))
    assert (open_, credit) == (0, pytest.approx(972, abs=2))
    assert _payment(tmp_path / "fast.sqlite") == (0.0, "USD", 9_723.0, None)
    assert not any("received_over" in c for c in codes)
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        assert conn.execute("SELECT row_day FROM order_lines WHERE amount < 0").fetchall() == [
            ("2025-07-05",)]


@pytest.mark.parametrize("order", [[0, 1, 2], [0, 2, 1]], ids=["list_first", "return_first"])
def test_a_return_without_its_ship_date_before_the_payment_counts(tmp_path: Path, order):
    """The same row with 下单日期 05-05, before June's payment: it counts, as on main (and as
    with 出货日期 05-05): 9,723 USD pays 63,000 人民币 more than owed, put back in 人民币 and
    named: 7,400 USD open."""
    files = [APRIL, _june(9_723), _july(_undated(date(2025, 5, 5)))]
    open_, _, codes = _ningbo(tmp_path, *(files[i] for i in order))
    assert round(open_) == 7_400
    assert _payment(tmp_path / "fast.sqlite") == (0.0, "CNY", 9_723.0, None)
    assert sum(c.count("received_over") for c in codes) == 1


def test_a_return_with_neither_date_is_skipped_as_before(tmp_path: Path):
    """Neither 下单日期 nor 出货日期: the row is skipped (no date), as on main; the June payment
    stays in USD against the 70,000 sold: 9,723 USD pays it, nothing open, nothing owed."""
    open_, credit, codes = _ningbo(tmp_path, APRIL, _june(9_723), _july(_undated(None),
                                                                         _kept()))
    assert (round(open_), round(credit)) == (0, 0)
    assert _payment(tmp_path / "fast.sqlite") == (0.0, "USD", 9_723.0, None)
    assert not any("received_over" in c for c in codes)


@pytest.mark.parametrize("order", [[0, 1, 2], [0, 2, 1]], ids=["list_first", "return_first"])
def test_a_default_filled_list_is_still_put_back(tmp_path: Path, order):
    """A 人民币 list with USD written in every row: 14,400 (the bank's 人民币 credit) beside
    收款币种 USD would pay 70,000 人民币 far over. With July's return dated after it by its
    下单日期 alone it is still put back in 人民币 and named: 63,000 − 14,400 CNY ≈ 6,751 USD
    open."""
    files = [APRIL, _june(14_400), _july(_undated())]
    open_, _, codes = _ningbo(tmp_path, *(files[i] for i in order))
    assert round(open_) == 6_751
    assert _payment(tmp_path / "fast.sqlite") == (0.0, "CNY", 14_400.0, None)
    assert sum(c.count("received_over") for c in codes) == 1


def test_customers_json_shows_the_buyer_owed(tmp_path: Path):
    """`customers --json` after the three files: Ningbo 0 open, on no list (main: 7,400, black)."""
    _ningbo(tmp_path, APRIL, _june(9_723), _july(_undated()))
    code, out, _ = cli("customers", "--db", str(tmp_path / "fast.sqlite"), "--as-of",
                       "2025-07-31", "--json")
    assert code == 0
    [ningbo] = [c for c in json.loads(out)["customers"] if c["customer"] == NINGBO]
    assert (ningbo["open_amount"], ningbo["list"]) == (0, None)


# --- 2: a 收款币种 naming no currency -------------------------------------------------------


@pytest.mark.parametrize("list_first", [False, True], ids=["sale_first", "list_first"])
def test_a_list_s_typo_in_its_收款币种_is_named(tmp_path: Path, list_first):
    """收款币种 "USDD" on June's list: read as blank, as before (2,000 in DN-3's 人民币: 9,445
    USD open), and now named with its sheet, column and row, in English and Chinese."""
    files = [("台账 2025-04.xlsx", _april()), ("收款 2025-06.xlsx", _june_list("USDD"))]
    results = _results(tmp_path, *(files[::-1] if list_first else files))
    [said] = [w for r in results for w in r.warnings if w.code == "unread_received_currency"]
    assert said.text == (
        "Sheet “收款”, column “收款币种”: “USDD” names no currency, so the money received on "
        "that row was read as if the cell were blank, in the currency its figure or its order "
        "names (row 2). Correct the ledger and import it again.")
    assert in_chinese(lambda: said.text).startswith(
        "工作表“收款”的“收款币种”列：“USDD”不是可识别的币种")
    assert _payment(tmp_path / "fast.sqlite") == (0.0, "CNY", 2_000.0, None)
    open_, _, _ = _ningbo(tmp_path / "again", *(files[::-1] if list_first else files))
    assert round(open_) == 9_445


def test_a_ledger_s_unread_实收币种_are_named_once(tmp_path: Path):
    """June's 台账 of five payment rows of DN-3, 实收币种 USDD, USDD, 美 元, XX and usd: one note
    names the three unread cells; 美 元 and usd are USD, named nowhere."""
    rows = [["DN-3", NINGBO, "Valve", date(2025, 6, 10 + n), None, None, None, None,
             "OA 30 days", None, 100, date(2025, 6, 10 + n), word]
            for n, word in enumerate(("USDD", "USDD", "美 元", "XX", "usd"))]
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()),
                       ("台账 2025-06.xlsx", {"6月": [SALE_HEADER, *rows]}))
    said = [w for w in results[1].warnings if w.code == "unread_received_currency"]
    assert [w.text for w in said] == [
        "Sheet “6月”, column “实收币种”: “USDD”, “XX” name no currency, so the money received "
        "on those rows was read as if the cells were blank, in the currency their figure or "
        "their order names (3 cells: rows 2–3, 5). Correct the ledger and import it again."]


@pytest.mark.parametrize("word", ["人民币", "美元", "RMB", "US$", "usd ", "美 元", "EUR"])
def test_a_收款币种_the_币种_column_accepts_is_not_named(tmp_path: Path, word):
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()),
                       ("收款 2025-06.xlsx", _june_list(word)))
    assert not any(w.code == "unread_received_currency" for r in results for w in r.warnings)
