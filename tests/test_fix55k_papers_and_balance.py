"""fix55k: a shipping paper's column is never the order's, and a balance naming its deposit paid
is no deposit anywhere.

1. A forwarder's book with 提单日期 (sea rows) and 运单日期 (air rows) and no order-date column
   read 运单日期 as the order date (it holds 日期); the sheet is dated by its B/L, the air column
   its fallback (core.ledger.air_papers). 提单日期(实际), found only by holding 提单日期, was
   left unread beside 运单日期: its sea rows "not shipped", 0 owed. 运单号 (a courier's number)
   was the order number: two invoices on one FedEx waybill became one order.
2. 尾款（30%定金已付） on a lot saying 未出货 held its money as a deposit for that lot
   (core.analysis.reading's said_deposit read record.DEPOSIT_SAID) while the shipped lot stayed
   unpaid; payment_kinds.deposit_money, the one rule, calls it the balance.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name
from test_unsent_lots_acct51c import _file, _lagos
from test_unsent_lots_acct52a import _l2

from core.ledger.header_fields import auto_map
from core.ledger.prepaid_rows import prepaid_said, said_paid
from core.ledger.report import import_report

OA = "OA 30 days"


def _owed(tmp_path: Path, day: date) -> dict[str, tuple[float, int]]:
    return {name: (round(c.open_amount), c.max_days_overdue)
            for name, c in by_name(at(tmp_path / "fast.sqlite", day)).items()}


# --- 1. the papers' columns ------------------------------------------------------------------

def test_a_waybill_date_is_never_the_order_date() -> None:
    found = auto_map(["发票号", "客户", "金额", "币种", "付款方式", "运单日期", "提单日期"])
    assert (found["order_date"], "bl_date" in found) == (6, False)  # dated by its B/L
    # beside a B/L column found by holding its word, the B/L's is the B/L date
    assert auto_map(["订单号", "客户", "下单日期", "金额", "运单日期", "提单日期(实际)"]) == {
        "order_no": 0, "customer": 1, "order_date": 2, "amount": 3, "bl_date": 5}
    assert auto_map(["发票号", "客户", "金额", "运单日期", "提单日期(实际)"])["order_date"] == 4


def test_a_sea_and_air_book_with_no_order_date_is_dated_by_its_b_l(tmp_path: Path) -> None:
    """Hamburg's sea row (B/L 03-10) and Beta's air row (AWB 03-05), OA 30: 12,000 31 days
    and 10,000 36 days late at 05-10, as before; the report names the B/L as the order date's
    column, the AWB its fallback (before: "Order date ← 运单日期")."""
    head = ["发票号", "客户", "金额", "币种", "付款方式", "运单日期", "提单日期", "备注"]
    rows = [["INV2503-01", "Hamburg Tools GmbH", 12000, "USD", OA, None, datetime(2025, 3, 10),
             "海运"],
            ["INV2503-02", "Beta Electronics Ltd", 10000, "USD", OA, datetime(2025, 3, 5), None,
             "空运"]]
    (result,) = _same_import(tmp_path, [write_xlsx(tmp_path / "2025出货台账.xlsx",
                                                   {"出货明细": [head, *rows]})])
    assert _owed(tmp_path, date(2025, 5, 10)) == {"Hamburg Tools GmbH": (12000, 31),
                                                  "Beta Electronics Ltd": (10000, 36)}
    report = import_report(result)
    assert "Order date ← 提单日期" in report and "← 运单日期" not in report
    assert "ship papers read from “提单日期”, else “运单日期”" in report


@pytest.mark.parametrize("ordered", [True, False])
def test_a_b_l_header_with_a_word_after_it_is_the_ship_paper(tmp_path: Path,
                                                              ordered: bool) -> None:
    """提单日期(实际) beside 运单日期: Hamburg's sea order (B/L 03-10, OA 30) is 12,000 31 days
    late at 05-10 (before: not shipped, 0 owed) and Beta's air order (AWB 03-05) 36 days. With
    no 下单日期 the sheet is dated by them (before: 提单日期(实际) a plain order date, Beta's
    row skipped "no order date" and Hamburg's shipment estimated, 0 owed)."""
    head = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "运单日期", "提单日期(实际)"]
    rows = [["PO-H1", "Hamburg Tools GmbH", datetime(2025, 2, 10), 12000, "USD", OA, None,
             datetime(2025, 3, 10)],
            ["PO-B1", "Beta Electronics Ltd", datetime(2025, 2, 20), 10000, "USD", OA,
             datetime(2025, 3, 5), None]]
    if not ordered:
        head, rows = [h for h in head if h != "下单日期"], [r[:2] + r[3:] for r in rows]
    (result,) = _same_import(tmp_path, [write_xlsx(tmp_path / "2025订单.xlsx",
                                                   {"订单": [head, *rows]})])
    assert _owed(tmp_path, date(2025, 5, 10)) == {"Hamburg Tools GmbH": (12000, 31),
                                                  "Beta Electronics Ltd": (10000, 36)}
    assert not result.skipped


