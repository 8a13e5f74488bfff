"""A payment booked on the 收款 tab without an order number is no purchase in lifetime values.

Porto ordered twice, 10,000 USD on 2025-06-02 and 12,000 USD on 2025-12-01 (costs 7,500 and
9,000), and paid the second on the 收款 tab on 2026-03-02 without its order number, as many
clerks book a wire. The store keeps that payment as a line worth 0 of an order of its own (the
customer's payments of the day). The pyramid never counted it (a valid order is worth more
than 0), but the lifetime values took every order not cancelled "of zero or more" as a
purchase: Porto showed 3 order days, its last order on 2026-03-02, and 7,333 USD a purchase
(22,000 / 3), not 2, 2025-12-01 and 11,000; a firm booking each wire so had its buyers'
order counts doubled and their order values halved. A zero-value order the clerk wrote (a
free sample) is still a purchase occasion, as the papers have it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx

from core.analysis.clv_firm import firm_lifetime_values
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

A = date(2026, 3, 31)
HEADER = ["合同号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "成本",
          "已收金额", "收款日期"]
ORDERS = [["PO-1", "Porto Casa", date(2025, 6, 2), date(2025, 6, 20), 10_000, "USD",
           "T/T in advance", 7_500, 10_000, date(2025, 6, 10)],
          ["PO-2", "Porto Casa", date(2025, 12, 1), date(2025, 12, 20), 12_000, "USD",
           "T/T 30 days after B/L", 9_000, None, None],
          ["SA-1", "Sample Buyer", date(2025, 9, 1), date(2025, 9, 5), 0, "USD",
           "T/T in advance", 0, None, None],
          ["SA-2", "Sample Buyer", date(2026, 1, 5), date(2026, 1, 20), 5_000, "USD",
           "T/T in advance", 4_000, 5_000, date(2026, 1, 10)]]
RECEIPTS = [["收款日期", "客户名称", "收款金额", "币种"],
            [date(2026, 3, 2), "Porto Casa", 12_000, "USD"]]


def test_a_payment_row_is_no_purchase(tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "订单台账.xlsx", {"台账": [HEADER, *ORDERS], "收款": RECEIPTS})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [book])
    assert result.status == "imported", result.message
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
        values = firm_lifetime_values(conn, A, analysis.rules, analysis.orders)
    by_name = {values.names[v.customer]: v for v in values.customers}
    porto, sample = by_name["Porto Casa"], by_name["Sample Buyer"]
    assert (porto.orders, porto.last_order) == (2, date(2025, 12, 1))
    assert {c.customer: c.open_amount for c in analysis.customers}["Porto Casa"] == 0
    assert (sample.orders, sample.first_order) == (2, date(2025, 9, 1))
