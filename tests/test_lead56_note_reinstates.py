"""A line cancelled in one month's 备注 and listed again in a later month's tab noted 恢复出货
(rv56d s145 f1): acct56c read March's 已取消 note as a status column's 已取消, but April's
恢复出货, the word that lifts a cancellation in a status column (normalise.REINSTATED), went
unread in a note: PO-R1's 10,000 was nothing owed. A later listing saying nothing, or a note
saying something else, still leaves it cancelled (normalise.STANDS: most often a copied row).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_acct56c_note_cancel_deduction_apart import HEAD, OA, _buyer, _import, _row, _state

BUYER = "Rio Casa Ltda"


@pytest.mark.parametrize(("april", "expected"), [
    ("恢复出货", (10_000, 91, "black")),
    ("已恢复", (10_000, 91, "black")),
    (None, (0, 0, None)),
    ("客户催货", (0, 0, None)),
])
def test_a_later_tab_s_note_reinstating_the_line_lifts_its_cancel(tmp_path: Path, april,
                                                                  expected):
    """PO-R1 10,000 OA 30, shipped 03-01 (due 03-31: 91 days at 06-30); March's row noted 已取消,
    April's the same line noted `april`; another buyer's sale keeps the book's receipts real."""
    line = ("PO-R1", BUYER, "2025-02-20", "陶瓷杯", 10_000, OA, "2025-03-01", None, None)
    other = _row("PO-O1", "Other Co", "2025-06-01", "陶瓷杯", 1_000, OA, "2025-06-10", 1_000,
                 "2025-06-30", None)
    _import(tmp_path, {"3月": [HEAD, _row(*line, "已取消")], "4月": [HEAD, _row(*line, april)],
                       "6月": [HEAD, other]})
    assert _state(_buyer(tmp_path, BUYER, "2025-06-30")) == expected
