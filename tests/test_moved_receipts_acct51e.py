"""acct51e (review rv51d of acct51b): a received figure moved to another row is taken off the
first row only on a copy's evidence, for every pair (core.ledger.moved_receipts).

Alpha's A-1 and A-2 are 10,000 each (OA 30, shipped 05-10 and 05-20), Beta's B-1 10,000. Each
test writes the firm's files with openpyxl and imports them month by month by both imports
(the app's and the reference one), as tests/test_moved_receipts_acct51b.py does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_moved_receipts_acct51b import HEAD, Row, _day, _file, _notes, _open, _paid, _row

from core.ledger.import_result import FileResult

ALPHA, BETA, OTHER = "Alpha Trading Ltd", "Beta Imports LLC", "Other Buyer Ltd"
A1 = ["A-1", ALPHA, "2025-04-08", "杯子", 10000, "USD", "OA 30天", "2025-05-10"]
A2 = ["A-2", ALPHA, "2025-04-20", "杯子", 10000, "USD", "OA 30天", "2025-05-20"]
B1 = ["B-1", BETA, "2025-04-10", "杯子", 10000, "USD", "OA 30天", "2025-05-12"]
MOVED = ("receipt_moved", "receipt_maybe_moved")


def _this_month(*days: str) -> list[Row]:
    """Other Buyer's orders, only this month's receipt written (the firm's habit)."""
    return [[*row[:8], None, None, "正常"] if day[:7] != days[-1][:7] else row
            for day, row in zip(days, _paid(*days), strict=True)]


def _said(results: list[FileResult]) -> list[str]:
    return [w.code for r in results for w in r.warnings if w.code in MOVED]


def test_one_customer_s_late_slip_is_no_copy_of_the_month_before(tmp_path: Path):
    """The firm's 实收金额 holds each month's receipts. Alpha paid A-1 and A-2 10,000 each on
    06-30; June's file has A-1's, July's A-2's late slip and, by habit, no June receipt. Alpha
    owes nothing. Before: A-1's 10,000 was taken as moved to A-2 (one customer: no evidence
    asked), Alpha 10,000 open, watch (41 days) at 07-31."""
    june = _file(tmp_path, 6, [_row(A1, 10000, "2025-06-30"), _row(A2), *_paid("2025-06-28")])
    july = _file(tmp_path, 7, [_row(A1), _row(A2, 10000, "2025-06-30"),
                               *_this_month("2025-06-28", "2025-07-30")])
    results = _same_import(tmp_path, june, july)
    assert _open(tmp_path, date(2025, 7, 31))[ALPHA] == (0, 0)
    assert _said(results) == ["receipt_maybe_moved"], "named for the clerk, both counted"


def test_a_later_receipt_on_another_row_is_no_copy_of_its_receipts(tmp_path: Path):
    """The same habit, two buyers: Alpha's 10,000 of 06-30 (June) blank in July, Beta's late
    slip 10,000 of 06-30 booked in July, and Other's P-1 (2,000) paid 1,000 on 06-28 (June)
    and 1,000 on 07-15 (July, on the same row). July re-sends none of June's figures: P-1's
    1,000 of 07-15 is a new receipt. Before: it passed for a copy, Alpha's 10,000 was dropped,
    10,000 open and black at 08-31 (82 days) though Alpha paid."""
    p1 = ["P-1", OTHER, "2025-06-01", "杯子", 2000, "USD", "T/T in advance", "2025-06-20"]
    p2 = ["P-2", OTHER, "2025-07-01", "杯子", 1000, "USD", "T/T in advance", "2025-07-30"]
    june = _file(tmp_path, 6, [_row(A1, 10000, "2025-06-30"), _row(B1),
                               _row(p1, 1000, "2025-06-28")])
    july = _file(tmp_path, 7, [_row(A1), _row(B1, 10000, "2025-06-30"),
                               _row(p1, 1000, "2025-07-15"), _row(p2, 1000, "2025-07-30")])
    august = _file(tmp_path, 8, [_row(A1), _row(B1), _row(p1), _row(p2)])
    results = _same_import(tmp_path, june, july, august)
    owed = _open(tmp_path, date(2025, 8, 31))
    assert owed[ALPHA] == (0, 0) and owed[BETA] == (0, 0)
    assert _said(results) == ["receipt_maybe_moved"]


def test_a_receipts_tab_re_listing_an_order_s_receipt_says_nothing(tmp_path: Path):
    """From July the firm lists every receipt on a 收款 tab (June's again, under their orders)
    and leaves the sale rows' 实收金额 blank: each figure stays its order's, nothing for the
    clerk to check. Before: "on other customers' or orders' rows … A-1 → A-1, P-1 → P-1"."""
    def paid(order: str, buyer: str, day: str, amount: float) -> Row:
        return [order, buyer, day, None, None, "USD", None, None, amount, day, "收款"]

    blank = [[*row[:8], None, None, "正常"] for row in _paid("2025-06-28", "2025-07-30")]
    june = _file(tmp_path, 6, [_row(A1, 10000, "2025-06-18"), _row(B1), *_paid("2025-06-28")])
    july = _file(tmp_path, 7, [_row(A1), _row(B1), *blank], {"收款": [
        paid("A-1", ALPHA, "2025-06-18", 10000), paid("P-1", OTHER, "2025-06-28", 1000),
        paid("P-2", OTHER, "2025-07-30", 1000), paid("B-1", BETA, "2025-06-30", 10000)]})
    results = _same_import(tmp_path, june, july)
    owed = _open(tmp_path, date(2025, 7, 31))
    assert owed[ALPHA] == owed[BETA] == owed[OTHER] == (0, 0)
    assert not _said(results)


def _workbook(folder: Path, rows: list[Row]) -> list[Path]:
    """The firm's one workbook, kept all year under one name and imported each month."""
    return [write_xlsx(folder / "2025年订单台账.xlsx", {"订单台账": [
        ["宁波甬义进出口有限公司 订单台账"], HEAD, *([_day(v) for v in r] for r in rows)]})]


def test_one_workbook_kept_all_year_moves_a_figure_too(tmp_path: Path):
    """June's copy of the workbook writes Beta's 10,000 of 06-18 on Alpha's A-1; July's copy,
    under the same name, moves it to B-1 and re-sends Other's 1,000 of 06-28. Alpha owes its
    10,000, due 06-09: 51 days to July's latest day 07-30, watch. Before: the stored
    total was this file name's own, never looked at: Alpha 0 open, on no list, nothing said."""
    _same_import(tmp_path, _workbook(tmp_path / "files", [
        _row(A1, 10000, "2025-06-18"), _row(B1), *_paid("2025-06-28")]))
    [july] = _same_import(tmp_path, _workbook(tmp_path / "files", [
        _row(A1), _row(B1, 10000, "2025-06-18"), *_paid("2025-06-28", "2025-07-30")]))
    assert _open(tmp_path, date(2025, 7, 31))[ALPHA] == (10_000, 0)
    assert len(_notes(july, "receipt_moved")) == 1


def test_one_workbook_giving_each_month_s_receipts_keeps_both(tmp_path: Path):
    """The same workbook written by habit with each month's receipts only: July's copy is no
    copy of June's receipts, Alpha's blank is the habit's. Both counted and named."""
    _same_import(tmp_path, _workbook(tmp_path / "files", [
        _row(A1, 10000, "2025-06-30"), _row(B1), *_paid("2025-06-28")]))
    results = _same_import(tmp_path, _workbook(tmp_path / "files", [
        _row(A1), _row(B1, 10000, "2025-06-30"), *_this_month("2025-06-28", "2025-07-30")]))
    assert _open(tmp_path, date(2025, 7, 31))[ALPHA] == (0, 0)
    assert _said(results) == ["receipt_maybe_moved"]
