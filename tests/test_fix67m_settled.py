"""fix67m: rv67h's review of fix67e mended (issue 11) — a doubt settled only by words that
settle the money or its proof.

Real .xlsx ledgers imported into a real SQLite file, the account read as of 2025-06-30.

A wire (X-1 5,000 shipped 03-08, OA 30 days, 84 days late; X-2 6,000 due 07-01; 5,975 wired
06-25) noting the earlier debt said paid by the firm's finance, doubted, then a clause that
settles nothing of the money (已确认订单, 已确认交期, 已确认是X-2的, 已收到客户邮件), the buyer's
word (客户已确认, 客户确认了), a search (查了，没有; 找过了，没有) or a settling found false
(确认了是假水单): X-1 5,000, 84 days, black (fix67e's main: paid, 5,025 open, 0 days, no list). Bare
settling words or of money/proof (后来已确认, 已确认到账, 已确认收到, 找到了, 核实过了) still pay
X-1. A deposit cell (old 4,000 due 05-20; new cell 7,000 06-05) the same: 4,000 watch (main:
nothing owed).
"""

from __future__ import annotations

from pathlib import Path

from test_fix65b_finance_report import OLD_BLACK, PAID_OLD, _deposits, _wires
from test_fix65b_finance_report import OWED as DEBT_OWED
from test_fix65b_finance_report import PAID as DEBT_PAID

DEBT = "上次欠款，财务说已付，"
# settling nothing of the money, the buyer's word, a search, found false: black
NOT_SETTLED = [f"{DEBT}{words}" for words in (
    "待确认，已确认订单", "待确认，已确认交期", "待确认，已确认是X-2的", "待确认，已收到客户邮件",
    "待确认，客户已确认", "待确认，客户确认了", "待确认，查了，没有", "没找到水单，找过了，没有",
    "待确认，确认了是假水单", "没找到水单，找了很久", "待确认，已找到提单",
    "待确认，后来已确认，结果没有")]
# bare, or of the money or its proof: the wire pays X-1
SETTLED = [f"{DEBT}{words}" for words in (
    "待确认，后来已确认", "待确认，已确认到账", "待确认，已确认收到", "没找到水单，后来找到了",
    "待核实，核实过了", "待确认，已确认收到款", "还要查，查到了")]


def test_wires_settled_only_of_the_money(tmp_path: Path) -> None:
    """Each wire's account (before → after in the module's docstring)."""
    assert _wires(tmp_path, NOT_SETTLED + SETTLED) == {
        **dict.fromkeys(NOT_SETTLED, OLD_BLACK), **dict.fromkeys(SETTLED, PAID_OLD)}


CELL = "定金3000，上批欠款4000已付，"
CELL_OWED = [f"{CELL}{words}" for words in (
    "待确认，已确认订单", "待确认，客户已确认", "待确认，查了，没有", "待确认，确认了是假水单",
    "待确认，已收到客户邮件")]
CELL_PAID = [f"{CELL}{words}" for words in ("待确认，已确认到账", "待确认，后来已确认")]


def test_deposit_cells_settled_only_of_the_money(tmp_path: Path) -> None:
    """Each cell's account: 4,000 watch where nothing settled (main: nothing owed)."""
    assert _deposits(tmp_path, CELL_OWED + CELL_PAID) == {
        **dict.fromkeys(CELL_OWED, DEBT_OWED), **dict.fromkeys(CELL_PAID, DEBT_PAID)}
