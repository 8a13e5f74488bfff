"""yb44: year books (2025年台账.xlsx, a tab a month, beside a 收款 tab or tabs named by payment),
each imported by the app's import and the reference import (compared after every import) in
every tab order, read as the customer's account (`customers --json`); the figures counted by
hand. Each rule beside the ordinary books it must leave as they were."""

from __future__ import annotations

import sqlite3
from itertools import permutations
from pathlib import Path

import pytest
from account_cli import customers
from languages import in_chinese
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_lists_audit28 import d
from test_lists_audit30 import row

BOOK = "2025年台账.xlsx"
RECEIPTS = ["订单号", "客户", "日期", "金额"]  # a 收款 tab: each receipt a row of its own


def _line(no: str, ordered: str, amount: float, received: float | None, on: str | None,
          note: str | None = None, who: str = "Mumbai Mart") -> list[object]:
    return [*row(no, who, ordered, amount, "2025-03-05", received, on), None, note]


def _mt(received: float | None, on: str | None, note: str | None = None) -> list[object]:
    """MT-1 15,000 of 2025-03-01, shipped 03-05, OA 30 days (due 04-04)."""
    return _line("MT-1", "2025-03-01", 15_000, received, on, note)


def _mt9(received: float | None, on: str | None, currency: str = "USD") -> list[object]:
    """MT-9 20,000 of 2025-10-01, shipped 03-05 as every row here (due 04-04)."""
    cells = _line("MT-9", "2025-10-01", 20_000, received, on)
    cells[4] = currency
    return cells


def _paid(*receipts: tuple[str, str, float]) -> list[list[object]]:
    return [RECEIPTS, *([no, "Mumbai Mart", d(on), figure] for no, on, figure in receipts)]


def _typed(tabs: dict[str, list[list[object]]]) -> dict[str, list[list[object]]]:
    """Month and payment tabs under the ledger's header; a 收款 tab as written (its header)."""
    return {tab: rows if rows and rows[0][0] in ("订单号", "客户") else [TYPED, *rows]
            for tab, rows in tabs.items()}


def _every_order(tmp_path: Path, tabs: dict[str, list[list[object]]], as_of: str = "2025-06-30"
                 ) -> set[tuple[object, ...]]:
    """The book of `tabs` imported in every tab order: Mumbai Mart's open, credit on account,
    its receivables' count, the last import's notes' codes; one per order."""
    seen = set()
    for number, order in enumerate(permutations(tabs)):
        folder = tmp_path / str(number)
        book = write_xlsx(folder / BOOK, _typed({tab: tabs[tab] for tab in order}))
        [result] = _same_import(folder, [book])
        assert result.status == "imported"
        who = customers(folder / "fast.sqlite", d(as_of))["by_name"]["Mumbai Mart"]
        seen.add((round(who["open_amount"], 2), round(who["credit_on_account"], 2),
                  len(who["receivables"]), *sorted({w.code for w in result.warnings})))
    return seen


# --- 1. a 收款 tab listing each receipt as a row of its own ------------------------------------

def test_a_receipts_tab_of_receipts_under_bare_headers(tmp_path: Path):
    """3月 holds MT-1 (15,000, nothing received on it); tab 收款 lists its receipts, 订单号,
    客户, 日期, 金额: 4,500 of 03-02 and 10,500 of 05-20. Hand count: nothing open, MT-1 the
    one receivable, in both orders. Before: each receipt an order line, 15,000 or 25,500
    open by the tabs' order."""
    tabs = {"3月": [_mt(None, None)],
            "收款": _paid(("MT-1", "2025-03-02", 4_500), ("MT-1", "2025-05-20", 10_500))}
    assert _every_order(tmp_path, tabs) == {(0, 0, 1, "payments_sheet")}


@pytest.mark.parametrize("tab", ["4月", "订单", "Sheet1"])
def test_an_order_tab_under_the_same_bare_headers_is_orders(tmp_path: Path, tab):
    """The ordinary case the rule must not touch: a tab not named as receipts (4月, 订单,
    Sheet1) under 订单号, 客户, 日期, 金额 lists orders: MT-2 6,000 of 04-02 beside 3月's MT-1
    15,000, nothing received. Hand count: 21,000 open, two receivables, in both orders."""
    tabs = {"3月": [_mt(None, None)], tab: _paid(("MT-2", "2025-04-02", 6_000))}
    assert {seen[:3] for seen in _every_order(tmp_path, tabs)} == {(21_000, 0, 2)}


