"""pay33: payments a later file corrects or moves, the cases pay32 left (core.ledger.
corrected_payments, moved_payments, payments_seen).

Each test writes the firm's files with openpyxl, imports them by both imports (the app's and
the reference one) and checks the customer's open figure and the report's naming. Each
docstring gives the hand count and what the user saw before. The guards at the end are real
payments that merely look alike: they must stay counted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_break32 as season
from languages import in_chinese
from ledgers import write_xlsx
from test_corrected_payments_pay32 import LAGOS, NAIROBI, WITH_LAGOS, _pay
from test_corrected_payments_paydup31 import NUMBERED_HEADER, ORDERS
from test_fast_import import _same_import
from test_lists_audit28 import at
from test_lists_audit29 import RECEIPTS_HEADER, row

from core.ledger.import_result import FileResult
from core.ledger.report import import_report

Sheets = dict[str, list[list[object]]]
# Nairobi's N-1 10,000 and N-2 3,000, shipped 03-10, and nothing dated after April's payments:
# April's file is dated by them (a payment dated after it is later money, corrected_payments)
SALES = ORDERS[:-1]


def _files(tmp_path: Path, *months: tuple[str, Sheets]
           ) -> tuple[dict[str, tuple[float, float]], list[FileResult]]:
    """Each month's file imported in the order given; each customer's (open, credit)."""
    results = _same_import(tmp_path, *([write_xlsx(tmp_path / "files" / name, sheets)]
                                       for name, sheets in months))
    assert [r.status for r in results] == ["imported"] * len(months)
    return ({c.customer: (c.open_amount, c.credit_on_account)
             for c in at(tmp_path / "fast.sqlite").customers}, results)


def _tab(*payments: list[object]) -> list[list[object]]:
    return [RECEIPTS_HEADER, *payments]


def _month(month: int, sales: list[list[object]], *payments: list[object]
           ) -> tuple[str, Sheets]:
    """A month's ledger: its sales and its 收款 tab."""
    return f"台账 2025-0{month}.xlsx", {"台账": sales, "收款": _tab(*payments)}


# --- 1. an earlier file whose one payment is corrected, its every sale changed too -----------

def test_the_one_payment_of_a_file_whose_every_sale_changed_is_corrected(tmp_path: Path):
    """April: N-1 and N-2 sold, one payment, 6,000 on 04-20. May re-sends it with every sale
    row changed (payment terms OA 45) and the 6,000 corrected to 6,500. Hand count: 13,000
    sold, 6,500 paid: 6,500 open. Before: no line of April's stayed under its name but the
    payment, so May was taken for another list: 6,000 + 6,500 paid, 500 open, nothing named."""
    may_sales = [SALES[0], *([*line[:5], "OA 45 days", *line[6:]] for line in SALES[1:])]
    owed, results = _files(
        tmp_path, _month(4, SALES, _pay(NAIROBI, "2025-04-20", 6_000)),
        _month(5, may_sales, _pay(NAIROBI, "2025-04-20", 6_500)))
    assert owed[NAIROBI] == (6_500, 0)
    report = import_report(results[-1])
    assert ("1 payment re-sent with its sum or date corrected replaces the one stored from the "
            "earlier file at its place, row 2 (台账 2025-04.xlsx “收款” row 2: 6,000.00 2025-04-20 "
            "→ 6,500.00 2025-04-20): counted once" in report), report


# --- 2. a payment re-dated: paired by its note, else by the nearest day, not by its rank -----

