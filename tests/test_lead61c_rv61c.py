"""rv61c's findings on this morning's second merges, narrowed (reader 197, snapshots-51).

- A deduction marked as another of its kind and sum (第一批 / 第二批, 1月 / 2月, 再扣, 另扣,
  代理A / 代理B, 第二次) is another: read as one retyped (fix61f), a buyer who paid both stood
  500 owed, 72 days, black (rv61c s445).
- An earlier debt said paid only in part (上次欠款已付一半，这次付剩下的; 已结一部分; 未付清) is
  still the earlier debt's money: read as cleared, the wire on the new row paid the new invoice
  and the old one stood 84 days, black (rv61c s402 E3, E10; s447).
- A lump on a row that is the oldest invoice's sum less a charge too pays the oldest (fix61a's
  pair left the 10,000 84 days, black: rv61c s442 L1).
- A rest of the lots asked about or supposed (余货客户不要了吗？待确认; 如只发一批需补运费)
  calls nothing off: lot 2's share held (rv61c s448 N3, N5).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix61a_sum_match_mends import _three
from test_fix61e_lots_called_off import HELD, _dubai
from test_fix61f_deduction_retyped import _orders
from test_lead60g_rv60d import NEW, OLD, PAID_OLD, _sale, _seen


def test_deductions_marked_apart_are_two(tmp_path: Path) -> None:
    got, _ = _orders(tmp_path, [("第一批扣佣金500", 6_000, "第二批扣佣金500"),
                                ("扣1月佣金500", 6_000, "扣2月佣金500"),
                                ("扣佣金500", 6_000, "再扣佣金500"),
                                ("扣代理A佣金500", 6_000, "扣代理B佣金500")])
    assert got == [(0, 0, None, 0)] * 4, "one read: 500 owed, black"


def test_one_deduction_retyped_is_still_one(tmp_path: Path) -> None:
    got, _ = _orders(tmp_path, [("扣佣金500", 6_000, "佣金500已扣")])
    assert got == [(500, 72, "black", 0)]


@pytest.mark.parametrize("note", ["上次欠款已付一半，这次付剩下的",
                                  "上次欠款已结一部分，余下本次付清", "上次欠款未付清，这次补"])
def test_an_earlier_debt_paid_in_part_is_still_its_money(tmp_path: Path, note: str) -> None:
    assert _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000, 5975, note),
                 []) == PAID_OLD


def test_a_lump_that_the_oldest_fits_alone_pays_the_oldest(tmp_path: Path) -> None:
    assert _three(tmp_path, [_sale("X-1", OLD, 10000), _sale("X-2", NEW, 6000, 9975),
                             _sale("X-3", NEW, 4000)]) == (10000, 0, None,
                                                           {"X-2": 6000, "X-3": 4000})


@pytest.mark.parametrize("note", ["分批出货，第一批，余货客户不要了吗？待确认",
                                  "分批出货，第一批，如只发一批需补运费"])
def test_a_rest_asked_or_supposed_off_is_still_to_come(tmp_path: Path, note: str) -> None:
    assert _dubai(tmp_path, note) == HELD
