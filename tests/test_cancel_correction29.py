"""The row that cancelled an order, read again with its status cell cleared, corrects it; the
money a later row brings to a cancelled line is that row's file's.

cancel28b/28c let the row that wrote a cancellation, read again from its file (the same name,
from the same folder, the same sheet and row), correct it with 正常. A clerk corrects as often by
clearing the cell: 已取消 deleted, the file imported again. Before, that left the order
cancelled (its 8,000 off the late payer's account, the customer off the black list) and said
nothing. Now it is a correction, named in the import report like the 正常 one. A blank on any
other row (a later tab, a carried row, another file) still leaves the cancellation standing
(test_cancel_reinstate28), and so does a blank on a later file's row read again, though that row
is now its line's source.

And cancel28c kept the cancelling row as the source of a line a later row brought money to: the
money March's row wrote stood as February's file's. The analysis counts one wire written in two
files once (core.analysis.wires) by the lines' source files: February's 2,000 on PO-2 copied onto
the cancelled PO-1 on March's file read as one file's and counted twice, the late payer's open
amount 2,000 too low. The row that wrote the status is now kept apart (schema 10).

Each import runs through both import paths (test_fast_import._same_import), which must agree.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from databases import before_schema_10, migration_fails
from ledgers import write_xlsx
from test_cancel_correction28c import NOTES, corrections, imported, imported_with, source
from test_cancel_reinstate28 import RECEIVED, RECEIVED_ON, is_cancelled, moving
from test_fast_import import _same_import
from test_words_audit14 import AMOUNT, HEADER, PAYER, late_payer, row, stored

from core import i18n
from core.ledger.importer import import_files
from core.ledger.report import import_report
from core.store import SCHEMA_VERSION, connect


def test_the_clerk_clears_a_mistaken_cancellation(tmp_path: Path) -> None:
    """Before: the order stayed cancelled, 0 open, off the black list, and nothing said so."""
    mar = tmp_path / "mar.xlsx"
    imported(tmp_path, mar, [row("PO-1", status="已取消"), PAYER])
    db, result = imported_with(tmp_path, mar, [row("PO-1"), PAYER])
    assert not is_cancelled(db)
    [note] = corrections(result)
    assert "PO-1 (“台账” row 2)" in note and "“mar.xlsx”" in note and note in import_report(result)
    assert "left blank" in note
    i18n.set_language("zh_CN")
    [note] = corrections(result)
    assert "“mar.xlsx”中有 1 行恢复了" in note and "状态已清空" in note


def test_a_year_to_date_workbook_cleared_on_its_cancelling_tab(tmp_path: Path) -> None:
    """2月 cancels PO-1, 3月 shows it again with a blank status and 2,000 received; the clerk
    clears 2月's 已取消: the order is owed again, the 2,000 kept. A blank on 3月 alone (the
    workbook imported again, 2月 still 已取消) had left it cancelled."""
    book = tmp_path / "2025.xlsx"
    tabs = {"2月": [HEADER, row("PO-1", status="已取消"), PAYER],
            "3月": [HEADER, moving(received=2_000), PAYER]}
    _same_import(tmp_path, [write_xlsx(book, tabs)])
    assert is_cancelled(tmp_path / "fast.sqlite")
    tabs["2月"][1] = row("PO-1")
    _same_import(tmp_path, [write_xlsx(book, tabs)])
    db = tmp_path / "fast.sqlite"
    assert stored(db, "status") == stored(db, "status", "order_lines") == [None, None]
    assert (late_payer(db).open_amount, late_payer(db).list) == (6_000, "black")


def test_a_later_file_s_blank_read_again_leaves_the_order_cancelled(tmp_path: Path) -> None:
    """feb.xlsx cancels PO-1; mar.xlsx's row 2 shows it with a blank status and 2,000
    received: it stays cancelled, and mar.xlsx's row is now the line's source (before, feb.xlsx's
    row was). mar.xlsx imported again after an edit elsewhere: its blank is not the row that
    cancelled the order, which stays cancelled."""
    imported(tmp_path, tmp_path / "feb.xlsx", [row("PO-1", status="已取消"), PAYER])
    db = imported(tmp_path, tmp_path / "mar.xlsx", [moving(received=2_000), PAYER])
    assert source(db) == ("mar.xlsx", "台账", 2, "feb.xlsx", "台账", 2)
    payer = [*PAYER[:NOTES], "电汇已核对", *PAYER[NOTES + 1:]]
    db, result = imported_with(tmp_path, tmp_path / "mar.xlsx", [moving(received=2_000), payer])
    assert not corrections(result)
    assert is_cancelled(db)
    # the cancelling row, cleared, still corrects it
    db, result = imported_with(tmp_path, tmp_path / "feb.xlsx", [row("PO-1"), PAYER])
    assert corrections(result) and not is_cancelled_but_paid(db)


def is_cancelled_but_paid(db: Path) -> bool:
    """PO-1 with the 2,000 March brought: cancelled (0 open), or owed again (6,000 open)."""
    found = late_payer(db)
    if stored(db, "status") == ["cancelled", None]:
        assert (found.open_amount, found.list) == (0, None)
        return True
    assert (found.open_amount, found.list) == (AMOUNT - 2_000, "black")
    return False


def test_a_wire_copied_onto_a_cancelled_order_in_a_later_file_counts_once(
        tmp_path: Path) -> None:
    """feb.xlsx cancels PO-1 and has PO-2 (5,000) paid 2,000 on 02-28; mar.xlsx copies that
    wire onto PO-1's row (正常: it stays cancelled). Two files' rows: one wire, counted once,
    3,000 of PO-2 open. Before, the money on PO-1 stood as feb.xlsx's, the wire read as one
    file's (judged by its import) and counted twice: 1,000 open."""
    po2 = row("PO-2", 5_000)
    po2[RECEIVED], po2[RECEIVED_ON] = 2_000, date(2025, 2, 28)
    imported(tmp_path, tmp_path / "feb.xlsx", [row("PO-1", status="已取消"), po2, PAYER])
    copy = row("PO-1", status="正常")
    copy[RECEIVED], copy[RECEIVED_ON] = 2_000, date(2025, 2, 28)
    db = imported(tmp_path, tmp_path / "mar.xlsx", [copy, PAYER])
    assert stored(db, "status") == ["cancelled", None, None]
    found = late_payer(db)
    assert (found.open_amount, found.list) == (3_000, "black")