@pytest.mark.parametrize(("headers", "read"), [
    (["订单号", "客户", "日期", "金额"], True), (["订单号", "客户", "日期", "金额(USD)"], True),
    (["客户", "日期", "金额"], True), (["订单号", "客户", "下单日期", "金额"], False),
    (["订单号", "客户", "日期", "订单金额"], False),
    (["订单号", "客户", "日期", "金额", "产品"], False), (["订单号", "日期", "金额"], False)])
def test_only_bare_headers_on_a_receipts_tab_are_its_receipts(headers, read):
    """A sale's words (下单日期, 订单金额, 产品) keep the tab as read before; so does a tab
    without its customers (the rule reads payments of the customers a tab names)."""
    from core.ledger.header_fields import auto_map
    from core.ledger.receipt_tabs import receipts_by_name  # yb44's
    mapping = auto_map(list(headers))
    assert receipts_by_name("收款", list(headers), mapping) is read
    assert ("received_amount" in mapping) is read
    assert receipts_by_name("4月", list(headers), auto_map(list(headers))) is False


# --- 2. month tabs beside a 收款 tab -------------------------------------------------------------

def test_month_tabs_beside_a_receipts_tab_in_every_order(tmp_path: Path):
    """3月 says MT-1 had 4,500 by 03-02, 4月 10,000 by 04-10 (the total so far); the 收款 tab
    lists its wires, 4,500 of 03-02 and 5,500 of 04-10. Hand count: 5,000 open (10,000
    received), in all six orders. Before: nothing open wherever 4月 came before 3月 (3月's
    4,500 taken as the line's figure when the wires were judged: the 5,500 counted twice)."""
    tabs = {"3月": [_mt(4_500, "2025-03-02")], "4月": [_mt(10_000, "2025-04-10")],
            "收款": [["订单号", "客户", "收款日期", "收款金额"],
                   ["MT-1", "Mumbai Mart", d("2025-03-02"), 4_500],
                   ["MT-1", "Mumbai Mart", d("2025-04-10"), 5_500]]}
    assert {seen[:2] for seen in _every_order(tmp_path, tabs)} == {(5_000, 0)}


@pytest.mark.parametrize("receipts", [False, True])
def test_a_running_book_with_or_without_its_wires(tmp_path: Path, receipts):
    """Ordinary: 3月 4,500 of 03-02, 4月 15,000 of 05-20 (paid up), its wires on a 收款 tab
    or none. Hand count: nothing open, no credit, in every order."""
    tabs = {"3月": [_mt(4_500, "2025-03-02")], "4月": [_mt(15_000, "2025-05-20")]}
    if receipts:
        tabs["收款"] = [["订单号", "客户", "收款日期", "收款金额"],
                      ["MT-1", "Mumbai Mart", d("2025-03-02"), 4_500],
                      ["MT-1", "Mumbai Mart", d("2025-05-20"), 10_500]]
    assert {seen[:2] for seen in _every_order(tmp_path, tabs)} == {(0, 0)}


# --- 3. payment tabs paying over the order by a typo -------------------------------------------

def test_payment_tabs_paying_over_by_a_typo(tmp_path: Path):
    """Tab 定金 says MT-1's 4,500 came 03-02, tab 尾款 105,000 (10,500 typed with a 0 more)
    of 05-20. Hand count: 105,000 read as the total received (as yb43 reads a payment tab's
    total so far), 90,000 on account, in both orders; the note names 尾款 row 2. (yb44's and
    fx44y's rule for such tabs of one day or undated was taken back after rv44y2: it let tab
    order put a buyer who had paid on the black list; those cases are left as before.)"""
    tabs = {"定金": [_mt(4_500, "2025-03-02")], "尾款": [_mt(105_000, "2025-05-20")]}
    assert _every_order(tmp_path, tabs) == {(0, 90_000, 1, "payment_tabs_over")}


def test_the_over_payment_note_names_the_row(tmp_path: Path):
    """The note names the tab and row, in English and Chinese."""
    book = write_xlsx(tmp_path / BOOK, _typed({"定金": [_mt(4_500, "2025-03-02")],
                                               "尾款": [_mt(105_000, "2025-03-02")]}))
    [result] = _same_import(tmp_path, [book])
    [note] = [w for w in result.warnings if w.code == "payment_tabs_over"]
    assert "“尾款” row 2" in note.text and "above its order's amount" in note.text
    assert "“尾款”第 2 行" in in_chinese(lambda: note.text)


