"""A year-to-date workbook repeats each order on every later tab; the status a later tab writes
is the order's. The March tab cancelling an order the February tab showed as normal left the
order owed (the first showing's status governed), so a customer could be black-listed for an
order it had cancelled. A later tab's "已恢复" reinstates, a blank or a plain "正常" keeps (a
copy or the template's default: test_cancel_reinstate28), a claim disputes.

Each workbook is imported by the app's import and by the reference import (both must leave the
same database and say the same things: test_fast_import._same_import), then analysed as the
app does. The late payer and its 8,000 order are test_words_audit14's.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_words_audit14 import AMOUNT, HEADER, PAYER, A, late_payer, row, stored

from core.ledger.import_result import FileResult
from core.ledger.importer import content_hash, import_files
from core.ledger.report import import_report

LATE_DAYS = (A - date(2025, 3, 31)).days  # PO-1 is due 03-31 and nothing is received


def year_to_date(tmp_path: Path, *tabs: list[list[object]], name: str = "ytd"
                 ) -> list[Path]:
    """One workbook whose tabs (February, March, …) each repeat the orders before them."""
    months = ["2月", "3月", "4月", "5月"]
    sheets = {months[n]: [HEADER, *rows, PAYER] for n, rows in enumerate(tabs)}
    return [write_xlsx(tmp_path / f"{name}.xlsx", sheets)]


def imported(tmp_path: Path, *rounds: list[Path]) -> tuple[Path, list[FileResult]]:
    results = _same_import(tmp_path, *rounds)
    assert all(r.status == "imported" for r in results)
    return tmp_path / "fast.sqlite", results


def test_a_later_tab_cancelling_an_order_takes_it_off_the_account(tmp_path: Path) -> None:
    db, _ = imported(tmp_path, year_to_date(tmp_path, [row("PO-1")],
                                            [row("PO-1", status="已取消")]))
    assert stored(db, "status") == ["cancelled", None]
    assert stored(db, "status", "order_lines") == ["cancelled", None]
    c = late_payer(db)
    assert (c.open_amount, c.list) == (0, None)


def test_the_cancellation_holds_when_a_later_tab_leaves_the_status_blank(tmp_path: Path
                                                                       ) -> None:
    db, _ = imported(tmp_path, year_to_date(tmp_path, [row("PO-1")],
                                            [row("PO-1", status="已取消")], [row("PO-1")]))
    assert stored(db, "status") == ["cancelled", None]
    assert late_payer(db).open_amount == 0


def test_a_later_tab_writing_the_order_reinstated_brings_it_back(tmp_path: Path) -> None:
    """Cancelled in February, shipped after all in March: the 8,000 is owed again and the
    late payer is back on the black list."""
    db, _ = imported(tmp_path, year_to_date(tmp_path, [row("PO-1", status="已取消")],
                                            [row("PO-1", status="已恢复")]))
    assert stored(db, "status") == [None, None]
    assert stored(db, "status", "order_lines") == [None, None]
    c = late_payer(db)
    assert (c.open_amount, c.max_days_overdue, c.list) == (AMOUNT, LATE_DAYS, "black")


def test_an_earlier_cancellation_copied_forward_stays_where_it_was_written(tmp_path: Path
                                                                          ) -> None:
    """The usual year-to-date workbook copies a cancelled row onto every later tab as it
    was: nothing changes, and a partly cancelled order's report still names February's row."""
    bolts, cancelled_nuts = two_lines(nuts_status="已取消")
    tabs = {"2月": [PRODUCT_HEADER, bolts, cancelled_nuts, [*PAYER, None]],
            "3月": [PRODUCT_HEADER, bolts, cancelled_nuts, [*PAYER, None]]}
    db, [result] = imported(tmp_path, [write_xlsx(tmp_path / "ytd.xlsx", tabs)])
    assert stored(db, "status") == [None, None]
    assert stored(db, "status", "order_lines") == [None, "cancelled", None]
    assert [(v.sheet, v.row) for v in result.review.cancelled_lines] == [("2月", 3)]


PRODUCT_HEADER = [*HEADER, "品名"]


def two_lines(nuts_status: str | None = None) -> tuple[list[object], list[object]]:
    """PO-1 as bolts (the 8,000) and nuts (2,000)."""
    return [*row("PO-1"), "bolts"], [*row("PO-1", 2_000, status=nuts_status), "nuts"]


def test_a_later_tab_cancelling_one_line_names_that_row(tmp_path: Path) -> None:
    """March cancels the nuts of PO-1 and the bolts go ahead: the order stands at 8,000 owed
    and the import report names the March row that cancelled the nuts."""
    bolts, nuts = two_lines()
    cancelled_nuts = two_lines(nuts_status="已取消")[1]
    tabs = {"2月": [PRODUCT_HEADER, bolts, nuts, [*PAYER, None]],
            "3月": [PRODUCT_HEADER, bolts, cancelled_nuts, [*PAYER, None]]}
    db, [result] = imported(tmp_path, [write_xlsx(tmp_path / "ytd.xlsx", tabs)])
    assert stored(db, "status") == [None, None]
    assert stored(db, "status", "order_lines") == [None, "cancelled", None]
    assert [(v.sheet, v.row) for v in result.review.cancelled_lines] == [("3月", 3)]
    assert "3月" in import_report(result)
    c = late_payer(db)
    assert (c.open_amount, c.list) == (AMOUNT, "black")


def test_a_later_tab_writing_a_claim_disputes_the_order(tmp_path: Path) -> None:
    db, _ = imported(tmp_path, year_to_date(tmp_path, [row("PO-1")],
                                            [row("PO-1", status="客户索赔")]))
    assert stored(db, "status") == ["disputed", None]


def test_a_stored_order_cancelled_on_a_later_tab_of_next_months_workbook(tmp_path: Path
                                                                        ) -> None:
    """January's file stored PO-1; the next workbook repeats it normal in February and
    cancels it in March. The stored order is cancelled (its status is settled from its lines
    after the write)."""
    first = [write_xlsx(tmp_path / "jan.xlsx", {"1月": [HEADER, row("PO-1"), PAYER]})]
    later = year_to_date(tmp_path, [row("PO-1")], [row("PO-1", status="作废")])
    db, _ = imported(tmp_path, first, later)
    assert stored(db, "status") == ["cancelled", None]
    assert late_payer(db).open_amount == 0


# --- what a later tab fills in besides the status ------------------------------------------------

SHIP = HEADER.index("出货日期")


def unshipped(order_no: str = "PO-1") -> list[object]:
    """The February tab's row of an order not shipped yet: its ship date is blank."""
    found = row(order_no)
    found[SHIP] = None
    return found


