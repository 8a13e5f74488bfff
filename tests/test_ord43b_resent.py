"""ord43b: a month's file corrected and imported again from the same place, the clerk's
commonest correction. Each scenario is written by openpyxl to one path, rewritten there and
imported again, by the app's import and the reference import (compared after every file),
or by the window's import (ui.operations), and the customer's account read as
`main.py customers --json` reads it, counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from account_cli import customers
from ledgers import older_customer_key, write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import A, B
from test_lists_audit30 import HEADER, row
from test_ord41_order import Sheets
from test_ord42_order import _typo
from test_ord43_order import JUNE, _report
from test_payments_pay35a import NOTE_HEADER, _money
from test_print34_bracket_keys import WIDE, _old_key

from core.ledger import rereading
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.store import READINGS_KEY, connect
from ui.operations import import_files as window_import

CORRECTED = "resent_figures_corrected"


def _open(db: Path, name: str = "Mumbai Mart") -> float:
    return round(customers(db, JUNE)["by_name"][name]["open_amount"], 2)


def _codes(results: list[FileResult]) -> set[str]:
    return {m.code for r in results for m in r.warnings}


def _in_place(tmp_path: Path, *books: Sheets, name: str = A) -> tuple[Path, list[FileResult]]:
    """Each book written in turn to one path (folder A, `name`) and imported from there by the
    app's import and the reference import, their tables and reports compared after each."""
    path, results = tmp_path / "A" / name, []
    for sheets in books:
        results.extend(_same_import(tmp_path, [write_xlsx(path, sheets)]))
    assert [r.status for r in results] == ["imported"] * len(books)
    return tmp_path / "fast.sqlite", results


@pytest.mark.parametrize("other", [0, 3_000])
def test_a_typo_corrected_in_place_and_imported_again_stands(tmp_path: Path, other: float):
    """March's book (台账 2025-03.xlsx) says 45,000 of MT-1's 50,000 came by 03-10, a typo for
    4,500; the clerk corrects the cell (another buyer's row added, or not) and imports the
    same file again from the same folder. Hand count: 45,500 open, and the report names the
    figure corrected. Before: 5,000 open (45,000 kept; the row named as one that could be
    this month's receipt), where from another folder 4,500 was taken."""
    db, results = _in_place(tmp_path, _typo(45_000), _typo(4_500, other))
    assert _open(db) == 45_500
    assert CORRECTED in _codes(results[1:])
    assert "stored_receipts_unclear" not in _codes(results)


def test_the_window_s_import_takes_the_correction(tmp_path: Path):
    """The same through the import window's work (ui.operations.import_files, one job a
    file): 45,500 open, the correction named (was 5,000, nothing named)."""
    db, path = tmp_path / "firm.sqlite", tmp_path / "A" / A
    results = []
    for figure in (45_000, 4_500):
        outcome = window_import(db, [(write_xlsx(path, _typo(figure)), None)])
        results.extend(outcome.results)
    assert [r.status for r in results] == ["imported"] * 2
    assert _open(db) == 45_500
    assert CORRECTED in _codes(results[1:])


def test_the_command_line_names_the_correction(tmp_path: Path):
    """`main.py import` of the corrected file from its place names MT-1's figure then → now."""
    db, path = tmp_path / "firm.sqlite", tmp_path / "A" / A
    _report(db, write_xlsx(path, _typo(45_000)), "en")
    said = _report(db, write_xlsx(path, _typo(4_500)), "en")
    assert _open(db) == 45_500
    assert "MT-1 (“台账” row 2: 45,000.00 2025-03-10 → 4,500.00 2025-03-10)" in said


def test_the_correction_stands_over_april_s_book_in_place(tmp_path: Path):
    """March's typo (45,000 of 03-10), April's book carrying it (another folder), then March
    corrected in place (4,500): the clerk's correction of that month stands over the figure
    of the day April carried (ord42), 45,500 open."""
    path = tmp_path / "A" / A
    _same_import(tmp_path, [write_xlsx(path, _typo(45_000))])
    _same_import(tmp_path, [write_xlsx(tmp_path / "B" / B, _typo(45_000, 2_000))])
    results = _same_import(tmp_path, [write_xlsx(path, _typo(4_500))])
    assert _open(tmp_path / "fast.sqlite") == 45_500
    assert CORRECTED in _codes(results)


