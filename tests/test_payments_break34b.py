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
from test_payments_pay33 import _files, _tab

from core.ledger.report import import_report

SALES = ORDERS[:-1]
SAID = "another list has too"


def _two_lists(tmp_path: Path, first: list[object], second: list[object]
               ) -> tuple[tuple[float, float], str]:
    """The ledger's 收款 tab with `first`, the bank's list with `second`: Nairobi's (open,
    credit) and the second import's report."""
    owed, results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(first)}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(second)}))
    return owed[NAIROBI], import_report(results[-1])


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
                                   ("N-1 ＴＴ－８８１", "N-1 TT-881")])
def test_one_wire_whose_list_gives_fewer_references_stays_one(tmp_path: Path, notes):
    """Guard: one list giving the wire's reference and the invoice, the other fewer of them
    (or the same in full-width or spaced): one wire, 5,000 of 04-20 and 04-22: 8,000 open."""
    owed, report = _two_lists(tmp_path, _pay(NAIROBI, "2025-04-20", 5_000, notes[0]),
                              _pay(NAIROBI, "2025-04-22", 5_000, notes[1]))
    assert owed == (8_000, 0)
    assert SAID in report
