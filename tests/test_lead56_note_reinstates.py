"""A line cancelled in one month's 备注 and listed again in a later month's tab noted 恢复出货
(rv56d s145 f1): acct56c read March's 已取消 note as a status column's 已取消, but April's
恢复出货, the word that lifts a cancellation in a status column (normalise.REINSTATED), went
unread in a note: PO-R1's 10,000 was nothing owed. A later listing saying nothing, or a note
saying something else, still leaves it cancelled (normalise.STANDS: most often a copied row),
and so does a note only near the words (客户恢复联系, 恢复原价, 发票重开: rv56f).
"""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import HEAD, OA, _buyer, _import, _row, _state
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

BUYER = "Rio Casa Ltda"


@pytest.mark.parametrize(("april", "expected"), [
    ("恢复出货", (10_000, 91, "black")),
    ("已恢复", (10_000, 91, "black")),
    ("客户又恢复订单", (10_000, 91, "black")),
    ("恢复，照常出货", (10_000, 91, "black")),  # rv56d s141
    ("4/2恢复出货", (10_000, 91, "black")),  # a day as clerks write it
    (None, (0, 0, None)),
    ("客户催货", (0, 0, None)),
    # a note near the words, not the order standing again (rv56f s162, s165: each 0 → 10,000)
    *((note, (0, 0, None)) for note in (
        "客户恢复联系", "已恢复联系", "待恢复", "恢复原价", "客户说可能恢复出货", "取消，不再恢复",
        "取消（客户恢复联系后再议）", "已重新开发票", "发票重开", "重新开PI给客户", "恢复生产")),
])
def test_a_later_tab_s_note_reinstating_the_line_lifts_its_cancel(tmp_path: Path, april,
                                                                  expected):
    """PO-R1 10,000 OA 30, shipped 03-01 (due 03-31: 91 days at 06-30); March's row noted 已取消,
    April's the same line noted `april`; another buyer's sale keeps the book's receipts real."""
    line = ("PO-R1", BUYER, "2025-02-20", "陶瓷杯", 10_000, OA, "2025-03-01", None, None)
    other = _row("PO-O1", "Other Co", "2025-06-01", "陶瓷杯", 1_000, OA, "2025-06-10", 1_000,
                 "2025-06-30", None)
    _import(tmp_path, {"3月": [HEAD, _row(*line, "已取消")], "4月": [HEAD, _row(*line, april)],
                       "6月": [HEAD, other]})
    assert _state(_buyer(tmp_path, BUYER, "2025-06-30")) == expected


@pytest.mark.parametrize(("later", "expected"), [
    ("之前催了好几次", (0, 0, None)),
    ("催了三次终于付了", (0, 0, None)),
    ("不用催了", (0, 0, None)),
    ("催款函已撤回", (0, 0, None)),
    ("催款中", (7_000, 72, "black")),
    ("请业务员催一下", (7_000, 72, "black")),
])
def test_a_past_plan_day_is_undone_only_by_chasing_under_way(tmp_path: Path, later, expected):
    """A 尾款 row of 7,000 received 04-20 (OA 30 from 03-20: 72 days at 06-30) noted 预计付款4月18日
    到账，`later`: chasing done or called off leaves the money come (rv56f s169: four paid
    balances read 7,000 black); chasing still going on says it is out (rv56c s133)."""
    head = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "品名", "出货日期",
            "收款", "收款日期", "状态", "备注"]
    rows = [head,
            ["PO-C1", BUYER, d(2025, 3, 1), 10_000, "USD", "OA 30天", "LED灯", d(2025, 3, 20),
             None, None, "", ""],
            [None, None, None, None, None, None, "定金30%", None, 3_000, d(2025, 3, 2), "", "已收"],
            [None, None, None, None, None, None, "尾款70%", None, 7_000, d(2025, 4, 20), "",
             f"预计付款4月18日到账，{later}"],
            ["PO-C2", "Other Co", d(2025, 6, 30), 1_000, "USD", "T/T", "LED灯", d(2025, 6, 30),
             1_000, d(2025, 6, 30), "", ""]]
    _same_import(tmp_path, [write_xlsx(tmp_path / "b" / "台账.xlsx", {"台账": rows})])
    buyer = by_name(at(tmp_path / "fast.sqlite", d(2025, 6, 30)))[BUYER]
    assert _state(buyer) == expected


@pytest.mark.parametrize("march", ["3/5客户取消", "已取消 3/5", "3.5已取消", "3月5日客户取消"])
def test_a_cancel_noted_with_a_day_written_with_a_slash_cancels(tmp_path: Path, march: str):
    """The day beside the note's word as clerks write it (3/5, 3.5): read as the word alone
    (the note's day pattern knew only 3月5日 and 2025-03-05: 3/5客户取消 left PO-R1 10,000
    owed, 91 days, black)."""
    line = ("PO-R1", BUYER, "2025-02-20", "陶瓷杯", 10_000, OA, "2025-03-01", None, None)
    other = _row("PO-O1", "Other Co", "2025-06-01", "陶瓷杯", 1_000, OA, "2025-06-10", 1_000,
                 "2025-06-30", None)
    _import(tmp_path, {"3月": [HEAD, _row(*line, march)], "6月": [HEAD, other]})
    assert _state(_buyer(tmp_path, BUYER, "2025-06-30")) == (0, 0, None)
