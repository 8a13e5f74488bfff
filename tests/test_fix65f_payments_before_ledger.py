"""fix65f (rv64c): the bank's payments file imported before the month's ledger that sells its
orders. A number-only payment row (2025-701 / 7,000 / 04-20, no buyer, no note) whose number no
tab and no stored order has waits for its order (core.ledger.number_owners.waits): skipped as
paying an order not imported yet, its file kept (core.ledger.held_files) and read again by the
import that first stores an order of that number, when the row finds its one buyer as it would
imported after the ledger. It was "no customer" for good.

Hand counts (tests.test_fix64d_number_only_payments): Buyer X's 2025-701, 10,000 USD ordered
03-01, shipped 03-20, OA 30天 (due 04-19), 定金30% 3,000 received 03-02; the balance 7,000 only
on the payments file's number-only row of 04-20. As of 06-30: counted, X owes 0 (PAID);
skipped, 7,000, 72 days late (04-19 → 06-30), black (OWED). Real .xlsx files, the real import
into a real SQLite file; by both imports (tests.test_fast_import._same_import) where they agree.
"""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order
from test_fast_import import _same_import
from test_fix62f_repeated_cells import OWED, PAID, X
from test_fix64d_number_only_payments import (
    APRIL,
    BALANCE,
    HEAD,
    NO,
    OTHER,
    RECEIPTS,
    _account_of,
    _book,
    _number_only,
    _skips,
)
from test_fix64f_cancelled_number_only import MAY, OWES, _cancelled

from core import recovery
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.store import connect

Tabs = dict[str, list[list[object]]]
Y = "Yonder Imports GmbH"  # not "Buyer Y": a second line of X's order to the reader
# the payments file: the number-only row alone (refused, noted), beside a sale of its own
# (imported), or on a payments sheet of 订单号 / 客户 / 收款金额 / 收款日期 (refused, noted)
SHAPES: dict[str, Tabs] = {
    "alone": {"收款": [HEAD, _number_only()]},
    "beside a sale": {"收款": [HEAD, _number_only(), OTHER]},
    "under another's order": {"台账": [HEAD, OTHER, _number_only()]},
    "payments sheet": {"收款": [RECEIPTS, [NO, None, 7_000, APRIL, None]]},
}


def _files(place: Path, payments: Tabs, ledger: Tabs) -> tuple[Path, Path]:
    place.mkdir(parents=True, exist_ok=True)
    return (write_xlsx(place / "收款2025-04.xlsx", payments),
            write_xlsx(place / "台账2025-03.xlsx", ledger))


def _fast(place: Path, *paths: Path) -> list[FileResult]:
    """Each file imported in turn by the import alone, into place/fast.sqlite."""
    return [r for path in paths for r in import_files(place / "fast.sqlite", [path])]


def _codes(results: list[FileResult]) -> list[tuple[str, str, str]]:
    """Each result's file, status, and the code of its first warning."""
    return [(r.path.name, r.status, r.warnings[0].code if r.warnings else "") for r in results]


def test_the_payments_file_imported_first_pays_the_order_when_the_ledger_comes(
        tmp_path: Path) -> None:
    """Each shape: before the ledger its row waits for 2025-701 (order_not_yet, not "no
    customer"); the ledger's import reads the payments file again, which says so, and X is
    PAID (it stayed OWED: 7,000, 72 days, black)."""
    for name, tabs in SHAPES.items():
        place = tmp_path / name
        payments, ledger = _files(place, tabs, {"台账": _book()})
        first = _same_import(place, [payments])
        assert [code for *_, code in _skips(first)] == ["order_not_yet"], name
        assert first[0].status == ("refused" if name in ("alone", "payments sheet")
                                   else "imported"), name
        then = _same_import(place, [ledger])
        assert [(r.path.name, r.status) for r in then] == [
            ("台账2025-03.xlsx", "imported"), ("收款2025-04.xlsx", "imported")], name
        assert then[1].warnings[0].code == "held_read_again", name
        assert _skips(then) == [], name
        assert _account_of(place / "fast.sqlite", X) == PAID, name


def test_the_preview_of_the_payments_file_says_the_row_waits(tmp_path: Path) -> None:
    """The import dialog's preview before the ledger: the row skipped as the import skips it,
    paying an order not in the database yet."""
    payments, _ = _files(tmp_path, SHAPES["beside a sale"], {"台账": _book()})
    with connect(tmp_path / "fast.sqlite") as conn:
        preview = preview_file(conn, payments)
    notes = {(s.name, s.header_row + 1 + i): n.code for s in preview.sheets
             for i, n in s.row_notes.items()}
    assert notes[("收款", 2)] == "order_not_yet"


