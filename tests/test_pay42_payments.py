"""pay42: payment faults the last pass's reviewer proved and no one mended.

Each test writes Mumbai Mart's files with openpyxl, imports them by both imports (the app's and
the reference one: test_payments_pay33._files) in every file order and checks Mumbai's (open,
credit). Each docstring gives the hand count and what the user saw before.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from account_cli import customers, imported
from languages import in_chinese
from test_pay40_paid_for_names import A
from test_pay40_paid_for_names import _orders as _payers_orders
from test_pay40_paid_for_names import _slips as _payers_slips
from test_pay41_payments import PAY_HEADER, SALE_HEADER, Sheets, _orders, _pay, _sale
from test_payments_pay33 import _files

from core.ledger.report import import_report
from core.ledger.revised_files import noted_correction

# --- F6. a running total corrected down, noted 更正 -------------------------------------------


@pytest.mark.parametrize("day", ["2025-03-08", None], ids=["dated_before", "undated"])
@pytest.mark.parametrize("note", ["更正", "金额更正", "corrected"])
def test_a_total_corrected_down_with_a_note_stands(tmp_path: Path, day, note):
    """MT-1 sold 16,500: March's book says 10,500 received by 03-10; April's book writes
    6,000 «note» (更正: the clerk's 10,500 was wrong), dated 03-08 or without a date. Hand
    count: 6,000 received, 10,500 open, in either file order. Before: the earlier state's
    rule kept the higher total, 6,000 open (an undated correction imported first too)."""
    files = {"台账 2025-03.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 16_500, 10_500,
                                                              "2025-03-10")]},
             "台账 2025-04.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 16_500, 6_000, day,
                                                              note)]}}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {(10_500, 0)}, found
    _owed, [_march, april] = _files(tmp_path / "report", *files.items())
    report = import_report(april)  # imported March first: the lowered figure named (fx42c)
    assert ("its note says it is a correction" in report) == (day is not None), report
    assert "the later figure is kept" not in report, report
    chinese = in_chinese(lambda: import_report(april))
    assert ("其备注注明为更正" in chinese) == (day is not None), chinese


@pytest.mark.parametrize("note", ["更正单价", "更正: 地址", "corrected invoice no.", "Revised PI",
                                  "未更正", None])
def test_a_note_correcting_no_received_figure_is_no_correction(tmp_path: Path, note):
    """MT-1 sold 16,500: March's book says 10,500 received by 03-10; April's book writes
    6,000 of 03-08 noted «note»: a correction of another field (单价, 地址, the invoice
    number, the PI), or 未更正 (not corrected), or nothing. Hand count: an earlier state of
    the total, 10,500 received, 6,000 open, as with no note. Before (pay42): any 更正 /
    corrected / revised anywhere in the note made the 6,000 stand: 10,500 open (fx42c)."""
    files = {"台账 2025-03.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 16_500, 10_500,
                                                              "2025-03-10")]},
             "台账 2025-04.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 16_500, 6_000,
                                                              "2025-03-08", note)]}}
    found = _orders(tmp_path, files, tuple(files))
    assert set(found.values()) == {(6_000, 0)}, found


@pytest.mark.parametrize(("note", "says"), [
    ("更正", True), ("金额更正", True), ("实收更正", True), ("更正实收", True), ("收款更正", True),
    ("更正为6000", True), ("corrected", True), ("Corrected amount", True),
    ("amount corrected", True), ("更正单价", False), ("更正: 地址", False), ("未更正", False),
    ("没更正", False), ("不更正", False), ("corrected invoice no.", False), ("Revised PI", False),
    (None, False)])
def test_a_note_of_a_corrected_received_figure(note, says):
    """Which notes say a received figure corrects the one before (fx42c): the word alone or
    beside a word of the money, not negated, not followed by another field's word."""
    assert noted_correction(note) == says


def test_a_later_raise_after_a_correction_is_kept(tmp_path: Path):
    """Guard: March 10,500 by 03-10, April 6,000 更正 (03-08), May 9,000 by 05-10 (a wire of
    3,000 came). Hand count: 9,000 received, 7,500 open, in every order: the correction's
    note does not keep May's raise out, nor does an older file's correction undo it."""
    files = {"台账 2025-03.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 16_500, 10_500,
                                                              "2025-03-10")]},
             "台账 2025-04.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 16_500, 6_000,
                                                              "2025-03-08", "更正")]},
             "台账 2025-05.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 16_500, 9_000,
                                                              "2025-05-10", "更正")]}}
    found = _orders(tmp_path, files, *permutations(files))
    assert {k: v for k, v in found.items() if v != (7_500, 0)} == {}


