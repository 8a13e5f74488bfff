"""acct52a: a later lot's row whose 出货日期 is blank beside a dated row of the same lot takes
that lot's date (core.ledger.unsent_lots), and money received on a row not shipped yet is
held for it as a deposit, whatever the terms (core.analysis.receivables).

Lagos Star on OA 30 (acct51c's ledger): each file imported by the app and the reference
import, which must agree; days overdue run to the month's end (a payer's receipts to it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fast_import import _same_import
from test_unsent_lots_acct51c import FIRST, _account, _d, _file, _lagos, lot

from core.ledger.unsent_lots import unsent

LAGOS = "Lagos Star Enterprises"


# --- 1. a blank 出货日期 inside a dated later lot ------------------------------------------

def test_a_lot_s_second_product_takes_the_lot_s_date(tmp_path: Path) -> None:
    """L-1: 第一批 shipped 03-01 (paid); 第二批 product A dated 05-20 and 第二批 product B
    with its 出货日期 blank (the date typed once for the lot). Both owed from 05-20 + 30 =
    06-19: 12,000 open, 11 days late at 06-30 (before: product B owed from 03-31 with the
    first lot, 91 days late, the buyer black-listed)."""
    rows = (FIRST, lot("2025-05-20", "第二批"), lot(None, "第二批", "电动玩具"))
    _same_import(tmp_path, [_file(tmp_path / "ledgers", 6, *rows)])
    assert _account(tmp_path, "2025-06-30") == (12_000, 12_000, 11, None)
    assert _account(tmp_path, "2025-05-31") == (12_000, 0, 0, None)  # shipped, due 06-19
    assert _lagos(tmp_path, "2025-06-30").revenue_12m == 18_000


def test_the_lot_dated_next_month_on_one_of_its_rows(tmp_path: Path) -> None:
    """May's file: lot 2's two products both blank (not shipped, 0 open). July's: product A
    dated 06-05, product B still blank: both owed from 07-05, 12,000 open 26 days late at
    07-31."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_file(folder, 5, FIRST, lot(None, "第二批"),
                                  lot(None, "第二批", "电动玩具"))])
    assert _account(tmp_path, "2025-05-31") == (0, 0, 0, None)
    _same_import(tmp_path, [_file(folder, 7, FIRST, lot("2025-06-05", "第二批"),
                                  lot(None, "第二批", "电动玩具"))])
    assert _account(tmp_path, "2025-07-31") == (12_000, 12_000, 26, None)


def test_a_row_naming_no_lot_keeps_the_invoice_s_first_date(tmp_path: Path) -> None:
    """The same rows, the blank one naming no lot: it ships with the invoice's first date
    (03-01), as before: 6,000 of it 91 days late at 06-30, black."""
    rows = (FIRST, lot("2025-05-20", "第二批"), lot(None, None, "电动玩具"))
    _same_import(tmp_path, [_file(tmp_path / "ledgers", 6, *rows)])
    assert _account(tmp_path, "2025-06-30") == (12_000, 12_000, 91, "black")


def test_the_lot_s_date_read_by_both_imports_alike() -> None:
    """unsent: per row (not shipped, the date it takes). A later lot beside a dated row of
    its lot takes that row's date (the earliest of several); with no such row, not shipped;
    a lot dated only in another column (ETD) keeps its invoice's date."""
    inv, other = ("s", "k", "L-1", None), ("s", "k", "L-2", None)
    rows = [(inv, "1", "2025-03-01", True, False), (inv, "2", "2025-05-20", True, False),
            (inv, "2", "2025-05-18", True, False), (inv, "2", None, False, True),
            (inv, "3", None, False, True), (other, "2", None, True, False),
            (other, "2", None, False, True)]
    assert unsent(rows) == [(False, None)] * 3 + [(False, "2025-05-18"), (True, None),
                                                  (False, None), (False, None)]


# --- 2. money received on a lot not shipped yet -------------------------------------------

def _l2(ship: str | None, note: str, received: float | None = None,
        on: str | None = None, terms: str = "OA 30天") -> list[object]:
    """A row of L-2 (ordered 03-10): 6,000 of toys."""
    return ["L-2", None, LAGOS, _d("2025-03-10"), "毛绒玩具", 6_000, "USD", terms, _d(ship),
            None, None, received, _d(on), note]


