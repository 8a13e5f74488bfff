"""lots36: an order's lots across a firm's monthly files, continued from lots35b: a receipt the
firm typed on a lot's line kept when a later file lists another lot, a split restating one row
without a made-up receipt, a revision correcting a lot, an invoice re-issued (补发票) and a
lead time ("Delivery 2 weeks") that are no lots, and a row saying no lot beside a line whose
words name no later lot. Sofa Co's sofa order S-1 of 03-01 on OA 30 (due 30 days after
shipment); days overdue run to the latest receipt the ledger records (a payer's, 06-30). Every
file is imported by the app's import and the reference import, which must agree.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34d import HEADER, SOFA, _open, ordered
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lots35 import _payer
from test_lots35b import _overwritten, _split

from core.ledger.lot_words import lot_said
from core.ledger.report import import_report


def _lines(tmp_path: Path) -> list[tuple[float, float | None]]:
    """S-1's lines as stored: (amount, received), by ship date."""
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    try:
        return conn.execute("SELECT amount, received_amount FROM order_lines WHERE line_key "
                            "LIKE 'o:s-1|%' ORDER BY ship_date").fetchall()
    finally:
        conn.close()


def _revenue(tmp_path: Path) -> float:
    return by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))[SOFA].revenue_12m


def _file(path: Path, *rows: list[object]) -> Path:
    """A month's file (台账 2025-04.xlsx): its month's tab (4月), the rows, the payer's."""
    month = int(path.stem.split("-")[1][:2])
    return write_xlsx(path, {f"{month}月": [HEADER, *rows, *_payer()]})


# --- 1. a receipt the firm typed on a lot's line is the firm's --------------------------

@pytest.mark.parametrize("order", ["march first", "april first", "march again"])
def test_a_receipt_typed_on_the_first_lot_is_kept_beside_the_second(tmp_path: Path,
                                                                     order: str) -> None:
    """March's file: S-1's first lot, 80 sofas, 8,000, shipped 03-10, 4,000 received (the
    clerk typed 已收金额 4,000, no date). April's file: the second lot, 40 sofas, 4,000,
    shipped 04-10, noted 第二批. The order is 12,000 of which 4,000 came in: 8,000 open, 4,000
    on each lot (82 and 51 days). Before: the 4,000 March's file says was received was cleared
    as a balance an older reader made up (8,000 less the lot's 4,000): 12,000 open."""
    folder = tmp_path / "ledgers"
    march = _file(folder / "台账 2025-03.xlsx", ordered("S-1", 8_000, "2025-03-10", 80, 4_000))
    april = _file(folder / "台账 2025-04.xlsx",
                  ordered("S-1", 4_000, "2025-04-10", 40, note="第二批"))
    rounds = {"march first": [[march], [april]], "april first": [[april], [march]],
              "march again": [[march], [april], [march]]}[order]
    _same_import(tmp_path, *rounds)
    assert _open(tmp_path) == [(4_000, 82), (4_000, 51)]
    assert _revenue(tmp_path) == 12_000


def test_a_made_up_balance_is_still_cleared_once_march_is_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard (lots35b): an older reader let April's 第二批 4,000 overwrite March's 6,000 line,
    2,000 made up as received. March's file re-imported first, then April's: the 2,000 no
    file says is gone, 10,000 open as 6,000 and 4,000 (a lost fix kept it: 8,000 open)."""
    folder = tmp_path / "ledgers"
    march = _file(folder / "台账 2025-03.xlsx", ordered("S-1", 6_000, "2025-03-10", 60))
    april = _file(folder / "台账 2025-04.xlsx",
                  ordered("S-1", 4_000, "2025-04-10", 40, note="第二批"))
    _overwritten(tmp_path, monkeypatch, march, april)
    _same_import(tmp_path, [march], [april])
    assert _lines(tmp_path) == [(6_000, None), (4_000, None)]


# --- 2. a later file's split restates the line: no made-up receipt ----------------------

@pytest.mark.parametrize("lots", [(6_000, 4_000), (7_000, 3_000)])
@pytest.mark.parametrize("apart", ["files", "tabs"])
def test_a_split_restating_one_row_makes_up_no_receipt(tmp_path: Path, apart: str,
                                                        lots: tuple[float, float]) -> None:
    """March: S-1 10,000, 100 sofas, shipped 03-10, one row. April (next month's file, or
    the workbook's 4月 tab) lists it as its lots: 第一批 shipped 03-10, 第二批 shipped 04-10,
    6,000 + 4,000 (or 7,000 + 3,000). The order is 10,000, nothing received: the first lot's
    line is the lot's amount, no receipt. Before: the first lot's line kept 10,000 with the
    lot's difference made up as received (4,000 or 3,000), revenue 14,000 (or 13,000)."""
    first, second = lots
    split = [ordered("S-1", first, "2025-03-10", 60, note="第一批"),
             ordered("S-1", second, "2025-04-10", 40, note="第二批")]
    folder = tmp_path / "ledgers"
    march = [HEADER, ordered("S-1", 10_000, "2025-03-10", 100)]
    if apart == "files":
        _same_import(tmp_path, [_file(folder / "台账 2025-03.xlsx", *march[1:])],
                     [_file(folder / "台账 2025-04.xlsx", *split)])
    else:
        _same_import(tmp_path, [write_xlsx(folder / "台账.xlsx", {
            "3月": march, "4月": [HEADER, *split, *_payer()]})])
    assert _lines(tmp_path) == [(first, None), (second, None)]
    assert _revenue(tmp_path) == 10_000
    assert _open(tmp_path) == [(first, 82), (second, 51)]


# --- 3. a revision corrects a lot ---------------------------------------------------------

@pytest.mark.parametrize("name", ["台账 2025-04 修订.xlsx", "台账 2025-04(1).xlsx"])
@pytest.mark.parametrize("note", ["第一批", None])
def test_a_revision_correcting_the_first_lot_corrects_it(tmp_path: Path, note: str | None,
                                                         name: str) -> None:
    """April's file lists S-1's lots, 第一批 6,000 and 第二批 4,000; the clerk re-sends it
    revised (台账 2025-04 修订.xlsx, or a copy: 台账 2025-04(1).xlsx) with the first lot
    corrected to 6,200 (its 第一批 note kept, or left out): 10,200 open, 6,200 and 4,000.
    Before: the row without its note was read as the order listed whole and left the lot at
    6,000."""
    folder = tmp_path / "ledgers"
    april = _file(folder / "台账 2025-04.xlsx", *_split())
    revised = _file(folder / name,
                    ordered("S-1", 6_200, "2025-03-10", 60, note=note),
                    ordered("S-1", 4_000, "2025-04-10", 40, note="第二批"))
    _same_import(tmp_path, [april], [revised])
    assert _open(tmp_path) == [(6_200, 82), (4_000, 51)]


def test_march_s_one_row_still_leaves_april_s_lots(tmp_path: Path) -> None:
    """Guard (lots35b): March's one row of 10,000, imported after April's lots, is the order
    listed whole, not a revision: 6,000 and 4,000 stay."""
    folder = tmp_path / "ledgers"
    april = _file(folder / "台账 2025-04.xlsx", *_split())
    march = _file(folder / "台账 2025-03.xlsx", ordered("S-1", 10_000, "2025-03-10", 100))
    _same_import(tmp_path, [april], [march])
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]


