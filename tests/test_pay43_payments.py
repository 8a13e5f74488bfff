"""pay43: payments read wrongly across tabs and files.

Each test writes Mumbai Mart's files with openpyxl, imports them by both imports (the app's and
the reference one: test_payments_pay33._files) in every file order and checks Mumbai's (open,
credit). Each docstring gives the hand count and what the user saw before.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
import test_pay42_payments as pay42
from account_cli import customers, imported
from ledgers import write_xlsx
from test_pay41_payments import MUMBAI, PAY_HEADER, SALE_HEADER, _orders, _pay, _sale

from core.ledger.noted_orders import wire_references

# --- 1. one workbook, tabs 3月 and 4月: a correction down in the later tab --------------------


@pytest.mark.parametrize("newest_first", [False, True], ids=["3月_4月", "4月_3月"])
@pytest.mark.parametrize("day", ["2025-03-08", None, "2025-04-10"],
                         ids=["dated_before", "undated", "dated_after"])
def test_a_correction_down_in_a_later_tab_stands(tmp_path: Path, day, newest_first):
    """MT-1 sold 16,500 (MT-2 1,000 sold in April, unpaid); the one workbook's 3月 tab says
    10,500 received by 03-10, its 4月 tab the same order's row 6,000 noted 更正, dated 03-08,
    04-10 or not at all, the 4月 tab after or before the 3月 one. Hand count: 6,000 received,
    11,500 open (as across two files). Before: 04-10 read the 6,000 as April's receipt, 16,500
    received (1,000 open); newest tab first, 03-08 or undated, 3月's 10,500 stood (1,000 +
    6,000 open)."""
    march = [SALE_HEADER, _sale("MT-1", 16_500, 10_500, "2025-03-10")]
    april = [SALE_HEADER, _sale("MT-2", 1_000), _sale("MT-1", 16_500, 6_000, day, "更正")]
    tabs = {"4月": april, "3月": march} if newest_first else {"3月": march, "4月": april}
    book = {"台账.xlsx": tabs}
    found = _orders(tmp_path, book, tuple(book))
    assert set(found.values()) == {(11_500, 0)}, found


# --- 2. a 定金+尾款 total and its 定金's row in different files ----------------------------------

@pytest.mark.parametrize(("note", "pays", "owed"), [
    ("定金4500+尾款10500", [("2025-03-10", 4_500, "定金")], (0, 0)),
    ("定金4500+中期5000+尾款5500", [("2025-03-10", 4_500, "定金"), ("2025-04-01", 5_000, "中期")],
     (0, 0)),
    ("定金4500+尾款10500", [("2025-03-10", 4_000, "定金")], (0, 4_000)),  # guard: no part's sum
    ("货款已收", [("2025-03-10", 4_500, "定金")], (0, 4_500)),  # guard: no parts noted
], ids=["deposit", "three_parts", "guard_no_part", "guard_no_note"])
@pytest.mark.parametrize("where", ["sale_tab", "own_file"])
def test_a_total_noted_as_its_parts_beside_a_part_in_another_file(tmp_path: Path, where, note,
                                                                  pays, owed):
    """MT-1 sold 15,000; March's 收款 rows say 定金 4,500 of 03-10 (and 中期 5,000 of 04-01)
    for MT-1; April's book's row says 15,000 received by 04-20, noted 定金4500+尾款10500 (or
    the three parts; its 收款 tab empty, or no tab). Hand count: the rows are parts of the
    row's total: 0 open, nothing on account, in either file order, as one workbook gives
    (pay42). Before: 4,500 (9,500) on account. Guards: a row of no part's sum, or a total
    noted as no parts, is money of its own beside the total, as before."""
    april: dict[str, list[list[object]]] = {
        "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", note)]}
    if where == "sale_tab":
        april["收款"] = [PAY_HEADER]
    files = {"收款 2025-03.xlsx": {"收款": [PAY_HEADER, *(_pay("MT-1", day, got, what)
                                                     for day, got, what in pays)]},
             "台账 2025-04.xlsx": april}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {owed}, found


# --- 3. a total noted as three parts, 中期 alone one of them ---------------------------------

THREE = (("2025-03-10", 4_500, "定金"), ("2025-04-01", 5_000, "中期"),
         ("2025-04-20", 5_500, "尾款"))


@pytest.mark.parametrize("pays", [THREE, THREE[:1], THREE[:2], THREE[1:2]],
                         ids=["all_three", "deposit", "deposit_interim", "interim"])
def test_a_total_noted_as_three_parts_with_an_interim_one(tmp_path: Path, pays):
    """MT-1 sold 15,000; the April book's row says 15,000 received by 04-20, noted
    定金4500+中期5000+尾款5500; its 收款 tab has the rows of all three parts, or of some. Hand
    count: the row's total is those parts: 0 open, nothing on account. Before: 中期 alone was
    no payment's name, the note no list of parts: 9,500 (or 4,500, 5,000) on account."""
    files = {"台账 2025-04.xlsx": {
        "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20",
                                  "定金4500+中期5000+尾款5500")],
        "收款": [PAY_HEADER, *(_pay("MT-1", day, got, what) for day, got, what in pays)]}}
    found = _orders(tmp_path, files, tuple(files))
    assert set(found.values()) == {(0, 0)}, found


