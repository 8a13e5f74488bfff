"""fix35d: a return's money sent back as the clerk writes it: a credit note (退货, 贷项通知单,
a negative row) whose note says the money went back (已退款, 退款), and its refund booked on the
收款 tab a few days after the return (the bank sends it later; read so since break35a's
one_refund.refund_of, the reviewer's case kept here). Each test's docstring gives the hand
count; both imports (the app's and tests/reference_import) must agree."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from test_break34a_refunds import TYPED, _rio
from test_fix34b_returns import PAID
from test_late33 import PAYMENTS
from test_lists_audit28 import d
from test_lists_audit30 import row

from core.ledger.one_refund import REFUND_DAYS
from core.ledger.typed_rows import refund_made


def _return(day: str, note: str = "退货退款") -> list[object]:
    """2,000 of R-1's goods sent back on `day`, typed 退货."""
    return [*row("R-1", "Rio Rugs", day, -2_000, None), "退货", note]


def _refund(day: str) -> list[object]:
    return ["Rio Rugs", d(day), -2_000, "退款"]


@pytest.mark.parametrize("refunded", ["2025-03-22", "2025-03-18", "2025-03-23"])
def test_a_return_s_refund_sent_days_later_on_the_payments_tab_is_one_refund(
        tmp_path: Path, refunded):
    """R-1 and R-2 paid in full (15,000); the 台账 row of 03-20 returns 2,000 of R-1's goods
    noted 退货退款; the 收款 tab books that refund, -2,000 noted 退款, on the day the bank
    sent it, a few days off (within one_refund.REFUND_DAYS). Hand count at 06-30: 13,000
    sold, 15,000 paid less 2,000 sent back: nothing open, no credit, Rio on no list. Before:
    the refund counted twice (11,000 paid): R-2 2,000 open 49 days past due, Rio watched."""
    sheets = {"台账": [TYPED, *PAID, _return("2025-03-20")],
              "收款": [PAYMENTS, _refund(refunded)]}
    assert _rio(tmp_path, sheets)[1] == (0, None, {}, 0, 13_000)


def test_a_refund_further_off_than_the_window_is_another(tmp_path: Path):
    """As above with the tab's refund a week past REFUND_DAYS: nothing says it is the
    return's, so two refunds, as before: R-2 2,000 open (49 days), Rio watched."""
    later = d("2025-03-20") + timedelta(days=REFUND_DAYS + 7)
    sheets = {"台账": [TYPED, *PAID, _return("2025-03-20")],
              "收款": [PAYMENTS, ["Rio Rugs", later, -2_000, "退款"]]}
    assert _rio(tmp_path, sheets)[1][:3] == (2_000, "watch", {"R-2": (2_000, 49)})


def test_a_same_day_refund_is_the_return_s_before_a_near_one(tmp_path: Path):
    """The return of 03-20, the tab's refunds of 03-20 and 03-22: the one of the return's day
    is its refund, the other a refund of its own, as before: R-2 2,000 open."""
    sheets = {"台账": [TYPED, *PAID, _return("2025-03-20")],
              "收款": [PAYMENTS, _refund("2025-03-22"), _refund("2025-03-20")]}
    assert _rio(tmp_path, sheets)[1][:3] == (2_000, "watch", {"R-2": (2_000, 49)})


@pytest.mark.parametrize(("amount", "kind", "note"), [
    (2_000, "退货", "已退款"), (-2_000, None, "退款"), (2_000, "贷项通知单", "退款"),
    (-2_000, "credit note", "refunded to buyer"), (-2_000, "退货", "货款已退还客户")])
def test_a_credit_note_whose_note_says_the_money_went_back_is_paid_back(
        tmp_path: Path, amount, kind, note):
    """R-1 and R-2 paid in full (15,000); a row of 03-20 for 2,000 of R-1, a credit note by
    its type or sign, noted that the money was refunded. Hand count at 06-30: 13,000 sold,
    15,000 paid less 2,000 sent back: nothing open, no credit. Before: a credit note alone:
    Rio shown 2,000 credit on account although the money went back."""
    line = [*row("R-1", "Rio Rugs", "2025-03-20", amount, None), kind, note]
    assert _rio(tmp_path, {"台账": [TYPED, *PAID, line]})[1] == (0, None, {}, 0, 13_000)


def test_a_credit_note_noted_refunded_also_on_the_payments_tab_is_one_refund(tmp_path: Path):
    """As above (贷项通知单 noted 退款), the 收款 tab booking the refund two days later:
    one refund in two documents, nothing open, no credit."""
    line = [*row("R-1", "Rio Rugs", "2025-03-20", 2_000, None), "贷项通知单", "退款"]
    sheets = {"台账": [TYPED, *PAID, line], "收款": [PAYMENTS, _refund("2025-03-22")]}
    assert _rio(tmp_path, sheets)[1] == (0, None, {}, 0, 13_000)


@pytest.mark.parametrize(("kind", "note"), [
    ("退货", "客户申请退货"), ("退货", "退款申请中"), ("退货", "退款未付"),
    ("贷项通知单", "未退款"), ("退货", "抵扣下批货款"), ("退货", "退运费"), (None, None)])
def test_a_credit_note_whose_money_stayed_keeps_its_credit(tmp_path: Path, kind, note):
    """The same credit note whose note says no refund made (asked for, not paid, set off, or
    nothing): a credit note alone, as before: 2,000 credit on account."""
    line = [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), kind, note]
    assert _rio(tmp_path, {"台账": [TYPED, *PAID, line]})[1] == (0, None, {}, 2_000, 13_000)


@pytest.mark.parametrize(("note", "made"), [
    ("已退款", True), ("退款", True), ("refunded to buyer", True), ("货款已退还客户", True),
    ("退款申请中", False), ("客户要求退款", False), ("refund pending", False), ("未退款", False),
    ("退运费", False), ("VAT refund", False), (None, False)])
def test_a_note_says_a_refund_made(note, made):
    assert refund_made(note) is made
