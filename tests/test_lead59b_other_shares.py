"""rv59a's findings on the lead's 144 and fix59a's cut amounts, narrowed (reader 150).

- A share of another thing than the goods (押金30%取消, 首付款30%取消, 保证金10%取消, 返点10%取消,
  定金的30%取消, 运费：50%取消) cancels none of the line: read as the goods', 7,000, 9,000 or 5,000
  where 10,000 was owed (rv59a s250 b); in the status cell (定金30%取消) the line read as
  cancelled whole, nothing owed where 10,000 was, black (s250 d); the report says why.
- 原 and a figure that is not the line's amount (原3月底出货, 原2/25交货, 原1000个, 原价10: a
  month, a day, a count, a unit's price) says nothing of the amount cell: the share is cut
  (10,000 stood, or nothing owed, where 5,000 was owed, black; s250 c, s250b).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix57i_cancel_went_ahead import BLACK, _po, _state, _tabs

HALF = (5_000, 91, "black", 0)
OTHER_THINGS = ["押金30%取消", "首付款30%取消", "保证金10%取消", "质保金10%取消", "返点10%取消",
                "定金的30%取消", "定金款30%取消", "运费：50%取消"]


@pytest.mark.parametrize("word", OTHER_THINGS)
def test_a_share_of_another_thing_in_the_note_cancels_none_of_the_goods(
        tmp_path: Path, word: str) -> None:
    _tabs(tmp_path, {"3月": _po(word)})
    assert _state(tmp_path) == BLACK


def test_a_share_of_another_thing_in_the_status_cell_leaves_the_line_standing(
        tmp_path: Path) -> None:
    result = _tabs(tmp_path, {"3月": _po(status="定金30%取消")})
    assert _state(tmp_path) == BLACK
    [said] = [w for w in result.warnings if w.code == "cancelled_other_share"]
    assert "定金30%取消" in str(said.params)


@pytest.mark.parametrize("note", ["原3月底出货，1/2取消", "原2/25交货，延期，1/2取消",
                                  "原1000个，1/2取消", "1/2取消，原价10"])
def test_a_figure_not_the_amount_leaves_the_share_cut(tmp_path: Path, note: str) -> None:
    _tabs(tmp_path, {"3月": _po(note)})
    assert _state(tmp_path) == HALF


def test_the_amount_before_the_cut_still_decides(tmp_path: Path) -> None:
    """原10000 beside 5,000 is cut already (stands); beside 10,000 not yet (cut to 5,000);
    原10000，1/3取消 beside 6,667 is cut already (rounded to a unit)."""
    for n, (note, amount, open_) in enumerate([("原10000，1/2取消", 5_000, 5_000),
                                               ("原10000，1/2取消", 10_000, 5_000),
                                               ("原10000，1/3取消", 6_667, 6_667)]):
        row = _po(note)
        row[6] = amount
        _tabs(tmp_path / str(n), {"3月": row})
        assert _state(tmp_path / str(n))[0] == open_, note
