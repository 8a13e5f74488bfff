"""deposit33: the deposit (定金) against the received figure (已收) beside it. A customer who paid
only the deposit read as paid drops off the stop-loss list; one who paid in full read as owing
lands on it. Each test gives the files, the hand count and what the user saw before.

Defaults: OA 30 (D-1 shipped 03-01, due 03-31); days overdue run to the latest receipt the
ledger records up to the as-of date (a payer's, on the days checked).
"""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
import test_received_steps_recv32 as deposits
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_break33b import DALIAN, DAYS, DEPOSIT_ONLY, _dalian, _deposit_file, _month_file
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_recv33 import CAIRO, _steps

from core.ledger.beside_deposit import balance_likely
from core.ledger.report import import_report

line = deposits.row
BEFORE_SHIPMENT = "T/T 50% deposit, balance before shipment"
PAID = {"2025-04-30": (0, None, {}), "2025-06-30": (0, None, {})}


def _one_file(tmp_path: Path, received_on: str, terms: str | None = None) -> str:
    """D-1 10,000 shipped 03-01, deposit 5,000 on 02-10 and 已收 5,000 on `received_on`, in
    one file; the import's report."""
    rows = _deposit_file(5_000, received_on, *DAYS)
    if terms:
        rows[1][5] = terms
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx",
                                                  {"台账": rows})])
    assert result.status == "imported"
    return import_report(result)


# --- R1. an equal 已收 booked two days after the deposit, before shipment ------------------

def test_the_deposit_booked_again_before_shipment_is_the_deposit(tmp_path: Path) -> None:
    """OA 30: deposit 5,000 on 02-10, 已收 5,000 on 02-12 (two days later, before the 03-01
    shipment): under OA the balance is not paid before shipment, so the figure is the deposit
    booked again: 5,000 open, 30 days at 04-30, 91 days at 06-30, black. The report names the
    row and says how to write a balance. Before: deposit + balance, paid, on the white list."""
    report = _one_file(tmp_path, "2025-02-12")
    assert _dalian(tmp_path / "fast.sqlite") == DEPOSIT_ONLY
    read = deposits.read(tmp_path / "fast.sqlite", DALIAN, [d(day) for day in DAYS])
    assert [list(figures[0].values()) for figures in read.values()] == [[(5_000, 30)],
                                                                         [(5_000, 91)]]
    assert "row 2" in report and "尾款" in report
    chinese = in_chinese(lambda: _one_file(tmp_path / "zh", "2025-02-12"))
    assert "第 2 行" in chinese and "尾款" in chinese and "定金" in chinese


def test_the_balance_after_shipment_is_still_the_balance(tmp_path: Path) -> None:
    """Guard (recv33): OA 30, deposit 02-10, 已收 5,000 on 04-20, after the shipment: the
    balance, paid; nothing to name."""
    report = _one_file(tmp_path, "2025-04-20")
    assert _dalian(tmp_path / "fast.sqlite") == PAID
    assert "尾款" not in report


@pytest.mark.parametrize(("received_on", "paid"), [("2025-02-25", True), ("2025-02-12", False)])
def test_balance_before_shipment_needs_a_real_gap(tmp_path: Path, received_on: str,
                                                   paid: bool) -> None:
    """"Balance before shipment": 已收 5,000 on 02-25, two weeks after the deposit and before
    the 03-01 shipment, is the balance (paid); on 02-12, two days after, it is the deposit
    booked again (5,000 open, black at 06-30), and named. Before: both paid."""
    report = _one_file(tmp_path, received_on, BEFORE_SHIPMENT)
    customer = by_name(at(tmp_path / "fast.sqlite"))[DALIAN]
    assert (customer.open_amount, customer.list) == ((0, None) if paid else (5_000, "black"))
    assert ("尾款" in report) is not paid


# --- R2. the deposit is the order's, not its first line's ---------------------------------

def test_an_order_s_deposit_on_its_first_line(tmp_path: Path) -> None:
    """M-1 two lines, 6,000 + 4,000 (shipped 03-01), a 3,000 deposit (30 % of the order) on
    02-10 and 已收 3,000 on 04-20 on the first line: 3,000 + 3,000 is not the order's 10,000,
    so the 3,000 is the deposit so far: 7,000 open, 91 days at 06-30, black. N-1, the same
    with 已收 7,000 on 04-20: with the deposit the order's amount, paid. Before: M-1's first
    line read paid (3,000 + 3,000 = its 6,000): 4,000 open."""
    rows = [deposits.HEADER,
            line("M-1", "Multi Co", "2025-02-01", 6_000, "2025-03-01", 3_000, "2025-04-20",
                 (3_000, "2025-02-10")),
            line("M-1", "Multi Co", "2025-02-01", 4_000, "2025-03-01"),
            line("N-1", "Nord Co", "2025-02-01", 6_000, "2025-03-01", 7_000, "2025-04-20",
                 (3_000, "2025-02-10")),
            line("N-1", "Nord Co", "2025-02-01", 4_000, "2025-03-01"),
            *deposits.payer(*DAYS)]
    _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx", {"台账": rows})])
    customers = by_name(at(tmp_path / "fast.sqlite"))
    assert _owed(customers["Multi Co"]) == (7_000, "black", {"M-1": (7_000, 91)})
    assert _owed(customers["Nord Co"])[0] == 0
    read = deposits.read(tmp_path / "fast.sqlite", "Multi Co", [d(day) for day in DAYS])
    assert [list(figures[0].values()) for figures in read.values()] == [[(7_000, 30)],
                                                                         [(7_000, 91)]]


