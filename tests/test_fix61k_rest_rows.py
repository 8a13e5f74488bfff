"""fix61k: a balance row typed whole and noted not all in, then a later row of its rest or its
repeat, made false credit (rv61b s427 G1, G4, G6; s427b G1b, G3a, G3c, G5a).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02;
尾款70% 7,000 on 04-20 noted 尾款还差一半 (or 尾款还没有，客户说已付; 水单已收，钱下周到), then a
row 余款 3,500 on 05-10 (the missing half: the clerk summed the cell to the whole) or 尾款 7,000
(the balance retyped the day it came). Read as new money, 3,500 or 7,000 of credit paid the
buyer's next invoice. Each ledger is imported by both imports (tests.test_fast_import).
Controls in each test keep their money, as on main: a later row under an unnoted balance (a
real over-payment), one naming another order or saying the buyer paid more, one of another sum,
one under a note of the agent's commission.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _paid
from test_fix61i_came_rows import DEPOSIT, PAID, _read


def _balance(note: str, received: float = 7_000) -> list[object]:
    return _paid("尾款70%", received, date(2025, 4, 20), note=note)


def test_a_later_row_of_a_noted_balance_s_missing_half_is_its_rest(tmp_path: Path) -> None:
    """Hand count at 06-30: 3,000 + 7,000 paid of 10,000, nothing open, no credit (main: 3,500
    credit on each G); the controls' later money is credit."""
    rest = _paid("余款", 3_500, date(2025, 5, 10))
    cases = {
        "G1 还差一半 + 余款": [DEPOSIT, _balance("尾款还差一半"), rest],
        "G1b 还差一半 + 尾款": [DEPOSIT, _balance("尾款还差一半"),
                           _paid("尾款", 3_500, date(2025, 5, 10))],
        "G6 余款已补齐": [DEPOSIT, _balance("尾款还差一半"),
                      _paid("余款", 3_500, date(2025, 5, 10), note="余款已补齐")],
        "G5a 一半货款已到": [DEPOSIT, _balance("一半货款已到，另一半出货前付"), rest],
        # controls: money of its own, credit as on main; a half typed as such and its rest paid
        "C 无备注": [DEPOSIT, _balance(""), rest],
        "C 另一单": [DEPOSIT, _balance("尾款还差一半"),
                   _paid("余款", 3_500, date(2025, 5, 10), note="2025-799定金")],
        "C 多付": [DEPOSIT, _balance("尾款还差一半"),
                 _paid("余款", 3_500, date(2025, 5, 10), note="客户多付，下单抵扣")],
        "C 其他金额": [DEPOSIT, _balance("尾款还差一半"), _paid("余款", 2_000, date(2025, 5, 10))],
        "C 佣金还差一半": [DEPOSIT, _balance("佣金还差一半没付给代理"), rest],
        "P 3500 + 余款": [DEPOSIT, _balance("尾款还差一半", 3_500), rest],
    }
    credit = {"C 其他金额": 2_000.0, "P 3500 + 余款": 0.0}
    assert _read(tmp_path, cases) == {
        name: (0.0, 0, None, credit.get(name, 3_500.0)) if name[0] in "CP" else PAID
        for name in cases}


def test_a_later_row_repeating_a_balance_noted_not_in_is_counted_once(tmp_path: Path) -> None:
    """Hand count at 06-30: paid, no credit (main: 7,000 credit on each)."""
    cases = {
        "G4 客户说已付 + 尾款": [DEPOSIT, _balance("尾款还没有，客户说已付"),
                           _paid("尾款", 7_000, date(2025, 5, 2))],
        "G3a 水单 + 尾款70%": [DEPOSIT, _balance("水单已收，钱下周到"),
                            _paid("尾款70%", 7_000, date(2025, 4, 27))],
        "G3c 水单 + 尾款 钱已到": [DEPOSIT, _balance("水单已收，钱下周到"),
                             _paid("尾款", 7_000, date(2025, 4, 27), note="钱已到")],
        # controls: an unnoted balance paid again (an over-payment), a row of another order
        "C 无备注 + 尾款": [DEPOSIT, _balance(""), _paid("尾款", 7_000, date(2025, 5, 2))],
        "C 新订单": [DEPOSIT, _balance("尾款还没有，客户说已付"),
                  _paid("尾款", 7_000, date(2025, 5, 2), note="新订单YW-802定金")],
    }
    assert _read(tmp_path, cases) == {
        name: (0.0, 0, None, 7_000.0) if name[0] == "C" else PAID for name in cases}

