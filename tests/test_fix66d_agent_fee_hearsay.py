"""fix66d: hearsay of the firm's own bills, a fee denied, the bare agent and a wire's question
answered (issue 11, rv65d s3, s5).

Balance rows as tests.test_fix56b_balance_clause_ours_part writes them: an order of 10,000 USD
(03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02, the 尾款70% row 7,000
received 04-20 with the note. Hand: a note of the firm's own bill or of a fee leaves the row
paid, nothing owed; a note saying the buyer or his side has not paid the balance leaves the
7,000 owed since 04-19, 72 days on 06-30, black.

1. The firm's supplier telling its bill after the buyer's word (客户说，工厂说我们货款还没付, 客户
   说，工厂通知我们货款还没付) was read as his plan (buyer_word.told): 7,000, 72 days, black →
   nothing owed. The buyer's own clause (客户说工厂说我们货款还没付), a supplier saying only 还没付,
   his side's supplier or his money named stay 7,000 black.
2. Freight and insurance denied are fees, not the balance (owed_said._ELSE_WORDS takes
   part_of.FEES): 货代说客户运费还没付 (the buyer's freight, apart from the balance), 出口代理的
   运费还没付 (the firm's export agent's), 运费还没付, 未付运费, 海运费未付, 保险费没付:
   7,000 black → nothing owed. The balance named with it (尾款和运费还没付, 未付运费和货款,
   运费还没付，尾款也没付) or the balance the carrier speaks of (货代说客户尾款还没付) stay owed.
3. A bare 代理 is the firm's own export agent, no side of the buyer's (buyer_word.HIS_SIDE:
   收货人, 进口商, 经销商): 代理工厂还没付, 代理的工厂他说我们还没付, 代理工厂货款还没付, 代理工厂
   通知我们货款还没付, 还没付代理工厂: 7,000 black (fix65g) → nothing owed. Named his (客户的代理,
   他的代理工厂, 收货人代理工厂, 他们代理工厂) it is his: 7,000 black, as is 经销商.
   Beside a deposit (fix61j's cell: an old 4,000 due 05-20 unpaid, 39 days late on 06-28; a new
   order's 7,000 received 06-05), 代理财务说上批欠款4000已付 is the firm's agent's finance: 4,000
   owed, 39 days, watch, 7,000 held → nothing owed, 3,000 held; 客户的代理财务说, 他的代理财务说,
   收货人代理财务说, 代理说… (a report) stay 4,000 watch.
4. A wire (X-1 5,000 shipped 03-08, OA 30 days, 84 days late on 06-30; X-2 6,000 due 07-01;
   5,975 wired 06-25) noting the earlier debt asked and answered paid by the firm (客户问：上次
   欠款已付？财务说已付): its 已付 was read as cleared before, the wire X-2's by its sum, X-1
   5,000, 84 days, black → the wire X-1's, 5,025 open, 0 days. Answered unpaid, by the buyer,
   doubted, asked again, or not at all stays X-1 5,000 black. The brief's 客户问：X-1已付？财务
   说已付 was written with an X-1 that names no sale of the ledger (its invoices X00-1…): the wire
   goes by its sum, X-1 5,000 black, as main and as hand; naming the invoice's number, the wire
   pays it (as main).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix64e_rv64b_mends import by_command_line, typed_balances
from test_fix65b_finance_report import OLD_BLACK, PAID_OLD, _deposits, _wires
from test_fix65b_finance_report import OWED as DEBT_OWED
from test_fix65b_finance_report import PAID as DEBT_PAID

# 1., 2.: the firm's supplier telling after his word, a fee: nothing owed (main: 7,000, 72 days,
# black)
PAID_NOW = ["客户说，工厂说我们货款还没付", "客户说，工厂通知我们货款还没付",
            "货代说客户运费还没付", "运费还没付", "未付运费", "海运费未付", "保险费没付",
            "客户说运费还没付", "运费未付尾款已付"]
# ... the buyer's own clause or words, a supplier's bare 还没付, his side's, his money, the
# balance named beside the fee: 7,000, 72 days, black (as main)
OWED_STILL = ["客户说工厂说我们货款还没付", "客户说，工厂说还没付", "客户说，我们还没付",
              "客户说，工厂说我们货款还没付，他下周付", "客户说，他们工厂说我们货款还没付",
              "客户说，收货人的工厂说我们货款还没付", "客户说，工厂说客户货款还没付",
              "客户说，工厂说我们货款还没付，是客户的", "货代说客户尾款还没付", "尾款和运费还没付",
              "运费和尾款还没付", "未付运费和货款", "运费还没付，尾款也没付", "尾款未付，运费已付",
              "运费已退回客户，尾款还没付", "经销商还没付", "经销商货代还没付",
              "客户说他的工厂还没付我们"]
# ... the firm's own, as main: nothing owed
PAID_STILL = ["工厂说我们货款还没付", "客户说，我们还没付工厂", "我们的代理工厂还没付",
              "客户说，货代说我们运费还没付"]


def test_the_firms_bill_after_his_word_and_a_fee_denied(tmp_path: Path) -> None:
    """Each note's account: the firm's supplier's bill told after the buyer's word, or a fee
    denied, nothing owed (main: 7,000, 72 days, black); his or his balance 7,000 black."""
    assert _balances(tmp_path, [*PAID_NOW, *OWED_STILL, *PAID_STILL]) == {
        **dict.fromkeys([*PAID_NOW, *PAID_STILL], PAID), **dict.fromkeys(OWED_STILL, OWED)}


def test_the_bare_agent_is_the_firms(tmp_path: Path) -> None:
    """Imported once by the command line (the import reads 代…付 as a payer's name, the
    reference import not: tests.test_fix64e_rv64b_mends.by_command_line). A bare 代理: nothing
    owed (main: 7,000, 72 days, black); named his or his side's, 经销商: 7,000 black (as main)."""
    cases = {"A 代理工厂还没付": PAID, "A 代理的工厂他说我们还没付": PAID,
             "A 代理工厂货款还没付": PAID, "A 代理工厂通知我们货款还没付": PAID,
             "A 还没付代理工厂": PAID, "A 出口代理的运费还没付": PAID,
             # as main
             "A 代理说工厂还没付": PAID, "A 我司代理工厂还没付": PAID,
             "A 客户的代理还没付": OWED, "A 他的代理还没付": OWED, "A 收货人代理还没付": OWED,
             "A 他的代理工厂还没付": OWED, "A 收货人代理工厂还没付": OWED,
             "A 他们代理工厂通知我们货款还没付": OWED, "A 客户的代理工厂货款还没付": OWED,
             "A 客户代理的工厂他说我们还没付": OWED, "A 收货人代理的工厂他说我们还没付": OWED,
             "A 代理工厂说还没付": OWED, "A 经销商的工厂还没付": OWED, "A 客户代理说还没付": OWED}
    assert by_command_line(tmp_path, cases) == cases


