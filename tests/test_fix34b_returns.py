"""fix34b: a return (退货退款) whose money was set against a named invoice or the account, or
said kept in its type or status cell, keeps it; a fee not refunded (未退运费) keeps none; a
return only applied for (申请退货退款) refunds nothing. Each test's docstring gives the hand
count."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_break34a_refunds import SHORT, TYPED, _rio
from test_lists_audit30 import row

from core.ledger.typed_rows import OFFSET_WORDS, is_refund, money_kept, returned_and_refunded

# Rio's R-1 (10,000) and R-2 (5,000) paid in full; Payer keeps the window's money in
PAID = [SHORT[0], [*SHORT[1][:7], 5_000, *SHORT[1][8:]], SHORT[2]]


@pytest.mark.parametrize("note", [
    "退货退款，从R-2货款扣除", "退货退款 抵R-2货款", "退货退款，冲应收", "退货退款，已抵账",
    "退货退款，与货款抵消", "退货退款，对账单扣除", "退货退款，客户付R-2时扣了",
    "return and refund, credited to account"])
def test_a_return_set_against_an_invoice_or_the_account_sends_no_money_back(tmp_path: Path,
                                                                           monkeypatch, note):
    """R-1 paid 10,000, R-2 (5,000, due 05-12) paid 3,000; a credit note of 03-20 for 2,000 of
    R-1's goods, typed 退货, its note saying the sum was taken off R-2 or the account. Hand
    count at 06-30: 13,000 sold, 13,000 paid, nothing sent back: nothing open, Rio on no list.
    Before: read as a refund too: R-2 2,000 open 49 days past due, Rio watched."""
    ledger = [TYPED, *SHORT, [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", note]]
    report, figures = _rio(tmp_path, {"台账": ledger})
    assert figures == (0, None, {}, 0, 13_000)
    assert "read as a refund" not in report


@pytest.mark.parametrize("amount", [-2_000, 2_000])
@pytest.mark.parametrize("cell", ["状态", "类型"])
@pytest.mark.parametrize("said", ["退货退款，款未退", "退货退款(未退)", "退货退款 待退"])
def test_a_return_whose_type_or_status_says_the_money_is_not_back_leaves_the_credit(
        tmp_path: Path, amount, cell, said):
    """R-1 and R-2 paid in full (15,000); a row of 03-20 for 2,000 of R-1's goods (written
    negative or positive) whose 状态 or 类型 cell says 退货退款, money not refunded yet, no
    note. Hand count at 06-30: 13,000 sold, 15,000 paid: 2,000 credit owed to Rio. Before: the
    cell's 款未退 unread, the money taken as sent back: no credit."""
    line = row("R-1", "Rio Rugs", "2025-03-20", amount, None,
               status=said if cell == "状态" else None)
    ledger = [TYPED, *PAID, [*line, said if cell == "类型" else None, None]]
    assert _rio(tmp_path, {"台账": ledger})[1] == (0, None, {}, 2_000, 13_000)


@pytest.mark.parametrize("note", ["退货退款，未退运费", "退货退款 已退2000，未退关税",
                                  "退货退款（未退的运费客户承担）"])
