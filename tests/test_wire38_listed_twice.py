"""wire38: one wire a workbook lists twice itself, the second time less the bank's charge
(core.ledger.listed_twice).

Each test writes the firm's files with openpyxl and imports them by both imports (the app's
and the reference one: test_payments_pay33._files), then checks the customer's (open, credit)
and the report. Lima's INV-1 10,000 and INV-2 5,000 USD shipped 04-05, 已收金额 filled from
the wire TT-5 of 04-20; Nairobi's N-1 10,000 and N-2 3,000 shipped 03-10. Each docstring
gives the hand count and what the user saw before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_lin38_resent_lines import ORDERS, in_order
from test_payments_fix35e import LIMA, _sales
from test_payments_pay33 import _files, _tab
from test_payments_pay34 import BANK as BANK_SLIPS
from test_payments_pay34 import SALES
from test_payments_pay35a import BANK, NOTE_HEADER, TAB, _money

from core.ledger.import_result import FileResult
from core.ledger.report import import_report


def _said(results: list[FileResult]) -> str:
    """Every file's report, in English and in Chinese."""
    return "\n".join([*map(import_report, results),
                      *in_chinese(lambda: [import_report(result) for result in results])])


def _lima(slip: list[object]) -> tuple[str, dict[str, list[list[object]]]]:
    """Lima's ledger: the invoice rows (已收金额 from TT-5) and its 收款 tab holding `slip`."""
    return TAB, {"台账": _sales(), "收款": [NOTE_HEADER, slip]}


SLIP = _money(LIMA, "2025-04-20", 14_965, "USD", "TT-5")  # the bank's slip, 35 charge off
LUMP_SAID = "台账 2025-04.xlsx “台账” rows 2, 3: 15,000.00 2025-04-20 → 14,965.00"
LUMP_SAID_ZH = "台账 2025-04.xlsx 的“台账”表第 2、3 行：15,000.00 2025-04-20 → 14,965.00"


def _slip_counted_once(tmp_path: Path, order: str, slip: list[object], was: str) -> str:
    """Lima's ledger with `slip` on its 收款 tab, the bank's list of that slip imported
    before, after or not at all: nothing open, nothing on account; the imports' report."""
    ledger, bank = _lima(slip), (BANK, {"收款": [NOTE_HEADER, slip]})
    owed, results = in_order(tmp_path, order, ledger, bank)
    assert owed[LIMA] == (0, 0), was
    return _said(results)


@pytest.mark.parametrize("order", ORDERS)
def test_the_ledger_s_slip_of_the_wire_on_its_invoices_is_that_wire(tmp_path: Path, order):
    """The ledger's invoice rows hold TT-5 (10,000 + 5,000) and its 收款 tab the bank's slip of
    it, 14,965 "TT-5" under no invoice; the bank's list (that slip alone) imported before the
    ledger, after it or not at all. Hand count: 15,000 sold, one wire, the invoices' rows
    placing it: nothing open, nothing on account. Before: 15,000 on account in every order
    (the wire counted twice). The ledger's report names its slip's row and the invoice rows,
    in both languages."""
    report = _slip_counted_once(tmp_path, order, SLIP, "was (0, 15,000)")
    assert (f"Sheet “收款”: 1 payment under no invoice is, less the bank's charge, the wire "
            f"this file's invoice rows already show received that day, under the same "
            f"reference, row 2 ({LUMP_SAID}): counted once") in report
    assert f"参考号相同（行号 2（{LUMP_SAID_ZH}））：只计一次，按发票行的分配计入" in report


@pytest.mark.parametrize(("slip", "credit", "why"), [
    (_money(LIMA, "2025-04-20", 14_965, "USD", "TT-6"), 14_965, "another reference"),
    (_money(LIMA, "2025-04-20", 14_000, "USD", "TT-5"), 14_000, "1,000 off: beyond a charge"),
    (_money(LIMA, "2025-04-28", 14_965, "USD", "TT-5"), 14_965, "a week later (04-21, the "
     "next banking day, is the bank's value day of the same wire since wire40)"),
    (_money(LIMA, "2025-04-20", 14_965, "USD", None), 14_965, "no reference"),
])
def test_a_slip_that_is_not_the_invoices_wire_stays_a_payment(tmp_path: Path, slip, credit,
                                                               why):
    """The same invoice rows (15,000 from TT-5 of 04-20) beside a 收款 row that is another
    wire by its reference, its sum, its day or a note giving none. Hand count: both paid in,
    the 收款 row on account as it reached the bank; nothing named. Two real wires stay two.
    Before acct38b, the 14,965 of 04-20 was shown 15,000 (the larger wire spent first on the
    invoices ran out 35 short, taken for a charge while the rows' money was left over)."""
    owed, results = _files(tmp_path, _lima(slip))
    assert owed[LIMA] == (0, credit), why
    assert "listed twice" not in _said(results)
    assert "this file's invoice rows" not in _said(results)


