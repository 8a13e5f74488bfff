"""fix39a: a note saying money is still to come (owed_said.still_owed) names money, not
any 未 or 待: 未开票 (not invoiced yet) or 待发货 (not shipped yet) beside a total re-sent on a
later day says nothing of whether the money came that day."""

from __future__ import annotations

import pytest

from core.ledger.owed_said import still_owed


@pytest.mark.parametrize("note", ["余款未收", "待付", "尾款未到账", "尚未结清", "未回款",
                                  "pending"])
def test_money_still_to_come(note: str) -> None:
    assert still_owed(note)


@pytest.mark.parametrize("note", ["未开票", "待发货", "未税", "定金"])
def test_other_words_say_no_money_owed(note: str) -> None:
    """Before: every 未 or 待 read as money still owed."""
    assert not still_owed(note)
