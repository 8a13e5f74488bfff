"""A row that took a deleted cancelled row's place is not the clerk's correction.

Line keys go by position: PO-1's second row of a product is key #1. The clerk deletes PO-1's
first row, which said 已取消, and imports the file again: the second row moves up into the
first's key and its sheet row. Before, its 正常 (or blank) read as the clerk correcting the
cancelling row in its place (core.ledger.own_rows), and the cancelled 8,000 was owed again,
the late payer on the black list for an order it cancelled. Now the row in place corrects only
where no stored line can have moved into its key; the ordinary corrections in place and moved
still bring the order back. Each import runs through both import paths
(test_fast_import._same_import), which must agree.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_cancel_correction29 import OTHER, imported_twice
from test_words_audit14 import PAYER, late_payer, row, stored

from core.ledger.own_rows import following

LOT = 2_000


def lot(status: str | None) -> list[object]:
    """Another row of PO-1's product: 2,000, unpaid."""
    return row("PO-1", LOT, status=status)


def lines(db: Path, order: str = "PO-1") -> list[tuple[object, ...]]:
    """An order's lines (PO-1's): key position, amount, status."""
    conn = sqlite3.connect(db)
    try:
        return [(key.rpartition("#")[2], amount, status) for key, amount, status in conn.execute(
            "SELECT l.line_key, l.amount, l.status FROM order_lines l JOIN orders o ON "
            "o.id = l.order_id WHERE o.order_no = ? ORDER BY l.line_key", (order,))]
    finally:
        conn.close()


@pytest.mark.parametrize("status", ["正常", None])
def test_the_second_row_moved_into_the_deleted_first_s_place_leaves_it_cancelled(
        tmp_path: Path, status: str | None) -> None:
    """Before: PO-1's #0 came back, owed again (4,000 open where 2,000 is), with a note
    naming a correction the clerk never made."""
    db, notes = imported_twice(tmp_path, [row("PO-1", status="已取消"), lot(status), PAYER],
                               [lot(status), PAYER])
    assert not notes
    assert [status for _, _, status in lines(db)] == ["cancelled", None]
    assert late_payer(db).open_amount == LOT


def test_a_middle_cancelled_row_deleted_leaves_it_cancelled(tmp_path: Path) -> None:
    """Rows #0, #1 (已取消, 8,000), #2: #1 deleted, #2 takes its key and row. Before: 6,000
    open where 4,000 is."""
    db, notes = imported_twice(
        tmp_path, [lot("正常"), row("PO-1", status="已取消"), lot("正常"), PAYER],
        [lot("正常"), lot("正常"), PAYER])
    assert not notes
    assert [status for _, _, status in lines(db)] == [None, "cancelled", None]
    assert late_payer(db).open_amount == 2 * LOT


@pytest.mark.parametrize("status", ["正常", None])
def test_the_clerk_still_corrects_one_of_two_rows_in_place(tmp_path: Path,
                                                          status: str | None) -> None:
    """PO-1's two rows kept, the cancelled one corrected in its cell (the first or the second):
    the 8,000 is owed again, and the report says so."""
    db, notes = imported_twice(tmp_path / "first", [row("PO-1", status="已取消"), lot("正常"),
                                                    PAYER],
                               [row("PO-1", status=status), lot("正常"), PAYER])
    assert len(notes) == 1 and "PO-1 (“台账” row 2)" in notes[0]
    assert lines(db) == [("0", 8_000, None), ("1", LOT, None)]
    found = late_payer(db)
    assert (found.open_amount, found.list) == (8_000 + LOT, "black")
    db, notes = imported_twice(tmp_path / "second", [lot("正常"), row("PO-1", status="已取消"),
                                                     PAYER],
                               [lot("正常"), row("PO-1", status=status), PAYER])
    assert len(notes) == 1 and "PO-1 (“台账” row 3)" in notes[0]
    assert lines(db) == [("0", LOT, None), ("1", 8_000, None)]


def test_the_clerk_still_corrects_the_only_row_moved(tmp_path: Path) -> None:
    """PO-1's only row moved down by a row inserted above, corrected: owed again."""
    db, notes = imported_twice(tmp_path, [row("PO-1", status="已取消"), PAYER],
                               [OTHER, row("PO-1"), PAYER])
    assert len(notes) == 1 and lines(db) == [("0", 8_000, None)]


def test_the_line_that_follows_a_key() -> None:
    """The key a deleted row's next like row takes its place from."""
    assert following("o:po-1|#0") == "o:po-1|#1"
    assert following("o:po-1|bolts#9") == "o:po-1|bolts#10"
    assert following("d:" + "a" * 20 + "#0|#0") == "d:" + "a" * 20 + "#1|#0"
    assert following("r:old|#0") is None


def test_a_described_order_s_identical_row_moved_up_leaves_it_cancelled(tmp_path: Path) -> None:
    """Two rows of one customer, date and product, no order number: the first (已取消)
    deleted, the second takes its identity and row. Before: owed again, with a note. Both
    kept, the first cleared: a correction."""
    db, notes = imported_twice(tmp_path / "deleted", [row("", status="已取消"), row(""), PAYER],
                               [row(""), PAYER])
    assert not notes
    assert stored(db, "status", "order_lines")[0] == "cancelled"
    db, notes = imported_twice(tmp_path / "cleared", [row("", status="已取消"), row(""), PAYER],
                               [row(""), row(""), PAYER])
    assert len(notes) == 1 and stored(db, "status", "order_lines")[:2] == [None, None]
