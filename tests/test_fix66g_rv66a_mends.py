"""fix66g: rv66a's review of fix66d mended (issue 11).

Balance rows as tests.test_fix56b_balance_clause_ours_part writes them: an order of 10,000 USD
(03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02, the 尾款70% row 7,000
received 04-20 with the note. Hand: a note saying the balance is not paid (with a fee or alone)
leaves the 7,000 owed since 04-19, 72 days on 06-30, black; a note of a fee alone or of the
firm's own bill leaves the row paid, nothing owed. Received 6,500, the 500 short is owed, 72
days, black.

1. A balance joined to a fee by any joining word (part_of.JOINS, one list for the words before
   and after the denial: 含, 连, 加, 包括, 带, 跟, 同, 和, 及…) is the balance denied: 货款含运费
   未付, 尾款连运费还没付, 还没付运费跟尾款, 尾款和海运费还没付 (海运费 whole, not 和海 before 运费)
   … nothing owed (main since fix66d) → 7,000, 72 days, black. The fee alone (运费还没付, 客户运
   费还没付, 运费未付尾款已付, 未付运费同时尾款已付, "freight not paid yet") is nothing owed; on a
   6,500 receipt the fee with its figure (运费500还没付) is the 500 short: 7,000 → 500, black.
2. A wire (X-1 5,000 shipped 03-08, OA 30 days, 84 days late on 06-30; X-2 6,000 due 07-01;
   5,975 wired 06-25) noting the earlier debt said paid by the firm's finance, then doubted
   (，待确认, （待核实）, ，不确定, ，还要查, ，但没找到水单, ，其实还没到, ，客户说下周再付X-1):
   asked and answered (客户问：上次欠款已付？财务说已付，…) or not (上次欠款，财务说已付，…),
   the wire is not known to pay X-1: X-1 paid, 5,025 open (main) → X-1 5,000, 84 days, black.
   Confirmed, thanked or of this order (，已确认, ，谢谢, ，本单余款下周付) the wire pays X-1.
3. An import or customs agent (进口代理, 清关代理) and a dealer (代理商) are the buyer's side:
   进口代理工厂还没付 nothing owed (main) → 7,000, 72 days, black; beside a deposit (an old
   4,000 due 05-20 unpaid, 39 days late; a new order's 7,000 cell on 06-05) 进口代理财务说上批
   欠款4000已付 nothing owed, 3,000 held (main) → 4,000, 39 days, watch, 7,000 held. A bare 代理,
   出口代理, 我们的代理 stay the firm's.
4. The buyer's word only a time (客户说过几天, 客户说月底), alone or before the supplier's word
   of the firm's bill: nothing owed (main) → 7,000, 72 days, black.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix57i_cancel_went_ahead import BLACK, NONE, _po, _state, _tabs
from test_fix64e_rv64b_mends import by_command_line, typed_balances
from test_fix65b_finance_report import OLD_BLACK, PAID_OLD, _deposits, _wires
from test_fix65b_finance_report import OWED as DEBT_OWED
from test_fix65b_finance_report import PAID as DEBT_PAID

# 1. the balance joined to a fee, denied: 7,000, 72 days, black (main: nothing owed)
JOINED = ["货款含运费未付", "尾款含运费还没付", "尾款含保险费未付", "尾款含运费没收到",
          "尾款含运费未到账", "尾款连运费还没付", "尾款连保险费还没付", "尾款加运费还没付",
          "货款加海运费还没付", "尾款包括运费还没付", "尾款带运费都没付", "货款跟运费都没付",
          "货款同运费还没付", "还没付运费跟尾款", "还没付运费同货款", "尾款和海运费还没付",
          "尾款含运费7000未付"]
# ... as main: 7,000 black (joined by 及, 和 before; named apart; the balance in English)
JOINED_STILL = ["尾款及运费还没付", "保险费和尾款都没付", "运费已付，尾款还没付",
                "尾款含税7000未付", "balance incl. freight not paid yet"]
# ... the fee alone, a fee joined to a fee, at the same time as the balance paid, in English:
# nothing owed
FEE_ONLY = ["运费还没付", "客户运费还没付", "运费未付尾款已付", "未付运费同时尾款已付",
            "尾款已收，运费和海运费还没付", "运费500还没付", "海运费usd500未付"]
FEE_ONLY_EN = ["freight not paid yet", "insurance not paid yet"]


def test_a_balance_joined_to_a_fee(tmp_path: Path) -> None:
    """Each note's account (before → after in the module's docstring)."""
    assert _balances(tmp_path, [*JOINED, *JOINED_STILL, *FEE_ONLY, *FEE_ONLY_EN]) == {
        **dict.fromkeys([*JOINED, *JOINED_STILL], OWED),
        **dict.fromkeys([*FEE_ONLY, *FEE_ONLY_EN], PAID)}


def test_the_same_on_a_typed_balance_row(tmp_path: Path) -> None:
    """The balance row typing its order's number and buyer again reads them alike."""
    cases = {"T 货款含运费未付": OWED, "T 还没付运费跟尾款": OWED, "T 尾款和海运费还没付": OWED,
             "T 运费还没付": PAID, "T 未付运费同时尾款已付": PAID}
    assert typed_balances(tmp_path, cases) == {name: (*owed, 0.0) for name, owed in cases.items()}


