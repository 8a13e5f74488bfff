"""lots35: lots (partial shipments, 分批) across a firm's monthly files, a second lot of the
same amount, lot words written in the status cell. Each test gives the files, the hand count
and what the user saw before. Sofa Co's sofa order S-1 of 03-01 on OA 30 (due 30 days after
shipment); days overdue run to the latest receipt the ledger records (a payer's, 06-30).
Every file is imported by the app's import and the reference import, which must agree.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
import test_received_steps_recv32 as deposits
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_break33b import DAYS
from test_break34d import HEADER, _open, _workbook, ordered
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name
from test_lists_audit30 import HEADER as STATUS_ROWS_HEADER
from test_lists_audit30 import PAYER, row
from test_status33 import ALPHA, T1

from core.ledger.report import import_report

STATUS_HEADER = [*HEADER, "状态"]


def _payer() -> list[list[object]]:
    return [[*row, None, None, None] for row in deposits.payer(*DAYS)]


@pytest.mark.parametrize("names", [("台账 2025-03.xlsx", "台账 2025-04.xlsx"),
                                   ("2025-03/台账.xlsx", "2025-04/台账.xlsx")])
def test_april_s_file_of_the_second_lot_alone_is_a_sale_of_its_own(
        tmp_path: Path, names: tuple[str, str]) -> None:
    """台账 2025-03.xlsx (or 台账.xlsx in the folder 2025-03): 60 sofas, 6,000, shipped 03-10.
    April's file lists only the second lot: 40 sofas, 4,000, shipped 04-10, noted 第二批.
    Nothing received: at 06-30 6,000 open 82 days and 4,000 open 51 days, 10,000. Before:
    April's row updated March's line (its balance left): 4,000 open where 10,000 is."""
    folder = tmp_path / "ledgers"
    march = write_xlsx(folder / names[0], {"3月": [
        HEADER, ordered("S-1", 6_000, "2025-03-10", 60), *_payer()]})
    april = write_xlsx(folder / names[1], {"4月": [
        HEADER, ordered("S-1", 4_000, "2025-04-10", 40, note="第二批"), *_payer()]})
    results = _same_import(tmp_path, [march], [april])
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]
    assert (results[1].counts.inserted, results[1].counts.updated) == (1, 0)
    report = import_report(results[1])
    assert "1 row lists a product of an order an earlier file listed" in report
    assert "a sale of its own (“4月” row 2); the earlier file's line is kept as it was" in report
    assert "之前的文件中已属同一订单出现" in in_chinese(lambda: import_report(results[1]))
    assert "earlier file" not in import_report(results[0])
    copy = write_xlsx(folder / "again" / "台账 2025-04(1).xlsx", {"4月": [
        HEADER, ordered("S-1", 4_000, "2025-04-10", 40, note="第二批"), *_payer()]})
    book = openpyxl.load_workbook(copy)
    book.properties.creator = "a colleague"  # saved again: never the same bytes as April's
    book.save(copy)
    # the lot's own line again: nothing new, and March's first lot, which the copy leaves out
    # beside the payer's rows it lists again, is no deletion (its second lot says a first one)
    [again] = _same_import(tmp_path, [copy])
    assert again.status == "imported"
    assert (again.counts.inserted, _open(tmp_path)) == (0, [(6_000, 82), (4_000, 51)])


def test_a_second_lot_of_the_same_amount_shipped_later(tmp_path: Path) -> None:
    """60 sofas, 6,000, shipped 03-10 on 3月; 60 more, 6,000, shipped 04-10 on 4月 noted
    第二批: two sales, 12,000 open (6,000 82 days, 6,000 51 days). Before: read as the 3月
    line's ship date corrected: one 6,000 line due 05-10, 6,000 of sales lost."""
    _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)],
                         "4月": [ordered("S-1", 6_000, "2025-04-10", 60, note="第二批")]})
    assert _open(tmp_path) == [(6_000, 82), (6_000, 51)]


@pytest.mark.parametrize("note", [None, "第一批", "1st shipment"])
def test_the_same_amount_re_dated_is_the_line_corrected(tmp_path: Path, note: str | None
                                                        ) -> None:
    """The same row on 4月 with its ship date corrected to 04-10, with no lot word or one
    naming the first lot: one line, 6,000 due 05-10 (51 days), as before."""
    _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)],
                         "4月": [ordered("S-1", 6_000, "2025-04-10", 60, note=note)]})
    assert _open(tmp_path) == [(6_000, 51)]


def test_lot_words_in_the_status_cell(tmp_path: Path) -> None:
    """The clerk writes the lot in the status column (第二批已发), not the notes: 40 sofas,
    4,000, shipped 04-10 on 4月 beside 3月's 60, 6,000: 10,000 open. Before: the status cell
    was not read for lot words: the 4月 row was the 3月 line's balance left, 4,000 open."""
    book = write_xlsx(tmp_path / "ledgers" / "台账.xlsx", {
        "3月": [STATUS_HEADER, [*ordered("S-1", 6_000, "2025-03-10", 60), None]],
        "4月": [STATUS_HEADER, [*ordered("S-1", 4_000, "2025-04-10", 40), "第二批已发"],
               *_payer()]})
    [result] = _same_import(tmp_path, [book])
    assert "a sale of its own (“4月” row 2)" in import_report(result)
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]


