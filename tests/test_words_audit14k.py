"""Two faults the audit of free-text words (test_words_audit14) left.

A cancelled order could never be reinstated by a later file: a status cell saying the order
stands ("正常", "已恢复(原取消)", "shipped") read as no status at all, which the merge treats as a
blank, so the stored cancellation stayed and the late payer's 8,000 stayed hidden. A filled
cell saying neither cancelled nor disputed now lifts a stored cancellation (or dispute); a
blank still keeps it, and rows stay stored as they were (NULL: the order stands).

A customer cell holding only a placeholder ("-", "/", "无", "N/A") made a customer called "-":
the row is now one without its customer, skipped and named in the import report.

Every ledger is imported by the app's import and the reference import, which must agree
(test_fast_import._same_import); the case is test_words_audit14's late payer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_words_audit14 import AMOUNT, HEADER, LATE, PAYER, A, imported, late_payer, row, stored

from core.ledger.report import import_report

OWED = (AMOUNT, (A - date(2025, 3, 31)).days, "black")  # open, days past due, list


def owed(db: Path) -> tuple[float, int, str | None]:
    c = late_payer(db)
    return c.open_amount, c.max_days_overdue, c.list


# --- a cancelled order reinstated ---------------------------------------------------------------

@pytest.mark.parametrize(("status", "was"), [
    *[(word, was) for word in ("已恢复(原取消)", "Cancelled → reinstated", "重开")
      for was in ("已取消", "disputed")],
    *[(word, "disputed") for word in ("正常", "shipped", "已出货")]])
def test_a_later_file_saying_the_order_stands_reinstates_it(tmp_path: Path, status: str,
                                                            was: str) -> None:
    """File 1 cancels PO-1 (or puts it in dispute); file 2 writes it reinstated (a dispute
    also as normal; a plain 正常 leaves a cancellation: test_cancel_reinstate28). The order is
    owed again and its customer back on the black list; stored as a normal order is (NULL)."""
    db = imported(tmp_path, [row("PO-1", status=was)], [row("PO-1", status=status)])
    assert stored(db, "status", "order_lines") == [None, None]
    assert stored(db, "status") == [None, None]
    assert owed(db) == OWED
    assert late_payer(db).disputed_amount == 0


@pytest.mark.parametrize("blank", [None, "", "  ", "-", "/"])
def test_a_blank_status_in_a_later_file_keeps_the_cancellation(tmp_path: Path,
                                                               blank: str | None) -> None:
    """A blank cell (or one saying nothing, "-") never erases a stored status."""
    db = imported(tmp_path, [row("PO-1", status="已取消")], [row("PO-1", status=blank)])
    assert stored(db, "status", "order_lines") == ["cancelled", None]
    assert stored(db, "status") == ["cancelled", None]
    assert (late_payer(db).open_amount, late_payer(db).list) == (0, None)


def test_a_normal_order_is_stored_as_before(tmp_path: Path) -> None:
    """"正常" on a new order, and "normal" on the stored one, stores no status (NULL): rows
    of normal orders, and what the analysis and fingerprints read of them, are unchanged.
    (The two files differ: one file twice is "already imported".)"""
    db = imported(tmp_path, [row("PO-1", status="正常")], [row("PO-1", status="normal")])
    assert stored(db, "status", "order_lines") == [None, None]
    assert stored(db, "status") == [None, None]
    assert owed(db) == OWED


def test_a_reinstated_line_of_a_two_line_order_is_owed(tmp_path: Path) -> None:
    """Both lines cancelled in file 1; file 2 reinstates one: the order stands, that line is
    owed, the other stays cancelled."""
    first = [row("PO-1", status="已取消"), row("PO-1", 2_000, status="已取消")]
    first[1][0] = "PO-1"
    db = imported(tmp_path, first, [row("PO-1", status="已恢复")])
    assert stored(db, "status", "order_lines") == [None, "cancelled", None]
    assert stored(db, "status") == [None, None]
    assert owed(db) == OWED


@pytest.mark.parametrize(("earlier", "later"), [("正常", "已取消"), ("已取消", "已恢复"),
                                                ("已取消", None), (None, "已取消")])
@pytest.mark.parametrize("tabs", [("2月", "3月"), ("Alpha", "Beta")])
def test_a_later_tab_of_one_workbook_settles_the_status(tmp_path: Path, earlier: str | None,
                                                        later: str | None,
                                                        tabs: tuple[str, str]) -> None:
    """Within one file the status a later tab writes for a repeated line governs, and a
    blank there keeps the earlier one (tests/test_year_to_date_status.py has the rest)."""
    sheets = {tabs[0]: [HEADER, row("PO-1", status=earlier), PAYER],
              tabs[1]: [HEADER, row("PO-1", status=later), PAYER]}
    path = write_xlsx(tmp_path / "2025.xlsx", sheets)
    _same_import(tmp_path, [path])
    db = tmp_path / "fast.sqlite"
    cancelled = (later or earlier) == "已取消"
    assert stored(db, "status") == ["cancelled" if cancelled else None, None]
    assert late_payer(db).open_amount == (0 if cancelled else AMOUNT)


# --- a placeholder customer -----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["-", "/", "无", "N/A", " — "])
def test_a_placeholder_customer_is_a_row_without_its_customer(tmp_path: Path,
                                                              name: str) -> None:
    """The row is skipped and reported as missing its customer, never a customer "-"."""
    nobody = row("PO-2")
    nobody[1] = name
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, row("PO-1"), nobody, PAYER]})
    [result] = _same_import(tmp_path, [path])
    assert [(s.sheet, s.row, s.message.code) for s in result.skipped] == [
        ("台账", 3, "missing_customer")]
    assert "PO-2" not in stored(tmp_path / "fast.sqlite", "order_no")
    assert stored(tmp_path / "fast.sqlite", "name", "customers") == [LATE, "Payer"]
    [skipped] = result.skipped
    assert skipped.message.text in import_report(result)
