"""pay32: a corrected 收款 sheet the paydup31 rule did not pair (core.ledger.corrected_payments).

paydup31 paired an earlier file's payment with this file's by their place: the same sheet and
customer, and as many payments re-sent unchanged above each. Three corrections a clerk makes
every month escaped it, and both payments stayed counted with nothing in the report:
the sheet re-sorted newest first (the re-sent payments now above the corrected one), a
payment above it re-sent with its note changed (its line took the new file's name and no
longer counted as the earlier file's), and a payment moved to the right customer. Each
test's docstring gives the hand count; every one is checked against the reference import.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_corrected_payments_paydup31 import NUMBERED_HEADER, ORDERS
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d, imported
from test_lists_audit29 import PAYER, RECEIPTS_HEADER, row

from core.ledger import importer
from core.ledger.import_result import FileResult
from core.ledger.report import import_report

NAIROBI, LAGOS = "Nairobi Deco", "Lagos Trading"
# Nairobi: N-1 10,000 and N-2 3,000 (13,000, due 04-09); Lagos: L-1 6,000 (due 04-09)
WITH_LAGOS = [*ORDERS[:-1], row("L-1", LAGOS, "2025-03-05", 6_000, "2025-03-10"), PAYER]


def _pay(customer: str, day: str, sum_: float, note: str | None = None) -> list[object]:
    return [customer, d(day), sum_, note]


def _months(tmp_path: Path, april: list[list[object]], may: list[list[object]],
            orders: list[list[object]] = ORDERS) -> tuple[dict[str, object], FileResult]:
    """April's cumulative ledger, then May's, the same re-sent with its 收款 tab as given:
    imported by both imports; each customer's (open, credit) and May's result."""
    folder = tmp_path / "files"
    folder.mkdir()
    results = _same_import(
        tmp_path, [write_xlsx(folder / "台账 2025-04.xlsx",
                              {"台账": orders, "收款": [RECEIPTS_HEADER, *april]})],
        [write_xlsx(folder / "台账 2025-05.xlsx",
                    {"台账": orders, "收款": [RECEIPTS_HEADER, *may]})])
    assert [r.status for r in results] == ["imported"] * 2
    return ({c.customer: (c.open_amount, c.credit_on_account)
             for c in at(tmp_path / "fast.sqlite").customers}, results[-1])


def test_a_sheet_re_sorted_newest_first_corrects_the_payment(tmp_path: Path) -> None:
    """April's 收款 tab oldest first: 6,000 (04-20), 3,000 (04-22). May's, newest first: the
    3,000, then the 6,000 corrected to 6,500. Hand count: 13,000 sold, 6,500 + 3,000 paid:
    3,500 open. Before: the 3,000 stood above the 6,500, so no pair: 6,000 + 6,500 + 3,000
    paid, 2,500 in credit, and the report named no pair."""
    owed, result = _months(tmp_path, [_pay(NAIROBI, "2025-04-20", 6_000),
                                      _pay(NAIROBI, "2025-04-22", 3_000)],
                           [_pay(NAIROBI, "2025-04-22", 3_000),
                            _pay(NAIROBI, "2025-04-20", 6_500)])
    assert owed[NAIROBI] == (3_500, 0)
    report = import_report(result)
    assert ("1 payment re-sent with its sum or date corrected replaces the one stored from the "
            "earlier file at its place, row 3 (台账 2025-04.xlsx “收款” row 2: 6,000.00 2025-04-20 "
            "→ 6,500.00 2025-04-20)" in report), report
    assert "stored from another file" not in report  # April's file re-sent whole


def test_a_payment_above_re_sent_with_its_note_changed_leaves_the_correction_found(
        tmp_path: Path) -> None:
    """April: 3,000 (04-18, note K-2), 6,000 (04-20). May re-sends the 3,000 with its note
    changed (K-2 已核对: the line now carries May's name) and corrects the 6,000 to 6,500.
    Hand count: 13,000 sold, 9,500 paid: 3,500 open. Before: the 3,000 no longer counted as
    April's above the 6,000: no pair, 15,500 paid, 2,500 in credit, nothing named."""
    owed, result = _months(tmp_path, [_pay(NAIROBI, "2025-04-18", 3_000, "K-2"),
                                      _pay(NAIROBI, "2025-04-20", 6_000)],
                           [_pay(NAIROBI, "2025-04-18", 3_000, "K-2 已核对"),
                            _pay(NAIROBI, "2025-04-20", 6_500)])
    assert owed[NAIROBI] == (3_500, 0)
    assert "6,000.00 2025-04-20 → 6,500.00 2025-04-20" in import_report(result)


def test_a_ledger_whose_every_line_took_the_new_files_name_is_still_re_sent(
        tmp_path: Path) -> None:
    """April: N-1 and N-2 sold, 3,000 (04-18, K-2) and 6,000 (04-20) received. May changes
    a cell on every row (the sales' payment terms, the 3,000's note) and corrects the 6,000 to
    6,500: no line of April stays under April's name. Hand count: 3,500 open. Before: April's
    file showed no line re-sent unchanged, so May's was taken for another list of payments:
    both counted (2,500 in credit), quietly."""
    may_orders = [ORDERS[0], *([*line[:5], "OA 45 days", *line[6:]] for line in ORDERS[1:])]
    folder = tmp_path / "files"
    folder.mkdir()
    results = _same_import(
        tmp_path, [write_xlsx(folder / "台账 2025-04.xlsx", {"台账": ORDERS, "收款": [
            RECEIPTS_HEADER, _pay(NAIROBI, "2025-04-18", 3_000, "K-2"),
            _pay(NAIROBI, "2025-04-20", 6_000)]})],
        [write_xlsx(folder / "台账 2025-05.xlsx", {"台账": may_orders, "收款": [
            RECEIPTS_HEADER, _pay(NAIROBI, "2025-04-18", 3_000, "K-2 已核对"),
            _pay(NAIROBI, "2025-04-20", 6_500)]})])
    nairobi = by_name(at(tmp_path / "fast.sqlite"))[NAIROBI]
    assert (nairobi.open_amount, nairobi.credit_on_account) == (3_500, 0)
    assert "1 payment re-sent with its sum or date corrected" in import_report(results[-1])


def test_a_payment_moved_to_the_right_customer_leaves_the_other_unpaid(tmp_path: Path) -> None:
    """April's tab books Lagos's wire (6,000, 04-20, TT-881) under Nairobi; May's, the same
    re-sent, has it under Lagos. Hand count: Nairobi 13,000 sold, 3,000 paid: 10,000 open;
    Lagos 6,000 sold, 6,000 paid: nothing open. Before: Nairobi kept the 6,000 too (4,000
    open, 6,000 less than owed), and the report named nothing."""
    owed, result = _months(tmp_path, [_pay(NAIROBI, "2025-04-20", 6_000, "TT-881"),
                                      _pay(NAIROBI, "2025-04-22", 3_000)],
                           [_pay(LAGOS, "2025-04-20", 6_000, "TT-881"),
                            _pay(NAIROBI, "2025-04-22", 3_000)], WITH_LAGOS)
    assert owed[NAIROBI] == (10_000, 0) and owed[LAGOS] == (0, 0)
    report = import_report(result)
    said = ("Sheet “收款”: 1 payment re-sent under another customer or invoice replaces the "
            "one of the same day and sum the earlier file had under the first, row 2 "
            "(台账 2025-04.xlsx “收款” row 2: Nairobi Deco → Lagos Trading, 6,000.00 2025-04-20): "
            "counted once, where now written.")
    assert said in report, report
    chinese = in_chinese(lambda: import_report(result))
    assert "Nairobi Deco → Lagos Trading" in chinese and "改记" in chinese, chinese


def test_a_payment_moved_while_the_earlier_file_is_not_re_sent_whole_is_named(
        tmp_path: Path) -> None:
    """As above, but May's tab also leaves out April's 1,000 of 04-25 (not re-sent whole: it
    cannot be told). Hand count: money is never dropped: Nairobi 6,000 + 3,000 + 1,000 paid,
    3,000 open; Lagos paid. The pair is named for the clerk. Before: the same figures, unnamed."""
    owed, result = _months(tmp_path, [_pay(NAIROBI, "2025-04-20", 6_000, "TT-881"),
                                      _pay(NAIROBI, "2025-04-22", 3_000),
                                      _pay(NAIROBI, "2025-04-25", 1_000)],
                           [_pay(LAGOS, "2025-04-20", 6_000, "TT-881"),
                            _pay(NAIROBI, "2025-04-22", 3_000)], WITH_LAGOS)
    assert owed[NAIROBI] == (3_000, 0) and owed[LAGOS] == (0, 0)
    report = import_report(result)
    assert ("1 payment stands under another customer or invoice with the day and sum a "
            "payment of the earlier file had, row 2 (台账 2025-04.xlsx “收款” row 2: Nairobi Deco "
            "→ Lagos Trading, 6,000.00 2025-04-20): both are counted" in report), report
    assert "两笔都已计入" in in_chinese(lambda: import_report(result))


def test_a_payment_given_its_invoice_in_a_later_file_counts_once(tmp_path: Path) -> None:
    """April's tab has Nairobi's 6,000 of 04-20 without its invoice and 3,000 on N-2; May's,
    re-sent, writes N-1 on the 6,000 (as the report on a payment seen before asks). Hand
    count: 13,000 sold, 9,000 paid: 4,000 open. Before: the 6,000 twice, 15,000 paid,
    2,000 in credit, nothing named."""
    folder = tmp_path / "files"
    folder.mkdir()
    april = [NUMBERED_HEADER, [None, NAIROBI, d("2025-04-20"), 6_000],
             ["N-2", NAIROBI, d("2025-04-22"), 3_000]]
    may = [april[0], ["N-1", *april[1][1:]], april[2]]
    results = _same_import(
        tmp_path, [write_xlsx(folder / "台账 2025-04.xlsx", {"台账": ORDERS, "收款": april})],
        [write_xlsx(folder / "台账 2025-05.xlsx", {"台账": ORDERS, "收款": may})])
    nairobi = by_name(at(tmp_path / "fast.sqlite"))[NAIROBI]
    assert (nairobi.open_amount, nairobi.credit_on_account) == (4_000, 0)
    assert ("row 2 (台账 2025-04.xlsx “收款” row 2: Nairobi Deco → Nairobi Deco N-1, 6,000.00 "
            "2025-04-20): counted once" in import_report(results[-1]))


def test_two_equal_wires_of_one_day_both_count_beside_a_correction(tmp_path: Path) -> None:
    """April: 6,000 (04-20) and two real wires of 2,000 on 04-25 from Nairobi; Lagos's own
    wire of 6,000 on 04-20 too. May, newest first: the two 2,000s, the 6,000 corrected to
    6,500, and Lagos's 6,000 re-sent. Hand count: Nairobi 13,000 sold, 2,000 + 2,000 + 6,500
    paid: 2,500 open (neither 2,000 taken for the other, Lagos's 6,000 not taken for
    Nairobi's); Lagos paid. Before: 6,000 and 6,500 both counted: 3,500 in credit."""
    owed, result = _months(tmp_path, [_pay(NAIROBI, "2025-04-20", 6_000),
                                      _pay(LAGOS, "2025-04-20", 6_000),
                                      _pay(NAIROBI, "2025-04-25", 2_000),
                                      _pay(NAIROBI, "2025-04-25", 2_000)],
                           [_pay(NAIROBI, "2025-04-25", 2_000),
                            _pay(NAIROBI, "2025-04-25", 2_000),
                            _pay(LAGOS, "2025-04-20", 6_000),
                            _pay(NAIROBI, "2025-04-20", 6_500)], WITH_LAGOS)
    assert owed[NAIROBI] == (2_500, 0) and owed[LAGOS] == (0, 0)
    assert "another customer" not in import_report(result)


def test_a_new_wire_of_another_customer_is_not_taken_for_a_moved_payment(
        tmp_path: Path) -> None:
    """April: Nairobi 6,000 (04-20) and 3,000 (04-22). May, newest first: the 3,000, the
    6,000 corrected to 6,500, and Lagos's first wire, 6,000 on 04-20 (the day and sum April's
    Nairobi payment had). Hand count: Nairobi 9,500 paid of 13,000: 3,500 open; Lagos 6,000
    paid: nothing open. Before: Nairobi 15,500 paid, 2,500 in credit."""
    owed, result = _months(tmp_path, [_pay(NAIROBI, "2025-04-20", 6_000),
                                      _pay(NAIROBI, "2025-04-22", 3_000)],
                           [_pay(NAIROBI, "2025-04-22", 3_000),
                            _pay(NAIROBI, "2025-04-20", 6_500),
                            _pay(LAGOS, "2025-04-20", 6_000)], WITH_LAGOS)
    assert owed[NAIROBI] == (3_500, 0) and owed[LAGOS] == (0, 0)
    assert "another customer" not in import_report(result)


def test_two_equal_wires_of_a_day_given_their_invoices_count_once_each(tmp_path: Path) -> None:
    """April's tab: two real wires of Nairobi, 3,000 each on 04-22, without invoices, and
    6,000 on N-1. May's, re-sent, writes N-2 on the first and N-1 on the second. Hand count:
    13,000 sold, 12,000 paid: 1,000 open (both wires counted, each once). Before: the two
    3,000 again beside their first lines: 18,000 paid, 5,000 in credit."""
    folder = tmp_path / "files"
    folder.mkdir()
    april = [NUMBERED_HEADER, ["N-1", NAIROBI, d("2025-04-20"), 6_000],
             [None, NAIROBI, d("2025-04-22"), 3_000], [None, NAIROBI, d("2025-04-22"), 3_000]]
    may = [april[0], april[1], ["N-2", *april[2][1:]], ["N-1", *april[3][1:]]]
    results = _same_import(
        tmp_path, [write_xlsx(folder / "台账 2025-04.xlsx", {"台账": ORDERS, "收款": april})],
        [write_xlsx(folder / "台账 2025-05.xlsx", {"台账": ORDERS, "收款": may})])
    nairobi = by_name(at(tmp_path / "fast.sqlite"))[NAIROBI]
    assert (nairobi.open_amount, nairobi.credit_on_account) == (1_000, 0)
    assert "2 payments re-sent under other customers or invoices" in import_report(results[-1])


def test_a_payment_two_new_ones_could_have_moved_to_is_named_and_kept(tmp_path: Path) -> None:
    """April: Nairobi 6,000 (04-20) and 3,000 (04-22). May re-sends the 3,000, drops the
    6,000 and lists 6,000 of 04-20 from Lagos and from Accra Homes (a new buyer): which one
    is Nairobi's moved cannot be told. Hand count: nothing dropped: Nairobi 9,000 paid of
    13,000, 4,000 open; Lagos paid; both pairs named. Before: the same figures, unnamed."""
    owed, result = _months(tmp_path, [_pay(NAIROBI, "2025-04-20", 6_000),
                                      _pay(NAIROBI, "2025-04-22", 3_000)],
                           [_pay(LAGOS, "2025-04-20", 6_000),
                            _pay("Accra Homes", "2025-04-20", 6_000),
                            _pay(NAIROBI, "2025-04-22", 3_000)], WITH_LAGOS)
    assert owed[NAIROBI] == (4_000, 0) and owed[LAGOS] == (0, 0)
    report = import_report(result)
    assert ("2 payments stand under other customers or invoices with the days and sums "
            "payments of earlier files had, rows 2 (台账 2025-04.xlsx “收款” row 2: Nairobi Deco "
            "→ Lagos Trading, 6,000.00 2025-04-20), 3 (台账 2025-04.xlsx “收款” row 2: Nairobi "
            "Deco → Accra Homes, 6,000.00 2025-04-20): both of each pair are counted"
            in report), report


def test_a_move_stored_by_reader_9_is_put_right_by_importing_the_file_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """May's file imported by reader 9 left Nairobi paid by Lagos's 6,000 (4,000 open). The
    guides say to import the last months again after an upgrade: May's file, imported again,
    moves it. Hand count: Nairobi 10,000 open, Lagos paid."""
    folder = tmp_path / "files"
    folder.mkdir()
    db = tmp_path / "firm.sqlite"
    april, may = (write_xlsx(folder / f"台账 2025-0{month}.xlsx", {"台账": WITH_LAGOS, "收款": [
        RECEIPTS_HEADER, _pay(customer, "2025-04-20", 6_000, "TT-881"),
        _pay(NAIROBI, "2025-04-22", 3_000)]}) for month, customer in ((4, NAIROBI), (5, LAGOS)))
    imported(db, april)
    with monkeypatch.context() as reader_9:
        reader_9.setattr(importer, "READER_VERSION", 9)
        reader_9.setattr(importer, "corrected_payments", lambda *_: ([], set()))
        imported(db, may)
    assert by_name(at(db))[NAIROBI].open_amount == 4_000
    assert "1 payment re-sent under another customer or invoice" in imported(db, may)
    assert by_name(at(db))[NAIROBI].open_amount == 10_000
