"""fix41a: what the reviewer rv41a proved of ref41's return lists (their refund columns).

PO-1 "Sofa" 15,000 USD of 03-01, shipped 03-05, OA 30 days, paid 15,000 on 04-10 (hdr40's
sale); Mumbai Mart sends 3,000 of it back on 04-20. Figures: (open, credit on account,
revenue) at 06-30.

F1. A list of returns' bare 退款 column of words saying no refund (不退, 退款中, ×, 未付款, not
    refunded, …): only yes (是, Y, √), 已退…, a date or a figure say the money went back.
    Five paid orders, five 3,000 returns: (0, 15,000, 60,000), each word named in the report.
    Before: (0, 0, 60,000), every word read as a refund.
F2. 退款日期 written, 退款金额 blank: the whole return refunded, as before ref41: (0, 0, 12,000).
    Before: (0, 3,000, 12,000) and "its money was not sent back".
F3. April's workbook (its list's refund blank) imported after May's (refund 3,000 on 05-10):
    May's refund stays, (0, 0, 12,000) both orders. Before: May then April (0, 3,000, 12,000).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, SALE_HEADER, _figures
from test_lists_audit28 import d

from core.ledger.refund_columns import refund_said
from core.ledger.report import import_report

NO_REFUND = ["不退", "退款中", "×", "未付款", "not refunded", "申请退款", "待定", "pending", "TBD",
             "No refund", "暂不退", "不予退款", "已抵扣", "换货", "部分退款", "x"]
REFUND_MADE = ["是", "Y", "√", "已退", "已退款", "refunded", "2025-05-10", "3000"]


@pytest.mark.parametrize("word", NO_REFUND)
def test_a_word_saying_no_refund_is_none(word):
    assert refund_said(word) is False


@pytest.mark.parametrize("word", REFUND_MADE)
def test_a_word_saying_the_refund_was_made_is_one(word):
    assert refund_said(word) is True


def _paid(number: int) -> list[object]:
    return [f"PO-{number}", *SALE[1:9], d(f"2025-04-1{number}")]


def test_a_return_lists_words_saying_no_refund_keep_the_money_owed(tmp_path: Path):
    """Five paid orders, each 3,000 back with its 退款 cell a word saying none was sent:
    15,000 on account, every word named as read not refunded, in both languages."""
    words = ["不退", "退款中", "×", "未付款", "not refunded"]
    rows = {"台账": [SALE_HEADER, *[_paid(n) for n in range(1, 6)]],
            "退货": [["合同号", "客户", "退货金额", "退款", "退货日期"],
                     *[[f"PO-{n}", "Mumbai Mart", 3_000, w, d("2025-04-20")]
                       for n, w in enumerate(words, 1)]]}
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx", rows)])
    assert _figures(tmp_path) == (0, 15_000, 60_000)
    report = import_report(result)
    assert ("Sheet “退货”, column “退款”: “不退”, “退款中”, “×”, … do not say the money was "
            "sent back, so those returns were read as not refunded, their money still owed to "
            "the customers (5 cells: rows 2–6).") in report, report
    assert "未表示已退款，相应退货按未退款读入" in in_chinese(lambda: import_report(result))


def test_a_refund_date_beside_a_blank_refund_is_the_whole_return_refunded(tmp_path: Path):
    """退款日期 05-10, 退款金额 blank: 3,000 sent back (nothing on account), not named as kept."""
    rows = {"台账": [SALE_HEADER, SALE], "退货": [
        ["合同号", "客户", "退货金额", "退款金额", "退货日期", "退款日期"],
        ["PO-1", "Mumbai Mart", 3_000, None, d("2025-04-20"), d("2025-05-10")]]}
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-04.xlsx", rows)])
    assert _figures(tmp_path) == (0, 0, 12_000)
    assert "not sent back" not in import_report(result)


def _month(tmp_path: Path, month: str, refund: object, day: object) -> Path:
    rows = {"台账": [SALE_HEADER, SALE], "退货": [
        ["合同号", "客户", "退货金额", "退款金额", "退货日期", "退款日期"],
        ["PO-1", "Mumbai Mart", 3_000, refund, d("2025-04-20"), day]]}
    return write_xlsx(tmp_path / f"台账 2025-{month}.xlsx", rows)


@pytest.mark.parametrize("order", ["AM", "MA"])
def test_an_older_lists_blank_refund_leaves_a_later_refund(tmp_path: Path, order):
    """April's list (refund blank) and May's (3,000 refunded 05-10), either order: nothing on
    account; May then April says no refund was removed."""
    files = {"A": _month(tmp_path, "04", None, None),
             "M": _month(tmp_path, "05", 3_000, d("2025-05-10"))}
    results = _same_import(tmp_path, *[[files[k]] for k in order])
    assert _figures(tmp_path) == (0, 0, 12_000)
    assert "no longer makes a refund" not in import_report(results[-1])


def test_the_same_file_corrected_still_takes_its_refund_back(tmp_path: Path):
    """April's file imported with 3,000 refunded, then the same file corrected to a blank
    refund: the clerk's correction stands, 3,000 on account (kept_refunds, unchanged)."""
    first = _month(tmp_path, "04", 3_000, d("2025-04-25"))
    _same_import(tmp_path, [first])
    assert _figures(tmp_path) == (0, 0, 12_000)
    _same_import(tmp_path, [_month(tmp_path, "04", None, None)])
    assert _figures(tmp_path) == (0, 3_000, 12_000)


