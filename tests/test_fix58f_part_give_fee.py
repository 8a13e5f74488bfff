"""fix58f: a part come with the rest owed, 给 written as paying, and a fee beside a whole 收款.

- 到账5000，尚欠2000 (收到, 已收, 实际到账 beside 尚欠, 还差, 余…未付, 余…下月付) on a balance row
  whose 收款 is the 7,000 asked: 5,000 came, 2,000 is owed, as 实收5000 already read.
- 下周给付, 下周会给, 下周再给, 月底前给清 on a balance row without the buyer's word: his plan,
  owed, as 下周给美金 already read (fix57c).
- 收款 7,000 noted 手续费15 (no 实收) on the 7,000 balance of a 10,000 order whose 3,000 deposit
  came: the buyer's 7,000 with the bank's charge inside, no credit.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row, 定金30%
3,000 and a 尾款70% row of 7,000 received 04-20 (the clerk's habit of typing the figure asked);
as of 06-30 an unpaid balance is 72 days late, black. Each ledger is imported by both imports
(tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, _accounts, _order, _paid
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances

REST = (2_000, 72, "black")


def test_a_part_come_beside_the_rest_owed_leaves_the_rest_open(tmp_path: Path) -> None:
    """到账5000 beside the rest owed: 2,000 open, 72 days, black (main: 0, paid in full). 实收
    as main; the figure alone, in two wires summing the row, less a bank's charge, or with the
    rest said paid: nothing open, as main."""
    part = ["到账5000，尚欠2000", "到账5000，余2000下月付", "催款成功，到账5000，余2000下月付",
            "收到5000，还差2000", "已收5000，余款未付", "实际到账5000，余2000未付"]
    paid = ["到账5000+2000", "分两笔到账", "到账7000", "到账6970", "到账5000，余款已付",
            "到账5000，余款付清", "4/20到账5000，4/25到账2000"]
    got = _balances(tmp_path, [*part, *paid, "实收5000，余2000下月付"])
    assert got == {**dict.fromkeys(part, REST), **dict.fromkeys(paid, PAID),
                   "实收5000，余2000下月付": REST}


def test_give_written_as_paying_at_a_time_to_come_is_owed(tmp_path: Path) -> None:
    """下周给付, 下周会给, 下周再给, 月底前给清: 7,000 open, 72 days, black (main: 0). Given
    already, a thing given (唛头, 回复, 发票, before or after the 给), our people's or a bare
    下周给: paid, as main."""
    owed = ["下周给付", "下周会给", "下周再给", "月底前给清", "月底给齐"]
    paid = ["已给", "给了", "3/25已给", "下周给唛头文件", "下周给回复", "下周给发票",
            "发票下周再给", "唛头月底前给齐", "下周再给发票", "下周会给工厂", "下周给"]
    got = _balances(tmp_path, owed + paid)
    assert got == {**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID)}


def test_a_fee_beside_the_whole_balance_is_inside_it(tmp_path: Path) -> None:
    """收款 7,000 noted 手续费15 or 扣手续费15 where 3,000 came before: nothing open, no credit
    (main: 15 credit). 6,985 so noted: the charge counted, 7,000 paid (as main); a deposit of
    2,985 noted 手续费15 with the balance's 7,000: the charge counted, the order paid (as main)."""
    notes = {"Fee Co": (3_000, 7_000, "手续费15"), "Less Fee Co": (3_000, 7_000, "扣手续费15"),
             "Net Co": (3_000, 6_985, "手续费15"), "Net Deposit Co": (2_985, 7_000, "")}
    rows: list[list[object]] = []
    for i, (name, (deposit, received, note)) in enumerate(notes.items()):
        rows += [_order(f"2025-9{i:02d}", name),
                 _paid("定金30%", deposit, date(2025, 3, 2), note="" if note else "手续费15"),
                 _paid("尾款70%", received, date(2025, 4, 20), note=note)]
    assert _accounts(tmp_path, rows, list(notes)) == dict.fromkeys(notes, PAID)
    for name in notes:
        assert customer(tmp_path / "fast.sqlite", name, END).credit_on_account == 0, name