# --- a buyer's name holding a digit (B2B, 3M, Y2K) is no wire's reference -------------------

def _named(name: str, number: str | None, day: str, got: float, note: str | None
           ) -> list[object]:
    """A 收款 row of `name`'s (dated by its order, 03-01, 金额 0)."""
    return [number, name, date(2025, 3, 1), 0, got, date.fromisoformat(day), note]


@pytest.mark.parametrize("name", ["Pacific B2B Ltd", "3M Trading", "Y2K Supplies"])
@pytest.mark.parametrize("number", [None, "K-1"], ids=["no_number", "numbered"])
def test_a_name_s_word_in_two_notes_ties_no_two_instalments(tmp_path: Path, name, number):
    """«name» bought K-1, 20,000; March's bank list (收款 2025-03.xlsx) has 5,000 of 03-31,
    April's (收款 2025-04.xlsx) 5,000 of 04-01, each noted with the remitter's name, as a
    bank's 摘要 gives it. Hand count: two instalments, 10,000 paid, 10,000 open, in every
    order, as for "Pacific Ltd". Before: B2B / 3M / Y2K were read as a wire's reference both
    notes give, the two taken for one wire on its value day: 15,000 open."""
    sale = [*_sale("K-1", 20_000)]
    sale[1] = name
    files = {"台账.xlsx": {"台账": [SALE_HEADER, sale]},
             "收款 2025-03.xlsx": {"收款": [PAY_HEADER, _named(name, number, "2025-03-31",
                                                               5_000, name)]},
             "收款 2025-04.xlsx": {"收款": [PAY_HEADER, _named(name, number, "2025-04-01",
                                                               5_000, name)]}}
    found = _orders(tmp_path, files, *permutations(files), customer=name)
    assert set(found.values()) == {(10_000, 0)}, found


@pytest.mark.parametrize(("name", "note", "owed"), [
    ("Pacific 88 Ltd", None, 10_000), ("A1 Trading", None, 10_000),
    ("7-Eleven", None, 10_000), ("深圳88贸易", None, 10_000),
    ("A1 Trading", "A1 Trading TT-881", 15_000)],  # guard: the bank's reference, one wire
    ids=["pacific_88", "a1", "7_eleven", "shenzhen_88", "guard_tt_881"])
@pytest.mark.parametrize("number", [None, "K-1"], ids=["no_number", "numbered"])
def test_a_word_of_the_buyer_s_own_name_is_no_wire_reference(tmp_path: Path, name, note, owed,
                                                             number):
    """As above, «name» (a word of it a digit and letters, or digits: 88, A1, 7-Eleven) pays
    5,000 on 03-31 and 5,000 on 04-01 on two monthly bank lists, each noted with its name.
    Hand count: two instalments, 10,000 open. Before (fx42c): the name's word read as a wire's
    reference both notes give, one wire on its value day: 15,000 open. Guard: both noted with
    the bank's TT-881 too are one wire, 15,000 open, as before."""
    sale = [*_sale("K-1", 20_000)]
    sale[1] = name
    files = {"台账.xlsx": {"台账": [SALE_HEADER, sale]},
             "收款 2025-03.xlsx": {"收款": [PAY_HEADER, _named(name, number, "2025-03-31",
                                                               5_000, note or name)]},
             "收款 2025-04.xlsx": {"收款": [PAY_HEADER, _named(name, number, "2025-04-01",
                                                               5_000, note or name)]}}
    found = _orders(tmp_path, files, tuple(files), customer=name)
    assert set(found.values()) == {(owed, 0)}, found


