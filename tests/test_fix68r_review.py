"""fix68r: rv68k's review of fix68j and fix68k — good buyers newly listed.

Hand counts: each order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30%
3,000 received 03-02; the balance row 尾款70% received on 04-20 (the sum each case gives) with
the note. As of 06-30 an unpaid sum is 72 days late (11 + 31 + 30), black. Every ledger is a
real .xlsx imported into a real SQLite file by both imports, the row under its order, typed on
the order's tab, on a 收款 tab and in April's file.

1. (#3) 7,000 noted 尾款已收，未对账 / 待对账 / 还没对账 / 未对帐 / 待财务对账, 已到账，未对账:
   the money in, the month-end reconciliation to come: paid (main 7,000, 72 days, black). A
   deduction so noted stays doubted: 质量扣款2000，待对帐 on 5,000 is 2,000, 72 days, black.
   A deposit cell 定金3000，上批欠款4000已付，未对账 / 已收，待对账 (test_fix65b's layout):
   paid, 3,000 held (main 4,000, 39 days, watch).
2. (#4) 5,000 noted 老板同意让2000，交期待确认 / 颜色待确认 / 船期待确认, 客户少付2000，老板同意了，
   下次订单待确认 / 唛头待确认: the doubt is of another thing, the grant stands: paid (main
   2,000, 72 days, black). 老板同意让2000，待确认 and 老板同意，待核对 stay 2,000 black.
3. (#2) 7,000 noted 尾款已收到银行到账通知 / 银行入账通知: the bank's credit advice says the
   money came: paid (main 7,000, 72 days, black). 已收到银行通知 / 付款凭证 / 客户通知 stay
   7,000 black; 已收到银行通知，已到账 paid.
4. (#10) 5,000 noted 老板同意让2000，另外运费和样品费下周付 / 运费及关税月底付 / 运费、样品费
   下周付: two fees joined to each other are their own plan, the grant stands: paid (main
   2,000, 72 days, black). 另外运费和尾款下周付 stays 2,000 black.
5. (#11) 5,000 noted 老板同意让2000，待确认，后来已确认 / …，待确认，已确认, 客户少付2000，老板
   同意了，待确认，后来已确认: the doubt settled, the grant stands: paid (main 2,000, 72 days,
   black). Without the settling clause 2,000 black still.
6. (#5, #6, #7) 5,000 noted 客户投诉质量问题，质量扣款2000 / 因质量投诉，扣款2000 (the complaint
   the claim's reason), 质量扣款2000，客户会补单 / 工厂会补货 / 扣佣金2000，下次会补发样品 (goods
   made up, not money), 质量扣款2000，另一单已报信保 / 银行手续费应由客户承担 / 我司单方面承担
   运费 (another order's, a bank charge's, the firm's own matter): the deduction taken, paid
   (main 2,000, 72 days, black). 质量扣款2000，已投诉 / 报信保 / 客户会补 / 我们没同意, 客户单方面
   扣款2000, 扣运费2000，运费应由客户承担: 2,000 black still.
7. (#9) 5,000 noted 佣金2000已扣，另一单已取消 / 扣佣金2000，客户取消了另一个订单 / 质量扣款
   2000，不良品已退回客户: another order called off, goods sent back: the deduction stands,
   paid (main 2,000, 72 days, black). 佣金2000已扣，现取消 / 质量扣款2000，已退回客户: 2,000
   black still.
"""

from __future__ import annotations

from pathlib import Path

from test_fix62f_repeated_cells import PAID
from test_fix65b_finance_report import PAID as CELL_PAID
from test_fix65b_finance_report import _deposits
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import SHAPES, Account
from test_fix67f_rest_reviewed import _check

OWES = _black(2_000)
ALL = _black(7_000)

# (1) money in, reconciliation to come
RECONCILE: dict[str, tuple[float, Account]] = {
    **{f"尾款已收，{later}": (7_000, PAID) for later in (
        "未对账", "待对账", "还没对账", "未对帐", "待财务对账")},
    "尾款已到账，未对账": (7_000, PAID),
    "尾款收到，待对账": (7_000, PAID),
    # kept (rv68k's checked and right)
    "尾款已收，对账中": (7_000, PAID),
    "尾款已收，已对账无误": (7_000, PAID),
    "尾款已收，待确认": (7_000, ALL),
    "尾款已收待确认": (7_000, ALL),
    "质量扣款2000，待对帐": (5_000, OWES),
    "质量扣款2000，未对帐": (5_000, OWES),
    "质量扣款2000，已对账": (5_000, PAID),
    "质量扣款2000，对账单已发": (5_000, PAID),
}

# (2) a doubt of another thing after the grant
GRANT_BESIDE: dict[str, tuple[float, Account]] = {
    **{f"老板同意让2000，{thing}待确认": (5_000, PAID) for thing in ("交期", "颜色", "船期")},
    **{f"客户少付2000，老板同意了，{thing}待确认": (5_000, PAID) for thing in ("下次订单", "唛头")},
    # kept
    "老板同意让2000，已确认": (5_000, PAID),
    "老板同意让2000，待确认": (5_000, OWES),
    "客户少付2000，老板同意，待核对": (5_000, OWES),
    "客户少付2000，经理同意了，老板还没同意": (5_000, OWES),
    "客户少付2000，老板大概同意": (5_000, OWES),
    "客户少付2000，客户已确认": (5_000, OWES),
}


