"""pay39 (2): a bank's slip of a wire paying two invoices, filed under one of them
(core.ledger.listed_twice, core.ledger.lump_wires).

Lima's ledger: INV-1 10,000 and INV-2 5,000 USD shipped 04-05, 已收金额 of each filled from the
wire TT-5 of 04-20. The bank's slip of that wire, 14,965 "TT-5" (its 35 charge off), is filed
under INV-1: on the ledger's own 收款 tab, or on the bank's list imported before or after it.
Hand count: 15,000 sold, one wire paying both invoices less a 35 charge: nothing open,
nothing on account. Before: 14,965 on account (the slip weighed against INV-1's 10,000 alone).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_lin38_resent_lines import ORDERS
from test_payments_fix35e import LIMA, _sales
from test_payments_pay33 import _files
from test_payments_pay35a import BANK, NOTE_HEADER, TAB, _money
from test_wire38_listed_twice import _lima, _said

SLIP = _money(LIMA, "2025-04-20", 14_965, "USD", "TT-5", "INV-1")


@pytest.mark.parametrize("order", ORDERS)
def test_a_two_invoice_wire_s_slip_under_one_invoice_is_that_wire(tmp_path: Path, order):
    """The slip on the ledger's 收款 tab (the bank's list of it imported before, after or not
    at all): counted once, as the invoice rows place it; the report names the rows."""
    ledger, bank = _lima(SLIP), (BANK, {"收款": [NOTE_HEADER, SLIP]})
    files = {"alone": [ledger], "bank_first": [bank, ledger],
             "bank_after": [ledger, bank]}[order]
    owed, results = _files(tmp_path, *files)
    assert owed[LIMA] == (0, 0), "was (0, 14,965)"
    assert "15,000.00 2025-04-20 → 14,965.00" in _said(results)


@pytest.mark.parametrize("order", ["bank_first", "bank_after"])
def test_the_bank_s_slip_under_one_invoice_of_two_is_the_ledger_s_wire(tmp_path: Path, order):
    """The ledger's invoice rows alone, the bank's list holding the slip under INV-1, before
    or after it: nothing open, nothing on account (was 14,965 on account)."""
    ledger, bank = (TAB, {"台账": _sales()}), (BANK, {"收款": [NOTE_HEADER, SLIP]})
    owed, results = _files(tmp_path, *({"bank_first": [bank, ledger],
                                        "bank_after": [ledger, bank]}[order]))
    assert owed[LIMA] == (0, 0), "was (0, 14,965)"
    assert "15,000.00 2025-04-20 → 14,965.00" in _said(results)


@pytest.mark.parametrize(("slip", "why"), [
    (_money(LIMA, "2025-04-20", 14_965, "USD", "TT-6", "INV-1"), "another reference"),
    (_money(LIMA, "2025-04-20", 14_000, "USD", "TT-5", "INV-1"), "beyond a charge"),
    (_money(LIMA, "2025-04-20", 14_965, "USD", "TT-5", "INV-9"), "an invoice not among them"),
])
def test_a_slip_under_one_invoice_that_is_not_the_wire_stays_a_payment(tmp_path: Path, slip,
                                                                        why):
    """Another reference, a sum beyond a charge, or an invoice none of the wire's rows is:
    the slip stays a payment, on account. Unchanged."""
    owed, _results = _files(tmp_path, _lima(slip))
    assert owed[LIMA][1] == slip[2], why
