"""fix62b (rv61e s485 E1, s482 W3–W5): an earlier debt a note names by how it stood, or paid
beside this order's deposit put off, is paid by the money the note is on.

- A new order's row whose 3,000 is noted 补上次欠款，本单定金下周付 (the wire pays the last
  order's debt; this order's deposit comes next week) is the earlier debt's money: read as the
  new order's deposit, Xian Home's X-1 stood 3,000 unpaid, 84 days, black.
- A deposit cell of 7,000 noted 定金3000 beside the last batch's 4,000 named by how it stood
  (上批欠着的4000这次付清, 上批延期的尾款4000) or a deferral denied (上批欠款4000不用延期了)
  pays that debt: read as owed, Santos's paid 4,000 stood 39 days, watch, 7,000 held.

Controls (right on both trees): the debt said owed or put off now (暂欠, 先欠着, 下次付, 申请
延期, 延期的尾款…下次付, 欠着的…还没付) keeps the cell whole; this order's deposit paid beside a
debt put off is the order's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fast_analysis import _compare
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_lead60g_rv60d import OLD, _sale
from test_lead60g_rv60d import _seen as _account

NEW_ROW = date(2025, 6, 20)
OLD_BLACK = (10000, 84, "black", {"X-1": 3000, "X-2": 7000})


@pytest.mark.parametrize("note", ["补上次欠款，本单定金下周付", "付上批尾款，这批定金下月付",
                                  "补上次欠款，本单定金另付", "补上次欠款，本单定金未付"])
def test_a_deposit_row_paying_the_earlier_debt_its_own_put_off_pays_the_debt(
        tmp_path: Path, note: str) -> None:
    """X-1 paid, X-2 10,000 open not due (before: X-1 3,000 84 days, black)."""
    old, new = _sale("X-1", OLD, 3000), _sale("X-2", NEW_ROW, 10000, 3000, note)
    assert _account(tmp_path, old, new, []) == (10000, 0, None, {"X-2": 10000})


@pytest.mark.parametrize("note", ["本单定金，上次欠款下月付", "定金，上批已到货"])
def test_a_deposit_row_paying_its_own_order_is_its_deposit(tmp_path: Path, note: str) -> None:
    """Control: the 3,000 is X-2's deposit, X-1 3,000 84 days, black."""
    old, new = _sale("X-1", OLD, 3000), _sale("X-2", NEW_ROW, 10000, 3000, note)
    assert _account(tmp_path, old, new, []) == OLD_BLACK


NAMED = ["定金3000，上批欠着的4000这次付清", "定金3000，上批延期的尾款4000",
         "定金3000，上批欠款4000不用延期了", "定金3000，上批欠款4000无需延期",
         "定金3000，上批还欠着的4000本次付清"]


@pytest.mark.parametrize("note", NAMED)
def test_a_debt_named_by_how_it_stood_is_paid_by_the_cell(tmp_path: Path, note: str) -> None:
    """Santos owes nothing, 3,000 held (before: 4,000 owed 39 days, watch, 7,000 held)."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == (0, 0, None, 3000)


@pytest.mark.parametrize("note", ["定金3000，上批欠款4000暂欠", "定金3000，上批欠款4000先欠着",
                                  "定金3000，上批欠款4000下次付", "定金3000，上批欠款4000申请延期",
                                  "定金3000，上批延期的尾款4000下次付",
                                  "定金3000，上批欠着的4000还没付",
                                  "定金3000，上批欠款4000，延期的"])
def test_a_debt_said_owed_now_keeps_the_cell_whole(tmp_path: Path, note: str) -> None:
    """Control: 4,000 owed 39 days, watch, 7,000 held."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == (4000, 39, "watch", 7000)


def test_the_reference_analysis_reads_them_alike(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/reference_analysis.py agrees with the app on a named debt paid (YW25-0100
    shipped 06-20, after the 7,000: the 4,000 pays YW25-0010, 0100 owes 7,000 a day late;
    before, 4,000 more and 39 days, watch)."""
    db = _book(tmp_path / "db", 7000, NAMED[1], shipped="2025-06-20")
    assert _seen(_santos(db))[:3] == (7000, 1, None)
    _compare(db, tmp_path, monkeypatch, [date(2025, 6, 30)])
