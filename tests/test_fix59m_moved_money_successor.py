"""A cancel note's successor that was itself cancelled takes no wire (fix59m, rv59c s260 g4).

Rio Casa's PO-R1 10,000 OA 30, shipped 03-01; the clerk re-placed it as PO-R1A (已取消，改为
PO-R1A) and later cancelled PO-R1A too. The 收款明细 wire of 10,000 on 05-10 names PO-R1, and
Rio owes PO-R2 6,000, shipped 03-01 (91 days at 06-30).
"""

from __future__ import annotations

from pathlib import Path

from test_fix59f_paid_revival_elsewhere import RIO, _book, _line, _wire


def test_a_cancelled_successor_leaves_the_wire_to_the_old_order(tmp_path: Path) -> None:
    """No live order replaced PO-R1, so the wire says PO-R1 went ahead: revived and paid, and
    PO-R2 stays owed (before: the 10,000 was credit, paying PO-R2 and hiding it, 4,000 left)."""
    states, back = _book(tmp_path, [_line("PO-R1", 10_000, "已取消，改为PO-R1A"),
                                    _line("PO-R1A", 10_000, "已取消"),
                                    _line("PO-R2", 6_000, product="灯罩")],
                         [_wire("PO-R1", 10_000)])
    assert (states[RIO], len(back)) == ((6_000, 91, "black", 0), 1)

