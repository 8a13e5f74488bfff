"""fix59j (rv58d s240 B3, rv58c s232 E17–E21, E23): a balance said paid beside something else
put off, read as owed: good buyers black.

- 尚欠2000已于4/25付清 (尚欠2000，已于4/25付清, 尚欠2000，4/25已补齐) on a balance row received
  04-20: the 2,000 owed was paid after; 尚欠 is no plan then (core.ledger.part_said.came_later).
- An undated 尾款 row (no 收款日期, its order's 定金 row dated) whose note says the balance came
  and puts off another thing (尾款已收，新订单定金下周付款; 尾款已到，样品费月底付;
  已到账，佣金下周付) is received, on no day, as an undated 收款 is
  (core.ledger.payment_row_notes.undated_plans); one putting the row's own money off
  (尾款已收，余款下周付; 已收，尾款下周付) stays asked.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row, 定金30%
3,000 paid 03-02 and a 尾款70% row of 7,000; as of 06-30 an unpaid sum is 72 days late, black.
Each ledger is imported by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _accounts, _order, _paid
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances


def _late(owed: float) -> tuple[float, int, str]:
    """`owed` open on the balance due 04-19: 72 days late at 06-30, black."""
    return (owed, 72, "black")


def test_the_rest_owed_said_paid_after_is_paid(tmp_path: Path) -> None:
    """尚欠2000已于4/25付清, 尚欠2000，已于4/25付清, 尚欠2000，4/25已补齐: paid (main: 7,000,
    72 days, black). Controls as main: 余款2000已于4月25日结清 and 欠款已于4/25全部付清
    paid; 尚欠2000, 尚欠2000，下周付 and 尚欠2000，尚未补齐 leave 2,000 open; the part said
    with the rest put off (尾款已收一半，余款下周付) 3,500; a denial of an earlier time then
    paid (上次尾款还没有，这次一起付清) paid; 尾款下周付款 dated was written before it came."""
    paid = ["尚欠2000已于4/25付清", "尚欠2000，已于4/25付清", "尚欠2000，4/25已补齐",
            "余款2000已于4月25日结清", "欠款已于4/25全部付清", "上次尾款还没有，这次一起付清"]
    rest = ["尚欠2000", "尚欠2000，下周付", "尚欠2000，尚未补齐"]
    got = _balances(tmp_path, [*paid, *rest, "尾款已收一半，余款下周付", "尾款下周付款"])
    assert got == {**dict.fromkeys(paid, PAID), **dict.fromkeys(rest, _late(2_000)),
                   "尾款已收一半，余款下周付": _late(3_500), "尾款下周付款": PAID}


def _undated(tmp_path: Path, notes: list[str]) -> dict[str, tuple[float, int, str | None]]:
    """Each note on the 尾款70% row (7,000, no date received) of an order whose 定金 row (3,000
    noted 已收) is dated 03-02, as a clerk who dates what came leaves the balance asked."""
    names = [f"U{i:02d} {note}" for i, note in enumerate(notes)]
    rows: list[list[object]] = []
    for i, (name, note) in enumerate(zip(names, notes, strict=True)):
        rows += [_order(f"2025-7{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2),
                                                        note="已收"),
                 _paid("尾款70%", 7_000, None, note=note)]
    return {name[4:]: got for name, got in _accounts(tmp_path, rows, names).items()}


def test_an_undated_balance_said_come_beside_another_put_off_is_received(
        tmp_path: Path) -> None:
    """The balance said come, another order's deposit, the next lot's goods, freight, a
    commission, the factory, the next order or a sample fee put off: paid (main: 7,000, 72 days,
    black), stored with no date received, as an undated 收款 is. The row's own money put off, or
    nothing said: owed, as main; and so is a deposit said come with the balance put off."""
    paid = ["尾款已收，新订单定金下周付款", "已收，下批货款下周付", "尾款已结清，运费下周付",
            "已到账，佣金下周付", "尾款已收，下周付款给工厂", "客户已付，月底付的是下一单",
            "尾款已到，样品费月底付", "尾款已收", "已收，佣金未付"]
    owed = ["尾款下周付款", "下周付款", "已收，尾款下周付", "尾款已收，余款下周付",
            "定金已收，尾款下周付", "未收", "已收，客户说下周付", "上次尾款还没有，这次一起付清"]
    got = _undated(tmp_path, paid + owed)
    assert got == {**dict.fromkeys(paid, PAID), **dict.fromkeys(owed, OWED)}
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        days = conn.execute("SELECT received_amount, received_date FROM order_lines "
                            "WHERE notes = '尾款已收，新订单定金下周付款'").fetchall()
    assert days == [(7_000.0, None)]


def test_a_commission_after_his_paid_word_is_not_this_balance(tmp_path: Path) -> None:
    """客户说已付清，佣金下周付 on a balance received 04-20: paid (main: 7,000, 72 days, black),
    as 客户说已付清，样品费下周付 was (as main). 客户说下周付佣金和尾款 names the balance: his
    plan, owed (as main)."""
    got = _balances(tmp_path, ["客户说已付清，佣金下周付", "客户说已付清，样品费下周付",
                               "客户说下周付佣金和尾款"])
    assert got == {"客户说已付清，佣金下周付": PAID, "客户说已付清，样品费下周付": PAID,
                   "客户说下周付佣金和尾款": OWED}
