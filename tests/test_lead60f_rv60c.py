"""rv60c's findings on fix60i and fix60d (reader 184).

- A row received in full whose note copies the short row's 扣佣金2000 names no deduction of its
  own: the two rows' sums together (4,000) no longer settle the order's 4,000 shortfall
  (fix60i's `_together` cleared the buyer: 4,000 black → 0; rv60c s329). The short row's own
  2,000 does not settle its 4,000 shortfall either, so the 4,000 stays open and the note is
  named for the clerk, as before fix60i (rv60c's hand takes the 2,000 off: 2,000, black).
- A sample's fee or money paid (样品费已付, 样品钱已付, 样品费收到) beside the balance unpaid is
  not the balance come (0 → 7,000, 72 days, black; rv60c s323 D10, s324), as 样品款已付 (fix60d).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import _balances
from test_fix60i_whole_order_money import _import, _row


def test_a_full_rows_copied_note_is_no_second_deduction(tmp_path: Path) -> None:
    rows = [_row("2025-901", "Two Lines Co", "灯", 5_000, "扣佣金2000"),
            _row("2025-901", "Two Lines Co", "灯罩", 1_000, "扣佣金2000")]
    open_sum, _credits, _report = _import(tmp_path, rows, "Two Lines Co")
    assert open_sum == 4_000


def test_a_samples_fee_paid_is_not_the_balance(tmp_path: Path) -> None:
    owed = (7_000, 72, "black")
    notes = {"样品费已付，尾款未付": owed, "样品钱已付，尾款未付": owed,
             "样品费收到，余款还没到": owed}
    assert _balances(tmp_path, list(notes)) == notes
