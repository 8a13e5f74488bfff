"""key45 (as mended by fx45k): a sale never takes a stored credit note's place, and the two
corrections it first read were taken back (a blank 币种 made an EUR line USD; two lots a month
apart were read as one line corrected). Hanoi Home's order of 04-02 (shipped 04-05, OA 30
days), April's 台账 and May's repeating it,
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

from core.ledger.import_result import FileResult

HEADER = ["合同号", "客户", "下单日期", "数量", "单价", "金额", "币种", "付款方式", "出货日期",
          "已收金额", "收款日期", "状态", "发票号"]
BUYER = "Hanoi Home"


def sale(quantity: float, price: float, number: str | None = "PO-7",
         currency: str | None = "USD", paid: float | None = None, status: str | None = None,
         ship: str = "2025-04-05", invoice: str | None = None) -> list[object]:
    """A row of the order, naming no product (an order's lines told by their figures)."""
    return [number, BUYER, d("2025-04-02"), quantity, price, round(quantity * price, 2),
            currency, "OA 30 days", d(ship), paid, d("2025-04-20") if paid else None,
            status, invoice]


def wire(amount: float, number: str = "PO-7") -> list[object]:
    """A payment row of the order, keyed apart: 金额 0, the money received 04-20."""
    return [number, BUYER, d("2025-04-02"), None, None, 0, "USD", "OA 30 days", None, amount,
            d("2025-04-20"), None, None]


def _imported(tmp_path: Path, april: list[list[object]], may: list[list[object]],
              may_first: bool, may_header: list[str] = HEADER) -> list[FileResult]:
    files = [write_xlsx(tmp_path / name, {tab: [header, *[
        [row[HEADER.index(c)] for c in header] for row in rows]]})
             for name, tab, rows, header in (("台账 2025-04.xlsx", "4月", april, HEADER),
                                             ("台账 2025-05.xlsx", "5月", may, may_header))]
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
    # a -500 credit note added in May beside the corrected line: A's correction a line of its
    # own, as before key45 (its rule taken back), and April's A never in the note's place
    ([sale(100, 10), sale(50, 20)], [sale(120, 9.5), sale(50, 20),
                                     sale(-50, 10, status="贷项通知单")],
     [(120, 9.5, 1_140, "USD", None), (100, 10, 1_000, "USD", None),
      (50, 20, 1_000, "USD", None), (-50, 10, -500, "USD", None)]),
    # R1 (rv45k): PO-7 shipped in two lots, one a month, each month's ledger its own lot:
    # four lines, 4,160 (key45 read May's lot as April's lines corrected: 2 lines, 2,200)
    ([sale(100, 10, invoice="INV-1"), sale(50, 20, invoice="INV-1")],
     [sale(80, 12, ship="2025-05-10", invoice="INV-2"),
      sale(30, 40, ship="2025-05-10", invoice="INV-2")],
     [(30, 40, 1_200, "USD", None), (100, 10, 1_000, "USD", None),
      (50, 20, 1_000, "USD", None), (80, 12, 960, "USD", None)]),
], ids=["two-equal", "two-prices", "re-sorted", "credit-note", "lots"])
def test_ordinary_orders_keep_their_lines(tmp_path: Path, may_first: bool,
                                          april: list[list[object]], may: list[list[object]],
                                          lines: list[tuple[object, ...]]) -> None:
    """The order's lines as many as it has, each with its own figures, in either order."""
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


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("said", ["blank", "no column", "typo"])
def test_an_unwritten_currency_corrects_no_line(tmp_path: Path, may_first: bool,
                                                said: str) -> None:
    """R2 (rv45k, cr45 probe3/4): April PO-1 100 × 100 EUR; May repeats it with its 币种 cell
    blank, its sheet without a 币种 column (both read as the default USD), or a typo EUT (no
    rate). Hand count: the line stays EUR 10,000, 10,800 at 1.08, in either order (key45
    made it USD 10,000, or dropped it from the totals as EUT)."""
    header = [c for c in HEADER if c != "币种"] if said == "no column" else HEADER
    _imported(tmp_path, [sale(100, 100, "PO-1", "EUR")],
              [sale(100, 100, "PO-1", "EUT" if said == "typo" else None)], may_first, header)
    assert _sales(tmp_path) == [(100, 100, 10_000, "EUR", None)]
    assert _account(tmp_path) == (10_800, 10_800)


@pytest.mark.parametrize("may_first", [False, True])
def test_re_sorted_rows_keep_their_invoices(tmp_path: Path, may_first: bool) -> None:
    """R3 (cr45 probe8): April A 100 × 10 (INV-A, shipped 04-05) and B 50 × 30 (INV-B, 04-25);
    May lists B and A re-sorted, both corrected. No line holds one row's figures under the
    other's invoice number and ship date (key45 stored B's 50 × 30 as INV-A shipped 04-05)."""
    _imported(tmp_path, [sale(100, 10, invoice="INV-A"),
                         sale(50, 30, ship="2025-04-25", invoice="INV-B")],
              [sale(60, 28, ship="2025-04-25", invoice="INV-B"),
               sale(120, 9.5, invoice="INV-A")], may_first)
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        lines = set(conn.execute(
            "SELECT quantity, unit_price, ship_date, invoice_no FROM order_lines"))
    assert lines <= {(100, 10, "2025-04-05", "INV-A"), (120, 9.5, "2025-04-05", "INV-A"),
                     (50, 30, "2025-04-25", "INV-B"), (60, 28, "2025-04-25", "INV-B")}
