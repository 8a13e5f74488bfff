"""break33d: the pay33 rules on payments (core.ledger.corrected_payments) tried on a clerk's
months imported in another order, and on a list of payments only. Each test imports by the
app's path and the reference one; its docstring gives the hand count."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_corrected_payments_pay32 import LAGOS, NAIROBI, _pay
from test_corrected_payments_paydup31 import ORDERS
from test_fast_analysis import _compare
from test_fast_import import _same_import
from test_lists_audit28 import at
from test_lists_audit29 import RECEIPTS_HEADER, row

from core.analysis.model import Analysis
from core.ledger.importer import import_files
from core.ledger.payment_lines import Pair, Stored, likeliest
from core.ledger.report import import_report
from core.override_changes import merge
from core.store import connect

Sheets = dict[str, list[list[object]]]
SALES = ORDERS[:-1]  # Nairobi's N-1 10,000 and N-2 3,000: 13,000 sold, due 04-09


def _imported(tmp_path: Path, files: list[tuple[str, Sheets]], order: tuple[int, ...]
              ) -> tuple[dict[str, tuple[float, float]], list[str]]:
    """The files imported one by one in `order`: each customer's (open, credit), the
    reports."""
    paths = [write_xlsx(tmp_path / "files" / name, sheets) for name, sheets in files]
    results = _same_import(tmp_path, *([paths[i]] for i in order))
    assert [r.status for r in results] == ["imported"] * len(order)
    return ({c.customer: (c.open_amount, c.credit_on_account)
             for c in at(tmp_path / "fast.sqlite").customers},
            [import_report(r) for r in results])


def _tab(*payments: list[object]) -> list[list[object]]:
    return [RECEIPTS_HEADER, *payments]


# --- 1. a later month's payment is no later figure of an earlier file imported late ----------

INSTALMENTS = [(f"台账 2025-0{month}.xlsx", {"台账": SALES, "收款": _tab(
    _pay(NAIROBI, f"2025-0{month}-20", 4_000, "N-1"))}) for month in (4, 5, 6)]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_monthly_instalments_on_tabs_started_anew_count_in_any_order(tmp_path: Path, order):
    """Nairobi pays 4,000 a month on the 20th; each month's ledger re-sends the sales and
    starts its 收款 tab anew. Hand count, whatever the order of import: 13,000 sold, 12,000
    paid: 1,000 open. Before: April's (or May's) file imported after a later month's had its
    instalment taken for the later file's figure re-dated, this file's the older one: 4,000
    dropped, 5,000 open (May, April, June: Nairobi owing a paid instalment)."""
    owed, reports = _imported(tmp_path, INSTALMENTS, order)
    assert owed[NAIROBI] == (1_000, 0)
    assert not any("the later file's is kept" in report for report in reports), reports


def test_a_bank_list_over_two_months_imported_after_the_next_keeps_each_wire(tmp_path: Path):
    """The bank's list of 03-15 to 04-15 (wires of 03-20 and 04-10) and the next one, 04-01
    to 05-15 (04-10 again, 05-10), imported the later first. Hand count: three wires, 12,000
    paid: 1,000 open. Before: the earlier list's 03-20 was taken for the 05-10 of the later
    one re-dated: dropped, 5,000 open."""
    lists = [("台账 2025-03.xlsx", {"台账": SALES}),
             ("银行水单 2025-03-15.xlsx", {"水单": _tab(_pay(NAIROBI, "2025-03-20", 4_000),
                                                    _pay(NAIROBI, "2025-04-10", 4_000))}),
             ("银行水单 2025-04-15.xlsx", {"水单": _tab(_pay(NAIROBI, "2025-04-10", 4_000),
                                                    _pay(NAIROBI, "2025-05-10", 4_000))})]
    owed, _ = _imported(tmp_path, lists, (0, 2, 1))
    assert owed[NAIROBI] == (1_000, 0)


# --- 2. a wire of another reference is another wire, not the first one re-dated ----------------

WITH_LAGOS = [*SALES, row("L-1", LAGOS, "2025-03-05", 6_000, "2025-03-10", 6_000, "2025-04-30")]
APRIL = ("台账 2025-04.xlsx", {"台账": WITH_LAGOS, "收款": _tab(
    _pay(NAIROBI, "2025-04-20", 6_000, "TT-1"), _pay(NAIROBI, "2025-04-22", 3_000, "TT-2"))})


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_missed_wire_of_its_own_reference_in_a_list_of_payments_is_counted(tmp_path: Path,
                                                                             order):
    """April's ledger (Lagos paid on 04-30) books Nairobi's wires TT-1, 6,000 on 04-20, and
    TT-2, 3,000 on 04-22. The clerk's 收款补录 file lists TT-2 again and TT-9, 6,000 on 04-28,
    missed in April's. Hand count: 13,000 sold, 15,000 paid: 2,000 in credit, the pair
    named for the clerk. Before: TT-9 was taken for TT-1 re-dated: TT-1 dropped, 4,000 open
    (Nairobi, paid in full, owing an invoice)."""
    supplement = ("收款补录 2025-04.xlsx", {"收款": _tab(
        _pay(NAIROBI, "2025-04-22", 3_000, "TT-2"), _pay(NAIROBI, "2025-04-28", 6_000, "TT-9"))})
    owed, reports = _imported(tmp_path, [APRIL, supplement], order)
    assert owed[NAIROBI] == (0, 2_000)
    assert "): both are counted" in reports[-1] and (
        "6,000.00 2025-04-20 → 6,000.00 2025-04-28" in reports[-1]
        or "6,000.00 2025-04-28 → 6,000.00 2025-04-20" in reports[-1]), reports[-1]


def test_a_re_dated_wire_keeping_its_reference_still_corrects(tmp_path: Path):
    """The same file lists TT-1 re-dated 04-21 (the bank's value day), its note kept or
    lengthened: one wire, 9,000 paid, 4,000 open, named as corrected."""
    supplement = ("收款补录 2025-04.xlsx", {"收款": _tab(
        _pay(NAIROBI, "2025-04-22", 3_000, "TT-2"),
        _pay(NAIROBI, "2025-04-21", 6_000, "TT-1 起息日"))})
    owed, reports = _imported(tmp_path, [APRIL, supplement], (0, 1))
    assert owed[NAIROBI] == (4_000, 0)
    assert "6,000.00 2025-04-20 → 6,000.00 2025-04-21): counted once" in reports[-1], reports[-1]


# --- 3. another buyer's wire of the same day and sum, booked on a tab started anew ----------

MAY_OWN = {"none": [], "next": [_pay(NAIROBI, "2025-05-20", 2_000)]}


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
@pytest.mark.parametrize("own", list(MAY_OWN))
def test_another_buyer_s_wire_booked_late_on_a_tab_started_anew_is_no_move(tmp_path: Path,
                                                                           order, own):
    """April's 收款 tab: Nairobi's 6,000 of 04-20 and 1,000 of 04-25. May's ledger re-sends
    the sales and starts its 收款 tab anew: Lagos's 6,000 of 04-20, found late, and Nairobi's
    own: nothing, or its 2,000 of 05-20. No payment of April's is
    re-sent unchanged, so nothing says Nairobi's wire was Lagos's. Hand count: Nairobi
    13,000 sold, 7,000 paid (+ 2,000 on 05-20): 6,000 (4,000) open; Lagos paid. Before:
    April imported after May (its 2,000 beside) took Lagos's wire for Nairobi's moved in the
    later file: Nairobi's 6,000 dropped, 10,000 open, a paying buyer put on the stop-loss
    list (once April's payments were no longer paired with May's 05-20, above)."""
    sales = [*SALES, row("L-1", LAGOS, "2025-03-05", 6_000, "2025-03-10")]
    april = ("台账 2025-04.xlsx", {"台账": sales, "收款": _tab(
        _pay(NAIROBI, "2025-04-20", 6_000), _pay(NAIROBI, "2025-04-25", 1_000))})
    may = ("台账 2025-05.xlsx", {"台账": sales, "收款": _tab(
        _pay(LAGOS, "2025-04-20", 6_000), *MAY_OWN[own])})
    owed, reports = _imported(tmp_path, [april, may], order)
    assert owed[NAIROBI] == ((4_000 if own == "next" else 6_000), 0)
    assert owed[LAGOS] == (0, 0)
    assert "counted once, where now written" not in reports[-1], reports[-1]
    assert "the later file's place is kept" not in reports[-1], reports[-1]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_two_buyers_paying_one_sum_on_one_day_each_month_count_in_any_order(tmp_path: Path,
                                                                           order):
    """Nairobi and Lagos each wire 3,000 on the 20th of April, May and June; each month's
    ledger re-sends the sales and starts its 收款 tab anew. Hand count whatever the order:
    Nairobi 13,000 sold, 9,000 paid: 4,000 open; Lagos 6,000 sold, 9,000 paid: 3,000 in
    credit. Before: a month imported after a later one lost its wires, taken for the later
    ones re-dated: Nairobi 7,000 open (May, April, June), 10,000 (June first)."""
    sales = [*SALES, row("L-1", LAGOS, "2025-03-05", 6_000, "2025-03-10")]
    files = [(f"台账 2025-0{month}.xlsx", {"台账": sales, "收款": _tab(
        _pay(NAIROBI, f"2025-0{month}-20", 3_000), _pay(LAGOS, f"2025-0{month}-20", 3_000))})
        for month in (4, 5, 6)]
    owed, _ = _imported(tmp_path, files, order)
    assert owed[NAIROBI] == (4_000, 0) and owed[LAGOS] == (0, 3_000)


# --- 4. a ledger re-sent after a customer's rename, the two names merged ---------------------

RENAMED = "Nairobi Deco Ltd"
RENAME_APRIL = ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
    _pay(NAIROBI, "2025-04-20", 6_000), _pay(NAIROBI, "2025-04-22", 3_000))})
RENAME_MAY = ("台账 2025-05.xlsx", {
    "台账": [SALES[0], *([line[0], RENAMED, *line[2:]] for line in SALES[1:])],
    "收款": _tab(_pay(RENAMED, "2025-04-20", 6_000), _pay(RENAMED, "2025-04-22", 3_000),
               _pay(RENAMED, "2025-05-20", 4_000))})


def _merged(tmp_path: Path, order: tuple[int, ...]) -> Analysis:
    """April's and May's ledgers imported by both paths in `order`, then Nairobi Deco merged
    into Nairobi Deco Ltd as the app offers it (core.override_changes.merge)."""
    _imported(tmp_path, [RENAME_APRIL, RENAME_MAY], order)
    with connect(tmp_path / "fast.sqlite") as conn:
        merge(conn, RENAMED, NAIROBI)
    return at(tmp_path / "fast.sqlite")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_the_ledger_re_sent_after_a_rename_counts_each_payment_once_once_merged(
        tmp_path: Path, order):
    """May re-sends April's ledger with Nairobi Deco renamed Nairobi Deco Ltd everywhere, and
    its new 4,000 of 05-20; the clerk merges the two names. Hand count: one buyer, 13,000
    sold, 13,000 paid: nothing open, no credit. Before: 9,000 of credit on account in both
    orders of import (April's 6,000 and 3,000 counted under each name), hiding the buyer's
    next overdue invoices."""
    analysis = _merged(tmp_path, order)
    [buyer] = analysis.customers
    assert (buyer.customer, buyer.open_amount, buyer.credit_on_account) == (RENAMED, 0, 0)
    assert "wires_copied" in [note.code for note in analysis.notes]


def test_payments_of_two_names_not_merged_stay_two_buyers_money(tmp_path: Path):
    """The same files, the names not merged: they may be two buyers, each paying 6,000 on
    04-20 and 3,000 on 04-22; nothing of either is dropped (the old name keeps its 9,000,
    as credit: no sale is left under it)."""
    owed, _ = _imported(tmp_path, [RENAME_APRIL, RENAME_MAY], (0, 1))
    assert owed == {NAIROBI: (0, 9_000), RENAMED: (0, 0)}


def test_two_names_merged_paying_one_sum_on_one_day_in_one_file_paid_twice(tmp_path: Path):
    """One file lists 6,000 of 04-20 from Nairobi Deco and 6,000 of 04-20 from Nairobi Deco
    Ltd, merged as one buyer, and May's the last 1,000: two rows of one file are two
    payments (a file re-sends a payment in another file, not beside it): 13,000 paid of
    13,000, nothing open, no credit."""
    both = ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
        _pay(NAIROBI, "2025-04-20", 6_000), _pay(RENAMED, "2025-04-20", 6_000))})
    other = ("台账 2025-05.xlsx", {"台账": SALES, "收款": _tab(
        _pay(NAIROBI, "2025-05-20", 1_000))})
    # the app's import alone: Nairobi Deco Ltd, buying nothing, is Nairobi Deco's bank name at
    # the import already (core.ledger.payer_named, fix54e/fix54p), a step the reference import
    # (tests/reference_import) does not take
    db = tmp_path / "fast.sqlite"
    reports = []
    for name, sheets in (both, other):
        [result] = import_files(db, [write_xlsx(tmp_path / "files" / name, sheets)])
        reports.append(import_report(result))
    assert "Nairobi Deco Ltd, who buys nothing, is Nairobi Deco" in reports[0], reports[0]
    [buyer] = at(db).customers  # one buyer without the merge the clerk once had to make
    assert (buyer.open_amount, buyer.credit_on_account) == (0, 0)


def test_the_merged_rename_reads_as_the_reference_analysis_reads_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The reference analysis (tests/reference_analysis.py) counts April's payments once too:
    the app's figures and notes on the merged names are the reference's."""
    _merged(tmp_path / "db", (1, 0))
    _compare(tmp_path / "db" / "fast.sqlite", tmp_path, monkeypatch, [None])


def test_a_stored_payment_without_a_day_is_paired_by_no_day() -> None:
    """A payment stored without a date (an older database's line) beside two new ones of its
    sum: no day to be nearest to, so none is chosen (the rank decides), where the import
    stopped on the date of "None" (review of the twenty-first pass)."""
    place = ("收款", 1, "")
    old = Stored(1, "k", 1, place, "台账 2025-04.xlsx", 2, 6_000.0, None, None)
    new = [Stored(i, f"k{i}", 1, place, "台账 2025-05.xlsx", i, 6_000.0, day, None)
           for i, day in ((2, "2025-04-20"), (3, "2025-04-28"))]
    assert likeliest([Pair(old, line) for line in new]) == []
