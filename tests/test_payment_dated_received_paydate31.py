"""A payment row (类型 收款) with a date received but no order date is dated by it (paydate31).

It was skipped as "no order date": Sunrise's 4,000 wire received 2025-03-20 never reached its
account, its 4,000 invoice of 02-10 (T/T 30 days, shipped 02-12, due 03-14) stayed owed, 291
days late at 12-31. A payment row with only an order date already took that as its date
received; this is the mirror. With neither date the row is still skipped, now said to have no
date received. Every ledger is imported by both imports (test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_received_only_payrow31 import imported_sheet, sunrise

from core import i18n
from core.store import connect

HEADER = ["合同号", "客户名称", "类型", "下单日期", "金额", "币种", "付款方式", "出货日期",
          "收款日期"]
SALE = ["S-01", "Sunrise", "销售", date(2025, 2, 10), 4_000, "USD", "T/T 30 days",
        date(2025, 2, 12), None]
# another buyer paid on 12-31: the ledger's receipts run to the day analysed
PAYER = ["Z-1", "Payer", "销售", date(2025, 12, 1), 1_000, "USD", "T/T 30 days",
         date(2025, 12, 1), None]
PAYER_WIRE = ["Z-1", "Payer", "收款", date(2025, 12, 31), 1_000, "USD", None, None, None]


def wire(received_on: date | None) -> list[object]:
    """Sunrise's 4,000 wire on a row typed 收款, its 下单日期 blank."""
    return ["S-01", "Sunrise", "收款", None, 4_000, "USD", None, None, received_on]


def imported(tmp_path: Path, *rows: list[object]) -> tuple[Path, str]:
    return imported_sheet(tmp_path, [HEADER, SALE, *rows, PAYER, PAYER_WIRE])


def test_a_payment_row_without_order_date_is_dated_by_its_date_received(
        tmp_path: Path) -> None:
    db, report = imported(tmp_path, wire(date(2025, 3, 20)))
    c = sunrise(db)
    # owed 4,000 before the wire, 4,000 received on 03-20: nothing owed, on no list
    assert (c.open_amount, c.list) == (0, None)
    assert (c.orders_12m, c.revenue_12m) == (1, 4_000)
    assert "no order date" not in report
    with connect(db) as conn:
        found = conn.execute("SELECT amount, received_amount, received_date FROM order_lines "
                             "WHERE received_amount = 4000").fetchall()
    assert [tuple(r) for r in found] == [(0.0, 4_000.0, "2025-03-20")]


def test_a_payment_row_with_neither_date_is_skipped_as_no_date_received(
        tmp_path: Path) -> None:
    db, report = imported(tmp_path, wire(None))
    c = sunrise(db)
    assert c.open_amount == 4_000  # the wire cannot be placed: still owed, as before
    assert "row 3: no date received" in report
    assert "no order date" not in report
    i18n.set_language("zh_CN")
    try:
        chinese = imported(tmp_path / "zh", wire(None))[1]
    finally:
        i18n.set_language("en")
    assert "没有收款日期" in chinese
    assert "没有下单日期" not in chinese
