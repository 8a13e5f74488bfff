"""fix39a F7: a return row's words for "another return" (第二批退货, 又一次退货, 退货（第二次）),
and not a denied one (客户没有再退货).

A (March): Mumbai Mart's MT-1 15,000 of 03-01, shipped 03-05, 12,000 received, noted 退货3000.
B (April): a -3,000 退货 row of MT-1. Each scenario in every order of the files
(test_import_order36._every_order), the app's import and the reference import compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_break34a_refunds import TYPED
from test_imp39_order import _typed_return
from test_import_order36 import _every_order
from test_import_order38 import _noted_sale

from core.ledger.noted_returns import further_return


@pytest.mark.parametrize("note", ["第二批退货", "又一次退货", "退货（第二次）"])
def test_more_words_for_a_second_return(tmp_path: Path, note: str) -> None:
    """第二批退货 (a second batch returned), 又一次退货 (one more return), 退货（第二次）: two
    returns, as 第二次退货: 3,000 credit, revenue 9,000. Before: one (0 credit, 12,000)."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _noted_sale()]},
                           {"台账": [TYPED, _typed_return(note)]})
    assert (figures[0], figures[3], figures[5]) == (0, 3_000, 9_000)


def test_no_further_return_is_not_another() -> None:
    """客户没有再退货 (the buyer returned nothing more) names no second return."""
    assert not further_return("客户没有再退货")
    assert further_return("又一次退货")
