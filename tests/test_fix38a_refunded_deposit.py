"""A cancelled order's deposit is left out as paid back only where its note says the money
went back, only the part it says, and only while no booked refund is that paying back (fix38a).

Roma owes R-1's 8,000 (OA 30, shipped 01-10: 131 days past due at 06-30) and paid a 15,000
deposit on R-2, cancelled. Left the buyer's, the deposit pays R-1: nothing open, 7,000 credit.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, ledger
from test_stop38_refunded_deposit import ROMA, ROMA_ROWS

A = date(2026, 6, 30)


def _roma(tmp_path: Path, note: str, *more: list[object]) -> dict[str, object]:
    rows = [list(r) for r in ROMA_ROWS]
    rows[1][-1] = note
    db = ledger(tmp_path, ROMA, [*rows, *more])
    found: dict[str, object] = customers(db, A)["by_name"]["Roma Casa SRL"]
    return found


# R-3, paid in full before the deposit came: money a refund not tied to R-2 takes back
PAID_R3: list[object] = ["R-3", "Roma Casa SRL", date(2026, 1, 15), date(2026, 1, 15), 5_000,
                         "USD", "T/T in advance", None, None, None, 5_000, date(2026, 1, 20),
                         None]


def _refund(amount: float, note: str, order_no: str = "") -> list[object]:
    return [order_no, "Roma Casa SRL", date(2026, 3, 1), None, None, "USD", None, "收款", None,
            None, amount, date(2026, 3, 1), note]


@pytest.mark.parametrize("note", [
    "客户已退单", "客户取消，已退订", "已退关", "客户取消，样品已退回", "客户已退单 样品已退回",
    "cancelled, deposit to be refunded", "deposit will be refunded after approval",
    "cancelled; refund pending"])
def test_a_note_not_saying_the_money_went_back_leaves_it_the_buyers(
        tmp_path: Path, note: str) -> None:
    """Before: each of these read as 'paid back' (已退 / 'refunded' anywhere): 8,000 open, 131
    days, black. Now the deposit stays the buyer's, as at e8ac18c."""
    roma = _roma(tmp_path, note)
    assert (roma["open_amount"], roma["credit_on_account"], roma["list"]) == (
        0.0, 7_000.0, None)


@pytest.mark.parametrize("note", ["客户已退单，定金已退", "定金已退还客户", "已退还定金",
                                  "定金已退 2026-03-01",  # a date, not 2,026 paid back
                                  "cancelled, deposit refunded",
                                  "order cancelled; refunded to the customer"])
def test_a_note_saying_the_money_went_back_still_leaves_it_out(
        tmp_path: Path, note: str) -> None:
    roma = _roma(tmp_path, note)
    assert (roma["open_amount"], roma["credit_on_account"], roma["list"]) == (
        8_000.0, 0.0, "black")


@pytest.mark.parametrize("note", ["客户取消，定金已退一半", "客户取消，定金已退7500",
                                  "定金已退还7,500元", "定金已退USD 7,500"])
def test_part_paid_back_leaves_the_rest_the_buyers(tmp_path: Path, note: str) -> None:
    """Before: the whole 15,000 left out, 8,000 open and black. Now 7,500 is still Roma's and
    pays R-1 down to 500, which stays open (above the tolerance of 50)."""
    roma = _roma(tmp_path, note)
    assert (roma["open_amount"], roma["credit_on_account"]) == (500.0, 0.0)
    assert roma["max_days_overdue"] == 131


def test_an_unrelated_refund_does_not_turn_the_rule_off(tmp_path: Path) -> None:
    """A 200 overpayment sent back (退还多付款) is no paying back of R-2's deposit. Before: any
    negative row kept the whole deposit the buyer's: 0 open, 6,800 credit, on no list. Now the
    deposit is left out and the 200 refund takes back 200 more: 8,000 open, black."""
    roma = _roma(tmp_path, "客户取消，定金已退", _refund(-200, "退还多付款"))
    assert (roma["open_amount"], roma["credit_on_account"], roma["list"]) == (
        8_000.0, 0.0, "black")


@pytest.mark.parametrize("refund", [
    _refund(-15_000, "定金退还"),  # the sum (no order named)
    _refund(-14_975, "定金退还"),  # the sum less a 25 bank charge
    _refund(-15_000, "R-2 定金退还客户"),  # naming the order
    _refund(-15_000, "定金退还", "R-2")])  # on the order
def test_the_booked_paying_back_meets_the_deposit(tmp_path: Path, refund: list[object]
                                                  ) -> None:
    """The refund booked is the paying back: it takes the deposit back, and the deposit is not
    left out besides (else the refund took back R-3's 5,000 too: 13,000 open, R-3 unpaid)."""
    roma = _roma(tmp_path, "客户取消，定金已退", refund, PAID_R3)
    assert roma["list"] == "black"
    # 8,000, or 7,975 where the refund was 25 short of the deposit (the 25 left pays R-1)
    assert roma["open_amount"] in (8_000.0, 7_975.0)
    assert roma["credit_on_account"] == 0.0


def test_a_refund_of_another_sum_naming_no_order_is_not_tied(tmp_path: Path) -> None:
    """A 5,000 refund naming no order is not R-2's 15,000 paid back: the deposit is left out
    and the 5,000 takes back R-3's money (13,000 open)."""
    roma = _roma(tmp_path, "客户取消，定金已退", _refund(-5_000, "退款"), PAID_R3)
    assert (roma["open_amount"], roma["credit_on_account"]) == (13_000.0, 0.0)


@pytest.mark.parametrize(("note", "more", "expected"), [
    ("客户取消，定金已退", [_refund(-200, "退还多付款")], (8_000.0, 0.0, "black")),
    ("客户取消，定金已退一半", [], (500.0, 0.0, "black")),
    ("客户取消，定金已退", [_refund(-15_000, "R-2 定金退还客户"), PAID_R3],
     (8_000.0, 0.0, "black")),
    ("客户取消，定金已退", [_refund(-14_975, "定金退还"), PAID_R3], (7_975.0, 0.0, "black")),
    ("客户取消，已退关", [], (0.0, 7_000.0, None))])
def test_the_reference_analysis_holds_the_same_numbers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, note: str, more: list[list[object]],
        expected: tuple[object, ...]) -> None:
    """tests/reference_analysis.py ties a booked refund and takes a part paid back with its
    own loops (only the note's reading is core's): each gives these figures, as the fast
    reading does."""
    from test_fast_analysis import _reference

    rows = [list(r) for r in ROMA_ROWS]
    rows[1][-1] = note
    db = ledger(tmp_path, ROMA, [*rows, *more])
    fast = customers(db, A)["by_name"]["Roma Casa SRL"]
    with monkeypatch.context() as patched:
        gathered = _reference(patched)
        slow = customers(db, A)["by_name"]["Roma Casa SRL"]
    assert gathered, "the reference did not run"
    for roma in (fast, slow):
        assert (roma["open_amount"], roma["credit_on_account"], roma["list"]) == expected
