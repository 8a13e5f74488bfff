"""fx43k: what a second reviewer (rv43f) proved wrong in pay43's and fx43b's payment rules.

Each test writes Mumbai Mart's files with openpyxl, imports them by both imports (the app's and
the reference one: test_payments_pay33._files) in every file order and checks Mumbai's (open,
credit). Each docstring gives the hand count and what the user saw before.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from pathlib import Path

from test_pay41_payments import PAY_HEADER, SALE_HEADER, _orders, _pay, _sale

PARTS = "定金4500+尾款10500"


# --- F1. a payment after the total's day is no part of it ------------------------------------

def test_a_deposit_paid_after_the_total_s_day_is_money_of_its_own(tmp_path: Path):
    """April's book: MT-1 15,000 received by 04-20, noted 定金4500+尾款10500; May's 收款 list:
    4,500 of 05-15 naming MT-1, noted 定金. Hand count: MT-1 was paid in full on 04-20, May's
    4,500 is money of its own: 0 open, 4,500 on account, in either order. fx43b: the May row
    was taken for the 定金 the total had counted (0 on account; paid on 05-15, 4,500 open as
    of 04-30)."""
    files = {"台账 2025-04.xlsx": {
                 "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", PARTS)]},
             "收款 2025-05.xlsx": {"收款": [PAY_HEADER, _pay("MT-1", "2025-05-15", 4_500, "定金")]}}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {(0, 4_500)}, found


def test_a_later_deposit_pays_the_order_s_other_line(tmp_path: Path):
    """April's book: MT-1's Sofa 15,000 received by 04-20 noted 定金4500+尾款10500, and its Chair
    9,000 (ordered 04-10) unpaid; May's 收款 list: 4,500 of 05-15 naming MT-1, noted 定金.
    Hand count: the Sofa paid, the Chair 9,000 less its 定金 4,500: 4,500 open. fx43b: 9,000
    open (the Chair's 定金 taken for the Sofa's, paid long before)."""
    chair = [*_sale("MT-1", 9_000)[:3], "Chair", *_sale("MT-1", 9_000)[4:]]
    chair[2] = chair[7] = date(2025, 4, 10)
    files = {"台账 2025-04.xlsx": {
                 "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", PARTS), chair]},
             "收款 2025-05.xlsx": {"收款": [PAY_HEADER, _pay("MT-1", "2025-05-15", 4_500, "定金")]}}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {(4_500, 0)}, found


# --- F6. a version mark on a running book's name is no revision of a later month's copy -------

def test_a_running_book_s_v2_copy_does_not_take_a_later_month_s_receipt(tmp_path: Path):
    """A running book: April's copy 客户台账 v2.xlsx (K-1 8,000, its 收款 tab 4,000 of 04-20),
    May's 客户台账.xlsx (the same K-1, its 收款 tab 4,000 of 05-20). Hand count: 8,000 paid,
    nothing open, in either order. fx43b: the v2 read as the plain name's revision, May's
    4,000 taken for April's re-dated: 4,000 open."""
    files = {"客户台账 v2.xlsx": {"台账": [SALE_HEADER, _sale("K-1", 8_000)],
                               "收款": [PAY_HEADER, _pay("K-1", "2025-04-20", 4_000)]},
             "客户台账.xlsx": {"台账": [SALE_HEADER, _sale("K-1", 8_000)],
                            "收款": [PAY_HEADER, _pay("K-1", "2025-05-20", 4_000)]}}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {(0, 0)}, found


# --- F4. a 收款 row with no currency written is in its order's currency ------------------------

def test_a_deposit_with_no_currency_written_is_a_part_of_an_eur_total(tmp_path: Path):
    """March's 收款 list (no 币种 column): 4,500 of 03-10 naming MT-1, noted 定金; April's book:
    MT-1 sold EUR 15,000, 15,000 received by 04-20 noted 定金4500+尾款10500. Hand count: the
    定金 is a part of the total: 0 open, nothing on account, in either order. fx43b: the row
    was read as another currency's, 4,500 on account."""
    sale = _sale("MT-1", 15_000, 15_000, "2025-04-20", PARTS)
    sale[5] = "EUR"
    files = {"收款 2025-03.xlsx": {"收款": [PAY_HEADER, _pay("MT-1", "2025-03-10", 4_500, "定金")]},
             "台账 2025-04.xlsx": {"台账": [SALE_HEADER, sale]}}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {(0, 0)}, found
