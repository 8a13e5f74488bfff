"""fix63d: bad payers still missed (the forty-ninth pass's "Left", bad-payer half).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02 and
a 尾款70% row (7,000 received 04-20, or blank); as of 06-30 an unpaid balance is 72 days late,
black. Santos's deposit cell of 7,000 beside the last batch's 4,000 (due 05-20: 39 days,
watch) and Xian Home's 5,975 register wire beside X-1 5,000 (03-01) and X-2 6,000 (05-25) are
the shapes of tests/test_fix62h_debt_said_owed.py. Each count by hand:

- 客户没少付，钱下周到 / 客户已付，钱下周到 on the dated balance row: the buyer paid, the money
  is on its way next week, as 客户已付款待到账 (payment_row_money._BUYER_PAID): 7,000 owed, 72
  days, black (main: 0). 钱下周到 alone stays a note written before the money came (paid).
- 还差2000的货，客户说工厂补货后付: the goods named in the buyer's condition are not what he pays
  (part_said._money_to_come): 2,000 owed (main: 7,000, the whole row his plan).
- 定金3000，上批欠款4000，还没到账 (or 未收到): the debt not come in (owed_said._UNPAID): the cell
  held whole, 4,000 owed, 39 days, watch, 7,000 held (main: paid, 3,000 held).
- A wire noted 上次欠款，钱还没付 / 上次欠款，货款未付 pays this order, the old debt owed, as the
  deposit cell reads 上批欠款4000，货款未付 (owed_said.owed_after, one rule): X-1 5,000 84 days,
  black (main: X-1 paid, 5,025 open, 0 days).
- A blank 尾款 row noted 佣金2000已扣，运费取消了 (freight, not the commission, cancelled:
  deduction_notes._of_it) or 佣金USD2000已扣 (the order's own currency: taken_sum's currency):
  5,000 owed, 72 days, black (main: 7,000).
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


def test_the_buyers_paid_word_beside_money_to_come_is_owed(tmp_path: Path) -> None:
    """7,000 owed, 72 days, black (main: 0). Controls as main, paid: the money said come, the
    buyer's word alone, the coming alone on a dated row (written before it came), another
    thing put off (freight, the factory, the next lot, a fee, a new order's deposit, a refund),
    a day of its own (客户已付款，7月10日到账), the goods money not short (货款没少付, no buyer's
    paid word), another payment paid (客户已付定金: the deposit's, not this balance's)."""
    owed = ["客户没少付，钱下周到", "客户已付，钱下周到", "客户付了，下周到账",
            "客户没少付，钱下周到账", "客户已付清，钱下周到", "客户没少付，余款下周到"]
    paid = ["客户没少付，钱已到", "客户已付，钱已到", "客户没少付", "钱下周到",
            "客户已付，下周付工厂", "客户没少付，运费下周付", "客户没少付，下批货款下周付",
            "客户已付款，7月10日到账", "货款没少付，钱下周到", "客户已付，退款下周到",
            "客户已付定金，尾款下周到", "客户已付，样品费下周付", "客户说已付清，佣金下周付",
            "客户已付，新订单定金下周付"]
    assert _balances(tmp_path, owed + paid) == {**dict.fromkeys(owed, OWED),
                                                **dict.fromkeys(paid, PAID)}


def test_goods_made_up_by_the_factory_before_the_buyer_pays_owe_their_money(tmp_path: Path
                                                                             ) -> None:
    """2,000 owed, 72 days, black (main: 7,000). Controls as main: the factory gives the goods
    to the buyer, or ships them, no money named (paid)."""
    owed = ["还差2000的货，客户说工厂补货后付", "还差2000的货，客户说工厂补货后再付",
            "少发2000的货，客户说工厂补货后付"]
    paid = ["还差2000的货，工厂说补货后给客户", "还差2000的货，工厂补货后发"]
    assert _balances(tmp_path, owed + paid) == {**dict.fromkeys(owed, _late(2_000)),
                                                **dict.fromkeys(paid, PAID)}


NOT_IN = {"定金3000，上批欠款4000，还没到账": DEBT_OWED,
          "定金3000，上批欠款4000，未收到": DEBT_OWED,
          # the debt's own clause or only asked (as main)
          "定金3000，上批欠款4000还没到账": DEBT_OWED,
          "定金3000，上批欠款4000，还没到账？": DEBT_OWED,
          # the debt named by how it stood, paid by the cell (as 付上批没付的4000: fix62h)
          "定金3000，付上批未到账的4000": DEBT_PAID,
          # controls: come, paid now, or this order's part not come
          "定金3000，上批欠款4000，已到账": DEBT_PAID,
          "定金3000，上批欠款4000，钱已收到": DEBT_PAID,
          "定金3000，上批欠款4000没到账，这次补上": DEBT_PAID,
          "定金3000，上批欠款4000，尾款还没到账": DEBT_PAID}


@pytest.mark.parametrize("note", list(NOT_IN))
def test_a_debt_not_come_in_keeps_the_deposit_cell_whole(tmp_path: Path, note: str) -> None:
    """Not come in, in a clause after the debt's: the old 4,000 owed, 39 days, watch, 7,000
    held (main: nothing owed, 3,000 held; in its own clause or asked, as main). The controls:
    nothing owed, 3,000 held, as main (付上批未到账的4000: main 4,000 owed, 39 days, watch, as
    付上批没付的4000 was before fix62h)."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == NOT_IN[note]


WIRES = {"上次欠款，钱还没付": OLD_BLACK, "上次欠款，货款未付": OLD_BLACK,
         "上次欠款，还没到账": OLD_BLACK,
         # controls: the debt's money paid, paid now, or this order's money unpaid
         "上次欠款，钱已付": PAID_OLD, "上次欠款，货款已付": PAID_OLD,
         "上次欠款，钱还没付，这次补上": PAID_OLD, "上次欠款，本单货款未付": PAID_OLD,
         "上次欠款，尾款未付": PAID_OLD, "上次欠款，运费未付": PAID_OLD,
         "上次欠款，工厂的钱我司还没付": PAID_OLD}


@pytest.mark.parametrize("note", list(WIRES))
def test_a_wire_reads_the_debts_clause_as_the_deposit_cell_does(tmp_path: Path,
                                                                note: str) -> None:
    """OLD_BLACK: the wire pays X-2, X-1 5,000 84 days, black (main: PAID_OLD, X-1 paid first,
    5,025 open, 0 days). PAID_OLD for the controls, as main."""
    sales = (_sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000))
    assert _account(tmp_path, *sales, _wire(note)) == WIRES[note]


