"""Audit 15: a customer's subtotal row ("Acme 小计", dated, with the sum) is not an order.

A clerk who keeps the ledger grouped by customer closes each group with a row naming the
customer beside 小计 or 合计, the date and the currency copied down with it. It was imported as
an order of "Acme 小计" (a new customer with the sum as revenue) or, in the order-number cell,
as an order of Acme: its revenue doubled and its average order with it, which takes a late
payer off the black list (an average order of 20,000 or more is worth keeping).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import test_words_audit14 as audit14
from ledgers import PLAIN_HEADER, write_xlsx
from test_fast_import import _same_import

from core.analysis.run import analyse
from core.ledger.report import import_report
from core.store import connect

HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期"]


def _order(number: str, customer: str, amount: float, day: int = 1) -> list[object]:
    return [number, customer, date(2025, 2, day), amount, "USD", "OA 30 days",
            date(2025, 3, day)]


def _revenue(db: Path) -> dict[str, float]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute(
            "SELECT c.name, SUM(l.amount) FROM customers c JOIN orders o ON o.customer_id = c.id"
            " JOIN order_lines l ON l.order_id = o.id GROUP BY c.id"))
    finally:
        conn.close()


def _imported(tmp_path: Path, rows: list[list[object]]):
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows]})
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported", result.message
    return result


@pytest.mark.parametrize("customer_cell", ["Acme 小计", "Acme小计", "Acme 合计", "小计：Acme",
                                           "Acme (小计)", "Acme Subtotal", "ACME sub-total",
                                           "Acme Total", "Acme Grand Total", "Acme 累计"])
def test_a_subtotal_naming_its_customer_is_not_an_order(tmp_path: Path, customer_cell: str):
    result = _imported(tmp_path, [_order("PO-1", "Acme", 5_000), _order("PO-2", "Acme", 3_000, 2),
                                  [None, customer_cell, date(2025, 2, 28), 8_000, "USD", None,
                                   None],
                                  _order("PO-3", "Beta", 1_000, 3)])
    assert _revenue(tmp_path / "fast.sqlite") == {"Acme": 8_000, "Beta": 1_000}
    assert [(s.row, s.message.code) for s in result.skipped] == [(4, "totals_row")]
    assert [(t.row, t.stated, t.agrees) for t in result.totals] == [(4, 8_000, True)]
    report = import_report(result)
    assert f"row 4: “{customer_cell}” is a subtotal, not an order" in report


def test_a_subtotal_in_the_order_number_cell_beside_its_customer(tmp_path: Path):
    """The clerk wrote "Acme total" where the order number goes and Acme in the customer
    cell: an order of Acme with a number no other row has."""
    _imported(tmp_path, [_order("PO-1", "Acme", 5_000), _order("PO-2", "Acme", 3_000, 2),
                         ["Acme total", "Acme", date(2025, 2, 28), 8_000, "USD", None, None]])
    assert _revenue(tmp_path / "fast.sqlite") == {"Acme": 8_000}


def test_subtotals_of_a_sheet_grouped_by_customer_and_its_grand_total(tmp_path: Path):
    """Each subtotal is checked against its customer's rows, the grand total against the
    sheet; in a sheet not grouped, against the customer's own rows."""
    result = _imported(tmp_path, [
        _order("PO-1", "Acme", 5_000), _order("PO-2", "Beta", 2_000, 2),
        _order("PO-3", "Acme", 3_000, 3),
        [None, "Acme 小计", date(2025, 2, 28), 8_000, "USD", None, None],
        _order("PO-4", "Beta", 1_000, 4),
        [None, "Beta 小计", date(2025, 2, 28), 4_000, "USD", None, None],
        ["合计", None, None, 11_000, None, None, None]])
    assert _revenue(tmp_path / "fast.sqlite") == {"Acme": 8_000, "Beta": 3_000}
    assert [(t.row, t.rows_sum, t.agrees) for t in result.totals] == [
        (5, 8_000, True), (7, 3_000, False), (8, 11_000, True)]
    assert "difference 1,000.00" in import_report(result)


@pytest.mark.parametrize("name", ["Total Co", "Sum Industries", "Grand Total Trading",
                                  "Beta Total", "TotalEnergies"])
def test_a_customer_whose_name_holds_total_is_still_a_customer(tmp_path: Path, name: str):
    """"Total" and "sum" are words of names: beside them only a customer the sheet has
    already named makes a subtotal ("Beta Total" is a customer where no Beta row is above)."""
    _imported(tmp_path, [_order("PO-1", "Acme", 5_000), _order("PO-2", name, 5_000, 2)])
    assert _revenue(tmp_path / "fast.sqlite") == {"Acme": 5_000, name: 5_000}


def test_a_late_payer_with_subtotals_stays_one_customer_on_the_black_list(tmp_path: Path):
    """Two orders of 8,000 on OA 30, nothing received, 91 days past due: the black list. Its
    subtotal read as an order made a second late payer, "Late Co 小计", owing 16,000 more."""
    subtotal = audit14.row("SUM", 2 * audit14.AMOUNT)
    subtotal[:2] = [None, "Late Co 小计"]
    db = audit14.imported(tmp_path, [audit14.row("PO-1"), audit14.row("PO-2"), subtotal])
    with connect(db) as conn:
        analysis = analyse(conn, as_of=audit14.A)
    assert {c.customer for c in analysis.customers} == {audit14.LATE, "Payer"}
    late = audit14.late_payer(db)
    assert (late.open_amount, late.list) == (2 * audit14.AMOUNT, "black")


def test_plain_header_subtotal_in_a_five_column_ledger(tmp_path: Path):
    path = write_xlsx(tmp_path / "l.xlsx", {"3月": [
        PLAIN_HEADER, ["PO-1", "宏达贸易", date(2025, 3, 1), 2_000, "USD"],
        ["PO-2", "宏达贸易", date(2025, 3, 5), 1_000, "USD"],
        ["PO-2", "宏达贸易 合计", date(2025, 3, 5), 3_000, "USD"]]})
    [result] = _same_import(tmp_path, [path])
    assert _revenue(tmp_path / "fast.sqlite") == {"宏达贸易": 3_000}
    assert result.counts.customers_inserted == 1


def test_a_product_subtotal_under_an_order_is_not_a_line(tmp_path: Path):
    """"Pump 小计" under the order's pump lines was a third line: the order doubled. A product
    called "Total Pump" is a product."""
    header = ["订单号", "客户", "下单日期", "产品", "金额", "币种"]
    d = date(2025, 3, 1)
    lines = [("Pump", 2_000), ("Pump", 1_000), ("Pump 小计", 3_000), ("Total Pump", 500)]
    path = write_xlsx(tmp_path / "l.xlsx", {"3月": [
        header, *[["PO-1", "Acme", d, product, amount, "USD"] for product, amount in lines]]})
    [result] = _same_import(tmp_path, [path])
    assert _revenue(tmp_path / "fast.sqlite") == {"Acme": 3_500}
    assert [(s.row, s.message.code) for s in result.skipped] == [(4, "totals_row")]
