"""rv58d's findings on fix58e's and fix58f's first forms, narrowed by the lead (reader 144).

- A share written before the cancel word after another thing than the goods (定金30%取消，改为
  OA 30天; 验货1/2取消; 运费50%取消; 佣金5%取消) is that thing's: the line owed in full (read as
  7,000, 5,000 or 9,500; with 50%定金已收 beside it, nothing owed, a black buyer off the list);
  a line whose amount the clerk already cut (原10000，1/2取消，金额已改) is not cut again.
- A part come, the rest then said come (到账5000，尚欠2000，4/30已补齐; …，余款4/30到) is paid
  (fix58f read 2,000 owed, 72 days, black).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix57i_cancel_went_ahead import BLACK, _po, _state, _tabs

from core.ledger.cancelled_shares import cancelled_share


def test_a_share_of_another_thing_cancels_none_of_the_goods(tmp_path: Path) -> None:
    words = ["定金30%取消，改为OA 30天", "验货1/2取消", "运费50%取消", "佣金5%取消",
             "尾款30%取消", "样品1/2取消"]
    got = {}
    for n, word in enumerate(words):
        _tabs(tmp_path / str(n), {"3月": _po(word)})
        got[word] = _state(tmp_path / str(n))
    assert got == dict.fromkeys(words, BLACK)
    # already cut: none of it cut again, the line standing as written (fix59a: was None, the
    # whole line cancelled)
    assert cancelled_share("原10000，1/2取消，金额已改", "2025-02-20") == 0
    assert cancelled_share("1/2取消", "2025-02-20") == 0.5  # the goods' share still read


def test_a_part_come_then_the_rest_said_come_is_paid(tmp_path: Path) -> None:
    notes = ["到账5000，尚欠2000，4/30已补齐", "到账5000，尚欠2000，余款4/30到",
             "到账5000，尚欠2000，已补齐"]
    assert _balances(tmp_path, notes) == dict.fromkeys(notes, PAID)
