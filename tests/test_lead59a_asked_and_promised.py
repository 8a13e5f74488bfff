"""rv59a's findings on the lead's 144 and 145, narrowed (reader 147).

- The rest of a part paid, said not come (尚未补齐, 未付齐, 还没收齐), promised
  (余款说好4/30到, 客户说余款4/30到), falling due (余款4/30到期) or asked (余款4/30到了吗)
  after 到账5000，尚欠2000, is owed: the reader's 144 read all eleven as come (2,000 open,
  72 days, black → 0).
- A deduction asked and answered yes in the next clause (扣款500？客户已同意, 质量扣款500吗？是的,
  客户确认了吗？确认了), or beside a question of another thing (质量扣款500，货代是谁？), is taken:
  the reader's 145 took any ？ as only asked (0 → 500 open, black).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_lead58d_deduction_asked import _open

PART_OWED = (2_000, 72, "black")


def test_the_rest_said_not_come_promised_or_asked_is_owed(tmp_path: Path) -> None:
    ends = ["尚未补齐", "未付齐", "还没收齐", "没有补齐", "余款说好4/30到", "余款最迟4/30到",
            "余款答应4/30到", "余款4/30到了吗", "余款4/30到？", "客户说余款4/30到", "余款4/30到期"]
    notes = [f"到账5000，尚欠2000，{end}" for end in ends]
    assert _balances(tmp_path, notes) == dict.fromkeys(notes, PART_OWED)


def test_the_rest_said_come_is_still_paid(tmp_path: Path) -> None:
    notes = [f"到账5000，尚欠2000，{end}" for end in ("4/30已补齐", "余款4/30已到", "余款4/30到")]
    assert _balances(tmp_path, notes) == dict.fromkeys(notes, PAID)


def test_a_deduction_asked_and_agreed_is_taken(tmp_path: Path) -> None:
    agreed = ["扣款500？客户已同意", "质量扣款500吗？是的", "质量扣款500，客户确认了吗？确认了",
              "质量扣款500，货代是谁？", "质量扣款500，问客户为什么？已解释，同意扣"]
    got = {note: _open(tmp_path / str(n), note) for n, note in enumerate(agreed)}
    assert got == dict.fromkeys(agreed, (0, 0, None))
    unanswered = ["扣款500，对吗", "质量扣款500，客户确认了吗", "质量扣款500吗？还没确认"]
    got = {note: _open(tmp_path / f"u{n}", note)[0] for n, note in enumerate(unanswered)}
    assert got == dict.fromkeys(unanswered, 500)
