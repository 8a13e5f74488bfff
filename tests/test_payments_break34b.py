"""break34b: pay34's one wire read twice, tried as a Chinese export firm's clerk writes.

Each test writes the firm's files with openpyxl, imports them by both imports (the app's and
the reference one) and checks Nairobi's (open, credit). Nairobi: N-1 10,000 and N-2 3,000
sold (13,000). Each docstring gives the hand count and what the user saw before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_corrected_payments_paydup31 import ORDERS
from test_lists_audit28 import d
from test_lists_audit29 import HEADER, row
from test_payments_pay33 import _files, _tab

from core.ledger.report import import_report

SALES = ORDERS[:-1]
SAID = "another list has too"


def _two_lists(tmp_path: Path, first: list[object], second: list[object],
               sales: list[list[object]] = SALES, customer: str = NAIROBI
               ) -> tuple[tuple[float, float], str]:
    """The ledger's 收款 tab with `first`, the bank's list with `second`: Nairobi's (or
    `customer`'s) (open, credit) and the second import's report."""
    owed, results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": sales, "收款": _tab(first)}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(second)}))
    return owed[customer], import_report(results[-1])


# --- 1. a deposit and a balance the same day under one invoice -------------------------------

@pytest.mark.parametrize("notes", [("定金 N-1", "余款 N-1"), ("N-1 订金", "N-1尾款"),
                                   ("deposit N-1", "balance N-1"),
                                   ("第一笔 N-1", "第二笔 N-1"),
                                   ("N-1 1st payment", "N-1 2nd payment")])
def test_a_deposit_and_a_balance_of_one_day_are_two_payments(tmp_path: Path, notes):
    """The ledger's tab books N-1's deposit, 5,000 on 04-20 ("定金 N-1"); the bank's list
    the balance that came the same day, 4,950 ("余款 N-1"). Hand count: 13,000 sold, 9,950
    received: N-1 paid (50 short, within the tolerance), N-2's 3,000 open. Before: one
    reference (N-1), 50 apart, taken for one wire less its charge: the 5,000 dropped, 8,050
    open, a buyer who paid shown owing."""
    owed, report = _two_lists(tmp_path, _pay(NAIROBI, "2025-04-20", 5_000, notes[0]),
                              _pay(NAIROBI, "2025-04-20", 4_950, notes[1]))
    assert owed == (3_000, 0)
    assert SAID not in report


@pytest.mark.parametrize("notes", [("定金 N-1", "N-1 定金"), ("N-1 余款", "N-1"),
                                   ("TT-881 deposit", "TT881 定金")])
def test_one_deposit_in_two_lists_less_its_charge_stays_one_wire(tmp_path: Path, notes):
    """Guard: notes saying the same kind of payment (or one saying none) are one wire: 5,000
    and 4,950 of 04-20, 4,950 counted, 8,050 open, named."""
    owed, report = _two_lists(tmp_path, _pay(NAIROBI, "2025-04-20", 5_000, notes[0]),
                              _pay(NAIROBI, "2025-04-20", 4_950, notes[1]))
    assert owed == (8_050, 0)
    assert SAID in report


# --- 2. two numbered wires of one sum on one invoice, each list its own reference ------------

@pytest.mark.parametrize("days", [("2025-04-20", "2025-04-22"), ("2025-04-20", "2025-04-20")])
def test_two_wires_of_one_sum_on_one_invoice_with_their_own_references_are_two(tmp_path: Path,
                                                                                days):
    """The ledger's tab books 5,000 on 04-20 "N-1 TT-881"; the bank's list 5,000 (or 4,950 the
    same day) "N-1 TT-882": two wires, each its own bank reference. Hand count: 13,000 sold,
    10,000 (9,950, within the tolerance) received: N-2's 3,000 open. Before: N-1 shared, taken
    for one wire on its value day (or less its charge): 8,000 (8,050) open."""
    second = 5_000 if days[0] != days[1] else 4_950
    owed, report = _two_lists(tmp_path, _pay(NAIROBI, days[0], 5_000, "N-1 TT-881"),
                              _pay(NAIROBI, days[1], second, "N-1 TT-882"))
    assert owed == (3_000, 0)
    assert SAID not in report


@pytest.mark.parametrize("notes", [("N-1 TT-881", "TT881"), ("N-1 TT-881", "N-1"),
                                   ("N-1 TT-881", "货款 N-1 TT 881"),
                                   ("N-1 ＴＴ－８８１", "N-1 TT-881"),
                                   ("ＴＴ－８８１ 货款", "TT 881"), ("TT 881", "tt881")])
def test_one_wire_whose_list_gives_fewer_references_stays_one(tmp_path: Path, notes):
    """One list giving the wire's reference and the invoice, the other fewer of them (or the
    same in full-width, typed so by a Chinese input method, or spaced): one wire, 5,000 of
    04-20 and 04-22: 8,000 open. Before, the last two: "TT 881" gave no reference TT881 (only
    881), so the notes shared none: two payments, 3,000 open."""
    owed, report = _two_lists(tmp_path, _pay(NAIROBI, "2025-04-20", 5_000, notes[0]),
                              _pay(NAIROBI, "2025-04-22", 5_000, notes[1]))
    assert owed == (8_000, 0)
    assert SAID in report


@pytest.mark.parametrize("notes", [("N-1 TT 881", "N-1 TT-882"), ("N-1 TT 881", "N-1 TT 882")])
def test_wires_whose_references_are_typed_spaced_are_two(tmp_path: Path, notes):
    """As above, the ledger's clerk typing the reference with a space (TT 881): two wires,
    3,000 open. Before: "TT 881" read as no TT reference, N-1 shared: one wire, 8,000 open."""
    owed, report = _two_lists(tmp_path, _pay(NAIROBI, "2025-04-20", 5_000, notes[0]),
                              _pay(NAIROBI, "2025-04-21", 5_000, notes[1]))
    assert owed == (3_000, 0)
    assert SAID not in report


# --- a wire in USD in one list, a payment in CNY in the other ---------------------------------

MONEY_HEADER = ["客户", "收款日期", "收款金额", "币种", "备注"]


def test_a_usd_wire_is_not_a_cny_payment_of_the_same_figure(tmp_path: Path):
    """The ledger's tab books TT-881, 5,000 USD on 04-20; the bank's CNY list has 5,000 CNY
    under TT-881 on 04-21 (the RMB part the buyer sent to settle N-2, its reference
    copied). Hand count: 13,000 USD sold, 5,000 USD and 5,000 CNY (694.50 USD at the default
    rate) received: 7,305.50 open. Before: one sum within three days under one reference,
    taken for one wire on its value day: the 5,000 USD dropped, 12,305.50 open."""
    owed, results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": [
            MONEY_HEADER, [NAIROBI, d("2025-04-20"), 5_000, "USD", "TT-881"]]}),
        ("银行水单 2025-04.xlsx", {"收款": [
            MONEY_HEADER, [NAIROBI, d("2025-04-21"), 5_000, "CNY", "TT-881"]]}))
    assert owed[NAIROBI] == (7_305.5, 0)
    assert SAID not in import_report(results[-1])


# --- a big wire: the 2% tolerance and a second payment ----------------------------------------

BIG = [HEADER, row("N-1", NAIROBI, "2025-03-01", 61_000, "2025-03-10"),
       row("N-2", NAIROBI, "2025-03-02", 3_000, "2025-03-10")]


@pytest.mark.parametrize("lists", [
    ([(60_000, "N-1 TT-881"), (1_000, "N-1 TT-882")], [(59_965, "TT881"), (1_000, "TT882")]),
    ([(60_000, "N-1"), (1_000, "N-1")], [(59_965, "N-1"), (1_000, "N-1")]),
    ([(61_000, "N-1")], [(59_965, "N-1"), (1_000, "N-1")])])
def test_a_second_payment_beside_a_big_wire_less_its_charge_stays_counted(tmp_path: Path,
                                                                          lists):
    """Guard: N-1 61,000 paid by a wire of 60,000 (the bank's list 59,965, 35 of charges off)
    and a second payment of 1,000 the same day; the ledger's tab lists both (or their sum,
    61,000). 2% of 60,000 is 1,200, but the 1,000 is no row's charge: 60,965 received, N-1
    paid within the tolerance, N-2's 3,000 open."""
    owed, _results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": BIG, "收款": _tab(
            *(_pay(NAIROBI, "2025-04-20", sum_, note) for sum_, note in lists[0]))}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(
            *(_pay(NAIROBI, "2025-04-20", sum_, note) for sum_, note in lists[1]))}))
    assert owed[NAIROBI] == (3_000, 0)