def test_the_deposit_cell_and_the_wire_agree(tmp_path: Path) -> None:
    """One rule (owed_said.owed_after): the debt's goods money unpaid is owed on both."""
    assert _seen(_santos(_book(tmp_path / "cell", 7000, "定金3000，上批欠款4000，货款未付"))
                 ) == DEBT_OWED
    assert _account(tmp_path / "wire", _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                    _wire("上次欠款，货款未付")) == OLD_BLACK


def test_a_blank_rows_deduction_stands_beside_another_thing_cancelled(tmp_path: Path) -> None:
    """Taken: 5,000 owed, 72 days, black (main: 7,000). Withdrawn or not in the order's
    currency (controls, as main): 7,000 owed."""
    taken = ("佣金2000已扣，运费取消了", "佣金2000已扣，货代运费取消了", "佣金USD2000已扣",
             "扣佣金USD2000", "扣佣金USD2000，运费取消了", "佣金2000已扣，运费已退回客户")
    kept = ("佣金2000已扣，佣金取消了", "佣金2000已扣，现取消", "佣金RMB2000已扣",
            "佣金2000已扣错，已退回客户")
    cases = {f"{'T' if note in taken else 'C'}{i} {note}": [
        DEPOSIT, _paid("尾款70%", None, None, note=note)] for i, note in enumerate(taken + kept)}
    assert _read(tmp_path, cases) == {
        name: (7_000.0, 72, "black", 0.0) if name.startswith("C") else (5_000.0, 72, "black", 0.0)
        for name in cases}