def _nairobi(*payments: list[object]) -> tuple[str, dict[str, list[list[object]]]]:
    return "台账 2025-05.xlsx", {"台账": SALES, "收款": _tab(*payments)}


TWICE_SAID = "台账 2025-05.xlsx “收款” row 2: 4,985.00 2025-04-20 → 5,000.00"
TWICE_SAID_ZH = "台账 2025-05.xlsx 的“收款”表第 2 行：4,985.00 2025-04-20 → 5,000.00"


@pytest.mark.parametrize("order", ORDERS)
def test_one_wire_a_tab_lists_twice_a_charge_apart_is_counted_once(tmp_path: Path, order):
    """May's 收款 tab lists the bank's slip 4,985 "TT881" and the clerk's 5,000 "TT-881 货款"
    of 04-20 (the bank's list of that slip imported before, after or not at all). Hand count:
    13,000 sold, one wire, 4,985 reached the bank: 8,015 open. Before: two payments, 9,985:
    3,000 open. May's report names the row not counted and the one kept, in both languages."""
    may = _nairobi(_pay(NAIROBI, "2025-04-20", 4_985, "TT881"),
                   _pay(NAIROBI, "2025-04-20", 5_000, "TT-881 货款"))
    owed, results = in_order(tmp_path, order, may, BANK_SLIPS)
    assert owed[NAIROBI] == (8_015, 0), "was (3,000, 0)"
    report = _said(results)
    assert (f"Sheet “收款”: 1 payment is, under the same reference and on the same day, another "
            f"row of this file less the bank's charge, row 3 ({TWICE_SAID}): taken as one "
            f"wire listed twice and counted once") in report
    assert f"金额只差银行手续费（行号 3（{TWICE_SAID_ZH}））：视为同一笔电汇记了两次" in report


@pytest.mark.parametrize("order", ORDERS)
def test_one_wire_on_two_tabs_of_the_file_counts_once_in_every_order(tmp_path: Path, order):
    """May's 收款 tab lists the clerk's 5,000 "TT-881 货款" of 04-20 and its 水单 tab the bank's
    slip 4,985 "TT881" (the bank's list of that slip imported before, after or not at all).
    Hand count: one wire, 4,985: 8,015 open. Before: 8,015 alone or with the bank's list after
    (two tabs, payments_seen._read_otherwise), but 3,000 with the bank's list first (the slip
    re-listed keeps the list's name, and that rule asks only lines stored from this file)."""
    may = ("台账 2025-05.xlsx", {"台账": SALES,
                                "收款": _tab(_pay(NAIROBI, "2025-04-20", 5_000, "TT-881 货款")),
                                "水单": _tab(_pay(NAIROBI, "2025-04-20", 4_985, "TT881"))})
    owed, _results = in_order(tmp_path, order, may, BANK_SLIPS)
    assert owed[NAIROBI] == (8_015, 0), "was (3,000, 0) with the bank's list first"


@pytest.mark.parametrize(("first", "second", "open_", "why"), [
    (4_000, "TT-881 货款", 4_000, "1,000 apart: beyond a charge"),
    (4_985, "TT-882 货款", 3_000, "another reference"),
    (4_985, None, 3_000, "no reference"),
])
def test_two_wires_of_one_day_on_one_tab_stay_two(tmp_path: Path, first, second, open_, why):
    """May's 收款 tab: 4,985 (or 4,000) "TT881" and 5,000 of the same day under another
    reference, none, or 1,000 apart. Hand count: two wires, both counted: 13,000 less 9,000
    is 4,000 open; less 9,985 and the 15 the app reads as the charge, 3,000. Unchanged."""
    owed, results = _files(tmp_path, _nairobi(_pay(NAIROBI, "2025-04-20", first, "TT881"),
                                              _pay(NAIROBI, "2025-04-20", 5_000, second)))
    assert owed[NAIROBI] == (open_, 0), why
    assert "listed twice" not in _said(results)


def test_the_invoice_number_alone_is_no_wire_s_reference(tmp_path: Path):
    """4,985 "N-1" and 5,000 "N-1 货款" of one day on one tab: the invoice is what two
    instalments of it share too, no wire's own reference. Hand count: two payments, 9,985
    received, 3,000 open. Unchanged."""
    owed, results = _files(tmp_path, _nairobi(_pay(NAIROBI, "2025-04-20", 4_985, "N-1"),
                                              _pay(NAIROBI, "2025-04-20", 5_000, "N-1 货款")))
    assert owed[NAIROBI] == (3_000, 0)
    assert "listed twice" not in _said(results)


# --- acct38b: the slip naming its invoice ----------------------------------------------------

