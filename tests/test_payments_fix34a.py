"""fix34a: payment rules of pay34/break34b tried with words and files they missed.

Each test writes the firm's files with openpyxl and imports them by both imports (the app's and
the reference one, tests/test_fast_import._same_import via test_payments_pay33._files), then
checks Nairobi's (open, credit). Nairobi: N-1 10,000 and N-2 3,000 sold, OA 30, shipped 03-10.
Each docstring gives the hand count and what the user saw before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_payments_break34b import SAID, SALES
from test_payments_pay33 import _files, _tab

from core.actions.ledger_words import TERMS, terms_words
from core.ledger.payment_kinds import NAMED, kinds
from core.ledger.report import import_report

N2 = _pay(NAIROBI, "2025-04-22", 3_000, "N-2")


def _two_lists(tmp_path: Path, first: list[list[object]], second: list[list[object]]
               ) -> tuple[tuple[float, float], str]:
    """The ledger's tab with the rows `first`, the bank's list with `second`: Nairobi's (open,
    credit) and the second import's report."""
    owed, results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(*first)}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(*second)}))
    return owed[NAIROBI], import_report(results[-1])


# --- 1. balance words: the ledger's deposit and the bank's balance of one day -----------------

@pytest.mark.parametrize("notes", [
    ("定金 N-1", "余额 N-1"), ("50%定金 N-1", "50%余额 N-1"), ("首款 N-1", "二期款 N-1"),
    ("定金 N-1", "剩余货款 N-1"), ("首期款 N-1", "尾数 N-1"), ("N-1 定金", "N-1 进度款"),
    ("N-1 first instalment", "N-1 second instalment"), ("N-1 deposit", "N-1 rest"),
    ("N-1 1st installment", "N-1 remaining")])
def test_a_deposit_and_a_balance_in_other_words_are_two_payments(tmp_path: Path, notes):
    """The ledger's tab books N-1's deposit, 5,000 on 04-20, and N-2's 3,000 on 04-22; the
    bank's list the balance that came the same day, 4,950 ("余额 N-1"). Hand count: 13,000
    sold, 12,950 received: nothing open (N-1 50 short, within the tolerance). Before: 余额,
    二期款, 剩余货款, "second instalment", "rest" said no payment of the order, so the two were
    one wire less its charge: 5,000 dropped, 5,050 open, Nairobi black."""
    owed, report = _two_lists(tmp_path, [_pay(NAIROBI, "2025-04-20", 5_000, notes[0]), N2],
                              [_pay(NAIROBI, "2025-04-20", 4_950, notes[1])])
    assert owed == (0, 0)
    assert SAID not in report


# --- 2. an ordinal that qualifies no payment ---------------------------------------------------

@pytest.mark.parametrize("notes", [("定金 N-1", "N-1 3rd party"),
                                   ("N-1 deposit", "N-1 via 3rd party payer"),
                                   ("定金 N-1", "N-1 value date 2nd"),
                                   ("N-1 定金", "N-1 1st Bank of Nigeria")])
def test_an_ordinal_qualifying_no_payment_says_no_payment(tmp_path: Path, notes):
    """The ledger's tab books N-1's deposit, 5,000 on 04-20; the bank's list the same wire,
    4,950 less its charge, paid by a third party ("N-1 3rd party"). Hand count: 13,000 sold,
    4,950 received: 8,050 open, the pair named. Before: "3rd" read as the third payment, so
    the two were two payments: 9,950 received, 3,000 open."""
    owed, report = _two_lists(tmp_path, [_pay(NAIROBI, "2025-04-20", 5_000, notes[0])],
                              [_pay(NAIROBI, "2025-04-20", 4_950, notes[1])])
    assert owed == (8_050, 0)
    assert SAID in report


# --- 3. a sum glued to its currency is no wire reference -------------------------------------

@pytest.mark.parametrize("notes", [("N-1 USD5000", "N-1 USD4950"), ("N-1 5000USD", "N-1 4950USD"),
                                   ("N-1货款US$5000", "N-1 US$4950"),
                                   ("N-1 RMB35500", "N-1 RMB35150")])
