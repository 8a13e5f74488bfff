"""fix40e: 退货金额 (a return's own header) says goods came back, not a bare refund.

PO-1 "Sofa" 15,000 USD of 03-01, shipped 03-05, OA 30 days, paid 15,000 on 04-10 (hdr40's
sale). A clerk's list headed 合同号 / 客户 / 退货金额 / 退货日期: PO-1 Mumbai Mart 3,000 of 04-20.
The goods came back and their money with them, as a 退货 row noted 退货退款 reads (ref39): hand
count at 06-30, nothing open, nothing on account, revenue 12,000. Before (hdr40): read as a
refund alone, 3,000 open and revenue 15,000 (a buyer that owes nothing watched).

On the sale's own row, 金额 15,000 and 退货金额 3,000: the sale lowered to 12,000 (a credit note,
as a note 退货3000 is) and what was paid for the goods that came back sent back with them:
实收 15,000 → nothing open; 实收 12,000 (paid net) → nothing open; 实收 0 → 12,000 open. Before:
revenue 15,000 and 3,000, 6,000 or 15,000 open. 退款金额 stays a refund (hdr40). The app's
import and the reference import agree after every file (test_fast_import._same_import).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, SALE_HEADER, _figures
from test_import_order36 import _every_order
from test_lists_audit28 import d

from core.ledger.header_fields import auto_map
from core.ledger.import_result import FileResult
from core.ledger.report import import_report

RETURN = ["PO-1", "Mumbai Mart", 3_000, d("2025-04-20")]
HAND = (0, 0, 12_000)  # open, credit on account, revenue at 06-30
HEADERS = [("退货金额", "退货日期"), ("Return amount", "Return date"),
           ("Returned amount", "退货日期")]


def _says(result: FileResult, english: list[str], chinese: str) -> str:
    """The import's report says each of `english`, and in Chinese `chinese`: that report."""
    report = import_report(result)
    assert [said for said in english if said not in report] == [], report
    told = in_chinese(lambda: import_report(result))
    assert chinese in told, told
    return told


def _listed(folder: Path, rows: list[list[object]]) -> tuple[object, ...]:
    """The sale's file and a 退货 file of `rows` imported in every order: (open, credit on
    account, revenue), the same in each (test_import_order36._every_order)."""
    figures = _every_order(folder, {"台账": [SALE_HEADER, SALE]}, {"退货": rows},
                           "退货 2025-04.xlsx")
    return figures[0], figures[3], figures[5]


def _returns(money: str = "退货金额", day: str = "退货日期") -> list[list[object]]:
    return [["合同号", "客户", money, day], RETURN]


@pytest.mark.parametrize(("money", "day"), HEADERS)
def test_a_return_list_in_a_file_of_its_own(tmp_path: Path, money, day):
    """A: the sale's file. B: the return list alone. A then B, B then A, and A, B, A again:
    the hand count. Before: 3,000 open, revenue 15,000 (a refund alone); the English
    headers' list refused (no amount)."""
    assert _listed(tmp_path, _returns(money, day)) == HAND


@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
def test_a_return_list_as_a_tab_of_the_sale_workbook(tmp_path: Path, tabs):
    """The return list as a 退货 tab beside the 台账, either tab order, the workbook sent
    again: the hand count; the report says the tab is a list of returns, in both languages."""
    rows = {"台账": [SALE_HEADER, SALE], "退货": _returns()}
    book = write_xlsx(tmp_path / "台账 2025-04.xlsx", {tab: rows[tab] for tab in tabs})
    results = _same_import(tmp_path, [book], [book])
    assert [r.status for r in results] == ["imported", "already_imported"]
    assert _figures(tmp_path) == HAND
    chinese = _says(results[0], [
        "Amount returned ← 退货金额, Date returned ← 退货日期",
        "Sheet “退货” is a list of returns: its 1 row was read as goods sent back, a credit "
        "note on the order, and their money sent back to the customer it names."],
        "工作表“退货”是退货表：其中 1 行已作为退货（冲减订单的贷项）及退回所列客户的货款读入。")
    assert "退款表" not in chinese


@pytest.mark.parametrize(("refund", "hand"), [(3_000, HAND), (2_000, (0, 1_000, 12_000))])
def test_a_list_with_both_a_return_and_a_refund(tmp_path: Path, refund, hand):
    """退货金额 3,000 beside 退款金额: the goods back (revenue 12,000) and the money the row
    says went back: 3,000, nothing open; 2,000, 1,000 on account (paid 15,000 for 12,000,
    2,000 back). Every file order. Before: the list refused (two refund columns)."""
    header = ["合同号", "客户", "退货金额", "退款金额", "退货日期"]
    assert _listed(tmp_path, [header, ["PO-1", "Mumbai Mart", 3_000, refund,
                                       d("2025-04-20")]]) == hand


@pytest.mark.parametrize(("paid", "hand"), [(15_000, HAND), (12_000, HAND),
                                            (0, (12_000, 0, 12_000))])
def test_a_return_column_on_the_sale_row(tmp_path: Path, paid, hand):
    """金额 15,000, 实收 `paid`, 退货金额 3,000 on one row: the sale lowered by the return and
    what was paid for the goods sent back with them. Before (read as a refund): revenue
    15,000 and 3,000 open (paid 15,000), 6,000 open (12,000), 15,000 open (0)."""
    header = [*SALE_HEADER, "退货金额", "退货日期"]
    sale = [*SALE[:8], paid, SALE[9], 3_000, d("2025-04-20")]
    book = write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [header, sale]})
    [result] = _same_import(tmp_path, [book])
    assert _figures(tmp_path) == hand
    _says(result, ["Sheet “台账”: 1 sale row writes goods returned (row 2): read as a return of "
                   "that sum, a credit note on its order, its money paid for them sent back "
                   "with them: PO-1 (3,000.00 USD)."],
          "工作表“台账”：有 1 行销售写有退货金额（第 2 行）")
    assert "note says part of its goods came back" not in import_report(result)


def test_a_refund_column_on_the_sale_row_stays_a_refund(tmp_path: Path):
    """退款金额 3,000 beside the paid sale: money sent back, the sale unchanged (hdr40):
    3,000 open, revenue 15,000."""
    header = [*SALE_HEADER, "退款金额", "退款日期"]
    book = write_xlsx(tmp_path / "台账 2025-04.xlsx", {
        "台账": [header, [*SALE, 3_000, d("2025-04-20")]]})
    _same_import(tmp_path, [book])
    assert _figures(tmp_path) == (3_000, 0, 15_000)


def test_the_return_headers_are_a_returns_own():
    """退货金额 / 退货日期 / return amount name a return, 退款金额 / 退款日期 a refund."""
    assert auto_map(["合同号", "客户", "退货金额", "退货日期", "退款金额", "退款日期"]) == {
        "order_no": 0, "customer": 1, "return_amount": 2, "return_date": 3,
        "refund_amount": 4, "refund_date": 5}
    for said in ("Return amount", "Returned amount", "Amount returned"):
        assert auto_map(["Customer", said, "Refund amount"]) == {
            "customer": 0, "return_amount": 1, "refund_amount": 2}
