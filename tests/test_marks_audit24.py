"""Audit 24: subtotals and salespeople known by the customer's own key.

This pass, a customer's key (core.ledger.normalise.customer_key) drops the invisible marks a
name pasted from a chat or an e-mail brings (a right-to-left mark, a soft hyphen) and the
spaces beside Chinese characters. A subtotal row's words were still matched to the customers by
the older rule, so "深圳市 华美贸易 Total" under 深圳市华美贸易's orders was read as an order of
its own and the customer's revenue counted twice; and 张伟 pasted with a right-to-left mark was
a second salesperson, with a copy of the lists of their own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_subtotals_audit15 import HEADER, _imported, _order, _revenue

from core.actions import export
from core.analysis.run import analyse
from core.store import connect

HUAMEI, RLM, SHY = "深圳市华美贸易", "\u200f", "\u00ad"


@pytest.mark.parametrize(("customer", "cell"), [
    (HUAMEI, "深圳市 华美贸易 Total"),
    ("Acme Trading", f"Acme{RLM} Trading Total"),
    ("AcmeTrading", f"Acme{SHY}Trading Total"),
])
def test_a_subtotal_keyed_as_its_customer_is_not_an_order(tmp_path: Path, customer: str,
                                                          cell: str):
    result = _imported(tmp_path, [_order("PO-1", customer, 5_000),
                                  _order("PO-2", customer, 3_000, 2),
                                  [None, cell, date(2025, 2, 28), 8_000, "USD", None, None],
                                  _order("PO-3", "Beta", 1_000, 3)])
    assert _revenue(tmp_path / "fast.sqlite") == {customer: 8_000, "Beta": 1_000}
    assert [(s.row, s.message.code) for s in result.skipped] == [(4, "totals_row")]
    assert [(t.row, t.stated, t.agrees) for t in result.totals] == [(4, 8_000, True)]


def test_a_subtotal_in_the_order_number_cell_keyed_as_its_customer(tmp_path: Path):
    result = _imported(tmp_path, [_order("PO-1", HUAMEI, 5_000), _order("PO-2", HUAMEI, 3_000, 2),
                                  ["深圳市 华美贸易 total", HUAMEI, date(2025, 2, 28), 8_000,
                                   "USD", None, None]])
    assert _revenue(tmp_path / "fast.sqlite") == {HUAMEI: 8_000}
    assert [(t.row, t.stated, t.agrees) for t in result.totals] == [(4, 8_000, True)]


def test_a_line_once_read_from_the_subtotal_row_goes_whatever_its_spacing(tmp_path: Path):
    """The file first held the subtotal without its customer's rows (an order of a customer
    "深圳市华美贸易 Total"); corrected, its row 4 reads "深圳市 华美贸易 Total" under the
    customer's orders, a subtotal: the line read from it goes, though spelled with a space."""
    folder = tmp_path / "ledger"
    folder.mkdir()
    first = write_xlsx(folder / "台账.xlsx", {"台账": [
        HEADER, _order("PO-8", "Beta", 1_000), _order("PO-9", "Beta", 2_000, 2),
        [None, f"{HUAMEI} Total", date(2025, 2, 28), 8_000, "USD", None, None]]})
    _same_import(tmp_path, [first])
    assert _revenue(tmp_path / "fast.sqlite") == {"Beta": 3_000, f"{HUAMEI} Total": 8_000}
    again = write_xlsx(folder / "台账.xlsx", {"台账": [
        HEADER, _order("PO-1", HUAMEI, 5_000), _order("PO-2", HUAMEI, 3_000, 2),
        [None, "深圳市 华美贸易 Total", date(2025, 2, 28), 8_000, "USD", None, None]]})
    [result] = _same_import(tmp_path, [again])
    assert result.status == "imported", result.message
    assert _revenue(tmp_path / "fast.sqlite") == {"Beta": 3_000, HUAMEI: 8_000}


def test_a_salesperson_pasted_with_a_mark_is_one_salesperson(tmp_path: Path):
    header = ["订单号", "客户", "业务员", "下单日期", "金额", "币种", "付款方式"]
    rows = [["PO-1", "Acme", "张伟", date(2025, 2, 1), 5_000, "USD", "OA 30 days"],
            ["PO-2", "Beta", f"张伟{RLM}", date(2025, 2, 2), 4_000, "USD", "OA 30 days"],
            ["PO-3", "Gamma", "张 伟", date(2025, 2, 3), 3_000, "USD", "OA 30 days"],
            ["PO-4", "Delta", "李娜", date(2025, 2, 4), 2_000, "USD", "OA 30 days"]]
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [header, *rows]})
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported", result.message
    conn = connect(tmp_path / "fast.sqlite")
    try:
        analysis = analyse(conn, as_of=date(2025, 3, 31))
    finally:
        conn.close()
    assert export.salespeople(analysis) == ["张伟", "李娜"]
    mine = export.for_salesperson(analysis, "张伟")
    assert sorted(c.customer for c in mine.customers) == ["Acme", "Beta", "Gamma"]
    paths = export.export_stop_loss(analysis, tmp_path / "out" / "stop.xlsx", by_salesperson=True)
    assert len(paths) == 2
