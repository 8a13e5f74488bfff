"""Only the row that wrote a cancellation corrects it, read again from its file.

cancel28b let the row that last wrote a line, read again from the same file, correct its
status (正常 lifts 已取消: core.ledger.own_rows). But a later file's row that leaves a cancelled
line cancelled (its plain 正常 not taken) while bringing money became the line's source (the row
that last changed it): feb.xlsx cancels PO-1, mar.xlsx has PO-1 正常 with 2,000 received (it
stays cancelled, and the report names the row), and importing mar.xlsx again after an unrelated
edit elsewhere brought PO-1 back as owed, its customer onto the black list, with no message,
though the clerk corrected nothing in that row. Now such a row is not the line's source: the
cancelling row stays it, and correcting that row still brings the order back. Each import runs
through both import paths (test_fast_import._same_import), which must agree.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ledgers import write_xlsx
from test_cancel_reinstate28 import is_cancelled, moving
from test_fast_import import _same_import
from test_words_audit14 import HEADER, PAYER, late_payer, row, stored

from core import i18n
from core.ledger.import_result import FileResult
from core.ledger.report import import_report

NOTES = HEADER.index("备注")


def imported(tmp_path: Path, path: Path, rows: list[list[object]]) -> Path:
    """`rows` (PO-1's, then the payer's) written to `path` and imported both ways: the fast
    import's database."""
    return imported_with(tmp_path, path, rows)[0]


def imported_with(tmp_path: Path, path: Path, rows: list[list[object]]
                  ) -> tuple[Path, FileResult]:
    """:func:`imported`, and what the import says."""
    results = _same_import(tmp_path, [write_xlsx(path, {"台账": [HEADER, *rows]})])
    assert [r.status for r in results] == ["imported"]
    return tmp_path / "fast.sqlite", results[0]


def corrections(result: FileResult) -> list[str]:
    return [w.text for w in result.warnings if w.code == "cancellation_corrected"]


def source(db: Path) -> tuple[object, ...]:
    """PO-1's line's source (the row that last changed it) and the row that wrote its status
    (cancel29: NULL where it is the source)."""
    conn = sqlite3.connect(db)
    try:
        [found] = conn.execute("SELECT l.source_file, l.source_sheet, l.source_row, "
                               "l.status_file, l.status_sheet, l.status_row FROM "
                               "order_lines l JOIN orders o ON o.id = l.order_id "
                               "WHERE o.order_no = 'PO-1'")
        return tuple(found)
    finally:
        conn.close()


def cancelled_then_paid(tmp_path: Path) -> Path:
    """feb.xlsx cancels PO-1; mar.xlsx has it 正常 with 2,000 received: it stays cancelled."""
    imported(tmp_path, tmp_path / "feb.xlsx", [row("PO-1", status="已取消"), PAYER])
    db = imported(tmp_path, tmp_path / "mar.xlsx", [moving("正常", received=2_000), PAYER])
    assert stored(db, "status") == ["cancelled", None]
    return db


def test_a_later_file_imported_again_does_not_bring_back_the_order(tmp_path: Path) -> None:
    """Before: the third import brought PO-1 back, 6,000 open, its customer black-listed."""
    cancelled_then_paid(tmp_path)
    payer = [*PAYER[:NOTES], "电汇已核对", *PAYER[NOTES + 1:]]  # an edit on another row
    db, result = imported_with(tmp_path, tmp_path / "mar.xlsx",
                               [moving("正常", received=2_000), payer])
    assert not corrections(result)
    assert stored(db, "status") == ["cancelled", None]
    assert stored(db, "status", "order_lines") == ["cancelled", None]
    assert stored(db, "received_amount", "order_lines") == [2_000, 1_000]
    found = late_payer(db)
    assert (found.open_amount, found.list) == (0, None)
    # the row that brought the money is the line's source, the one that cancelled it its
    # status's (cancel29)
    assert source(db) == ("mar.xlsx", "台账", 2, "feb.xlsx", "台账", 2)


def test_the_cancelling_row_corrected_brings_the_order_back(tmp_path: Path) -> None:
    """The clerk corrects the row that wrote 已取消 and imports feb.xlsx again: the order is
    owed again (cancel28b), the 2,000 March brought kept; the report names the row, in English
    and Chinese, with what to write if the order is cancelled after all."""
    cancelled_then_paid(tmp_path)
    db, result = imported_with(tmp_path, tmp_path / "feb.xlsx",
                               [row("PO-1", status="正常"), PAYER])
    [note] = corrections(result)
    assert "PO-1 (“台账” row 2)" in note and "“feb.xlsx”" in note and note in import_report(result)
    i18n.set_language("zh_CN")
    [note] = corrections(result)
    assert "“feb.xlsx”中有 1 行恢复了" in note and "PO-1（“台账”第 2 行）" in note
    assert "已取消" in note
    assert stored(db, "status") == stored(db, "status", "order_lines") == [None, None]
    assert stored(db, "received_amount", "order_lines") == [2_000, 1_000]
    found = late_payer(db)
    assert (found.open_amount, found.list) == (6_000, "black")


def test_a_year_to_date_workbook_corrected_on_its_cancelling_tab(tmp_path: Path) -> None:
    """One workbook, 2月 cancelling PO-1 and 3月 showing it 正常 with 2,000 received: the 2月
    row is the line's, so correcting it there and importing the workbook again brings the
    order back (before, the 3月 row was the source and the correction did nothing)."""
    book = tmp_path / "2025.xlsx"
    tabs = {"2月": [HEADER, row("PO-1", status="已取消"), PAYER],
            "3月": [HEADER, moving("正常", received=2_000), PAYER]}
    _same_import(tmp_path, [write_xlsx(book, tabs)])
    assert is_cancelled(tmp_path / "fast.sqlite")
    tabs["2月"][1] = row("PO-1", status="正常")
    _same_import(tmp_path, [write_xlsx(book, tabs)])
    db = tmp_path / "fast.sqlite"
    assert stored(db, "status") == stored(db, "status", "order_lines") == [None, None]
    assert (late_payer(db).open_amount, late_payer(db).list) == (6_000, "black")
