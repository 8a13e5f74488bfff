"""fix62j: rv62c's findings on fix62c and fix62f (rv62c s562, s563, s564).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02
on its row; as of 06-30 an unpaid sum is 72 days late, black. Each ledger is imported by both
imports (tests.test_fast_import._same_import).

- a 到账 3,000 row on 03-04 noted that the balance's first part has not come, is awaited or only
  asked (尾款第一笔还没到, 等尾款第一笔, 尾款第一笔？客户说下周) is the deposit's bank advice:
  7,000 owed, not 4,000 (core.ledger.came_rows._later);
- a blank 尾款70% row noting another order's commission (2025-702的佣金2000已扣, 佣金2000已扣
  (2025-688)) or one withdrawn (…现取消, 已扣错，已退回客户) takes nothing off this order: 7,000,
  not 5,000 (core.ledger.own_row_deductions);
- a row noted 2025-701尾款另一半 under Y's 702, X's 701 paid in full, stays Y's money: Y owes
  3,500, X nothing (fix62f read X 3,500 in credit, Y 7,000; order_payments._owing).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix61i_came_rows import DEPOSIT, OWED, _read
from test_fix62f_repeated_cells import APRIL, PAID, X, Y, _accounts

CAME = date(2025, 3, 4)
PART = (4_000.0, 72, "black", 0.0)
TAKEN = (5_000.0, 72, "black", 0.0)


def test_a_came_row_saying_the_balance_s_part_is_still_to_come_is_the_deposit_s(
        tmp_path: Path) -> None:
    """Hand count: 定金 3,000 and its bank advice 3,000 (03-04) noted that the balance's first
    part is not in, awaited or asked: 7,000 owed (main: 4,000, 3,000 of the debt hidden).
    Controls: 尾款第一笔 alone, …到账, an answered question (到了吗？到了), or its first part
    come beside the second put off (尾款第一笔，第二笔下周付): 4,000."""
    owed = ("尾款第一笔还没到", "尾款第一笔未到", "等尾款第一笔", "尾款第一笔要等出货后",
            "尾款第一笔？客户说下周", "进度款第一笔未到")
    came = ("尾款第一笔", "尾款第一笔到账", "尾款第一笔到了吗？到了", "尾款第一笔，第二笔下周付",
            "尾款第一笔收到，余款等出货后")
    cases = {f"{'O' if note in owed else 'C'} {note}": [
        DEPOSIT, _paid("到账", 3_000, CAME, note=note)] for note in (*owed, *came)}
    assert _read(tmp_path, cases) == {
        name: OWED if name.startswith("O ") else PART for name in cases}


def test_a_blank_row_s_deduction_of_another_order_or_withdrawn_is_none(tmp_path: Path) -> None:
    """Hand count: the blank 尾款70% row noting another order's commission, or one called off,
    taken in error or paid back: 7,000 owed (main: 5,000). Controls: this order's (佣金2000已扣,
    本单佣金2000已扣, 代理佣金2000已扣, a day beside it, the order's own number): 5,000."""
    other = ("2025-702的佣金2000已扣", "2025-702佣金2000已扣", "佣金2000已扣 (2025-688)",
             "PO-702佣金2000已扣", "佣金2000原说已扣，现取消", "佣金2000已扣错，已退回客户",
             "佣金2000扣错了", "佣金2000已扣，后作废")
    own = ("2025-700佣金2000已扣", "佣金2000已扣", "本单佣金2000已扣", "代理佣金2000已扣",
           "佣金2000已扣 06-30", "佣金2000已扣，客户已确认")  # (the first its own order's: 700)
    cases = {f"{'O' if note in other else 'T'} {note}": [
        DEPOSIT, _paid("尾款70%", None, None, note=note)] for note in (*own, *other)}
    assert _read(tmp_path, cases) == {
        name: OWED if name.startswith("O ") else TAKEN for name in cases}


def test_money_noted_for_an_order_owing_none_stays_under_its_row(tmp_path: Path) -> None:
    """Hand count: X's 701 paid 3,000 + 7,000; a 3,500 row under Y's 702 noted 2025-701尾款另一半
    is Y's: Y owes 3,500, X nothing and no credit (main: X 3,500 credit, Y 7,000 black). So is
    one naming W's 703 owing 1,000 less than it (W 1,000 owed, V 3,500). Control: Z's 705 owing
    3,500 takes the half (Z paid, U 7,000)."""
    pairs = ((X, "尾款", 7_000, Y, "2025-701"), ("W", "尾款", 6_000, "V", "2025-703"),
             ("Z", "尾款一半", 3_500, "U", "2025-705"))
    rows = [row for i, (named, word, paid, under, number) in enumerate(pairs) for row in (
        _order(number, named), DEPOSIT, _paid(word, paid, APRIL),
        _order(f"2025-7{i * 2 + 2:02d}", under), DEPOSIT,
        _paid("另一半", 3_500, date(2025, 5, 20), note=f"{number}尾款另一半"))]
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], [X, Y, "W", "V", "Z", "U"])
    half = (3_500.0, 72, "black", 0.0)
    assert got == {X: PAID, Y: half, "W": (1_000.0, 72, "black", 0.0), "V": half, "Z": PAID,
                   "U": OWED}