def test_a_fee_with_its_figure_on_a_short_receipt(tmp_path: Path) -> None:
    """6,500 received of 7,000: the fee's 500 not paid is the 500 short, 72 days, black (main:
    7,000 owed by 运费500还没付, read as the balance denied); 运费还没付 and the bare 尾款 500
    black (as main); the balance said unpaid with the fee 7,000 black."""
    short = (500, 72, "black")
    notes = {"运费500还没付": short, "运费还没付": short, "尾款": short,
             "尾款含运费还没付": OWED}
    assert _balances(tmp_path, list(notes), received=6_500) == notes


# 2. the debt said paid by the firm's finance, then doubted: X-1 5,000, 84 days, black (main:
# X-1 paid, 5,025 open)
HEDGES = ["，待确认", "（待核实）", "，不确定", "，还要查", "，但没找到水单", "，其实还没到",
          "，客户说下周再付X-1", "，这次的还没到"]
DOUBTED = [*(f"客户问：上次欠款已付？财务说已付{hedge}" for hedge in HEDGES),
           *(f"上次欠款，财务说已付{hedge}" for hedge in HEDGES),
           "上次欠款X-1，财务说已付，待确认"]
# ... confirmed, thanked, or another thing of this order after it: the wire pays X-1 (as main)
NOT_DOUBTED = ["客户问：上次欠款已付？财务说已付", "客户问：上次欠款已付？财务说已付，已确认",
               "上次欠款，财务说已付", "上次欠款，财务说已付，谢谢", "上次欠款，财务说已付，已确认",
               "上次欠款，财务说已付，本单余款下周付", "上次欠款，财务说已付，本单待确认"]


def test_a_wires_debt_said_paid_then_doubted(tmp_path: Path) -> None:
    """Each wire's account (before → after in the module's docstring)."""
    assert _wires(tmp_path, [*DOUBTED, *NOT_DOUBTED]) == {
        **dict.fromkeys(DOUBTED, OLD_BLACK), **dict.fromkeys(NOT_DOUBTED, PAID_OLD)}


def test_a_debt_said_paid_still_to_be_checked_beside_a_deposit(tmp_path: Path) -> None:
    """The words of doubt are one list (unsure_words.UNSURE): beside a deposit, 还要查 after the
    debt said paid keeps it owed, 4,000, 39 days, watch, 7,000 held (main: nothing owed, 3,000
    held); 不用查了 or the debt's paid word alone clear it (as main)."""
    owed = ["定金3000，上批欠款4000已付，还要查", "定金3000，上批欠款4000已付，还需要核实"]
    paid = ["定金3000，上批欠款4000已付", "定金3000，上批欠款4000已付，不用查了"]
    assert _deposits(tmp_path, [*owed, *paid]) == {**dict.fromkeys(owed, DEBT_OWED),
                                                   **dict.fromkeys(paid, DEBT_PAID)}


