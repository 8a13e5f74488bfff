"""fix35e: one wire paying two invoices, booked on each invoice's row and on the bank's list
less the bank's charge; a wire whose reference the ledger gives beside its invoice.

Each test writes the firm's files with openpyxl, imports them by both imports (the app's and
the reference one, tests/test_fast_import._same_import) and checks the customer's (open,
credit). Lima's INV-1 10,000 and INV-2 5,000 USD, shipped 04-05. Each docstring gives the hand
count and what the user saw before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from test_lists_audit29 import HEADER, row
from test_payments_pay33 import _files
from test_payments_pay35a import BANK, NOTE_HEADER, TAB, _money

from core.ledger.report import import_report

LIMA, TOKYO = "Lima Trading", "Tokyo Trading"
NOTED = [*HEADER, "备注"]
LUMP = "the received figures of the customer's invoices"


def _sales(received: bool = True, note: str | None = "TT-5") -> list[list[object]]:
    """Lima's two invoices, each row's 已收金额 filled from the one wire of 04-20 (or none)."""
    return [NOTED, *([*row(no, LIMA, "2025-04-01", amount, "2025-04-05",
                           amount if received else None, "2025-04-20" if received else None),
                      note if received else None]
                     for no, amount in (("INV-1", 10_000), ("INV-2", 5_000)))]


def _lima(tmp_path: Path, bank: float, note: str | None = "TT-5 INV-1/INV-2",
          day: str = "2025-04-20", bank_first: bool = False, sale_note: str | None = "TT-5"
          ) -> tuple[tuple[float, float], str]:
    """The ledger's rows with 已收金额 (each "TT-5"), the bank's list `bank` on `day` under no
    invoice: Lima's (open, credit) and the reports (in Chinese too)."""
    files = [(TAB, {"台账": _sales(note=sale_note)}),
             (BANK, {"收款": [NOTE_HEADER, _money(LIMA, day, bank, "USD", note)]})]
    owed, results = _files(tmp_path, *(files[::-1] if bank_first else files))
    return owed[LIMA], "\n".join([*map(import_report, results), *in_chinese(
        lambda: [import_report(result) for result in results])])


# --- 1. one wire for two invoices, on their rows and on the bank's list -----------------------

@pytest.mark.parametrize("note", ["TT-5 INV-1/INV-2", "TT-5", "FT2604123456"])
@pytest.mark.parametrize("bank_first", [False, True])
def test_one_wire_on_the_invoices_rows_and_the_bank_s_list_less_its_charge_is_one(
        tmp_path: Path, note: str, bank_first: bool):
    """The clerk fills 已收金额 on INV-1 (10,000) and INV-2 (5,000) from the one wire TT-5 of
    04-20; the bank's list has it once, 14,965 (its 35 charge off) under no invoice, "TT-5
    INV-1/INV-2" (or the wire's reference alone, or the bank's own). Hand count: 15,000 sold,
    one wire: nothing open, no credit. Before: the bank's row a second payment, 15,000 shown
    on account (with equal sums it was one wire already)."""
    sale_note = None if note.startswith("FT") else "TT-5"
    owed, report = _lima(tmp_path, 14_965, note, bank_first=bank_first, sale_note=sale_note)
    assert owed == (0, 0), "was (0, 15,000)"
    assert LUMP in report


def test_the_note_names_the_rows_and_the_bank_s_row_in_chinese(tmp_path: Path):
    """The bank's list imported second names its row, then the ledger's two rows and their
    sum against the bank's; the same in Chinese."""
    _owed, report = _lima(tmp_path, 14_965)
    said = "台账 2025-04.xlsx “台账” rows 2, 3: 15,000.00 2025-04-20 → 14,965.00"
    assert f"rows 2 ({said})" in report
    said = "台账 2025-04.xlsx 的“台账”表第 2、3 行：15,000.00 2025-04-20 → 14,965.00"
    assert f"参考号相同（行号 2（{said}））：只计一次，按发票行的分配计入" in report  # win40


def test_one_invoice_s_row_and_the_bank_s_row_less_its_charge_are_one_wire(tmp_path: Path):
    """INV-1's row 已收 10,000 "TT-5" of 04-20, INV-2 unpaid; the bank's list 9,965 "TT-5"
    that day under no invoice. Hand count: one wire, INV-2's 5,000 open. Before: the bank's
    row a second payment, INV-2 shown paid and 4,965 on account."""
    sales = _sales()
    sales[2][7:] = [None, None, None]
    owed, _results = _files(tmp_path, (TAB, {"台账": sales}), (BANK, {"收款": [NOTE_HEADER, _money(
        LIMA, "2025-04-20", 9_965, "USD", "TT-5")]}))
    assert owed[LIMA] == (5_000, 0), "was (0, 4,965)"


@pytest.mark.parametrize("bank,note,day,credit", [
    (14_965, "TT-6", "2025-04-20", 14_965),  # another reference (was 15,000: acct38b)
    (14_965, "TT-5 INV-1/INV-2", "2025-04-28", 14_965),  # another day, beyond the value days
    (14_000, "TT-5 INV-1/INV-2", "2025-04-20", 14_000),  # 1,000 short: beyond any charge
])
def test_two_real_wires_stay_two(tmp_path: Path, bank: float, note: str, day: str,
                                 credit: float):
    """Guards: the bank's row of another reference, of a day a week later, or 1,000 below the
    rows' 15,000: a second wire, both counted (the buyer's money on account, what reached the
    bank: of the same day, once 15,000, the larger wire spent first and its 35 short on the
    invoices taken for a charge while the rows' money of that day was left over, acct38b)."""
    owed, report = _lima(tmp_path, bank, note, day)
    assert owed == (0, credit)
    assert LUMP not in report


def test_the_tab_s_lump_beside_the_bank_s_row_stays_one_wire(tmp_path: Path):
    """The 收款 tab books 15,000 under "INV-1/INV-2" "TT-5", the bank's list 14,965 "TT-5"
    (review35a: once 14,965 on account). Hand count: one wire, 14,965 counted: nothing open
    (the 35 charge within the tolerance), no credit."""
    owed, _results = _files(
        tmp_path, (TAB, {"台账": _sales(received=False), "收款": [NOTE_HEADER, _money(
            LIMA, "2025-04-20", 15_000, "USD", "TT-5", "INV-1/INV-2")]}),
        (BANK, {"收款": [NOTE_HEADER, _money(LIMA, "2025-04-20", 14_965, "USD", "TT-5")]}))
    assert owed[LIMA] == (0, 0)


# --- 2. the ledger gives the invoice and the wire's reference, the bank the reference ---------

@pytest.mark.parametrize("bank", [60_965, 61_000])
def test_the_bank_s_reference_alone_is_the_ledger_s_invoice_and_reference(tmp_path: Path,
                                                                          bank: float):
    """Tokyo's INV-1 61,000; the tab books 61,000 on INV-1 "TT-881" of 04-20, the bank's list
    `bank` "TT-881" under no invoice (its 35 charge off, or none). Hand count: one wire,
    nothing open, no credit. Before fix35a: 60,965 shown on account."""
    sales = [HEADER, row("INV-1", TOKYO, "2025-04-01", 61_000, "2025-04-05")]
    owed, _results = _files(
        tmp_path, (TAB, {"台账": sales, "收款": [NOTE_HEADER, _money(
            TOKYO, "2025-04-20", 61_000, "USD", "TT-881", "INV-1")]}),
        (BANK, {"收款": [NOTE_HEADER, _money(TOKYO, "2025-04-20", bank, "USD", "TT-881")]}))
    assert owed[TOKYO] == (0, 0)
