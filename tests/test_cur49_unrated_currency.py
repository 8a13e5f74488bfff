"""cur49: a currency cell saying nothing ("TBA", "nil") is blank; money in a currency without a
rate is named with its rows.

Ningbo Supply's DN-3: April's 台账 sells 100 × 700 = 70,000 人民币 (9,723 USD at the seeded
0.1389); June's 收款 list pays 2,000 on it. Its 收款币种 "TBA" or "nil" was read as a currency of
its own (three letters a firm may add a rate for): the payment was left out of every total, DN-3
9,723 USD open, and the report said only "1 row is in TBA" (a 台账's 实收币种 "TBA" nothing of
the sort: its received column "read as TBA, converted at dated rates"). Now such a cell reads as
a blank one does (2,000 人民币 off 70,000: 9,445 USD open), and a row whose money is still in a
currency without a rate ("XYZ") is named with its sheet and rows, whichever column named it.
Each test writes the files with openpyxl and imports them by the app's import and the reference
one (test_fast_import._same_import), which must agree.
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

from core.ledger.importer import FileResult
from core.ledger.reader_version import READER_VERSION
from core.ledger.sheet_fields import currency_cell

NOTHING = ["TBA", "nil", "NIL", "tbd", "N/A", "NA", "待定", " TBA "]


def _unrated(results: list[FileResult]) -> list[str]:
    return [w.text for r in results for w in r.warnings if w.code == "unknown_currency"]


def _june_ledger(paid_in: str | None) -> dict[str, list[list[object]]]:
    """June's 台账 writing DN-3 again as a payment's row: 已收 2,000 of 06-10, 实收币种
    `paid_in`."""
    return {"6月": [SALE_HEADER, ["DN-3", NINGBO, "Valve", date(2025, 6, 10), None, None, None,
                                 None, "OA 30 days", None, 2_000, date(2025, 6, 10), paid_in]]}


def _lines(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT amount, currency, received_amount, received_currency FROM "
                            "order_lines ORDER BY id").fetchall()


def test_the_reader_version_says_currency_cells_are_read_again() -> None:
    assert READER_VERSION >= 29


@pytest.mark.parametrize("word", NOTHING)
def test_a_currency_cell_saying_nothing_is_blank(word: str) -> None:
    assert currency_cell(word) is None


@pytest.mark.parametrize("word", ["USD", "usd", "XAU", "KZT", "美元", "RMB", "XYZ"])
def test_a_code_or_a_name_stays_one(word: str) -> None:
    assert currency_cell(word) == {"usd": "USD", "美元": "USD", "RMB": "CNY"}.get(
        word, word.upper())


@pytest.mark.parametrize("word", NOTHING)
def test_a_list_s_收款币种_saying_nothing_reads_as_blank(tmp_path: Path, word: str) -> None:
    """Hand count: 68,000 人民币 open = 9,445 USD, the payment in DN-3's 人民币, as with the cell
    blank; nothing said of a currency. Main: TBA and nil kept the 2,000 as 2,000 "TBA", 9,723
    USD open, DN-3's whole order."""
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()),
                       ("收款 2025-06.xlsx", _june_list(word)))
    blank = _results(tmp_path / "blank", ("台账 2025-04.xlsx", _april()),
                     ("收款 2025-06.xlsx", _june_list(None)))
    db = tmp_path / "fast.sqlite"
    assert _payment(db) == _payment(tmp_path / "blank" / "fast.sqlite") == (
        0.0, "CNY", 2_000.0, None)
    assert round(_open(db)) == round(_open(tmp_path / "blank" / "fast.sqlite")) == 9_445
    assert _unrated(results) == _unrated(blank) == []
    assert not any(w.code == "unread_received_currency" for r in results for w in r.warnings)


@pytest.mark.parametrize("word", NOTHING)
def test_a_ledger_s_实收币种_saying_nothing_reads_as_blank(tmp_path: Path, word: str) -> None:
    """The same 2,000 on June's 台账 row with 实收币种 `word`: 9,445 USD open, its received
    currency none (the line's 人民币). Main: received in "TBA", 9,723 open."""
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()),
                       ("台账 2025-06.xlsx", _june_ledger(word)))
    _results(tmp_path / "blank", ("台账 2025-04.xlsx", _april()),
             ("台账 2025-06.xlsx", _june_ledger(None)))
    db = tmp_path / "fast.sqlite"
    assert _lines(db) == _lines(tmp_path / "blank" / "fast.sqlite")
    assert [line[3] for line in _lines(db)] == [None, None]
    assert round(_open(db)) == 9_445
    assert _unrated(results) == []


@pytest.mark.parametrize("word", ["TBA", "nil", "待定"])
def test_a_sale_s_币种_saying_nothing_reads_as_blank(tmp_path: Path, word: str) -> None:
    """DN-3's 币种 "TBA": read as a blank one, in the firm's USD (70,000 USD open, as a blank
    cell gives), not as 70,000 "TBA" left out of every total (main: 0 open, 0 revenue)."""
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april(word)))
    _results(tmp_path / "blank", ("台账 2025-04.xlsx", _april(None)))  # type: ignore[arg-type]
    db = tmp_path / "fast.sqlite"
    assert _lines(db) == _lines(tmp_path / "blank" / "fast.sqlite") == [
        (70_000.0, "USD", None, None)]
    assert round(_open(db)) == 70_000
    assert _unrated(results) == []


def test_a_list_s_unknown_code_is_named_with_its_rows(tmp_path: Path) -> None:
    """收款币种 XYZ, a code without a rate: the 2,000 is left out (9,723 USD open), and the note
    names the sheet and row, in both languages (main: "1 row is in XYZ", no row)."""
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()),
                       ("收款 2025-06.xlsx", _june_list("XYZ")))
    assert _unrated(results) == [
        "1 row is in XYZ, which has no exchange rate yet (“收款” row 2): add one in the "
        "settings or it is left out of totals in USD."]
    [said] = [w for w in results[1].warnings if w.code == "unknown_currency"]
    assert in_chinese(lambda: said.text) == (
        "有 1 行的币种是 XYZ，还没有汇率（“收款”第 2 行）：请在设置中添加，否则这些行不计入以 "
        "USD 计的合计。")
    assert round(_open(tmp_path / "fast.sqlite")) == 9_723


def test_a_ledger_s_unknown_实收币种_is_named(tmp_path: Path) -> None:
    """实收币种 XYZ on June's 台账 rows 2 and 4 (row 3 USD): the received money of rows 2 and 4
    is left out, named (main: said of no row, only "read as XYZ, converted at dated rates")."""
    sheet = _june_ledger("XYZ")
    sheet["6月"] += [[*sheet["6月"][1][:-1], "USD"], sheet["6月"][1]]
    results = _results(tmp_path, ("台账 2025-04.xlsx", _april()), ("台账 2025-06.xlsx", sheet))
    assert _unrated(results) == [
        "2 rows are in XYZ, which has no exchange rate yet (“6月” rows 2, 4): add one in the "
        "settings or they are left out of totals in USD."]


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
