"""fix65g: rv65a's findings on fix65a's supplier_bill mended — whose supplier speaks (issue 11).

Balance rows as tests.test_fix56b_balance_clause_ours_part writes them: an order of 10,000 USD
(03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02, the 尾款70% row 7,000
received 04-20 with the note. Hand: a note saying the buyer has not paid leaves the 7,000 owed
since 04-19, 72 days on 06-30, black; a note of the firm's own supplier bill leaves the row
paid, nothing owed.

1. 他 after a supplier of the buyer's side (收货人的货代他说我们还没付, 进口商工厂他说…, 代理的
   工厂他说…, 经销商的供应商他说…) is his side speaking, the "we" his: main (fix65a) took any
   supplier before 他 for the firm's, nothing owed → 7,000, 72 days, black. The buyer's side
   is one list (buyer_word.HIS_SIDE), so 经销商 before a supplier makes it his too
   (经销商货代还没付: nothing owed on main → 7,000 black); an agent only named his or his
   side's (收货人代理工厂还没付), a bare 代理 being the firm's export agent since fix66d
   (代理工厂还没付, 代理的工厂他说我们还没付: nothing owed, tests.test_fix66d_agent_fee_hearsay).
2. The clause after a supplier's telling saying the money is the buyer's (供应商通知我们货款还没
   付，是客户的): nothing owed on main → 7,000 black; 不是客户的 stays nothing owed.
3. The firm's supplier saying (说) its bill named is unpaid, as telling (通知) was read
   (工厂说我们货款还没付, 工厂他们说我们货款还没付, 工厂那边他说我们运费还没付): 7,000 black
   on main → nothing owed. The buyer saying it (客户说我们货款还没付), his side's supplier
   (收货人的工厂说…), the buyer named (工厂说客户货款还没付), a carrier's goods money (货代说
   我们货款还没付) or a thing of the supplier's with 他 (工厂问题他说我们还没付) stay 7,000 black.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix64e_rv64b_mends import typed_balances

# 1., 2.: his side's, or said his: 7,000, 72 days, black (main: nothing owed)
HIS_NOW = ["收货人的货代他说我们还没付", "进口商工厂他说我们还没付", "收货人的工厂他说我们还没付",
           "收货人工厂那边他说我们还没付", "进口商的货代他说我们还没付",
           "收货人代理的工厂他说我们还没付", "经销商的供应商他说我们还没付", "收货人代理工厂还没付",
           "经销商货代还没付",
           "供应商通知我们货款还没付，是客户的", "工厂通知我们货款还没付，这笔是客户的钱"]
# 3.: the firm's supplier saying it: nothing owed (main: 7,000, 72 days, black)
FIRMS_NOW = ["工厂说我们货款还没付", "工厂他们说我们货款还没付", "工厂那边他说我们运费还没付",
             "工厂他们说我们的货款还没付", "货代说我们运费还没付", "工厂的人他说我们还没付"]
# ... the buyer's word, his side's, the buyer named, a carrier's goods money: 7,000, 72 days,
# black (as main)
HIS_STILL = ["客户说我们货款还没付", "收货人的工厂说我们货款还没付", "工厂说客户货款还没付",
             "货代说我们货款还没付", "工厂问题他说我们还没付", "他说我们还没付",
             "客户说工厂他说我们还没付", "他们的工厂他说我们还没付", "客户工厂那边他说我们还没付"]
# ... the firm's as on main: nothing owed
FIRMS_STILL = ["工厂他们说我们还没付", "工厂那边他说我们还没付", "供应商通知我们货款还没付",
               "供应商通知我们货款还没付，不是客户的", "工厂还没付", "我司还没付工厂尾款"]


def test_whose_supplier_speaks(tmp_path: Path) -> None:
    """His side's supplier or money said his: 7,000, 72 days, black; the firm's supplier
    saying its bill unpaid: nothing owed (each before → after in the module's docstring)."""
    assert _balances(tmp_path, [*HIS_NOW, *FIRMS_NOW, *HIS_STILL, *FIRMS_STILL]) == {
        **dict.fromkeys([*HIS_NOW, *HIS_STILL], OWED),
        **dict.fromkeys([*FIRMS_NOW, *FIRMS_STILL], PAID)}


def test_the_same_words_on_a_typed_balance_row(tmp_path: Path) -> None:
    """The balance row typing its order's number and buyer again reads them as the blank-buyer
    row: his side's 他 7,000, 72 days, black (main: nothing owed), the firm's supplier saying
    its bill unpaid nothing owed (main: 7,000 black), the buyer's word 7,000 black (as main)."""
    cases = {"T 收货人的货代他说我们还没付": OWED, "T 经销商的供应商他说我们还没付": OWED,
             "T 工厂说我们货款还没付": PAID, "T 工厂那边他说我们运费还没付": PAID,
             "T 客户说我们货款还没付": OWED}
    assert typed_balances(tmp_path, cases) == {name: (*owed, 0.0) for name, owed in cases.items()}
