"""fix62a: a payments file imported before the file selling its order is read again when that
file comes (core.ledger.held_files; fix61h s420h R1c).

Order 2025-701 of Buyer X: 10,000 USD placed 03-01, shipped 03-20, OA 30天 (due 04-19); as of
06-30 an unpaid sum is 72 days late, black. March's book sells it with its 3,000 deposit;
April's book writes the 7,000 尾款 on a row of its own. Hand count: whatever order the clerk
imports the books in, the buyer owes nothing. Each round is imported by both imports
(tests.test_fast_import._same_import).
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_lists_audit28 import at, by_name

from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.report import import_report

BUYER = "Buyer X"
PAID = (0.0, 0, None, 0.0)
BLACK = (7_000.0, 72, "black", 0.0)  # the balance lost: main, whenever April came first


def _balance(number: str = "2025-701", received: float = 7_000,
             day: date = date(2025, 4, 20)) -> list[object]:
    """A payment's row naming its order and buyer, order date and amount blank."""
    return [number, BUYER, None, None, "USD", None, "尾款70%", None, received, day, "", ""]


def _book(folder: Path, name: str, *rows: list[object]) -> Path:
    return Path(write_xlsx(folder / name, {"台账": [HEAD, *rows]}))


def _march(folder: Path, *more: list[object]) -> Path:
    return _book(folder, "台账2025-03.xlsx", _order("2025-701", BUYER),
                 _paid("定金30%", 3_000, date(2025, 3, 2)), *more)


def _april(folder: Path) -> Path:
    return _book(folder, "台账2025-04.xlsx", _balance(), LAST)


def _account(tmp_path: Path) -> tuple[float, int, str | None, float]:
    c = customer(tmp_path / "fast.sqlite", BUYER, END)
    return (round(c.open_amount, 2), c.max_days_overdue, c.list if c.list in ("black", "watch")
            else None, round(c.credit_on_account, 2))


def _lines(db: Path) -> list[tuple[object, ...]]:
    """Buyer X's lines as the files wrote them, ids and imports apart."""
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute(
            "SELECT o.order_no, l.amount, l.received_amount, l.received_date, l.due_date, "
            "l.source_file, l.source_sheet, l.source_row FROM order_lines l JOIN orders o ON "
            "o.id = l.order_id WHERE o.order_no = '2025-701'"))


def test_a_balance_file_imported_before_its_sale_file_pays_the_order(tmp_path: Path) -> None:
    """April, then March (in two imports, or in one): 0 owed, as March then April (main:
    7,000 owed, 72 days, black). The lines are the in-order import's; the report names April
    read again."""
    for rounds in (lambda f: [[_april(f)], [_march(f)]], lambda f: [[_april(f), _march(f)]]):
        case = tmp_path / str(len(list(tmp_path.iterdir())))
        results = _same_import(case, *rounds(case / "ledgers"))
        assert _account(case) == PAID
        assert [(r.path.name, r.status) for r in results] == [
            ("台账2025-04.xlsx", "imported"), ("台账2025-03.xlsx", "imported"),
            ("台账2025-04.xlsx", "imported")]
        assert results[-1].warnings[0].code == "held_read_again"
        assert "台账2025-04.xlsx was read again" in import_report(results[-1])
        assert "2025-701" in import_report(results[-1])
    control = tmp_path / "in order"
    _same_import(control, [_march(control / "ledgers")], [_april(control / "ledgers")])
    assert _account(control) == PAID
    assert _lines(control / "fast.sqlite") == _lines(tmp_path / "0" / "fast.sqlite")


def test_a_deposit_file_and_a_balance_file_imported_newest_first(tmp_path: Path) -> None:
    """March sells 2025-701; April's 收款 tab writes its 3,000 deposit (a late entry) and May's
    its 7,000 balance; imported May, then April, then March: 0 owed, as in their months'
    order (main: 10,000 owed, 72 days, black: both rows lost)."""
    folder = tmp_path / "ledgers"
    sale = _book(folder, "台账2025-03.xlsx", _order("2025-701", BUYER))
    deposit = _book(folder, "台账2025-04.xlsx", _balance(received=3_000, day=date(2025, 3, 2)),
                    LAST)
    balance = _book(folder, "台账2025-05.xlsx", _balance(), LAST)
    results = _same_import(tmp_path, [balance], [deposit], [sale])
    assert _account(tmp_path) == PAID
    assert [r.path.name for r in results[2:]] == [
        "台账2025-03.xlsx", "台账2025-05.xlsx", "台账2025-04.xlsx"]
    control = tmp_path / "in order"
    _same_import(control, [sale], [deposit], [balance])
    assert _account(control) == PAID


