"""fix63f: bad payers fix63c cleared (rv63b s1, s2, s4, s6, s10; issue 11).

- A 10,000 order's 尾款70% row (7,000 received 04-20, due 04-19) noted the buyer's not-paid
  beside a supplier named as a cause or background (因工厂延误还没付, 货代放单了还没付), beside
  the buyer's money (尾款因工厂问题还没付), the buyer's side's supplier (他们的工厂还没付, 收货人
  的货代还没付) or the firm chasing or shipping (我们催了还没付, 本公司发票已开还没付): fix63c read
  the denial as the firm's own debt, nothing owed. Hand: the buyer has not paid the 7,000,
  due 04-19: owed 7,000, 72 days on 06-30, black. The firm's own stays paid where its supplier
  is paid (我们还没付工厂, 工厂的货款我司还没付, 船公司的运费还没付) or the firm is the subject
  right before the denial (我司还没结).
- The buyer telling of the firm inside his clause (客户说我公司发错货了，下周付; 客户表示我公司的
  发票有误，下周付; 我司的, 我方的): his plan to pay, 7,000, 72 days, black (main read the firm
  speaking, nothing owed); the firm beginning a clause after his (客户说货已收到，我方下周付工厂)
  still ends his word: paid.
- A deposit cell of 7,000 beside the last batch's unpaid 4,000 (due 05-20) noted a refused or
  denied promise of this time (客户没答应这次补上, 客户拒绝这次补上, 上批欠款4000不是这次付) or a
  已付 asked, reported or believed (是否已付, 客户说已付, 以为已付, 待查是否已付): the debt is not
  paid by the cell: 4,000 owed, 39 days, watch, 7,000 held (main: nothing owed, 3,000 held).
  Agreed (客户同意这次补上) or said paid (上批欠款4000客户已付) it stays paid.
- A 5,975 wire beside X-1's old 5,000 and X-2's 6,000 noted 上次欠款没付，客户没答应这次补上
  pays X-2: X-1 5,000, 84 days, black (main: X-1 paid, 5,025 open, 0 days).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62h_debt_said_owed import DEBT_OWED, DEBT_PAID, OLD_BLACK, PAID_OLD
from test_lead60g_rv60d import NEW, OLD, _sale, _wire
from test_lead60g_rv60d import _seen as _account

# the buyer's not-paid beside a supplier or the firm's own step: owed, 7,000, 72 days, black
BUYERS = ["因工厂延误还没付", "工厂交货晚了还没付", "船公司延误还没结", "货代放单了还没付",
          "因为工厂的质量问题还没付", "工厂那边没问题还没付", "尾款因工厂问题还没付",
          "余款因船公司延误未付", "他们的工厂还没付", "他们那边的工厂还没付", "收货人的货代还没付",
          "我们催了还没付", "我司已催多次仍未付", "我们发货后一直没付", "我们发了提单还没付",
          "本公司发票已开还没付", "我们问了还没结", "我公司催了还没付", "我们已经出货还没付",
          "客户还没付，我们也没付工厂", "工厂的货款客户还没结"]
# the firm's own debt: its supplier paid, or the firm the subject right before the denial
FIRMS_OWN = ["我们还没付工厂", "我们也还没付给工厂", "我司还没结", "工厂的货款我司还没付",
             "我们还没付货代运费", "船公司的运费还没付", "还差2000的货，货代还没结"]


def test_a_supplier_or_the_firm_beside_the_buyers_denial_leaves_it_owed(tmp_path: Path) -> None:
    """Each owed (main: nothing); the firm's own debts stay paid (as main)."""
    assert _balances(tmp_path, [*BUYERS, *FIRMS_OWN]) == {**dict.fromkeys(BUYERS, OWED),
                                                          **dict.fromkeys(FIRMS_OWN, PAID)}


# the firm inside the buyer's clause: his word of paying next week, owed
HIS_WORD = ["客户表示我公司的发票有误，下周付", "客户表示我司的发票有误，下周付",
            "客户说我公司发错货了，下周付", "客户说我方的单据有问题，下周付"]
# the firm beginning a clause of its own after his: his word ends there
OURS = ["客户说货已收到，我方下周付工厂", "客户说货已收到，但我公司下周付工厂"]


def test_the_firm_inside_the_buyers_clause_is_his_word(tmp_path: Path) -> None:
    """7,000, 72 days, black (main: nothing owed for 我公司, 我司的, 我方的); our clause paid."""
    assert _balances(tmp_path, [*HIS_WORD, *OURS]) == {**dict.fromkeys(HIS_WORD, OWED),
                                                       **dict.fromkeys(OURS, PAID)}


CELL_OWED = ["定金3000，上批欠款4000没付，客户没答应这次补上",
             "定金3000，上批欠款4000没付，客户不答应这次补上",
             "定金3000，上批欠款4000没付，客户拒绝这次补上",
             "定金3000，上批欠款4000没付，客户不同意这次补上",
             "本单定金早已收到，上批欠款4000不是这次付",
             "定金3000，上批欠款4000是否已付", "定金3000，上批欠款4000不知是否已付",
             "定金3000，上批欠款4000待查是否已付", "定金3000，上批欠款4000以为已付",
             "定金3000，上批欠款4000客户说已付", "定金3000，上批欠款4000客户称已付",
             "定金3000，上批欠款4000应该已付", "定金3000，上批欠款4000据说已付"]
CELL_PAID = ["定金3000，上批欠款4000没付，客户同意这次补上", "定金3000，上批欠款4000客户已付"]


@pytest.mark.parametrize("note", CELL_OWED)
def test_a_refused_promise_or_a_doubted_payment_leaves_the_debt_owed(tmp_path: Path,
                                                                     note: str) -> None:
    """The old 4,000 owed, 39 days, watch, 7,000 held (main: nothing owed, 3,000 held)."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == DEBT_OWED


@pytest.mark.parametrize("note", CELL_PAID)
def test_a_promise_agreed_or_a_payment_said_is_the_cells(tmp_path: Path, note: str) -> None:
    """Controls (as main): nothing owed, 3,000 held."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == DEBT_PAID


WIRES = {"上次欠款没付，客户没答应这次补上": OLD_BLACK,
         "上次欠款没付，客户不答应这次补上": OLD_BLACK,
         "上次欠款没付，客户拒绝这次补上": OLD_BLACK, "上次欠款没付，客户不同意这次补上": OLD_BLACK,
         "上次欠款没付，客户同意这次补上": PAID_OLD, "上次欠款没付，客户答应这次补上": PAID_OLD}


@pytest.mark.parametrize("note", list(WIRES))
def test_a_wire_refused_this_time_pays_this_order(tmp_path: Path, note: str) -> None:
    """X-1 5,000 (03-01) unpaid, X-2 6,000 (05-25), a 5,975 wire 06-25: refused, it pays X-2,
    X-1 5,000, 84 days, black (main: X-1 paid, 5,025 open); agreed or promised this time it
    pays X-1 (as main)."""
    sales = (_sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000))
    assert _account(tmp_path, *sales, _wire(note)) == WIRES[note]