def test_an_order_shipped_by_a_later_tab_is_owed_from_that_shipment(tmp_path: Path) -> None:
    """Ordered in February, shipped on 1 March as the March tab says: it is owed from 03-31.
    Only the receipts of a repeated row moved, so the order stayed unshipped, owed nothing,
    and a customer 91 days late was on no list."""
    db, _ = imported(tmp_path, year_to_date(tmp_path, [unshipped()], [row("PO-1")]))
    assert stored(db, "ship_date", "order_lines")[0] == "2025-03-01"
    c = late_payer(db)
    assert (c.open_amount, c.max_days_overdue, c.list) == (AMOUNT, LATE_DAYS, "black")


def test_a_later_tab_without_the_ship_date_keeps_the_shipment_and_its_due_date(
        tmp_path: Path) -> None:
    """March leaves the ship date blank (a clerk's copy): the line keeps February's ship date
    and the due date counted from it, not one guessed from the order date."""
    db, _ = imported(tmp_path, year_to_date(tmp_path, [row("PO-1")], [unshipped()]))
    assert stored(db, "ship_date || ' ' || due_date", "order_lines")[0] == \
        "2025-03-01 2025-03-31"
    assert late_payer(db).max_days_overdue == LATE_DAYS


def test_a_due_date_written_on_an_earlier_tab_is_not_replaced_by_a_guess(tmp_path: Path
                                                                        ) -> None:
    """February writes the due date agreed with the buyer (04-15); March leaves it blank, so
    its due date would be counted from the terms (03-31): the written one stays."""
    header = [*HEADER, "到期日"]
    tabs = {"2月": [header, [*row("PO-1"), date(2025, 4, 15)], [*PAYER, None]],
            "3月": [header, [*row("PO-1"), None], [*PAYER, None]]}
    db, _ = imported(tmp_path, [write_xlsx(tmp_path / "ytd.xlsx", tabs)])
    assert stored(db, "due_date || ' ' || due_derived", "order_lines")[0] == "2025-04-15 0"
    assert late_payer(db).max_days_overdue == (A - date(2025, 4, 15)).days


