"""The cancel guard (core.ledger.own_rows.in_place) across files, and what it says.

guard29 let the row read at a cancelled line's own place correct it only where no stored line
can have moved into its key: the line that follows it (PO-1's next row of that product) is not
stored, or is on the sheet still. Three faults were left:

- A correction it refused said nothing: the order stayed cancelled, off its customer's account,
  and the clerk who cleared 已取消 had no way to know that 已恢复 was needed. Now the import
  report names the row (file, sheet, row), says the correction was not taken and what to write.
- The line that follows may be another file's: feb.xlsx cancels PO-1's only row, mar.xlsx adds
  a second lot (PO-1 #1). That line was never on feb.xlsx's sheet and cannot have moved into
  row 2 there, yet the guard refused feb.xlsx's corrected row: 8,000 off the late payer's
  account. Now a following line stands in the way only where it can be the row read: written
  from this file's sheet, or reading as the row does (its amount). A mere re-ordering (the
  cancelled row deleted, the next one moved up into its place) is still refused.
- The cancelling row deleted and a new row of PO-1's product added in one edit reads as a
  correction, as before, on purpose (core.ledger.own_rows): the file's only row of PO-1's
  product says it stands, and kept cancelled its amount would be off the account with no row
  saying 已取消. The report now says a deleted row replaced by a new one is read so, and at
  the new row's amount: before, it said only that the row says 正常 or was left blank.

Each import runs through both import paths (test_fast_import._same_import), which must agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cancel_correction28c import FileResult, corrections, imported, imported_with
from test_cancel_correction29 import OTHER
from test_cancel_guard29 import LOT, lines, lot
from test_words_audit14 import AMOUNT, PAYER, late_payer, row

from core import i18n
from core.ledger.report import import_report


def kept(result: FileResult) -> list[str]:
    """The import's notes naming a correction the guard did not take."""
    return [w.text for w in result.warnings if w.code == "cancellation_kept"]


def account(db: Path) -> tuple[float, str | None]:
    """What the analysis makes of the late payer: open amount and list."""
    found = late_payer(db)
    return found.open_amount, found.list


# --- 1: a refused correction is named ------------------------------------------------------

@pytest.mark.parametrize("status", ["正常", None])
def test_a_refused_correction_is_named_with_what_to_write(tmp_path: Path,
                                                          status: str | None) -> None:
    """PO-1's cancelled first row deleted, the second moved into its place: refused as before
    (2,000 open, not 10,000), and now the report names row 2 of the sheet and says 已恢复.
    Before: nothing was said."""
    mar = tmp_path / "mar.xlsx"
    imported(tmp_path, mar, [row("PO-1", status="已取消"), lot(status), PAYER])
    db, result = imported_with(tmp_path, mar, [lot(status), PAYER])
    assert not corrections(result)
    assert [status for _, _, status in lines(db)] == ["cancelled", None]
    assert account(db) == (LOT, "black")
    [note] = kept(result)
    assert "“mar.xlsx”" in note and "PO-1 (“台账” row 2)" in note and "已恢复" in note
    assert "not read as a correction" in note and note in import_report(result)
    i18n.set_language("zh_CN")
    [note] = kept(result)
    assert "“mar.xlsx”中有 1 行" in note and "PO-1（“台账”第 2 行）" in note and "已恢复" in note
    assert "未当作更正" in note


def test_a_refused_moved_row_is_named_and_a_later_file_s_row_is_not(tmp_path: Path) -> None:
    """PO-1's cancelled row deleted, a row inserted above, its second row (正常) moved to row
    3 and into the first's key: refused (the second line is stored), and named. A later
    file's 正常 on a cancelled order is no correction to refuse: nothing named there."""
    second = row("PO-1", LOT, status="正常")
    mar = tmp_path / "moved" / "mar.xlsx"
    imported(mar.parent, mar, [row("PO-1", status="已取消"), second, PAYER])
    _db, result = imported_with(mar.parent, mar, [OTHER, second, PAYER])
    assert not corrections(result)
    [note] = kept(result)
    assert "PO-1 (“台账” row 3)" in note
    later = tmp_path / "later"
    imported(later, later / "feb.xlsx", [row("PO-1", status="已取消"), PAYER])
    db, result = imported_with(later, later / "mar.xlsx", [row("PO-1", status="正常"), PAYER])
    assert not kept(result) and not corrections(result)
    assert account(db) == (0, None)


# --- 2: the following line another file's -------------------------------------------------