def test_a_waybill_number_is_no_order_number(tmp_path: Path) -> None:
    """Two of Beta's invoices (6,000 and 4,000) went on one FedEx waybill: four rows, four
    orders, none numbered by its waybill (before: 运单号 the order number, one order of
    10,000 numbered 784512369820)."""
    for word in ("运单号", "空运单号", "快递单号", "提单号"):
        assert "order_no" not in auto_map(["客户", "金额", "出货日期", word]), word
    head = ["客户", "产品", "金额", "币种", "付款方式", "出货日期", "运单号", "备注"]
    rows = [["Beta Electronics Ltd", "蓝牙耳机", 6000, "USD", OA, datetime(2025, 3, 5),
             "784512369820", "FedEx"],
            ["Beta Electronics Ltd", "充电宝", 4000, "USD", OA, datetime(2025, 3, 5),
             "784512369820", "FedEx 同一票"],
            ["Gulf Star LLC", "蓝牙耳机", 3000, "USD", OA, datetime(2025, 3, 8),
             "DHL 1234567890", None]]
    (result,) = _same_import(tmp_path, [write_xlsx(tmp_path / "2025年3月出货.xlsx",
                                                   {"3月出货": [head, *rows]})])
    assert "orders: 3 new" in import_report(result)
    beta = by_name(at(tmp_path / "fast.sqlite", date(2025, 5, 10)))["Beta Electronics Ltd"]
    assert sorted((r.order.order_no, r.amount) for r in beta.receivables) == [
        (None, 4000), (None, 6000)]


# --- 2. a balance naming its deposit paid ------------------------------------------------

def test_a_balance_on_a_lot_not_shipped_pays_the_shipped_lot(tmp_path: Path) -> None:
    """L-2 (OA 30): lot 1's 6,000 shipped 04-01, unpaid; lot 2's row 未出货 with 4,200 received
    04-15, "尾款（30%定金已付）": the balance, no deposit, pays lot 1: 1,800 open 30 days late at
    05-31, nothing held (before: 4,200 held for lot 2, 6,000 open). "30%定金已收" on the same
    row stays held (acct52a)."""
    first = _l2("2025-04-01", "第一批")
    second = ["L-2", None, "Lagos Star Enterprises", date(2025, 3, 10), "电动玩具", 6_000,
              "USD", "OA 30天", "未出货", None, None, 4_200, date(2025, 4, 15),
              "尾款（30%定金已付）"]
    _same_import(tmp_path, [_file(tmp_path / "ledgers", 5, first, second)])
    c = _lagos(tmp_path, "2025-05-31")
    assert (c.open_amount, c.max_days_overdue, c.deposits_held) == (1_800, 30, 0)


def test_money_before_an_order_naming_its_deposit_paid_is_said_a_payment() -> None:
    """A row of money naming no order, 备注 尾款（30%定金已付）: the report calls it a payment,
    credit on account (before: "read as a deposit (“定金”), held for the next order")."""
    def said(note: str) -> str:
        word = said_paid("Beta", None, 7000.0, None, None, (None, None), None, None, None, note)
        assert word is not None
        return prepaid_said("收款", 5, 7000.0, "USD", "Beta", word).text

    assert "read as a payment (“尾款(30%定金已付)”), credit on the customer's account" in said(
        "尾款（30%定金已付）")
    assert "read as a deposit (“定金”), held for the next order" in said("新订单定金已收")
