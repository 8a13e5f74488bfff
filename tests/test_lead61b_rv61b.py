"""rv61b's findings on lead61a, narrowed (reader 194).

- 加上批次费用, 货款加上批发折扣 (a batch's fee, a wholesale discount) and 线上订单 (an order
  placed online) name no earlier batch or order, and 上月货款已付 on a deposit row says the earlier
  debt is paid: read as an earlier order's money, a deposit or a wire paid the old invoice and
  hid it (84 days, black → not listed: rv61b s425 W8–W10, D5, D6, D8).
- Only a clause naming money and not this order names another order's deposit: the order's own
  number written otherwise (YW250242余款, YW25-242尾款), another order only referred to
  (翻单YW25-0100，尾款) or a new order said alone (尾款已收，新订单下周下) leave the two halves
  standing (255 owed read 6,255: rv61b s424).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_lead60g_rv60d import NEW, OLD, _sale, _seen, _wire
from test_lead61a_rv61a import _tbilisi

OLD_BLACK = (5000, 84, "black", {"X-1": 5000})


@pytest.mark.parametrize("note", ["货款加上批次费用", "货款加上批发折扣", "线上订单货款"])
def test_a_wire_noted_with_a_batch_fee_or_an_online_order_still_fits(tmp_path: Path,
                                                                   note: str) -> None:
    assert _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                 _wire(note)) == OLD_BLACK


@pytest.mark.parametrize("note", ["定金加上批次检验费", "线上订单定金", "定金，上月货款已付"])
def test_a_deposit_so_noted_stays_its_orders(tmp_path: Path, note: str) -> None:
    old, new = _sale("X-1", OLD, 3000), _sale("X-2", date(2025, 6, 20), 10000, 3000, note)
    assert _seen(tmp_path, old, new, []) == (10000, 84, "black", {"X-1": 3000, "X-2": 7000})


@pytest.mark.parametrize("note", ["YW250242余款", "YW25-242尾款", "翻单YW25-0100，尾款",
                                  "尾款已收，新订单下周下", "YW25-0100已付清，本单尾款"])
def test_a_note_naming_no_other_orders_money_keeps_the_halves(tmp_path: Path, note: str) -> None:
    assert _tbilisi(tmp_path, note)[0] == 255