INVOICE_SLIP = _money(LIMA, "2025-04-20", 9_965, "USD", "TT-5", "INV-1")  # INV-1's part, 35 off
INVOICE_SAID = "台账 2025-04.xlsx “台账” row 2: 10,000.00 2025-04-20 → 9,965.00"
INVOICE_SAID_ZH = "台账 2025-04.xlsx 的“台账”表第 2 行：10,000.00 2025-04-20 → 9,965.00"


@pytest.mark.parametrize("order", ORDERS)
def test_the_ledger_s_slip_naming_its_invoice_is_that_invoice_s_wire(tmp_path: Path, order):
    """Lima's ledger: INV-1's row 已收 10,000 "TT-5" of 04-20 and its 收款 tab's slip 9,965
    "TT-5" under INV-1 (the bank's list of that slip imported before, after or not at all).
    Hand count: 15,000 sold, paid by TT-5 as the invoice rows place it: nothing open, nothing
    on account. Before: 9,965 on account in every order (the wire counted twice). The
    ledger's report names the slip's row and the invoice's row, in both languages."""
    report = _slip_counted_once(tmp_path, order, INVOICE_SLIP, "was (0, 9,965)")
    assert (f"Sheet “收款”: 1 payment naming its invoice is, less the bank's charge, the wire "
            f"this file's row of that invoice already shows received that day, under the same "
            f"reference, row 2 ({INVOICE_SAID}): counted once") in report
    assert f"参考号相同（行号 2（{INVOICE_SAID_ZH}））：只计一次，按该发票行的分配计入" in report


@pytest.mark.parametrize("order", ["bank_first", "bank_after"])
def test_the_bank_s_slip_naming_its_invoice_is_the_ledger_s_wire(tmp_path: Path, order):
    """The ledger's invoice rows alone (INV-1 已收 10,000 "TT-5" of 04-20), the bank's list
    holding the slip 9,965 "TT-5" under INV-1, imported before or after it. Hand count:
    nothing open, nothing on account. Before: 9,965 on account in either order (lump_wires
    weighed only slips under no invoice). The second file's report names the two rows."""
    owed, results = _files(tmp_path, *{
        "bank_first": [(BANK, {"收款": [NOTE_HEADER, INVOICE_SLIP]}), (TAB, {"台账": _sales()})],
        "bank_after": [(TAB, {"台账": _sales()}), (BANK, {"收款": [NOTE_HEADER, INVOICE_SLIP]})],
    }[order])
    assert owed[LIMA] == (0, 0), "was (0, 9,965)"
    report = _said(results)
    assert ("1 wire is both a payment naming its invoice and that invoice's received figure "
            "that day, one list's less the bank's charge, under the same reference") in report
    assert "按该发票行的分配计入" in report


@pytest.mark.parametrize(("slip", "credit", "why"), [
    (_money(LIMA, "2025-04-20", 9_965, "USD", "TT-6", "INV-1"), 9_965, "another reference"),
    (_money(LIMA, "2025-04-20", 9_000, "USD", "TT-5", "INV-1"), 9_000, "beyond a charge"),
    (_money(LIMA, "2025-04-20", 9_965, "USD", "TT-5", "INV-2"), 9_965, "INV-2's 5,000 below"),
    (_money(LIMA, "2025-04-20", 9_965, "USD", "INV-1", "INV-1"), 9_965, "the invoice alone"),
])
def test_a_slip_naming_its_invoice_that_is_not_its_wire_stays_a_payment(
        tmp_path: Path, slip, credit, why):
    """The same invoice rows beside a 收款 row under INV-1 (or INV-2) that another reference,
    its sum or no wire's reference makes another wire. Hand count: the 收款 row on account.
    Unchanged."""
    owed, results = _files(tmp_path, _lima(slip))
    assert owed[LIMA] == (0, credit), why
    assert "naming its invoice" not in _said(results)


@pytest.mark.parametrize("order", ORDERS)
def test_a_wire_that_pays_nothing_counts_what_reached_the_bank(tmp_path: Path, order):
    """acct38b: Lima's invoice rows paid 15,000 by TT-5 of 04-20 and a 收款 slip 14,965 "TT-6"
    of the same day, another wire (the bank's list of that slip imported before, after or not
    at all). Hand count: the invoices paid, the second wire's 14,965 on account. Before:
    15,000 on account in every order (the 14,965 spent first on the invoices ran out 35 short,
    taken for the bank's charge, and the rows' 15,000 was left)."""
    slip = _money(LIMA, "2025-04-20", 14_965, "USD", "TT-6")
    ledger, bank = _lima(slip), (BANK, {"收款": [NOTE_HEADER, slip]})
    files = {"alone": [ledger], "bank_first": [bank, ledger],
             "bank_after": [ledger, bank]}[order]
    owed, _results = _files(tmp_path, *files)
    assert owed[LIMA] == (0, 14_965), "was (0, 15,000)"