# --- schema 10 -----------------------------------------------------------------------------

def _as_schema_9(db: Path) -> None:
    """The database as schema 9 left it: no status row columns (every line's status written
    by its source row, as reader 6 stored them)."""
    old = sqlite3.connect(db)
    before_schema_10(old)
    old.execute("PRAGMA user_version = 9")
    old.commit()
    old.close()


def _columns(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[1] for r in conn.execute("PRAGMA table_info(order_lines)")]
    finally:
        conn.close()


def test_a_schema_9_database_migrates_and_its_cancelling_row_still_corrects(
        tmp_path: Path) -> None:
    """A schema 9 file's cancelled line opens as schema 10 without a status row (its source
    taken for it, as before); a later file's blank row with money leaves it cancelled and its
    source as it was, and the cancelling row corrected to 正常 brings it back (cancel28b). Its
    blank does not: which row cancelled a line stored before is not known for certain."""
    db, feb = tmp_path / "firm.sqlite", tmp_path / "feb.xlsx"
    write_xlsx(feb, {"台账": [HEADER, row("PO-1", status="已取消"), PAYER]})
    import_files(db, [feb])
    _as_schema_9(db)
    conn = connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert source(db) == ("feb.xlsx", "台账", 2, None, None, None)
    mar = write_xlsx(tmp_path / "mar.xlsx", {"台账": [HEADER, moving(received=2_000), PAYER]})
    import_files(db, [mar])
    assert stored(db, "status") == ["cancelled", None]
    assert source(db) == ("feb.xlsx", "台账", 2, None, None, None)
    write_xlsx(feb, {"台账": [HEADER, row("PO-1"), PAYER]})
    [result] = import_files(db, [feb])
    assert result.status == "imported" and not corrections(result)
    assert is_cancelled_but_paid(db)
    write_xlsx(feb, {"台账": [HEADER, row("PO-1", status="正常"), PAYER]})
    [result] = import_files(db, [feb])
    assert result.status == "imported" and corrections(result)
    assert not is_cancelled_but_paid(db)


def test_a_line_stored_before_whose_source_is_a_later_blank_row_stays_cancelled(
        tmp_path: Path) -> None:
    """An older reader made the row that last changed a line its source: mar.xlsx's blank row
    with 2,000 received on PO-1, which feb.xlsx cancelled. That row read again (mar.xlsx
    imported again, after the upgrade) is not the clerk clearing a cancellation: the order
    stays cancelled."""
    db = tmp_path / "firm.sqlite"
    feb = write_xlsx(tmp_path / "feb.xlsx", {"台账": [HEADER, row("PO-1", status="已取消"),
                                                     PAYER]})
    mar = write_xlsx(tmp_path / "mar.xlsx", {"台账": [HEADER, moving(received=2_000), PAYER]})
    import_files(db, [feb])
    import_files(db, [mar])
    _as_schema_9(db)  # its source mar.xlsx's row, the status row dropped: as reader 5 stored it
    connect(db).close()
    assert source(db) == ("mar.xlsx", "台账", 2, None, None, None)
    payer = [*PAYER[:NOTES], "电汇已核对", *PAYER[NOTES + 1:]]
    write_xlsx(mar, {"台账": [HEADER, moving(received=2_000), payer]})
    [result] = import_files(db, [mar])
    assert result.status == "imported" and not corrections(result)
    assert is_cancelled_but_paid(db)


