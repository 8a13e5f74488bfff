"""cur50: a sale row writing no currency, read in the firm's, is named where the buyer's other
orders in the file are in another one; its figures stay as read.

May's 台账 has a 币种 column: Berlin GmbH's A-1 writes 10,000 EUR, A-2 (12,000) leaves the
cell blank and A-3 (9,000) writes "-"; Texas Inc's orders are in USD. A-2 and A-3 are read in
USD, the firm's currency, as on main (whether the clerk meant EUR is the product owner's to
rule), but main said nothing: 21,000 EUR counted as 21,000 USD near the stop-loss list's
20,000 USD edge. The import report now names Berlin's two rows and both currencies; nothing is
said of a buyer with no other currency or several, of a ledger without a 币种 column, of a
payment's or a credit note's row, nor of a carried row kept in its stored EUR line. Each
ledger is written with openpyxl and imported by the app's import and the reference one
(test_fast_import._same_import), which must agree.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_cli import cli
from test_fast_import import _same_import
from test_import_dialog import _dialog, _import
from test_preview_across_tabs_payrow33 import report_text

from core.ledger.import_result import FileResult

MAY = "2025年5月"
HEADER = ["订单号", "客户", "下单日期", "出货日期", "金额", "币种", "付款方式"]
BERLIN, TEXAS = "Berlin GmbH", "Texas Inc"
NOTE = ("Berlin GmbH: 2 rows write no currency (“2025年5月” rows 3–4) and are read in USD, the "
        "firm's currency, though the customer's other orders in this file are in EUR: if they "
        "are in EUR, write the currency and import the file again.")
NOTE_ZH = ("Berlin GmbH：有 2 行没有填写币种（“2025年5月”第 3–4 行），已按本公司币种 USD 读取，但"
           "该客户在本文件中的其他订单都是 EUR：如果这些行是 EUR，请填写币种后重新导入该文件。")
Rows = list[list[object]]


def _row(number: str, customer: str, day: int, amount: object, currency: object,
         month: int = 5) -> list[object]:
    return [number, customer, date(2025, month, day), date(2025, month, day + 15), amount,
            currency, "OA 60 days"]


def _may(a2: object = None, a3: object = "-") -> Rows:
    """The lead's ledger: Berlin's A-1 in EUR, A-2 and A-3 writing `a2` and `a3`; Texas in USD."""
    return [HEADER, _row("A-1", BERLIN, 2, 10_000, "EUR"), _row("A-2", BERLIN, 6, 12_000, a2),
            _row("A-3", BERLIN, 8, 9_000, a3), _row("B-1", TEXAS, 3, 20_000, "USD"),
            _row("B-2", TEXAS, 9, 15_000, "USD")]


def _results(tmp_path: Path, *files: dict[str, Rows]) -> list[FileResult]:
    """Each file (its sheets) imported in turn by both imports (the same tables each time)."""
    results = _same_import(tmp_path, *([write_xlsx(tmp_path / "files" / f"{n}.xlsx", sheets)]
                                       for n, sheets in enumerate(files)))
    assert [r.status for r in results] == ["imported"] * len(files)
    return results


def _notes(result: FileResult) -> list[str]:
    return [w.text for w in result.warnings if w.code == "unwritten_currency"]


def _orders(db: Path) -> dict[str, tuple[str, float]]:
    """Each order's currency and amount as stored."""
    with sqlite3.connect(db) as conn:
        return {number: (currency, amount) for number, currency, amount in conn.execute(
            "SELECT o.order_no, o.currency, sum(l.amount) FROM orders o JOIN order_lines l ON "
            "l.order_id = o.id GROUP BY o.id")}


def test_berlins_rows_writing_no_currency_are_named_in_both_languages(tmp_path: Path) -> None:
    """A-2 (blank) and A-3 ("-") are named with the sheet, the rows, USD and EUR; Texas is not;
    the figures are main's: both stored in USD, 12,000 and 9,000."""
    [result] = _results(tmp_path, {MAY: _may()})
    [note] = [w for w in result.warnings if w.code == "unwritten_currency"]
    assert (note.text, in_chinese(lambda: note.text)) == (NOTE, NOTE_ZH)
    assert _orders(tmp_path / "fast.sqlite") == {
        "A-1": ("EUR", 10_000.0), "A-2": ("USD", 12_000.0), "A-3": ("USD", 9_000.0),
        "B-1": ("USD", 20_000.0), "B-2": ("USD", 15_000.0)}


@pytest.mark.parametrize("word", [None, "", "  ", "-", "—", "/", "待定", "N/A", "无"])
def test_each_cell_read_as_no_currency_is_named(tmp_path: Path, word: object) -> None:
    """A-2's 币种 blank or a placeholder, A-3's EUR: A-2 alone is named (a currency of its
    own, "TBA", is the unrated note's: tests/test_cur49_unrated_currency.py)."""
    [result] = _results(tmp_path, {MAY: _may(word, "EUR")})
    assert _notes(result) == [
        "Berlin GmbH: 1 row writes no currency (“2025年5月” row 3) and is read in USD, the "
        "firm's currency, though the customer's other orders in this file are in EUR: if it is "
        "in EUR, write the currency and import the file again."]
    assert _orders(tmp_path / "fast.sqlite")["A-2"] == ("USD", 12_000.0)