@pytest.mark.parametrize(("march", "april", "owed"), [
    ("2025年3月货款", "2025年4月货款", 10_000), ("Payment 1/3", "Payment 2/3", 10_000),
    ("T/T 2025-0331", "T/T 2025-0401", 10_000),
    ("T/T 2025-0331", "T/T 2025-0331", 15_000)],  # guard: one bank reference, one wire
    ids=["year", "denominator", "shared_prefix", "guard_same_ref"])
def test_a_year_or_a_share_in_two_notes_ties_no_two_instalments(tmp_path: Path, march, april,
                                                                owed):
    """Mumbai Mart pays K-1 (20,000) 5,000 on 03-31 and 5,000 on 04-01 on two monthly bank
    lists, noted «march» and «april». Hand count: two instalments, 10,000 open. Before
    (fx42c): the bare year 2025, the denominator 3 of 1/3 and 2/3, or the "T 2025" both
    T/T references start with were read as one wire's reference: 15,000 open. Guard: one
    reference on both (the bank's T/T 2025-0331) is one wire, 15,000 open."""
    files = {"台账.xlsx": {"台账": [SALE_HEADER, _sale("K-1", 20_000)]},
             "收款 2025-03.xlsx": {"收款": [PAY_HEADER, _named("Mumbai Mart", None, "2025-03-31",
                                                               5_000, march)]},
             "收款 2025-04.xlsx": {"收款": [PAY_HEADER, _named("Mumbai Mart", None, "2025-04-01",
                                                               5_000, april)]}}
    found = _orders(tmp_path, files, tuple(files))
    assert set(found.values()) == {(owed, 0)}, found


@pytest.mark.parametrize("name", ["Pacific B2B Ltd", "3M Trading", "Y2K Supplies"])
def test_a_name_with_a_digit_in_a_paid_for_note_is_that_buyer(tmp_path: Path, name):
    """Guard: «name» and the firm without its digit word (Pacific Ltd, Trading, Supplies) buy
    5,000 and 3,000; Harbor Pay pays 5,000 noted "paid for «name» invoice 12". Hand count:
    «name» paid, the other 3,000 open, nothing on the payer, in either order; and «name»
    paying for another buyer ("paid for Lima Trading Ltd") is that buyer's money."""
    short = " ".join(word for word in name.split() if not any(c.isdigit() for c in word))
    files = [_payers_orders(tmp_path, "订单", ("S-1", name, 5_000), ("S-2", short, 3_000),
                            ("L-1", "Lima Trading Ltd", 4_000)),
             _payers_slips(tmp_path, "Harbor Pay HK Ltd", 5_000, f"paid for {name} invoice 12")]
    for n, order in enumerate(permutations(files)):
        found = customers(imported(tmp_path / f"{n}.sqlite", *order), A)["by_name"]
        assert {firm: (found[firm]["open_amount"], found[firm]["credit_on_account"])
                for firm in (name, short)} == {name: (0, 0), short: (3_000, 0)}, found
        assert "Harbor Pay HK Ltd" not in found
    payer = [_payers_orders(tmp_path, "订单", ("L-1", "Lima Trading Ltd", 4_000)),
             _payers_slips(tmp_path, name, 4_000, "paid for Lima Trading Ltd")]
    found = customers(imported(tmp_path / "payer.sqlite", *payer), A)["by_name"]
    assert (found["Lima Trading Ltd"]["open_amount"], name in found) == (0, False), found


# --- one wire on the clerk's Friday and the bank's Monday, in every path ---------------------

PATHS = ["bank_list", "bank_tab", "revised_file"]
FRI_MON, A_WEEK = ("2025-04-18", "2025-04-21"), ("2025-04-14", "2025-04-21")


@pytest.mark.parametrize(("path", "days", "owed"), [
    *((path, FRI_MON, (15_000, 0)) for path in PATHS),  # Friday and Monday: one wire
    # guard: a week apart, two wires (a revision re-dating its own row is no second list)
    *((path, A_WEEK, (10_000, 0)) for path in PATHS if path != "revised_file")])
