"""rv61f's findings on fix61k and fix61n, narrowed (reader 205).

- The balance said come before the agent's denial (货款到了还没给代理佣金, 尾款到了还没给代理)
  is no buyer's money unpaid: the firm's commission is; read so, a paid buyer stood 7,000 owed,
  72 days, black (rv61f s505 B1, B2).
- A noted balance has one rest or repeat: a third row of the sum is the buyer's money again,
  credit (客户说已付 7,000, its 尾款 7,000, then 尾款 7,000 a month later: 7,000 credit lost,
  rv61f s500 R2, R4).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _paid
from test_fix61i_came_rows import DEPOSIT, OWED, PAID, _read

APRIL = date(2025, 4, 20)


def test_the_balance_come_before_the_agents_denial_is_paid(tmp_path: Path) -> None:
    notes = {"货款到了还没给代理佣金": PAID, "尾款到了还没给代理": PAID,
             "客户尾款还没付给代理": OWED}
    cases = {f"N {note}": [DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=note)] for note in notes}
    assert _read(tmp_path, cases) == {f"N {note}": want for note, want in notes.items()}


def test_a_noted_balance_has_one_repeat_and_more_is_credit(tmp_path: Path) -> None:
    cases = {
        "R2 说已付 + 尾款 + 尾款": [DEPOSIT, _paid("尾款70%", 7_000, APRIL,
                                              note="尾款还没有，客户说已付"),
                              _paid("尾款", 7_000, date(2025, 5, 2)),
                              _paid("尾款", 7_000, date(2025, 6, 1))],
        "R4 还差一半 + 余款 + 余款": [DEPOSIT, _paid("尾款70%", 7_000, APRIL, note="尾款还差一半"),
                               _paid("余款", 3_500, date(2025, 5, 10)),
                               _paid("余款", 3_500, date(2025, 6, 1))],
    }
    cases["R1 水单 + 到账 + 重复付款"] = [
        DEPOSIT, _paid("尾款70%", 7_000, APRIL, note="水单已收，钱下周到"),
        _paid("尾款到账", 7_000, date(2025, 5, 2)),
        _paid("尾款", 7_000, date(2025, 6, 1), note="客户重复付款")]
    assert _read(tmp_path, cases) == {"R2 说已付 + 尾款 + 尾款": (0.0, 0, None, 7_000.0),
                                      "R4 还差一半 + 余款 + 余款": (0.0, 0, None, 3_500.0),
                                      "R1 水单 + 到账 + 重复付款": (0.0, 0, None, 7_000.0)}
