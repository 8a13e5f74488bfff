"""fix61n: three regressions of fix61h's and fix61i's rules (rv61d s465, s460).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02
on its row; as of 06-30 an unpaid sum is 72 days late, black. Each ledger is imported by both
imports (tests.test_fast_import._same_import, through test_fix61i_came_rows._read).

- a commission the buyer took off and paid his agent himself (扣佣金500，客户直接付给代理) is
  taken: fix61h's "paid to the agent apart" is the firm's paying (佣金500已付给代理);
- the buyer's balance or goods money not yet paid to an agent (客户尾款还没付给代理, 货款还没给
  代理) is owed: fix61i's "our debt" is a commission the firm owes (佣金还没付给代理);
- a came row of an earlier row's sum within its value days or naming it (定金到账) is that
  receipt again, whatever the order's total: fix61i counted the deposit's bank advice twice.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _order, _paid
from test_fix61i_came_rows import DEPOSIT, OWED, PAID, _read

APRIL = date(2025, 4, 20)
BLANK = _paid("尾款70%", None, None)
BALANCE = _paid("尾款70%", 7_000, APRIL)
NEXT = "P 到账 noted 2025-799尾款"


def test_a_commission_the_buyer_paid_his_agent_is_taken_off(tmp_path: Path) -> None:
    """The balance row received 6,500 (or the deposit 2,500) noted that the buyer deducted the
    500 commission and paid the agent himself: hand count 0 open (main: 500, 72 days, black).
    Controls, fix61h's: the firm paid the agent, 500 short stays owed."""
    taken = ["扣佣金500，客户直接付给代理", "扣佣金500（付给代理）", "客户扣500佣金汇给代理"]
    cases = {f"G {note}": [DEPOSIT, _paid("尾款70%", 6_500, APRIL, note=note)] for note in taken}
    cases["G deposit 扣佣金500由客户付给代理"] = [
        _paid("定金30%", 2_500, date(2025, 3, 2), note="扣佣金500由客户付给代理"), BALANCE]
    short = ("佣金500已付给代理", "佣金500我司已付代理", "佣金500单独付给中间人")
    cases.update({f"C {note}": [DEPOSIT, _paid("尾款70%", 6_500, APRIL, note=note)]
                  for note in short})
    assert _read(tmp_path, cases) == {
        name: (500.0, 72, "black", 0.0) if name.startswith("C ") else PAID for name in cases}


def test_the_buyer_s_balance_not_yet_paid_to_an_agent_is_owed(tmp_path: Path) -> None:
    """The balance row typed 7,000 on 04-20 noted that the buyer's balance or goods money has
    not reached the agent: 7,000 owed, 72 days, black (main: 0, and 货款还没给代理 0 before
    fix61i too). Controls, fix61i's: a commission the firm owes its agent, the balance paid."""
    notes = {"客户尾款还没付给代理": OWED, "货款还没给代理": OWED, "尾款未付给中间人": OWED,
             "佣金还没付给代理": PAID, "佣金还差一半没付给代理": PAID,
             "货款已付，佣金没给代理": PAID}
    cases = {f"N {note}": [DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=note)] for note in notes}
    assert _read(tmp_path, cases) == {f"N {note}": want for note, want in notes.items()}


def test_a_came_row_repeating_the_deposit_is_counted_once(tmp_path: Path) -> None:
    """定金 3,000 received 03-02, then a 到账 3,000 row on 03-05 or 03-02, or a 收款 3,000 row
    on 03-04 noted 定金到账, the balance blank: the deposit's bank advice, 7,000 owed (main:
    4,000, the deposit counted twice). A 到账 7,000 row noted 下个订单预付款 under a paid order
    is the next order's money: 7,000 of credit (main: dropped as a repeat); one noted
    2025-799尾款 pays that order's blank balance: nothing open (main: 7,000, 72 days, black).
    Controls: the
    second half's wire (定金50% 5,000, 到账 5,000 on 04-27 or two days on; 尾款 3,500 noted
    尾款还差一半, then 收款 3,500 noted 尾款到账: each makes the order whole) and fix61i's 到账
    balance are paid;
    the deposit's advice beside a paid balance is counted once."""
    cases = {
        "A 到账 03-05": [DEPOSIT, _paid("到账", 3_000, date(2025, 3, 5)), BLANK],
        "A 到账 same day": [DEPOSIT, _paid("到账", 3_000, date(2025, 3, 2)), BLANK],
        "A 收款 定金到账": [DEPOSIT, _paid("收款", 3_000, date(2025, 3, 4), note="定金到账"),
                        BLANK],
        "P 下个订单预付款": [DEPOSIT, BALANCE,
                       _paid("到账", 7_000, date(2025, 5, 10), note="下个订单预付款")],
        NEXT: [DEPOSIT, BALANCE, _paid("到账", 7_000, date(2025, 5, 10), note="2025-799尾款"),
               _order("2025-799", NEXT), DEPOSIT, BLANK],
        "C 定金50% + 到账": [_paid("定金50%", 5_000, date(2025, 3, 2)),
                          _paid("到账", 5_000, date(2025, 4, 27))],
        "C 定金50% + 到账 two days on": [_paid("定金50%", 5_000, date(2025, 3, 3)),
                                      _paid("到账", 5_000, date(2025, 3, 5))],
        "C 尾款 half + 收款 尾款到账": [
            DEPOSIT, _paid("尾款70%", 3_500, APRIL, note="尾款还差一半"),
            _paid("收款", 3_500, date(2025, 5, 10), note="尾款到账")],
        "C 到账 balance": [DEPOSIT, BLANK, _paid("到账", 7_000, date(2025, 4, 27))],
        "C 到账 beside a paid balance": [DEPOSIT, _paid("到账", 3_000, date(2025, 3, 5)),
                                       BALANCE],
    }
    want = {name: OWED for name in cases if name.startswith("A ")}
    want["P 下个订单预付款"] = (0.0, 0, None, 7_000.0)
    assert _read(tmp_path, cases) == {name: want.get(name, PAID) for name in cases}
