"""fix62o (rv62g s640, s643, s644): fix62k's widenings narrowed, good buyers off the black list.

A paid 7,000 balance row (尾款70%, 04-20, of a 10,000 order due 04-19) whose note says goods
are short and a supplier, the warehouse or the firm gives them (还差2000的货，工厂说下周给; 短装
2000，下批补给客户), a short payment the firm agreed to or granted (客户少付2000，我们同意了;
少收2000，给客户的优惠), a shortfall made up (还差货款2000已补; 少付货款2000，5月补了) or goods
short set off on the next lot (少发2000的货，客户下批少付2000) owes nothing: on main each read
2,000 open, 72 days, black. Each ledger goes through both imports (as fix62k's tests).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late

# goods given by a supplier, the warehouse or to the buyer, not money to come
_GOODS_GIVEN = ["还差2000的货，工厂说下周给", "还差2000的货，工厂拖着不给",
                "还差2000的货，供应商下周给", "还差2000的货，下周给客户", "短装2000，下批补给客户",
                "漏发2000的货，下次补给他", "少发2000的货，下批一起给",
                "还差2000的货，仓库说月底给", "少发2000的货，工厂还没给"]
# a short payment agreed to or granted
_AGREED = ["客户少付2000，我们同意了", "少收2000，给客户的优惠", "客户少付2000，老板同意让利",
           "少付2000，我们让利", "少收2000，同意减免", "客户少付2000，算优惠", "少付2000，老板批准"]
# a shortfall said made up
_MADE_UP = ["还差货款2000已补", "还差货款2000已补上", "还差货款2000，已补", "少付货款2000，已补",
            "少付2000已补", "还差2000，已补", "少付货款2000，5月补了"]
# goods short settled as a discount on the next order
_NEXT_LOT = ["少发2000的货，客户下批少付2000", "漏发2000的货，下单少收2000",
             "少发2000的货，这2000下批少付"]


def test_goods_given_by_a_supplier_or_to_the_buyer_is_paid(tmp_path: Path) -> None:
    """Paid: 0 open, no list (main: 2,000, 72 days, black)."""
    assert _balances(tmp_path, _GOODS_GIVEN) == dict.fromkeys(_GOODS_GIVEN, PAID)


def test_a_short_payment_agreed_to_is_paid(tmp_path: Path) -> None:
    """Paid (main: 2,000, 72 days, black)."""
    assert _balances(tmp_path, _AGREED) == dict.fromkeys(_AGREED, PAID)


def test_a_shortfall_made_up_is_paid(tmp_path: Path) -> None:
    """Paid (main: 2,000, 72 days, black; 还差2000，已补 so in every tree)."""
    assert _balances(tmp_path, _MADE_UP) == dict.fromkeys(_MADE_UP, PAID)


def test_goods_short_set_off_on_the_next_lot_is_paid(tmp_path: Path) -> None:
    """Paid (main: 2,000, 72 days, black)."""
    assert _balances(tmp_path, _NEXT_LOT) == dict.fromkeys(_NEXT_LOT, PAID)


def test_controls_still_owe_the_rest(tmp_path: Path) -> None:
    """As main: 2,000, 72 days, black where the buyer pays or gives the money later, the
    shortfall refused or still to be made up, or goods given back and the money named."""
    owed = ["还差2000的货，客户说下周给", "还差2000的货，客户还没给", "还差2000的货，下周付",
            "少发2000的货，客户下周给钱", "客户少付2000，不同意", "客户少付2000，我们没同意",
            "少付2000，老板不同意", "少付货款2000，客户说下周补", "还差货款2000，还没补",
            "少付2000，未补", "少付货款2000，尚未补齐", "客户少付2000", "还差2000",
            "还差2000的货，这2000客户还没付", "少发2000的货，款还没付", "少付2000，下批补上"]
    assert _balances(tmp_path, owed) == dict.fromkeys(owed, _late(2_000))
