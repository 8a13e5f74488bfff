"""fix55j: fix55b's readings of a payment row's words narrowed (rv55d s45, s46, s50).

The ledger of test_fix54h_payment_words: a 10,000 order (03-01, OA 30天), its 定金30% row 3,000
received 03-02 and its 尾款70% row 7,000 received 04-20 carrying the note; as of 06-30 an unpaid
balance is 7,000, 72 days late, black; a paid one nothing, on no list.

- s46: a deposit for a new PO whose note says when the balance is paid
  (已收定金30%，尾款见提单副本付) paid Lima's old INV2503-08 instead of being held for the PO.
- s50: the payment's own invoice unpaid (该发票未付, 发票尚未付清) read as paper, paid.
- s45 M15: a forecast typed into the received columns (预计付款 4月20日到账 on a row dated 04-20)
  read as paid.
- s45 M03/M04: a deferral in another clause not of the payment (下批订单延期, （船期推迟）) undid
  the day the money came.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_fix54m_number_deposits import LIMA, OLD, OLD_DEPOSIT, _imported, _lima
from test_fix55b_payment_row_words import _check

PAID_ON_DAY = "客户答应4月底付 4月20日到账"  # a promise, then the day the money came (04-20)


def test_a_deposit_naming_the_balance_to_come_is_held_for_its_po(tmp_path: Path) -> None:
    """Lima wires a deposit for PO-LIMA-88 on 04-14, noted with when its balance is paid: at
    04-30, both ways the register is read, INV2503-08 2,776.90 open, 31 days, watch, the
    deposit held (main: 639 open and nothing held; the 3,000 deposit 0 open, 223 on account).
    A balance naming its deposit paid stays no deposit (test_fix55b_payment_row_words)."""
    cases = [(2138.28, "已收定金30%，尾款见提单副本付"), (2138.28, "30%定金已收到，尾款发货前付"),
             (3000, "已收定金30%，尾款见提单副本付"),
             (2138.28, "30% deposit received, balance against B/L copy")]
    for i, (amount, note) in enumerate(cases):
        deposit = ("2025-04-14", LIMA, amount, None, "PO-LIMA-88", note)
        for run, mapped in (("mapped", True), ("bare", False)):
            where = tmp_path / f"{i}{run}"
            _imported(where, [OLD], [OLD_DEPOSIT, deposit], mapped)
            assert _lima(where, date(2025, 4, 30)) == (2776.9, 31, "watch", 0, amount), (
                note, run)


def test_the_payment_s_own_invoice_unpaid_is_owed(tmp_path: Path) -> None:
    """Hand count at 06-30: 7,000, 72 days, black each (main: 0, on no list); the invoice's
    paper not made or not sent (发票未开, 发票未寄出) says nothing of the money: paid."""
    _check(tmp_path, ["发票未开 余款", "发票未寄出 尾款"], ["该发票未付", "发票尚未付清"])


def test_a_plan_naming_no_time_of_its_own_governs_its_day(tmp_path: Path) -> None:
    """预计付款 4月20日到账 on the row dated 04-20 is the forecast: 7,000, 72 days, black (main:
    0, on no list); a plan naming its own time then the day (客户答应4月底付 4月20日到账) paid."""
    _check(tmp_path, [PAID_ON_DAY],
           ["预计付款 4月20日到账", "计划付款 4月20日到账"])


def test_a_deferral_of_something_else_leaves_the_day_paid(tmp_path: Path) -> None:
    """The next order or the ship deferred in another clause: paid, on no list (main: 7,000,
    72 days, black); the buyer or the payment deferred stays owed."""
    _check(tmp_path, [f"{PAID_ON_DAY}，下批订单延期", f"{PAID_ON_DAY}（船期推迟）"],
           [f"{PAID_ON_DAY}，付款延期", f"{PAID_ON_DAY}，客户又推迟付款"])
