"""fx43b: what a reviewer (rv43b) proved wrong in pay43's payment rules.

Each test writes Mumbai Mart's files with openpyxl, imports them by both imports (the app's and
the reference one: test_payments_pay33._files) in every file order and checks Mumbai's (open,
credit). Each docstring gives the hand count and what the user saw with pay43.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from test_pay41_payments import MUMBAI, PAY_HEADER, SALE_HEADER, _orders, _pay, _sale

from core.ledger.payment_kinds import noted_parts

PARTS = "定金4500+尾款10500"
MONTHLY_HEADER = [*SALE_HEADER[:8], "本月收款", *SALE_HEADER[9:]]  # a month's money, per tab


# --- F1. a book's own 收款 tab lists both parts, the bank's list the 尾款 again ---------------

@pytest.mark.parametrize("march", [True, False], ids=["with_march", "april_only"])
def test_a_bank_list_re_listing_a_part_the_book_lists_with_its_total(tmp_path: Path, march):
    """MT-1 sold 15,000 (March's book: 4,500 by 03-10, noted 定金); April's book says 15,000
    by 04-20 noted 定金4500+尾款10500, its own 收款 tab the 定金 of 03-10 and the 尾款 of 04-20;
    the bank's 收款 2025-04.xlsx lists the 尾款 again. Hand count: 15,000 paid, 0 open,
    nothing on account, in every order. pay43: the bank's list imported before April's book
    left 10,500 on account (its part row, written over by the book, kept the bank's figure,
    and the analysis let the total stand beside it)."""
    files = {"台账 2025-04.xlsx": {
        "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", PARTS)],
        "收款": [PAY_HEADER, _pay("MT-1", "2025-03-10", 4_500, "定金"),
               _pay("MT-1", "2025-04-20", 10_500, "尾款")]},
        "收款 2025-04.xlsx": {"收款": [PAY_HEADER, _pay("MT-1", "2025-04-20", 10_500, "尾款")]}}
    if march:
        files["台账 2025-03.xlsx"] = {
            "台账": [SALE_HEADER, _sale("MT-1", 15_000, 4_500, "2025-03-10", "定金")]}
    orders = [order for order in permutations(files)
              if march or order[0] == "台账 2025-04.xlsx"]
    found = _orders(tmp_path, files, *orders)
    assert set(found.values()) == {(0, 0)}, found


# --- F2. a workbook whose received column is headed 本月收款 -------------------------------

@pytest.mark.parametrize("note", ["更正", "收款日期更正", "金额更正"])
def test_a_correction_under_a_monthly_header_is_the_month_s_money(tmp_path: Path, note):
    """One workbook headed 本月收款 (each tab's figure that month's money): 3月 MT-1 16,500,
    10,500 of 03-10; 4月 MT-2 1,000 unpaid and MT-1 6,000 of 04-10 noted «note». Hand count:
    16,500 received, 1,000 open (MT-2). pay43: a noted correction was the total received,
    11,500 open."""
    book = {"台账.xlsx": {
        "3月": [MONTHLY_HEADER, _sale("MT-1", 16_500, 10_500, "2025-03-10")],
        "4月": [MONTHLY_HEADER, _sale("MT-2", 1_000),
               _sale("MT-1", 16_500, 6_000, "2025-04-10", note)]}}
    found = _orders(tmp_path, book, tuple(book))
    assert set(found.values()) == {(1_000, 0)}, found


@pytest.mark.parametrize("note", ["收款日期更正", "金额更正"])
def test_a_date_or_amount_corrected_is_no_corrected_total(tmp_path: Path, note):
    """No header saying months (实收金额): 3月 MT-1 10,500 of 03-10, 5,000 of 03-12 for MT-3;
    4月 MT-1 6,000 of 04-10 noted «note» and MT-3 3,000 of 04-12 (a month's, by its rows).
    Hand count: 16,500 and 8,000 received, 2,000 open. pay43: the note made MT-1's 6,000 the
    total received (10,500 more open) and voted the file's figures totals."""
    book = {"台账.xlsx": {
        "3月": [SALE_HEADER, _sale("MT-1", 16_500, 10_500, "2025-03-10"),
               _sale("MT-3", 10_000, 5_000, "2025-03-12")],
        "4月": [SALE_HEADER, _sale("MT-1", 16_500, 6_000, "2025-04-10", note),
               _sale("MT-3", 10_000, 3_000, "2025-04-12")]}}
    found = _orders(tmp_path, book, tuple(book))
    assert set(found.values()) == {(2_000, 0)}, found


# --- F3. one row's 更正 decides its own row only ---------------------------------------------

def test_one_row_s_correction_does_not_say_what_the_file_s_figures_are(tmp_path: Path):
    """3月: MT-1 16,500 (10,500 of 03-10), MT-3 10,000 (5,000 of 03-12), MT-4 20,000 (5,000 of
    03-15); 4月: MT-1 6,000 of 04-10 noted 更正, MT-3 3,000 of 04-12 (smaller: a month's),
    MT-4 5,000 of 04-15. Hand count: the file's figures are months' money (MT-3 8,000, MT-4
    10,000), MT-1's corrected total 6,000: 10,500 + 2,000 + 10,000 = 22,500 open. pay43: the
    更正 row voted TOTAL, the file's reading was left open, MT-4's 5,000 read as its total:
    27,500 open."""
    book = {"台账.xlsx": {
        "3月": [SALE_HEADER, _sale("MT-1", 16_500, 10_500, "2025-03-10"),
               _sale("MT-3", 10_000, 5_000, "2025-03-12"),
               _sale("MT-4", 20_000, 5_000, "2025-03-15")],
        "4月": [SALE_HEADER, _sale("MT-1", 16_500, 6_000, "2025-04-10", "更正"),
               _sale("MT-3", 10_000, 3_000, "2025-04-12"),
               _sale("MT-4", 20_000, 5_000, "2025-04-15")]}}
    found = _orders(tmp_path, book, tuple(book))
    assert set(found.values()) == {(22_500, 0)}, found


# --- F4. 中期 followed by a count is goods, not a payment -----------------------------------

@pytest.mark.parametrize("note", [f"{PARTS}，中期2批已出货", f"{PARTS}，中期3000件已发"])
def test_an_interim_shipment_s_count_is_no_part(tmp_path: Path, note):
    """MT-1 sold 15,000: the April book's row says 15,000 received by 04-20, noted «note»; its
    收款 tab has the 定金 4,500 of 03-10. Hand count: the 定金 is a part of the total: 0 open,
    nothing on account (as without the 中期 words). pay43: 中期2 / 中期3000 read as a third
    part, the parts summed to no total: 4,500 on account."""
    files = {"台账 2025-04.xlsx": {
        "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", note)],
        "收款": [PAY_HEADER, _pay("MT-1", "2025-03-10", 4_500, "定金")]}}
    found = _orders(tmp_path, files, tuple(files))
    assert set(found.values()) == {(0, 0)}, found


