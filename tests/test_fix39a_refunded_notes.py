"""fix39a F4: a cancelled order's note saying the money went back to the buyer is read so
whatever words stand between (已全额退还客户), and one saying it is only owed back
(定金应退回客户) is not.

Roma Casa SRL: R-1 8,000 of 01-05 (OA 30 days) owed; R-2 cancelled with its 15,000 deposit.
Money still the buyer's: R-1 paid from it, 7,000 credit, no list. Money gone back: R-1 8,000
open 131 days past due at 06-30, black.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix39a_deposit_refunds import GONE, KEPT, _roma, _with_note


@pytest.mark.parametrize("note", ["客户取消，已全额退还客户", "客户取消，已原路退还客户",
                                  "客户取消，已电汇退还客户", "客户取消，已于3月1日退还客户",
                                  "客户取消，全额退还客户"])
def test_a_deposit_paid_back_to_the_buyer(tmp_path: Path, note: str) -> None:
    """已全额退还客户 (paid back in full to the buyer), 已原路退还客户, 已电汇退还客户,
    已于3月1日退还客户, 全额退还客户: the deposit went back. Before: 7,000 credit, no list.
    Now: R-1 8,000 open, black."""
    assert _roma(tmp_path, _with_note(note)) == GONE


@pytest.mark.parametrize("note", ["客户取消，定金应退回客户", "客户取消，定金要求退回客户"])
def test_a_deposit_owed_back_is_still_the_buyers(tmp_path: Path, note: str) -> None:
    """定金应退回客户 (should be returned), 定金要求退回客户 (asked back): not sent yet.
    Before: 8,000 open, black. Now: 7,000 credit, no list."""
    assert _roma(tmp_path, _with_note(note)) == KEPT