def test_a_wire_on_the_clerk_s_friday_and_the_bank_s_monday(tmp_path: Path, path, days, owed):
    """A check, not a fix: K-1 sold 20,000; 5,000 under no order on the clerk's 收款 tab and
    on the bank's list (a file of its own, a tab of the book) or the book's revision re-dating
    its row. The three readings of two near days: payment_lines.bank_read (payments_seen:
    bank_list, bank_tab) and wire_lists.value_day (corrected_payments: revised_file). Hand
    count: Friday 04-18 and Monday 04-21 are one payment, 15,000 open, in every order; two
    wires a week apart (04-14, 04-21) on two lists are two, 10,000 open."""
    clerk, bank = days
    ledger = [SALE_HEADER, _sale("K-1", 20_000)]
    tab = [PAY_HEADER, _pay(None, clerk, 5_000, "Mumbai Mart TT")]
    slip = [PAY_HEADER, _pay(None, bank, 5_000, "Mumbai Mart TT")]
    files: dict[str, Sheets] = {
        "bank_list": {"台账 2025-04.xlsx": {"台账": ledger, "收款": tab},
                      "bank.xlsx": {"收款": slip}},
        "bank_tab": {"台账 2025-04.xlsx": {"台账": ledger, "收款": tab, "银行收款": slip}},
        "revised_file": {"台账 2025-04.xlsx": {"台账": ledger, "收款": tab},
                         "台账 2025-04 修订.xlsx": {"台账": ledger, "收款": slip}}}[path]
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {owed}, found


# --- F5b. a 定金+尾款 total beside its 定金's row alone (fx42c: the row's total stands) ----------

DEPOSIT, BALANCE = ("2025-03-10", 4_500, "定金"), ("2025-04-20", 10_500, "尾款")
TERMS = "T/T 30% deposit 4500, 70% balance 10500"


@pytest.mark.parametrize(("pays", "note", "owed", "named"), [
    ([DEPOSIT], "定金4500+尾款10500", (0, 0), True),  # the 尾款's row not there yet
    ([BALANCE], "定金4500+尾款10500", (0, 0), True),  # the 定金's row not there
    ([DEPOSIT], TERMS, (0, 0), True),  # the terms' words
    ([DEPOSIT, ("2025-04-18", 10_500, "尾款")], "定金4500+尾款10500", (0, 0), False),  # guard
    ([("2025-03-10", 4_000, "定金")], "定金4500+尾款10500", (0, 4_000), False),  # guard
], ids=["deposit_alone", "balance_alone", "terms_note", "guard_both_parts", "guard_no_part"])
def test_a_total_noted_as_its_parts_beside_some_of_their_rows(tmp_path: Path, pays, note,
                                                               owed, named):
    """MT-1 sold 15,000; the April book's row says 15,000 received by 04-20, noted
    定金4500+尾款10500 (or the terms' words); its 收款 tab has only the 定金 4,500 of 03-10 (or
    only the 尾款 10,500) under MT-1. Hand count: the row's 实收 and day are the clerk's word
    the money came, the tab's row a part of it: 0 open, nothing on account; the report names
    the rows. Before (pay42): the total cleared for the rows, 10,500 (or 4,500) open, 82 days,
    black-listed; before that, 4,500 on account. Guards: both parts' rows are the total (0
    open); a row of no part's sum is money of its own beside the total, as before."""
    files = {"台账 2025-04.xlsx": {
        "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", note)],
        "收款": [PAY_HEADER, *(_pay("MT-1", day, got, what) for day, got, what in pays)]}}
    found = _orders(tmp_path, files, tuple(files))
    assert set(found.values()) == {owed}, found
    _owed, [result] = _files(tmp_path / "report", *files.items())
    report = import_report(result)
    assert ("is noted as its payments, and only some of them are on" in report) == named, report
    assert ("the row's total is taken as received" in report) == named, report
    chinese = in_chinese(lambda: import_report(result))
    assert ("按该行合计已收计" in chinese) == named, chinese
