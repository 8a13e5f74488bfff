"""fix63g (rv63b s8, s5, s7): what fix63d made worse — good buyers listed.

Shapes and hand accounts as tests/test_fix63d_bad_payers_still_missed.py: Santos's deposit
cell of 7,000 (06-05) on a new 10,000 order beside the last batch's 4,000 (due 05-20: 39 days
at 06-30, watch); Xian Home's 5,975 register wire (06-25) beside X-1 5,000 (03-01, 84 days)
and X-2 6,000 (05-25, not due); a blank 尾款70% row of a 10,000 order (deposit 3,000 paid).

- A coming denied (还没收到, 未到账, 没入账: owed_said._UNPAID since fix63d) is of the debt only
  where what did not come is money (owed_said._of_money): nothing named, 钱 / 款 / the debt's
  figure, or the firm receiving. Of a paper or any other thing (发票还没收到, 上批欠款4000的发票
  还没收到, 还没收到合同, 退税还没到账) the debt is not said owed: the cell pays it, nothing owed,
  3,000 held (main: 4,000 owed, 39 days, watch, 7,000 held); the wire pays X-1 first, 5,025
  open, 0 days, no list (main: X-1 5,000 84 days, black).
- A commission withdrawn by another of its names (佣金2000已扣，中介费取消了; 代理费2000已扣，
  代理费取消了: part_of.COMMISSION, the one list) is withdrawn: 7,000 owed, 72 days, black
  (main: 5,000). Another fee withdrawn (运费取消了) or a commission beside a claim still not.
- That one list brings 介绍费 (owed_said's commission word) into part_of's other things, as
  佣金: 付了一半介绍费, 介绍费还差2000 on a received balance row paid (main: 3,500 / 2,000
  owed, 72 days, black); 介绍费已付，尾款未付 7,000 owed, 72 days, black (main: 0).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_acct55a_three_payments import _paid
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix59d_part_sums import _late
from test_fix61i_came_rows import DEPOSIT, _read
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62h_debt_said_owed import DEBT_OWED, DEBT_PAID, OLD_BLACK
from test_lead60g_rv60d import NEW, OLD, PAID_OLD, _sale, _wire
from test_lead60g_rv60d import _seen as _account

# a paper or another thing not received: not the debt (main: owed)
THINGS = ["发票还没收到", "合同还没收到", "确认函还没收到", "邮件还没收到", "回复还没收到",
          "样品还没收到", "正本还没收到", "通知还没收到", "东西还没收到", "退税还没到账",
          "退税款还没到账", "还没收到合同"]
# the opposite wordings: money not come (owed, as main), papers rv63b found right (paid)
MONEY = ["钱还没收到", "款还没收到", "还没到账", "还没入账", "货款至今还没到账", "还没收到钱",
         "客户的钱还没到账"]
ALREADY_RIGHT = ["箱单还没收到", "单据还没收到", "报关单还没收到", "佣金还没收到",
                 "客户的货还没收到"]

CELLS = {**{f"定金3000，上批欠款4000，{t}": DEBT_PAID for t in THINGS + ALREADY_RIGHT},
         "定金3000，上批欠款4000的发票还没收到": DEBT_PAID,
         **{f"定金3000，上批欠款4000，{m}": DEBT_OWED for m in MONEY},
         "定金3000，上批欠款4000还没到账": DEBT_OWED,
         # the firm not receiving the debt, in its clause: owed; the buyer's word of a paper:
         # paid; asked, or the factory's (of_the_debt): as main
         "定金3000，上批欠款4000我们还没收到": DEBT_OWED,
         "定金3000，上批欠款4000的钱还没到账": DEBT_OWED,
         "定金3000，上批欠款4000未入账": DEBT_OWED,
         "定金3000，上批欠款4000，客户说发票还没收到": DEBT_PAID,
         "定金3000，上批欠款4000，发票还没收到？": DEBT_OWED,
         "定金3000，上批欠款4000，我们还没收到": DEBT_PAID,
         "定金3000，上批欠款4000，工厂还没收到": DEBT_PAID}


@pytest.mark.parametrize("note", list(CELLS))
def test_a_paper_not_received_leaves_the_deposit_cell_paying_the_debt(tmp_path: Path,
                                                                     note: str) -> None:
    """A paper or another thing not received: nothing owed, 3,000 held (main: 4,000 owed, 39
    days, watch, 7,000 held). Money not come: 4,000 owed, 39 days, watch, 7,000 held (as
    main). 箱单 / 单据 / 报关单 / 佣金 not received: paid, as main."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == CELLS[note]


