"""fix57f (rv57a s200): a day beside a note's cancel or reinstatement is read as the word alone,
wherever it stands, but a share of the goods after the cancel word is no day.

Reader 122 took the note's days out as a space (客户 取消, which no cancellation part allows), knew
no 于 (已于3/5取消, 取消于3/5) and read 1/2 straight after 取消 as the 2nd of January: a part
cancelled (取消1/2, 已取消3/5，其余照常出货) dropped PO-R1's 10,000, 91 days, black, while
客户3/5取消 left it owed. A reinstatement in April's tab with a day, a confirmation or the
goods gone beside it (4/2起恢复出货, 客户确认恢复出货, 4/2恢复出货，5/10已出) was read as none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_acct56c_note_cancel_deduction_apart import HEAD, OA, _buyer, _import, _row, _state

BUYER = "Rio Casa Ltda"
LINE = ("PO-R1", BUYER, "2025-02-20", "陶瓷杯", 10_000, OA, "2025-03-01", None, None)
OTHER = _row("PO-O1", "Other Co", "2025-06-01", "陶瓷杯", 1_000, OA, "2025-06-10", 1_000,
             "2025-06-30", None)
OWED, GONE = (10_000, 91, "black"), (0, 0, None)


@pytest.mark.parametrize(("march", "expected"), [
    *((note, GONE) for note in ("客户3/5取消", "客户于3/5取消", "已于3/5取消", "取消于3/5",
                                "客户3月5日取消", "订单于3月5日取消", "3/5客户邮件取消")),
    # a share after the word leaves the rest owed (fix58e: the whole 10,000 read owed before)
    *((note, (owed, 91, "black")) for note, owed in (
        ("取消1/2", 5_000), ("客户取消1/2", 5_000), ("取消1/3", 6_667),
        ("已取消3/5，其余照常出货", 4_000), ("已取消 3-5", 10_000))),
])
def test_a_day_beside_the_cancel_word_is_no_part(tmp_path: Path, march: str, expected):
    """PO-R1 10,000 OA 30, shipped 03-01 (91 days at 06-30), March's row noted `march`."""
    _import(tmp_path, {"3月": [HEAD, _row(*LINE, march)], "6月": [HEAD, OTHER]})
    assert _state(_buyer(tmp_path, BUYER, "2025-06-30")) == expected


@pytest.mark.parametrize("april", [
    "客户4/2恢复出货", "4/2起恢复出货", "于4/2恢复出货", "客户确认恢复出货",
    "恢复出货（客户重新确认）", "取消，4/2又恢复出货", "4/2恢复出货，5/10已出"])
def test_a_reinstatement_with_its_day_or_confirmation_lifts_the_cancel(tmp_path: Path,
                                                                        april: str):
    """March's row noted 已取消, April's the same line noted `april`: the order stands again.
    Hand: 10,000 open, 91 days, black (before: nothing owed)."""
    _import(tmp_path, {"3月": [HEAD, _row(*LINE, "已取消")], "4月": [HEAD, _row(*LINE, april)],
                       "6月": [HEAD, OTHER]})
    assert _state(_buyer(tmp_path, BUYER, "2025-06-30")) == OWED
