"""The session's last mends attacked (rv53e), each narrowed where it named the wrong customer.

- fix53k read two salespeople's orders of one number as one copied order where only their sums
  agreed: 张伟's Alpha Haushalt 10,000 USD of 01-05 moved to 李娜's Beta Homeware 10,000 of 01-09,
  a debtor 100 days late and black gone. A round sum on another day is no sign of a copy.
- fix53h read a paid 定金 / 尾款 row as a plan where its note named a plan and said the money came
  (定金已收，尾款预计4月付; 按计划到账; 催款后已付): buyers paid in full black at 72 days.
- fix53i dropped a dated part received beside a status 未收, and marked a 1,800 USD deposit CNY
  in a column of RMB settled figures.
- fix53j read 中信保赔偿, 审核通过 and 客户付款逾期，中信保已赔付 as no insurer's money.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_acct53e_other_ledgers import ALPHA, BETA, LN, ZW, _account, _file, _row
from test_fast_import import _same_import

from core.ledger.payment_kinds import insurer_paid
from core.ledger.payment_row_money import planned
from core.ledger.received_rmb import could_be_rmb, planned_sum
from core.ledger.same_order import Substance, same_order


def test_two_books_orders_of_one_round_sum_on_two_days_stay_two(tmp_path: Path) -> None:
    """Both 10,000 USD, another buyer, another day: two orders. Hand count at 05-31: Alpha owes
    10,000 due 02-19, 100 days late at the books' last receipt (05-30), black; Beta paid."""
    zw = [_row("2025-001", ALPHA, "2025-01-05", 10_000, "2025-01-20")]
    ln = [_row("2025-001", BETA, "2025-01-09", 10_000, "2025-01-25", 10_000, "2025-05-30")]
    _same_import(tmp_path, [_file(tmp_path / "01", ZW, zw), _file(tmp_path / "01", LN, ln)])
    assert _account(tmp_path, ALPHA) == (10_000, 100, "black", 10_000)
    assert _account(tmp_path, BETA) == (0, 0, None, 10_000)


def test_a_copy_keeps_an_exact_sum_or_its_day() -> None:
    def order(day: str, amount: float) -> Substance:
        return Substance(day, amount, "USD")

    assert not same_order(order("2025-01-05", 10_000), order("2025-01-09", 10_000))
    assert same_order(order("2025-01-05", 12_580.40), order("2025-01-09", 12_580.40))
    assert same_order(order("2025-01-05", 12_000), order("2025-01-05", 12_000))


@pytest.mark.parametrize("note", ["定金已收，尾款预计4月付", "按计划到账", "催款后已付",
                                  "客户承诺的定金已到账"])
def test_a_payment_row_saying_its_money_came_is_no_plan(note: str) -> None:
    assert not planned([note])


@pytest.mark.parametrize("note", ["待收", "计划 见提单付", "余款未收", "尾款未到账", "应收定金"])
def test_a_payment_row_saying_its_money_is_to_come_is_a_plan(note: str) -> None:
    assert planned([note])


def test_a_part_received_beside_unpaid_is_a_receipt_and_a_dollar_deposit_no_rmb() -> None:
    assert planned_sum(10_000, 10_000, "未收") and not planned_sum(3_000, 10_000, "未收")
    assert could_be_rmb(85_200, 12_000) and not could_be_rmb(1_800, 6_000)
    assert could_be_rmb(15_000, 10_000) and not could_be_rmb(6_000, 6_000)  # fix54c
    assert not any(could_be_rmb(usd, 10_000) for usd in (4_000, 6_000, 8_500))  # rv54d R4
    assert could_be_rmb(7_100, 8_000) and could_be_rmb(28_400, 30_000)  # rv54e: RMB settled


@pytest.mark.parametrize(("note", "paid"), [
    ("中信保赔偿5000", True), ("客户付款逾期，中信保已赔付", True),
    ("中信保赔付（审核通过）", True), ("中信保理赔，审批通过", True), ("中国信保赔付90%", True),
    ("客户付款；信保理赔申请中", False),
    ("buyer paid; Sinosure claim under review", False), ("质量问题赔付客户200，非信保", False),
    ("中信保赔偿申请中", False)])
def test_an_insurer_paid_only_where_the_note_says_so(note: str, paid: bool) -> None:
    assert insurer_paid(note) is paid


def test_a_paid_deposit_row_naming_the_balance_s_plan_is_read_as_paid(tmp_path: Path) -> None:
    """CD-1 10,000 on 30/70 shipped 03-01; under it 定金30% 3,000 received 02-12 noted
    定金已收，尾款预计3月付, and 尾款70% 7,000 received 03-05 noted 按计划到账. Hand count at 06-30:
    paid in full, nothing open, on no list. Before: both rows read as plans, 10,000 open, black."""
    from datetime import date

    from account_cli import customers, imported
    from ledgers import write_xlsx

    head = ["合同号", "客户名称", "下单日期", "品名", "金额", "币种", "付款方式", "出货日期",
            "已收金额", "收款日期", "备注"]
    rows = [["CD-1", "Cedar Living", date(2025, 2, 10), "餐椅", 10_000, "USD", "30%定金 70%见提单",
             date(2025, 3, 1), None, None, None],
            [None, None, None, "定金30%", 3_000, None, None, None, 3_000, date(2025, 2, 12),
             "定金已收，尾款预计3月付"],
            [None, None, None, "尾款70%", 7_000, None, None, None, 7_000, date(2025, 3, 5),
             "按计划到账"]]
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"台账": [head, *rows]})
    db = imported(tmp_path / "firm.sqlite", ledger)
    cedar = customers(db, date(2025, 6, 30))["by_name"]["Cedar Living"]
    assert (cedar["open_amount"], cedar["list"], cedar["revenue_12m"]) == (0, None, 10_000)
