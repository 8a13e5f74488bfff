"""A blank 币种 is weighed against the customer after the clerk's merges (key50b, rv50k).

cur50 names a sale row writing no currency, read in the firm's USD, where the buyer's other
orders in the file are in another currency. It grouped rows by the spelling's key: with "Paris
SARL Intl" merged by hand into "Paris SARL" (whose orders are in EUR), a June row of 9,000
under "Paris SARL Intl" with a blank 币种 was named on neither (the merged-away name writes no
currency of its own), and where it was named the note showed the merged-away spelling, a
customer the window does not show. Both imports (the app's and the reference one) agree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_cur50_unwritten_currency import _notes, _results
from test_fast_import import _same_import

from core.ledger.import_result import FileResult
from core.override_changes import merge
from core.store import connect

JUNE = "2025年6月"
HEADER = ["客户名称", "订单号", "下单日期", "产品", "金额", "币种"]
PARIS, INTL = "Paris SARL", "Paris SARL Intl"
NOTE = ("Paris SARL: 1 row writes no currency (“2025年6月” row 3) and is read in USD, the "
        "firm's currency, though the customer's other orders in this file are in EUR: if it is "
        "in EUR, write the currency and import the file again.")


def _june(tmp_path: Path, *rows: list[object]) -> FileResult:
    """May's file (Paris in EUR, Intl in EUR), Intl merged into Paris, then June's `rows`."""
    may = [HEADER, [PARIS, "P-1", date(2025, 5, 4), "Pump", 7_000, "EUR"],
           [INTL, "P-2", date(2025, 5, 6), "Pump", 6_000, "EUR"]]
    _results(tmp_path, {"2025年5月": may})
    for db in ("fast", "slow"):
        with connect(tmp_path / f"{db}.sqlite") as conn:
            merge(conn, PARIS, INTL)
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "june.xlsx",
                                                  {JUNE: [HEADER, *rows]})])
    return result


def test_a_blank_row_under_the_merged_name_is_named(tmp_path: Path) -> None:
    """rv50k's: June writes P-3 8,000 EUR under "Paris SARL", P-4 9,000 blank under "Paris
    SARL Intl". On main: no note (Intl writes no currency of its own in the file)."""
    result = _june(tmp_path, [PARIS, "P-3", date(2025, 6, 4), "Pump", 8_000, "EUR"],
                   [INTL, "P-4", date(2025, 6, 5), "Pump", 9_000, None])
    assert _notes(result) == [NOTE]
    assert in_chinese(lambda: _notes(result)) == [
        "Paris SARL：有 1 行没有填写币种（“2025年6月”第 3 行），已按本公司币种 USD 读取，但该客户在"
        "本文件中的其他订单都是 EUR：如果这些行是 EUR，请填写币种后重新导入该文件。"]


def test_it_is_named_as_the_window_shows_the_customer(tmp_path: Path) -> None:
    """P-4 blank and P-5 EUR both under "Paris SARL Intl", P-3 blank under "Paris SARL": one
    note, under "Paris SARL" (on main: "Paris SARL Intl: 1 row …", P-3 unnamed)."""
    result = _june(tmp_path, [PARIS, "P-3", date(2025, 6, 4), "Pump", 8_000, None],
                   [INTL, "P-4", date(2025, 6, 5), "Pump", 9_000, None],
                   [INTL, "P-5", date(2025, 6, 6), "Pump", 4_000, "EUR"])
    assert _notes(result) == [
        "Paris SARL: 2 rows write no currency (“2025年6月” rows 2–3) and are read in USD, the "
        "firm's currency, though the customer's other orders in this file are in EUR: if they "
        "are in EUR, write the currency and import the file again."]
