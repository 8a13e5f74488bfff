"""fix56f (rv56c s131, s133, s138, s139): acct56a's words narrowed where they read too much.

- The buyer's 给 of a thing named before it (客户说样品下周给) gives that thing, not money.
- His asking (要求, 申请) is of paying to come only with paying late or a time named; asking how
  to pay (客户要求T/T付款) is no plan.
- A plan's past day (预计付款4月20日到账 on a row of 04-22) is the money's only where no later
  clause says it is still out (实际未到, 催款中).
- A wire whose note names its deposit paid before, or paying in full (客户付清：30%定金已付，
  尾款见提单副本付), is the balance, not a new order's deposit held for its PO.

Balance rows as test_acct56a's: 尾款70% 7,000 received on its day, as of 06-30 an unpaid one is
72 days late, black; both imports read each ledger (test_acct55a_three_payments._accounts).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct56a_deposit_share_told_give import _balances, _lima_wires

# his word of giving a thing, or asking how to pay: paid (main: 7,000, 72 days, black)
PAID = ["客户说新订单月底给", "客户说唛头下周给", "客户说样品下周给", "客户说下批订单下周给",
        "客户说反馈下周给", "客户说箱单下周给", "客户要求扣除佣金后付款", "客户要求按实际数量付款",
        "客户要求提供发票后付款", "客户要求人民币付款", "客户申请用信用证付款", "客户要求T/T付款",
        "客户要求美元付款", "客户要求分两次付款"]
# his word of money to come, or asking to pay late or at a time: owed (as main)
OWED = ["客户说下周给", "客户说尾款月底给", "客户说余款下周给", "客户说钱下周给",
        "客户要求月底付款", "客户申请延期付款", "客户申请30天后付款"]


def test_giving_a_thing_and_asking_how_to_pay_are_no_plan(tmp_path: Path) -> None:
    """Each PAID note on a balance row of 04-20: nothing open (main: 7,000, 72 days, black);
    each OWED note: 7,000 open, 72 days, black."""
    day = date(2025, 4, 20)
    accounts = _balances(tmp_path, [(note, day) for note in PAID + OWED])
    got = {name[4:-6]: figures for name, figures in accounts.items()}
    assert {note: got[note] for note in PAID} == dict.fromkeys(PAID, (0, 0, None))
    assert {note: got[note] for note in OWED} == dict.fromkeys(OWED, (7_000, 72, "black"))


def test_a_plan_s_past_day_with_the_money_said_out_is_owed(tmp_path: Path) -> None:
    """On a row of 04-22, 预计付款4月20日到账，实际未到 and 预计付款 4月20日到账，催款中: 7,000
    open, 72 days, black (main: nothing open); 预计付款 4月20日到账 alone stays paid (acct56a),
    and so does a later clause saying the money came after chasing (催款后已付). 原计划4月20日到账
    stays owed: 原 says that plan was changed."""
    day = date(2025, 4, 22)
    notes = ["预计付款4月20日到账，实际未到", "预计付款 4月20日到账，催款中",
             "预计付款 4月20日到账", "预计付款 4月20日到账，催款后已付", "原计划4月20日到账"]
    accounts = _balances(tmp_path, [(note, day) for note in notes])
    assert list(accounts.values()) == [(7_000, 72, "black"), (7_000, 72, "black"), (0, 0, None),
                                       (0, 0, None), (7_000, 72, "black")]


def test_a_balance_naming_its_deposit_paid_pays_the_invoice(tmp_path: Path) -> None:
    """test_fix54m's register: on 04-14 Lima wires 2,776.90, INV2503-08's open figure, naming
    PO-LIMA-77. Noted as the balance, its deposit paid before or paying in full, at 04-30 the
    invoice is paid and nothing held (main: 2,776.90 open, 31 days, watch, 2,776.90 held); noted
    已收定金30%，尾款见提单副本付 (this money the deposit) it stays held (acct56a)."""
    held = (2_776.9, 31, "watch", 0, 2_776.9)
    cases = [("客户付清：30%定金已付，尾款见提单副本付", (0, 0, None, 0, 0)),
             ("扣除30%定金后，尾款凭提单付清", (0, 0, None, 0, 0)),
             ("30%定金已付，尾款待付清 本次付清", (0, 0, None, 0, 0)),
             ("收提单副本款，30%定金已付", (0, 0, None, 0, 0)),
             ("已收定金30%，尾款见提单副本付", held)]
    _lima_wires(tmp_path, cases)
