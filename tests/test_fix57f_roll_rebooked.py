"""fix57f (rv57a s204): a sailing named after a roll is the one the goods took, whatever vessel
was booked before it; a booking cancelled tells of sailings as a roll does; a roll only meant
(本来要甩柜，没甩成) took nothing off. On fix55q's planned row (10,000 OA 30 unpaid, ordered
03-01, planned 03-20, no B/L; at 06-30).

Reader 118 read a roll dated before any sailing the note named as past: 订了3/20的船，3/18被甩柜，
3/27开船 shipped 03-20 (72 days) where the goods sailed 03-27 (65 days); a note with no roll word,
3/27开船，之前3/20的船位取消, and 3/20的船取消（甩柜），3/27已开 read as nothing shipped.
"""

from __future__ import annotations

from pathlib import Path

from test_fix55q_last_narrowing import _planned

SAILED_27, SAILED_20 = (10000, 65, "black"), (10000, 72, "black")


def test_the_sailing_after_a_roll_or_a_cancelled_booking_is_the_goods(tmp_path: Path) -> None:
    """Before: 72 days (the booked 03-20) or nothing due; now 10,000 65 days black."""
    notes = ["订了3/20的船，3/18被甩柜，3/27开船", "原定3/20开船，3/18被甩柜，改3/27开船",
             "3/20开船，3/25被甩柜，3/27开船", "3/20船，3/18甩柜，3/27走",
             "3/27开船，之前3/20的船位取消", "3/20的船取消（甩柜），3/27已开"]
    assert _planned(tmp_path, notes) == [SAILED_27] * len(notes)


def test_a_roll_only_meant_took_nothing_off(tmp_path: Path) -> None:
    """3/20已发，本来要甩柜，没甩成: before nothing due; now 10,000 72 days black."""
    assert _planned(tmp_path, ["3/20已发，本来要甩柜，没甩成"]) == [SAILED_20]
