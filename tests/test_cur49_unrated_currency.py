"""cur49 / cur49b: money in a currency without a rate is named with its rows, by the column that
named the currency; no note of conversion stands beside it; the row list is bounded per file.

Ningbo Supply's DN-3: April's 台账 sells 100 × 700 = 70,000 人民币 (9,723 USD at the seeded
0.1389); June's 收款 list or 台账 pays 2,000 on it. A currency cell of "TBA" or "nil" is three
letters a firm may add a rate for, a code without a rate as "XYZ" is: the money left out of
every total, as on main (a guess of its currency, the order's, put 2,000 人民币 off DN-3 with
nothing said, rv49c). The note said only "1 row is in TBA"; it now names the sheet and rows,
says 收款币种 where that column named the currency (its 币种 being 人民币), and the received
column's "marked XYZ: read as XYZ, converted at dated rates" is not said of a currency without
a rate. Each test writes the files with openpyxl and imports them by the app's import and the
reference one (test_fast_import._same_import), which must agree.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_fx47r_received_currency import (
    NINGBO,
    SALE_HEADER,
    _april,
    _june_list,
    _open,
    _payment,
    _results,
)

from core.ledger.import_result import FileResult

NO_CODE = ["TBA", "nil", "NIL", "tbd", "XYZ"]  # three letters without a rate


def _unrated(results: list[FileResult]) -> list[str]:
    return [w.text for r in results for w in r.warnings if w.code == "unknown_currency"]


def _note(result: FileResult) -> tuple[str, str]:
    """A file's one unrated note, in English and in Chinese."""
    [said] = [w for w in result.warnings if w.code == "unknown_currency"]
    return said.text, in_chinese(lambda: said.text)


def _converted(results: list[FileResult]) -> list[str]:
    return [w.text for r in results for w in r.warnings if w.code == "column_currency"]


def _june_ledger(paid_in: str | None) -> dict[str, list[list[object]]]:
    """June's 台账 writing DN-3 again as a payment's row: 已收 2,000 of 06-10, 实收币种
    `paid_in`."""
    return {"6月": [SALE_HEADER, ["DN-3", NINGBO, "Valve", date(2025, 6, 10), None, None, None,
                                 None, "OA 30 days", None, 2_000, date(2025, 6, 10), paid_in]]}


def _lines(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT amount, currency, received_amount, received_currency FROM "
                            "order_lines ORDER BY id").fetchall()


def _stored(tmp_path: Path) -> tuple[list[tuple[object, ...]], int]:
    """The app's import's lines and Ningbo's USD open, rounded."""
    db = tmp_path / "fast.sqlite"
    return _lines(db), round(_open(db))


@pytest.mark.parametrize("word", NO_CODE)
@pytest.mark.parametrize(("name", "sheet"), [("收款 2025-06.xlsx", "收款"),
                                             ("台账 2025-06.xlsx", "6月")])
def test_a_payment_in_a_currency_without_a_rate_is_left_out_and_named(
        tmp_path: Path, word: str, name: str, sheet: str) -> None:
    """June's 收款 list paying 2,000 with 收款币种 "TBA" (or June's 台账 payment row with 实收币种
    "TBA"): left out, DN-3 9,723 USD open, its whole order (not 9,445 as 2,000 人民币, a
    guess); the note names the row and says its 收款币种 (main: "1 row is in TBA", no row)."""
    june = _june_list(word) if sheet == "收款" else _june_ledger(word)
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()), (name, june))
    code = word.upper()
    assert _payment(tmp_path / "fast.sqlite") == (0.0, code, 2_000.0, None)
    assert round(_open(tmp_path / "fast.sqlite")) == 9_723
    assert _unrated(results[:1]) == []
    assert _note(results[1]) == (
        f"1 row received money in {code}, which has no exchange rate yet (“{sheet}” row 2): "
        "add one in the settings or that money is left out of totals in USD.",
        f"有 1 行的收款币种是 {code}，还没有汇率（“{sheet}”第 2 行）：请在设置中添加，否则这些"
        "收款不计入以 USD 计的合计。")


@pytest.mark.parametrize("word", NO_CODE)
def test_a_sale_s_实收币种_without_a_rate_is_named_and_not_said_converted(
        tmp_path: Path, word: str) -> None:
    """DN-3's own 台账 row received 9,723 on 06-10, its 实收币种 `word`: the money is left out
    (9,723 USD open), named as its 收款币种 ("收款币种是 TBA", its 币种 being 人民币), and the
    received column's "1 cell … is marked TBA: read as TBA, converted at dated rates" is not
    said: nothing is converted (cur49 said both, rv49c)."""
    sale = _april()
    sale["4月"][1][10:13] = [9_723, date(2025, 6, 10), word]
    results = _results(tmp_path, ("台账 2025-04.xlsx", sale))
    code = word.upper()
    assert _stored(tmp_path) == ([(70_000.0, "CNY", 9_723.0, code)], 9_723)
    assert _note(results[0]) == (
        f"1 row received money in {code}, which has no exchange rate yet (“4月” row 2): add "
        "one in the settings or that money is left out of totals in USD.",
        f"有 1 行的收款币种是 {code}，还没有汇率（“4月”第 2 行）：请在设置中添加，否则这些收款"
        "不计入以 USD 计的合计。")
    assert _converted(results) == []


