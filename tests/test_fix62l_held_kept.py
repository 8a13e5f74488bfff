"""fix62l: the payments register kept to be read when its orders come (fix62g,
core.ledger.held_files / held_entries) through an undo, a move, and a refusal with a row to
correct (rv62d s580 G6, s585 C2, s584).

Order 2025-701 of Buyer X: 10,000 USD placed 03-01, shipped 03-20, OA 30天 (due 04-19); as of
06-30 an unpaid sum is 72 days late, black. March's book sells it with its 3,000 deposit; the
register 收款登记2025-04.xlsx holds only its 7,000 尾款 (order date and amount blank). Hand
count: whatever the clerk did in between, once March is imported the buyer owes nothing.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from languages import in_chinese
from test_acct55a_three_payments import LAST, _order, _paid
from test_fast_import import _same_import
from test_fix62a_files_out_of_order import BUYER, PAID, _account, _balance, _book, _march

from core import recovery
from core.ledger.importer import import_files
from core.ledger.report import import_report

REGISTER = "收款登记2025-04.xlsx"


def _names(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [name for (name,) in conn.execute("SELECT file_name FROM imports ORDER BY id")]


def test_an_undo_of_an_earlier_import_keeps_a_register_refused_since(tmp_path: Path) -> None:
    """台账2025-02 imported, then a wrong file, then the register (refused, noted); the wrong
    file undone by the Undo's own function (its copy taken before the register's refusal);
    March then reads the register: 0 owed (main: the note went with the undo, the register
    not read and nothing said: 7,000 owed, 72 days, black). The wrong file is undone."""
    folder, db = tmp_path / "ledgers", tmp_path / "fast.sqlite"
    import_files(db, [_book(folder, "台账2025-02.xlsx", LAST)])
    wrong = _book(folder, "台账2025-wrong.xlsx", _order("2025-703", "Buyer W"), LAST)
    import_files(db, [wrong])
    [refused] = import_files(db, [_book(folder, REGISTER, _balance())])
    assert refused.status == "refused"
    recovery.undo_import(db)
    assert _names(db) == ["台账2025-02.xlsx"]
    results = import_files(db, [_march(folder)])
    assert [(r.path.name, r.status) for r in results] == [
        ("台账2025-03.xlsx", "imported"), (REGISTER, "imported")]
    assert _account(tmp_path) == PAID


def test_an_undo_of_the_sale_that_read_the_register_takes_its_read_back(tmp_path: Path) -> None:
    """A control: the register refused, March imported (reading it), then undone: both
    imports go, the register noted again as before March; March imported again reads it."""
    folder, db = tmp_path / "ledgers", tmp_path / "fast.sqlite"
    import_files(db, [_book(folder, REGISTER, _balance())])
    import_files(db, [_march(folder)])
    recovery.undo_import(db)
    assert _names(db) == []
    results = import_files(db, [_march(folder)])
    assert [r.path.name for r in results] == ["台账2025-03.xlsx", REGISTER]
    assert _account(tmp_path) == PAID


def test_a_register_moved_and_refused_again_is_read_from_where_it_is(tmp_path: Path) -> None:
    """The register refused from a/, moved to b/ and refused again; March reads b/: 0 owed,
    and says nothing of a/ (main: "收款登记2025-04.xlsx … is no longer at …/a: import it
    again", though b/ was read). A register of other content refused from another folder is
    kept beside it (a control: 2025-702's, sold by March too, read as well)."""
    first = _book(tmp_path / "a", REGISTER, _balance())
    _same_import(tmp_path, [first])
    moved = tmp_path / "b" / REGISTER
    moved.parent.mkdir()
    shutil.move(first, moved)
    other = _book(tmp_path / "c", REGISTER, _balance("2025-702"))
    _same_import(tmp_path, [moved], [other])
    results = _same_import(tmp_path, [_march(
        tmp_path / "sale", _order("2025-702", BUYER), _paid("定金30%", 3_000, date(2025, 3, 2)))])
    assert [(r.path, r.status) for r in results[1:]] == [(moved, "imported"),
                                                         (other, "imported")]
    assert not [w for w in results[0].warnings if w.code == "held_file_gone"]
    assert _account(tmp_path) == PAID


def test_a_register_copied_keeps_the_first_when_the_copy_is_deleted(tmp_path: Path) -> None:
    """The register copied into a/ and b/, both refused; the b/ copy deleted; March reads a/:
    0 owed (fix62l's first form: the copy's refusal dropped a/'s entry, b/ gone, nothing read:
    7,000 owed, 72 days, black, rv62h s670 L5)."""
    first = _book(tmp_path / "a", REGISTER, _balance())
    copy = tmp_path / "b" / REGISTER
    copy.parent.mkdir()
    shutil.copy(first, copy)
    _same_import(tmp_path, [first], [copy])
    copy.unlink()
    results = _same_import(tmp_path, [_march(tmp_path / "sale")])
    assert (first, "imported") in [(r.path, r.status) for r in results[1:]]
    assert _account(tmp_path) == PAID


def test_a_refusal_with_a_row_to_correct_says_the_register_is_noted_too(tmp_path: Path) -> None:
    """The register's 2025-701 row waits for March; its other row (2025-705, 七千 for an
    amount) cannot be read. Refused: the report says to correct that row and that the file is
    noted for 2025-701, in both languages (main: only "correct them and import the file
    again", though the file was noted). March reads it: 0 owed, the bad row named again."""
    folder = tmp_path / "ledgers"
    bad = ["2025-705", "Buyer V", None, None, "USD", None, "尾款70%", None, "七千",
           date(2025, 4, 21), "", ""]
    [refused] = _same_import(tmp_path, [_book(folder, REGISTER, _balance(), bad)])
    assert refused.status == "refused" and refused.message is not None
    assert refused.message.code == "held_rows_and_bad"
    report = import_report(refused)
    assert "1 row cannot be read" in report and "correct it and import the file again" in report
    assert "(2025-701): the file is noted" in report and f"from {folder.resolve()}" in report
    chinese = in_chinese(lambda: import_report(refused))
    assert "请改正后重新导入文件" in chinese and "已记下此文件" in chinese and "2025-701" in chinese
    results = _same_import(tmp_path, [_march(folder)])
    assert [(r.path.name, r.status) for r in results] == [
        ("台账2025-03.xlsx", "imported"), (REGISTER, "imported")]
    assert results[1].skipped and _account(tmp_path) == PAID


def test_a_restore_of_a_copy_from_before_a_register_was_refused_says_so(tmp_path: Path
                                                                       ) -> None:
    """A restore puts back the copy the clerk chose as it was, taken before the register was
    refused: its message says the register is not noted in it, to import again, in both
    languages (main: nothing said; March then left the register unread: 7,000 owed, 72 days,
    black). Imported again, the register is noted, and March reads it: 0 owed. A restore with
    nothing noted since its copy says what it said (a control)."""
    folder, db = tmp_path / "ledgers", tmp_path / "fast.sqlite"
    import_files(db, [_book(folder, "台账2025-02.xlsx", LAST)])
    copy = recovery.write_copy(db, tmp_path / "copy.sqlite")
    register = _book(folder, REGISTER, _balance())
    import_files(db, [register])
    said = recovery.restore(db, copy)
    assert said.code == "restored_kept_unnoted"
    assert f"{REGISTER}, refused after the copy was taken" in said.text
    assert "import it again" in said.text
    assert f"1 个文件（{REGISTER}）在该副本中没有记录" in in_chinese(lambda: said.text)
    assert [r.status for r in import_files(db, [register])] == ["refused"]
    assert [r.path.name for r in import_files(db, [_march(folder)])] == [
        "台账2025-03.xlsx", REGISTER]
    assert _account(tmp_path) == PAID
    assert recovery.restore(db, copy).code == "restored_kept"