def test_three_months_imported_third_first_second(tmp_path: Path) -> None:
    """January sells 2025-701, February writes its deposit, March its balance; imported
    March, January, February: 0 owed (main: 7,000 owed, 72 days, black)."""
    folder = tmp_path / "ledgers"
    january = _book(folder, "台账2025-01.xlsx", _order("2025-701", BUYER))
    february = _book(folder, "台账2025-02.xlsx", _balance(received=3_000, day=date(2025, 3, 2)),
                     LAST)
    march = _book(folder, "台账2025-03.xlsx", _balance(), LAST)
    _same_import(tmp_path, [march], [january], [february])
    assert _account(tmp_path) == PAID
    control = tmp_path / "in order"
    _same_import(control, [january], [february], [march])
    assert _account(control) == PAID
    assert _lines(control / "fast.sqlite") == _lines(tmp_path / "fast.sqlite")


def test_the_older_file_imported_again_after_both(tmp_path: Path) -> None:
    """April, March, then March again (the same bytes: already imported; or sent again with
    another order added): 0 owed (main: 7,000 owed, 72 days, black)."""
    folder = tmp_path / "ledgers"
    april, march = _april(folder), _march(folder)
    results = _same_import(tmp_path, [april], [march], [march])
    assert results[-1].status == "already_imported"
    assert _account(tmp_path) == PAID
    again = _march(folder, _order("2025-702", "Other Co"))
    _same_import(tmp_path, [again])
    assert _account(tmp_path) == PAID


def test_a_balance_file_moved_before_its_sale_came_is_named_to_import_again(
        tmp_path: Path) -> None:
    """April imported, then moved from where it was imported; March then sells 2025-701: its
    report names April to import again (7,000 still owed: nothing reads the file), once.
    April imported again from where it now is (the same bytes) is read, no longer "already
    imported": 0 owed (main: already imported, 7,000 owed, 72 days, black)."""
    april = _april(tmp_path / "mail")
    _same_import(tmp_path, [april])
    moved = tmp_path / "ledgers" / april.name
    moved.parent.mkdir()
    shutil.move(april, moved)
    [sold] = _same_import(tmp_path, [_march(tmp_path / "ledgers")])
    assert _account(tmp_path) == BLACK
    [gone] = [w for w in sold.warnings if w.code == "held_file_gone"]
    assert "台账2025-04.xlsx" in gone.text and "2025-701" in gone.text and (
        "import it again" in gone.text)
    later = _same_import(tmp_path, [_book(tmp_path / "other", "x.xlsx", LAST)])
    assert not [w for w in later[0].warnings if w.code == "held_file_gone"]  # said once
    [read] = _same_import(tmp_path, [moved])
    assert read.status == "imported"
    assert _account(tmp_path) == PAID


def test_a_payment_for_an_order_no_file_sells_stays_skipped_and_named(tmp_path: Path) -> None:
    """April's row for 2025-701, then a file selling other orders: the row stays skipped,
    named as before, and April is not read again (a control: as main)."""
    folder = tmp_path / "ledgers"
    [april] = _same_import(tmp_path, [_april(folder)])
    other = _book(folder, "台账2025-05.xlsx", _order("2025-801", "Other Co"))
    results: list[FileResult] = _same_import(tmp_path, [other])
    assert [r.path.name for r in results] == ["台账2025-05.xlsx"]
    assert [s.message.code for s in april.skipped] == ["order_not_yet"]
    assert "which is not in the database yet" in import_report(april)
    assert BUYER not in by_name(at(tmp_path / "fast.sqlite", END))  # no money of his counted


def test_a_cancel_while_the_earlier_file_is_read_again_keeps_the_sale(tmp_path: Path) -> None:
    """April imported, then March with a cancel asked once March is written: March stays
    imported and says so, April is not read (7,000 owed); the next import reads it (0 owed).
    Main: April never read (7,000 owed after both)."""
    folder, db = tmp_path / "ledgers", tmp_path / "fast.sqlite"
    import_files(db, [_april(folder)])

    def written() -> bool:  # March committed: the read of April is what is cancelled
        with sqlite3.connect(db) as conn:
            return bool(conn.execute("SELECT count(*) FROM imports").fetchone()[0] >= 2)

    [march] = import_files(db, [_march(folder)], cancel=written)
    assert march.status == "imported" and _account(tmp_path) == BLACK
    results = import_files(db, [_book(folder, "x.xlsx", LAST)])
    assert [(r.path.name, r.status) for r in results] == [
        ("x.xlsx", "imported"), ("台账2025-04.xlsx", "imported")]
    assert _account(tmp_path) == PAID

