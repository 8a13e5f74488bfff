"""fix40d F2: a 收款 tab's payment row (金额 0) re-dated in the next month's book is the one
payment in every order of import: April's book has MT-1's 尾款 10,500 of 04-20, May's the same
row dated 04-02 (the clerk's correction). May's book, named for the later month, is the later
list whatever its rows' dates (core.ledger.corrected_payments._named_before). MT-1 15,000 of
03-01, shipped 03-05, OA 30 days; figures at 06-30."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_fix40d_restated import PAID, SALES, _account, paid, sale

from core.ledger.report import import_report

APRIL, MAY = "台账 2025-04.xlsx", "台账 2025-05.xlsx"


def _book(on: str) -> dict[str, list[list[object]]]:
    return {"台账": [SALES, sale(None, None)], "收款": [PAID, paid(on, 10_500, "尾款")]}


@pytest.mark.parametrize("order", ["AB", "BA", "A+B", "B+A", "ABA", "BAB"])
def test_a_payment_re_dated_in_the_later_book_is_one(tmp_path: Path, order: str):
    """Hand count: 15,000 less 10,500 received: 4,500 open, nothing on account, revenue
    15,000, in every order. Before: May's book then April's counted both, 0 open and 6,000 on
    account (April's 04-20 read as a later payment: April's rows end after May's)."""
    paths = {"A": write_xlsx(tmp_path / APRIL, _book("2025-04-20")),
             "B": write_xlsx(tmp_path / MAY, _book("2025-04-02"))}
    rounds = [[paths[k] for k in order.split("+")]] if "+" in order else [
        [paths[k]] for k in order]
    results = _same_import(tmp_path, *rounds)
    assert results[0].status == "imported"
    assert _account(tmp_path / "fast.sqlite") == (4_500, 0, 15_000)


def test_the_earlier_book_imported_late_is_said(tmp_path: Path):
    """May's book first, then April's: the report names April's 收款 row and both days."""
    results = _same_import(tmp_path, [write_xlsx(tmp_path / MAY, _book("2025-04-02"))],
                           [write_xlsx(tmp_path / APRIL, _book("2025-04-20"))])
    said = import_report(results[1])
    assert "this file's figure is the earlier one, the later file's is kept" in said
    assert "10,500.00 2025-04-02 → 10,500.00 2025-04-20" in said
