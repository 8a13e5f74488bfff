"""A later payment line of the row's sum naming a second deposit (第二笔定金) is a payment of
its own, not a repeat of the row's deposit (the lead's 157 read it so: 6,128 owed where nothing
was, rv59e s286; reader 166). A 定金50% line repeating the row's deposit is still counted once
(tests/test_lead59d_voice_and_repeats.py). 定金（第二期） and 余款（扣定金50%后） are payment rows
too, their brackets qualifying the word (tests/test_fix60c_deposit_halves.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fix59g_rest_on_own_line import _account, _import, _line, _sale


@pytest.mark.parametrize("word", ["第二笔定金", "第2笔定金"])
def test_a_second_deposit_or_the_balance_after_it_is_a_payment(tmp_path: Path,
                                                               word: str) -> None:
    _import(tmp_path, [_sale(6127.5, date(2025, 9, 10)), _line(word, 6127.5,
                                                               date(2025, 11, 20))])
    assert _account(tmp_path) == (0, 0, None, 0)