def test_undoing_the_ledger_puts_the_row_back_and_undoing_the_payments_removes_it(
        tmp_path: Path) -> None:
    """Payments (beside a sale), then the ledger: PAID. Undo: the ledger and the payments'
    second reading gone, the row skipped again (X no customer: nothing of his stored); the
    ledger imported again reads the payments again: PAID. Undone twice (the ledger, then the
    payments file): the ledger alone, X OWED, the payments file not read."""
    payments, ledger = _files(tmp_path, SHAPES["beside a sale"], {"台账": _book()})
    db = tmp_path / "fast.sqlite"
    _fast(tmp_path, payments, ledger)
    assert _account_of(db, X) == PAID
    recovery.undo_import(db)
    with connect(db) as conn:
        assert [tuple(r) for r in conn.execute(
            "SELECT file_name, rows_skipped FROM imports")] == [("收款2025-04.xlsx", 1)]
        assert conn.execute("SELECT count(*) FROM customers WHERE name = ?",
                            (X,)).fetchone()[0] == 0
    assert _codes(_fast(tmp_path, ledger))[1:] == [
        ("收款2025-04.xlsx", "imported", "held_read_again")]
    assert _account_of(db, X) == PAID
    recovery.undo_import(db)
    recovery.undo_import(db)
    assert [r.path.name for r in _fast(tmp_path, ledger)] == ["台账2025-03.xlsx"]
    assert _account_of(db, X) == OWED


def test_undoing_the_ledger_keeps_a_refused_payments_file_noted(tmp_path: Path) -> None:
    """The payments file of the row alone, refused and noted; the ledger: PAID; undone: the
    note kept (fix62l), the ledger imported again reads the payments file again: PAID."""
    payments, ledger = _files(tmp_path, SHAPES["alone"], {"台账": _book()})
    db = tmp_path / "fast.sqlite"
    _fast(tmp_path, payments, ledger)
    assert _account_of(db, X) == PAID
    recovery.undo_import(db)
    assert [r.status for r in _fast(tmp_path, ledger)] == ["imported", "imported"]
    assert _account_of(db, X) == PAID


def test_the_same_receipt_on_the_order_s_own_rows_counts_once(tmp_path: Path) -> None:
    """The ledger writes 701's 尾款 7,000 of 04-20 under the order too: the payments file read
    again skips its row as the same receipt (the store's, from the ledger): PAID, no 7,000
    credit on account (0, not 7,000)."""
    payments, ledger = _files(tmp_path, SHAPES["beside a sale"], {"台账": _book(BALANCE)})
    _same_import(tmp_path, [payments])
    then = _same_import(tmp_path, [ledger])
    assert _skips(then) == [("收款", 2, "number_only_repeat_stored")]
    assert _account_of(tmp_path / "fast.sqlite", X) == PAID


def test_the_same_row_on_the_ledger_s_receipts_tab_counts_once(tmp_path: Path) -> None:
    """The ledger's own 收款 tab lists the same number-only 7,000 of 04-20 (taken there as
    X's): the payments file read again skips its row as the same receipt: PAID, no credit."""
    payments, ledger = _files(tmp_path, SHAPES["beside a sale"],
                              {"台账": _book(), "收款": [HEAD, _number_only()]})
    _same_import(tmp_path, [payments])
    then = _same_import(tmp_path, [ledger])
    assert _skips(then) == [("收款", 2, "number_only_repeat_stored")]
    assert _account_of(tmp_path / "fast.sqlite", X) == PAID


def test_a_number_two_buyers_share_stays_no_customer(tmp_path: Path) -> None:
    """The ledger sells 2025-701 to X and to Yonder (one tab, or two): the payments file read
    again cannot tell whose the 7,000 is: "no customer", X OWED, Yonder 10,000 owed, 72 days,
    black; nothing waits any more (a later file reads it no more)."""
    y_owes = (10_000.0, 72, "black", 0.0)
    ledgers: dict[str, Tabs] = {"one tab": {"台账": [*_book(), _order(NO, Y)]},
                                "two tabs": {"台账": _book(), "二月": [HEAD, _order(NO, Y), LAST]}}
    for name, tabs in ledgers.items():
        place = tmp_path / name
        payments, ledger = _files(place, SHAPES["beside a sale"], tabs)
        got = _fast(place, payments, ledger)
        assert _skips(got)[-1] == ("收款", 2, "missing_customer"), name
        assert got[-1].path.name == "收款2025-04.xlsx", name
        db = place / "fast.sqlite"
        assert (_account_of(db, X), _account_of(db, Y)) == (OWED, y_owes), name
        later = write_xlsx(place / "台账2025-05.xlsx", {"台账": [HEAD, OTHER]})
        assert [r.path.name for r in _fast(place, later)] == ["台账2025-05.xlsx"], name


