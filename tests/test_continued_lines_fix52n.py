"""fix52n: rows under an order's first row that acct52c read as its product lines wrongly
(core.ledger.filled_down, review rv52c). Each ledger is imported by both imports
(tests.test_fast_import._same_import); the figures are a customer's at 10-31.

- a line under an order its row says is cancelled was a live sale (revenue 0 → 6,000);
- a customer's subtotal rounded 0.02 off its rows' sum was a line (3,580.78 → 7,161.58, watch);
- a subtotal of one customer's orders, not of every row since the last total (12,000 → 24,000);
- the deposit's and balance's own rows (定金30%, 尾款70%, 余款) were lines (10,000 → 20,000);
- a freight row billed under an order is a line of it, on purpose (docs/analysis.md).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report

HEAD = ["发票号", "客户", "日期", "品名", "数量", "单价", "金额", "币种", "付款方式", "出货日期",
        "收款金额", "收款日期", "状态", "备注"]
AS_OF = date(2025, 10, 31)  # OA 45 from 07-01: due 08-15, 77 days past due at 10-31
SHIP = date(2025, 7, 1)
PAID = date(2025, 8, 10)
# another buyer's order paid on 10-30: the receipts are known to that day
OTHER = ["P-1", "Other Buyer Ltd", date(2025, 6, 25), "餐桌", 10, 100, 1_000, "USD",
         "T/T in advance", SHIP, 1_000, date(2025, 10, 30)]


def _first(no: str, customer: str, product: str, qty: int, price: float, amount: float,
           paid: float | None = None, status: str | None = None) -> list:
    return [no, customer, date(2025, 6, 2), product, qty, price, amount, "USD", "OA 45 days",
            SHIP, paid, PAID if paid else None, status]


def _line(product: str, amount: float, qty: int | None = None, price: float | None = None,
          status: str | None = None, note: str | None = None) -> list:
    """A row under the order's first: its order cells blank, its own product and figures."""
    return [None, None, None, product, qty, price, amount, None, None, None, None, None,
            status, note]


def _import(tmp_path: Path, rows: list[list]) -> str:
    path = write_xlsx(tmp_path / "files" / "2025年订单台账.xlsx", {"6月": [HEAD, *rows, OTHER]})
    (result,) = _same_import(tmp_path, [path])
    assert result.status == "imported"
    return import_report(result)


def _account(tmp_path: Path, name: str) -> tuple[float, float, str | None]:
    c = by_name(at(tmp_path / "fast.sqlite", AS_OF))[name]
    return round(c.revenue_12m, 2), round(c.open_amount, 2), c.list


def _lines(tmp_path: Path, order: str) -> list[tuple[str, float, str | None]]:
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        return conn.execute(
            "SELECT l.product, l.amount, l.status FROM order_lines l JOIN orders o "
            "ON o.id = l.order_id WHERE o.order_no = ? ORDER BY l.source_row", (order,)
        ).fetchall()


def test_a_line_under_a_cancelled_order_is_cancelled_too(tmp_path: Path) -> None:
    """CC-1 已取消 with a 6,000 茶几 row under it: nothing sold (acct52c: 6,000 of revenue and
    'Lines cancelled inside orders that go ahead: 1')."""
    rows = [_first("CC-1", "Cancelled Lines Co", "沙发", 10, 500, 5_000, status="已取消"),
            _line("茶几", 6_000, 20, 300)]
    report = _import(tmp_path, rows)
    assert _lines(tmp_path, "CC-1") == [("沙发", 5_000, "cancelled"), ("茶几", 6_000, "cancelled")]
    assert _account(tmp_path, "Cancelled Lines Co") == (0, 0, None)
    assert "cancelled inside orders that go ahead" not in report, report
    zh = in_chinese(lambda: _import(tmp_path / "zh", rows))
    assert "仍在执行的订单中被取消的行" not in zh, zh


def test_a_cancelled_line_under_a_live_order_stays_its_own(tmp_path: Path) -> None:
    """Only a cancellation is carried down: a line's own 已取消 under a live order is that
    line's (the rest stands), and a live order's status is not written on its lines."""
    rows = [_first("CL-1", "Live Order Co", "沙发", 10, 500, 5_000, status="正常"),
            _line("茶几", 6_000, 20, 300, status="已取消"), _line("边几", 1_000, 10, 100)]
    report = _import(tmp_path, rows)
    assert _lines(tmp_path, "CL-1") == [("沙发", 5_000, None), ("茶几", 6_000, "cancelled"),
                                        ("边几", 1_000, None)]
    assert _account(tmp_path, "Live Order Co") == (6_000, 6_000, "black")
    assert "Lines cancelled inside orders that go ahead: 1 (“6月” row 3)" in report, report
    zh = in_chinese(lambda: _import(tmp_path / "zh", rows))
    assert "仍在执行的订单中被取消的行：1 行（“6月”第 3 行）" in zh, zh


