"""A deduction only asked (客户说要扣款500？, 质量扣款500吗) is not taken: the 500 short stays the
buyer's debt (rv58d s247b: a 合并付款 wire 500 short read the question as agreed, 0 open where
500 is, black at 87 days). A note saying it (质量扣款500) still settles it."""

from __future__ import annotations

from pathlib import Path

from test_acct56c_note_cancel_deduction_apart import OA, _buyer, _import, _row, _state
from test_fix57h_deduction_money_placed import DOHA, HEAD, TBILISI


def _open(tmp_path: Path, note: str) -> tuple[int, int, str | None]:
    _import(tmp_path, {"1月": [
        HEAD, _row("YW25-0034", TBILISI, "2025-01-21", "毛绒玩具", 4445, OA, "2025-02-24", 3945,
                   "2025-05-30", note),
        _row("YW25-0390", DOHA, "2025-11-02", "雨伞", 3000, OA, "2025-11-20", 3000,
             "2025-12-31", None)]})
    return _state(_buyer(tmp_path, TBILISI, "2025-12-31"))


def test_a_deduction_only_asked_is_not_taken(tmp_path: Path) -> None:
    asked = ["客户说要扣款500？", "质量扣款500？", "客户要扣款500吗"]
    got = {note: _open(tmp_path / str(n), note) for n, note in enumerate(asked)}
    assert all(state[0] == 500 for state in got.values()), got
    assert _open(tmp_path / "said", "质量扣款500") == (0, 0, None)
