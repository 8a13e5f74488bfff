"""pay35b: one payment listed in two of a firm's files, the faults left by pay34/break34b.

Each test writes the firm's files with openpyxl, imports them by both imports (the app's and
the reference one, tests/test_fast_import._same_import) and checks the customer's (open,
credit). Nairobi: N-1 10,000 and N-2 3,000 sold (13,000). Each docstring gives the hand count
and what the user saw before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_break34a_refunds import TYPED, _rio
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_fix34b_returns import PAID
from test_fix34d_words import RIO_PAID
from test_lists_audit29 import HEADER, PAYER, row
from test_payments_break34b import SAID, SALES, _two_lists
from test_payments_pay33 import _files, _tab

from core.ledger.bank_charges import charge
from core.ledger.typed_rows import is_refund

BIG = "Big Buyer"
BIG_SALES = [HEADER, row("INV-3", BIG, "2025-03-01", 150_000, "2025-03-10"), PAYER]


def _big(tmp_path: Path, first: list[object], second: list[object]
         ) -> tuple[tuple[float, float], str]:
    """The ledger's 收款 tab with `first`, the bank's list with `second`: Big Buyer's."""
    return _two_lists(tmp_path, first, second, BIG_SALES, BIG)


# --- 1. a big wire's difference within 2 % is no bank charge ----------------------------------

@pytest.mark.parametrize("sums", [(61_000, 60_000), (60_000, 61_000)])
def test_a_thousand_apart_on_a_big_wire_is_no_bank_charge(tmp_path: Path, sums):
    """The ledger's tab books 61,000 on INV-3 of 04-20, the bank's list 60,000 on INV-3 the
    same day (or the other way). Hand count: a bank takes tens, not a thousand, off a wire:
    two payments, 121,000 received of 150,000 sold: 29,000 open. Before: 1,000 is within
    2 % of 61,000, read as one wire less its charge: 60,000 counted, 90,000 open."""
    owed, report = _big(tmp_path, _pay(BIG, "2025-04-20", sums[0], "INV-3"),
                        _pay(BIG, "2025-04-20", sums[1], "INV-3"))
    assert owed == (29_000, 0)
    assert SAID not in report
    assert charge(61_000, 1.0) < 1_000


def test_a_big_wire_less_its_bank_charge_stays_one(tmp_path: Path):
    """Guard: 60,000 in the ledger, 59,955 on the bank's list (a 45 charge): one wire,
    59,955 counted, 90,045 open, named."""
    owed, report = _big(tmp_path, _pay(BIG, "2025-04-20", 60_000, "INV-3"),
                        _pay(BIG, "2025-04-20", 59_955, "INV-3"))
    assert owed == (90_045, 0)
    assert SAID in report


# --- 2. the bank's reference beside the invoice ---------------------------------------------

@pytest.mark.parametrize("notes", [("INV-3", "FT2604123456"), ("FT2604123456", "INV-3")])
@pytest.mark.parametrize(("sums", "open_"), [((60_000, 59_955), 90_045),
                                             ((59_955, 60_000), 90_045),
                                             ((60_000, 60_000), 90_000)])
def test_a_bank_reference_beside_the_invoice_is_one_wire(tmp_path: Path, notes, sums, open_):
    """The ledger's tab books 60,000 of 04-20 "INV-3"; the bank's list 59,955 of 04-20 (its
    45 charge off) giving only its own reference "FT2604123456" (or the other way round).
    Hand count: one wire, 59,955 counted, 90,045 open. Before: the notes shared no reference
    and the bank's row stood under no invoice: two payments, 30,045 open. Guard: of one sum,
    one wire as before (90,000 open)."""
    owed, _report = _big(tmp_path, _pay(BIG, "2025-04-20", sums[0], notes[0]),
                         _pay(BIG, "2025-04-20", sums[1], notes[1]))
    assert owed == (open_, 0)


