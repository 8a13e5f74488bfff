"""rv60e's findings on the late mends, narrowed (reader 189).

- An order's price, paper or a word holding 前 or 上 (定金，按之前单价; 定金加上单证费; 定金，提前
  单独发货; 目前单价已调) is no earlier order: read so, a deposit paid on its new order's row
  paid the buyer's late invoice instead, hiding it (10,000 open, 84 days, black → 0 days, no
  list: rv60e K1, K3, K7), and a wire's note so worded stopped its match by sum (U3–U5).
- An earlier debt said cleared beside this order's money (上次欠款已清，本单货款; 本单货款，上次欠款
  已付; 上批货款已付，本批货款) is no earlier debt's money: the match by sum stands, the late
  invoice flagged (rv60e U8–U10).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_lead60g_rv60d import NEW, OLD, _sale, _seen, _wire


@pytest.mark.parametrize("note", ["定金，按之前单价", "定金加上单证费", "定金，提前单独发货"])
def test_a_deposit_noted_with_a_price_or_paper_stays_its_orders(tmp_path: Path,
                                                                note: str) -> None:
    old, new = _sale("X-1", OLD, 3000), _sale("X-2", date(2025, 6, 20), 10000, 3000, note)
    assert _seen(tmp_path, old, new, []) == (10000, 84, "black", {"X-1": 3000, "X-2": 7000})


@pytest.mark.parametrize("note", ["货款加上单证费", "货款按之前单价结算", "上次欠款已清，本单货款",
                                  "本单货款，上次欠款已付", "上批货款已付，本批货款"])
def test_a_wire_noted_so_still_pays_the_invoice_it_fits(tmp_path: Path, note: str) -> None:
    assert _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                 _wire(note)) == (5000, 84, "black", {"X-1": 5000})
