"""ref43: one return's refunds across files.

PO-1 "Sofa" 15,000 USD of 03-01, paid 15,000 on 04-10 (hdr40's sale); the sale's 退货金额 3,000
is the order's total returned. Figures: (open, credit on account, revenue) at 06-30.

1. Parts so far, then the rest next month: April's file, the sale (退货金额 3,000) and its 退货
   tab's 1,500 refunded; May's 退货 file the second 1,500. Both parts refunded: nothing on
   account (0, 0, 12,000), credited 3,000, in either import order. Before: 1,500 on account.
2. The column in March's file, a 退货 file of 1,500 + 1,500 for PO-1: credited 3,000, received
   12,000, either order. Before: credited 6,000.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, SALE_HEADER, _figures
from test_lists_audit28 import d
from test_ref42_returns import BOTH, _receivables

RETURNED = [*SALE_HEADER, "退货金额", "退货日期"]


def _rounds(paths: dict[str, Path], order: str) -> list[list[Path]]:
    return [[paths[k] for k in order.split("+")]] if "+" in order else [[paths[k]]
                                                                        for k in order]


def _part(day: str) -> list[object]:
    return ["PO-1", "Mumbai Mart", 1_500, 1_500, d(day)]


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
def test_a_return_listed_in_parts_in_two_months_files(tmp_path: Path, order):
    """1: April's 1,500 so far (its own tab beside the sale), May's 1,500 the rest."""
    paths = {"A": write_xlsx(tmp_path / "台账 2025-04.xlsx", {
                 "台账": [RETURNED, [*SALE, 3_000, d("2025-04-20")]],
                 "退货": [BOTH, _part("2025-04-20")]}),
             "B": write_xlsx(tmp_path / "退货 2025-05.xlsx", {"退货": [BOTH, _part("2025-05-02")]})}
    _same_import(tmp_path, *_rounds(paths, order))
    assert _figures(tmp_path) == (0, 0, 12_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
def test_a_return_column_and_its_parts_in_another_file(tmp_path: Path, order):
    """2: March's 退货金额 3,000, a 退货 file listing 1,500 + 1,500: one return of 3,000."""
    paths = {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", {
                 "台账": [RETURNED, [*SALE, 3_000, d("2025-04-20")]]}),
             "B": write_xlsx(tmp_path / "退货 2025-05.xlsx", {"退货": [
                 BOTH, _part("2025-04-20"), _part("2025-05-02")]})}
    _same_import(tmp_path, *_rounds(paths, order))
    assert _figures(tmp_path) == (0, 0, 12_000)
    assert _receivables(tmp_path, "Mumbai Mart") == [("PO-1", 12_000, 3_000, 0)]
