"""note43: a return's or a credit note's row in a later file lists no order again.

March's file sells Mumbai Mart PO-1 (15,000 USD of 03-01, shipped 03-05). April's file, with
another buyer's sale, has a 退货 tab refunding 1,500 of PO-1 on 04-20 (or a 退货 file holding
only that row, or the return with no refund written). Before: "1 order already in the ledger is
listed again with a later order date: … PO-1 (“退货” row 2: 2025-03-01 / 2025-04-20)", telling
the clerk to give the row a number of its own. Now no such note; the order keeps its 03-01 date
as before. A credit note CN-1 of -3,000 noted "PO-1退货" is no listing of PO-1 either. PO-1
really listed again on April's 台账 dated 04-02 is still named. The app's import and the
reference import are compared after each file (test_fast_import._same_import).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, SALE_HEADER
from test_lists_audit28 import d
from test_lists_audit30 import row
from test_ref42_returns import BOTH

from core.ledger.import_result import FileResult
from core.ledger.report import import_report
from core.store import connect

OTHER = ["PO-2", "Other Co", d("2025-04-03"), "Lamp", 2_000, "USD", "OA 30 days",
         d("2025-04-05"), None, None]
LISTED = "listed again with a later order date"


def _april(tmp_path: Path, march: dict[str, list[list[object]]],
           april: dict[str, list[list[object]]]) -> FileResult:
    """March's file, then April's; April's result, PO-1 still dated 03-01."""
    files = [write_xlsx(tmp_path / "台账 2025-03.xlsx", march),
             write_xlsx(tmp_path / "台账 2025-04.xlsx", april)]
    results = _same_import(tmp_path, [files[0]], [files[1]])
    assert [r.status for r in results] == ["imported", "imported"]
    with connect(tmp_path / "fast.sqlite") as conn:
        [(day,)] = conn.execute("SELECT order_date FROM orders WHERE order_no = 'PO-1'")
    assert day == "2025-03-01"
    return results[1]


def _codes(result: FileResult) -> list[str]:
    return [w.code for w in result.warnings]


@pytest.mark.parametrize("refunded", [1_500, None])
@pytest.mark.parametrize("beside", [True, False])
def test_a_returns_tab_in_a_later_file_lists_no_order_again(tmp_path: Path, refunded, beside):
    """April's 退货 tab (beside its 台账, or alone) refunding 1,500 of PO-1, or writing no
    refund: a credit note on PO-1, and no note that PO-1 was listed again."""
    april = {"台账": [SALE_HEADER, OTHER]} if beside else {}
    april["退货"] = [BOTH, ["PO-1", "Mumbai Mart", 1_500, refunded, d("2025-04-20")]]
    result = _april(tmp_path, {"台账": [SALE_HEADER, SALE]}, april)
    assert "credit_notes" in _codes(result), _codes(result)
    assert "later_order_dates" not in _codes(result)
    assert LISTED not in import_report(result)


def test_a_credit_note_naming_the_order_lists_no_order_again(tmp_path: Path):
    """April's CN-1, -3,000, typed 退货, noted "PO-1退货", and PO-1's own -3,000 row typed 退货:
    credit notes, no order listed again."""
    march = {"台账": [TYPED, [*row("PO-1", "Mumbai Mart", "2025-03-01", 15_000, "2025-03-05"),
                              None, None]]}
    result = _april(tmp_path, march, {"台账": [
        TYPED, [*row("CN-1", "Mumbai Mart", "2025-04-20", -3_000, None), "退货", "PO-1退货"],
        [*row("PO-1", "Mumbai Mart", "2025-04-21", -3_000, None), "退货", "CN-1"]]})
    assert "credit_notes" in _codes(result)
    assert "later_order_dates" not in _codes(result)


def test_the_order_really_listed_again_is_still_named(tmp_path: Path):
    """PO-1 listed again on April's 台账 dated 04-02, beside the 退货 tab: still named, once."""
    again = ["PO-1", "Mumbai Mart", d("2025-04-02"), "Sofa", 15_000, "USD", "OA 30 days",
             d("2025-03-05"), 15_000, d("2025-04-10")]
    result = _april(tmp_path, {"台账": [SALE_HEADER, SALE]}, {
        "台账": [SALE_HEADER, OTHER, again],
        "退货": [BOTH, ["PO-1", "Mumbai Mart", 1_500, 1_500, d("2025-04-20")]]})
    assert _codes(result).count("later_order_dates") == 1
    assert "PO-1 (“台账” row 3: 2025-03-01 / 2025-04-02)" in import_report(result)
