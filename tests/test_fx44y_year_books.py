"""fx44y: what a review proved in yb44's year books, each imported by the app's import and the
reference import (compared after every import) in every tab order, read as the customer's
account (`customers --json`); the figures counted by hand."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from account_cli import cli
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_analysis import _compare
from test_fast_import import _same_import
from test_lists_audit28 import d
from test_lists_audit30 import row
from test_yb44_year_books import BOOK, RECEIPTS, _every_order, _mt, _typed

# --- F2. an undated figure on the newest month's tab and the default as-of date ----------------

def _kept_to_december_10() -> dict[str, list[list[object]]]:
    """A year book kept to 12-10: 11月 says MT-9 (20,000, shipped 10-05) had 5,000 by 11-10,
    12月 20,000 (its date cell blank); Kobe's K-1 (8,000, shipped 11-15, due 12-15) unpaid,
    its K-2 (3,000) paid 12-10, the book's last date."""
    mt9 = [*row("MT-9", "Mumbai Mart", "2025-10-01", 20_000, "2025-10-05"), None, None]
    k1 = [*row("K-1", "Kobe Trading", "2025-11-10", 8_000, "2025-11-15"), None, None]
    k2 = [*row("K-2", "Kobe Trading", "2025-12-08", 3_000, "2025-12-09", 3_000, "2025-12-10"),
          None, None]
    with_receipt = [*mt9[:7], 5_000, d("2025-11-10"), *mt9[9:]]
    return {"11月": [with_receipt, k1], "12月": [[*mt9[:7], 20_000, *mt9[8:]], k1, k2]}


def test_an_undated_december_figure_leaves_the_default_as_of_at_the_books_last_day(
        tmp_path: Path):
    """Hand count, as of 12-10 (the book's last date, the default): Kobe's K-1 not yet due
    (0 days overdue), Mumbai Mart's MT-9 paid (0 open); MT-9 stored 20,000 of 12-10 (the
    day December's tab was kept to), in both tab orders. Before: stored 12-31, which made
    the default as-of 12-31: Kobe 16 days overdue."""
    tabs = _kept_to_december_10()
    seen = set()
    for number, order in enumerate(permutations(tabs)):
        folder = tmp_path / str(number)
        _same_import(folder, [write_xlsx(folder / BOOK, _typed({t: tabs[t] for t in order}))])
        payload = json.loads(cli("customers", "--db", str(folder / "fast.sqlite"), "--json"))
        by_name = {c["customer"]: c for c in payload["customers"]}
        with sqlite3.connect(folder / "fast.sqlite") as conn:
            [stored] = conn.execute("SELECT received_amount, received_date FROM order_lines "
                                    "WHERE line_key LIKE 'o:mt-9%'").fetchall()
        seen.add((payload["as_of"], by_name["Kobe Trading"]["max_days_overdue"],
                  by_name["Mumbai Mart"]["open_amount"], stored))
    assert seen == {("2025-12-10", 0, 0, (20_000, "2025-12-10"))}


# --- F3. a 收款 tab's receipt naming an order no file sells -----------------------------------

def _po88(on: str, number: str | None = "PO-88") -> dict[str, list[list[object]]]:
    """3月 sells MT-1 (15,000 of 03-01, due 04-04, nothing received); 收款 lists 12,000 of
    `on` naming `number` (an order no file sells), or no order (its customer's money)."""
    header = RECEIPTS if number else RECEIPTS[1:]
    return {"3月": [_mt(None, None)],
            "收款": [header, [*([number] if number else []), "Mumbai Mart", d(on), 12_000]]}


@pytest.mark.parametrize(("on", "number", "seen"), [
    ("2025-01-15", "PO-88", (15_000, 12_000, 1, "payments_sheet", "unsold_receipt")),
    ("2025-03-10", "PO-88", (3_000, 0, 1, "payments_sheet", "unsold_receipt")),
    ("2025-01-15", None, (3_000, 0, 1, "payments_sheet"))])
