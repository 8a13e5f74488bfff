"""hdr40: a refund's own headers (退款金额, 退款日期, 退货数量) are never a sale's.

PO-1 "Sofa" 15,000 USD of 03-01, shipped 03-05, OA 30 days (due 04-04), paid 15,000 on 04-10;
a clerk's separate refund list, headed 合同号 / 客户 / 退款金额 / 退款日期: PO-1 Mumbai Mart 3,000
2025-04-20. Hand count at 06-30, as a refund row noted 退款 with 实收 -3,000 gives (ref39,
ref40): 3,000 open, revenue 15,000, nothing on account.

Before, 退款金额 was read as the sale's 金额 and 退款日期 as its 下单日期 (both hold the words):
the refund was a second sale of PO-1, revenue 18,000 and 3,000 open, in either file order, and
as a 退货 tab of the sale's workbook; a ledger writing 退款金额 beside 金额 on the sale's row was
read without its refund (nothing open); 退货数量 was the sale's quantity.
The app's import and the reference import agree after every file (test_fast_import).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_import_order36 import _every_order
from test_lists_audit28 import at, by_name, d

from core.cli.main import main
from core.ledger.header_fields import auto_map
from core.ledger.report import import_report

SALE_HEADER = ["合同号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期",
               "实收金额", "收款日期"]
SALE = ["PO-1", "Mumbai Mart", d("2025-03-01"), "Sofa", 15_000, "USD", "OA 30 days",
        d("2025-03-05"), 15_000, d("2025-04-10")]
REFUND = ["PO-1", "Mumbai Mart", 3_000, d("2025-04-20")]
HAND = (3_000, 0, 15_000)  # open, credit on account, revenue at 06-30
# the refund list's money and date headers, as clerks write them (退货金额 / 退货日期 say goods
# came back, their money with them: a return, test_fix40e_returns)
HEADERS = [("退款金额", "退款日期"), ("退款额", "退款日期"), ("退回金额", "退款日期"),
           ("Refund amount", "Refund date")]


def _refunds(money: str = "退款金额", day: str = "退款日期") -> list[list[object]]:
    return [["合同号", "客户", money, day], REFUND]


def _figures(folder: Path) -> tuple[float, float, float]:
    who = by_name(at(folder / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    return round(who.open_amount, 2), round(who.credit_on_account, 2), round(who.revenue_12m, 2)


@pytest.mark.parametrize(("money", "day"), HEADERS)
def test_a_refund_list_in_a_file_of_its_own(tmp_path: Path, money, day):
    """A: the sale's file. B: the refund list alone. A then B, B then A, and A, B, A again:
    the hand count, every --json figure alike. Before: revenue 18,000, 3,000 open."""
    open_, _, _, credit, _, revenue = _every_order(
        tmp_path, {"台账": [SALE_HEADER, SALE]}, {"退货": _refunds(money, day)},
        "退货 2025-04.xlsx")
    assert (open_, credit, revenue) == HAND


@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
def test_a_refund_list_as_a_tab_of_the_sale_workbook(tmp_path: Path, tabs):
    """The refund list as a 退货 tab beside the 台账, in either tab order, and the workbook
    sent again: the hand count, and the report says what the tab was read as."""
    rows = {"台账": [SALE_HEADER, SALE], "退货": _refunds()}
    book = write_xlsx(tmp_path / "台账 2025-04.xlsx", {tab: rows[tab] for tab in tabs})
    results = _same_import(tmp_path, [book], [book])
    assert [r.status for r in results] == ["imported", "already_imported"]
    assert _figures(tmp_path) == HAND
    report = import_report(results[0])
    assert "Amount refunded ← 退款金额, Date refunded ← 退款日期" in report
    assert ("Sheet “退货” is a list of refunds: its 1 row was read as money sent back to the "
            "customer it names.") in report
    assert "工作表“退货”是退款表：其中 1 行已作为退回所列客户的款项读入。" in in_chinese(
        lambda: import_report(results[0]))
    assert "退款金额 ← 退款金额" in in_chinese(lambda: import_report(results[0]))


def test_a_ledger_with_a_refund_column_beside_the_amount(tmp_path: Path):
    """One row: sale 15,000, 15,000 received on 04-10, 退款金额 3,000 on 04-20. The refund is
    money sent back on the sale, not the sale: the hand count. Before: the refund column was
    not read, nothing open."""
    header = [*SALE_HEADER, "退款金额", "退款日期"]
    book = write_xlsx(tmp_path / "台账 2025-04.xlsx", {
        "台账": [header, [*SALE, 3_000, d("2025-04-20")]]})
    [result] = _same_import(tmp_path, [book])
    assert _figures(tmp_path) == HAND
    report = import_report(result)
    assert ("Sheet “台账”: 1 sale row writes a refund (row 2): read as money sent back to the "
            "customer, taken off what the customer paid; the sale is unchanged.") in report
    chinese = in_chinese(lambda: import_report(result))
    assert "工作表“台账”：有 1 行销售写有退款（第 2 行）" in chinese


def test_a_returned_quantity_is_no_quantity_sold():
    """退货数量 holds 数量 and was the sale's quantity (a refund list with 单价: 退货数量 × 单价
    a sale); it is the goods that came back. 退款金额 is no 金额, 退款日期 no 下单日期."""
    mapping = auto_map(["合同号", "客户", "下单日期", "金额", "退货数量", "退款金额", "退款日期"])
    assert mapping == {"order_no": 0, "customer": 1, "order_date": 2, "amount": 3,
                       "returned_quantity": 4, "refund_amount": 5, "refund_date": 6}


def test_a_refund_list_with_its_returned_goods_and_unit_price(tmp_path: Path):
    """A refund list naming the goods back and their price: never a sale of 退货数量 × 单价
    (before hdr40: revenue 18,000). The goods came back (退货数量) and the money with them: a
    return and its refund, as 退货退款 reads (fix40e: nothing open, revenue 12,000; hdr40 read
    a refund alone, 3,000 open and revenue 15,000)."""
    header = ["合同号", "客户", "产品", "退货数量", "单价", "退款金额", "退款日期"]
    open_, _, _, credit, _, revenue = _every_order(
        tmp_path, {"台账": [SALE_HEADER, SALE]},
        {"退货": [header, ["PO-1", "Mumbai Mart", "Sofa", 30, 100, 3_000, d("2025-04-20")]]},
        "退货 2025-04.xlsx")
    assert (open_, credit, revenue) == (0, 0, 12_000)


def _customers(db: Path, capsys) -> dict[str, dict]:  # type: ignore[no-untyped-def, type-arg]
    capsys.readouterr()
    assert main(["--lang", "en", "customers", "--db", str(db), "--as-of", "2025-06-30",
                 "--json"]) == 0
    return {c["customer"]: c for c in json.loads(capsys.readouterr().out)["customers"]}


@pytest.mark.parametrize("first", ["sale", "refunds"])
def test_the_command_line_in_either_file_order(tmp_path: Path, capsys, first):  # type: ignore[no-untyped-def]
    """`import` of the two files, either first, then `customers --json`: revenue 15,000,
    3,000 open; the import says the refund list is one."""
    files = {"sale": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [SALE_HEADER, SALE]}),
             "refunds": write_xlsx(tmp_path / "退货 2025-04.xlsx", {"退货": _refunds()})}
    db = tmp_path / "firm.sqlite"
    order = [files[first], *(p for k, p in files.items() if k != first)]
    assert main(["--lang", "en", "import", "--db", str(db), *map(str, order)]) == 0
    said = capsys.readouterr().out
    mumbai = _customers(db, capsys)["Mumbai Mart"]
    assert (mumbai["revenue_12m"], mumbai["open_amount"]) == (15_000, 3_000)
    assert "Sheet “退货” is a list of refunds" in said
