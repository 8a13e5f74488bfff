"""acct52c: product rows under an order's first row, their order cells left blank
(core.ledger.filled_down.continue_orders).

rv52a: a furniture exporter types 发票号 / 客户 / 日期 once per container, on its first product
row, and leaves them blank (not merged) on the product rows below, each with its own 品名, 数量,
单价, 金额. Each such row was read as a totals row: December's revenue 3,218,724 where
4,367,927, and the report named every line a false "Total … but the rows above add up to …".
Each test imports through both imports (tests.test_fast_import._same_import).
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
        "收款金额", "收款日期"]
AS_OF = date(2025, 10, 31)  # OA 45 from 07-01: due 08-15, 76 days past due at 10-30
SHIP = date(2025, 7, 1)


def _first(no: str, customer: str, day: int, product: str, qty: int, price: float,
           amount: float, paid: float | None = None, on: date | None = None) -> list:
    return [no, customer, date(2025, 6, day), product, qty, price, amount, "USD", "OA 45 days",
            SHIP, paid, on]


def _line(product: str | None, qty: int | None, price: float | None, amount: float) -> list:
    """A row under the order's first: its order cells blank, its own product and figures."""
    return [None, None, None, product, qty, price, amount, None, None, None, None, None]


# another buyer's order paid on 10-30: the receipts are known to that day
OTHER = ["P-1", "Other Buyer Ltd", date(2025, 6, 25), "餐桌", 10, 100, 1_000, "USD",
         "T/T in advance", SHIP, 1_000, date(2025, 10, 30)]
JUNE = [
    _first("FS-1", "Casa Verde Ltda", 2, "实木餐桌", 100, 70, 7_000),            # row 2
    _line("布艺沙发", 200, 20, 4_000),                                           # row 3
    _line("岩板茶几", 50, 60, 3_000),                                            # row 4
    [None, "合计", None, None, None, None, 14_000],                              # row 5
    _first("FS-2", "Harbor Living Ltd", 5, "藤编椅", 100, 50, 5_000, 5_000,
           date(2025, 8, 10)),                                                   # row 6
    _line("壁灯", 50, 50, 2_500),                                                # row 7
    _line(None, None, None, 7_500),                                              # row 8: a total
    _first("FS-3", "Summit Hospitality", 20, "LED吊灯", 100, 30, 3_000),          # row 9
    _line("水晶吊灯", 100, 30, 3_000),  # row 10: the sum above, but 100 × 30 gives it
    OTHER,                                                                       # row 11
]


def _import(tmp_path: Path, rows: list[list], merges: list[str] | None = None) -> str:
    path = write_xlsx(tmp_path / "files" / "2025年订单台账.xlsx", {"6月": [HEAD, *rows]},
                      merges={"6月": merges or []})
    (result,) = _same_import(tmp_path, [path])
    assert result.status == "imported"
    return import_report(result)


def _lines(tmp_path: Path) -> dict[str, list[tuple[str, float]]]:
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        found: dict[str, list[tuple[str, float]]] = {}
        for no, product, amount in conn.execute(
                "SELECT o.order_no, l.product, l.amount FROM order_lines l JOIN orders o "
                "ON o.id = l.order_id ORDER BY l.source_row"):
            found.setdefault(no, []).append((product, amount))
    return found


def _account(tmp_path: Path, name: str) -> tuple[float, float, float, int, str | None]:
    c = by_name(at(tmp_path / "fast.sqlite", AS_OF))[name]
    return c.revenue_12m, c.open_amount, c.overdue_amount, c.max_days_overdue, c.list