def test_the_other_orders_may_be_on_another_tab_of_the_file(tmp_path: Path) -> None:
    """Berlin's EUR order on the April tab, its blank ones on May's: named."""
    may = _may()
    del may[1]  # A-1 sold in April
    [result] = _results(tmp_path, {"2025年4月": [HEADER, _row("A-1", BERLIN, 2, 10_000, "EUR",
                                                              month=4)], MAY: may})
    assert _notes(result) == [NOTE.replace("rows 3–4", "rows 2–3")]


def _several(may: Rows) -> Rows:
    return [*may, _row("A-4", BERLIN, 10, 5_000, "GBP")]  # EUR and GBP: which, unsaid


def _no_other(may: Rows) -> Rows:
    may[1][5] = None  # every Berlin row blank: the firm's currency, as far as the file says
    return may


def _the_firms(may: Rows) -> Rows:
    may[1][5] = "USD"
    return may


def _unrated(may: Rows) -> Rows:
    may[1][5] = "TBA"  # a code without a rate, left out: named as such, no buyer's currency
    return may


def _no_column(may: Rows) -> Rows:
    """No 币种 column: every row in the firm's currency, A-1's "€10,000" in EUR by its sign."""
    rows = [[*row[:5], *row[6:]] for row in may]
    rows[1][4] = "€10,000"
    return rows


def _credit_and_payment(may: Rows) -> Rows:
    """Berlin's A-2 and A-3 in EUR; a credit note of -2,000 and a payment's row (0 sold,
    5,000 received) writing no currency: read in their order's (listed_currency), not named."""
    may[2][5] = may[3][5] = "EUR"
    header = [*HEADER, "已收金额", "收款日期"]
    return [header, *[[*row, None, None] for row in may[1:]],
            ["CN-1", BERLIN, date(2025, 5, 12), None, -2_000, None, None, None, None],
            ["A-1", BERLIN, date(2025, 5, 2), None, 0, None, None, 5_000, date(2025, 5, 20)]]


@pytest.mark.parametrize("change", [_several, _no_other, _the_firms, _unrated, _no_column,
                                    _credit_and_payment])
def test_no_note_where_the_buyer_s_other_currency_is_not_one_other(
        tmp_path: Path, change: Callable[[Rows], Rows]) -> None:
    [result] = _results(tmp_path, {MAY: change(_may())})
    assert _notes(result) == []


def test_a_carried_row_kept_in_its_stored_eur_line_is_not_named(tmp_path: Path) -> None:
    """April's file sells A-1 in EUR; May's tab lists it again (dated April: carried) with its
    币种 blank, beside Berlin's May order A-5 in EUR: the line stays EUR (unsaid_currency),
    read in no USD, so nothing is said of it."""
    april = {"2025年4月": [HEADER, _row("A-1", BERLIN, 2, 10_000, "EUR", month=4)]}
    may = {MAY: [HEADER, _row("A-1", BERLIN, 2, 10_000, None, month=4),
                 _row("A-5", BERLIN, 10, 8_000, "EUR")]}
    results = _results(tmp_path, april, may)
    assert _notes(results[1]) == []
    assert _orders(tmp_path / "fast.sqlite")["A-1"] == ("EUR", 10_000.0)


def test_a_file_names_ten_customers_one_by_one_and_the_rest_in_one_note(
        tmp_path: Path) -> None:
    """Twelve buyers, each with an EUR order and a blank one: ten notes, then one naming the
    other two with their currencies."""
    rows: Rows = [HEADER]
    for n in range(1, 13):
        rows += [_row(f"E-{n}", f"Buyer {n:02d}", 1, 1_000, "EUR"),
                 _row(f"U-{n}", f"Buyer {n:02d}", 2, 2_000, None)]
    [result] = _results(tmp_path, {MAY: rows})
    notes = [w for w in result.warnings if w.code == "unwritten_currency"]
    assert [n.text.split(":")[0] for n in notes[:10]] == [f"Buyer {n:02d}" for n in range(1, 11)]
    assert (notes[10].text, in_chinese(lambda: notes[10].text)) == (
        "2 more customers have rows writing no currency, read in USD, though their other orders "
        "in this file are in another currency: Buyer 11 (EUR), Buyer 12 (EUR).",
        "另有 2 个客户有没有填写币种的行，已按 USD 读取，但其在本文件中的其他订单都是另一种币种："
        "Buyer 11（EUR）、Buyer 12（EUR）。")
    assert len(notes) == 11


def test_the_command_line_s_json_carries_the_note(tmp_path: Path, db_path: Path) -> None:
    path = write_xlsx(tmp_path / "l.xlsx", {MAY: _may()})
    code, out, err = cli("import", str(path), "--db", str(db_path), "--json")
    assert code == 0, err
    [file] = json.loads(out)["files"]
    assert {"code": "unwritten_currency", "text": NOTE} in file["warnings"]


def test_the_import_dialog_shows_the_note(qtbot, tmp_path: Path, db_path: Path) -> None:
    """The clerk's import in the window: the result page says Berlin's note."""
    dialog = _dialog(qtbot, db_path, [write_xlsx(tmp_path / "l.xlsx", {MAY: _may()})])
    [result] = _import(qtbot, dialog)
    assert result.status == "imported"
    assert NOTE in report_text(dialog)
    dialog.close()
