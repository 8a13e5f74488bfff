"""pay39 (1): two real wires of one day are not "one wire listed twice" because their notes
share a date written yymmdd (250420到账), a count (No2, Q2) or another customer's order number
(core.ledger.wire_told, core.ledger.listed_twice).

Lima owes S-1 5,000 and S-2 4,900, shipped in March; the ledger's 收款 tab lists two wires of
2025-04-20 under no invoice, 5,000 and 4,900, both noted alike. Imported by the app's import
and the reference one (test_payments_pay33._files), then Lima's (open, credit). Hand count:
9,900 sold, 9,900 received: nothing open. Before: the 100 between them read as the bank's
charge and the shared 250420 read as a bank's serial (six digits), "No2"/"Q2" or Tokyo's K-7
as the wire's reference: the 5,000 dropped, 4,900 open, "taken as one wire listed twice".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_lists_audit29 import HEADER, row
from test_payments_fix35e import LIMA, TOKYO
from test_payments_pay33 import _files
from test_payments_pay35a import NOTE_HEADER, TAB, _money
from test_wire38_listed_twice import _said

from core.ledger.wire_told import wire_like

SALES = [HEADER, *(row(no, LIMA, "2025-03-01", amount, "2025-03-10")
                   for no, amount in (("S-1", 5_000), ("S-2", 4_900))),
         row("K-7", TOKYO, "2025-03-01", 2_000, "2025-03-10")]


def _two_wires(tmp_path: Path, note: str) -> tuple[tuple[float, float], str]:
    """The ledger's sales and its 收款 tab's 5,000 and 4,900 of 04-20, both noted `note`."""
    owed, results = _files(tmp_path, (TAB, {"台账": SALES, "收款": [
        NOTE_HEADER, _money(LIMA, "2025-04-20", 5_000, "USD", note),
        _money(LIMA, "2025-04-20", 4_900, "USD", note)]}))
    return owed[LIMA], _said(results)


@pytest.mark.parametrize("note", ["250420到账", "250420 收", "No2", "No.2 付款", "Q2", "Q2 货款",
                                  "K-7", "K7 货款"])
def test_two_wires_sharing_a_date_count_or_another_s_order_stay_two(tmp_path: Path, note):
    """Both wires counted: nothing open (was 4,900 open, the 5,000 deleted)."""
    owed, report = _two_wires(tmp_path, note)
    assert owed == (0, 0), "was (4,900, 0): a real wire deleted"
    assert "listed twice" not in report


@pytest.mark.parametrize("note", ["TT-881", "银行流水 123456", "230101", "FT2504123456"])
def test_a_wire_s_reference_or_serial_still_tells_one_wire(tmp_path: Path, note):
    """A wire's reference, a serial of six digits that is no date, or a yymmdd more than a
    year from the row's day (230101 beside 2025-04-20): one wire listed twice, the 4,900 that
    reached the bank kept: S-2's 4,900 open. Unchanged."""
    owed, report = _two_wires(tmp_path, note)
    assert owed == (4_900, 0)
    assert "listed twice" in report


def test_a_yymmdd_is_a_date_only_near_the_row_s_day():
    """250420 beside 2025-04-20 (and within a year of it) is a date; beside 2027-06-01, or an
    impossible date (251340), it is a serial."""
    assert not wire_like("250420", "2025-04-20")
    assert not wire_like("250420", "2026-04-01")
    assert wire_like("250420", "2027-06-01")
    assert wire_like("251340", "2025-04-20")
    assert not wire_like("no2", "2025-04-20")
    assert wire_like("tt5", "2025-04-20")