def test_a_bank_reference_beside_another_invoice_is_two_wires(tmp_path: Path):
    """Guard: the bank's row 59,955 "FT2604123456" of 04-20, the ledger's 60,000 "INV-3" and
    a buyer with a second invoice, INV-4, the bank's row naming "INV-4" beside its reference:
    two payments, 30,045 open of 150,000 and INV-4's 30,000 (60,045)."""
    sales = [*BIG_SALES[:2], row("INV-4", BIG, "2025-03-02", 30_000, "2025-03-10"), PAYER]
    owed, _results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": sales, "收款": _tab(
            _pay(BIG, "2025-04-20", 60_000, "INV-3"))}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(
            _pay(BIG, "2025-04-20", 59_955, "FT2604123456 INV-4"))}))
    assert owed[BIG] == (60_045, 0)


# --- 3. a cumulative ledger re-sent with a payment re-labelled --------------------------------

@pytest.mark.parametrize("name", ["台账 2025-04(1).xlsx", "台账 2025-04 - 副本.xlsx",
                                  "台账 2025-04 修订.xlsx"])
def test_a_re_sent_ledger_s_deposit_re_labelled_the_balance_is_one_payment(tmp_path: Path,
                                                                           name):
    """April's ledger books 5,000 of 04-20 "定金 N-1", its only payment; the same ledger sent
    again as a copy (台账 2025-04(1).xlsx) or revised, the row now "余款 N-1" (the clerk's
    label corrected). Hand count: one payment, 8,000 open. Before: the 收款 tab listed no
    payment of April's again (its one payment re-labelled), so it was taken for another
    list: two lines, 3,000 open. Under May's name the files tell nothing from May's tab
    started anew with the balance of that day entered late: two payments, as key34 counts
    (tests/test_payment_keys_key34.py)."""
    owed, _results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-04-20", 5_000, "定金 N-1"))}),
        (name, {"台账": SALES, "收款": _tab(_pay(NAIROBI, "2025-04-20", 5_000, "余款 N-1"))}))
    assert owed[NAIROBI] == (8_000, 0)


# --- 4. a refund taken from our bank account, said in English ---------------------------------

@pytest.mark.parametrize("note", ["refund deducted from our bank account",
                                  "refund deducted from our account"])
def test_an_english_refund_debited_from_our_account_is_money_out(tmp_path: Path, note):
    """As fix34d's Chinese notes: R-1 paid in full, a 退货 credit note of 2,000 on 03-20, and
    on the 收款 tab −2,000 of 03-25 "refund deducted from our bank account". Hand count:
    nothing open, no credit. Before: read as a refund set off, money in: 4,000 credit."""
    ledger = [TYPED, *PAID, [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", None]]
    refund = _tab(_pay("Rio Rugs", "2025-03-25", -2_000, note))
    assert _rio(tmp_path, {"台账": ledger, "收款": refund})[1] == RIO_PAID
    assert is_refund(note)
    assert not is_refund("payment 10000, refund deducted")


# --- 5. a re-sent ledger's payment a day later, one sum: a correction only where vouched ------

@pytest.mark.parametrize("notes", [("N-1", "N-1"), (None, None)])
def test_equal_instalments_of_a_re_sent_ledger_s_month_end_are_two(tmp_path: Path, notes):
    """March's ledger books N-1's first instalment, 5,000 on 03-31; April's, its sales re-sent
    and its 收款 tab started anew, the second, 5,000 on 04-01. Hand count: 10,000 received,
    3,000 open. Before, both noting N-1: April's payment stood at March's place, one sum a
    day later under one invoice, read as the bank's value day (unvouched) and so as March's
    payment re-dated: 5,000 dropped, 8,000 open. Unnoted, both were counted already."""
    owed, _results = _files(
        tmp_path, ("台账 2025-03.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-03-31", 5_000, notes[0]))}),
        ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-04-01", 5_000, notes[1]))}))
    assert owed[NAIROBI] == (3_000, 0)