@pytest.mark.parametrize("notes", [("TT-1", "TT-3"), (None, None)])
def test_a_re_dated_payment_is_paired_by_its_note_or_nearest_day(tmp_path: Path, notes):
    """April: 3,000 on 04-10 (TT-1), 1,000 on 04-15. May, newest first: May's own wire of
    3,000 on 05-10 (TT-3), the 1,000, and the 3,000 re-dated 04-12 (the bank's value day).
    Hand count: 13,000 sold, 3,000 + 1,000 + 3,000 paid: 6,000 open. Before: the 3,000 of
    04-10 was paired by its rank with May's wire of 05-10, dated after April's file, so taken
    for later money: both counted and the 04-12 re-dated one too, 10,000 paid, 3,000 open,
    the report naming 04-10 → 05-10. With notes or without (the nearest day) alike."""
    first, may = notes
    owed, results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-04-10", 3_000, first), _pay(NAIROBI, "2025-04-15", 1_000))}),
        ("台账 2025-05.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-05-10", 3_000, may), _pay(NAIROBI, "2025-04-15", 1_000),
            _pay(NAIROBI, "2025-04-12", 3_000, first))}))
    assert owed[NAIROBI] == (6_000, 0)
    report = import_report(results[-1])
    assert ("row 4 (台账 2025-04.xlsx “收款” row 2: 3,000.00 2025-04-10 → 3,000.00 2025-04-12): "
            "counted once" in report), report
    assert "2025-05-10" not in report


def test_a_re_dated_instalment_beside_the_next_one_counts_each_once(tmp_path: Path):
    """April: the first instalment on N-1, 5,000 on 04-20 (note N-1), and 1,000 on 04-25.
    May re-dates the 5,000 04-21 and adds the second instalment, 5,000 on 05-20 (note N-1),
    both above the 1,000. Hand count: 13,000 sold, 11,000 paid: 2,000 open. Before: both new
    payments stood at April's payment's rank, so it could not be told: 5,000 three times,
    16,000 paid, 3,000 in credit."""
    owed, results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-04-20", 5_000, "N-1"), _pay(NAIROBI, "2025-04-25", 1_000))}),
        ("台账 2025-05.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-04-21", 5_000, "N-1"), _pay(NAIROBI, "2025-05-20", 5_000, "N-1"),
            _pay(NAIROBI, "2025-04-25", 1_000))}))
    assert owed[NAIROBI] == (2_000, 0)
    assert "5,000.00 2025-04-20 → 5,000.00 2025-04-21" in import_report(results[-1])


# --- 3. a payment moved to another tab ----------------------------------------------------------

@pytest.mark.parametrize("reference", ["TT-881", "TT881"])
def test_a_payment_moved_to_another_tab_under_the_right_customer_counts_once(tmp_path: Path,
                                                                             reference):
    """April's 收款 tab books Lagos's wire (6,000, 04-20, TT-881) under Nairobi; May's file
    keeps the 收款 tab for Nairobi's 3,000 and writes the 6,000 under Lagos on a tab of its
    own, 4月收款. Hand count: Nairobi 13,000 sold, 3,000 paid: 10,000 open; Lagos paid.
    Before: a move was looked for on one sheet only: Nairobi kept the 6,000 (4,000 open),
    nothing named. pay34: May typing the reference TT881, the notes were two others and the
    move only named (4,000 open); references are one in any style now."""
    owed, results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": WITH_LAGOS, "收款": _tab(
            _pay(NAIROBI, "2025-04-20", 6_000, "TT-881"), _pay(NAIROBI, "2025-04-22", 3_000))}),
        ("台账 2025-05.xlsx", {"台账": WITH_LAGOS,
                               "收款": _tab(_pay(NAIROBI, "2025-04-22", 3_000)),
                               "4月收款": _tab(_pay(LAGOS, "2025-04-20", 6_000, reference))}))
    assert owed[NAIROBI] == (10_000, 0) and owed[LAGOS] == (0, 0)
    report = import_report(results[-1])
    assert ("Sheet “4月收款”: 1 payment re-sent under another customer or invoice replaces the "
            "one of the same day and sum the earlier file had under the first, row 2 "
            "(台账 2025-04.xlsx “收款” row 2: Nairobi Deco → Lagos Trading, 6,000.00 2025-04-20)"
            in report), report


