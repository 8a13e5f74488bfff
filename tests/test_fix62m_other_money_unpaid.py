"""fix62m: fix62h's regressions (rv62e s600, s601, s604).

- A deposit cell of 7,000 noted 定金3000 beside the last batch's 4,000 and a further clause
  saying other money not paid (尾款未付, 余款没付, 尾款出货前付，还没付, 货代费未付, 样品费未付,
  运费我们付不了, 工厂的钱我司还没付) pays the old 4,000: main read the not-paid word as the
  debt's, Santos 4,000 owed, 39 days, watch, 7,000 held, where he owes nothing, 3,000 held.
  The debt said not paid in its own clause or in a clause of no money after it (上批欠款4000，
  未付), or owed by a word of its own (暂欠), keeps the cell whole (controls).
- A 5,975 wire noted 上次欠款早已收到 / 上月已收到 / 之前已收到 pays X-2: main read it the old
  debt's, hiding X-1's 5,000, 84 days, black.
- A wire noted 上次欠款还没付 and something else made up (样品这次补上, 发票这次补上) or only
  promised (客户说会补上, 过几天补上, 回头补上) pays X-2: main read the debt paid, X-1's 5,000,
  84 days, black hidden. 上批欠款4000没付，这次补上 beside a deposit pays the debt now (main:
  4,000 watched).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fast_import import _same_import
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62h_debt_said_owed import DEBT_OWED, DEBT_PAID, OLD_BLACK
from test_lead60g_rv60d import NEW, OLD, PAID_OLD, _sale, _wire
from test_lead60g_rv60d import _seen as _account

# a 7,000 deposit cell's note: the old 4,000 paid by it (DEBT_PAID) or still owed (DEBT_OWED)
OTHER_UNPAID = ("定金3000，上批欠款4000，尾款未付", "定金3000+上批欠款4000，余款没付",
                "定金3000+上批欠款4000，尾款出货前付，还没付",
                "定金3000，上批欠款4000，佣金还没付给代理", "定金3000+上批欠款4000，货代费未付",
                "定金3000，上批欠款4000一起付了，样品费未付",
                "定金3000，上批欠款4000一起付，运费我们付不了",
                "定金3000+上批欠款4000，工厂的钱我司还没付",
                "定金3000，上批欠款4000没付，这次补上")
DEBT_UNPAID = ("定金3000，上批欠款4000，未付", "定金3000，上批欠款4000，还没付",
               "定金3000，上批欠款4000还没付，样品这次补上", "定金3000，上批欠款4000，暂欠",
               "定金3000，上批欠款4000付不了，尾款未付", "定金3000，上批欠款4000没付，客户说会补上",
               "定金3000，上批欠款4000，钱还没付")


@pytest.mark.parametrize("note", OTHER_UNPAID + DEBT_UNPAID)
def test_only_the_debt_said_unpaid_keeps_the_deposit_cell_whole(tmp_path: Path,
                                                                 note: str) -> None:
    """Other money unpaid: Santos owes nothing, 3,000 held (main: 4,000 owed, 39 days,
    watch). The debt unpaid (controls, main too): the old 4,000 owed, 39 days, watch."""
    want = DEBT_PAID if note in OTHER_UNPAID else DEBT_OWED
    assert _seen(_santos(_book(tmp_path, 7000, note))) == want


def test_both_imports_read_other_money_unpaid_alike(tmp_path: Path) -> None:
    """tests.test_fast_import: the fast and the reference import write the same rows, and
    the account owes nothing."""
    db = _book(tmp_path / "book", 7000, "定金3000，上批欠款4000，尾款未付")
    _same_import(tmp_path, [tmp_path / "book" / "2025外贸台账.xlsx"])
    assert _seen(_santos(db)) == _seen(_santos(tmp_path / "fast.sqlite")) == DEBT_PAID


# what a 5,975 wire so noted pays: X-2 (OLD_BLACK), or X-1 first (PAID_OLD)
WIRES = {"上次欠款早已收到": OLD_BLACK, "上次欠款上月已收到": OLD_BLACK,
         "上次欠款之前已收到": OLD_BLACK, "上次欠款上个月就已收到": OLD_BLACK,
         "上次欠款还没付，样品这次补上": OLD_BLACK,
         "上次欠款还没付，发票这次补上": OLD_BLACK, "上次欠款暂欠，合同这次补上": OLD_BLACK,
         "上次欠款还没付，客户说会补上": OLD_BLACK, "上次欠款还没付，过几天补上": OLD_BLACK,
         "上次欠款还没付，回头补上": OLD_BLACK, "上次欠款暂欠，客户答应尽快补上": OLD_BLACK,
         "上次欠款已收到": PAID_OLD, "上次欠款已到账，谢谢": PAID_OLD,
         "上次欠款还没付，这次补上": PAID_OLD, "上次欠款拖欠很久了，这次补上": PAID_OLD}


@pytest.mark.parametrize("note", list(WIRES))
def test_a_debt_come_before_or_only_promised_is_not_this_wire(tmp_path: Path, note: str) -> None:
    """X-1 5,000 (03-01) unpaid, X-2 6,000 (05-25); a 5,975 wire on 06-25: OLD_BLACK pays
    X-2 (X-1 84 days, black; main read the first ten as X-1's, 5,025 open, 0 days), PAID_OLD
    pays X-1 first (controls, with 答应尽快补上)."""
    sales = (_sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000))
    assert _account(tmp_path, *sales, _wire(note)) == WIRES[note]
