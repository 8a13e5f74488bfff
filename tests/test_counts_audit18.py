"""What the import's report counts when a workbook it holds comes again: a line once, as
updated only if the file changed what is stored. A clerk reads "Rows: 9 updated" as nine
lines changed and goes looking for them.

Each round is imported by the app's import and by the reference import (both must leave the
same database and count the same: test_fast_import._same_import). The rows are
test_words_audit14's: the late payer's 8,000 orders and a payer on every tab.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_words_audit14 import HEADER, PAYER, row

from core.ledger.import_result import FileResult
from core.ledger.write_counts import WriteCounts

MONTHS = ["2月", "3月", "4月", "5月"]


def received(order_no: str, amount: float | None) -> list[object]:
    found = row(order_no)
    found[HEADER.index("已收金额")] = amount
    return found


def workbook(path: Path, *tabs: list[list[object]]) -> list[Path]:
    """One tab per month, each repeating the months before it (a year-to-date workbook)."""
    return [write_xlsx(path, {MONTHS[n]: [HEADER, *rows, PAYER] for n, rows in enumerate(tabs)})]


def rows_counted(counts: WriteCounts) -> tuple[int, int, int]:
    return counts.inserted, counts.updated, counts.unchanged


def received_on(db: Path) -> dict[str, float | None]:
    """Each order's received figure as stored."""
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT o.order_no, l.received_amount FROM order_lines l "
                                 "JOIN orders o ON o.id = l.order_id").fetchall())
    finally:
        conn.close()


def test_a_year_to_date_workbook_counts_each_line_once(tmp_path: Path) -> None:
    """February writes 0 received on PO-1, March 3,000: the first import said "3 inserted,
    1 updated, 1 unchanged" of a workbook holding three lines, all new."""
    feb = [received("PO-1", 0)]
    mar = [received("PO-1", 3_000), row("PO-2")]
    [result] = _same_import(tmp_path, workbook(tmp_path / "ytd-mar.xlsx", feb, mar))
    assert rows_counted(result.counts) == (3, 0, 0)
    assert (result.counts.orders_inserted, result.counts.customers_inserted) == (3, 2)


def test_the_next_months_workbook_counts_only_what_it_changed(tmp_path: Path) -> None:
    """April's workbook repeats February's and March's tabs as they were and adds PO-3. It
    said "1 inserted, 2 updated, 6 unchanged": PO-1 "updated" twice (February's 0, then
    March's 3,000 again) though it ends as it was, and every repeat counted again."""
    feb = [received("PO-1", 0)]
    mar = [received("PO-1", 3_000), row("PO-2")]
    apr = [received("PO-1", 3_000), row("PO-2"), row("PO-3")]
    _, second = _same_import(tmp_path, workbook(tmp_path / "ytd-mar.xlsx", feb, mar),
                                 workbook(tmp_path / "ytd-apr.xlsx", feb, mar, apr))
    assert rows_counted(second.counts) == (1, 0, 3)
    assert (second.counts.orders_inserted, second.counts.orders_updated) == (1, 0)
    assert received_on(tmp_path / "fast.sqlite")["PO-1"] == 3_000


def test_a_line_the_workbook_changes_is_counted_updated_once(tmp_path: Path) -> None:
    """April's workbook has PO-2 paid 5,000 on its last tab: one line changed, and it said
    "3 updated, 5 unchanged" of three lines."""
    feb = [received("PO-1", 0)]
    mar = [received("PO-1", 3_000), row("PO-2")]
    apr = [received("PO-1", 3_000), received("PO-2", 5_000)]
    results: list[FileResult] = _same_import(
        tmp_path, workbook(tmp_path / "ytd-mar.xlsx", feb, mar),
        workbook(tmp_path / "ytd-apr.xlsx", feb, mar, apr))
    assert rows_counted(results[1].counts) == (0, 1, 2)
    found = received_on(tmp_path / "fast.sqlite")
    assert (found["PO-1"], found["PO-2"]) == (3_000, 5_000)


def stored_status(db: Path) -> dict[str, str | None]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT order_no, status FROM orders").fetchall())
    finally:
        conn.close()


def test_an_order_a_later_tab_reinstates_is_counted_updated(tmp_path: Path) -> None:
    """March's tab ships PO-1 after all (已恢复 where February cancelled it): the order is owed
    again, and the report said "orders: 0 new, 0 updated" — its lines settle its status after
    the order's own row was found unchanged."""
    feb = [row("PO-1", status="已取消")]
    mar = [row("PO-1", status="已恢复")]
    _, second = _same_import(tmp_path, workbook(tmp_path / "ytd-feb.xlsx", feb),
                             workbook(tmp_path / "ytd-mar.xlsx", feb, mar))
    assert stored_status(tmp_path / "fast.sqlite")["PO-1"] is None
    assert (second.counts.orders_inserted, second.counts.orders_updated) == (0, 1)
    assert rows_counted(second.counts) == (0, 1, 1)