def test_product_rows_under_an_orders_first_row_are_its_lines(tmp_path: Path) -> None:
    """Hand count at 10-31: FS-1 14,000 unpaid (black: 76 days, under 20,000 an order); FS-2
    7,500 with 5,000 received on its first row, 2,500 open 76 days (black); FS-3 6,000. Before:
    FS-1 7,000, FS-2 5,000 paid in full (white: paying reliably), FS-3 3,000; rows 3, 4, 7 and
    10 were totals rows, rows 3, 4 and 7 named as totals that do not agree."""
    report = _import(tmp_path, JUNE)
    assert _lines(tmp_path) == {
        "FS-1": [("实木餐桌", 7_000), ("布艺沙发", 4_000), ("岩板茶几", 3_000)],
        "FS-2": [("藤编椅", 5_000), ("壁灯", 2_500)],
        "FS-3": [("LED吊灯", 3_000), ("水晶吊灯", 3_000)], "P-1": [("餐桌", 1_000)]}
    assert _account(tmp_path, "Casa Verde Ltda") == (14_000, 14_000, 14_000, 76, "black")
    assert _account(tmp_path, "Harbor Living Ltd") == (7_500, 2_500, 2_500, 76, "black")
    assert _account(tmp_path, "Summit Hospitality")[:3] == (6_000, 6_000, 6_000)
    assert "but the rows above add up to" not in report, report
    assert "2 skipped (2 of them totals rows)" in report, report  # 合计 and row 8
    assert "Totals rows agree with the rows above them in: “6月” rows 5, 8" in report, report
    assert ("Sheet “6月”: 4 rows without order number, customer or date but with a product of "
            "their own (rows 3–4, 7, 10) are read as product lines of the order above them, "
            "not as totals rows." in report), report
    zh = in_chinese(lambda: _import(tmp_path / "zh", JUNE))
    assert ("工作表“6月”：4 行没有订单号、客户和日期，但有自己的品名（第 3–4、7、10 行），"
            "按上方订单的产品明细行读取，不当作合计行。" in zh), zh


def test_merged_order_cells_read_as_before(tmp_path: Path) -> None:
    """The same ledger with FS-1's and FS-2's order cells merged over their rows: filled down
    as before, and no row said to be read as a product line."""
    merged = [[*r[:3], *r[3:7], *(["USD", "OA 45 days", SHIP] if r[0] is None else r[7:10]),
               *r[10:]] if r[3] else r for r in JUNE]
    merges = [f"{c}{a}:{c}{b}" for c in "ABC" for a, b in ((2, 4), (6, 7), (9, 10))]
    report = _import(tmp_path, merged, merges)
    assert _account(tmp_path, "Casa Verde Ltda") == (14_000, 14_000, 14_000, 76, "black")
    assert _account(tmp_path, "Harbor Living Ltd") == (7_500, 2_500, 2_500, 76, "black")
    assert "product line" not in report and "rows above add up" not in report, report


def test_a_totals_row_without_words_whose_sum_is_wrong_is_still_named(tmp_path: Path) -> None:
    """A row with neither product nor order cells stays a total, and a wrong one is named."""
    rows = [*JUNE[:6], _line(None, None, None, 9_000), OTHER]
    report = _import(tmp_path, rows)
    assert ("Total in “6月” row 8: 9,000.00, but the rows above add up to 7,500.00 "
            "(difference 1,500.00)." in report), report
    assert _account(tmp_path, "Harbor Living Ltd")[:2] == (7_500, 2_500)


def test_a_total_beside_a_product_name_is_read_as_a_total_and_said(tmp_path: Path) -> None:
    """Ambiguous: a row naming a product, without quantity or price, whose amount is the sum
    of the rows above (7,500 under FS-2's two lines) is read as a total, and said so."""
    rows = [*JUNE[4:6], _line("壁灯", None, None, 7_500), OTHER]
    report = _import(tmp_path, rows)
    assert _account(tmp_path, "Harbor Living Ltd")[:2] == (7_500, 2_500)
    assert ("“壁灯” has no order number, customer or date and its amount is the sum of the rows "
            "above: read as a totals row." in report), report
    zh = in_chinese(lambda: _import(tmp_path / "zh", rows))
    assert "“壁灯”一行没有订单号、客户和日期，金额又等于上方各行之和：按合计行读取。" in zh, zh