# --- R3. February's 已收 undated beside the deposit, April's dated -------------------------

@pytest.mark.parametrize("february", [None, "2025-02-12"])
@pytest.mark.parametrize("order", list(permutations(range(2))))
def test_an_undated_deposit_then_the_same_figure_dated(tmp_path: Path, order: tuple[int, ...],
                                                       february: str | None) -> None:
    """February's file: 已收 5,000 beside the 5,000 deposit, no date (the deposit so far: a
    figure as high as the deposit holds it), or dated 02-12 (the deposit's slip booked two
    days later: R1); April's: the same 5,000 on 04-20. A running total unchanged: only the
    deposit came in, 5,000 open, black at 06-30, in either import order; the second file's
    report names the row (a clerk whose 已收 is each payment wrote the balance there). Before:
    undated, imported in order, paid (April's read as the balance), April first paid too;
    dated 02-12, paid in either order; nothing said."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / "台账 2025-02.xlsx",
                        {"2月": _deposit_file(5_000, february, "2025-02-20")}),
             write_xlsx(folder / "台账 2025-04.xlsx",
                        {"4月": _deposit_file(5_000, "2025-04-20", *DAYS)})]
    results = _same_import(tmp_path, *[[files[i]] for i in order])
    assert _dalian(tmp_path / "fast.sqlite") == DEPOSIT_ONLY
    assert "re-dated: the deposit alone" in import_report(results[-1])  # named: it could be
    assert "仅收到定金" in in_chinese(lambda: import_report(results[-1]))  # the balance


# --- R6. a month's file re-sent renamed with its receipt corrected -------------------------

def test_a_month_s_file_re_sent_renamed_with_a_corrected_figure(tmp_path: Path) -> None:
    """本月收款: March's 4,000 on 03-25, April's 5,000 on 04-20; April's file sent again renamed
    (台账 2025-04 修改.xlsx) with the receipt corrected to 5,200 on 04-22: April's receipt is
    5,200, 9,200 of 20,000 in, 10,800 open 72 days at 06-30, and the report says it read a
    correction. Before: the corrected figure was added beside the first, unsaid: 14,200 in,
    5,800 open."""
    folder = tmp_path / "ledgers"
    db = tmp_path / "fast.sqlite"
    _same_import(tmp_path, [_month_file(folder / "台账 2025-03.xlsx", 3, 4_000, "2025-03-25")],
                 [_month_file(folder / "台账 2025-04.xlsx", 4, 5_000, "2025-04-20")])
    [resent] = _same_import(tmp_path, [_month_file(folder / "台账 2025-04 修改.xlsx", 4, 5_200,
                                                   "2025-04-22")])
    assert _steps(db)[:2] == (9_200, "2025-04-22")
    assert "read as that month's receipt corrected" in import_report(resent)
    assert "该月收款的更正" in in_chinese(lambda: import_report(resent))
    assert _owed(by_name(at(db))[CAIRO]) == (10_800, "watch", {"C-1": (10_800, 72)})


# --- the rule by terms, at the function ------------------------------------------------------

@pytest.mark.parametrize(("day", "rung", "likely"), [
    ("2025-02-12", "oa", False),  # before shipment, paid after it: the deposit again
    ("2025-02-25", "oa", False),
    ("2025-03-01", "oa", True),  # on shipment: the balance against documents
    ("2025-04-20", "deposit_against_documents", True),
    ("2025-02-12", "deposit_before_shipment", False),  # days after the deposit: booked again
    ("2025-02-25", "deposit_before_shipment", True),  # a real gap: the balance
    ("2025-02-12", None, False),  # terms not known: either way
    ("2025-02-25", None, True),
    ("2025-02-10", None, False),  # the deposit's day
])
def test_a_balance_is_likely_by_the_terms(day: str, rung: str | None, likely: bool) -> None:
    """Deposit of 02-10, shipped 03-01: the days a balance is read by the terms."""
    assert balance_likely(day, "2025-02-10", "2025-03-01", rung) is likely
    assert balance_likely(day, "2025-02-10", None, rung, unshipped=True) is (
        likely and rung != "oa" and rung != "deposit_against_documents")
