"""fix62h: notes that hid a bad payer's debt (rv62b s540, fix62b s620, rv62a s520, s530,
rv61c s447, rv61e s480).

- A deposit cell of 7,000 noted 定金3000 beside the last batch's 4,000 said not paid or not
  payable now (这次付清不了, 这次付不清, 客户说不用延期，但还没付) keeps the cell the order's: main
  read the 4,000 paid (Santos 0 where 4,000 owed, 39 days, watch, 7,000 held). Named by how it
  stood (上批延期款4000) the debt is paid by the cell: main kept 4,000 watched.
- A wire noted 上次欠款暂欠，本单货款 pays this order: main read it the old debt's, X-1's 5,000,
  84 days, black hidden. Said come alone (上次欠款已到账) or its rest (上批货款已付3000，余款这次
  付), the wire pays the old debt: main kept X-1 84 days black.
- A balance row noted 客户尾款还没付给代理，代理费我司已付 or 货款已到期客户还没给代理 is owed: main
  read the fee the firm paid, or the due date, as the balance come (0 where 7,000, 72 days,
  black).

Controls (right on both trees) beside each.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_acct55a_three_payments import _paid
from test_fast_import import _same_import
from test_fix61i_came_rows import DEPOSIT, OWED, PAID, _read
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62e_rv62a import APRIL
from test_lead60g_rv60d import NEW, OLD, PAID_OLD, _sale, _wire
from test_lead60g_rv60d import _seen as _account

DEBT_OWED = (4000, 39, "watch", 7000)
DEBT_PAID = (0, 0, None, 3000)
OLD_BLACK = (5000, 84, "black", {"X-1": 5000})


@pytest.mark.parametrize("note", ["定金3000，上批欠款4000这次付清不了",
                                  "定金3000，上批欠着的4000这次付不清",
                                  "定金3000，上批欠款4000客户说不用延期，但还没付",
                                  "定金3000，上批欠着的4000这次付清不了，下月",
                                  "定金3000，上批欠款4000付不了", "定金3000，上批欠款4000，未付",
                                  "定金3000，上批欠款4000暂欠"])
def test_a_debt_said_not_paid_now_keeps_the_deposit_cell_whole(tmp_path: Path,
                                                                note: str) -> None:
    """Santos owes the old 4,000, 39 days, watch, 7,000 held (main: 0, 3,000 held; 暂欠 the
    control)."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == DEBT_OWED


@pytest.mark.parametrize("note", ["定金3000，上批延期款4000", "定金3000，付上批没付的4000",
                                  "定金3000，上批未付的4000这次付清",
                                  "定金3000，上批欠款4000拖欠很久了，这次补上",
                                  "定金3000，上批欠着的4000这次付清",
                                  "定金3000，上批仍欠的4000这次付了"])
def test_a_debt_named_by_how_it_stood_is_paid_by_the_deposit_cell(tmp_path: Path,
                                                                   note: str) -> None:
    """Santos owes nothing, 3,000 held (main: the first four 4,000 watched; the last two the
    controls)."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == DEBT_PAID


def test_both_imports_read_a_debt_not_payable_alike(tmp_path: Path) -> None:
    """tests.test_fast_import: the fast and the reference import write the same rows, and
    the account owes the old 4,000."""
    db = _book(tmp_path / "book", 7000, "定金3000，上批欠款4000这次付清不了")
    _same_import(tmp_path, [tmp_path / "book" / "2025外贸台账.xlsx"])
    assert _seen(_santos(db)) == _seen(_santos(tmp_path / "fast.sqlite")) == DEBT_OWED


@pytest.mark.parametrize(("note", "seen"), [
    ("上次欠款暂欠，本单货款", OLD_BLACK),
    ("上次欠款已到账", PAID_OLD),
    ("上批货款已付3000，余款这次付", PAID_OLD),
    ("上次欠款拖欠很久了，这次补上", PAID_OLD),
    ("付上次欠款，本单货款", PAID_OLD),
    ("上次欠款已收到，本单货款", OLD_BLACK),
    ("上月货款已付", OLD_BLACK),
    ("上次欠款暂欠", OLD_BLACK),
    ("上次欠款还没付，本单货款", OLD_BLACK),
    ("上次欠款暂欠，下次付", OLD_BLACK),
    ("上次欠款已到账，谢谢", PAID_OLD),
    ("上批货款已付3000，余款下次付", OLD_BLACK),
    ("上次欠款还没付，这次补上", PAID_OLD)])
def test_a_wire_pays_the_earlier_debt_only_where_its_note_says_so(
        tmp_path: Path, note: str, seen: tuple[object, ...]) -> None:
    """X-1 5,000 (03-01) unpaid, X-2 6,000 (05-25); a 5,975 wire on 06-25: PAID_OLD pays X-1
    first (5,025 open, 0 days), OLD_BLACK X-2 (X-1 84 days, black). Main read the debt said
    owed (暂欠, 还没付) as paid, and its money come or rest (已到账, 已付3000，余款这次付) as
    paid before; the rest are controls."""
    assert _account(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                    _wire(note)) == seen


def test_a_fee_the_firm_paid_or_a_due_date_is_no_balance_come(tmp_path: Path) -> None:
    """Hand count: 3,000 of 10,000 paid, 7,000 open, 72 days, black (main: 0); the controls
    paid."""
    notes = {"客户尾款还没付给代理，代理费我司已付": OWED, "货款已到期客户还没给代理": OWED,
             "代理费我司已付": PAID, "货款已到，代理费我司已付": PAID, "尾款已到": PAID}
    cases = {f"N {note}": [DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=note)] for note in notes}
    assert _read(tmp_path, cases) == {f"N {note}": want for note, want in notes.items()}