def test_a_receipt_for_an_order_no_file_sells(tmp_path: Path, on, number, seen):
    """Hand count: PO-88's 12,000 of 01-15, before MT-1 was ordered, pays no part of it:
    15,000 open, the 12,000 on account, the row named. Of 03-10 (after MT-1's order, a
    mistyped number maybe) it pays MT-1 as money on account does, named all the same; a row
    naming no order is the customer's money, paying MT-1 as before. Before: 3,000 open
    (0 days overdue) with no note, of 01-15 too."""
    assert _every_order(tmp_path, _po88(on, number)) == {seen}


def test_the_unsold_receipt_note_names_the_row(tmp_path: Path):
    """The note names the file, the 收款 tab's row and the order, in English and Chinese."""
    book = write_xlsx(tmp_path / BOOK, _typed(_po88("2025-01-15")))
    [result] = _same_import(tmp_path, [book])
    [note] = [w for w in result.warnings if w.code == "unsold_receipt"]
    assert "sheet “收款”, row 2" in note.text and "PO-88" in note.text
    assert "not sold in any file" in note.text
    chinese = in_chinese(lambda: note.text)
    assert "“收款”" in chinese and "PO-88" in chinese and "第 2 行" in chinese



def test_the_reference_analysis_reads_it_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The fast analysis and the reference one (tests/reference_analysis.py) agree on that book:
    the 12,000 pays MT-1 in neither."""
    book = write_xlsx(tmp_path / "book" / BOOK, _typed(_po88("2025-01-15")))
    _same_import(tmp_path, [book])
    compared = tmp_path / "compared"
    compared.mkdir()
    _compare(tmp_path / "fast.sqlite", compared, monkeypatch, [None, date(2025, 6, 30)])

# --- F4. receipt tabs by their other common names, and the columns a receipt list keeps ---------

_WIRES = [["MT-1", "Mumbai Mart", d("2025-03-02"), 4_500],
          ["MT-1", "Mumbai Mart", d("2025-05-20"), 10_500]]


@pytest.mark.parametrize("tab", ["收款明细", "回款明细", "到账明细", "收款表", "收款登记",
                                 "3月收款", "4月回款", "2025年收款", "收款(美元)", "Receipts 2025"])
def test_a_receipts_tab_by_another_common_name(tmp_path: Path, tab):
    """3月 sells MT-1 (15,000); a tab named as receipts its clerk's way lists its 4,500 of 03-02
    and 10,500 of 05-20 under 订单号, 客户, 日期, 金额. Hand count: nothing open, MT-1 the one
    receivable, in both orders. Before: each receipt an order line, 15,000 or 25,500 open."""
    tabs = {"3月": [_mt(None, None)], tab: [RECEIPTS, *_WIRES]}
    assert _every_order(tmp_path, tabs) == {(0, 0, 1, "payments_sheet")}


@pytest.mark.parametrize(("column", "cell"), [("付款方式", "T/T"), ("收款方式", "电汇"),
                                              ("业务员", "王丽")])
def test_a_receipts_tab_with_its_method_or_clerk(tmp_path: Path, column, cell):
    """The 收款 tab's receipts with how each came (付款方式 / 收款方式) or who booked it (业务员):
    still receipts, 0 open, the columns left unread there. Before: order lines, 15,000 or
    25,500 open."""
    tabs = {"3月": [_mt(None, None)], "收款": [[*RECEIPTS, column], *(
        [*wire, cell] for wire in _WIRES)]}
    assert _every_order(tmp_path, tabs) == {(0, 0, 1, "payments_sheet")}


@pytest.mark.parametrize("tab", ["销售及收款", "4月(含收款)"])
def test_a_sales_tab_naming_receipts_too_is_orders(tmp_path: Path, tab):
    """Ordinary: a tab of sales and receipts (销售及收款, 4月(含收款)) under the bare headers lists
    orders: MT-2 6,000 of 04-02 beside 3月's MT-1 15,000. Hand count: 21,000 open, two
    receivables, in both orders."""
    tabs = {"3月": [_mt(None, None)], tab: [RECEIPTS, ["MT-2", "Mumbai Mart", d("2025-04-02"),
                                                       6_000]]}
    assert {seen[:3] for seen in _every_order(tmp_path, tabs)} == {(21_000, 0, 2)}
