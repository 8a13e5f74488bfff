"""rv59e's findings on fix59k's payer-own-first, narrowed (reader 164): a wire naming another
buyer's cancelled or paid order stays where the rules before put it where

- its note names the buyer or an order in any words (替Rio Casa付款, Rio Casa委托付款, 子公司
  Rio货款, 实付PO-R2): Kobe's 10,000 black was cleared (s281 k1–k3);
- the order has two wires (Rio's own 8,000 beside Kobe's 2,000: no line said whose it was, and
  both went to Kobe, s281 k7; since fix60b each line keeps its payer and Kobe's 2,000 alone
  moves);
- it is the sale row's own receipt booked again under the payer (the same 10,000 within a few
  days: Kobe's black cleared by Rio's money, s288).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fix57i_cancel_went_ahead import HEAD, OTHER
from test_fix59f_paid_revival_elsewhere import KOBE, PAYMENTS, _line, _wire
from test_fix59k_payer_own_first import _states

from core.ledger.importer import import_files

KOBE_BLACK = (10_000, 91, "black", 0)


def _kobe(tmp_path: Path, rio: list[object], wires: list[list[object]]) -> tuple:
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {
        "3月": [HEAD, rio, _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
        "收款明细": [PAYMENTS, *wires], "6月": [HEAD, OTHER]})
    import_files(tmp_path / "db.sqlite", [book])
    return _states(tmp_path / "db.sqlite")[KOBE]


@pytest.mark.parametrize("note", ["替Rio Casa付款", "Rio Casa委托付款", "子公司Rio货款",
                                  "实付PO-R2"])
def test_a_wire_whose_note_names_the_buyer_or_an_order_is_not_moved(tmp_path: Path,
                                                                     note: str) -> None:
    rio = _line("PO-R1", 10_000, "已取消")
    assert _kobe(tmp_path, rio, [_wire("PO-R1", 10_000, note, payer=KOBE)]) == KOBE_BLACK


def test_two_wires_on_the_order_move_the_payers_alone(tmp_path: Path) -> None:
    """Each line keeps its payer now (fix60b, schema 26): Kobe's 2,000 pays his own, Rio's own
    8,000 stays Rio's (tests/test_fix60b_payer_per_line)."""
    rio = _line("PO-R1", 10_000, "已取消")
    assert _kobe(tmp_path, rio, [_wire("PO-R1", 8_000, on="2025-05-01"),
                                 _wire("PO-R1", 2_000, payer=KOBE)]) == (8_000, 91, "black", 0)


@pytest.mark.parametrize("on", ["2025-05-10", "2025-05-11"])
def test_the_sale_rows_own_receipt_booked_again_is_not_moved(tmp_path: Path, on: str) -> None:
    rio = _line("PO-R1", 10_000)
    rio[11], rio[12] = 10_000, _wire("PO-R1", 0)[0]
    assert _kobe(tmp_path, rio, [_wire("PO-R1", 10_000, payer=KOBE, on=on)]) == KOBE_BLACK
