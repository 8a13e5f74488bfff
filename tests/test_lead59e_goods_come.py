"""Goods, papers or a port come (货已到齐, 单据已收到, 货已到港) after the balance said not paid
are not the balance come (reader 163): the 7,000 balance read paid, a bad payer off the black
list (fix59l's note: payment_row_money._came and owed_said._came_after took 已到 / 已收 of goods
as the money's). The money come beside them (货已到，尾款已付; 样品已收到，尾款已收) still is."""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances


def test_goods_or_papers_come_are_not_the_balance(tmp_path: Path) -> None:
    owed = ["尾款还没有，货已到齐", "尾款还没有，单据已收到", "尾款未付，货已到港"]
    paid = ["货已到，尾款已付", "样品已收到，尾款已收", "上次尾款还没有，这次一起付清", "尾款已到"]
    assert _balances(tmp_path, owed + paid) == {**dict.fromkeys(owed, OWED),
                                                **dict.fromkeys(paid, PAID)}