@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
@pytest.mark.parametrize(("refund", "credit"), [(None, 3_000), (1_000, 2_000), (3_000, 0)])
def test_a_return_list_says_the_refund_of_a_sale_rows_return(tmp_path: Path, tabs, refund,
                                                            credit):
    """台账 PO-1 paid 15,000, 退货金额 3,000; the 退货 tab's row of it says its refund (blank,
    1,000, 3,000): that much went back, either tab order: 3,000, 2,000 or nothing on account;
    the report says "sent back" of it only where the list does. Before: nothing on account
    each time, and the report said both "sent back" (台账) and "not sent back" (退货)."""
    sale = [*SALE, 3_000, d("2025-04-20")]
    rows = {"台账": [[*SALE_HEADER, "退货金额", "退货日期"], sale], "退货": [
        ["合同号", "客户", "退货金额", "退款金额", "退货日期"],
        ["PO-1", "Mumbai Mart", 3_000, refund, d("2025-04-20")]]}
    book = write_xlsx(tmp_path / "台账 2025-04.xlsx", {tab: rows[tab] for tab in tabs})
    [result] = _same_import(tmp_path, [book])
    assert _figures(tmp_path) == (0, credit, 12_000)
    report = import_report(result)
    assert "its money paid for them sent back with them" not in report, report
    assert ("not sent back" in report) is (refund is None), report


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_refund_booked_in_a_later_payments_file_either_order(tmp_path: Path, order):
    """F4: A, April's workbook, its list's PO-1 3,000 return with 退款金额 blank; B, May's 收款
    file, PO-1 -3,000 on 05-10 noted 退货退款: the money went back, nothing on account, either
    order, and no refund named as undated (its 收款日期 is its date received). Before: B then A
    took the refund back (3,000 on account): A is dated before it; B said "1 refund has no
    date received"."""
    listed = [["合同号", "客户", "退货金额", "退款金额", "退货日期"],
              ["PO-1", "Mumbai Mart", 3_000, None, d("2025-04-20")]]
    files = {"A": write_xlsx(tmp_path / "台账 2025-04.xlsx",
                             {"台账": [SALE_HEADER, SALE], "退货": listed}),
             "B": write_xlsx(tmp_path / "收款 2025-05.xlsx", {"收款": [
                 ["合同号", "客户", "收款日期", "收款金额", "备注"],
                 ["PO-1", "Mumbai Mart", d("2025-05-10"), -3_000, "退货退款"]]})}
    results = _same_import(tmp_path, *[[files[k]] for k in order])
    assert _figures(tmp_path) == (0, 0, 12_000)
    assert not any("no date received" in import_report(r) for r in results)  # 收款日期 05-10


def test_goods_back_alone_is_no_refund_word():
    """已退货 in a return list's 退款 column says the goods came back, not the money: the return
    is kept owed to the buyer and named (was read as money sent back, the buyer shown paid:
    fr41c); 已退货退款 and 已退款 say the money went back."""
    from core.ledger.typed_rows import refund_word
    assert [refund_word(w) for w in ("已退货", "已退货退款", "已退款", "已退")] == [
        False, True, True, True]
