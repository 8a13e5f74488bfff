"""fix40f F1: a 收款 tab's payment row (金额 0) re-dated in another book whose name gives no
month is one payment in every order of import. Each book has MT-1 15,000 (03-01, shipped 03-05,
OA 30 days) and the 收款 row 尾款 10,500, dated 04-20 in one, 04-02 in the other. Counted twice
it pays MT-1 6,000 beyond its amount, counted once 4,500 stays open: one payment re-dated
(core.ledger.payment_lines.overpays). Two equal instalments the order's amount holds (5,000 +
5,000 of 15,000) stay two. Figures at 06-30."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_fix40d_restated import PAID, SALES, _account, paid, sale

from core.ledger.report import import_report

NAMES = [("订单.xlsx", "新建 Microsoft Excel 工作表.xlsx"), ("台账2025.xlsx", "台账2025(1).xlsx"),
         ("Ledger Apr 2025.xlsx", "Ledger May 2025.xlsx")]
ORDERS = ["AB", "BA", "A+B", "B+A"]


def _book(on: str, received: float = 10_500, note: str = "尾款"
          ) -> dict[str, list[list[object]]]:
    return {"台账": [SALES, sale(None, None)], "收款": [PAID, paid(on, received, note)]}


def _imported(tmp_path: Path, names: tuple[str, str], order: str,
              books: tuple[dict[str, list[list[object]]], dict[str, list[list[object]]]]):
    folder = tmp_path / order.replace("+", "_")
    folder.mkdir()
    paths = {"A": write_xlsx(folder / names[0], books[0]),
             "B": write_xlsx(folder / names[1], books[1])}
    rounds = [[paths[k] for k in order.split("+")]] if "+" in order else [
        [paths[k]] for k in order]
    results = _same_import(folder, *rounds)
    assert [r.status for r in results] == ["imported", "imported"]
    return folder / "fast.sqlite", results


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("names", NAMES)
def test_a_payment_re_dated_in_a_book_naming_no_month_is_one(tmp_path: Path,
                                                             names: tuple[str, str], order: str):
    """Hand count: 15,000 less 10,500 received: 4,500 open, nothing on account, revenue
    15,000, in every order. Before: 0 open and 6,000 on account in every order (both
    counted)."""
    db, _ = _imported(tmp_path, names, order, (_book("2025-04-20"), _book("2025-04-02")))
    assert _account(db) == (4_500, 0, 15_000)


def test_the_re_dated_payment_is_said(tmp_path: Path):
    """The report of the second book names the 收款 row with both days, one payment re-dated
    (before: a later payment, both counted)."""
    _, results = _imported(tmp_path, NAMES[0], "BA", (_book("2025-04-20"), _book("2025-04-02")))
    said = import_report(results[1])
    assert "replaces the one stored from the earlier file at its place" in said
    assert "10,500.00 2025-04-02 → 10,500.00 2025-04-20" in said
    assert "both counted" not in said


@pytest.mark.parametrize("order", ORDERS)
def test_two_equal_instalments_the_order_holds_stay_two(tmp_path: Path, order: str):
    """5,000 of 04-20 in one book, 5,000 of 05-20 in the other (MT-1 15,000): counted both,
    10,000 paid, 5,000 open, nothing on account, in every order."""
    db, _ = _imported(tmp_path, NAMES[0], order, (_book("2025-04-20", 5_000, "分期"),
                                                  _book("2025-05-20", 5_000, "分期")))
    assert _account(db) == (5_000, 0, 15_000)
