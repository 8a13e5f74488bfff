"""fix38b: two real wires of one day are not "one wire listed twice" because their notes share
a date, a percentage, a lot's count or the buyer's PO (core.ledger.listed_twice._own).

Lima owes S-1 5,000 and S-2 4,900, shipped in March; the ledger's 收款 tab lists two wires of
2025-04-20 under no invoice, 5,000 and 4,900, both noted alike. The app's import and the
reference one (test_payments_pay33._files) then Lima's (open, credit). Hand count: 9,900 sold,
9,900 received: nothing open. Before (main after wire38): the 100 between them read as the
bank's charge and the shared "4", "20", "30" or "PO4501" as the wire's reference, the 5,000
dropped: 4,900 open and "taken as one wire listed twice" in the report.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_lists_audit29 import HEADER, row
from test_payments_fix35e import LIMA
from test_payments_pay33 import _files
from test_payments_pay35a import NOTE_HEADER, TAB, _money
from test_wire38_listed_twice import _said

SALES = [HEADER, *(row(no, LIMA, "2025-03-01", amount, "2025-03-10")
                   for no, amount in (("S-1", 5_000), ("S-2", 4_900)))]


def _two_wires(tmp_path: Path, first: str, second: str) -> tuple[tuple[float, float], str]:
    """The ledger's sales and its 收款 tab's 5,000 (`first`) and 4,900 (`second`) of 04-20."""
    owed, results = _files(tmp_path, (TAB, {"台账": SALES, "收款": [
        NOTE_HEADER, _money(LIMA, "2025-04-20", 5_000, "USD", first),
        _money(LIMA, "2025-04-20", 4_900, "USD", second)]}))
    return owed[LIMA], _said(results)


@pytest.mark.parametrize(("first", "second"), [
    ("4月20日到账", "4月20日到账"),
    ("2025.4.20收", "2025.4.20收"),
    ("20250420到账", "20250420到账"),
    ("30%定金", "30%定金"),
    ("PO4501", "PO4501"),
    ("PO4501 第一批尾款", "PO4501 第二批尾款"),
    ("第2批", "第2批"),
    ("Lot 2", "Lot 2"),
    ("Lot-2", "Lot-2"),
])
def test_two_wires_whose_notes_share_no_wire_reference_stay_two(tmp_path: Path, first, second):
    """Both wires counted: 9,900 received, nothing open (was 4,900 open, one wire deleted)."""
    owed, report = _two_wires(tmp_path, first, second)
    assert owed == (0, 0), "was (4,900, 0): a real wire deleted"
    assert "listed twice" not in report


@pytest.mark.parametrize(("first", "second"), [
    ("TT-881 第一批", "TT881 第二批"),
    ("TT-881 1st", "TT881 2nd"),
    ("TT-881 定金", "TT881 尾款"),
])
def test_notes_saying_two_payments_are_never_one_wire(tmp_path: Path, first, second):
    """Even under one wire's reference, notes saying the first and the second lot or payment
    (or deposit and balance) are two payments: both counted, nothing open."""
    owed, report = _two_wires(tmp_path, first, second)
    assert owed == (0, 0)
    assert "listed twice" not in report


@pytest.mark.parametrize("note", ["TT-881", "FT2504123456", "银行流水 20250420123456"])
def test_a_wire_s_own_reference_still_tells_one_wire_listed_twice(tmp_path: Path, note):
    """A wire's reference (TT-881) or the bank's serial (6 digits and more) shared, 5,000 and
    4,900 a charge apart: one wire, 4,900 reached the bank with its 100 charge: S-1 paid,
    S-2's 4,900 open. Unchanged."""
    owed, report = _two_wires(tmp_path, note, note)
    assert owed == (4_900, 0)
    assert "listed twice" in report