def test_a_sum_written_with_its_currency_is_no_reference(tmp_path: Path, notes):
    """The ledger's tab books 5,000 on 04-20 "N-1 USD5000"; the bank's list the same wire
    less its charge, 4,950 "N-1 USD4950". Hand count: 13,000 sold, 4,950 received: 8,050
    open, named. Before: USD5000 and USD4950 read as two wire references of one kind: two
    payments, 3,000 open."""
    owed, report = _two_lists(tmp_path, [_pay(NAIROBI, "2025-04-20", 5_000, notes[0])],
                              [_pay(NAIROBI, "2025-04-20", 4_950, notes[1])])
    assert owed == (8_050, 0)
    assert SAID in report


# --- 4. equal instalments either side of a month end, each month its own list -----------------

MARCH_TAB = [_pay(NAIROBI, "2025-03-31", 5_000, "N-1")]
APRIL_TAB = [_pay(NAIROBI, "2025-04-01", 5_000, "N-1"), N2]


def test_equal_instalments_in_two_monthly_files_are_two(tmp_path: Path):
    """March's ledger (with the sales) books 5,000 "N-1" on 03-31; April's 5,000 "N-1" on
    04-01 and N-2's 3,000. Each file lists its own month's payments only: nothing says the two
    are one wire but the invoice. Hand count: 13,000 sold, 13,000 received: nothing open.
    Before: taken for one wire on its value day: 5,000 open, Nairobi black."""
    owed, results = _files(
        tmp_path, ("台账 2025-03.xlsx", {"台账": SALES, "收款": _tab(*MARCH_TAB)}),
        ("台账 2025-04.xlsx", {"收款": _tab(*APRIL_TAB)}))
    assert owed[NAIROBI] == (0, 0)
    assert SAID not in import_report(results[-1])


def test_equal_instalments_on_two_monthly_tabs_are_two(tmp_path: Path):
    """As above, one workbook holding the tabs 3月收款 and 4月收款. Before: 5,000 open."""
    owed, _results = _files(tmp_path, ("台账 2025-04.xlsx", {
        "台账": SALES, "3月收款": _tab(*MARCH_TAB), "4月收款": _tab(*APRIL_TAB)}))
    assert owed[NAIROBI] == (0, 0)


def test_a_list_that_covers_both_days_vouches_for_one_wire(tmp_path: Path):
    """Guard: the bank's list covering 03-25..04-05 has 5,000 "N-1" on 04-01 and another
    payment of March; March's ledger 5,000 "N-1" on 03-31. The bank's list would show the 03-31
    payment if it were another: one wire, 8,000 open (N-2's 3,000 and N-1's 5,000)."""
    owed, results = _files(
        tmp_path, ("台账 2025-03.xlsx", {"台账": SALES, "收款": _tab(*MARCH_TAB)}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(_pay("Payer", "2025-03-27", 100, "P-1"),
                                             _pay(NAIROBI, "2025-04-01", 5_000, "N-1"))}))
    assert owed[NAIROBI] == (8_000, 0)
    assert SAID in import_report(results[-1])


# --- 5. the buyer making good the bank's charge ------------------------------------------------

@pytest.mark.parametrize("note", ["N-1 手续费", "补手续费 N-1", "bank charges N-1"])
def test_a_buyers_small_payment_of_the_charge_is_money_in(tmp_path: Path, note):
    """The 收款 tab books 4,955 "N-1" on 04-20 and, on 04-25, +45 "N-1 手续费": the buyer
    making good the charge its bank took. Hand count: 13,000 sold, 5,000 received: 8,000
    open. Before: the 45 read as the bank's charge row and skipped: 8,045 open."""
    owed, _results = _files(tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
        _pay(NAIROBI, "2025-04-20", 4_955, "N-1"), _pay(NAIROBI, "2025-04-25", 45, note))}))
    assert owed[NAIROBI] == (8_000, 0)


# --- 6. one vocabulary of deposit and balance words --------------------------------------------

def test_the_payment_words_a_note_is_read_by_are_the_ones_a_terms_cell_prints():
    """Each deposit or balance word a payment's note says its place by (core.ledger.
    payment_kinds.NAMED) is the one an English list prints a terms cell's by, its English read
    as the same place. Before: two tables, 余额 known to neither, a terms cell "70%余额"
    printed in Chinese on an English list."""
    for word, place, english in NAMED:
        assert TERMS[word] == english
        assert kinds(word) == kinds(english) == {place}, word
    assert terms_words("30%定金，70%余额见提单复印件") == (
        "30% deposit, 70% balance against B/L copy")
