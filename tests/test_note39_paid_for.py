"""代表X付款 / "paid for X invoice 5" / "on behalf of X for INV-5" read as 代付 (note39).

The books of tests/test_stop36c_paid_for.py: Orbit Tech LLC's 8,800 and 9,100 invoices paid by
Orbit Trading (HK) Ltd, the clerk's note on each of its two slips saying for whom.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_stop36c_paid_for import PAYER, _import


@pytest.mark.parametrize("note", [
    "代表Orbit Tech LLC付款", "代表 Orbit Tech LLC 支付", "代表Orbit Tech LLC支付INV-5",
    "paid for Orbit Tech LLC invoice 5", "paid for Orbit Tech LLC inv. 5",
    "paid for Orbit Tech LLC PI-5", "on behalf of Orbit Tech LLC for INV-5",
    "paid on behalf of Orbit Tech LLC invoice SZ260508"])
def test_the_payment_is_the_named_customers(tmp_path: Path, note: str) -> None:
    """Before: the name read as "表Orbit Tech LLC" or "Orbit Tech LLC invoice 5", no customer
    of the file: the wires stayed the payer's, 17,900 on account, while Orbit Tech owed 17,900,
    118 days past due, black. Now both are Orbit Tech's: nothing open, on no list, the payer
    no customer, the report naming the two rows."""
    result, found = _import(tmp_path, note)
    orbit = found["Orbit Tech LLC"]
    assert (orbit.open_amount, orbit.overdue_amount, orbit.list) == (0.0, 0.0, None)
    assert PAYER not in found
    [said] = [w for w in result.warnings if w.code == "paid_for"]
    assert said.params["count"] == 2


@pytest.mark.parametrize("note", ["paid for invoice 5", "paid for INV-5",
                                  "on behalf of customer", "代表客户付款"])
def test_a_note_naming_only_an_invoice_or_the_customer_moves_nothing(
        tmp_path: Path, note: str) -> None:
    """No customer's name: the wires stay the payer's, as before."""
    result, found = _import(tmp_path, note)
    assert found["Orbit Tech LLC"].open_amount == 17_900.0
    assert found[PAYER].credit_on_account == 17_900.0
    assert "paid_for" not in [w.code for w in result.warnings]
