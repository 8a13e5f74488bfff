"""fix35i: a bank's CNY row is another currency's wire only where a wire's reference says so:
a PO number both remittances quote, or one invoice under both rows with no note, says none."""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_corrected_payments_pay32 import NAIROBI
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name
from test_lists_audit29 import HEADER, row
from test_payments_pay35a import BANK, NOTE_HEADER, TAB, _money, _received

PAYER = row("P-1", "Payer", "2025-03-01", 1_000, "2025-03-02", 1_000, "2025-04-30")


def _nairobi(tmp_path: Path, sales: list[list[object]], tab: list[object],
             bank: list[object]):
    """The ledger (its sales and 收款 tab with `tab`), then the bank's list with `bank`:
    Nairobi's account."""
    files = [write_xlsx(tmp_path / "files" / TAB, {"台账": [HEADER, *sales, PAYER],
                                                  "收款": [NOTE_HEADER, tab]}),
             write_xlsx(tmp_path / "files" / BANK, {"收款": [NOTE_HEADER, bank]})]
    results = _same_import(tmp_path, *([f] for f in files))
    assert [r.status for r in results] == ["imported"] * 2
    return by_name(at(tmp_path / "fast.sqlite"))[NAIROBI]


def _rmb_part(tmp_path: Path, tab_note: str, bank_note: str):
    """N-1 5,000 USD and N-2 35,500 CNY (PO 4501's RMB part); 04-20 the tab's 5,000 USD under
    N-1 and the bank's 35,500 CNY under no invoice, with these notes."""
    return _nairobi(tmp_path, [
        row("N-1", NAIROBI, "2025-03-01", 5_000, "2025-03-10"),
        row("N-2", NAIROBI, "2025-03-01", 35_500, "2025-03-10", currency="CNY")],
        _money(NAIROBI, "2025-04-20", 5_000, "USD", tab_note, "N-1"),
        _money(NAIROBI, "2025-04-20", 35_500, "CNY", bank_note))


def test_the_bank_s_cny_row_quoting_the_po_pays_the_rmb_invoice(tmp_path: Path):
    """PO 4501 invoiced as N-1 5,000 USD and N-2 35,500 CNY (its RMB part), shipped 03-10.
    04-20: the tab books 5,000 USD under N-1, "PO4501 USD"; the bank's RMB list 35,500 CNY,
    no invoice, "PO4501". Hand count: both invoices paid, nothing open. Before: the CNY row
    taken for N-1's wire in another currency and dropped: 35,500 CNY (4,930.95 USD) open and
    overdue."""
    nairobi = _rmb_part(tmp_path, "PO4501 USD", "PO4501")
    assert (nairobi.open_amount, nairobi.overdue_amount) == (0, 0)
    assert sorted(_received(tmp_path / "fast.sqlite")) == [(5_000, "USD"), (35_500, "CNY")]


def test_one_invoice_paid_half_in_each_currency_quoting_its_po(tmp_path: Path):
    """N-1 10,000 USD paid 04-20 with 5,000 USD (tab, under N-1, "PO4501 USD") and 35,500
    CNY (bank, no invoice, "PO4501"; 4,930.95 USD). Hand count: 9,930.95 received, N-1 paid
    within the exchange band, nothing overdue. Before: one wire, 5,000 overdue."""
    nairobi = _nairobi(tmp_path, [row("N-1", NAIROBI, "2025-03-01", 10_000, "2025-03-10")],
                       _money(NAIROBI, "2025-04-20", 5_000, "USD", "PO4501 USD", "N-1"),
                       _money(NAIROBI, "2025-04-20", 35_500, "CNY", "PO4501"))
    assert nairobi.overdue_amount == 0


def test_one_invoice_under_both_rows_without_notes_is_two_payments(tmp_path: Path):
    """The same, the bank's 35,500 CNY row under N-1 too, both notes blank: nothing says one
    wire, two payments (pay35a read them as one: 5,000 overdue)."""
    nairobi = _nairobi(tmp_path, [row("N-1", NAIROBI, "2025-03-01", 10_000, "2025-03-10")],
                       _money(NAIROBI, "2025-04-20", 5_000, "USD", None, "N-1"),
                       _money(NAIROBI, "2025-04-20", 35_500, "CNY", None, "N-1"))
    assert nairobi.overdue_amount == 0


def test_a_tt_reference_with_a_cny_sum_of_an_rmb_invoice_pays_that_invoice(tmp_path: Path):
    """N-1 5,000 USD, N-2 35,500 CNY; the tab's 5,000 USD under N-1 "TT-881", the bank's
    35,500 CNY under no invoice "TT-881" too: its sum is N-2's to the unit, so it pays N-2
    (the clerk's reference copied), not N-1's wire again. Hand count: nothing open."""
    nairobi = _rmb_part(tmp_path, "TT-881", "TT-881")
    assert (nairobi.open_amount, nairobi.overdue_amount) == (0, 0)