def test_a_rounded_subtotal_is_a_total(tmp_path: Path) -> None:
    """Two paid orders, 1,235.23 + 2,345.55 = 3,580.78, and a row 3,580.80 (rounded) under
    them: a total, whether its 品名 is a product word or the customer's name (acct52c: a
    3,580.80 line, revenue 7,161.58, 3,580.80 open, watch)."""
    c = "Rounded Total Co"
    for n, product in enumerate(("灯具", c)):
        rows = [_first("CR-1", c, "灯具", 101, 12.23, 1_235.23, 1_235.23),
                _line("壁灯", 2_345.55, 57, 41.15), _line(product, 3_580.80)]
        rows[1][10:12] = [2_345.55, PAID]
        _import(tmp_path / str(n), rows)
        assert _lines(tmp_path / str(n), "CR-1") == [("灯具", 1_235.23, None),
                                                     ("壁灯", 2_345.55, None)], product
        assert _account(tmp_path / str(n), c) == (3_580.78, 0, None), product


def test_a_customers_name_in_the_product_cell_is_no_product(tmp_path: Path) -> None:
    """A row naming a customer of the sheet in 品名, whatever its amount, is no line of the
    order above: read as a totals row, as before acct52c, and named when it disagrees."""
    rows = [_first("CN-1", "Named Total Co", "沙发", 10, 500, 5_000),
            _line("Named Total Co", 4_000)]
    report = _import(tmp_path, rows)
    assert _account(tmp_path, "Named Total Co") == (5_000, 5_000, "black")
    assert "row 3: 4,000.00, but the rows above add up to" in report, report


def test_a_subtotal_of_one_customers_orders_is_a_total(tmp_path: Path) -> None:
    """Single Order Co 4,000, then Two Orders Co 5,000 and 7,000, all paid, and a row 家具
    12,000: the sum of Two Orders Co's rows, not of every row above (16,000): a total, and
    said so (acct52c: a 12,000 line, revenue 24,000, 12,000 open, watch)."""
    rows = [_first("CP-1", "Single Order Co", "椅子", 100, 40, 4_000, 4_000),
            _first("CP-2", "Two Orders Co", "椅子", 100, 50, 5_000, 5_000),
            _first("CP-3", "Two Orders Co", "桌子", 100, 70, 7_000, 7_000),
            _line("家具", 12_000)]
    report = _import(tmp_path, rows)
    assert _lines(tmp_path, "CP-3") == [("桌子", 7_000, None)]
    assert _account(tmp_path, "Two Orders Co") == (12_000, 0, "white")
    assert ("“家具” has no order number, customer or date and its amount is the sum of the "
            "rows above: read as a totals row." in report), report
    zh = in_chinese(lambda: _import(tmp_path / "zh", rows))
    assert "“家具”一行没有订单号、客户和日期，金额又等于上方各行之和：按合计行读取。" in zh, zh


def test_an_orders_own_lines_summed_is_a_total(tmp_path: Path) -> None:
    """An order's first row and its line (5,000 + 2,500) under another customer's order: a
    row 7,500 is the order's total, though every row since the top adds up to 8,500."""
    rows = [OTHER, _first("CO-1", "Order Sum Co", "沙发", 10, 500, 5_000),
            _line("茶几", 2_500, 25, 100), _line("家具", 7_500)]
    _import(tmp_path, rows)
    assert _lines(tmp_path, "CO-1") == [("沙发", 5_000, None), ("茶几", 2_500, None)]
    assert _account(tmp_path, "Order Sum Co")[:2] == (7_500, 7_500)


def test_deposit_and_balance_rows_are_no_lines(tmp_path: Path) -> None:
    """定金30% 3,000 and 尾款70% 7,000 under a 10,000 order: no more goods (acct52c: revenue
    20,000); 余款 3,000 (备注 待收) under an 8,000 order paid 5,000: 3,000 open, not 6,000."""
    rows = [_first("CD-1", "Split Payment Rows Co", "餐椅", 100, 100, 10_000),
            _line("定金30%", 3_000), _line("尾款70%", 7_000),
            _first("CB-1", "Balance Memo Co", "沙发", 10, 800, 8_000, 5_000),
            _line("余款", 3_000, note="待收"), _first("CE-1", "Balance Word Co", "沙发", 10, 800,
                                                   8_000, 8_000), _line("Balance 20%", 1_600)]
    _import(tmp_path, rows)
    assert _lines(tmp_path, "CD-1") == [("餐椅", 10_000, None)]
    assert _account(tmp_path, "Split Payment Rows Co")[0] == 10_000
    assert _account(tmp_path, "Balance Memo Co") == (8_000, 3_000, "black")
    assert _account(tmp_path, "Balance Word Co") == (8_000, 0, None)


def test_a_freight_row_billed_under_an_order_is_a_line_of_it(tmp_path: Path) -> None:
    """运费 1,200 under an 8,000 order paid 8,000: billed to the buyer, who owes it (the
    rule docs/analysis.md states): revenue 9,200, 1,200 open."""
    rows = [_first("CF-1", "Freight Co", "柜子", 10, 800, 8_000, 8_000),
            _line("运费", 1_200, note="海运费代垫")]
    _import(tmp_path, rows)
    assert _lines(tmp_path, "CF-1") == [("柜子", 8_000, None), ("运费", 1_200, None)]
    assert _account(tmp_path, "Freight Co") == (9_200, 1_200, "black")
