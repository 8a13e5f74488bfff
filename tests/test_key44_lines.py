"""key44: rows without an order number, re-sorted in next month's file, keep their own
figures (key43's matching by quantity, unit price, amount and invoice number, as for a
numbered order's lines). Hanoi Home's two sales of 04-02, no 合同号, no product: A 300 × 100 =
30,000 and B 100 × 200 = 20,000, shipped 04-05 on OA 30 days. Each scenario is written by
openpyxl and imported one file at a time by the app's import and the reference import
(compared after every file), the account read as `main.py customers --json` reads it."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import d

JUNE = date(2025, 6, 30)
HEADER = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期", "数量", "单价"]
BUYER = "Hanoi Home"


def sale(amount: float, quantity: int, paid: float | None = None, on: str | None = None,
         day: str = "2025-04-02", currency: str = "USD") -> list[object]:
    return [None, BUYER, d(day), amount, currency, "OA 30 days", d("2025-04-05"), paid,
            d(on), quantity, round(amount / quantity, 2)]


A, B = sale(30_000, 300), sale(20_000, 100)
A_PAID = sale(30_000, 300, 30_000, "2025-05-10")
A_PART = sale(30_000, 300, 10_000, "2025-04-20")  # 10,000 of A received in April


def _imported(tmp_path: Path, april: list[list[object]], may: list[list[object]],
              may_first: bool, header: list[str] = HEADER) -> Path:
    cut = len(header)
    files = [write_xlsx(tmp_path / name, {tab: [header, *[r[-cut:] for r in rows]]})
             for name, tab, rows in (("台账 2025-04.xlsx", "4月", april),
                                     ("台账 2025-05.xlsx", "5月", may))]
    _same_import(tmp_path, *[[f] for f in (files[::-1] if may_first else files)])
    return tmp_path / "fast.sqlite"


def _lines(db: Path) -> list[tuple[float, str, float | None]]:
    """Each stored sale's amount, currency and received total, the largest first."""
    with sqlite3.connect(db) as conn:
        return list(conn.execute("SELECT amount, currency, received_amount FROM order_lines "
                                 "ORDER BY amount DESC"))


def _open(db: Path) -> tuple[float, float]:
    """Hanoi Home's open amount and revenue at 06-30."""
    found = customers(db, JUNE)["by_name"][BUYER]
    return round(found["open_amount"], 2), round(found["revenue_12m"], 2)


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("header", [HEADER, HEADER[1:]], ids=["blank", "no-column"])
def test_unnumbered_rows_re_sorted_keep_their_figures(tmp_path: Path, may_first: bool,
                                                      header: list[str]) -> None:
    """April lists A (10,000 received 04-20) then B; May's file lists B then A, A's 30,000
    received by 05-10. Hand count: B's 20,000 open, 50,000 sold, in either import order.
    Before: A's money landed on B's place."""
    db = _imported(tmp_path, [A_PART, B], [B, A_PAID], may_first, header)
    assert _open(db) == (20_000, 50_000)
    assert _lines(db) == [(30_000, "USD", 30_000), (20_000, "USD", None)]


@pytest.mark.parametrize("may_first", [False, True])
def test_unnumbered_rows_in_their_order_are_as_before(tmp_path: Path, may_first: bool) -> None:
    """Guard: May lists A then B as April did, A paid: 20,000 open, either order."""
    db = _imported(tmp_path, [A, B], [A_PAID, B], may_first)
    assert _open(db) == (20_000, 50_000)


@pytest.mark.parametrize("may_first", [False, True])
def test_identical_unnumbered_rows_stay_by_place(tmp_path: Path, may_first: bool) -> None:
    """Guard: two identical sales of 20,000 (same day, no number); May pays the second:
    20,000 open (two lines, 40,000 sold), never one line or 40,000 open."""
    db = _imported(tmp_path, [B, B], [B, sale(20_000, 100, 20_000, "2025-05-10")], may_first)
    assert _open(db) == (20_000, 40_000)


