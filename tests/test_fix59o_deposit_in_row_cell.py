"""fix59o (rv58b s1, rv59f s30 'cell'): a deposit typed in its own order's 收款 cell pays that
order, as the same deposit on a 定金30% line under the row does (fix59e).

A Ningbo toy exporter's clerk books Accra's 30% deposits in each order's own 收款 cell, the
day the money came. YW25-0123 (7,935, B/L 05-13, due 05-20) has 2,380.50 of it and its
5,554.50 balance unpaid; YW25-0158 (30,840) has its 9,252 deposit of 05-25, B/L 06-10. At
06-30 the buyer owes 0123's balance 41 days: watch. Before, the 9,252 was the pool's and paid
0123's older balance: 0123 read paid, 0158 13 days late, the 41 days hidden; the same book
with the deposit on a 定金30% line said 41. Money on the row after the order shipped stays
the pool's (a late payer's wire pays the oldest: tests/test_wire40_near_wires.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fix57d_deduction_later_file import _state
from test_fix59c_repaid_and_moved_money import _buyers, _imported

d = date.fromisoformat
HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
DEP, ACCRA = "30%定金，70%见提单复印件付款", "Accra Plastics Ltd"
OTHER = ["YW25-0200", "Cairo Light Co", d("2025-06-01"), "雨伞", 1000, 3.0, 3000, "USD",
         "OA 30天", d("2025-06-10"), d("2025-06-10"), 3000, d("2025-06-30"), None]


def _book(tmp_path: Path, paid_on: str, line: bool = False) -> dict[str, object]:
    older = ["YW25-0123", ACCRA, d("2025-04-17"), "LED彩灯串", 1500, 5.29, 7935, "USD", DEP,
             d("2025-05-12"), d("2025-05-13"), 2380.5, d("2025-04-19"), None]
    newer: list[object] = ["YW25-0158", ACCRA, d("2025-05-22"), "儿童玩具车", 3000, 10.28, 30840,
                           "USD", DEP, d("2025-06-09"), d("2025-06-10"), 9252, d(paid_on), None]
    may: list[list[object]] = [HEAD, newer]
    if line:  # the same money on a 定金30% line under the row (fix59e's layout)
        newer[11] = newer[12] = None
        may.append([None] * 3 + ["定金30%"] + [None] * 7 + [9252, d(paid_on), None])
    sheets = {"4月": [HEAD, older], "5月": may, "6月": [HEAD, OTHER]}
    _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx", sheets)])
    return {name: _state(c) for name, c in _buyers(tmp_path).items()}


@pytest.mark.parametrize("line", [False, True], ids=["cell", "line"])
def test_a_deposit_before_shipment_pays_its_own_order(tmp_path: Path, line: bool):
    """Either layout: Accra 27,142 open, 41 days (0123's balance), watch (before, the cell:
    27,142, 13 days, no list)."""
    seen = _book(tmp_path, "2025-05-25", line)
    assert seen[ACCRA] == (27142, 41, "watch")
    assert seen["Cairo Light Co"] == (0, 0, None)


def test_money_on_the_row_after_shipment_pays_the_oldest(tmp_path: Path):
    """Control: the 9,252 written in 0158's cell but received 06-20, after its B/L: the pool's,
    paying 0123's balance first (as before): 0158 21,588 + 5,554.50 open, 13 days."""
    assert _book(tmp_path, "2025-06-20")[ACCRA] == (27142, 13, None)


MUSCAT = "Muscat Home LLC"


def _muscat(tmp_path: Path, named: str) -> tuple[object, ...]:
    oa = "OA 30天"
    sheets = {
        "2月": [HEAD, ["YW25-0058", MUSCAT, d("2025-02-22"), "雨伞", 1500, 4.69, 7035, "USD", oa,
                      d("2025-03-23"), d("2025-03-26"), 5035, d("2025-05-22"),
                      "已收5035，余款下月付"]],
        "3月": [HEAD, ["YW25-0092", MUSCAT, d("2025-03-28"), "手机壳", 1500, 2.31, 3465, "USD", oa,
                      d("2025-04-23"), d("2025-04-24"), None, None, "质量扣款500"],
               [None] * 3 + ["不锈钢保温杯", 2000, 8.75, 17500] + [None] * 7],
        "4月": [HEAD, ["YW25-0118", MUSCAT, d("2025-04-13"), "五金工具套装", 1200, 19.67, 23604,
                      "USD", oa, d("2025-04-30"), d("2025-05-03"), None, None, "分批出货，第一批"]],
        "6月": [HEAD, ["YW25-0118", MUSCAT, d("2025-04-13"), "五金工具套装", 800, 19.67, 15736,
                      "USD", oa, d("2025-06-07"), d("2025-06-10"), None, None, "第二批"], OTHER],
        "收款登记": [["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"],
                 [d("2025-06-23"), MUSCAT, 44069, "USD", None, named, "合并付款"]],
    }
    _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx", sheets)])
    return _state(_buyers(tmp_path)[MUSCAT])


def test_a_merged_wire_pays_the_invoices_it_names(tmp_path: Path):
    """rv59f s32: the 合并付款 wire of 44,069 booked to YW25-0092/YW25-0118 is exactly 0092's
    20,465 (after its 500 deduction) and 0118's first lot: it pays them, and 0058's 2,000 stays
    owed since 04-25: 17,736 open, 66 days, watch (before: 2,000 of the wire paid 0058, lot 1
    2,000 short, 28 days, no list)."""
    assert _muscat(tmp_path, "YW25-0092/YW25-0118") == (17736, 66, "watch")


def test_a_wire_naming_no_invoice_pays_the_oldest(tmp_path: Path):
    """Control: the same wire booked to no invoice is the pool's: 0058's 2,000 first, lot 1
    2,000 short, 28 days, no list. Its sum being exactly 0092 less its agreed 500 and lot 1,
    the deduction is read (fix60f: 18,236 → 17,736 open)."""
    assert _muscat(tmp_path, None) == (17736, 28, None)
