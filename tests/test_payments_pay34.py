"""pay34: one wire read twice across a firm's files, and payment references read loosely.

Each test writes the firm's files with openpyxl, imports them by both imports (the app's and
the reference one) and checks the customer's open figure (and the report's naming). Each
docstring gives the hand count and what the user saw before.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_break32 import _owed
from test_break33d import APRIL, _imported
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_corrected_payments_paydup31 import NUMBERED_HEADER, ORDERS
from test_fast_import import _same_import
from test_late33 import PAYMENTS, _analysed_alike, _cairo, _rounds
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row
from test_payments_pay33 import _files, _tab

from core.ledger.noted_orders import noted_order, reference
from core.ledger.report import import_report

SALES = ORDERS[:-1]  # Nairobi's N-1 10,000 and N-2 3,000, shipped 03-10


# --- 1. one wire, the bank's charge taken off in the other list --------------------------------

LEDGER = ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
    _pay(NAIROBI, "2025-04-20", 5_000, "TT-881 货款"))})
BANK = ("银行水单 2025-04.xlsx", {"收款": _tab(_pay(NAIROBI, "2025-04-20", 4_985, "TT881"))})
READ_OTHERWISE = ("1 payment is a wire another list has too, the bank's charge taken off or on "
                  "the bank's value day, under the same reference, row 2 ({}): counted once, "
                  "the sum that reached the bank on its value day.")


@pytest.mark.parametrize("order", ["ledger_first", "bank_first"])
def test_a_wire_the_bank_listed_less_its_charge_counts_once(tmp_path: Path, order):
    """The ledger's 收款 tab books Nairobi's wire TT-881 of 04-20 as 5,000; the bank's list
    of slips has it as 4,985 (15 of charges taken off; its reference written TT881). Hand
    count: 13,000 sold, 4,985 reached the bank: 8,015 open. Before: two payments, 9,985
    received, 3,000 open (the 15 left within the tolerance), nothing said. In either import
    order, named with both rows."""
    files = (LEDGER, BANK) if order == "ledger_first" else (BANK, LEDGER)
    owed, results = _files(tmp_path, *files)
    assert owed[NAIROBI] == (8_015, 0)
    other, this = ((LEDGER[0], "5,000.00 2025-04-20 → 4,985.00 2025-04-20") if order ==
                   "ledger_first" else (BANK[0], "4,985.00 2025-04-20 → 5,000.00 2025-04-20"))
    assert READ_OTHERWISE.format(f"{other} “收款” row 2: {this}") in import_report(results[-1])


def test_the_ledger_re_sent_next_month_keeps_the_wire_once(tmp_path: Path):
    """April's ledger (5,000, TT-881), the bank's list (4,985), then May's ledger re-sending
    April's whole with the 5,000 again and a sale of May's: still one wire, 4,985 received,
    8,015 open."""
    may = ("台账 2025-05.xlsx", {**LEDGER[1], "台账": ORDERS})
    owed, results = _files(tmp_path, LEDGER, BANK, may)
    assert owed[NAIROBI] == (8_015, 0)
    assert "another list has too" in import_report(results[-1])


def test_a_wire_on_one_invoice_less_its_charge_on_two_tabs_counts_once(tmp_path: Path):
    """One workbook: its 收款 tab books 5,000 on N-1 of 04-20, its 银行 tab (the bank's slips
    pasted in) 4,985 on N-1 that day, no note. Hand count: 13,000 sold, 4,985 received: 8,015
    open. Before: 9,985 received, 3,000 open."""
    on = _pay(NAIROBI, "2025-04-20", 0)[1]
    owed, results = _files(tmp_path, ("台账 2025-04.xlsx", {
        "台账": SALES, "收款": [NUMBERED_HEADER, ["N-1", NAIROBI, on, 5_000]],
        "银行": [NUMBERED_HEADER, ["N-1", NAIROBI, on, 4_985]]}))
    assert owed[NAIROBI] == (8_015, 0)
    assert READ_OTHERWISE.format(
        "台账 2025-04.xlsx “收款” row 2: 5,000.00 2025-04-20 → 4,985.00 2025-04-20") in \
        import_report(results[-1])


@pytest.mark.parametrize("notes", [("TT-881", "TT-882"), (None, None), ("TT-881", None)])
def test_two_payments_of_other_references_or_none_stay_two(tmp_path: Path, notes):
    """Guards: 5,000 and 4,985 of 04-20 in the two lists under other references (TT-881,
    TT-882), or without a reference to say they are one wire: two payments, 9,985 received,
    3,000 open as before (N-1 paid within the tolerance, N-2 open)."""
    owed, results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-04-20", 5_000, notes[0]))}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(_pay(NAIROBI, "2025-04-20", 4_985, notes[1]))}))
    assert owed[NAIROBI] == (3_000, 0)
    assert "another list has too" not in import_report(results[-1])


def test_a_second_payment_beyond_a_bank_charge_stays_counted(tmp_path: Path):
    """Guard: 5,000 and 3,000 of 04-20 under one reference (the invoice's balance, paid in two
    wires the same day): not a charge apart, both counted: 8,000 received, 5,000 open."""
    owed, _results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-04-20", 5_000, "N-1"))}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(_pay(NAIROBI, "2025-04-20", 3_000, "N-1"))}))
    assert owed[NAIROBI] == (5_000, 0)


# --- 4. one wire on either side of a month end ------------------------------------------------

MARCH = ("台账 2025-03.xlsx", {"台账": SALES, "收款": _tab(
    _pay(NAIROBI, "2025-03-31", 5_000, "TT-881"))})


@pytest.mark.parametrize("order", ["in_order", "april_first"])
def test_a_wire_re_sent_on_its_value_day_after_the_month_end_counts_once(tmp_path: Path,
                                                                         order):
    """March's ledger books TT-881, 5,000 on 03-31; April's, re-sending March's, books it on
    04-01, the bank's value day. Hand count: 13,000 sold, 5,000 received: 8,000 open. Before:
    04-01 is in a month after March's every payment, so taken for later money: 10,000
    received, 3,000 open, the pair named "both counted" (March's file imported late: both
    counted, nothing said)."""
    april = ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
        _pay(NAIROBI, "2025-04-01", 5_000, "TT-881"))})
    owed, results = _files(tmp_path, *((MARCH, april) if order == "in_order" else (april, MARCH)))
    assert owed[NAIROBI] == (8_000, 0)
    report = import_report(results[-1])
    assert (("row 2 (台账 2025-03.xlsx “收款” row 2: 5,000.00 2025-03-31 → 5,000.00 "
             "2025-04-01): counted once, as now written.") if order == "in_order"
            else READ_OTHERWISE.format("台账 2025-04.xlsx “收款” row 2: 5,000.00 2025-04-01 → "
                                       "5,000.00 2025-03-31")) in report, report


@pytest.mark.parametrize("order", ["in_order", "bank_first"])
def test_a_wire_another_list_dates_on_its_value_day_counts_once(tmp_path: Path, order):
    """March's ledger books TT-881, 5,000 on 03-31; the bank's April list has it on 04-01.
    Hand count: 8,000 open. Before: two payments, 3,000 open, nothing said. Either order."""
    bank = ("银行水单 2025-04.xlsx", {"收款": _tab(_pay(NAIROBI, "2025-04-01", 5_000,
                                                       "TT-881"))})
    owed, results = _files(tmp_path, *((MARCH, bank) if order == "in_order" else (bank, MARCH)))
    assert owed[NAIROBI] == (8_000, 0)
    assert "another list has too" in import_report(results[-1])


def test_equal_wires_a_week_apart_stay_two(tmp_path: Path):
    """Guard: the same reference and sum 03-31 and 04-07 (an instalment a week later): two
    payments, 10,000 received, 3,000 open."""
    owed, _results = _files(tmp_path, MARCH, ("银行水单 2025-04.xlsx", {"收款": _tab(
        _pay(NAIROBI, "2025-04-07", 5_000, "TT-881"))}))
    assert owed[NAIROBI] == (3_000, 0)


# --- 2. and 3. a payment's note read by its whole references, in any style ---------------------

@pytest.mark.parametrize("files", ["one", "two"])
@pytest.mark.parametrize("note", ["C3", "c-003 余款"])
def test_a_note_naming_its_invoice_in_another_style_pays_it(tmp_path: Path, monkeypatch, note,
                                                           files):
    """late33's Cairo: C-1 (5,000) and C-2 (3,000) written received on 04-20 on their rows;
    the 收款 sheet's 8,000 of that day names C-3 (8,000) written C3 or C-003. Hand count
    at 06-30: 16,000 sold, 16,000 received: Cairo owes nothing. Before: C3 named no invoice
    (C3 is not C-3), so the 8,000 was read as the slip of C-1 and C-2 and cleared: 8,000
    open, C-1 67 and C-2 64 days past due, Cairo black (C-003 was read as an order not
    listed, and counted: the same figures by chance, kept as a guard)."""
    report, figures = _cairo(tmp_path, note, files)
    assert figures == (0, None, {}, 0)
    assert "is the money written received on" not in report
    if files == "two":
        _analysed_alike(tmp_path, monkeypatch)


def _plain(numbers: tuple[str, str, str]) -> list[list[object]]:
    """Cairo's ledger with invoices numbered plainly: the first two received on 04-20."""
    return [HEADER, row(numbers[0], "Cairo Bazaar", "2025-03-20", 5_000, "2025-03-25", 5_000,
                        "2025-04-20"),
            row(numbers[1], "Cairo Bazaar", "2025-03-22", 3_000, "2025-03-28", 3_000,
                "2025-04-20"),
            row(numbers[2], "Cairo Bazaar", "2025-03-15", 8_000, "2025-03-20")]


