"""fix62n: rv62f's findings on fix62j (rv62f s621 A, D, M1).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02
on its row; as of 06-30 an unpaid sum is 72 days late, black. Each ledger is imported by both
imports (tests.test_fast_import._same_import).

- a 3,500 row under Y's 702 noted 2025-701尾款另一半, X's 701 paid its 尾款 7,000 on a row typed
  below it, stays Y's: X nothing, Y 3,500 (fix62j weighed 701 on the rows above the noted one
  alone: X 3,500 credit, Y 7,000; core.ledger.order_payments._owing);
- a blank 尾款70% row's commission noted beside a wire's, a contract's or this order's own
  paper's number (水单号TT20250420, HT-0315, INV-2025-701), or beside an order's part cancelled
  or an error put right or denied, is this order's: 5,000 owed, not 7,000;
- a 到账 3,000 row seven weeks after the deposit noted 尾款第一笔还没到 is money come: 4,000 owed,
  not 7,000 (only within the deposit's value days is it the deposit's advice again).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix61i_came_rows import DEPOSIT, OWED, _read
from test_fix62f_repeated_cells import PAID, X, Y, _accounts, _typed

PART = (4_000.0, 72, "black", 0.0)
TAKEN = (5_000.0, 72, "black", 0.0)
HALF = (3_500.0, 72, "black", 0.0)


def test_money_noted_for_an_order_paid_by_a_row_below_stays_under_its_row(
        tmp_path: Path) -> None:
    """Hand count: X's 701 paid 3,000 + 7,000 (its 尾款 typed below Y's rows); Y's 3,500 noted
    2025-701尾款另一半 is Y's: X nothing, Y 3,500 black (main: X 3,500 credit, Y 7,000). Control:
    701 paid only half below (3,500) still takes the noted half: W paid, V 7,000."""
    noted = lambda number: _paid("另一半", 3_500, date(2025, 5, 20),  # noqa: E731
                                 note=f"{number}尾款另一半")
    rows = [_order("2025-701", X), DEPOSIT, _order("2025-702", Y), DEPOSIT, noted("2025-701"),
            _order("2025-703", "W"), DEPOSIT, _order("2025-704", "V"), DEPOSIT,
            noted("2025-703"),
            _typed("2025-701", X, "尾款", 7_000, date(2025, 6, 1)),
            _typed("2025-703", "W", "尾款一半", 3_500, date(2025, 6, 1))]
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], [X, Y, "W", "V"])
    assert got == {X: PAID, Y: HALF, "W": PAID, "V": OWED}


def test_a_blank_row_s_deduction_beside_a_reference_or_a_clause_of_its_own_is_taken(
        tmp_path: Path) -> None:
    """Hand count: the blank 尾款70% row's commission 2,000 is this order's: 5,000 owed (main:
    7,000): beside a wire's or contract's number no order of the file writes, or this order's
    own with a paper's letters; after an order's part cancelled; an error put right (已重新扣)
    or denied (不是扣错). Controls: another order's of its series (2025-788), or withdrawn
    after it (…，后作废; 扣错了): 7,000."""
    taken = ("佣金2000已扣，水单号TT20250420", "佣金2000已扣 INV-{no}", "佣金2000已扣 PI{no}",
             "佣金2000已扣 HT-0315", "佣金2000已扣 SC250301", "订单取消一部分，佣金2000已扣",
             "佣金2000扣错了，已重新扣", "佣金2000已扣（不是扣错）")
    other = ("2025-788的佣金2000已扣", "佣金2000已扣，后作废", "佣金2000扣错了")
    cases = {f"{'O' if note in other else 'T'}{i} {note}": [
        DEPOSIT, _paid("尾款70%", None, None, note=note.format(no=f"2025-7{i:02d}"))]
        for i, note in enumerate((*taken, *other))}
    assert _read(tmp_path, cases) == {
        name: OWED if name.startswith("O") else TAKEN for name in cases}


def test_a_came_row_weeks_after_the_deposit_is_money_come(tmp_path: Path) -> None:
    """Hand count: 到账 3,000 on 04-25 noted 尾款第一笔还没到, seven weeks after the deposit: money
    come, 4,000 owed (main: 7,000, read as the deposit's advice). Control: on 03-04, within the
    deposit's value days, the deposit's advice: 7,000."""
    cases = {f"{'C' if day.month == 4 else 'O'} {day}": [
        DEPOSIT, _paid("到账", 3_000, day, note="尾款第一笔还没到")]
        for day in (date(2025, 4, 25), date(2025, 3, 4))}
    assert _read(tmp_path, cases) == {
        name: PART if name.startswith("C") else OWED for name in cases}