def test_the_same_on_a_typed_balance_row(tmp_path: Path) -> None:
    """The balance row typing its order's number and buyer again reads them alike: nothing owed
    (main: 7,000, 72 days, black) where the bill is the firm's or a fee; his 7,000 black."""
    cases = {"T 客户说，工厂说我们货款还没付": PAID, "T 货代说客户运费还没付": PAID,
             "T 代理工厂还没付": PAID, "T 海运费未付": PAID,
             "T 货代说客户尾款还没付": OWED, "T 客户的代理还没付": OWED,
             "T 尾款和运费还没付": OWED, "T 客户说工厂说我们货款还没付": OWED}
    assert typed_balances(tmp_path, cases) == {name: (*owed, 0.0) for name, owed in cases.items()}


# 3. the firm's export agent's finance: nothing owed, 3,000 held (main: 4,000, 39 days, watch,
# 7,000 held)
AGENT_PAID = ["定金3000，代理财务说上批欠款4000已付", "定金3000，另外代理财务说上批欠款4000已付",
              "定金3000，代理说，财务说上批欠款4000已付"]
# ... his agent's or his side's finance, an agent's report, asked: 4,000 watch (as main)
AGENT_OWED = ["定金3000，客户的代理财务说上批欠款4000已付",
              "定金3000，他的代理财务说上批欠款4000已付",
              "定金3000，收货人代理财务说上批欠款4000已付",
              "定金3000，经销商财务说上批欠款4000已付",
              "定金3000，代理说上批欠款4000已付", "定金3000，代理财务说上批欠款4000已付？",
              "定金3000，代理财务说上批欠款4000已付，已退回客户",
              "定金3000，客户的代理说，财务说上批欠款4000已付"]


def test_the_agents_finance_beside_a_deposit(tmp_path: Path) -> None:
    """Each deposit cell's account: the bare agent's finance clears the old 4,000, 3,000 held
    (main: 4,000, 39 days, watch); his agent's, a report, a question or a refund: 4,000 watch."""
    assert _deposits(tmp_path, [*AGENT_PAID, *AGENT_OWED]) == {
        **dict.fromkeys(AGENT_PAID, DEBT_PAID), **dict.fromkeys(AGENT_OWED, DEBT_OWED)}


# 4. the earlier debt asked, answered paid by the firm: X-1 paid, 5,025 open, 0 days (main: X-1
# 5,000, 84 days, black)
ANSWERED = ["客户问：上次欠款已付？财务说已付", "上次欠款已付？财务说已付",
            "客户问：上次欠款已付？已付"]
# ... answered unpaid, by the buyer, doubted, asked again, of other money, or not answered; and
# a number naming no sale of the ledger (X-1, where the invoices are X00-1…): X-1 5,000, 84 days,
# black (as main)
NOT_ANSWERED = ["客户问：上次欠款已付？财务说未付", "客户问：上次欠款已付？财务说还没付",
                "客户问：上次欠款已付？客户说已付", "客户问：上次欠款已付？财务说已付？",
                "客户问：上次欠款已付？财务说可能已付", "客户问上次欠款已付？",
                "客户问：上次欠款已付？他的代理财务说已付", "客户问：上次欠款已付？本单已付",
                "上次欠款已付", "客户问：X-1已付？财务说已付", "客户问：X-1已付？财务说未付",
                "客户问X-1已付？"]
# ... as main: asked in a clause after the debt's, or answered after 付了吗
STILL_ANSWERED = ["上次欠款，客户问：已付？财务说已付", "客户问上次欠款付了吗？财务说已付"]


def test_a_wires_earlier_debt_asked_and_answered(tmp_path: Path) -> None:
    """Each wire's account (before → after in the module's docstring)."""
    assert _wires(tmp_path, [*ANSWERED, *NOT_ANSWERED, *STILL_ANSWERED]) == {
        **dict.fromkeys([*ANSWERED, *STILL_ANSWERED], PAID_OLD),
        **dict.fromkeys(NOT_ANSWERED, OLD_BLACK)}


def test_a_wire_naming_the_invoice_asked_and_answered(tmp_path: Path) -> None:
    """The buyer's own invoice named (X00-1 on the first buyer's wire): the wire pays it, 5,025
    open, 0 days (as main)."""
    assert _wires(tmp_path, ["客户问：X00-1已付？财务说已付"]) == {
        "客户问：X00-1已付？财务说已付": PAID_OLD}