# (3) a bank's credit advice, (4) two fees joined, (5) a grant's doubt settled
CAME_ADVICE: dict[str, tuple[float, Account]] = {
    "尾款已收到银行到账通知": (7_000, PAID),
    "尾款已收到银行入账通知": (7_000, PAID),
    "尾款已收到银行通知": (7_000, ALL),
    "尾款已收到付款凭证": (7_000, ALL),
    "尾款已收到客户通知": (7_000, ALL),
    "尾款已收到银行通知，还没到账": (7_000, ALL),
    "尾款已收到银行通知，已到账": (7_000, PAID),
}
FEES: dict[str, tuple[float, Account]] = {
    "老板同意让2000，另外运费和样品费下周付": (5_000, PAID),
    "老板同意让2000，另外运费及关税月底付": (5_000, PAID),
    "老板同意让2000，另外运费、样品费下周付": (5_000, PAID),
    "客户少付2000，老板同意了，另外运费和样品费下周付": (5_000, PAID),
    "老板同意让2000，另外运费下周付": (5_000, PAID),
    "老板同意让2000，另外运费和尾款下周付": (5_000, OWES),
    "老板同意让2000，另外运费连同尾款下周付": (5_000, OWES),
}
SETTLED_GRANT: dict[str, tuple[float, Account]] = {
    "老板同意让2000，待确认，后来已确认": (5_000, PAID),
    "老板同意让2000，待确认，已确认": (5_000, PAID),
    "客户少付2000，老板同意了，待确认，后来已确认": (5_000, PAID),
    "客户少付2000，老板同意了，待确认": (5_000, OWES),
    "老板同意让2000（待确认）": (5_000, OWES),
}


def test_a_bank_s_credit_advice_two_fees_and_a_settled_grant(tmp_path: Path) -> None:
    """CAME_ADVICE, FEES and SETTLED_GRANT by hand, under the order, typed on its tab, on a
    收款 tab and in April's file."""
    _check(tmp_path, {**CAME_ADVICE, **FEES, **SETTLED_GRANT}, SHAPES)


# (6) a deduction's reason, goods made up, another's matter
DEDUCTION_BESIDE: dict[str, tuple[float, Account]] = {
    "客户投诉质量问题，质量扣款2000": (5_000, PAID),
    "因质量投诉，扣款2000": (5_000, PAID),
    "质量扣款2000，客户会补单": (5_000, PAID),
    "质量扣款2000，工厂会补货": (5_000, PAID),
    "扣佣金2000，下次会补发样品": (5_000, PAID),
    "质量扣款2000，另一单已报信保": (5_000, PAID),
    "质量扣款2000，银行手续费应由客户承担": (5_000, PAID),
    "质量扣款2000，我司单方面承担运费": (5_000, PAID),
    "质量扣款2000": (5_000, PAID),
    # kept: the deduction itself disputed or to be paid back
    "质量扣款2000，已投诉": (5_000, OWES),
    "质量扣款2000，报信保": (5_000, OWES),
    "质量扣款2000，客户会补": (5_000, OWES),
    "质量扣款2000，我们没同意": (5_000, OWES),
    "客户单方面扣款2000": (5_000, OWES),
    "扣运费2000，运费应由客户承担": (5_000, OWES),
    # (7) another order called off, goods sent back
    "佣金2000已扣，另一单已取消": (5_000, PAID),
    "扣佣金2000，客户取消了另一个订单": (5_000, PAID),
    "质量扣款2000，不良品已退回客户": (5_000, PAID),
    "质量扣款2000，次品已退回工厂": (5_000, PAID),
    "佣金2000已扣，现取消": (5_000, OWES),
    "质量扣款2000，已退回客户": (5_000, OWES),
    # (8) at his request, no comma
    "应客户要求质量扣款2000": (5_000, PAID),
    "应客户要求，质量扣款2000": (5_000, PAID),
    "客户要求质量扣款2000": (5_000, OWES),
}


def test_a_deduction_s_reason_goods_made_up_or_another_s_matter(tmp_path: Path) -> None:
    """DEDUCTION_BESIDE by hand, under the order, typed on its tab, on a 收款 tab and in April's
    file."""
    _check(tmp_path, DEDUCTION_BESIDE, SHAPES)


def test_money_in_with_reconciliation_to_come_is_paid(tmp_path: Path) -> None:
    """RECONCILE by hand, under the order, typed on its tab, on a 收款 tab and in April's file."""
    _check(tmp_path, RECONCILE, SHAPES)


def test_a_deposit_cell_s_earlier_debt_paid_not_reconciled(tmp_path: Path) -> None:
    """A paid earlier debt with its reconciliation to come leaves the buyer off the watch list."""
    cells = ["定金3000，上批欠款4000已付，未对账", "定金3000，上批欠款4000已收，待对账",
             "定金3000，上批欠款4000已付"]
    assert _deposits(tmp_path, cells) == dict.fromkeys(cells, CELL_PAID)


def test_a_doubt_of_another_thing_leaves_the_grant(tmp_path: Path) -> None:
    """GRANT_BESIDE by hand, under the order, typed on its tab, on a 收款 tab and in April's
    file."""
    _check(tmp_path, GRANT_BESIDE, SHAPES)
