"""fix62g: the cases fix62a left of a payments file imported before its orders' file
(core.ledger.held_files).

Order 2025-701 of Buyer X: 10,000 USD placed 03-01, shipped 03-20, OA 30天 (due 04-19); as of
06-30 an unpaid sum is 72 days late, black. March's book sells it with its 3,000 deposit; the
7,000 尾款 is on a row of its own in a later file, order date and amount blank. Hand count:
whatever order the clerk imports the files in, the buyer owes nothing. Each round is imported
by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from languages import in_chinese
from test_acct55a_three_payments import LAST, _order, _paid
from test_fast_import import _same_import
from test_fix62a_files_out_of_order import BLACK, PAID, _account, _balance, _book, _march

from core.ledger.importer import import_files
from core.ledger.report import import_report


def test_a_file_of_held_payments_only_is_read_when_its_orders_come(tmp_path: Path) -> None:
    """收款登记2025-04.xlsx holds only the 7,000 尾款 of 2025-701; imported before March it is
    refused, saying it is read again when the orders come (in both languages); March's import
    then reads it: 0 owed (main: refused "no row could be taken … correct them", March did not
    read it: 7,000 owed, 72 days, black). A register naming only 2025-999, which no file sells,
    stays refused and is not read again (a control)."""
    folder = tmp_path / "ledgers"
    register = _book(folder, "收款登记2025-04.xlsx", _balance())
    never = _book(folder, "收款登记2025-05.xlsx", _balance("2025-999"))
    [refused, other] = _same_import(tmp_path, [register, never])
    assert (refused.status, other.status) == ("refused", "refused")
    assert refused.message is not None and refused.message.code == "held_rows_only"
    report = import_report(refused)
    assert "Nothing counted yet" in report and "2025-701" in report
    assert f"read again from {folder.resolve()}" in report
    assert "correct them" not in report and "correct it" not in report
    chinese = in_chinese(lambda: import_report(refused))
    assert "2025-701" in chinese and "重新读取" in chinese and "尚未导入" in chinese
    results = _same_import(tmp_path, [_march(folder)])
    assert [(r.path.name, r.status) for r in results] == [
        ("台账2025-03.xlsx", "imported"), ("收款登记2025-04.xlsx", "imported")]
    assert "收款登记2025-04.xlsx was read again" in import_report(results[-1])
    assert not [w for w in results[0].warnings if w.code == "held_before_fix62a"]
    assert _account(tmp_path) == PAID
    assert [r.path.name for r in _same_import(tmp_path, [_book(folder, "x.xlsx", LAST)])] == [
        "x.xlsx"]  # 2025-999 still sold nowhere: its register not read
    [again] = _same_import(tmp_path, [never])
    assert again.status == "refused" and "2025-999" in import_report(again)


def test_two_files_of_one_name_in_two_folders_are_both_kept(tmp_path: Path) -> None:
    """2025-04/台账.xlsx pays 2025-701's 7,000, 2025-05/台账.xlsx 2025-702's 7,000 (the months
    help page's folders); both imported before March, which sells both orders with their
    deposits: 0 owed (main: the second file's entry replaced the first's, 2025-04 not read:
    7,000 owed, 72 days, black). An entry a database keeps under the file's name (fix62a's)
    is read as well."""
    def sale(folder: Path) -> Path:
        return _march(folder, _order("2025-702", "Buyer X"),
                      _paid("定金30%", 3_000, date(2025, 3, 2)))

    april = _book(tmp_path / "ledgers" / "2025-04", "台账.xlsx", _balance(), LAST)
    may = _book(tmp_path / "ledgers" / "2025-05", "台账.xlsx", _balance("2025-702"), LAST)
    _same_import(tmp_path, [april], [may])
    results = _same_import(tmp_path, [sale(tmp_path / "ledgers")])
    assert [(r.path, r.status) for r in results[1:]] == [(april, "imported"), (may, "imported")]
    assert _account(tmp_path) == PAID
    old = tmp_path / "fix62a"  # the entry as fix62a kept it: under the file's name
    _same_import(old, [april])
    for db in (old / "fast.sqlite", old / "slow.sqlite"):
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE meta SET key = 'held_orders:台账.xlsx' WHERE key LIKE "
                         "'held_orders:%'")
    results = _same_import(old, [_march(tmp_path / "march")])
    assert [r.path for r in results] == [tmp_path / "march" / "台账2025-03.xlsx", april]
    assert _account(old) == PAID
    with sqlite3.connect(old / "fast.sqlite") as conn:  # the old entry gone with its read
        assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'held_orders:%'"
                            ).fetchone() == (0,)


def test_a_held_register_refused_and_the_sale_in_one_import(tmp_path: Path) -> None:
    """The register and March chosen together, the register first: March's import reads it:
    0 owed (main: 7,000 owed, 72 days, black)."""
    folder = tmp_path / "ledgers"
    results = import_files(tmp_path / "fast.sqlite", [
        _book(folder, "收款登记2025-04.xlsx", _balance()), _march(folder)])
    assert [r.status for r in results] == ["refused", "imported", "imported"]
    assert _account(tmp_path) == PAID


def test_a_file_imported_before_fix62a_is_named_when_its_order_comes(tmp_path: Path) -> None:
    """A database an earlier release wrote: April imported (its 7,000 row skipped, its report
    in Chinese, no entry kept, its key an older reader's). March's import names April to
    import again, once (main: nothing said, 7,000 owed, 72 days, black); April imported again
    is read: 0 owed. A file imported since fix62a is read again, not named (a control)."""
    folder = tmp_path / "ledgers"
    april = _book(folder, "台账2025-04.xlsx", _balance(), LAST)
    in_chinese(lambda: _same_import(tmp_path, [april]))
    for db in (tmp_path / "fast.sqlite", tmp_path / "slow.sqlite"):
        with sqlite3.connect(db) as conn:  # as the release before fix62a left it
            assert conn.execute("SELECT result LIKE '%尚未导入%' FROM imports").fetchone() == (1,)
            conn.execute("DELETE FROM meta WHERE key LIKE 'held_orders:%'")
            conn.execute("UPDATE imports SET content_hash = substr(content_hash, 1, instr("
                         "content_hash, ':reader=') - 1) || ':reader=210'")
    [march] = _same_import(tmp_path, [_march(folder)])
    [named] = [w for w in march.warnings if w.code == "held_before_fix62a"]
    assert named.text.startswith("台账2025-04.xlsx (imported ") and "2025-701" in named.text
    assert "import 台账2025-04.xlsx again" in import_report(march)
    assert "请再次导入台账2025-04.xlsx" in in_chinese(lambda: import_report(march))
    assert _account(tmp_path) == BLACK
    [later] = _same_import(tmp_path, [_book(folder, "x.xlsx", LAST)])
    assert not [w for w in later.warnings if w.code == "held_before_fix62a"]  # said once
    [again] = _same_import(tmp_path, [april])
    assert again.status == "imported" and _account(tmp_path) == PAID
