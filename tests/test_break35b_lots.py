"""break35b: lots35's rules tried on what firms' files hold. Sofa Co's sofa order S-1 of
03-01 on OA 30, as in test_lots35: March's 60 sofas, 6,000, shipped 03-10; days overdue run to
the payer's last receipt (06-30). Both imports (the app's and tests/reference_import) agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34d import HEADER, _open, _workbook, ordered
from test_fast_import import _same_import
from test_lots35 import STATUS_HEADER, _payer

from core.ledger.report import import_report


@pytest.mark.parametrize("word", ["二次出货", "第二次发货", "第2次出货", "Lot 2", "shipment #2",
                                  "Batch No. 2"])
def test_a_second_shipment_said_otherwise_is_a_sale_of_its_own(tmp_path: Path, word: str
                                                               ) -> None:
    """April's file lists only the second shipment, 40 sofas, 4,000, shipped 04-10, noted 二次
    出货 (a second shipping), 第二次发货 or "Lot 2": 6,000 open 82 days and 4,000 open 51
    days, 10,000. Before: no lot word, April's row was March's line's balance left, 4,000
    open where 10,000 is."""
    folder = tmp_path / "ledgers"
    march = write_xlsx(folder / "台账 2025-03.xlsx", {"3月": [
        HEADER, ordered("S-1", 6_000, "2025-03-10", 60), *_payer()]})
    april = write_xlsx(folder / "台账 2025-04.xlsx", {"4月": [
        HEADER, ordered("S-1", 4_000, "2025-04-10", 40, note=word), *_payer()]})
    results = _same_import(tmp_path, [march], [april])
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]
    assert "a sale of its own (“4月” row 2)" in import_report(results[1])


@pytest.mark.parametrize("word", ["一次出货", "一次性发货", "第一次出货", "Lot 1", "lot 2025",
                                  "batch 20250301"])
def test_shipped_at_once_the_first_shipment_or_a_lot_number_is_no_other_lot(
        tmp_path: Path, word: str) -> None:
    """The 4月 tab shows the 3月 line again re-dated 04-10 (6,000) noted 一次出货 (shipped at
    once), 第一次出货 (the first shipping), "Lot 1" or a production lot number: one line,
    6,000 open 51 days."""
    report = _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)],
                                  "4月": [ordered("S-1", 6_000, "2025-04-10", 60, note=word)]})
    assert _open(tmp_path) == [(6_000, 51)]
    assert "another lot" not in report


@pytest.mark.parametrize("first", ["第一批", "1st shipment", "Lot 1"])
@pytest.mark.parametrize("files", [True, False])
def test_a_cumulative_ledger_re_sent_with_its_first_lot_corrected(tmp_path: Path, first: str,
                                                                 files: bool) -> None:
    """March's 60 sofas, 6,000 (no lot word: nobody knew of a second); April's cumulative
    ledger (its own file, or the 4月 tab beside 3月) lists both lots: the first corrected to
    58 sofas, 5,800, noted 第一批, and the second, 40, 4,000, 04-10, 第二批: 5,800 open 82
    days and 4,000 51 days, 9,800. Before: the 第一批 row was another lot than March's line
    (another amount and another lot word than none): 6,000 + 5,800 + 4,000, 15,800 open."""
    rows = [ordered("S-1", 5_800, "2025-03-10", 58, note=first),
            ordered("S-1", 4_000, "2025-04-10", 40, note="第二批")]
    if files:
        folder = tmp_path / "ledgers"
        march = write_xlsx(folder / "台账 2025-03.xlsx", {"3月": [
            HEADER, ordered("S-1", 6_000, "2025-03-10", 60), *_payer()]})
        april = write_xlsx(folder / "台账 2025-04.xlsx", {"4月": [HEADER, *rows, *_payer()]})
        results = _same_import(tmp_path, [march], [april])
        assert (results[1].counts.inserted, results[1].counts.updated) == (1, 1)
    else:
        _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)], "4月": rows})
    assert _open(tmp_path) == [(5_800, 82), (4_000, 51)]


def _status_row(amount: float, ship: str, quantity: int, status: str | None,
                 received: float | None = None, on: str | None = None) -> list[object]:
    return [*ordered("S-1", amount, ship, quantity, received, on), status]


@pytest.mark.parametrize("files", [False, True])
def test_the_second_lot_s_money_received_is_that_lot_s_line(tmp_path: Path, files: bool
                                                            ) -> None:
    """A tab a month of one workbook, or a file a month. 3月: 60 sofas, 6,000, shipped 03-10.
    4月: only the second lot, 40 sofas, 4,000, shipped 04-10, its status 第二批已发 (a line of
    its own). 5月: that
    row again, its status now 第二批货款已收, 4,000 received 05-20: the second lot paid, 6,000
    of the order open (the order's money counted against its oldest invoice first: 2,000 of
    the first lot 82 days, the second's 4,000 51 days). Before: 第二批货款已收 says no lot
    (the money of a lot, lots35), so 5月's row was 3月's line again, re-dated 04-10 and paid:
    4,000 open where 6,000 is."""
    months = {"3月": [_status_row(6_000, "2025-03-10", 60, None)],
              "4月": [_status_row(4_000, "2025-04-10", 40, "第二批已发")],
              "5月": [_status_row(4_000, "2025-04-10", 40, "第二批货款已收", 4_000,
                                  "2025-05-20"), *([*r, None] for r in _payer())]}
    if files:  # each month's file its own (the 4月 line keeps its lot in its notes: lots35b)
        _same_import(tmp_path, *([write_xlsx(tmp_path / "ledgers" / f"台账 2025-0{m[0]}.xlsx", {
            m: [STATUS_HEADER, *rows]})] for m, rows in months.items()))
    else:
        _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx", {
            month: [STATUS_HEADER, *rows] for month, rows in months.items()})])
    assert _open(tmp_path) == [(2_000, 82), (4_000, 51)]


@pytest.mark.parametrize("again", ["第2批", "二批", "2nd shipment", "Lot 2", "第二次出货"])
def test_the_second_lot_written_otherwise_next_month_is_that_lot(tmp_path: Path, again: str
                                                                 ) -> None:
    """3月: 60 sofas, 6,000, shipped 03-10. 4月: the second lot, 40 sofas, 4,000, shipped
    04-10, noted 第二批. 5月: that lot again, corrected to 42 sofas, 4,200, the clerk writing
    第2批, 二批 or "2nd shipment" this time: 6,000 and 4,200 open, 10,200. Before: the words
    differing letter for letter, the 5月 row was a third lot: 14,200 open."""
    _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)],
                         "4月": [ordered("S-1", 4_000, "2025-04-10", 40, note="第二批")],
                         "5月": [ordered("S-1", 4_200, "2025-04-10", 42, note=again)]})
    assert _open(tmp_path) == [(6_000, 82), (4_200, 51)]


@pytest.mark.parametrize("files", [True, False])
def test_the_second_lot_read_before_the_first(tmp_path: Path, files: bool) -> None:
    """April's file (the second lot alone, 40 sofas, 4,000, shipped 04-10, 第二批) imported
    before March's (60 sofas, 6,000, shipped 03-10, no lot word: March knew of no second),
    or one workbook's tabs newest first (4月, then 3月): 6,000 open 82 days, 4,000 51 days.
    Before: March's row was the second lot's line again, re-dated 03-10 at 6,000: the second
    lot lost, 6,000 open where 10,000 is. The lot re-sent without its word and its amount
    corrected, shipped the same day, is still that lot corrected."""
    march = [ordered("S-1", 6_000, "2025-03-10", 60)]
    april = [ordered("S-1", 4_000, "2025-04-10", 40, note="第二批")]
    folder = tmp_path / "ledgers"
    if files:
        books = [write_xlsx(folder / f"台账 2025-0{n}.xlsx", {f"{n}月": [
            HEADER, *rows, *_payer()]}) for n, rows in ((4, april), (3, march))]
        _same_import(tmp_path, books[:1], books[1:])
    else:
        _workbook(tmp_path, {"4月": april, "3月": march})
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]
    corrected = write_xlsx(folder / "台账 2025-05.xlsx", {"5月": [
        HEADER, ordered("S-1", 4_200, "2025-04-10", 42), *_payer()]})
    _same_import(tmp_path, [corrected])
    assert _open(tmp_path) == [(6_000, 82), (4_200, 51)]