# --- 4. a revision re-dating its own 收款 row a week: one payment, its day, in either order --

@pytest.mark.parametrize(("first", "revised"), [("2025-04-14", "2025-04-21"),
                                                ("2025-04-21", "2025-04-14"),
                                                ("2025-04-28", "2025-05-03")],
                         ids=["a_week_later", "a_week_earlier", "over_the_month_end"])
def test_a_revision_re_dating_its_row_a_week_is_the_one_payment(tmp_path: Path, first, revised):
    """K-1 sold 5,000; April's book's 收款 tab has its 5,000 of «first», the book's revision
    (台账 2025-04 修订.xlsx) the same row dated «revised» (the day typed again). Hand count:
    one payment, of the revision's day: nothing open, nothing on account, in either order.
    Before: imported original first, a week later was later money, 5,000 on account; the
    revision first, a week earlier, the same. Over the month's end (04-28 to 05-03), the
    revision imported first: 5,000 on account after pay43 too (fx43b)."""
    ledger = [SALE_HEADER, _sale("K-1", 5_000)]
    files = {"台账 2025-04.xlsx": {"台账": ledger, "收款": [PAY_HEADER, _pay(None, first, 5_000)]},
             "台账 2025-04 修订.xlsx": {"台账": ledger,
                                    "收款": [PAY_HEADER, _pay(None, revised, 5_000)]}}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {(0, 0)}, found
    for n, order in enumerate(permutations(files)):
        db = imported(tmp_path / f"{n}.sqlite", *(write_xlsx(tmp_path / str(n) / name,
                                                             files[name]) for name in order))
        [sale] = customers(db, date(2025, 6, 30))["by_name"][MUMBAI]["receivables"]
        assert (sale["received"], sale["paid_on"]) == (5_000, revised), (order, sale)


# --- 5. a paper's number of a year and a serial written with a slash is a reference ----------

@pytest.mark.parametrize(("march", "april", "owed"), [
    ("INV 2025/017", "INV 2025/017", 15_000), ("INV 2025/017", "INV-2025-017", 15_000),
    ("Mumbai Mart INV 2025/017", "INV 2025/017 货款", 15_000),
    ("INV 2025/017", "INV 2025/018", 10_000),  # guard: two papers, two wires
    ("2025/3货款", "2025/4货款", 10_000)],  # guard: a year's month is no paper's number
    ids=["slash", "slash_and_hyphen", "with_words", "guard_two_papers", "guard_month"])
def test_a_paper_s_number_with_a_slash_and_a_year_is_a_reference(tmp_path: Path, march, april,
                                                                 owed):
    """Mumbai Mart pays K-1 (20,000) 5,000 on 03-31 (the clerk's day, March's list) and 5,000
    on 04-01 (the bank's, April's list), both noted «march» / «april». Hand count: one paper's
    number on both is one wire on its value day, 15,000 open (as INV-2025-017 gives). Before
    (pay42's bare-year rule): INV 2025/017 gave no reference, two instalments: 10,000 open.
    Guards: two papers' numbers, or a month (2025/3), are two payments: 10,000 open."""
    pay42.test_a_year_or_a_share_in_two_notes_ties_no_two_instalments(tmp_path, march, april,
                                                                      owed)


@pytest.mark.parametrize(("note", "keys"), [
    ("INV 2025/017", {"inv2025-17"}), ("PI 2025/017", {"pi2025-17"}), ("2025/3", set()),
    ("2025/12", set()), ("Payment 1/3", set()), ("Pacific B2B Ltd", set()), ("3M Trading", set()),
    ("2025/03/10", set()), ("Y2K Supplies", set())])
def test_the_references_a_slashed_number_gives(note, keys):
    """The wire references a note gives: a year and serial of a paper, not a month or a share,
    nor a buyer's name's word (pay42)."""
    assert wire_references(note) == keys
