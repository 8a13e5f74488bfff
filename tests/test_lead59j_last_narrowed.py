"""rv59g's findings on the lead's 164, 165 and 167, narrowed (reader 168).

- A bank's reference, a sum or a share in a payer's wire note (TT REF FT25130XK7, MT103, SWIFT
  MT103 USD10000, 水单号HK2025051, TT30%) or a word merely holding the buyer's first word
  (priority payment, Mario代付) names neither the buyer nor an order: Kobe's wire naming Rio's
  cancelled order pays his own again (read as naming, Kobe 10,000 black, Rio 10,000 credit).
- A longer number holding the row's own (2025-7011 on 2025-701's row) is another order's: the
  undated balance said come beside it is received (7,000 black → 0); PO2025-701 is its own.
- The buyer receiving half (客户已收到一半，另一半货下月出) is the goods' (3,500 black → 0);
  到了一半 / 收了一半 / 款到了一半 beside the goods' rest are half the money (0 → 3,500 black).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59f_paid_revival_elsewhere import NONE, _line, _wire
from test_fix59j_balance_paid_beside_put_off import OWED, _undated
from test_lead59f_payer_own_first_narrowed import _kobe


@pytest.mark.parametrize("note", ["TT REF FT25130XK7", "SWIFT MT103 USD10000", "水单号HK2025051",
                                  "TT30%", "priority payment", "Mario代付", "TT period Q2"])
def test_a_bank_reference_names_no_order(tmp_path: Path, note: str) -> None:
    rio = _line("PO-R1", 10_000, "已取消")
    assert _kobe(tmp_path, rio, [_wire("PO-R1", 10_000, note, payer="Kobe Trading KK")]) == NONE


def test_a_longer_number_is_another_orders(tmp_path: Path) -> None:
    # _undated numbers the orders 2025-700, 2025-701, ... in the notes' order
    got = _undated(tmp_path, ["已收，PO2025-700尾款下周付", "已收，2025-7011尾款下周付"])
    assert got == {"已收，PO2025-700尾款下周付": OWED, "已收，2025-7011尾款下周付": PAID}


def test_the_buyers_half_is_the_goods_and_a_bare_half_come_the_money(tmp_path: Path) -> None:
    half = (3_500, 72, "black")
    notes = {"客户已收到一半，另一半货下月出": PAID, "到了一半，另一半货下月发": half,
             "收了一半，另一半货月底出": half, "款到了一半，其余货下月发": half}
    assert _balances(tmp_path, list(notes)) == notes
