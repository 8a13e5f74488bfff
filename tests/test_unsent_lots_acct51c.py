"""acct51c (rv51a finding 3): an order's later lot (第二批) with no 出货日期 of its own has not
shipped, whatever date its invoice's first row carries (core.ledger.unsent_lots).

Lagos Star's L-1 of 02-12 on OA 30: two rows of one product, 6,000 each; 第一批 shipped 03-01,
paid 03-28; 第二批's 出货日期 blank (it ships in July). Before: the blank went with the
invoice's first ship date written, lot 2 owed from 03-31, black at 61 days in May for 6,000 not
shipped. A firm's monthly files (each a copy of the last, receipts filled in), imported month
by month by the app's import and the reference import, which must agree; days overdue run to
the latest receipt the ledger records (a payer's, on each month end checked).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.analysis.model import CustomerMetrics
from core.ledger.importer import import_files
from core.ledger.lot_words import sent_after
from core.ledger.report import import_report
from core.recovery import undo_import

LAGOS = "Lagos Star Enterprises"
HEADER = ["合同号", "发票号", "客户名称", "下单日期", "产品", "金额", "币种", "付款方式",
          "出货日期", "定金", "定金日期", "实收金额", "收款日期", "备注"]
ENDS = ("2025-05-31", "2025-06-30", "2025-07-31", "2025-08-31")


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def lot(ship: str | None, note: str | None, product: str = "毛绒玩具", *,
        received: tuple[float, str] | None = None, invoice: str | None = None,
        deposit: tuple[float, str] | None = None) -> list[object]:
    """One row of L-1: 6,000 of `product`, shipped on `ship` (blank: None), its notes."""
    paid, on = received or (None, None)
    held, held_on = deposit or (None, None)
    return ["L-1", invoice, LAGOS, _d("2025-02-12"), product, 6_000, "USD", "OA 30天",
            _d(ship) if ship and ship[0].isdigit() else ship, held, _d(held_on), paid,
            _d(on), note]


FIRST = lot("2025-03-01", "第一批", received=(6_000, "2025-03-28"))


def _payer(month: int) -> list[list[object]]:
    """A payer's receipts up to the month's end: the ledger's receipts run to it."""
    return [[f"P-{m}", None, "Payer", _d(f"2025-{m:02d}-01"), "cup", 100, "USD", "T/T",
             _d(f"2025-{m:02d}-01"), None, None, 100, _d(ENDS[m - 5]), None]
            for m in range(5, month + 1)]


def _file(folder: Path, month: int, *rows: list[object],
          tabs: dict[str, list[list[object]]] | None = None) -> Path:
    """The firm's file of `month` (2025年05月订单台账.xlsx): one tab, the rows and the payer's."""
    sheets = {"订单台账": [HEADER, *rows, *_payer(month)]}
    sheets.update({name: [HEADER, *more] for name, more in (tabs or {}).items()})
    return write_xlsx(folder / f"2025年{month:02d}月订单台账.xlsx", sheets)


def _lagos(tmp_path: Path, day: str) -> CustomerMetrics:
    return by_name(at(tmp_path / "fast.sqlite", _d(day)))[LAGOS]  # type: ignore[arg-type]


def _account(tmp_path: Path, day: str) -> tuple[float, float, int, str | None]:
    """(open, overdue, days past due, list) at `day`."""
    c = _lagos(tmp_path, day)
    return round(c.open_amount, 2), round(c.overdue_amount, 2), c.max_days_overdue, c.list


# --- 1. a later lot without its ship date is not owed until its date comes ----------------

@pytest.mark.parametrize("note", ["第二批", "第2批", "2nd lot", "Second shipment",
                                  "balance shipment", "第二次出货"])  # 二批, 尾货: acct51g
def test_a_later_lot_without_its_ship_date_is_not_owed(tmp_path: Path, note: str) -> None:
    """May's and June's files: lot 2 blank. 0 open in May and June (before: 6,000 overdue 61
    days, black in May). July's file gives it 07-05: owed from 08-04, 6,000 open, overdue 27
    days at 08-31. Revenue 12,000 throughout: the order stands whole."""
    folder = tmp_path / "ledgers"
    waiting, shipped = lot(None, note), lot("2025-07-05", note)
    _same_import(tmp_path, [_file(folder, 5, FIRST, waiting)], [_file(folder, 6, FIRST, waiting)])
    assert _account(tmp_path, "2025-05-31") == (0, 0, 0, None)
    assert _account(tmp_path, "2025-06-30") == (0, 0, 0, None)
    assert _lagos(tmp_path, "2025-06-30").revenue_12m == 12_000
    _same_import(tmp_path, [_file(folder, 7, FIRST, shipped)], [_file(folder, 8, FIRST, shipped)])
    assert _account(tmp_path, "2025-07-31") == (6_000, 0, 0, None)
    assert _account(tmp_path, "2025-08-31") == (6_000, 6_000, 27, None)
    assert _lagos(tmp_path, "2025-08-31").revenue_12m == 12_000