def test_a_payment_given_its_invoice_on_another_tab_counts_once(tmp_path: Path):
    """April's 收款 tab: Nairobi's 6,000 of 04-20 without its invoice, 3,000 of 04-22. May
    writes the 6,000 on N-1 on a tab with an invoice column, 收款明细. Hand count: 13,000
    sold, 9,000 paid: 4,000 open. Before: the 6,000 twice, 15,000 paid, 2,000 in credit."""
    owed, results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, "2025-04-20", 6_000), _pay(NAIROBI, "2025-04-22", 3_000))}),
        ("台账 2025-05.xlsx", {"台账": SALES, "收款": _tab(_pay(NAIROBI, "2025-04-22", 3_000)),
                               "收款明细": [NUMBERED_HEADER,
                                        ["N-1", NAIROBI, *_pay("", "2025-04-20", 6_000)[1:3]]]}))
    assert owed[NAIROBI] == (4_000, 0)
    assert "Nairobi Deco → Nairobi Deco N-1, 6,000.00 2025-04-20" in import_report(results[-1])


def test_april_s_file_imported_after_may_s_move_leaves_it_moved(tmp_path: Path):
    """May's file (its own 1,000 from Payer on 05-20 besides) has Lagos's wire under Lagos;
    April's, imported after it (forgotten), still under Nairobi. Hand count: Nairobi 10,000
    open, Lagos paid. Before: April's Nairobi line replaced May's Lagos one as if April's were
    the move: Lagos 6,000 open, Nairobi 4,000."""
    may = [*WITH_LAGOS, row("P-1", "Payer", "2025-05-01", 1_000, "2025-05-02", 1_000, "2025-05-20")]
    owed, results = _files(
        tmp_path, ("台账 2025-05.xlsx", {"台账": may, "收款": _tab(
            _pay(LAGOS, "2025-04-20", 6_000, "TT-881"), _pay(NAIROBI, "2025-04-22", 3_000))}),
        ("台账 2025-04.xlsx", {"台账": WITH_LAGOS[:-1], "收款": _tab(
            _pay(NAIROBI, "2025-04-20", 6_000, "TT-881"), _pay(NAIROBI, "2025-04-22", 3_000))}))
    assert owed[NAIROBI] == (10_000, 0) and owed[LAGOS] == (0, 0)
    report = import_report(results[-1])
    assert ("1 payment stands under another customer or invoice than a later-dated file, which "
            "re-sends this one, has it with the same day and sum, row 2 (台账 2025-05.xlsx “收款” "
            "row 2: Lagos Trading → Nairobi Deco, 6,000.00 2025-04-20): the later file's place is "
            "kept, counted once." in report), report
    assert "以较晚文件记的位置为准" in in_chinese(lambda: import_report(results[-1]))


# --- 4. one note for a pair -------------------------------------------------------------------

def test_a_pair_named_as_moved_has_no_second_note_on_the_same_files(tmp_path: Path):
    """April: Nairobi 6,000 (04-20, TT-881) and 3,000 (04-22). May has the 6,000 under Lagos
    with its note changed (TT-881 Lagos): both counted, the pair named. Hand count: Nairobi
    4,000 open, Lagos paid. Before: beside that note, the re-sent 3,000 was named again as
    "stored from another file ... if it is a second payment, write its invoice": two stories
    of what the two files share."""
    owed, results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": WITH_LAGOS, "收款": _tab(
            _pay(NAIROBI, "2025-04-20", 6_000, "TT-881"), _pay(NAIROBI, "2025-04-22", 3_000))}),
        ("台账 2025-05.xlsx", {"台账": WITH_LAGOS, "收款": _tab(
            _pay(LAGOS, "2025-04-20", 6_000, "TT-881 Lagos"), _pay(NAIROBI, "2025-04-22", 3_000))}))
    assert owed[NAIROBI] == (4_000, 0) and owed[LAGOS] == (0, 0)
    report = import_report(results[-1])
    assert "1 payment stands under another customer or invoice" in report
    assert "stored from another file" not in report, report


def test_an_earlier_file_imported_late_has_one_note(tmp_path: Path):
    """break32's season: June's file, then April's (forgotten), whose 8,000 June corrected
    to 7,980. Hand count as break32 (Lima 8,000 open). Before: beside "the later file's is
    kept", April's re-sent 5,000 of Kiev was named "stored from another file" as if June's
    file were another list."""
    _, results = _files(
        tmp_path,
        ("台账 2025-06.xlsx", {"台账": [*season.ORDERS, season.PAYER], "收款": season.JUNE}),
        ("台账 2025-04.xlsx", {"台账": season.ORDERS, "收款": season.APRIL}))
    report = import_report(results[-1])
    assert "the later file's is kept, counted once" in report
    assert "stored from another file" not in report, report


