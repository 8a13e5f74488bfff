"""Ordinary bookings the pass's own rules must not disturb (the closing review, rvx1).

F1: a wire's day written as its reference (TT250420, T/T 250420, 250420到账) on an invoice row's
已收 and on the bank's slip of it under that invoice, 35 of charges off: fix39b and pay39 read
such a reference as a date, so the two rows were no longer one wire: 11,965 shown on account.
Two PAYMENT rows so noted stay two wires of the day (test_fix39b_wires).

F2: notes about goods, a reply or a due date (客户未回复对账单, 货未到港, 待收货, "payment due date
was 3/31") were read as money still owed, so a re-dated receipt kept its earlier day.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_lists_audit29 import HEADER, row
from test_payments_pay33 import _files
from test_payments_pay35a import NOTE_HEADER, TAB, _money

from core.ledger.owed_said import still_owed

ZULU = "Zulu Co"


@pytest.mark.parametrize("note", ["TT250420", "T/T 250420", "250420到账", "TT-881"])
def test_an_invoice_row_and_its_slip_noted_with_the_wire_s_day_are_one_wire(tmp_path: Path,
                                                                           note: str):
    """INV-551 12,000 received 04-20 noted `note`; the 收款 tab's slip 11,965 under INV-551,
    the same note. Hand count: one wire less a 35 charge: nothing open, nothing on account.
    Before: 11,965 on account for the day written as the reference (TT-881 was right)."""
    sale = [*row("INV-551", ZULU, "2025-04-01", 12_000, "2025-04-05", 12_000, "2025-04-20"),
            note]
    owed, _ = _files(tmp_path, (TAB, {"台账": [[*HEADER, "备注"], sale], "收款": [
        NOTE_HEADER, _money(ZULU, "2025-04-20", 11_965, "USD", note, "INV-551")]}))
    assert owed[ZULU] == (0, 0), "was (0, 11,965)"


@pytest.mark.parametrize(("note", "owed"), [
    ("余款未收", True), ("待付", True), ("未到账", True), ("尚未结清", True),
    ("balance pending", True), ("payment due", True),
    ("客户未回复对账单", False), ("水单日期更正，货未到港", False), ("待收货", False),
    ("未收到货", False), ("payment due date was 3/31", False), ("未开票", False)])
def test_only_money_still_to_come_is_owed(note: str, owed: bool):
    """A note about goods, a port, a reply or a due date is no money still to come."""
    assert still_owed(note) is owed
