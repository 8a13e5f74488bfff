"""Half the money said beside the goods' rest shipped later (尾款到了一半，另一半货下月发; 只收到
一半，剩下的货下月补发) is half the balance: 3,500 owed, 72 days, black (fix59l's rule dropped every
share of a note naming the goods' rest, the money's clause too: 0, rv59e s282; reader 167).
A share of the goods alone (一半已到港，另一半下月出) or of the means (汇了一半美金一半人民币)
still says no part of the money."""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID, _balances

HALF = (3_500, 72, "black")


def test_half_the_money_beside_the_goods_rest_is_half(tmp_path: Path) -> None:
    half = ["尾款到了一半，另一半货下月发", "尾款收到一半，余下的货5月发",
            "只收到一半，剩下的货下月补发", "尾款已付一半，其余下月出货"]
    none = ["一半已到港，另一半下月出", "球阀三分之一已到，余下5月发", "汇了一半美金一半人民币",
            "收到一半是电汇，一半是支票"]
    assert _balances(tmp_path, half + none) == {**dict.fromkeys(half, HALF),
                                                **dict.fromkeys(none, PAID)}
