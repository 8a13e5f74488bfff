"""fix34d: words of fix34a/fix34b read too widely, tried on the reviewer's ledgers (review34c).

Nairobi (tests/test_payments_fix34a): N-1 10,000 and N-2 3,000 sold, OA 30, shipped 03-10.
Rio (tests/test_fix34b_returns): R-1 10,000 and R-2 5,000 sold and paid in full. Each ledger is
imported by both imports (tests/test_fast_import._same_import); each docstring gives the hand
count and what the user saw before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_break34a_refunds import TYPED, _rio
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_fix34b_returns import PAID
from test_lists_audit30 import row
from test_payments_break34b import SAID, SALES
from test_payments_pay33 import _files, _tab

from core.ledger.payment_kinds import kinds
from core.ledger.report import import_report
from core.ledger.typed_rows import is_refund, money_kept, returned_and_refunded

N2 = _pay(NAIROBI, "2025-04-22", 3_000, "N-2")
RIO_PAID = (0, None, {}, 0, 13_000)  # nothing open, no credit, 13,000 sold


# --- 1. 剩余 / rest / remaining beside no payment word ----------------------------------------

@pytest.mark.parametrize("bank_first", [False, True])
@pytest.mark.parametrize("notes", [("N-1 定金", "N-1 剩余数量5月发"),
                                   ("N-1 deposit", "N-1 remaining qty ships May"),
                                   ("N-1 deposit", "N-1 rest of goods ship May")])
def test_left_goods_beside_a_deposit_say_no_second_payment(tmp_path: Path, notes, bank_first):
    """The ledger's tab books N-1's deposit, 5,000 on 04-20, and N-2's 3,000; the bank's list
    the same wire less its 50 charge, 4,950, its note saying the rest of the goods ship in May.
    Hand count: 13,000 sold, 7,950 received: 5,050 open, Nairobi black, the pair named.
    Before: 剩余/remaining/rest read as the balance: two payments, nothing open, no list."""
    months = [("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
                  _pay(NAIROBI, "2025-04-20", 5_000, notes[0]), N2)}),
              ("银行水单 2025-04.xlsx", {"收款": _tab(
                  _pay(NAIROBI, "2025-04-20", 4_950, notes[1]))})]
    owed, results = _files(tmp_path, *(months[::-1] if bank_first else months))
    assert owed[NAIROBI] == (5_050, 0)
    assert SAID in import_report(results[-1])


@pytest.mark.parametrize(("note", "said"), [
    ("剩余货款 N-1", True), ("N-1 剩余款", True), ("N-1 剩余金额", True), ("N-1 剩余", True),
    ("N-1 remaining balance", True), ("rest of payment N-1", True), ("N-1 remaining", True),
    ("N-1 remainder of the amount", True), ("N-1 剩余数量5月发", False),
    ("N-1 remaining qty ships May", False), ("N-1 rest of goods ship May", False),
    ("剩余产品下周发 N-1", False)])
def test_the_rest_is_a_payment_only_beside_a_payment_word(note, said):
    assert bool(kinds(note)) is said


# --- 2. a return at the customer's request, or for a claim, was made ---------------------------

@pytest.mark.parametrize("status", ["应客户要求退货退款", "return and refund (quality claim)"])
def test_a_return_and_refund_at_the_buyer_s_request_was_made(tmp_path: Path, status):
    """R-1 and R-2 paid in full; a row of 03-20 for 2,000 of R-1, its status saying it was
    returned and refunded at the customer's request (or for a quality claim). Hand count at
    06-30: 13,000 sold, 15,000 paid less 2,000 sent back: nothing open, no credit. Before:
    read as only applied for: 2,000 credit on account."""
    line = row("R-1", "Rio Rugs", "2025-03-20", -2_000, None, status=status)
    assert _rio(tmp_path, {"台账": [TYPED, *PAID, [*line, None, None]]})[1] == RIO_PAID


@pytest.mark.parametrize(("said", "both"), [
    ("应客户要求退货退款", True), ("return and refund (quality claim)", True),
    ("按客户要求退货退款", True), ("退货退款待审", False), ("return and refund pending", False),
    ("return and refund applied for", False), ("客户要求退货退款，已拒绝", False)])
def test_only_an_application_not_yet_made_is_no_return_and_refund(said, both):
    assert returned_and_refunded(said) is both


# --- 3. credited to the buyer's bank account is money sent -------------------------------------

def test_a_return_credited_to_the_buyer_s_bank_account_was_refunded(tmp_path: Path):
    """R-1 and R-2 paid in full; 2,000 of R-1's goods came back on 03-20, typed 退货, the
    note saying the money was credited to the buyer's bank account. Hand count: nothing open,
    no credit. Before: read as credited to the buyer's account with us: 2,000 credit."""
    note = "return and refund, credited to buyer's bank account"
    ledger = [TYPED, *PAID, [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", note]]
    assert _rio(tmp_path, {"台账": ledger})[1] == RIO_PAID
    assert money_kept("return and refund, credited to account")
    assert not money_kept("退货退款，已从账户扣除")  # taken from our account: sent


# --- 4. a refund the bank took from our account ------------------------------------------------

@pytest.mark.parametrize("note", ["退还货款已从账户扣除", "退款已从账户扣减", "退款，已从账户扣除",
                                  "退还货款"])
def test_a_refund_debited_from_our_account_is_money_out(tmp_path: Path, note):
    """R-1 paid in full, a 退货 credit note of 2,000 on 03-20, and on the 收款 tab −2,000 of
    03-25 saying the refund was taken from our bank account. Hand count: 13,000 sold, 15,000
    paid less 2,000 sent back: nothing open, no credit. Before: read as a refund set off, money
    in: 4,000 credit on account."""
    ledger = [TYPED, *PAID, [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", None]]
    refund = _tab(_pay("Rio Rugs", "2025-03-25", -2_000, note))
    assert _rio(tmp_path, {"台账": ledger, "收款": refund})[1] == RIO_PAID
    assert is_refund(note)


@pytest.mark.parametrize("note", ["货款10000，已扣退款500", "退款从R-2货款扣除",
                                  "退回货物货款抵扣"])
def test_a_refund_taken_off_an_invoice_is_still_an_offset(note):
    assert not is_refund(note)


# --- 5. goods going out again, or a return refused -------------------------------------------

@pytest.mark.parametrize("status", ["退货重发", "退货补发", "退货换货", "拒绝退货", "退货被拒",
                                    "退货申请被拒", "returned goods reshipped"])
def test_a_reshipped_or_refused_return_is_no_credit_note(tmp_path: Path, status):
    """R-1 and R-2 paid in full; a row of 03-20 for R-1, +2,000, not shipped, its status
    saying the returned goods go out again (退货重发) or the return was refused. Hand count at
    06-30, as before returns were read from a status: a second line of R-1, 2,000 open,
    revenue 17,000. Before: a credit note: 2,000 credit, revenue 13,000."""
    line = row("R-1", "Rio Rugs", "2025-03-20", 2_000, None, status=status)
    figures = _rio(tmp_path, {"台账": [TYPED, *PAID, [*line, None, None]]})[1]
    assert (figures[3], figures[4]) == (0, 17_000)
