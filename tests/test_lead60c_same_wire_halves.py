"""A 定金 line a day or two before the row's own receipt of the same sum is that one wire at the
bank's value day, not the order's other half (rv60b s311 c1/c1b: fix60c's `_halves` read them
as the two halves, Tbilisi's 6,128 owed 53 days, watch, hidden; reader 180). A deposit line
well before the row's receipt is still its other half (fix60c)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fix59g_rest_on_own_line import _account, _import, _line, _sale
from test_fix60c_deposit_halves import HALF, PAID


@pytest.mark.parametrize(("row_day", "note"), [(date(2025, 9, 11), "定金"),
                                                (date(2025, 9, 12), None),
                                                (date(2025, 9, 15), None)])
def test_a_deposit_line_at_the_rows_value_day_is_the_same_wire(
        tmp_path: Path, row_day: date, note: str | None) -> None:
    # 09-10 a Wednesday: 09-15 (Monday) is three banking days after it
    _import(tmp_path, [_sale(HALF, row_day, note), _line("定金50%", HALF, date(2025, 9, 10))])
    assert _account(tmp_path)[0] == HALF


def test_a_deposit_line_a_week_before_the_row_is_its_other_half(tmp_path: Path) -> None:
    _import(tmp_path, [_sale(HALF, date(2025, 9, 17), "尾款"),
                       _line("定金50%", HALF, date(2025, 9, 10))])
    assert _account(tmp_path) == PAID
