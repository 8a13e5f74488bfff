"""rv61e's findings on lead61e, narrowed (reader 203, snapshots-55).

- A clause paying the earlier debt now (付上次欠款，本单货款; 补上次欠款，余下的付本单; 先付上次
  欠款，这单的其余下月付) says the wire is its money whatever another clause says of this order;
  only a clause paying this order's or new goods' money (本次只付新单, 这次付新货) beside a debt
  left owed or put off makes it not (lead61e read any mention of this order or 新 so: paid
  buyers stood 84 days black, rv61e s480, s485).
- A batch's goods come with no money named (定金，上批已到货; TT，上批已到货) is no earlier debt's
  money (a debt 84 days late hidden: rv61e s483).
- A deposit cell's earlier debt said owed in a clause of its own (定金3000，上批欠款4000，暂欠;
  拖欠中) stays whole; one named owed and paid now (付上批还欠的4000, 上批先欠的4000一起付) splits
  (rv61e s481, s482).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_lead60g_rv60d import NEW, OLD, PAID_OLD, _sale, _wire
from test_lead60g_rv60d import _seen as _account

OLD_BLACK = (5000, 84, "black", {"X-1": 5000})
PAID_NOW = ["付上次欠款，本单货款", "上次欠款5000，本单975", "补上次欠款，余下的付本单",
            "先付上次欠款，这单的其余下月付", "补上次欠款，按新单价结算", "补上批尾款，新货已发"]


@pytest.mark.parametrize("note", PAID_NOW)
def test_a_clause_paying_the_earlier_debt_now_says_whose_the_wire_is(tmp_path: Path,
                                                                     note: str) -> None:
    assert _account(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                    _wire(note)) == PAID_OLD


@pytest.mark.parametrize("note", ["付上批尾款，新单定金另付", "补上批尾款，按新单价"])
def test_a_deposit_paying_the_last_batch_now_pays_it(tmp_path: Path, note: str) -> None:
    old, new = _sale("X-1", OLD, 3000), _sale("X-2", date(2025, 6, 20), 10000, 3000, note)
    assert _account(tmp_path, old, new, []) == (10000, 0, None, {"X-2": 10000})


def test_the_last_batchs_goods_come_is_no_money_of_it(tmp_path: Path) -> None:
    assert _account(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                    _wire("TT，上批已到货")) == OLD_BLACK


def test_a_deposit_noting_the_last_batchs_goods_come_is_its_orders(tmp_path: Path) -> None:
    old, new = _sale("X-1", OLD, 3000), _sale("X-2", date(2025, 6, 20), 10000, 3000,
                                              "定金，上批已到货")
    assert _account(tmp_path, old, new, []) == (10000, 84, "black", {"X-1": 3000, "X-2": 7000})


@pytest.mark.parametrize("note", ["定金3000，上批欠款4000，暂欠", "定金3000，上批欠款4000，待确认",
                                  "定金3000，上批欠款4000，拖欠中"])
def test_a_debt_said_owed_in_its_own_clause_keeps_the_cell_whole(tmp_path: Path,
                                                                 note: str) -> None:
    assert _seen(_santos(_book(tmp_path, 7000, note))) == (4000, 39, "watch", 7000)


@pytest.mark.parametrize("note", ["定金3000，付上批还欠的4000", "定金3000，上批先欠的4000一起付",
                                  "定金3000，上批欠款4000经确认无误，待确认发货"])
def test_a_debt_named_owed_and_paid_now_is_split(tmp_path: Path, note: str) -> None:
    assert _seen(_santos(_book(tmp_path, 7000, note))) == (0, 0, None, 3000)