def test_a_cost_filled_in_on_a_later_tab_is_the_lines_cost(tmp_path: Path) -> None:
    """The cost is known once the supplier invoices: the March tab's cost is the line's,
    and with it the order's gross profit (which ranks the customer)."""
    header = [*HEADER, "成本"]
    tabs = {"2月": [header, [*row("PO-1"), None], [*PAYER, None]],
            "3月": [header, [*row("PO-1"), 6_000], [*PAYER, None]]}
    db, _ = imported(tmp_path, [write_xlsx(tmp_path / "ytd.xlsx", tabs)])
    assert stored(db, "cost", "order_lines")[0] == 6_000


def test_a_later_tab_raising_the_amount_corrects_the_line_and_says_so(tmp_path: Path) -> None:
    """The buyer added units and the March tab says 9,000: the line is 9,000, owed in full,
    and the import lists the change as it lists a later file's. A lower amount there stays
    the balance left (8,000 shown as 3,000: 5,000 received)."""
    db, [result] = imported(tmp_path, year_to_date(tmp_path, [row("PO-1")],
                                                   [row("PO-1", 9_000)]))
    assert stored(db, "amount", "order_lines")[0] == 9_000
    assert [(c.sheet, c.old, c.new) for c in result.amount_changes] == [("3月", AMOUNT, 9_000)]
    assert late_payer(db).open_amount == 9_000

    db, [result] = imported(tmp_path / "lower", year_to_date(
        tmp_path, [row("PO-1")], [row("PO-1", 3_000)], name="lower"))
    assert stored(db, "amount || ' ' || received_amount", "order_lines")[0] == "8000.0 5000.0"
    assert result.amount_changes == []
    assert late_payer(db).open_amount == 3_000


def test_the_workbook_imported_again_with_a_new_tab_lists_no_change_it_already_made(
        tmp_path: Path) -> None:
    """The monthly routine of a year-to-date workbook: March's import raised PO-1 to 9,000 on
    the March tab; April's import of the same workbook, grown by a tab, shows 8,000 on the
    February tab and 9,000 after. Nothing changed: the report lists nothing (it listed
    9,000 → 8,000 and 8,000 → 9,000), and a real change is listed once, from its stored
    amount."""
    tabs = [[row("PO-1")], [row("PO-1", 9_000)]]
    march = year_to_date(tmp_path, *tabs, name="march")
    april = year_to_date(tmp_path, *tabs, [row("PO-1", 9_000)], name="april")
    db, results = imported(tmp_path, march, april)
    assert [c.new for c in results[0].amount_changes] == [9_000]
    assert results[1].amount_changes == []
    assert stored(db, "amount", "order_lines")[0] == 9_000

    may = year_to_date(tmp_path, *tabs, [row("PO-1", 9_000)], [row("PO-1", 9_500)], name="may")
    db, results = imported(tmp_path / "again", march, may)
    assert [(c.old, c.new, c.sheet) for c in results[1].amount_changes] == [
        (9_000, 9_500, "5月")]


def test_after_an_upgrade_the_same_workbook_imported_again_is_read_the_new_way(
        tmp_path: Path) -> None:
    """The database as the last release left it: the March tab's cancellation ignored, the
    file recorded by its content alone. The user guide says to import the last months again
    after an upgrade; the same file was "already imported; nothing changed". Imported by a
    newer reader it is read again (updated, not doubled), and once read, it is already
    imported."""
    path = year_to_date(tmp_path, [row("PO-1")], [row("PO-1", status="已取消")])
    db, _ = imported(tmp_path, path)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE orders SET status = NULL")
        conn.execute("UPDATE order_lines SET status = NULL")
        conn.execute("UPDATE imports SET content_hash = ?", (content_hash(path[0]),))
    conn.close()
    assert late_payer(db).open_amount == AMOUNT

    [again] = import_files(db, path)
    assert again.status == "imported"
    assert stored(db, "status") == ["cancelled", None]
    assert stored(db, "COUNT(*)", "order_lines") == [2]
    assert late_payer(db).open_amount == 0
    assert [r.status for r in import_files(db, path)] == ["already_imported"]
