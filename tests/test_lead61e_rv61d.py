"""rv61d's findings on lead61c and fix61j, narrowed (reader 200, snapshots-53).

- An earlier debt said left owed beside this order's money (这次付本单一半，上次欠款未付清;
  上次欠款未付清，本次只付新单; 上次欠款已付一半，剩下的下月付; 上批未付清的等下次，这次付新货) is
  no earlier debt's money: read so, a wire of the new invoice's sum less a charge paid the old
  one and hid it, 84 days, black (rv61d s462). 上次欠款未付清，这次补 still is.
- 上批已到货的尾款 on a deposit row names the last batch's balance: 已到货 is the goods come,
  not the debt cleared (lead61b read it so: the old invoice 84 days, black).
- A deposit cell's earlier debt said still owed or only asked (上批欠款4000暂欠, 先欠着, 还欠着,
  申请延期, 含上批欠款4000？待确认) is no part of the cell (fix61j split it, the watched 4,000
  cleared: rv61d s463).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_lead60g_rv60d import NEW, OLD, PAID_OLD, _sale, _wire
from test_lead60g_rv60d import _seen as _account

OLD_BLACK = (5000, 84, "black", {"X-1": 5000})


LEFT_OWED = ["这次付本单一半，上次欠款未付清", "上次欠款未付清，本次只付新单",
             "上次欠款已付一半，剩下的下月付", "上批未付清的等下次，这次付新货"]


@pytest.mark.parametrize("note", LEFT_OWED)
def test_an_earlier_debt_left_owed_beside_this_orders_money_is_not_its(tmp_path: Path,
                                                                        note: str) -> None:
    assert _account(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                    _wire(note)) == OLD_BLACK


def test_an_earlier_debt_made_up_now_is_its_money(tmp_path: Path) -> None:
    assert _account(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                    _wire("上次欠款未付清，这次补")) == PAID_OLD


def test_the_last_batchs_balance_of_goods_come_is_an_earlier_debt(tmp_path: Path) -> None:
    old, new = _sale("X-1", OLD, 3000), _sale("X-2", date(2025, 6, 20), 10000, 3000,
                                              "上批已到货的尾款")
    assert _account(tmp_path, old, new, []) == (10000, 0, None, {"X-2": 10000})


@pytest.mark.parametrize("note", ["定金3000，上批欠款4000暂欠", "定金3000，上批欠款4000先欠着",
                                  "定金3000，上批欠款4000申请延期",
                                  "定金7000（含上批欠款4000？待确认）"])
def test_a_debt_still_owed_or_asked_is_no_part_of_the_deposit(tmp_path: Path,
                                                               note: str) -> None:
    assert _seen(_santos(_book(tmp_path, 7000, note))) == (4000, 39, "watch", 7000)
