"""A payment booked on the 收款 tab keeps its customer's gross profit known.

Cairo's order CB-1 is 8,000 USD on OA 60 with a cost of 5,760 (profit 2,240), shipped
2025-10-30 and not paid: 86 days past due on 2026-03-25, a small customer, black-listed.
Apex's AP-1 is 85,000 with a cost of 61,200 (profit 23,800), paid in full on the 收款 tab
(收款日期, 客户名称, 收款金额, 合同号 AP-1). The payment is stored as a line of AP-1 with no
amount and no cost, and that line made Apex's whole profit unknown: the firm was ranked by
revenue ("12 without cost"), and the what-if before stopping supply printed "gross profit
given up —" and "the ledger has no cost for some of them" for a black list whose every row
has a cost. A line that sells nothing has no profit to know.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx

from core.analysis.run import analyse
from core.analysis.what_if import on_list, what_if
from core.ledger.importer import import_files
from core.store import connect

A = date(2026, 3, 25)
HEADER = ["合同号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "成本"]
ORDERS = [
    ["AP-1", "Apex Trading", date(2025, 10, 5), date(2025, 10, 25), 85_000, "USD",
     "L/C at sight", 61_200],
    ["CB-1", "Cairo Bazaar", date(2025, 10, 15), date(2025, 10, 30), 8_000, "USD",
     "OA 60 days", 5_760],
]
RECEIPTS = [["收款日期", "客户名称", "收款金额", "币种", "合同号"],
            [A, "Apex Trading", 85_000, "USD", "AP-1"]]


def test_a_payment_on_the_receipts_tab_leaves_the_profit_known(tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "订单台账.xlsx", {"10月": [HEADER, *ORDERS],
                                                  "收款": RECEIPTS})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [book])
    assert result.status == "imported", result.message
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    by_name = {c.customer: c for c in analysis.customers}
    apex, cairo = by_name["Apex Trading"], by_name["Cairo Bazaar"]
    assert (apex.open_amount, apex.gross_profit_12m) == (0, 23_800)
    assert analysis.ranked_by == "gross_profit"
    assert (cairo.list, cairo.max_days_overdue) == ("black", 86)
    found = what_if(analysis, on_list(analysis, "black"))
    assert (found.gross_profit_given_up, found.firm_gross_profit) == (2_240, 26_040)