def test_a_cancelled_order_s_number_stays_no_customer(tmp_path: Path) -> None:
    """The payments file lists 2025-703 / 3,000 / 05-10; the ledger comes with 703 已取消 (its
    3,000 deposit held) and X's unpaid 702: the row read again is no money of 703's (fix64f):
    "no customer", X 4,000 owed, 72 days, black (taken: 1,000)."""
    payments, ledger = _files(
        tmp_path, {"收款": [HEAD, _number_only("2025-703", 3_000, MAY), OTHER]},
        {"台账": [HEAD, *_cancelled(), LAST]})
    assert _skips(_same_import(tmp_path, [payments])) == [("收款", 2, "order_not_yet")]
    then = _same_import(tmp_path, [ledger])
    assert _skips(then) == [("收款", 2, "missing_customer")]
    assert _account_of(tmp_path / "fast.sqlite", X) == OWES


def test_a_noted_refunded_or_unpaid_row_is_not_waited_for(tmp_path: Path) -> None:
    """Rows the note readers need the order's own tab for (还差2000), a −3,000 refund, a 待收
    status, a 品名 样品费: "no customer" before and after the ledger, the payments file not read
    again, X OWED (read as his, 还差2000 or 待收 would clear a bad payer)."""
    def row(status: str = "", product: str | None = None) -> list[object]:
        return [NO, None, None, None, None, None, product, None, 7_000, APRIL, status, ""]
    rows = {"noted": _number_only(note="还差2000"), "refund": _number_only(received=-3_000),
            "待收": row("待收"), "样品费": row(product="样品费")}
    for name, cells in rows.items():
        place = tmp_path / name
        payments, ledger = _files(place, {"收款": [HEAD, cells, OTHER]}, {"台账": _book()})
        assert _skips(_same_import(place, [payments])) == [
            ("收款", 2, "missing_customer")], name
        then = _same_import(place, [ledger])
        assert [r.path.name for r in then] == ["台账2025-03.xlsx"], name
        assert _account_of(place / "fast.sqlite", X) == OWED, name


def test_another_order_s_number_waits_for_its_own_order(tmp_path: Path) -> None:
    """The payments file pays 2025-702; March's ledger sells 701 only: the file is not read
    again, X OWED and the row still waits; May's ledger sells 702 to Yonder (10,000, due
    04-19 as 701): read again then, the 7,000 Yonder's: 3,000 owed, 72 days, black."""
    payments, ledger = _files(tmp_path, {"收款": [HEAD, _number_only("2025-702"), OTHER]},
                              {"台账": _book()})
    _same_import(tmp_path, [payments])
    then = _same_import(tmp_path, [ledger])
    assert [r.path.name for r in then] == ["台账2025-03.xlsx"]
    assert _account_of(tmp_path / "fast.sqlite", X) == OWED
    may = write_xlsx(tmp_path / "台账2025-05.xlsx", {"台账": [HEAD, _order("2025-702", Y), LAST]})
    later = _same_import(tmp_path, [may])
    assert [(r.path.name, r.status) for r in later] == [
        ("台账2025-05.xlsx", "imported"), ("收款2025-04.xlsx", "imported")]
    assert _skips(later) == []
    assert _account_of(tmp_path / "fast.sqlite", Y) == (3_000.0, 72, "black", 0.0)
    assert _account_of(tmp_path / "fast.sqlite", X) == OWED


def test_a_payments_file_changed_since_is_named_not_read(tmp_path: Path) -> None:
    """The payments file edited after its import (another row typed): the ledger does not
    read the new bytes by itself (the clerk's copy, not the one imported); it names the file
    to import again. X OWED until then; imported again, PAID."""
    payments, ledger = _files(tmp_path, SHAPES["beside a sale"], {"台账": _book()})
    db = tmp_path / "fast.sqlite"
    _fast(tmp_path, payments)
    write_xlsx(payments, {"收款": [HEAD, _number_only(), OTHER, LAST]})
    got = _fast(tmp_path, ledger)
    assert [r.path.name for r in got] == ["台账2025-03.xlsx"]
    assert "held_file_gone" in [w.code for w in got[0].warnings]
    assert _account_of(db, X) == OWED
    _fast(tmp_path, payments)
    assert _account_of(db, X) == PAID
    assert customer(db, "Other Co", END).open_amount == 0