@pytest.mark.parametrize("may_first", [False, True])
def test_a_corrected_unnumbered_row_keeps_its_place(tmp_path: Path, may_first: bool) -> None:
    """Guard: May lists B then A corrected to 31,000 (310 × 100) and paid 31,000: A's place
    corrected, B open: 20,000 open, 51,000 sold (May's figures, April's older in either
    order), never a third sale."""
    db = _imported(tmp_path, [A, B], [B, sale(31_000, 310, 31_000, "2025-05-10")],
                   may_first)
    assert _open(db) == (20_000, 51_000)


@pytest.mark.parametrize("may_first", [False, True])
def test_one_sale_and_its_payment(tmp_path: Path, may_first: bool) -> None:
    """Guard: one unnumbered sale, paid next month: nothing open, 30,000 sold."""
    db = _imported(tmp_path, [A], [A_PAID], may_first)
    assert _open(db) == (0, 30_000)


@pytest.mark.parametrize("may_first", [False, True])
def test_a_eur_sale_beside_a_usd_one(tmp_path: Path, may_first: bool) -> None:
    """A in EUR, B in USD of one day (no number), May re-sorted with B's 20,000 USD paid:
    A's 30,000 EUR open, as where May keeps April's order. Before: B's USD money landed on
    A's EUR line (EUR 30,000 received 20,000: 30,800 open where 32,400 is)."""
    eur = sale(30_000, 300, currency="EUR")
    db = _imported(tmp_path, [eur, B], [sale(20_000, 100, 20_000, "2025-05-10"), eur],
                   may_first)
    assert _lines(db) == [(30_000, "EUR", None), (20_000, "USD", 20_000)]
    assert _open(db) == _open(_imported(tmp_path / "same", [eur, B],
                                        [eur, sale(20_000, 100, 20_000, "2025-05-10")],
                                        may_first))


@pytest.mark.parametrize("may_tab_first", [False, True])
def test_a_year_book_s_tabs_re_sorted(tmp_path: Path, may_tab_first: bool) -> None:
    """One workbook, tabs 4月 (A with 10,000 received, B) and 5月 (B, A paid 30,000), in
    either tab order: the 5月 tab's figures (its rows' dates the later), 20,000 open."""
    tabs = [("4月", [A_PART, B]), ("5月", [B, A_PAID])]
    path = write_xlsx(tmp_path / "台账 2025.xlsx", {
        tab: [HEADER, *rows] for tab, rows in (tabs[::-1] if may_tab_first else tabs)})
    _same_import(tmp_path, [path])
    assert _open(tmp_path / "fast.sqlite") == (20_000, 50_000)


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("re_sorted", [False, True])
def test_one_name_in_each_month_s_folder(tmp_path: Path, may_first: bool,
                                         re_sorted: bool) -> None:
    """2025-04/台账.xlsx (A with 10,000 received, B) and 2025-05/台账.xlsx (A paid, B; or B
    first): 20,000 open, 50,000 sold, either import order."""
    files = [write_xlsx(tmp_path / folder / "台账.xlsx", {"台账": [HEADER, *rows]})
             for folder, rows in (("2025-04", [A_PART, B]),
                                  ("2025-05", [B, A_PAID] if re_sorted else [A_PAID, B]))]
    _same_import(tmp_path, *[[f] for f in (files[::-1] if may_first else files)])
    assert _open(tmp_path / "fast.sqlite") == (20_000, 50_000)


@pytest.mark.parametrize("re_sorted", [False, True])
def test_a_running_book_sent_again(tmp_path: Path, re_sorted: bool) -> None:
    """客户台账.xlsx as of April (A with 10,000 received, B), then the same name as of May with
    a May sale C (12,000 of 05-03) and A paid (B, A when re-sorted): 32,000 open, 62,000 sold."""
    c = sale(12_000, 120, day="2025-05-03")
    april = write_xlsx(tmp_path / "4" / "客户台账.xlsx", {"台账": [HEADER, A_PART, B]})
    may = write_xlsx(tmp_path / "5" / "客户台账.xlsx", {"台账": [
        HEADER, *([B, A_PAID] if re_sorted else [A_PAID, B]), c]})
    _same_import(tmp_path, [april], [may])
    assert _open(tmp_path / "fast.sqlite") == (32_000, 62_000)
