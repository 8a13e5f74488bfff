"""fix64d: a payment row naming only its order's number (2025-701 / 7,000 / 04-20, no buyer,
no note) on another tab or in a later file is its number's one buyer's (core.ledger.number_only,
core.ledger.number_owners; rv63c s5). It was skipped "no customer": the 7,000 owed where paid.

Hand counts: Buyer X's 2025-701, 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19),
定金30% 3,000 received 03-02; the balance 7,000 received 04-20 only on the number-only row. As of
06-30: counted, X owes 10,000 − 3,000 − 7,000 = 0 (PAID); skipped, 7,000, 72 days late, black
(OWED). Every ledger is imported by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, X
from test_preview_across_tabs_payrow33 import done, previewed

from core import recovery
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.store import connect

APRIL = date(2025, 4, 20)
NO = "2025-701"
BALANCE = _paid("尾款70%", 7_000, APRIL)  # the balance on the order's own rows
RECEIPTS = ["订单号", "客户", "收款金额", "收款日期", "备注"]  # a payments sheet
OTHER = ["2025-300", "Other Co", date(2025, 4, 1), 500, "USD", "T/T", "x", date(2025, 4, 2),
         500, date(2025, 4, 3), "", ""]  # the later file's own sale
Account = tuple[float, int, str | None, float]


def _number_only(number: str = NO, received: float = 7_000, day: date = APRIL,
                 note: str = "") -> list[object]:
    """The row: its order's number and money received, the buyer's cell and the rest blank."""
    return [number, None, None, None, None, None, None, None, received, day, "", note]


def _import(tmp_path: Path, files: list[dict[str, list[list[object]]]]) -> list[FileResult]:
    """Each file (tab -> rows, a tab's first row its header) imported in turn by both imports."""
    paths = [write_xlsx(tmp_path / f"出口台账2025-{i}.xlsx", tabs) for i, tabs in enumerate(files)]
    return _same_import(tmp_path, *[[path] for path in paths])


def _account(tmp_path: Path, name: str) -> Account:
    return _account_of(tmp_path / "fast.sqlite", name)


def _skips(results: list[FileResult]) -> list[tuple[str, int, str]]:
    return [(s.sheet, s.row, s.message.code) for r in results for s in r.skipped]


def _book(*rows: list[object]) -> list[list[object]]:
    return [HEAD, _order(NO, X), DEPOSIT, *rows, LAST]


def test_a_number_only_row_on_a_receipts_tab_pays_its_order(tmp_path: Path) -> None:
    """On the 收款 tab beside the 台账 (the ledger's header, or a payments sheet's): PAID, not
    OWED; nothing skipped."""
    tabs = {"ledger header": [HEAD, _number_only()],
            "payments sheet": [RECEIPTS, [NO, None, 7_000, APRIL, None]]}
    for i, (name, receipts) in enumerate(tabs.items()):
        place = tmp_path / str(i)
        place.mkdir()
        results = _import(place, [{"台账": _book(), "收款": receipts}])
        assert _account(place, X) == PAID, name
        assert _skips(results) == [], name


def test_a_later_file_s_number_only_row_pays_the_stored_order(tmp_path: Path) -> None:
    """April's ledger pays March's 2025-701 by its number: OWED after March, PAID after April;
    undoing April's import brings back OWED."""
    results = _import(tmp_path, [{"台账": _book()}, {"台账": [HEAD, _number_only(), OTHER]}])
    assert _skips(results) == []
    assert _account(tmp_path, X) == PAID
    recovery.undo_import(tmp_path / "fast.sqlite")
    assert _account(tmp_path, X) == OWED


def test_the_row_under_its_order_on_the_same_tab_below_another(tmp_path: Path) -> None:
    """The row at the tab's foot, under another buyer's order: 701's (PAID), Other Co's own
    account untouched (1,000 paid)."""
    _import(tmp_path, [{"台账": [HEAD, _order(NO, X), DEPOSIT, LAST, _number_only()]}])
    assert _account(tmp_path, X) == PAID
    assert _account(tmp_path, "Other Co") == (0.0, 0, None, 0.0)


def test_a_number_two_buyers_share_stays_skipped(tmp_path: Path) -> None:
    """Yonder's order 2025-701 too, on the tab or another tab, then the row on the 收款 tab or
    in April's file (the store holding both buyers' 701): whose the 7,000 is cannot be told;
    X OWED, Yonder 10,000 owed 72 days black, the row skipped "no customer" as before. (The fast
    import alone: the reference import already writes X's line of a number two buyers share
    on one file otherwise, on main too, with no number-only row.)"""
    y_owes = (10_000.0, 72, "black", 0.0)
    y = "Yonder Imports GmbH"  # not "Buyer Y": a second line of X's order to the reader
    shapes = {
        "one tab": [{"台账": [*_book(), _order(NO, y)], "收款": [HEAD, _number_only()]}],
        "two tabs": [{"台账": _book(), "二月": [HEAD, _order(NO, y), LAST],
                      "收款": [HEAD, _number_only()]}],
        "the store": [{"台账": [*_book(), _order(NO, y)]}, {"台账": [HEAD, _number_only(), OTHER]}],
    }
    for i, (name, files) in enumerate(shapes.items()):
        place = tmp_path / str(i)
        place.mkdir()
        paths = [write_xlsx(place / f"出口台账2025-{k}.xlsx", tabs)
                 for k, tabs in enumerate(files)]
        got = [r for path in paths for r in import_files(place / "fast.sqlite", [path])]
        assert _skips(got)[-1][2] == "missing_customer", name
        assert (_account(place, X), _account(place, y)) == (OWED, y_owes), name


def test_a_number_of_no_order_stays_skipped(tmp_path: Path) -> None:
    """2025-799, which no tab and no stored file sells: skipped, X OWED; since fix65f as a
    payment of an order not imported yet (its file read again when one is: test_fix65f_*),
    "no customer" before."""
    got = _import(tmp_path, [{"台账": _book(), "收款": [HEAD, _number_only("2025-799")]}])
    assert _skips(got) == [("收款", 2, "order_not_yet")]
    assert _account(tmp_path, X) == OWED


def test_the_same_receipt_on_both_tabs_or_files_counts_once(tmp_path: Path) -> None:
    """The 尾款 7,000 of 04-20 on 701's own rows and again number-only on the 收款 tab, or in
    April's file: counted once, PAID with no 7,000 credit on account (0, not 7,000), the row
    named as the same receipt. Another day's 7,000 is a receipt of its own: a 7,000 credit."""
    got = _import(tmp_path, [{"台账": _book(BALANCE), "收款": [HEAD, _number_only()]}])
    assert _skips(got) == [("收款", 2, "number_only_repeat")]
    assert _account(tmp_path, X) == PAID
    later = tmp_path / "later"
    later.mkdir()
    got = _import(later, [{"台账": _book(BALANCE)}, {"台账": [HEAD, _number_only(), OTHER]}])
    assert _skips(got) == [("台账", 2, "number_only_repeat_stored")]
    assert _account(later, X) == PAID
    other_day = tmp_path / "other day"
    other_day.mkdir()
    got = _import(other_day, [{"台账": _book(BALANCE),
                               "收款": [HEAD, _number_only(day=date(2025, 5, 20))]}])
    assert _skips(got) == []
    assert _account(other_day, X) == (0.0, 0, None, 7_000.0)


def test_the_deposit_listed_again_counts_once_and_the_balance_pays(tmp_path: Path) -> None:
    """The 收款 tab lists the 定金 3,000 of 03-02 (on 701's rows already) and the 7,000 of 04-20
    by number: the deposit once, the balance counted: PAID, no credit."""
    got = _import(tmp_path, [{"台账": _book(), "收款": [
        HEAD, _number_only(received=3_000, day=date(2025, 3, 2)), _number_only()]}])
    assert _skips(got) == [("收款", 2, "number_only_repeat")]
    assert _account(tmp_path, X) == PAID


def test_a_noted_or_refunded_number_only_row_is_left_as_it_was(tmp_path: Path) -> None:
    """A note is the note readers' (还差2000 on the row, 2,000 still missing: read paid, it
    would clear a bad payer), a −3,000 needs its buyer's word, and so do the clerk's words in
    its status or 品名 (待收, 未收, 计划 asked not come; 退款 money sent back; 尾款待收; 样品费
    another money): each stays skipped "no customer", X OWED as before. A bare payment word
    (尾款70%) or 收款 status says money came: PAID."""
    def row(status: str = "", product: str | None = None) -> list[object]:
        return [NO, None, None, None, None, None, product, None, 7_000, APRIL, status, ""]
    left = [_number_only(note="还差2000"), _number_only(received=-3_000), row("待收"),
            row("未收"), row("计划"), row("退款"), row(product="尾款待收"),
            row(product="样品费"), row(product="退款")]
    for i, cells in enumerate([*left, row(product="尾款70%"), row("收款")]):
        place = tmp_path / str(i)
        place.mkdir()
        got = _import(place, [{"台账": _book(), "收款": [HEAD, cells]}])
        if i < len(left):
            assert _skips(got) == [("收款", 2, "missing_customer")], cells
            assert _account(place, X) == OWED, cells
        else:
            assert (_skips(got), _account(place, X)) == ([], PAID), cells


def test_the_preview_says_what_the_import_does(tmp_path: Path) -> None:
    """The import dialog's preview reads the 收款 tab's rows as the import does: 2025-701's row
    money received, 2025-799's skipped as waiting for its order, the 定金 listed again skipped
    as the same receipt (core.ledger.preview takes the owners with the import's own function)."""
    db = tmp_path / "firm.sqlite"
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": _book(), "收款": [
        HEAD, _number_only(), _number_only("2025-799"),
        _number_only(received=3_000, day=date(2025, 3, 2))]})
    with connect(db) as conn:
        preview = preview_file(conn, path)
    [result] = import_files(db, [path])
    tab = [{row for row in rows if row[0] == "收款"} for rows in (*previewed(preview),
                                                                 *done(db, result))]
    assert tab[:2] == tab[2:]
    assert tab[0] == {("收款", 2)}
    assert {(s, r) for s, r, _ in tab[1]} == {("收款", 3), ("收款", 4)}
    assert _account_of(db, X) == PAID


def _account_of(db: Path, name: str) -> Account:
    c = customer(db, name, END)
    return (round(c.open_amount, 2), c.max_days_overdue,
            c.list if c.list in ("black", "watch") else None, round(c.credit_on_account, 2))
