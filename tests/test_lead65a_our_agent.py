"""lead65a: the firm's own agent or dealer is none of the buyer's side (issue 11, rv65d s3).

fix65g made the buyer's side one list (buyer_word.HIS_SIDE: 收货人, 进口商, 经销商, 代理) and a
supplier after it his (代理工厂还没付: his side's factory, 7,000 owed). But a note naming the
firm's own agent or dealer (我们的代理工厂还没付, 我司代理工厂还没付, 我们的经销商货代还没付)
speaks of the firm's own supplier's bill: read as his side's, a paid balance (10,000 order, 3,000
deposit, the 尾款70% row 7,000 received 04-20) stood 7,000 owed, 72 days, black on 06-30 where
nothing is owed. Balance rows as tests.test_fix56b_balance_clause_ours_part writes them.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix64e_rv64b_mends import typed_balances

# the firm's agent's or dealer's supplier: the firm's own bill, nothing owed (main: 7,000 black)
OURS = ["我们的代理工厂还没付", "我司代理工厂还没付", "我们的经销商货代还没付",
        "本公司代理工厂还没付"]
# his side's (fix65g), the buyer's agent speaking, the buyer's own: 7,000, 72 days, black
# (a bare 代理 the firm's export agent since fix66d: 代理工厂还没付 nothing owed,
# tests.test_fix66d_agent_fee_hearsay; 他的代理工厂 his)
HIS = ["他的代理工厂还没付", "经销商货代还没付", "收货人的货代他说我们还没付", "客户代理说还没付",
       "客户的代理工厂还没付"]


def test_the_firms_own_agents_supplier(tmp_path: Path) -> None:
    """The firm's agent's or dealer's supplier unpaid: nothing owed; his side's: 7,000 black."""
    assert _balances(tmp_path, [*OURS, *HIS]) == {**dict.fromkeys(OURS, PAID),
                                                  **dict.fromkeys(HIS, OWED)}


def test_the_same_on_a_typed_balance_row(tmp_path: Path) -> None:
    """The balance row typing its order's number and buyer reads them alike."""
    cases = {"T 我们的代理工厂还没付": PAID, "T 我司代理工厂还没付": PAID,
             "T 他的代理工厂还没付": OWED}
    assert typed_balances(tmp_path, cases) == {name: (*owed, 0.0) for name, owed in cases.items()}
