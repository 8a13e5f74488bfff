"""key45: a line corrected in next month's file is stored as the correction. Hanoi Home's
order of 04-02 (shipped 04-05, OA 30 days), April's 台账 and May's repeating it corrected,
written by openpyxl and imported one file at a time by the app's import and the reference
import (compared after every file), in month order and in reverse (the older file keeps the
newer correction), with and without a payment row; the account read by the analysis."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d

from core.ledger.importer import FileResult

HEADER = ["合同号", "客户", "下单日期", "数量", "单价", "金额", "币种", "付款方式", "出货日期",
          "已收金额", "收款日期", "状态"]
BUYER = "Hanoi Home"


def sale(quantity: float, price: float, number: str | None = "PO-7", currency: str = "USD",
         paid: float | None = None, status: str | None = None) -> list[object]:
    """A row of the order, naming no product (an order's lines told by their figures)."""
    return [number, BUYER, d("2025-04-02"), quantity, price, round(quantity * price, 2),
            currency, "OA 30 days", d("2025-04-05"), paid, d("2025-04-20") if paid else None,
            status]


def wire(amount: float, number: str = "PO-7") -> list[object]:
    """A payment row of the order, keyed apart: 金额 0, the money received 04-20."""
    return [number, BUYER, d("2025-04-02"), None, None, 0, "USD", "OA 30 days", None, amount,
            d("2025-04-20"), None]


def _imported(tmp_path: Path, april: list[list[object]], may: list[list[object]],
              may_first: bool) -> list[FileResult]:
    files = [write_xlsx(tmp_path / name, {tab: [HEADER, *rows]})
             for name, tab, rows in (("台账 2025-04.xlsx", "4月", april),
                                     ("台账 2025-05.xlsx", "5月", may))]
    return _same_import(tmp_path, *[[f] for f in (files[::-1] if may_first else files)])


def _sales(tmp_path: Path) -> list[tuple[object, ...]]:
    """Each stored sale line's quantity, unit price, amount, currency and received total."""
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        return list(conn.execute(
            "SELECT quantity, unit_price, amount, currency, received_amount FROM order_lines "
            "WHERE amount <> 0 ORDER BY amount DESC, quantity DESC, "
            "received_amount DESC"))


def _account(tmp_path: Path) -> tuple[float, float]:
    """Hanoi Home's open amount (in USD) and 12 months' revenue at 06-30."""
    found = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))[BUYER]
    return round(found.open_amount, 2), round(found.revenue_12m, 2)


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("number", [None, "PO-1"])
@pytest.mark.parametrize("paid", [False, True])
def test_a_currency_corrected_next_month(tmp_path: Path, may_first: bool, number: str | None,
                                         paid: bool) -> None:
    """April: 100 × 100 = 10,000 USD (4,000 received 04-20: a payment row of PO-1, or on the
    row); May repeats it, its 币种 corrected to EUR. Hand count: one line, EUR 10,000, its
    revenue 10,800 at April's 1.08 (open 10,800; 6,800 with the payment row's 4,000 USD,
    6,480 with EUR 4,000 received on the row), in
    either order; May after April counts it changed. Before: "1 unchanged", the line USD,
    revenue 10,000 (either order)."""
    on_row = 4_000 if paid and number is None else None
    payment = [wire(4_000, number)] if paid and number else []
    results = _imported(tmp_path, [sale(100, 100, number, paid=on_row), *payment],
                        [sale(100, 100, number, "EUR", on_row), *payment], may_first)
    assert _sales(tmp_path) == [(100, 100, 10_000, "EUR", on_row)]
    assert _account(tmp_path) == (6_480 if on_row else 6_800 if paid else 10_800, 10_800)
    if not may_first:
        assert (results[-1].counts.updated, results[-1].counts.unchanged) == (1, len(payment))


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("paid", [False, True])
@pytest.mark.parametrize("re_sorted", [False, True])
def test_a_line_corrected_in_quantity_and_price(tmp_path: Path, may_first: bool,
                                                paid: bool, re_sorted: bool) -> None:
    """PO-7: A 100 × 10.00 and B 50 × 20.00 (500 received 04-20 on A's row, or a payment
    row); May corrects A to 120 × 9.50 (and lists B first, or not). Hand count: two lines,
    A 1,140 and B 1,000, 2,140 sold (1,640 open where 500 is received), either order.
    Before: A's 1,000 stayed beside its correction, a third line (3,140 sold)."""
    got, payment = (500, [wire(500)]) if paid else (None, [])
    may = [sale(120, 9.5, paid=got), sale(50, 20)]
    results = _imported(tmp_path, [sale(100, 10, paid=got), sale(50, 20), *payment],
                        [*(may[::-1] if re_sorted else may), *payment], may_first)
    assert _sales(tmp_path) == [(120, 9.5, 1_140, "USD", got), (50, 20, 1_000, "USD", None)]
    assert _account(tmp_path) == ((1_640 if paid else 2_140), 2_140)
    if not may_first:
        assert [(c.old, c.new) for c in results[-1].counts.amount_changes] == [(1_000, 1_140)]


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("april, may, lines", [
    # two equal sales of the order, the second paid in May: two lines
    ([sale(100, 10), sale(100, 10)], [sale(100, 10), sale(100, 10, paid=1_000)],
     [(100, 10, 1_000, "USD", 1_000), (100, 10, 1_000, "USD", None)]),
    # the same goods at two prices, re-sorted in May, the dearer paid: each its own
    ([sale(100, 10), sale(100, 12)], [sale(100, 12, paid=1_200), sale(100, 10)],
     [(100, 12, 1_200, "USD", 1_200), (100, 10, 1_000, "USD", None)]),
    # re-sorted, the cheaper corrected in quantity only: each its own
    ([sale(100, 10), sale(50, 20)], [sale(50, 20), sale(110, 10)],
     [(110, 10, 1_100, "USD", None), (50, 20, 1_000, "USD", None)]),
    # a -500 credit note added in May beside the corrected line
    ([sale(100, 10), sale(50, 20)], [sale(120, 9.5), sale(50, 20),
                                     sale(-50, 10, status="贷项通知单")],
     [(120, 9.5, 1_140, "USD", None), (50, 20, 1_000, "USD", None),
      (-50, 10, -500, "USD", None)]),
    # the second line cancelled in May (状态 取消) beside the corrected one
    ([sale(100, 10), sale(50, 20)], [sale(120, 9.5), sale(50, 20, status="取消")],
     [(120, 9.5, 1_140, "USD", None), (50, 20, 1_000, "USD", None)]),
], ids=["two-equal", "two-prices", "re-sorted", "credit-note", "cancelled"])
def test_ordinary_orders_keep_their_lines(tmp_path: Path, may_first: bool,
                                          april: list[list[object]], may: list[list[object]],
                                          lines: list[tuple[object, ...]]) -> None:
    """Guards beside key45's rule (a row at its own place of an order re-sent whole is that
    line corrected): the order's lines as many as it has, each with its own figures."""
    _imported(tmp_path, april, may, may_first)
    assert _sales(tmp_path) == lines


@pytest.mark.parametrize("may_first", [False, True])
def test_a_new_line_in_a_paid_lines_stead_stays_new(tmp_path: Path, may_first: bool) -> None:
    """Guard (fx43g): April A 100 × 10 paid 1,000 and B; May lists C 80 × 12 (nothing
    received) where A was, and B: C is a new line, A kept paid (2,960 sold, 1,960 open)."""
    _imported(tmp_path, [sale(100, 10, paid=1_000), sale(50, 20)],
              [sale(80, 12), sale(50, 20)], may_first)
    assert _sales(tmp_path) == [(100, 10, 1_000, "USD", 1_000), (50, 20, 1_000, "USD", None),
                                (80, 12, 960, "USD", None)]
    assert _account(tmp_path) == (1_960, 2_960)