WIRES = {**{f"上次欠款，{t}": PAID_OLD for t in THINGS + ALREADY_RIGHT},
         **{f"上次欠款，{m}": OLD_BLACK for m in MONEY[:4]},
         "上次欠款的发票还没收到": PAID_OLD, "上次欠款，发票还没收到，钱已付": PAID_OLD,
         "上次欠款还没到账，本单货款": OLD_BLACK, "上次欠款，款项还没入账": OLD_BLACK}


@pytest.mark.parametrize("note", list(WIRES))
def test_a_paper_not_received_leaves_the_wire_paying_the_old_invoice(tmp_path: Path,
                                                                     note: str) -> None:
    """A paper not received: X-1 paid first, 5,025 open, 0 days, no list (main: X-1 5,000, 84
    days, black). Money not come: the wire pays X-2, X-1 5,000 84 days, black (as main)."""
    sales = (_sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000))
    assert _account(tmp_path, *sales, _wire(note)) == WIRES[note]


def test_a_commission_withdrawn_by_another_of_its_names_is_withdrawn(tmp_path: Path) -> None:
    """Withdrawn: 7,000 owed, 72 days, black (main: 5,000 for the first four). Taken (another
    fee withdrawn, the commission not withdrawn, a claim beside a commission withdrawn, as
    main): 5,000 owed, 72 days, black."""
    withdrawn = ("佣金2000已扣，中介费取消了", "代理费2000已扣，代理费取消了",
                 "佣金2000已扣，代理费取消了", "代理费2000已扣，中介费已退回客户",
                 "佣金2000已扣，佣金取消了", "代理费2000已扣，佣金取消了")
    taken = ("佣金2000已扣，运费取消了", "代理费2000已扣，运费取消了", "扣代理费2000，运费取消了",
             "佣金2000已扣，中介费没取消", "索赔2000已扣，中介费取消了")
    cases = {f"{'W' if note in withdrawn else 'T'}{i} {note}": [
        DEPOSIT, _paid("尾款70%", None, None, note=note)]
        for i, note in enumerate(withdrawn + taken)}
    assert _read(tmp_path, cases) == {
        name: (7_000.0, 72, "black", 0.0) if name.startswith("W") else (5_000.0, 72, "black", 0.0)
        for name in cases}


def test_an_introducers_fee_is_a_commission_in_every_part_rule(tmp_path: Path) -> None:
    """介绍费 joins the commission's names (part_of.COMMISSION, owed_said's list since lead61g)
    in part_of's other things, as 佣金 reads there. On the 7,000 balance row received 04-20:
    half or a rest of the fee is no part of the money, paid (main: 3,500 / 2,000 owed, 72
    days, black); the fee paid beside the balance unpaid, or the buyer's balance not passed to
    the agent beside the fee paid, 7,000 owed, 72 days, black (main: 0). Controls as main: the
    commission alike, the balance still with the agent, half of the money received."""
    paid = ["付了一半介绍费", "介绍费还差2000", "介绍费一半已付", "还差2000的介绍费",
            "佣金一半已付", "尾款到了，还没给代理介绍费"]
    owed = ["介绍费已付，尾款未付", "客户尾款还没付给代理，介绍费已付", "尾款还没付给代理"]
    assert _balances(tmp_path, paid + owed + ["收到一半，介绍费"]) == {
        **dict.fromkeys(paid, PAID), **dict.fromkeys(owed, OWED),
        "收到一半，介绍费": _late(3_500)}