def test_the_lot_said_in_the_product_cell_or_first_in_the_rows(tmp_path: Path) -> None:
    """The lot said in the product cell (毛绒玩具 第二批), or lot 2's row above lot 1's: not
    shipped either way, 0 open in May."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_file(folder, 5, lot(None, None, "毛绒玩具 第二批"), FIRST)])
    assert _account(tmp_path, "2025-05-31") == (0, 0, 0, None)


@pytest.mark.parametrize("product", ["毛绒玩具", "电动玩具"])
def test_it_is_read_as_a_cell_saying_not_shipped(tmp_path: Path, product: str) -> None:
    """The same account as 未出货 in its 出货日期 cell: lot 2's deposit of 1,800 (02-20) held
    against it, not owed, the order's revenue 12,000 (the same product or another)."""
    found = []
    for ship in (None, "未出货"):
        folder, base = tmp_path / str(ship), tmp_path / f"db-{ship}"
        rows = (FIRST, lot(ship, "第二批", product, deposit=(1_800, "2025-02-20")))
        _same_import(base, [_file(folder, 5, *rows)])
        c = _lagos(base, "2025-05-31")
        found.append((c.open_amount, c.overdue_amount, c.deposits_held, c.revenue_12m, c.list))
    assert found[0] == found[1] == (0, 0, 1_800, 12_000, None)


def test_a_lot_on_an_invoice_of_its_own(tmp_path: Path) -> None:
    """分批 with a 发票号 a lot: INV-2's lot 2 blank is not owed, as before (its invoice has no
    ship date written), and July's date makes it owed from 08-04."""
    folder = tmp_path / "ledgers"
    first = lot("2025-03-01", "分批 第一批", received=(6_000, "2025-03-28"), invoice="INV-1")
    _same_import(tmp_path, [_file(folder, 5, first, lot(None, "分批 第二批", invoice="INV-2"))],
                 [_file(folder, 8, first, lot("2025-07-05", "分批 第二批", invoice="INV-2"))])
    assert _account(tmp_path, "2025-05-31") == (0, 0, 0, None)
    assert _account(tmp_path, "2025-08-31") == (6_000, 6_000, 27, None)


# --- 2. the date written once for the rows of one shipment still ships them ---------------

@pytest.mark.parametrize("second", [
    lot(None, None, "电动玩具"),  # another product, no lot word: the date written once
    lot(None, None),  # the same product again (another colour), no lot word
    lot(None, "分批"),  # shipped in parts, said of every part: no lot counted
    lot(None, "第一批", "电动玩具"),  # the first lot's second product
])
def test_a_row_without_a_later_lot_ships_with_the_invoice_s_date(
        tmp_path: Path, second: list[object]) -> None:
    """A row saying no later lot, its 出货日期 blank under a row shipped 03-01: shipped with
    it, owed from 03-31, 6,000 open 61 days in May, black (as before)."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_file(folder, 5, FIRST, second)])
    assert _account(tmp_path, "2025-05-31") == (6_000, 6_000, 61, "black")


def test_a_lot_s_products_with_its_date_written_once(tmp_path: Path) -> None:
    """Lot 2's two products, 第二批 on both, its date 03-01 written on the first only: both
    shipped, owed from 03-31, 12,000 open 61 days in May (as before)."""
    folder = tmp_path / "ledgers"
    rows = (lot("2025-03-01", "第二批"), lot(None, "第二批", "电动玩具"))
    _same_import(tmp_path, [_file(folder, 5, *rows)])
    assert _account(tmp_path, "2025-05-31") == (12_000, 12_000, 61, "black")


def test_a_first_lot_without_its_date_beside_a_later_lot_dated(tmp_path: Path) -> None:
    """Out of order: 第一批's 出货日期 blank, 第二批 shipped 03-01. The first lot shipped by
    then: both owed from 03-31 (as before), 12,000 open 61 days in May."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_file(folder, 5, lot(None, "第一批"), lot("2025-03-01", "第二批"))])
    assert _account(tmp_path, "2025-05-31") == (12_000, 12_000, 61, "black")


