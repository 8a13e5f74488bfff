"""fix62i (rv62b s542, s544): goods short beside money said fine is no debt.

A paid 7,000 balance row noting goods still short (还差2000的货) owes 2,000 only where its money
is said not come or still to come (款下周付, 钱还没到, 货值没付, 货款先欠着), not where a denial
merely stands beside a money word (货款没问题, 货款没少, 钱不用退, 款没拖, 货款未扣), nor where
the money is to be given back (钱下月退给客户). 货值 (the goods' worth) is
goods there (还差2000货值的货下月补发, 还差2000的货值报关用), money only said unpaid. Read as
fix62d read them, each paid buyer was 2,000 owed, 72 days, black (hand: 0).

Orders as tests.test_fix56b_balance_clause_ours_part: each ledger through both imports.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late

# money fine beside goods short: each 2,000 owed, 72 days, black on main
_FINE = ["还差2000的货，货款没问题", "还差2000的货，货款没有问题",
         "还差2000的货，货款没少", "还差2000的货，钱一分没少",
         "还差2000的货，货款没欠", "还差2000的货，款没拖",
         "还差2000的货下月补发，货款没拖欠", "还差2000的货，货款不受影响",
         "还差2000的货，货款不用退", "还差2000的货下月补发，钱不用退",
         "还差2000的货，货款不用再付", "还差2000的货，货款不需要再付",
         "还差2000的货下月补发，货款未扣", "还差2000的货，钱下月退给客户",
         "还差2000的货，钱没差", "还差2000的货，货款未结汇",
         "还差2000的货，货款没打折", "还差2000的货，货款没回单"]
# 货值 the goods' worth, not their money
_WORTH = ["还差2000的货值报关用", "还差2000货值的货下月补发",
          "还差2000的货，货值没变", "还差2000的货，货值不变",
          "还差2000的货值，下月补发"]
# the money left owing in words fix62d did not read: paid on main
_OWING = ["还差2000的货，货款先欠着", "还差2000的货，货款暂欠"]


@pytest.mark.parametrize("note", _FINE + _WORTH)
def test_goods_short_beside_money_said_fine_owes_nothing(tmp_path: Path, note: str) -> None:
    """Paid: 0 open, no list (main: 2,000, 72 days, black)."""
    assert _balances(tmp_path, [note]) == {note: PAID}


@pytest.mark.parametrize("note", _OWING)
def test_goods_short_beside_money_left_owing_is_owed(tmp_path: Path, note: str) -> None:
    """2,000 open, 72 days, black (main: 0, read as goods short alone)."""
    assert _balances(tmp_path, [note]) == {note: _late(2_000)}


def test_the_money_paid_or_still_to_come_reads_as_before(tmp_path: Path) -> None:
    """Controls, as main: paid where the money or its worth is said paid, come, settled or a
    declared value; 2,000 owed where it is said not come, planned or unpaid in other words."""
    paid = ["还差2000的货，款已付", "还差2000的货，货款已结清",
            "还差2000的货，货值2000报关", "还差2000的货，按货值投保",
            "还差2000的货下月补发，货值已付", "还差2000的货，尚欠部分已付清",
            "还差2000的货，钱到了", "还差货值2000的货，下月补发",
            "还差2000的货，货款照付", "少发2000的货，货款下次抵扣",
            "还差2000的货，下次货款里扣"]
    owed = ["尚欠2000", "还差2000的货，款月底到",
            "还差2000的货，货款预计下月到账", "还差2000的货，客户答应月底付款",
            "还差2000的货，钱暂时付不了", "还差2000的货，货款没到账",
            "还差2000的货，货值未收", "还差2000的货值还没收",
            "还差2000的货，款待付", "还差2000的货，钱还没",
            "还差2000的货已发，钱没有到", "还差2000的货，钱下周打过来",
            "还差2000的货值"]
    assert _balances(tmp_path, paid + owed) == {
        **dict.fromkeys(paid, PAID), **dict.fromkeys(owed, _late(2_000))}
