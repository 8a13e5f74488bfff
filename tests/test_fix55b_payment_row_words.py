"""fix55b: a payment row's words read too widely by the last pass's mends (rv55a).

The ledger of test_fix54h_payment_words: a 10,000 order (03-01, OA 30天), its 定金30% row 3,000
received 03-02 and its 尾款70% row 7,000 received 04-20 carrying the note; as of 06-30 an unpaid
balance is due 04-19, 72 days late, black.

- s10: a paid balance row noting something else not done before its balance word (未结汇货款,
  美元未结汇 尾款, 美元没有结汇 余款, 没有回单 尾款, 未付佣金 尾款) or after the thing (手续费未付
  尾款全额) was 7,000 open, 72 days, black: paid. The payment itself unpaid stays owed.
- s01: a plan whose day is the row's own date received (客户答应4月底付 4月20日到账, 预计5月付
  4月20日提前到账, 计划5月付 4/20到账, 客户承诺月底付 2025-04-20收到) or ended by 结果 was 7,000
  black: paid; a first plan's day undone by 推迟 or later than the row's date stays owed.
- s06a: Lima's 70 % balance naming its own PO, noted 尾款（30%定金已付）, was held for that PO as
  a deposit (2,776.90 open, 31 days, watch): it pays INV2503-08.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from account_cli import imported
from ledgers import write_xlsx
from test_fix54h_payment_words import HEAD, _accounts, _balance_rows
from test_fix54m_number_deposits import LIMA, OLD, OLD_DEPOSIT, _imported, _lima

# s10: the thing not done is not the payment
ELSE_PAID = ["未结汇货款", "美元未结汇 尾款", "美元没有结汇 余款", "没有回单 尾款", "未付佣金 尾款",
             "手续费未付 尾款全额"]
ELSE_OWED = ["尾款未付（含税）", "未付 尾款", "余款未付 发票INV-5", "尾款和手续费未付",
             "未付佣金与尾款"]
# s01: the day the money came, after a plan's own clause
DAY_PAID = ["客户答应4月底付 4月20日到账", "预计5月付 4月20日提前到账", "计划5月付 4/20到账",
            "客户承诺月底付 2025-04-20收到", "预计5月付款 结果4月20日到账"]
DAY_OWED = ["原计划付款 4月20日到账，客户推迟", "原本计划付款 7月15日到账", "计划4月20日到账",
            "预计付款 5月30日到账"]


def _check(tmp_path: Path, paid: list[str], owed: list[str]) -> None:
    rows: list[list[object]] = []
    for i, note in enumerate([*paid, *owed]):
        rows += _balance_rows(f"2025-5{i:02d}", f"N{i:02d} {note}", "", note)
    rows.append(["2025-599", "Other Co", date(2025, 6, 30), 1_000, "USD", "T/T", "LED灯",
                 date(2025, 6, 30), 1_000, date(2025, 6, 30), "", ""])
    db = imported(tmp_path / "firm.sqlite",
                  write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [HEAD, *rows]}))
    accounts = _accounts(db, date(2025, 6, 30))
    for i, note in enumerate(paid):
        assert accounts[f"N{i:02d} {note}"] == (0, 0, None), note
    for i, note in enumerate(owed, start=len(paid)):
        assert accounts[f"N{i:02d} {note}"] == (7_000, 72, "black"), note


def test_a_paid_balance_noting_something_else_not_done_is_paid(tmp_path: Path) -> None:
    """Hand count at 06-30: each paid buyer nothing open, on no list (main: 7,000 open, 72
    days, black each); the unpaid balances 7,000, 72 days, black."""
    _check(tmp_path, ELSE_PAID, ELSE_OWED)


def test_a_plan_whose_day_is_the_money_s_own_is_paid(tmp_path: Path) -> None:
    """Hand count at 06-30: a plan's day equal to the row's 04-20, or 结果 ending the plan:
    paid (main: 7,000, 72 days, black); deferred after, or a day after the row's date, or the
    plan's own day: 7,000 owed (main: the first two paid)."""
    _check(tmp_path, DAY_PAID, DAY_OWED)


def test_a_balance_naming_its_deposit_paid_is_no_deposit(tmp_path: Path) -> None:
    """Lima wires its 70 % balance 2,776.90 on 04-14 naming its PO-LIMA-77, 尾款（30%定金已付）:
    at 04-30, both ways the register is read, INV2503-08 paid, nothing held, nothing on
    account, on no list (main: 2,776.90 open, 31 days, watch, 2,776.90 held for PO-LIMA-77)."""
    balance = ("2025-04-14", LIMA, 2776.9, None, "PO-LIMA-77", "尾款（30%定金已付）")
    for run, mapped in (("mapped", True), ("bare", False)):
        said = _imported(tmp_path / run, [OLD], [OLD_DEPOSIT, balance], mapped)
        assert _lima(tmp_path / run, date(2025, 4, 30)) == (0, 0, None, 0, 0), run
        assert "PO-LIMA-77, which no file sells yet" not in said