# --- 4. words that say no lot ---------------------------------------------------------------

@pytest.mark.parametrize("note", ["补发票 INV-2", "补发发票", "补发 INV-2", "发票补发", "补发提单",
                                  "Delivery 2 weeks", "delivery 2-3 weeks", "交期2周",
                                  "shipment 3 days after deposit"])
@pytest.mark.parametrize("apart", ["files", "tabs"])
def test_an_invoice_re_issued_or_a_lead_time_is_no_lot(tmp_path: Path, apart: str, note: str
                                                       ) -> None:
    """March: S-1 6,000, shipped 03-10. April shows the line again, its ship date corrected
    to 03-12 (the day it left), noted 补发票 INV-2 (the invoice re-issued) or "Delivery 2
    weeks" (a lead time): that line re-dated, 6,000 open, 80 days. Before: 补发 and "delivery
    2" were lot words: a second sale, 12,000 open."""
    folder = tmp_path / "ledgers"
    march, april = (ordered("S-1", 6_000, "2025-03-10", 60),
                    ordered("S-1", 6_000, "2025-03-12", 60, note=note))
    if apart == "files":
        results = _same_import(tmp_path, [_file(folder / "台账 2025-03.xlsx", march)],
                               [_file(folder / "台账 2025-04.xlsx", april)])
    else:
        results = _same_import(tmp_path, [write_xlsx(folder / "台账.xlsx", {
            "3月": [HEADER, march], "4月": [HEADER, april, *_payer()]})])
    assert _open(tmp_path) == [(6_000, 80)]
    assert "another lot" not in import_report(results[-1])
    assert lot_said(note) == ""


@pytest.mark.parametrize("note", ["补发配件", "补发货物", "第二批", "Lot 2", "lot 2 (40 pcs)",
                                  "2nd delivery in 2 weeks", "partial shipment 2", "余货"])
def test_goods_sent_after_are_still_a_lot(note: str) -> None:
    """Guard: goods sent after (补发配件, 余货) and a counted lot stay lot words."""
    assert lot_said(note) != ""


@pytest.mark.parametrize("said", ["补发配件", "分批出货", "余货", "balance shipment"])
def test_a_row_saying_no_lot_is_the_line_of_an_unnumbered_lot(tmp_path: Path, said: str
                                                              ) -> None:
    """March's file: S-1 6,000, shipped 03-10, noted 补发配件 (or 分批出货, 余货: words that
    count no lot). April's file shows the line with its ship date corrected to 03-12 and its
    note gone: the line re-dated, one line, 6,000 open 80 days. Before: a row saying no lot
    beside a line saying any lot word other than the first was another lot: 12,000 open."""
    folder = tmp_path / "ledgers"
    march = _file(folder / "台账 2025-03.xlsx", ordered("S-1", 6_000, "2025-03-10", 60,
                                                       note=said))
    april = _file(folder / "台账 2025-04.xlsx", ordered("S-1", 6_000, "2025-03-12", 60))
    _same_import(tmp_path, [march], [april])
    assert _open(tmp_path) == [(6_000, 80)]


def test_a_row_saying_no_lot_after_a_later_counted_lot_is_still_another(tmp_path: Path
                                                                        ) -> None:
    """Guard (break35b): April's file of the second lot alone (第二批 4,000, 04-10) imported
    before March's row of 6,000 (03-10, no lot word): two lines, 10,000 open."""
    folder = tmp_path / "ledgers"
    april = _file(folder / "台账 2025-04.xlsx",
                  ordered("S-1", 4_000, "2025-04-10", 40, note="第二批"))
    march = _file(folder / "台账 2025-03.xlsx", ordered("S-1", 6_000, "2025-03-10", 60))
    _same_import(tmp_path, [april], [march])
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]