def test_a_return_whose_freight_or_duty_was_not_refunded_sent_its_money_back(tmp_path: Path,
                                                                          note):
    """R-1 and R-2 paid in full; 2,000 of R-1's goods came back on 03-20, typed 退货, the note
    saying the goods' money went back but not the freight or the duty. Hand count at 06-30:
    13,000 sold, 15,000 paid less 2,000 sent back: nothing open, no credit, as a plain 退货退款.
    Before: 2,000 credit on account, as if the money were kept."""
    ledger = [TYPED, *PAID, [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", note]]
    assert _rio(tmp_path, {"台账": ledger})[1] == (0, None, {}, 0, 13_000)


@pytest.mark.parametrize("amount", [-2_000, 2_000])
@pytest.mark.parametrize("status", ["申请退货退款", "退货退款申请中", "客户要求退货退款，已拒绝"])
def test_a_return_only_applied_for_refunds_nothing(tmp_path: Path, amount, status):
    """R-1 and R-2 paid in full (15,000); a row of 03-20 for 2,000 of R-1, its status saying a
    return and refund was applied for (or asked and refused). Hand count at 06-30, as before
    refunds were read from a status: a credit note of 2,000, 15,000 paid, none sent back:
    2,000 credit on account. Before: read as refunded: no credit."""
    line = row("R-1", "Rio Rugs", "2025-03-20", amount, None, status=status)
    ledger = [TYPED, *PAID, [*line, None, None]]
    assert _rio(tmp_path, {"台账": ledger})[1] == (0, None, {}, 2_000, 13_000)


@pytest.mark.parametrize(("note", "kept"), [
    ("退货退款，冲应收", True), ("退货退款，已抵账", True), ("退货退款 抵R-2货款", True),
    ("退货退款，未退运费", False), ("退货退款，货款扣手续费后退回", False),
    ("退货退款 扣USD50手续费", False), ("退货退款，货已抵达仓库", False)])
def test_only_goods_money_set_off_or_unpaid_keeps_a_return_s_money(note, kept):
    """A fee taken off the refund, a fee not refunded, goods arriving (抵达) keep nothing."""
    assert money_kept(note) is kept


@pytest.mark.parametrize(("said", "both"), [
    ("退货退款", True), ("已退货退款", True), ("申请退货退款", False), ("退货退款申请中", False),
    ("return and refund requested", False), ("申请退货退款，已退款", True),
    ("客户要求退货退款，已拒绝", False), ("return and refund requested, refunded", True)])
def test_a_return_and_refund_applied_for_is_none(said, both):
    assert returned_and_refunded(said) is both


@pytest.mark.parametrize("status", ["退货", "已退货", "returned"])
def test_a_row_of_its_own_whose_status_says_goods_came_back_is_a_credit_note(tmp_path: Path,
                                                                            status):
    """R-1 and R-2 paid in full (15,000); a row of 03-20 for R-1, +2,000, not shipped, its
    status 退货: goods of R-1 sent back, as a row typed 退货 says. Hand count at 06-30: 13,000
    sold, 15,000 paid, no money said sent back: 2,000 credit on account, nothing open. Before:
    read as a second sale of R-1: 2,000 open 72 days past due, revenue 17,000, Rio watched."""
    line = row("R-1", "Rio Rugs", "2025-03-20", 2_000, None, status=status)
    assert _rio(tmp_path, {"台账": [TYPED, *PAID, [*line, None, None]]})[1] == (
        0, None, {}, 2_000, 13_000)


def test_an_order_s_only_row_whose_status_says_returned_is_no_credit_for_its_sum(
        tmp_path: Path):
    """R-1's own row (10,000, shipped, paid) says 退货: the order came back, which is no
    credit note of 10,000 (the account would be inverted); it stays as it was read before."""
    sale = [*row("R-1", "Rio Rugs", "2025-03-01", 10_000, "2025-03-05", 10_000, "2025-03-10",
                 status="退货"), None, None]
    assert _rio(tmp_path, {"台账": [TYPED, sale, *PAID[1:]]})[1] == (0, None, {}, 0, 15_000)


@pytest.mark.parametrize("word", OFFSET_WORDS.split("|"))
def test_a_payment_s_note_and_a_return_s_read_one_list_of_offset_words(word):
    """A refund set off (退款抵账) is no money sent back, and a return's money set off against
    the goods' money (退货退款，货款抵账) was kept: the two rules read the same words. Before,
    抵消 and 抵账 kept a payment's money but not a return's."""
    assert not is_refund(f"退款{word}")
    assert money_kept(f"退货退款，与货款{word}")


def test_a_return_row_of_the_sale_s_own_day_is_no_credit_note(tmp_path: Path):
    """R-1 written twice on its day 03-01: the sale (10,000, shipped, paid) and a row of
    10,000, not shipped, saying 退货: no return of its own (that would credit Rio 10,000);
    read as before, a second line of R-1, 10,000 open."""
    again = [*row("R-1", "Rio Rugs", "2025-03-01", 10_000, None, status="退货"), None, None]
    assert _rio(tmp_path, {"台账": [TYPED, *PAID, again]})[1][3] == 0