@pytest.mark.parametrize("files", ["one", "two"])
@pytest.mark.parametrize("numbers", [("2023", "2024", "2025"), ("116", "117", "118")])
def test_a_bank_reference_holding_an_invoice_number_names_no_invoice(tmp_path: Path, monkeypatch,
                                                                     numbers, files):
    """Cairo's invoices are plain numbers: the first two written received on 04-20 (5,000 and
    3,000), the third (8,000, due 04-19) not. The 收款 sheet's 8,000 of 04-20 says "REF
    K-2025-118 货款", the bank's reference. Hand count at 06-30: 16,000 sold, 8,000 received
    (the slip of the first two), paying the oldest due first (the third): the first two open,
    67 and 64 days past due; Cairo black. Before: 2025 (or 118) inside K-2025-118 was read as
    the third invoice named, the 8,000 counted beside the slip: 16,000 received, Cairo owing
    nothing."""
    ledger = _plain(numbers)
    slip: list[list[object]] = [
        PAYMENTS, ["Cairo Bazaar", d("2025-04-20"), 8_000, "REF K-2025-118 货款"],
        ["Payer", d("2025-06-30"), 100, None]]
    results = _same_import(tmp_path, *_rounds(tmp_path, "2025-04", ledger, slip, files))
    cairo = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))["Cairo Bazaar"]
    assert (*_owed(cairo), cairo.credit_on_account) == (
        8_000, "black", {numbers[0]: (5_000, 67), numbers[1]: (3_000, 64)}, 0)
    if files == "one":
        assert "is the money written received on “" in import_report(results[0])
    else:  # the analysis finds the slip across the two files
        _analysed_alike(tmp_path, monkeypatch)


