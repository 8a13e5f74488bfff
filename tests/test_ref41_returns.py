"""ref41: refunds and returns, as a list of returns and a sale's return column write them.

PO-1 "Sofa" 15,000 USD of 03-01, shipped 03-05, OA 30 days, paid 15,000 on 04-10 (hdr40's
sale); Mumbai Mart sends 3,000 of it back on 04-20 (fix40e's return).

1. A list of returns headed 合同号 / 客户 / 退货金额 / 退款金额 / 退货日期 whose 退款金额 is blank
   (or 0): the goods came back, their money did not (yet): a credit note alone, the 3,000 owed
   to the buyer. Hand count at 06-30: nothing open, 3,000 on account, revenue 12,000. Before:
   the blank read as the return's whole refund, nothing on account (the buyer's 3,000 lost).
2. The same return written twice in one workbook: the 台账 tab's sale row with 退货金额 3,000
   (the sale lowered, the money paid for those goods sent back: fix40e) and a 退货 tab listing
   PO-1's 3,000 return. One return, its money sent back once, either tab order: as the column
   alone gives (paid 15,000 or 12,000: nothing open; 0: 12,000 open), revenue 12,000. Before:
   the list's refund was a second one, 3,000 open on a buyer paid back (15,000 → 9,000 paid).
4. The list's refund column headed bare 退款 holding yes / no (是 / 否), a date or words
   (已退 / 未退) for the money, not its sum: 是, a date, 已退 sent the return's sum back
   (nothing on account); 否, 未退 did not (3,000 on account); no cell named "not a number".
   Read as figures, each such cell was empty: 是 read as not refunded, 3,000 on account.
   On a sale's own row the sum is nowhere: a 是 or a date in 退款 is named as a refund made
   without its sum, not counted (was "“是” is not a number … Correct the ledger"); 否 is none.
5. A return row of its own in a later file (April's -3,000 typed 退货 on Metro Home's March
   PO-1, imp40's scenario) is a credit on PO-1, never money received: --json's receivable
   says credited 3,000, received 0, and an older open invoice (PO-0) is not paid by it.
   Before: the credit note named no number (the sale was in another file) and joined the
   money: PO-0 3,000 "received", 7,000 open, PO-1 15,000 open; in one file it was right.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_fix40e_returns import _listed
from test_hdr40_refund_headers import SALE, SALE_HEADER, _figures
from test_imp40_order import _po
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

from core.analysis.serialise import customer_json
from core.ledger.report import import_report

BOTH = ["合同号", "客户", "退货金额", "退款金额", "退货日期"]
KEPT = (0, 3_000, 12_000)  # open, credit on account, revenue at 06-30


@pytest.mark.parametrize("refund", [None, 0])
def test_a_return_list_whose_refund_is_blank_keeps_the_money_owed(tmp_path: Path, refund):
    """退货金额 3,000 beside a blank (or 0) 退款金额, every file order: 3,000 on account.
    Before: nothing on account, the blank read as 3,000 sent back."""
    assert _listed(tmp_path, [BOTH, ["PO-1", "Mumbai Mart", 3_000, refund,
                                     d("2025-04-20")]]) == KEPT


def test_a_return_list_with_refunds_written_and_blank(tmp_path: Path):
    """Two returns of PO-1 on one list, 1,000 refunded in full and 2,000 with its refund
    blank: 12,000 of goods kept, the 2,000 owed to the buyer; the report names the blank row
    in both languages and still says the other was refunded."""
    rows = {"台账": [SALE_HEADER, SALE], "退货": [
        BOTH, ["PO-1", "Mumbai Mart", 1_000, 1_000, d("2025-04-20")],
        ["PO-1", "Mumbai Mart", 2_000, None, d("2025-04-22")]]}
    book = write_xlsx(tmp_path / "台账 2025-04.xlsx", rows)
    [result] = _same_import(tmp_path, [book])
    assert _figures(tmp_path) == (0, 2_000, 12_000)
    report = import_report(result)
    assert ("Sheet “退货”: 1 return has no refund written (row 3): read as goods sent back, a "
            "credit note on the order; its money was not sent back and stays owed to the "
            "customer.") in report, report
    assert "Sheet “退货” is a list of returns: its 1 row was read as goods sent back" in report
    assert ("工作表“退货”：有 1 笔退货未填退款金额（第 3 行）：已作为退货（冲减订单的贷项）读入；"
            "货款未退回，仍为欠客户的款项。") in in_chinese(lambda: import_report(result))


RETURN_LIST = [["合同号", "客户", "退货金额", "退货日期"], ["PO-1", "Mumbai Mart", 3_000,
                                                    d("2025-04-20")]]


@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
@pytest.mark.parametrize(("paid", "hand"), [(15_000, (0, 0, 12_000)), (12_000, (0, 0, 12_000)),
                                            (0, (12_000, 0, 12_000))])
def test_a_return_column_and_a_return_list_of_one_return(tmp_path: Path, tabs, paid, hand):
    """The sale row's 退货金额 and the 退货 tab's row of PO-1's 3,000: one return, its money
    sent back once, the workbook sent again changing nothing. Before: 3,000 more open (paid
    15,000: 3,000 open, 9,000 paid)."""
    sale = [*SALE[:8], paid, SALE[9], 3_000, d("2025-04-20")]
    rows = {"台账": [[*SALE_HEADER, "退货金额", "退货日期"], sale], "退货": RETURN_LIST}
    book = write_xlsx(tmp_path / "台账 2025-04.xlsx", {tab: rows[tab] for tab in tabs})
    results = _same_import(tmp_path, [book], [book])
    assert [r.status for r in results] == ["imported", "already_imported"]
    assert _figures(tmp_path) == hand


@pytest.mark.parametrize(("said", "credit"), [("是", 0), ("已退", 0), (d("2025-04-22"), 0),
                                              ("否", 3_000), ("未退", 3_000), ("-", 3_000)])
def test_a_return_lists_refund_column_of_yes_and_no(tmp_path: Path, said, credit):
    """退款 是 / 否 beside 退货金额 3,000: the money back or kept, as the cell says."""
    rows = {"台账": [SALE_HEADER, SALE], "退货": [
        ["合同号", "客户", "退货金额", "退款", "退货日期"],
        ["PO-1", "Mumbai Mart", 3_000, said, d("2025-04-20")]]}
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx", rows)])
    assert _figures(tmp_path) == (0, credit, 12_000)
    assert "is not a number" not in import_report(result)


def test_a_sale_ledgers_refund_column_of_yes_and_no(tmp_path: Path):
    """退款 beside the sale: PO-1 否, PO-2 是, PO-3 a date: no sum anywhere, nothing taken off
    (nothing open); the report names 是 and the date as refunds made without their sums, in
    both languages, and no cell as "not a number"."""
    header = [*SALE_HEADER, "退款"]
    rows = [header, [*SALE, "否"], [*SALE, "是"], [*SALE, d("2025-04-22")]]
    for number, line in enumerate(rows[1:], start=1):
        line[0] = f"PO-{number}"
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx",
                                                  {"台账": rows})])
    assert _figures(tmp_path)[0] == 0
    report = import_report(result)
    assert ("Sheet “台账”, column “退款”: “是”, “2025-04-22” say money was sent back but not how "
            "much, so no refund was counted (2 cells: rows 3–4): the customers are shown as "
            "having paid it.") in report, report
    assert "not a number" not in report
    assert "表示已退款但未写金额，未计入退款（共 2 格；第 3–4 行）" in in_chinese(
        lambda: import_report(result))


OLDER = [*row("PO-0", "Metro Home", "2025-02-01", 10_000, "2025-02-05"), None, None]
MARCH = {"台账": [TYPED, OLDER, _po("Metro Home", 15_000)]}
APRIL = {"台账": [TYPED, _po("Metro Home", -3_000, "2025-04-20", "退货", "退货3000")]}


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
def test_a_later_files_return_row_is_credited_to_its_order(tmp_path: Path, order):
    """March's PO-0 10,000 and PO-1 15,000 unpaid, April's file -3,000 退货 on PO-1, every
    order and both in one import: PO-1 credited 3,000 (12,000 open), PO-0 10,000 open and
    nothing received anywhere. Before (files apart): PO-0 received 3,000, PO-1 credited 0."""
    paths = {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", MARCH),
             "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", APRIL)}
    rounds = [[paths[k] for k in order.split("+")]] if "+" in order else [[paths[k]]
                                                                          for k in order]
    _same_import(tmp_path, *rounds)
    metro = customer_json(by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Metro Home"])
    assert sorted((r["order_no"], r["received"], r["credited"], r["open"])
                  for r in metro["receivables"]) == [("PO-0", 0, 0, 10_000),
                                                      ("PO-1", 0, 3_000, 12_000)]