@pytest.mark.parametrize("moved", [False, True])
@pytest.mark.parametrize("status", ["正常", None])
def test_a_correction_is_taken_where_the_next_lot_came_from_another_file(
        tmp_path: Path, status: str | None, moved: bool) -> None:
    """feb.xlsx cancels PO-1 (its only row); mar.xlsx shows it again (blank, still cancelled)
    and a second lot of 2,000 (PO-1 #1). The clerk corrects feb.xlsx's row 2 (in its place,
    or moved to row 3 by a row inserted above): PO-1's 8,000 is owed again, 10,000 open.
    Before: refused in silence, 2,000 open."""
    feb, mar = tmp_path / "feb.xlsx", tmp_path / "mar.xlsx"
    imported(tmp_path, feb, [row("PO-1", status="已取消"), PAYER])
    db = imported(tmp_path, mar, [row("PO-1"), lot("正常"), PAYER])
    assert account(db) == (LOT, "black")
    rows = [row("PO-1", status=status), PAYER]
    db, result = imported_with(tmp_path, feb, [OTHER, *rows] if moved else rows)
    assert lines(db) == [("0", AMOUNT, None), ("1", LOT, None)]
    assert account(db) == (AMOUNT + LOT, "black")
    [note] = corrections(result)
    assert f"PO-1 (“台账” row {3 if moved else 2})" in note and not kept(result)


def test_a_re_ordering_is_refused_where_the_next_lot_was_updated_by_another_file(
        tmp_path: Path) -> None:
    """feb.xlsx has PO-1's two lots (8,000 已取消, 2,000); mar.xlsx shows both again, 2,000
    received on the second (its source now mar.xlsx). The clerk deletes feb.xlsx's cancelled
    row: the second lot moves into row 2 and key #0. It reads as the second lot (2,000), not as
    the cancelled 8,000 corrected: refused and named, 2,000 stays cancelled in #0's place."""
    feb, mar = tmp_path / "feb.xlsx", tmp_path / "mar.xlsx"
    imported(tmp_path, feb, [row("PO-1", status="已取消"), lot("正常"), PAYER])
    paid = lot(None)
    paid[7:9] = [LOT, PAYER[8]]
    imported(tmp_path, mar, [row("PO-1"), paid, PAYER])
    db, result = imported_with(tmp_path, feb, [lot("正常"), PAYER])
    assert not corrections(result) and len(kept(result)) == 1
    assert [status for _, _, status in lines(db)] == ["cancelled", None]
    assert account(db) == (0, None)


def test_three_files_a_correction_after_two_later_lots(tmp_path: Path) -> None:
    """feb.xlsx cancels PO-1; mar.xlsx and apr.xlsx each add a lot (PO-1 #1 from mar.xlsx,
    apr.xlsx repeating it and adding #2). feb.xlsx corrected with a blank: owed again."""
    feb = tmp_path / "feb.xlsx"
    imported(tmp_path, feb, [row("PO-1", status="已取消"), PAYER])
    imported(tmp_path, tmp_path / "mar.xlsx", [row("PO-1"), lot("正常"), PAYER])
    imported(tmp_path, tmp_path / "apr.xlsx", [row("PO-1"), lot("正常"), lot("正常"), PAYER])
    db, result = imported_with(tmp_path, feb, [row("PO-1"), PAYER])
    assert [status for _, _, status in lines(db)] == [None, None, None]
    assert account(db) == (AMOUNT + 2 * LOT, "black") and len(corrections(result)) == 1


# --- 3: the cancelling row deleted, a new row of the product added ---------------------------

@pytest.mark.parametrize("at_foot", [True, False])
def test_a_deleted_cancelled_row_replaced_by_a_new_one_is_owed(tmp_path: Path,
                                                               at_foot: bool) -> None:
    """PO-1's cancelled row (8,000) deleted and a new row of PO-1's product (5,000) added in
    one edit, at the foot of the sheet (正常) or typed over it (blank status). The file's only
    row of PO-1 now says it stands: it is the line (one order number, one product), owed at
    5,000, the change of amount listed, and the report says the row was read so. Kept
    cancelled, 5,000 the file shows as a live order would be off the late payer's account
    with no row saying 已取消."""
    mar = tmp_path / "mar.xlsx"
    imported(tmp_path, mar, [row("PO-1", status="已取消"), OTHER, PAYER])
    new = row("PO-1", 5_000, status="正常" if at_foot else None)
    db, result = imported_with(tmp_path, mar,
                               [OTHER, PAYER, new] if at_foot else [new, OTHER, PAYER])
    assert lines(db) == [("0", 5_000, None)]
    assert account(db) == (5_000, "black")
    [note] = corrections(result)
    assert f"PO-1 (“台账” row {4 if at_foot else 2})" in note and not kept(result)
    assert "it was deleted and this row of the order's product added" in note
    assert "at the amount this row says" in note
    assert [(c.old, c.new) for c in result.counts.amount_changes] == [(AMOUNT, 5_000)]
    i18n.set_language("zh_CN")
    [note] = corrections(result)
    assert "该行已删除并新增了同一订单同一产品的这一行" in note