def test_a_reference_is_one_in_every_style_and_read_whole():
    """The one normalising of references (core.ledger.noted_orders.reference): M-7, M7 and
    M-007 are one; INV-12 and INV12 are one; INV-1-2 is not INV-12; a note's K-2025-118 gives
    no 2025 nor 118."""
    assert reference("M-7") == reference("M7") == reference("M-007") == reference("ｍ－７")
    assert reference("INV-12") == reference("INV12") != reference("INV-1-2")
    assert noted_order("REF K-2025-118 货款", {"2025": "2025", "118": "118"}) is None
    assert noted_order("货款 INV12", {"inv-12": "inv-12", "inv-13": "inv-13"}) == "inv-12"


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_wire_whose_reference_holds_the_first_ones_is_another_wire(tmp_path: Path, order):
    """break33d's April (TT-1, 6,000 on 04-20; TT-2, 3,000 on 04-22); the 收款补录 list has
    TT-2 again and TT-12, 6,000 on 04-28, missed in April's. Hand count: 13,000 sold, 15,000
    paid: 2,000 in credit, the pair named. Before: TT-1 was read inside TT-12, so TT-12 was
    taken for TT-1 re-dated: TT-1 dropped, 4,000 open (Nairobi, paid in full, owing)."""
    supplement = ("收款补录 2025-04.xlsx", {"收款": _tab(
        _pay(NAIROBI, "2025-04-22", 3_000, "TT-2"), _pay(NAIROBI, "2025-04-28", 6_000, "TT-12"))})
    owed, reports = _imported(tmp_path, [APRIL, supplement], order)
    assert owed[NAIROBI] == (0, 2_000)
    assert "): both are counted" in reports[-1], reports[-1]

