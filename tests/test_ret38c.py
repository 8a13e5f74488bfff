"""ret38c: returns whose account still hung on the order of import (found by fix38d). Each
scenario goes through the real import (and the reference import, compared after every file:
test_fast_import._same_import), in every order of files, and of a workbook's tabs. Mumbai
Mart's MT-1 15,000 of 03-01, shipped 03-05, counted by hand at 06-30."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import A, _every_order
from test_import_order38 import _noted_sale, _paid_sale, _return_row
from test_lists_audit28 import at, by_name, d

WITH_PRODUCT = [*TYPED, "产品名称"]


def _mumbai(tmp_path: Path) -> tuple[float, float, float]:
    """Mumbai Mart's open amount, credit on account and revenue at 06-30 (_same_import's)."""
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    return round(who.open_amount, 2), round(who.credit_on_account, 2), round(who.revenue_12m, 2)


@pytest.mark.parametrize("product", [None, "沙发退货"])
def test_a_positive_return_naming_another_product_or_none(tmp_path: Path, product):
    """A: MT-1 "Sofa" 15,000, 12,000 paid. B: MT-1's +3,000 退货 row (not shipped), its
    product blank or 沙发退货. Hand count: nothing open, revenue 12,000, in every order.
    Before: B first, the stored return was keyed by its own product and A's sale never found
    it: 6,000 open, revenue 18,000, black list."""
    figures = _every_order(tmp_path, {"台账": [WITH_PRODUCT, [*_paid_sale(), "Sofa"]]},
                           {"台账": [WITH_PRODUCT, [*_return_row(), product]]})
    assert figures[0] == 0 and figures[3] == 0 and figures[5] == 12_000


@pytest.mark.parametrize("product", [None, "沙发退货"])
@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
def test_a_return_tab_naming_another_product_or_none(tmp_path: Path, product, tabs):
    """One workbook: the 台账 tab sells MT-1 "Sofa" 15,000 (12,000 paid), a 退货 tab holds its
    +3,000 return (not shipped, product blank or 沙发退货), in either tab order. Hand count:
    nothing open, revenue 12,000 (was, the 退货 tab first: 6,000 open, revenue 18,000)."""
    rows = {"台账": [WITH_PRODUCT, [*_paid_sale(), "Sofa"]],
            "退货": [WITH_PRODUCT, [*_return_row(), product]]}
    _same_import(tmp_path, [write_xlsx(tmp_path / A, {tab: rows[tab] for tab in tabs})])
    assert _mumbai(tmp_path) == (0, 0, 12_000)


@pytest.mark.parametrize("original", ["台账 2025-03.xlsx", "台账 2025-03 (1).xlsx",
                                      "台账 2025-03 - 副本.xlsx"])
@pytest.mark.parametrize("revision_first", [False, True])
def test_a_revision_of_an_original_named_as_a_copy(tmp_path: Path, original, revision_first):
    """The original, MT-1 15,000 (12,000 paid) noted 退货3000, named 台账 2025-03.xlsx or with
    a copy's mark ((1), - 副本); its revision 台账 2025-03 修订.xlsx without the note. Hand
    count: the revision replaces its original, no return: 3,000 open, revenue 15,000, in either
    order. Before: the original named as a copy imported after its revision read its note
    again: nothing open, revenue 12,000."""
    first = write_xlsx(tmp_path / original, {"台账": [TYPED, _noted_sale()]})
    revised = write_xlsx(tmp_path / "台账 2025-03 修订.xlsx", {"台账": [TYPED, _paid_sale()]})
    files = [revised, first] if revision_first else [first, revised]
    _same_import(tmp_path, *[[f] for f in files])
    assert _mumbai(tmp_path) == (3_000, 0, 15_000)