def test_a_migration_that_fails_leaves_the_database_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The step after the schema's statements fails: the file stays schema 9, without the
    columns, its cancelled order as it was."""
    db, feb = tmp_path / "firm.sqlite", tmp_path / "feb.xlsx"
    write_xlsx(feb, {"台账": [HEADER, row("PO-1", status="已取消"), PAYER]})
    import_files(db, [feb])
    _as_schema_9(db)
    before = _columns(db)

    migration_fails(db, monkeypatch)
    assert _columns(db) == before and "status_row" not in before
    check = sqlite3.connect(db)
    try:
        assert check.execute("PRAGMA user_version").fetchone()[0] == 9
    finally:
        check.close()
    monkeypatch.undo()
    assert stored(db, "status") == ["cancelled", None]
    assert is_cancelled(db)


# --- the cancelling row moved up or down its sheet ------------------------------------------

OTHER = ["PO-7", "Other Co", date(2025, 2, 21), 3_000, "USD", "T/T in advance",
         date(2025, 3, 2), 3_000, date(2025, 3, 2), None, None, None]


def po1_cancelled(db: Path) -> bool:
    """PO-1's order and line, and what the analysis makes of the late payer, agree."""
    conn = sqlite3.connect(db)
    try:
        statuses = set(conn.execute("SELECT o.status, l.status FROM orders o JOIN order_lines l "
                                    "ON l.order_id = o.id WHERE o.order_no = 'PO-1'"))
    finally:
        conn.close()
    found = late_payer(db)
    if statuses == {("cancelled", "cancelled")}:
        assert (found.open_amount, found.list) == (0, None)
        return True
    assert statuses == {(None, None)} and (found.open_amount, found.list) == (AMOUNT, "black")
    return False


def imported_twice(tmp_path: Path, first: list[list[object]], then: list[list[object]],
                   name: str = "mar.xlsx", again: str | None = None) -> tuple[Path, list[str]]:
    """The 台账 sheet `first` imported from `name`, then `then` from `again` (default the same
    file): the fast import's database and the second import's corrections."""
    imported(tmp_path, tmp_path / name, first)
    db, result = imported_with(tmp_path, tmp_path / (again or name), then)
    return db, corrections(result)


@pytest.mark.parametrize("status", ["正常", None])
def test_the_cancelling_row_moved_by_a_row_inserted_above_corrects(tmp_path: Path,
                                                                     status: str | None) -> None:
    """A row inserted above PO-1's (row 2 -> 3) as the clerk corrects it: before, the
    correction did nothing (the row was not "the same row"), 8,000 off the account."""
    db, notes = imported_twice(tmp_path, [row("PO-1", status="已取消"), PAYER],
                               [OTHER, row("PO-1", status=status), PAYER])
    assert not po1_cancelled(db)
    [note] = notes
    assert "PO-1 (“台账” row 3)" in note


def test_the_cancelling_row_moved_up_corrects(tmp_path: Path) -> None:
    """A row deleted above it (row 3 -> 2)."""
    db, notes = imported_twice(tmp_path, [OTHER, row("PO-1", status="已取消"), PAYER],
                               [row("PO-1", status="正常"), PAYER])
    assert not po1_cancelled(db) and len(notes) == 1


def test_a_moved_row_corrects_only_where_its_identity_is_certain(tmp_path: Path) -> None:
    """PO-1's only row, moved a row down and corrected, brings it back (before: it stayed
    cancelled). Where another row could have taken the line's key, or the file or sheet is
    another, the cancellation stands: PO-1's two rows of one product (the cancelled first
    deleted, the second, 正常, moved into the first's key), a described order (no number: its
    identity shifts with the rows like it), the row moved onto another tab, or into a renamed
    file."""
    db, notes = imported_twice(tmp_path / "one", [row("PO-1", status="已取消"), PAYER],
                               [OTHER, row("PO-1", 2_000, status="正常"), PAYER])
    assert stored(db, "status", "order_lines")[0] is None and len(notes) == 1
    second = row("PO-1", 2_000, status="正常")
    db, notes = imported_twice(tmp_path / "two", [row("PO-1", status="已取消"), second, PAYER],
                               [OTHER, second, PAYER])
    assert stored(db, "status", "order_lines")[0] == "cancelled" and not notes
    described = row("", status="已取消")
    db, notes = imported_twice(tmp_path / "described", [described, PAYER],
                               [OTHER, row(""), PAYER])
    assert stored(db, "status")[0] == "cancelled" and not notes
    db, notes = imported_twice(tmp_path / "renamed", [row("PO-1", status="已取消"), PAYER],
                               [OTHER, row("PO-1"), PAYER], again="mar (2).xlsx")
    assert po1_cancelled(db) and not notes
    book = tmp_path / "tab" / "2025.xlsx"
    _same_import(tmp_path / "tab", [write_xlsx(book, {
        "2月": [HEADER, row("PO-1", status="已取消"), PAYER], "3月": [HEADER, OTHER]})])
    _same_import(tmp_path / "tab", [write_xlsx(book, {
        "2月": [HEADER, PAYER], "3月": [HEADER, OTHER, row("PO-1")]})])
    assert po1_cancelled(tmp_path / "tab" / "fast.sqlite")
