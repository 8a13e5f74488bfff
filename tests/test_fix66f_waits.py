"""fix66f (1): the firm waiting for the buyer's money on a balance row received (等客户付款,
等客户付尾款, 在等客户汇款, 等待客户回款, 等款, "awaiting payment") is that money not in, as a
plan is (plan_said.PLAN's wait): read as nothing said, paid buyers where 7,000 is owed.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row 7,000 received 04-20 with the note, on three shapes of balance row (typed number
and buyer, number only, neither: test_fix65k_plan_of_other_money._shapes). Hand count as of
06-30: the 7,000 not in is open since 04-19, 72 days, black; where it came, 10,000 − 3,000 −
7,000 = 0. Each ledger is a real .xlsx imported into a real SQLite file by both imports.
"""

from __future__ import annotations

from pathlib import Path

from test_fix65k_plan_of_other_money import _read

# waiting for his money: 7,000, 72 days, black (main: nothing owed)
WAITS = ["等客户付款", "等客户付尾款", "在等客户汇款", "还在等客户付款", "等待客户付款",
         "正在等客户回款", "等客户付款中", "等款", "等客户把钱打过来", "等老外付款",
         "客户说已付，等款", "等客户付工厂的钱", "awaiting payment",
         "waiting for the customer's payment"]
# the opposites: the wait over or never waited, the money come after it, the buyer's condition
# (the plan rules': 等货到后付 reads as 货到后付 does), the firm's supplier paid, a fee or another
# order's money waited for, 等 as "and so on" or of a grade: nothing owed (as main)
NOT_WAITING = ["等了很久终于到了", "等客户确认后已收", "等货到后付", "货到后付", "等工厂付款",
               "等付工厂", "等我们付工厂", "等客户付运费", "等客户付款，4/20已到",
               "等客户付款，已收", "等客户付款的是另一单", "等客户付2025-4999的货款",
               "不用等客户付款了，已收", "不用等客户付款了", "没等客户付款就发货了",
               "运费等款项已收", "同等付款"]


def test_waiting_for_his_money_is_it_not_in(tmp_path: Path) -> None:
    """Each wait: 7,000 open, 72 days, black on the typed, number-only and blank-buyer rows
    (main: nothing owed, the wait read as nothing said). The opposites: nothing owed."""
    _read(tmp_path, WAITS, NOT_WAITING)