@pytest.mark.parametrize(("note", "every", "firm"), [
    ("定金4500+中期2批已出货", (4_500, 2), ()),
    (f"{PARTS}，中期2批已出货", (4_500, 10_500, 2), (4_500, 10_500)),
    ("定金4500+中期5000+尾款5500", (4_500, 5_000, 5_500), (4_500, 5_500)),
    ("定金4500+中期款5000+尾款5500", (4_500, 5_000, 5_500), (4_500, 5_000, 5_500)),
    ("定金4500+中期付款5000+尾款5500", (4_500, 5_000, 5_500), (4_500, 5_000, 5_500)),
    ("定金4500+中期USD5000+尾款5500", (4_500, 5_000, 5_500), (4_500, 5_000, 5_500))])
def test_the_parts_a_note_names_without_a_bare_interim(note, every, firm):
    """A bare 中期 and a number is a part only in the reading with it, taken where the parts
    then sum to the total (core.ledger.noted_totals); with a money word or a currency it is
    one in both readings."""
    assert (noted_parts(note), noted_parts(note, bare=False)) == (every, firm)


# --- F5. a revision moving its 收款 row over a month's end: test_pay43_payments.py's
# test_a_revision_re_dating_its_row_a_week_is_the_one_payment[over_the_month_end]


# --- F6. a part row in another currency is no part -----------------------------------------

def test_a_deposit_in_another_currency_is_no_part_of_the_total(tmp_path: Path):
    """March's 收款 list: MT-1's 定金 EUR 4,500 of 03-10; April's book: MT-1 sold USD 15,000,
    15,000 received by 04-20 noted 定金4500+尾款10500. Hand count: the EUR 4,500 is no USD
    4,500: money of its own, 4,860 (at the table's 1.08) on account, in either order. pay43:
    4,860 or 360 by the order of import."""
    files = {"收款 2025-03.xlsx": {"收款": [
                 [*PAY_HEADER[:4], "币种", *PAY_HEADER[4:]],
                 ["MT-1", MUMBAI, date(2025, 3, 1), 0, "EUR", 4_500, date(2025, 3, 10), "定金"]]},
             "台账 2025-04.xlsx": {
                 "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", PARTS)]}}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {(0, 4_860)}, found


# --- F7. the parts split between another file and the book's own 收款 tab -------------------

def test_parts_split_between_another_file_and_the_book_s_own_tab(tmp_path: Path):
    """March's 收款 list: MT-1's 定金 4,500 of 03-10; April's book: MT-1 15,000 received by
    04-20 noted 定金4500+中期5000+尾款5500, its own 收款 tab the 中期 5,000 of 04-01. Hand
    count: both rows are parts of the total: 0 open, nothing on account, either order.
    pay43: 4,500 on account (the book's import took its 中期 off the total; the analysis
    asked the total whole)."""
    files = {"收款 2025-03.xlsx": {"收款": [PAY_HEADER, _pay("MT-1", "2025-03-10", 4_500, "定金")]},
             "台账 2025-04.xlsx": {
                 "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20",
                                           "定金4500+中期5000+尾款5500")],
                 "收款": [PAY_HEADER, _pay("MT-1", "2025-04-01", 5_000, "中期")]}}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {(0, 0)}, found
