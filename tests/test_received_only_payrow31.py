"""A payment row whose sum is only in 已收金额 (金额 blank) is money received (payrow31).

It was skipped as "no amount": Sunrise's 20,000 wire of 2025-09-03 was lost, its 20,000
invoice shipped 08-05 on T/T 30 days (due 09-04) stayed owed, 118 days late at 12-31, watched.
Every ledger is imported by both imports (test_fast_import._same_import compares them).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger.report import import_report
from core.store import connect

HEADER = ["合同号", "客户名称", "类型", "下单日期", "金额", "币种", "付款方式", "出货日期",
          "已收金额", "收款日期", "状态"]
SALE = ["S-01", "Sunrise", "销售", date(2025, 7, 22), 20_000, "USD", "T/T 30 days",
        date(2025, 8, 5), None, None, None]
# another buyer paid on 12-31: the ledger's receipts run to the day analysed
PAYER = ["Z-1", "Payer", "销售", date(2025, 12, 1), 1_000, "USD", "T/T 30 days",
         date(2025, 12, 1), 1_000, date(2025, 12, 31), None]
AS_OF = date(2025, 12, 31)
PAID_ON = date(2025, 9, 3)


def wire(kind: str | None = "收款", order_no: str | None = "S-01", status: str | None = None,
         received: object = 20_000, amount: object = None) -> list[object]:
    """Sunrise's wire on a row of its own, its sum where money received goes."""
    return [order_no, "Sunrise", kind, PAID_ON, amount, "USD", None, None, received, PAID_ON,
            status]


def imported_sheet(tmp_path: Path, rows: list[list[object]]) -> tuple[Path, str]:
    """One sheet 台账 through both imports: the fast database and the import report."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": rows})
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported"
    return tmp_path / "fast.sqlite", import_report(result)


def imported(tmp_path: Path, *rows: list[object]) -> tuple[Path, str]:
    return imported_sheet(tmp_path, [HEADER, SALE, *rows, PAYER])


def sunrise(db: Path) -> CustomerMetrics:
    with connect(db) as conn:
        [found] = [c for c in analyse(conn, as_of=AS_OF).customers if c.customer == "Sunrise"]
    return found


def payments(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT amount, received_amount, received_date FROM order_lines "
                            "WHERE amount < 1000 ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("row", [
    wire(),  # typed 收款
    wire(kind=None, status="收款"),  # its status says so
    wire(kind="回款", order_no=None),  # naming no order
    wire(received="20,000.00"),  # the figure written as text
])
def test_a_payment_with_its_sum_only_received_pays_the_invoice(tmp_path: Path,
                                                                row: list[object]) -> None:
    # beside it, rows that stay skipped as before: a payment row with no figure at all, and
    # one whose amount cannot be read
    db, report = imported(tmp_path, row, wire(received=None), wire(amount="待定"))
    c = sunrise(db)
    # the invoice 20,000 and the wire 20,000: nothing owed, nothing late, on no list
    assert (c.open_amount, c.list) == (0, None)
    assert (c.orders_12m, c.revenue_12m) == (1, 20_000)
    assert payments(db) == [(0.0, 20_000.0, PAID_ON.isoformat())]  # as 收款 with 金额 is
    assert "1 row typed as a payment (row 3) was read as money received" in report
    assert "row 4: no amount\n" in report and "only" not in report
    assert "row 5: amount “待定” is not a number" in report


@pytest.mark.parametrize("row, said", [
    (wire(kind="销售"), "no amount, only 20,000.00 received, on a row typed “销售”: write the "
     "order's amount, or, if the row is a payment, change its type to “收款”"),
    (wire(kind=None, order_no=None), "no amount, only 20,000.00 received: write the order's "
     "amount, or, if the row is a payment, write 收款 in its “类型” column"),
])
def test_a_sale_or_an_untyped_row_is_named_not_guessed(tmp_path: Path, row: list[object],
                                                       said: str) -> None:
    """A sale typed 销售 with a blank amount may be an order whose amount was forgotten: it
    is not read as money, the report says what it holds and what to write."""
    db, report = imported(tmp_path, row)
    assert said in report
    assert sunrise(db).open_amount == 20_000
    chinese = in_chinese(lambda: imported(tmp_path / "zh", row)[1])
    assert "20,000.00" in chinese and "收款" in chinese and "received" not in chinese


def test_an_untyped_row_naming_its_order_with_the_date_received_pays_it(tmp_path: Path
                                                                        ) -> None:
    """Type blank, 金额 blank, S-01 named with 20,000 received on 09-03: the wire on S-01."""
    db, report = imported(tmp_path, wire(kind=None))
    assert (sunrise(db).open_amount, sunrise(db).list) == (0, None)
    assert payments(db) == [(0.0, 20_000.0, PAID_ON.isoformat())]
    assert "no amount" not in report


@pytest.mark.parametrize("row", [
    wire(kind=None, order_no="S-02"),  # an order the sheet does not list
    wire(kind=None, order_no=None),  # no order named
    [*wire(kind=None)[:9], None, None],  # no date received
    [*wire(kind=None, order_no="Z-1")],  # another customer's order
])
def test_an_untyped_row_is_read_as_money_only_naming_its_own_listed_order(
        tmp_path: Path, row: list[object]) -> None:
    db, report = imported(tmp_path, row)
    assert sunrise(db).open_amount == 20_000
    assert "row 3: no amount, only 20,000.00 received: write" in report