@pytest.mark.parametrize(("second", "terms", "late"), [
    (_l2(None, "第二批 30%定金已收", 1_800, "2025-04-15"), "OA 30天", 30),  # a lot not shipped
    (["L-2", None, LAGOS, _d("2025-03-10"), "电动玩具", 6_000, "USD", "OA 30天", "未出货",
      None, None, 1_800, _d("2025-04-15"), "30%定金已收"], "OA 30天", 30),  # said 未出货
    (_l2(None, "第二批 30%定金已收", 1_800, "2025-04-15", "T/T"), "T/T", 60)])
def test_money_on_a_lot_not_shipped_is_held_for_it(
        tmp_path: Path, second: list[object], terms: str, late: int) -> None:
    """L-2 on OA 30: 第一批 6,000 shipped 04-01, unpaid (due 05-01; on T/T at shipment);
    第二批 6,000 not shipped, its 实收金额 1,800 (04-15). At 05-31: 6,000 open, 30 days
    late, 1,800 held as a deposit (before: the 1,800 paid lot 1, 4,200 open)."""
    first = _l2("2025-04-01", "第一批", terms=terms)
    _same_import(tmp_path, [_file(tmp_path / "ledgers", 5, first, second)])
    c = _lagos(tmp_path, "2025-05-31")
    assert (c.open_amount, c.overdue_amount, c.max_days_overdue, c.deposits_held) == (
        6_000, 6_000, late, 1_800)


def test_money_not_said_a_deposit_pays_the_shipped_lot(tmp_path: Path) -> None:
    """fix52o changed acct52a's expectation for a 第二批 row saying nothing of a deposit (it
    was a parameter above: 6,000 open, 1,800 held): money on a lot not shipped that no word
    calls a deposit, with the shipped lot 1 unpaid, is the first lot's money written on the
    last row (rv52c: 第二批未出货；第一批货款已收 showed 4,000 held and lot 1 31 days late):
    it pays lot 1, 4,200 open, nothing held."""
    first = _l2("2025-04-01", "第一批")
    _same_import(tmp_path, [_file(tmp_path / "ledgers", 5, first,
                                  _l2(None, "第二批", 1_800, "2025-04-15"))])
    c = _lagos(tmp_path, "2025-05-31")
    assert (c.open_amount, c.overdue_amount, c.max_days_overdue, c.deposits_held) == (
        4_200, 4_200, 30, 0)


@pytest.mark.parametrize(("note", "held", "open_"), [
    ("第二批未出货；第一批货款已收", 0, 0),  # lot 1's 6,000 on lot 2's row: pays lot 1
    ("第二批定金", 1_800, 6_000)])  # said a deposit: held for lot 2 (acct52a)
def test_lot_one_s_payment_on_the_unshipped_row(
        tmp_path: Path, note: str, held: float, open_: float) -> None:
    """Lot 1 (6,000) shipped 04-01 and lot 2 (6,000) not, the money on lot 2's row: 6,000
    saying lot 1 is paid pays lot 1 (was 6,000 held as far as lot 2's worth, lot 1 open and
    watched); 1,800 saying 定金 stays held."""
    first = _l2("2025-04-01", "第一批")
    money = 6_000 if held == 0 else 1_800
    _same_import(tmp_path, [_file(tmp_path / "ledgers", 5, first,
                                  _l2(None, note, money, "2025-04-15"))])
    c = _lagos(tmp_path, "2025-05-31")
    assert (c.open_amount, c.overdue_amount, c.deposits_held) == (open_, open_, held)


def test_the_lot_shipped_its_money_pays_it(tmp_path: Path) -> None:
    """June's file dates lot 2 06-05: shipped, its 1,800 is no longer held but joins the
    customer's money, oldest due first, as a deposit column's does once its order ships:
    10,200 open, 4,200 of it lot 1's overdue, nothing held."""
    folder = tmp_path / "ledgers"
    first = _l2("2025-04-01", "第一批")
    _same_import(tmp_path, [_file(folder, 5, first, _l2(None, "第二批", 1_800, "2025-04-15"))],
                 [_file(folder, 6, first, _l2("2025-06-05", "第二批", 1_800, "2025-04-15"))])
    c = _lagos(tmp_path, "2025-06-30")
    assert (c.open_amount, c.overdue_amount, c.deposits_held) == (10_200, 4_200, 0)
