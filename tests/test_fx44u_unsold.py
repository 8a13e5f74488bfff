"""fx44u: two mends of fx44y's and fx44r's "not sold in any file" rules (review rv44y2, rv44r2).

F4. A 收款 tab's prepayment 4,500 of 02-20 naming 'PO 90' (or 'PO90', 'PO-090'), the 3月 tab
    selling 'PO-90' 15,000 of 03-01 (OA 30 days): one order written two ways, paid 4,500:
    10,500 open, nothing on account, no note (before: 15,000 open, 4,500 on account, the row
    named "not sold in any file").
F3. A returns tab's row written negative (-3,000 of last year's PO-2024-88, as the "stored as a
    sale" note advises) is a credit the clerk meant: no note (before: named "not sold in any
    file ... check the order number"). A 退货 list's row with no refund of an order sold
    nowhere stays named (tests/test_fx44r_returns.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_analysis import _compare
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, SALE_HEADER, _figures
from test_lists_audit28 import d
from test_ret44_returns import RETURN, RETURN_HEADER, _rounds, _unsold
from test_yb44_year_books import BOOK, RECEIPTS, _every_order, _line, _typed

from core.ledger.noted_orders import loose_number


def _po90(number: str) -> dict[str, list[list[object]]]:
    return {"3月": [_line("PO-90", "2025-03-01", 15_000, None, None)],
            "收款": [RECEIPTS, [number, "Mumbai Mart", d("2025-02-20"), 4_500]]}


@pytest.mark.parametrize("number", ["PO 90", "PO90", "PO-090", "po/90"])
def test_a_prepayment_naming_the_sale_written_otherwise_pays_it(tmp_path: Path, number: str):
    """Hand count: PO-90 15,000 less the 4,500 paid before it = 10,500 open, 0 on account, one
    receivable, no unsold_receipt note, in both tab orders."""
    assert _every_order(tmp_path, _po90(number)) == {(10_500, 0, 1, "payments_sheet")}


def test_the_reference_analysis_reads_it_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    book = write_xlsx(tmp_path / "book" / BOOK, _typed(_po90("PO 90")))
    _same_import(tmp_path, [book])
    compared = tmp_path / "compared"
    compared.mkdir()
    _compare(tmp_path / "fast.sqlite", compared, monkeypatch, [None, date(2025, 6, 30)])


def test_the_loose_number_keeps_other_numbers_apart():
    """One key for a number's spellings; last year's PO-2024-88 is not PO-88 nor PO-202488."""
    assert {loose_number(n) for n in ["PO 90", "PO90", "PO-090", "po/90", "PO - 90"]} == {"po90"}
    assert len({loose_number(n) for n in ["PO-2024-88", "PO-88", "PO-202488", "PO-89"]}) == 4


@pytest.mark.parametrize("order", ["AB", "BA", "A+B"])
@pytest.mark.parametrize("refund", [False, True])
def test_a_returns_tabs_row_written_negative_is_not_named(tmp_path: Path, order: str,
                                                          refund: bool):
    """PO-1 15,000 sold and paid; the 退货 tab's -3,000 of PO-2024-88 (a blank 退款金额 or
    none): the buyer's credit, 3,000 on account, revenue 12,000, and no unsold_return note."""
    header = [*RETURN_HEADER, *(["退款金额"] if refund else [])]
    cells = ["PO-2024-88", *RETURN[1:4], -3_000, RETURN[5], *([None] if refund else [])]
    paths = {"A": write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [SALE_HEADER, SALE]}),
             "B": write_xlsx(tmp_path / "台账 2025-04.xlsx", {"退货": [header, cells]})}
    results = _same_import(tmp_path, *_rounds(paths, order))
    assert _unsold(results) == []
    assert _figures(tmp_path) == (0, 3_000, 12_000)