# --- a bank's list with its charge as a row of its own -----------------------------------------

@pytest.mark.parametrize("charge", [(-15, "TT-881 手续费"), (15, "已扣银行手续费"),
                                    (-25, "bank charges TT881"), (25, "less bank charges")])
def test_a_bank_charge_row_of_the_banks_list_is_no_money_received(tmp_path: Path, charge):
    """The ledger's tab books TT-881, 5,000 on 04-20; the bank's list has the wire, 5,000, and
    below it the bank's charge on its own row (-15 "TT-881 手续费"). Hand count: 13,000 sold,
    5,000 from the buyer: 8,000 open. Before: the charge row read as money in (a payments
    sheet reads a figure as money whatever its sign): 5,015 received, 7,985 open. Now the row
    is skipped and named. A positive row is the charge only where it says it was taken off
    (已扣, less): a positive 手续费 alone is the buyer making it good (fix34a)."""
    owed, report = _two_lists(tmp_path, _pay(NAIROBI, "2025-04-20", 5_000, "TT-881"),
                              _pay(NAIROBI, "2025-04-20", 5_000, "TT-881"))
    assert owed == (8_000, 0)
    owed, results = _files(
        tmp_path / "charge", ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-04-20", 5_000, "TT-881"))}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(_pay(NAIROBI, "2025-04-20", 5_000, "TT-881"),
                                            _pay(NAIROBI, "2025-04-20", *charge))}))
    assert owed[NAIROBI] == (8_000, 0)
    assert "row 3: a bank's charge" in import_report(results[-1]), import_report(results[-1])


@pytest.mark.parametrize(("wire", "paid"), [((4_985, "TT-881 手续费15"), 5_000),
                                            ((4_985, "扣手续费"), 4_985), ((80, "样品费"), 80)])
def test_a_wire_whose_note_speaks_of_its_charge_stays_money(tmp_path: Path, wire, paid):
    """Guard: a wire's row noting its charge (4,985 "TT-881 手续费15", "扣手续费"), or a small
    payment of a fee the buyer owed (80 样品费, a sample fee), is money received: 13,000 sold,
    that much received, and a charge the note writes (15) as paid by the buyer too: the bank
    kept it (acct52g, core.ledger.charged_receipts)."""
    owed, _results = _files(tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
        _pay(NAIROBI, "2025-04-20", *wire))}))
    assert owed[NAIROBI] == (13_000 - paid, 0)
