"""fix62r (rv62i s680, s681): fix62o's and fix62p's readings narrowed, owed money kept owed.

A paid-in-part 7,000 balance row (尾款70%, 04-20, of a 10,000 order due 04-19) whose note says
the buyer paid 2,000 short and the firm only asked about it, waits for approval or refused it
(客户少付2000，同意吗？; 少付2000，待老板批准; 少付2000，客户要求优惠; 说是优惠，我们不认), or
that the buyer pays for goods short once the firm makes them up (还差2000的货，客户说我们补发后
再付), or 老外 (the foreign buyer) gives the money later, or that the rest is paid with the
next lot (客户下批再付尚欠2000) owes 2,000, 72 days, black: main read nothing owed (or the
whole 7,000). A 7,000 deposit cell beside the last batch's 4,000 whose note says this order's
goods money is unpaid (瑜伽垫货款未付, 余下货款未付, 大货款未付) leaves the old debt paid by the
cell: main read the debt still owed, 4,000, 39 days, watch.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fast_import import _same_import
from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62h_debt_said_owed import DEBT_OWED, DEBT_PAID

# a short payment asked about, waited for or refused: not granted
_NOT_GRANTED = ["客户少付2000，同意吗？", "少付2000，待老板批准", "少付2000，客户要求优惠",
                "少付2000，申请减免中", "客户少付2000，说是优惠，我们不认",
                "少付2000，客户想要折扣，老板不同意"]
# the buyer pays, whoever else his clause names; 老外 is the buyer
_BUYER_PAYS = ["还差2000的货，客户说我们补发后再付", "少发2000的货，客户说等我们补齐了再给",
               "少发2000的货，老外说下周给"]
# the rest paid with the next lot is still owed now
_NEXT_LOT_PAYS = ["客户下批再付尚欠2000", "下次付清尚欠货款2000"]
# this order's goods money unpaid beside the last batch's debt
_THIS_ORDERS = ["定金3000，上批欠款4000，瑜伽垫货款未付", "定金3000，上批欠款4000，余下货款未付",
                "定金3000，上批欠款4000，大货款未付"]


@pytest.mark.parametrize("notes", [_NOT_GRANTED, _BUYER_PAYS, _NEXT_LOT_PAYS],
                         ids=["not-granted", "buyer-pays", "next-lot-pays"])
def test_the_rest_not_granted_or_paid_later_is_owed(tmp_path: Path, notes: list[str]) -> None:
    """2,000, 72 days, black (main: paid, the firm or 老外 read as no payer, or 7,000 where
    the rest read as the next lot's set-off)."""
    assert _balances(tmp_path, notes) == dict.fromkeys(notes, _late(2_000))


def test_controls_granted_or_given_by_others_stay_paid(tmp_path: Path) -> None:
    """As main: the firm granted it, a supplier gives the goods, the set-off on the next lot."""
    paid = ["客户少付2000，我们同意了", "少收2000，给客户的优惠", "客户少付2000，算优惠",
            "少付2000，老板批准", "还差2000的货，工厂说下周给", "少发2000的货，客户下批少付2000",
            "还差2000的货，他们下周给"]
    assert _balances(tmp_path, paid) == dict.fromkeys(paid, PAID)


def test_controls_still_owed(tmp_path: Path) -> None:
    """As main: 2,000, 72 days, black."""
    owed = ["客户少付2000，老板还没同意", "还差2000的货，买家下周给",
            "还差2000的货，客户说等工厂发货后再给钱"]
    assert _balances(tmp_path, owed) == dict.fromkeys(owed, _late(2_000))


@pytest.mark.parametrize("note", _THIS_ORDERS)
def test_this_orders_goods_money_unpaid_leaves_the_debt_paid(tmp_path: Path, note: str) -> None:
    """Nothing owed, 3,000 held (main: the old 4,000 owed, 39 days, watch)."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == DEBT_PAID


def test_the_debts_bare_goods_money_unpaid_stays_owed(tmp_path: Path) -> None:
    """Control (as main): 货款 alone is the debt's, the old 4,000 owed."""
    assert _seen(_santos(_book(tmp_path, 7000, "定金3000，上批欠款4000，货款未付"))) == DEBT_OWED


def test_both_imports_read_this_orders_goods_money_alike(tmp_path: Path) -> None:
    """tests.test_fast_import: the fast and the reference import write the same rows (the
    balance rows' ledgers go through both in _balances)."""
    db = _book(tmp_path / "book", 7000, _THIS_ORDERS[0])
    _same_import(tmp_path, [tmp_path / "book" / "2025外贸台账.xlsx"])
    assert _seen(_santos(db)) == _seen(_santos(tmp_path / "fast.sqlite")) == DEBT_PAID
