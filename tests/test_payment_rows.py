"""Rows typed as payments (类型 收款) are money received, not sales.

Read as a sale, "收款, Late Co, 8,000" was an unshipped order of 8,000: the late payer's
revenue doubled and its payment paid nothing, so a customer that had settled stayed on the
black list. Each ledger is imported by both imports (they must agree:
test_fast_import._same_import) and analysed as the app does; the late payer and its 8,000
order shipped 2025-03-01 are test_words_audit14's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_words_audit14 import AMOUNT, HEADER, LATE, PAYER, A, late_payer, row, stored

from core import i18n
from core.ledger.report import import_report

PAID_ON = date(2025, 6, 1)


def payment(kind: str, amount: float = AMOUNT, order_no: str | None = None,
            received: float | None = None) -> list[object]:
    """A row of its own for money the late payer sent: 类型 says what it is."""
    return [order_no, LATE, PAID_ON, amount, "USD", None, None, received, None, None, None,
            kind]


def imported(tmp_path: Path, *rows: list[object]):  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, row("PO-1"), *rows, PAYER]})
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported"
    return tmp_path / "fast.sqlite", result


@pytest.mark.parametrize("kind", ["收款", "回款", "到账", "收汇", "客户付款", "预收款",
                                  "Payment", "Receipt", "Remittance", "payment received",
                                  "T/T received", "ＲＥＣＥＩＰＴ"])
def test_a_row_typed_as_a_payment_pays_the_customers_invoices(tmp_path: Path,
                                                               kind: str) -> None:
    db, result = imported(tmp_path, payment(kind))
    c = late_payer(db)
    assert (c.open_amount, c.list) == (0, None)
    assert (c.orders_12m, c.revenue_12m) == (1, AMOUNT)
    assert stored(db, "amount || ' ' || received_amount || ' ' || received_date",
                  "order_lines")[1] == f"0.0 {float(AMOUNT)} {PAID_ON.isoformat()}"
    assert "1 row typed as a payment (row 3) was read as money received" in import_report(result)


def test_the_report_names_the_rows_in_chinese(tmp_path: Path) -> None:
    _, result = imported(tmp_path, payment("收款"), payment("回款", 1_000))
    i18n.set_language("zh_CN")
    try:
        text = import_report(result)
    finally:
        i18n.set_language("en")
    assert "台账" in text and "3–4" in text and "收款" in text
    assert "payments" not in text


def test_a_payment_row_keeps_the_figure_its_received_column_says(tmp_path: Path) -> None:
    """The amount column says what the bank advice said, 8,000; 7,980 arrived (charges): the
    received column is what was received."""
    db, _ = imported(tmp_path, payment("收款", received=7_980))
    assert stored(db, "received_amount", "order_lines")[1] == 7_980
    assert late_payer(db).list is None  # a short T/T within its tolerance is paid


def test_a_payment_written_negative_is_money_received_not_a_credit_note(tmp_path: Path
                                                                       ) -> None:
    db, _ = imported(tmp_path, payment("收款", -AMOUNT))
    assert stored(db, "credit_note || ' ' || received_amount", "order_lines")[1] == \
        f"0 {float(AMOUNT)}"
    c = late_payer(db)
    assert (c.open_amount, c.revenue_12m, c.credit_on_account) == (0, AMOUNT, 0)


def test_a_payment_row_naming_the_order_pays_it(tmp_path: Path) -> None:
    db, _ = imported(tmp_path, payment("Payment", order_no="PO-1"))
    c = late_payer(db)
    assert (c.open_amount, c.orders_12m, c.revenue_12m) == (0, 1, AMOUNT)


@pytest.mark.parametrize("kind", ["已收款", "应收款", "未收款", "待收款", "payment reminder",
                                  "Payment request", "收款后发货", "发票"])
def test_a_sale_whose_type_only_mentions_payment_stays_a_sale(tmp_path: Path,
                                                               kind: str) -> None:
    """已收款 says the sale is paid, 应收款 that it is owed, a reminder asks for money:
    each is a sale of 8,000, and the import says nothing of payments."""
    db, result = imported(tmp_path, payment(kind))
    c = late_payer(db)
    assert (c.orders_12m, c.revenue_12m) == (2, 2 * AMOUNT)
    assert c.max_days_overdue == (A - date(2025, 3, 31)).days
    assert "payments" not in import_report(result)


def test_two_payments_of_one_sum_on_one_day_are_two_payments(tmp_path: Path) -> None:
    """Two invoices of 8,000 paid on one day, each booked as a 收款 row: the rule for one wire
    copied on several rows took them for one wire and counted 8,000 once, so the customer
    still owed 8,000, 91 days late: the black list."""
    db, result = imported(tmp_path, row("PO-2"), payment("收款"), payment("收款"))
    c = late_payer(db)
    assert (c.open_amount, c.credit_on_account, c.list) == (0, 0, None)
    assert result.review.wires == []