@pytest.mark.parametrize("balance", [10_500, 15_000, 6_000, 12_000])
def test_payment_tabs_within_the_order_say_nothing(tmp_path: Path, balance):
    """Ordinary: 定金 4,500 and 尾款 10,500 (each a payment), 15,000 (the total so far), 6,000
    (the balance paid in part) or 12,000 (a running total: 7,500 of the balance came). Hand
    count: nothing open, nothing, 4,500 or 3,000; no credit, no note, in both orders (fx44y's
    round-up rule read 12,000 as a second payment, 1,500 on account: taken back, rv44y2)."""
    tabs = {"定金": [_mt(4_500, "2025-03-02")], "尾款": [_mt(balance, "2025-05-20")]}
    owed = {6_000: 4_500, 12_000: 3_000}.get(balance, 0)
    assert _every_order(tmp_path, tabs) == {(owed, 0, 1)}


# --- 4. an undated figure on the newer month's tab ---------------------------------------------

def _stored(tmp_path: Path, tabs: dict[str, list[list[object]]], line: str = "o:mt-9%"
            ) -> set[tuple[object, ...]]:
    """MT-9's (`line`'s) stored received figure and day, the book imported in both tab orders."""
    seen = set()
    for number, order in enumerate(permutations(tabs)):
        folder = tmp_path / str(number)
        _same_import(folder, [write_xlsx(folder / BOOK, _typed({t: tabs[t] for t in order}))])
        with sqlite3.connect(folder / "fast.sqlite") as conn:
            seen.update(conn.execute("SELECT received_amount, received_date FROM order_lines "
                                     "WHERE line_key LIKE ?", (line,)).fetchall())
    return seen


@pytest.mark.parametrize("currency", ["USD", "EUR"])
def test_an_undated_figure_on_the_newer_tab_is_dated_by_its_month(tmp_path: Path, currency):
    """11月 says MT-9 had 5,000 by 11-10; 12月 says 20,000, its date cell blank (a USD or a
    EUR order). Stored: 20,000 dated 2025-12-31 (12月's end), in both orders. Before: dated
    11-10 (12月 last) or undated (12月 first)."""
    tabs = {"11月": [_mt9(5_000, "2025-11-10", currency)],
            "12月": [_mt9(20_000, None, currency)]}
    assert _stored(tmp_path, tabs) == {(20_000, "2025-12-31")}


@pytest.mark.parametrize(("december", "stored"), [
    ((5_000, None), (5_000, "2025-11-10")), ((20_000, "2025-12-05"), (20_000, "2025-12-05"))])
def test_a_copied_or_dated_figure_keeps_its_day(tmp_path: Path, december, stored):
    """Ordinary: 12月 copies 11月's 5,000 without its date, or says 20,000 of 12-05. Stored:
    5,000 of 11-10, or 20,000 of 12-05, in both orders."""
    tabs = {"11月": [_mt9(5_000, "2025-11-10")], "12月": [_mt9(*december)]}
    assert _stored(tmp_path, tabs) == {stored}


# --- the ordinary books beside them, in both orders of import ----------------------------------

@pytest.mark.parametrize("march_first", [True, False])
@pytest.mark.parametrize(("names", "wires"), [
    (("台账 2025-03.xlsx", "台账 2025-04.xlsx"), True), (("台账.xlsx", "台账.xlsx"), False)])
def test_two_monthly_files_in_both_orders_of_import(tmp_path: Path, march_first, names, wires):
    """March's file (MT-1's 4,500 of 03-02) and April's (15,000 received by 04-20, with its 收款
    tab of the 10,500 wire under 收款日期 / 收款金额, or without), named by month, or the same
    name in each month's folder, imported either way round. Hand count: nothing open, nothing
    on account. (The same name with April's 收款 tab gives 10,500 on account, before yb44 as
    after: a fault of its own, left.)"""
    march = write_xlsx(tmp_path / "2025-03" / names[0], _typed({"3月": [_mt(4_500, "2025-03-02")]}))
    tabs = {"4月": [_mt(15_000, "2025-04-20")]}
    if wires:
        tabs["收款"] = [["订单号", "客户", "收款日期", "收款金额"],
                      ["MT-1", "Mumbai Mart", d("2025-04-20"), 10_500]]
    april = write_xlsx(tmp_path / "2025-04" / names[1], _typed(tabs))
    rounds = [[march], [april]] if march_first else [[april], [march]]
    assert {r.status for r in _same_import(tmp_path, *rounds)} == {"imported"}
    who = customers(tmp_path / "fast.sqlite", d("2025-06-30"))["by_name"]["Mumbai Mart"]
    assert (who["open_amount"], who["credit_on_account"]) == (0, 0)