# --- guards: real payments that look alike stay counted ----------------------------------------

def test_two_wires_of_one_day_near_a_re_dated_payment_both_count(tmp_path: Path):
    """April: 2,000 on 04-24. May lists two real wires of 2,000 on 04-25 instead (the first
    re-dated, or a second one: the rows cannot say). Hand count: money is never dropped on a
    guess: 6,000 paid, 7,000 open, each new wire named with April's."""
    owed, results = _files(
        tmp_path, _month(4, SALES, _pay(NAIROBI, "2025-04-24", 2_000)),
        _month(5, SALES, _pay(NAIROBI, "2025-04-25", 2_000), _pay(NAIROBI, "2025-04-25", 2_000)))
    assert owed[NAIROBI] == (7_000, 0)
    assert "2 payments stand where earlier files had other sums" in import_report(results[-1])


@pytest.mark.parametrize("notes", [("TT-1", "TT-5", "TT-6"), (None, None, None)])
def test_two_wires_of_one_day_beside_a_re_dated_payment_stay_counted(tmp_path: Path, notes):
    """April: 2,000 on 04-10 (TT-1), 1,000 on 04-15. May, newest first: two real wires of
    2,000 on 04-25 (TT-5, TT-6), the 1,000, and the 2,000 re-dated 04-12 (TT-1). Hand count:
    13,000 sold, 2,000 + 2,000 + 2,000 + 1,000 paid: 6,000 open, both wires of 04-25 counted.
    Before: both stood at the re-dated payment's rank, so none was told: 04-10's 2,000 stayed
    beside 04-12's, 9,000 paid, 4,000 open."""
    first, fifth, sixth = notes
    owed, results = _files(
        tmp_path, _month(4, SALES, _pay(NAIROBI, "2025-04-10", 2_000, first),
                         _pay(NAIROBI, "2025-04-15", 1_000)),
        _month(5, SALES, _pay(NAIROBI, "2025-04-25", 2_000, fifth),
               _pay(NAIROBI, "2025-04-25", 2_000, sixth), _pay(NAIROBI, "2025-04-15", 1_000),
               _pay(NAIROBI, "2025-04-12", 2_000, first)))
    assert owed[NAIROBI] == (6_000, 0)
    report = import_report(results[-1])
    assert "2,000.00 2025-04-10 → 2,000.00 2025-04-12" in report and "04-25" not in report


def test_a_second_instalment_a_month_later_is_counted(tmp_path: Path):
    """April's tab: 5,000 on 04-20 (N-1). May's tab, started anew: the second instalment,
    5,000 on 05-20 (N-1). Hand count: 10,000 paid, 3,000 open (named as later money)."""
    owed, results = _files(
        tmp_path, _month(4, SALES, _pay(NAIROBI, "2025-04-20", 5_000, "N-1")),
        _month(5, SALES, _pay(NAIROBI, "2025-05-20", 5_000, "N-1")))
    assert owed[NAIROBI] == (3_000, 0)
    assert "taken as a later payment, both counted" in import_report(results[-1])


def test_another_buyer_s_equal_wire_on_another_tab_is_no_move(tmp_path: Path):
    """April: Nairobi's own 6,000 on 04-20 and 3,000 on 04-22. May re-sends both and books
    Lagos's first wire, 6,000 on 04-20 too, on a tab of its own. Hand count: Nairobi 9,000
    paid, 4,000 open; Lagos paid. Nothing named as moved."""
    april = _month(4, WITH_LAGOS, _pay(NAIROBI, "2025-04-20", 6_000),
                   _pay(NAIROBI, "2025-04-22", 3_000))
    may: Sheets = {**april[1], "Lagos": _tab(_pay(LAGOS, "2025-04-20", 6_000))}
    owed, results = _files(tmp_path, april, ("台账 2025-05.xlsx", may))
    assert owed[NAIROBI] == (4_000, 0) and owed[LAGOS] == (0, 0)
    assert "another customer" not in import_report(results[-1])