# --- guards: what a file re-imported in place does not correct ---------------------------------

def _feb_march(march: float) -> tuple[Sheets, Sheets]:
    """February's book: 40,500 of MT-1's 50,000 by 02-10; March's (in place): `march` by 03-10,
    lower, so read as March's own receipt added (45,000 to date by 03-10)."""
    return ({"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-02-01", 50_000, "2025-02-05",
                                  40_500, "2025-02-10"), None, None]]},
            {"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-02-01", 50_000, "2025-02-05",
                                  march, "2025-03-10"), None, None],
                     [*row("LT-2", "Lima Trading", "2025-03-02", 1_000, "2025-03-05"), None,
                      None]]})


def test_a_month_s_receipt_added_to_an_earlier_month_s_is_kept_when_read_again(tmp_path: Path):
    """Guard: February's 40,500 (its own file), March's 4,500 added to it (45,000 to date),
    March's file re-imported in place with another buyer's row changed: its 4,500 is still
    added to February's, 5,000 open (the line's total is no figure March alone wrote)."""
    feb, march = _feb_march(4_500)
    _same_import(tmp_path, [write_xlsx(tmp_path / "F" / "台账 2025-02.xlsx", feb)])
    _in_place(tmp_path, march, {"台账": [*march["台账"][:2], [*row(
        "LT-2", "Lima Trading", "2025-03-02", 1_000, "2025-03-05", 1_000, "2025-03-20"),
        None, None]]})
    assert _open(tmp_path / "fast.sqlite") == 5_000


def test_a_higher_total_of_a_later_day_is_money_received_since(tmp_path: Path):
    """Guard: March's book in place, 4,500 by 03-10, then 9,000 by 04-15 (a running book's
    receipts since): 41,000 open, nothing named corrected."""
    _db, results = _in_place(tmp_path, {"台账": _typo(4_500)["台账"]}, {"台账": [
        TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 50_000, "2025-03-05", 9_000,
                     "2025-04-15"), None, None]]})
    assert _open(tmp_path / "fast.sqlite") == 41_000
    assert CORRECTED not in _codes(results)


# --- a payment set aside follows its customer's re-key -----------------------------------------

def test_a_wire_set_aside_comes_back_after_its_customer_is_re_keyed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The bank's list (银行水单.xlsx) holds ABC Trading（HK）'s two real wires of 04-20, 5,000
    and 4,900, both noted "K-7" (Tokyo's order): imported first, by the older customer key
    (full-width brackets kept), the 5,000 is set aside as the same wire listed twice (fix39d).
    The database opened by today's key re-keys the customer; then the ledger sells S-1 5,000
    and S-2 4,900 to the buyer and K-7 2,000 to Tokyo. Hand count: nothing open for ABC.
    Before: 4,900 open, the 5,000 left aside for good (kept under the older customer's and
    order's keys, which no stored customer or order held any longer)."""
    bank = write_xlsx(tmp_path / "files" / "银行水单.xlsx", {"收款": [
        NOTE_HEADER, *(_money(WIDE, "2025-04-20", paid, "USD", "K-7") for paid in (5_000, 4_900))]})
    db = tmp_path / "firm.sqlite"  # the app's import alone: the reference's keys are today's
    with monkeypatch.context() as patched:
        older_customer_key(patched, _old_key)
        assert [r.status for r in import_files(db, [bank])] == ["imported"]
    with connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM set_aside_lines").fetchone()[0] == 1
        conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                     (str(rereading.VERSION - 1), READINGS_KEY))
        conn.commit()
    results = import_files(db, [write_xlsx(tmp_path / "files" / "台账.xlsx", {"台账": [
        HEADER, row("S-1", WIDE, "2025-03-01", 5_000, "2025-03-10"),
        row("S-2", WIDE, "2025-03-01", 4_900, "2025-03-10"),
        row("K-7", "Tokyo Trading", "2025-03-01", 2_000, "2025-03-10")]})])
    assert _open(db, WIDE) == 0
    assert "payment_set_aside_back" in _codes(results)
