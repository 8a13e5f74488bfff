"""fix56l (rv56e s153): fix56h's roll notes narrowed, on fix55q's planned row (10,000 OA 30
unpaid, ordered 03-01, planned 03-20, no B/L; at 06-30).

A roll that failed said after it (甩柜没甩成) took nothing off, and one dated before the sailing
(3/20开船，3/13被甩柜) is past: both read unsent, nothing due, where 10,000 is 72 days black. A
booking cancelled (客户3/20的船位取消) is no sailing: read as one, 72 days black where nothing is
due.
"""

from __future__ import annotations

from pathlib import Path

from test_fix55q_last_narrowing import _planned

BLACK = (10000, 72, "black")
NONE = (0, 0, None)


def test_a_failed_or_earlier_roll_took_nothing_off(tmp_path: Path) -> None:
    """3/20已发，甩柜没甩成, 3/20已发，甩柜失败 and 3/20开船，3/13被甩柜: before nothing due; now
    10,000 72 days black. 3/20开船，3/25被甩柜 (the roll after) still ships nothing."""
    found = _planned(tmp_path, ["3/20已发，甩柜没甩成", "3/20已发，甩柜失败",
                                "3/20开船，3/13被甩柜", "3/20开船，3/25被甩柜"])
    assert found == [BLACK] * 3 + [NONE], found


def test_a_cancelled_booking_is_no_sailing(tmp_path: Path) -> None:
    """被甩柜，客户3/20的船位取消 and 被甩柜，3/20的船取消了: before 10,000 72 days black; now
    nothing due."""
    found = _planned(tmp_path, ["被甩柜，客户3/20的船位取消", "被甩柜，3/20的船取消了"])
    assert found == [NONE] * 2, found
