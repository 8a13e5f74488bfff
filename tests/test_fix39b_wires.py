"""fix39b (faults 3, 5, 7 of rv39b): which notes tell one wire listed twice, and which rows a
bank's slip under one invoice is (core.ledger.wire_told, core.ledger.lump_wires).

Lima owes S-1 and S-2, shipped in March; the ledger's 收款 tab lists two rows of 2025-04-20
under no invoice, both noted alike. Imported by the app's import and the reference one
(test_payments_pay33._files), then Lima's (open, credit).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_lists_audit29 import HEADER, row
from test_payments_fix35e import LIMA, NOTED
from test_payments_pay33 import _files
from test_payments_pay35a import BANK, NOTE_HEADER, TAB, _money
from test_wire38_listed_twice import _said

from core.ledger.wire_told import wire_like


def _two_rows(tmp_path: Path, second: float, note: str) -> tuple[tuple[float, float], str]:
    """S-1 5,000 and S-2 `second` sold; the 收款 tab's 5,000 and `second` of 04-20."""
    sales = [HEADER, row("S-1", LIMA, "2025-03-01", 5_000, "2025-03-10"),
             row("S-2", LIMA, "2025-03-01", second, "2025-03-10")]
    owed, results = _files(tmp_path, (TAB, {"台账": sales, "收款": [
        NOTE_HEADER, _money(LIMA, "2025-04-20", 5_000, "USD", note),
        _money(LIMA, "2025-04-20", second, "USD", note)]}))
    return owed[LIMA], _said(results)


@pytest.mark.parametrize("note", ["水单NO8812345", "No8812345", "Q8812345", "TT-8812345"])
def test_a_count_s_letters_before_a_long_number_are_a_slip_s_number(tmp_path: Path, note):
    """ONE wire listed twice: 5,000 typed, 4,985 reached the bank, the slip's number noted on
    both. Hand count: 9,985 sold, 4,985 received: 4,985 open. Before (fault 3): with No, NO or
    Q before the number it was read as a count, both rows counted: 0 open, 4,985 of money that
    never arrived counted. TT-8812345 was right already."""
    owed, report = _two_rows(tmp_path, 4_985, note)
    assert owed == (4_985, 0), "was (0, 0): the 5,000 counted beside the 4,985"
    assert "listed twice" in report


@pytest.mark.parametrize("note", ["TT250420", "T/T 250420", "tt 250420 到账"])
def test_tt_before_the_day_s_yymmdd_is_a_date(tmp_path: Path, note):
    """Two REAL wires, 5,000 and 4,900, noted TT and the day. Hand count: 9,900 sold, 9,900
    received: nothing open. Before (fault 7): 4,900 open, the 5,000 deleted as listed twice."""
    owed, report = _two_rows(tmp_path, 4_900, note)
    assert owed == (0, 0), "was (4,900, 0): a real wire deleted"
    assert "listed twice" not in report


def test_counts_and_dates_are_read_by_their_digits():
    """No2, Q2 are counts; No8812345 a slip's number; TT250420 near 2025-04-20 a date, far
    from it (2028) a reference; TT-881 a reference."""
    assert not wire_like("no2", "2025-04-20") and not wire_like("q12", "2025-04-20")
    assert wire_like("no8812345", "2025-04-20") and wire_like("q8812345", "2025-04-20")
    assert not wire_like("tt250420", "2025-04-20") and not wire_like("t250420", "2025-04-20")
    assert wire_like("tt250420", "2028-01-01") and wire_like("tt881", "2025-04-20")


def _three_invoices() -> list[list[object]]:
    """INV-1 10,000 and INV-2 5,000 received 04-20 by TT-5; INV-3 3,000 that day by TT-9."""
    return [NOTED, *([*row(no, LIMA, "2025-04-01", amount, "2025-04-05", amount,
                           "2025-04-20"), note]
                     for no, amount, note in (("INV-1", 10_000, "TT-5"), ("INV-2", 5_000, "TT-5"),
                                              ("INV-3", 3_000, "TT-9")))]


SLIP = _money(LIMA, "2025-04-20", 14_965, "USD", "TT-5", "INV-1")


@pytest.mark.parametrize("order", ["own_tab", "bank_after", "bank_first"])
def test_a_slip_under_one_invoice_is_only_its_reference_s_rows(tmp_path: Path, order):
    """The slip of TT-5 (14,965, its 35 charge off) filed under INV-1. Hand count: 18,000
    sold, 18,000 received, the slip the same TT-5: nothing open, nothing on account. Before
    (fault 5): as a bank's list after the ledger, 14,965 on account (the day's three rows,
    18,000, weighed against it, TT-9's 3,000 among them)."""
    ledger = (TAB, {"台账": _three_invoices()})
    bank = (BANK, {"收款": [NOTE_HEADER, SLIP]})
    files = {"own_tab": [(TAB, {"台账": _three_invoices(), "收款": [NOTE_HEADER, SLIP]})],
             "bank_after": [ledger, bank], "bank_first": [bank, ledger]}[order]
    owed, results = _files(tmp_path, *files)
    assert owed[LIMA] == (0, 0), "was (0, 14,965)"
    assert "15,000.00 2025-04-20 → 14,965.00" in _said(results)
