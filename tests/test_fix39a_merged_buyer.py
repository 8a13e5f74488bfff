"""fix39a F3: a return row whose buyer is written with another form of the name (Mumbai Mart
Ltd, Mumbai Mart (India)), one customer to the app, is the noted return's own.

A (March): Mumbai Mart's MT-1 15,000 of 03-01, shipped 03-05, 12,000 received, noted 退货3000.
B (April): another buyer's order and a -3,000 退货 row of MT-1. In every order of the files
(test_import_order36._every_order), the app's import and the reference import compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_break34a_refunds import TYPED
from test_import_order36 import _every_order
from test_import_order38 import _noted_sale
from test_lists_audit30 import row


@pytest.mark.parametrize("name", ["Mumbai Mart Ltd", "Mumbai Mart Pvt. Ltd.",
                                  "Mumbai Mart (India)"])
def test_the_return_row_s_buyer_is_compared_as_merged(tmp_path: Path, name: str) -> None:
    """April's -3,000 row noted 客户退货 written for `name`, the one customer the app merges
    with Mumbai Mart, beside another buyer's order: the note's return, once: nothing open, no
    credit, revenue 12,000. Before: counted twice (3,000 credit, revenue 9,000)."""
    other = [*row("X-1", "Other", "2025-04-02", 500, "2025-04-03"), None, None]
    back = [*row("MT-1", name, "2025-04-20", -3_000, None), "退货", "客户退货"]
    figures = _every_order(tmp_path, {"台账": [TYPED, _noted_sale()]},
                           {"台账": [TYPED, other, back]})
    assert (figures[0], figures[3], figures[5]) == (0, 0, 12_000)