# --- 3. what must not change ----------------------------------------------------------------

def test_a_later_file_of_the_recent_months_only(tmp_path: Path) -> None:
    """May's file (lot 2 blank), then August's holding only lot 2, shipped 07-05: one line of
    it, 6,000 open 27 days, revenue 12,000 (no third lot)."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_file(folder, 5, FIRST, lot(None, "第二批"))],
                 [_file(folder, 8, lot("2025-07-05", "第二批"))])
    assert _account(tmp_path, "2025-08-31") == (6_000, 6_000, 27, None)
    assert _lagos(tmp_path, "2025-08-31").revenue_12m == 12_000


def test_a_file_sent_whole_again_and_a_row_moved_to_another_tab(tmp_path: Path) -> None:
    """June's lot 2 on a tab of its own (待出货): not shipped, a sale of its own (before: read
    as lot 1's line, its date left blank: revenue 6,000). June's file re-sent whole after
    July's (lot 2 dated 07-05 there): the date stays, a blank keeps what is known."""
    folder = tmp_path / "ledgers"
    june = _file(folder / "june", 6, FIRST, tabs={"待出货": [lot(None, "第二批")]})
    july = _file(folder, 7, FIRST, lot("2025-07-05", "第二批"))
    _same_import(tmp_path, [june])
    assert _account(tmp_path, "2025-06-30") == (0, 0, 0, None)
    assert _lagos(tmp_path, "2025-06-30").revenue_12m == 12_000  # before: 6,000, lot 2 lost
    _same_import(tmp_path, [july], [_file(folder / "again", 6, FIRST, lot(None, "第二批"))])
    assert _account(tmp_path, "2025-06-30") == (0, 0, 0, None)
    assert _lagos(tmp_path, "2025-07-31").open_amount == 6_000


def test_each_month_s_file_of_its_own_lots(tmp_path: Path) -> None:
    """May's file lists lot 1 (shipped 03-01, paid), June's only lot 2, blank, July's lot 2
    shipped 07-05: 0 open in June, revenue 12,000 (before: lot 2 read as lot 1's line, its
    date left blank: revenue 6,000); 6,000 owed from 08-04."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_file(folder, 5, FIRST)], [_file(folder, 6, lot(None, "第二批"))])
    assert _account(tmp_path, "2025-06-30") == (0, 0, 0, None)
    assert _lagos(tmp_path, "2025-06-30").revenue_12m == 12_000
    _same_import(tmp_path, [_file(folder, 8, lot("2025-07-05", "第二批"))])
    assert _account(tmp_path, "2025-08-31") == (6_000, 6_000, 27, None)
    assert _lagos(tmp_path, "2025-08-31").revenue_12m == 12_000


def test_undo_puts_back_the_lot_not_shipped(tmp_path: Path) -> None:
    """July's import (lot 2 shipped 07-05) undone: lot 2 not shipped again, 0 open in June;
    the import report says nothing of the lot (nothing for the clerk to do)."""
    folder = tmp_path / "ledgers"
    db = tmp_path / "fast.sqlite"
    [june] = import_files(db, [_file(folder, 6, FIRST, lot(None, "第二批"))])
    assert "第二批" not in import_report(june) and "lot" not in import_report(june)
    import_files(db, [_file(folder, 7, FIRST, lot("2025-07-05", "第二批"))])
    assert _account(tmp_path, "2025-07-31") == (6_000, 0, 0, None)
    undo_import(db)
    assert _account(tmp_path, "2025-06-30") == (0, 0, 0, None)


@pytest.mark.parametrize(("cell", "later"), [
    ("第二批", True), ("第三批尾货", True), ("余货", False), ("补发", False),  # acct51g
    ("Final shipment", True),
    ("partial shipment 2", True), ("第一批", False), ("1st shipment", False), ("分批", False),
    ("partial shipment", False), ("补发票 INV-2", False), ("第二批货款已收", False),
    ("Delivery 2 weeks", False), ("急单", False)])
def test_the_words_of_a_later_lot(cell: str, later: bool) -> None:
    """Goods shipped after the first (lot_words.sent_after): not a lot's money, an invoice
    re-issued, a lead time, the first lot or 分批 said of every part."""
    assert sent_after(cell) is later