@pytest.mark.parametrize("number", ["T-2", None])
def test_an_older_file_s_line_removed_is_no_new_line(tmp_path: Path, number: str | None
                                                     ) -> None:
    """May's file (T-2's two 2,000 lots 已恢复) imported before April's (T-2 8,000 已取消
    over the two lots, with Alpha's new order): April's last lot adds a line the import
    removes (core.ledger.leftover_lines: the rows a later file dropped), so April's file
    writes one line and one order, Alpha's: "Rows: 1 inserted, 0 updated, 4 unchanged",
    "orders: 1 new". Before: "2 inserted" and, numberless (each identical row an order of its
    own), "orders: 2 new", where the store holds 5 lines, one more than before."""
    def t2(amount: float, status: str | None, ship: str | None = "2025-04-02") -> list[object]:
        return row(number, "Tunis Trade", "2025-03-10", amount, ship, status=status)

    folder = tmp_path / "ledgers"
    may = write_xlsx(folder / "台账 2025-05.xlsx", {"台账": [
        STATUS_ROWS_HEADER, T1, t2(2_000, "已恢复"), t2(2_000, "已恢复"), PAYER]})
    april = write_xlsx(folder / "台账 2025-04.xlsx", {"台账": [
        STATUS_ROWS_HEADER, T1, t2(8_000, "已取消", None), t2(2_000, None), t2(2_000, None),
        ALPHA]})
    results = _same_import(tmp_path, [may], [april])
    counts = results[1].counts
    assert (counts.inserted, counts.updated, counts.unchanged) == (1, 0, 4)
    assert counts.orders_inserted == 1
    assert "Rows: 1 inserted, 0 updated, 4 unchanged" in import_report(results[1])
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    try:
        assert conn.execute("SELECT rows_inserted, COUNT(*) FROM imports i JOIN order_lines l "
                            "WHERE i.file_name = ?", (april.name,)).fetchone() == (1, 5)
    finally:
        conn.close()


def test_a_month_folder_whose_rows_run_past_it_is_dated_by_its_rows(tmp_path: Path) -> None:
    """台账 2025-05.xlsx cancels T-2 (8,000); June's ledger, saved as 台账.xlsx in the folder
    2025-04 (its rows ordered 06-10 and received 06-25), writes T-2 已恢复. Its rows say June:
    T-2 is owed again, T-1 6,000 and T-2 8,000, 14,000 open. Before: the folder's month dated
    it April 30, older than May's file: its 已恢复 was kept out, 6,000 open where 14,000 is.
    A file named 台账 2025-04.xlsx is dated by its name, as before."""
    def t2(status: str) -> list[object]:
        return row("T-2", "Tunis Trade", "2025-03-10", 8_000, "2025-04-02", status=status)

    folder = tmp_path / "ledgers"
    may = write_xlsx(folder / "台账 2025-05.xlsx", {"台账": [
        STATUS_ROWS_HEADER, T1, t2("已取消"),
        row("A-1", "Alpha Home", "2025-05-10", 1_000, "2025-05-11", 1_000, "2025-05-20")]})
    june = write_xlsx(folder / "2025-04" / "台账.xlsx", {"台账": [
        STATUS_ROWS_HEADER, T1, t2("已恢复"),
        row("B-1", "Beta", "2025-06-10", 1_000, "2025-06-11", 1_000, "2025-06-25")]})
    results = _same_import(tmp_path, [may], [june])
    assert "older_status_kept" not in [w.code for w in results[1].warnings]
    assert _owed(by_name(at(tmp_path / "fast.sqlite"))["Tunis Trade"]) == (
        14_000, "black", {"T-1": (6_000, 105), "T-2": (8_000, 54)})


@pytest.mark.parametrize("status", ["分批付款", "第二批货款已收"])
def test_a_status_of_payment_in_parts_is_no_lot(tmp_path: Path, status: str) -> None:
    """The 4月 tab shows the 3月 line again, its amount raised to 6,500, its status saying
    how the buyer pays (分批付款: in instalments; 第二批货款已收: the second instalment
    received): one line, 6,500 open, 82 days. Read as lot words it was a second sale, 12,500
    open."""
    book = write_xlsx(tmp_path / "ledgers" / "台账.xlsx", {
        "3月": [STATUS_HEADER, [*ordered("S-1", 6_000, "2025-03-10", 60), None]],
        "4月": [STATUS_HEADER, [*ordered("S-1", 6_500, "2025-03-10", 60), status], *_payer()]})
    [result] = _same_import(tmp_path, [book])
    assert _open(tmp_path) == [(6_500, 82)]
    assert "another lot" not in import_report(result)
