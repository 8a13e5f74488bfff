"""fix62p: fix62m's narrowing beside a deposit (rv62g s641).

- A deposit cell of 7,000 noted 定金3000 beside the last batch's 4,000 and 货款未付 / 货款还没付
  (the goods money of no order named: the debt's), or the debt named by a part's name said
  unpaid by that name (上批尾款4000，尾款未付; 上批货款4000，货款未付), keeps the cell whole:
  main read the words as this order's money, Santos owed nothing, 3,000 held, where he owes
  the old 4,000, 39 days, watch, 7,000 held. This order's goods money (本单货款未付) and its
  parts (尾款未付 beside 上批欠款) stay other money (controls).
- 定金3000，上批欠款4000上月已收到 / 早已收到 / 之前已收到 on the cell: the cell's 4,000 is the
  debt's, come whenever it came: main held it whole, 4,000 owed 39 days, watch, where he owes
  nothing, 3,000 held. 上批欠款4000已收到 reads so on main too (control).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fast_import import _same_import
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62h_debt_said_owed import DEBT_OWED, DEBT_PAID

# a 7,000 deposit cell's note: the old 4,000 still owed (DEBT_OWED) or paid by it (DEBT_PAID)
NOTES = {"定金3000，上批欠款4000，货款未付": DEBT_OWED,
         "定金3000，上批欠款4000，货款还没付": DEBT_OWED,
         "定金3000+上批欠款4000，货款没付": DEBT_OWED,
         "定金3000，上批尾款4000，尾款未付": DEBT_OWED,
         "定金3000，上批货款4000，货款未付": DEBT_OWED,
         "定金3000，上批余款4000，余款还没付": DEBT_OWED,
         "定金3000，上批欠款4000上月已收到": DEBT_PAID,
         "定金3000，上批欠款4000早已收到": DEBT_PAID,
         "定金3000，上批欠款4000之前已收到": DEBT_PAID}
CONTROLS = {"定金3000，上批欠款4000，本单货款未付": DEBT_PAID,
            "定金3000，上批欠款4000，这批货款还没付": DEBT_PAID,
            "定金3000，上批欠款4000，尾款未付": DEBT_PAID,
            "定金3000，上批欠款4000，余款未付": DEBT_PAID,
            "定金3000，上批尾款4000，余款未付": DEBT_PAID,
            "定金3000，上批欠款4000，货代费未付": DEBT_PAID,
            "定金3000，上批欠款4000已收到": DEBT_PAID,
            "定金3000，上批欠款4000，钱还没付": DEBT_OWED}


@pytest.mark.parametrize("note", list(NOTES))
def test_the_debts_own_money_unpaid_or_come_before_beside_a_deposit(tmp_path: Path,
                                                                      note: str) -> None:
    """货款 / the debt's own name unpaid: the old 4,000 owed, 39 days, watch (main: nothing
    owed, 3,000 held). The debt's money come last month: nothing owed, 3,000 held (main: 4,000
    owed, 39 days, watch)."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == NOTES[note]


@pytest.mark.parametrize("note", list(CONTROLS))
def test_this_orders_money_unpaid_leaves_the_debt_paid(tmp_path: Path, note: str) -> None:
    """Controls (main too): this order's goods money or parts, or a fee, unpaid; the debt's
    money come; the debt's money (钱) unpaid."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == CONTROLS[note]


def test_both_imports_read_the_debts_goods_money_alike(tmp_path: Path) -> None:
    """tests.test_fast_import: the fast and the reference import write the same rows, and
    the account owes the old 4,000."""
    db = _book(tmp_path / "book", 7000, "定金3000，上批欠款4000，货款未付")
    _same_import(tmp_path, [tmp_path / "book" / "2025外贸台账.xlsx"])
    assert _seen(_santos(db)) == _seen(_santos(tmp_path / "fast.sqlite")) == DEBT_OWED