# 3. his import or customs agent, a dealer: his side, 7,000, 72 days, black (main: nothing
# owed; 代理商 as 经销商, his dealer)
HIS_AGENTS = ["A 进口代理工厂还没付", "A 清关代理工厂还没付", "A 进口代理的工厂还没付",
              "A 代理商工厂还没付"]
# ... a bare, export or our agent: nothing owed (as main)
OUR_AGENTS = ["A 代理工厂还没付", "A 出口代理工厂还没付", "A 我们的代理工厂还没付",
              "A 代理的工厂还没付"]


def test_an_import_agent_is_his_side(tmp_path: Path) -> None:
    """Imported once by the command line, as fix66d's agent cases."""
    cases = {**dict.fromkeys(HIS_AGENTS, OWED), **dict.fromkeys(OUR_AGENTS, PAID)}
    assert by_command_line(tmp_path, cases) == cases


def test_an_import_agents_finance_beside_a_deposit(tmp_path: Path) -> None:
    """His import or customs agent's or his dealer's finance is his word: 4,000, 39 days,
    watch, 7,000 held (main: nothing owed, 3,000 held); the bare or export agent's the firm's:
    nothing owed, 3,000 held (as main)."""
    his = ["定金3000，进口代理财务说上批欠款4000已付", "定金3000，清关代理财务说上批欠款4000已付",
           "定金3000，代理商财务说上批欠款4000已付"]
    ours = ["定金3000，代理财务说上批欠款4000已付", "定金3000，出口代理财务说上批欠款4000已付"]
    assert _deposits(tmp_path, [*his, *ours]) == {**dict.fromkeys(his, DEBT_OWED),
                                                  **dict.fromkeys(ours, DEBT_PAID)}


# 4. his word a bare time: 7,000, 72 days, black (main: nothing owed)
BARE_TIME = ["客户说过几天", "客户说月底", "客户说下周吧", "客户说过几天，工厂说我们货款还没付",
             "客户说月底，工厂说我们货款还没付", "客户说过两天，货代说我们运费还没付"]
# ... his time of something else, another buyer's, ours, or no time: nothing owed (as main)
NOT_HIS_TIME = ["客户说过几天发货", "客户说月底来验货", "另一个客户说过几天", "我们说过几天",
                "客户说，工厂说我们货款还没付"]


def test_his_word_a_bare_time(tmp_path: Path) -> None:
    """Each note's account (before → after in the module's docstring)."""
    assert _balances(tmp_path, [*BARE_TIME, *NOT_HIS_TIME]) == {
        **dict.fromkeys(BARE_TIME, OWED), **dict.fromkeys(NOT_HIS_TIME, PAID)}


def test_a_reinstatement_still_to_be_checked_stays_cancelled(tmp_path: Path) -> None:
    """The widened words of doubt (unsure_words.UNSURE) reach a cancelled line's reinstatement
    too (tests.test_fix58e_cancel_shares: PO-R1 10,000 OA 30, shipped 03-01, 91 days late on
    06-30): March 已取消, April 恢复出货，还要确认 still waits, nothing owed (as main, where the
    status read it reinstated and the account kept the cancel; normalise.line_status now reads
    it not sure, as 恢复出货待客户确认); 恢复出货，客户确认 reinstates it, 10,000 black (as
    main)."""
    _tabs(tmp_path / "a", {"3月": _po("已取消"), "4月": _po("恢复出货，还要确认")})
    _tabs(tmp_path / "b", {"3月": _po("已取消"), "4月": _po("恢复出货，客户确认")})
    assert (_state(tmp_path / "a"), _state(tmp_path / "b")) == (NONE, BLACK)
