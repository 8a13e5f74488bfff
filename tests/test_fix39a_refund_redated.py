"""fix39a F1: a refund row re-sent next month with its day corrected is one refund.

April's 台账: MT-1 Sofa 15,000 of 03-01, shipped 03-05, paid in full on 04-10, and its refund
row (金额 0, 实收金额 -3,000 on 04-20, 退款). May's workbook re-sends both, the refund dated
04-22, and a new order of another buyer (05-02). Hand count at 06-30: one refund, 3,000 open
on MT-1 (due 04-04), revenue 15,000, whichever file comes first. Before: April then May, the
refund dated after April's every date was taken for a later payment and both counted: 6,000
open.
"""

from __future__ import annotations

from pathlib import Path

from test_import_order36 import _every_order
from test_lists_audit28 import d
from test_ref39_refund_tab import HEADER, _refund, _sale


def test_a_refund_re_dated_in_next_month_s_file_is_one_refund(tmp_path: Path) -> None:
    redated = _refund(0, "退款")
    redated[9] = d("2025-04-22")
    other = ["X-1", "Other", d("2025-05-02"), "Lamp", 500, "USD", "OA 30 days",
             d("2025-05-03"), None, None, None]
    figures = _every_order(tmp_path, {"台账": [HEADER, _sale(), _refund(0, "退款")]},
                           {"台账": [HEADER, _sale(), redated, other]}, "台账 2025-05.xlsx")
    assert (figures[0], figures[3], figures[5]) == (3_000, 0, 15_000)