def test_a_rated_实收币种_is_still_said_converted(tmp_path: Path) -> None:
    """DN-3's row received 1,000 with 实收币种 USD: converted at dated rates, said so (8,723
    open); nothing unrated."""
    sale = _april()
    sale["4月"][1][10:13] = [1_000, date(2025, 6, 10), "USD"]
    results = _results(tmp_path, ("台账 2025-04.xlsx", sale))
    assert round(_open(tmp_path / "fast.sqlite")) == 8_723
    assert _unrated(results) == []
    assert _converted(results) == [
        "Sheet “4月”: 1 cell of the received column “已收金额” is marked USD (row 2): read as "
        "USD, converted at the rate in Settings (Currency rates) for its date."]


@pytest.mark.parametrize("word", ["TBA", "nil", "XYZ"])
def test_a_sale_s_币种_without_a_rate_is_left_out_and_named(tmp_path: Path, word: str) -> None:
    """DN-3's 币种 "TBA": 70,000 "TBA", left out of every total (0 open), and named by its 币种
    (not read as the firm's USD, 70,000 USD of revenue said nowhere, as cur49 read it)."""
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april(word)))
    code = word.upper()
    assert _stored(tmp_path) == ([(70_000.0, code, None, None)], 0)
    assert _note(results[0]) == (
        f"1 row is in {code}, which has no exchange rate yet (“4月” row 2): add one in the "
        "settings or it is left out of totals in USD.",
        f"有 1 行的币种是 {code}，还没有汇率（“4月”第 2 行）：请在设置中添加，否则这些行不计入以 "
        "USD 计的合计。")


def test_a_ledger_s_unknown_实收币种_names_its_rows(tmp_path: Path) -> None:
    """实收币种 XYZ on June's 台账 rows 2 and 4 (row 3 USD): the received money of rows 2 and 4
    is left out, named (main: said of no row, only "read as XYZ, converted at dated rates")."""
    sheet = _june_ledger("XYZ")
    sheet["6月"] += [[*sheet["6月"][1][:-1], "USD"], sheet["6月"][1]]
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()), ("台账 2025-06.xlsx", sheet))
    assert _unrated(results) == [
        "2 rows received money in XYZ, which has no exchange rate yet (“6月” rows 2, 4): add "
        "one in the settings or that money is left out of totals in USD."]


def test_a_firm_s_own_code_with_a_rate_is_read_as_it(tmp_path: Path) -> None:
    """收款币种 XAU, a currency the firm keeps a rate for (2,300 USD a unit): 1 XAU off DN-3's
    9,723 USD, 7,423 open, the line in XAU, nothing said."""
    april = write_xlsx(tmp_path / "files" / "台账 2025-04.xlsx", _april())
    june = write_xlsx(tmp_path / "files" / "收款 2025-06.xlsx", _june_list("XAU", amount=1))
    _same_import(tmp_path, [april])
    for name in ("fast.sqlite", "slow.sqlite"):
        with sqlite3.connect(tmp_path / name) as conn:
            conn.execute("INSERT INTO currency_rates(currency, valid_from, usd_per_unit) VALUES "
                         "('XAU', '2000-01-01', 2300)")
    results = _same_import(tmp_path, [june])
    assert _unrated(results) == []
    assert _payment(tmp_path / "fast.sqlite") == (0.0, "XAU", 1.0, None)
    assert round(_open(tmp_path / "fast.sqlite")) == 7_423


def _kzt_tabs(tabs: int, rows: int) -> dict[str, list[list[object]]]:
    """`tabs` monthly tabs of `rows` sales each, every other one in KZT (no rate), the rest USD:
    rows 2, 4, 6 … of each tab in KZT."""
    return {f"{m}月": [SALE_HEADER, *[
        [f"K{m}-{i}", f"Kaz {i % 7}", "Valve", date(2025, m, 2), 10, 100,
         1_000, "KZT" if i % 2 == 0 else "USD", "OA 30 days", date(2025, m, 5), None, None,
         None] for i in range(rows)]] for m in range(1, tabs + 1)}


def test_a_twelve_tab_file_s_note_lists_ten_ranges_then_how_many_more(tmp_path: Path) -> None:
    """12 tabs × 30 rows, 15 a tab in KZT (180 rows): the first ten ranges of the file (“1月”
    rows 2, 4 … 20), then "and 170 more rows", not ten ranges a tab (~700 characters, rv49c);
    in Chinese "第 2、4…20 行，另有 170 行", not "20等 行"."""
    results = _results(tmp_path, ("台账 2025.xlsx", _kzt_tabs(12, 30)))
    assert _note(results[0]) == (
        "180 rows are in KZT, which has no exchange rate yet (“1月” rows 2, 4, 6, 8, 10, 12, "
        "14, 16, 18, 20 and 170 more rows): add one in the settings or they are left out of "
        "totals in USD.",
        "有 180 行的币种是 KZT，还没有汇率（“1月”第 2、4、6、8、10、12、14、16、18、20 行，另有 "
        "170 行）：请在设置中添加，否则这些行不计入以 USD 计的合计。")


def test_a_note_across_tabs_lists_the_file_s_first_ten_ranges(tmp_path: Path) -> None:
    """3 tabs × 8 rows, 4 a tab in KZT: “1月” rows 2, 4, 6, 8, “2月” the same, “3月” rows 2
    and 4, then 2 more rows: ten ranges for the file, the third tab cut after two."""
    results = _results(tmp_path, ("台账 2025.xlsx", _kzt_tabs(3, 8)))
    assert _note(results[0])[0] == (
        "12 rows are in KZT, which has no exchange rate yet (“1月” rows 2, 4, 6, 8, “2月” rows "
        "2, 4, 6, 8, “3月” rows 2, 4 and 2 more rows): add one in the settings or they are left "
        "out of totals in USD.")
