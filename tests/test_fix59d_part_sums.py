"""fix59d (rv58c s232, rv58d s240 C3): a part of the balance said in words, one reader for all.

- 款已到一半, 只到一半, 终于付了一半, 到了60% (a share), 已到账3000 (a figure), 还差2000,
  余款1000未付 (the rest owed), each beside a plan or a chase: that part came, the rest is open
  (core.ledger.part_said), the bank's charge the note names inside it.
- A plan or a chase whose other clause says the deposit was paid (客户已付定金, 已付定金): the
  deposit's money, not the balance's; the balance is owed.
- 没有尾款了 says nothing is left to pay; English "still owes 2000" and "balance not yet paid"
  beside "received 5000" read as 尚欠2000 and 余款未付 do.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row, 定金30%
3,000 paid 03-02 and a 尾款70% row of 7,000 received 04-20 (the clerk's habit of typing the figure
asked); as of 06-30 an unpaid sum is 72 days late, black. Each ledger is imported by both imports
(tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _accounts, _order, _paid
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances


def _late(owed: float) -> tuple[float, int, str]:
    """`owed` open on the balance due 04-19: 72 days late at 06-30, black."""
    return (owed, 72, "black")


def test_a_part_said_beside_a_plan_or_a_chase_leaves_the_rest_open(tmp_path: Path) -> None:
    """Each part: the rest open, 72 days, black (main: 7,000 owed, or 0 for 已到账3000 and the
    fee's 还差500). Controls as main: the rest said come after, a denial of an earlier time
    then paid, the money come, the balance denied, the buyer's word, the balance's own share
    of the order (收到70%), an earlier time's rest, the rest denied or promised after the part
    (rv59a s255)."""
    part = {"客户说4月10日付，之前催了好几次，只到一半": _late(3_500),
            "预计4月15日付款，催了三次终于付了一半": _late(3_500),
            "客户说4月10日付，之前催了好几次，还差2000": _late(2_000),
            "停止催款，款已到一半": _late(3_500), "停止催款，已到账3000": _late(4_000),
            "实收6,985（手续费15），还差500": _late(500), "催款成功，到了60%": _late(2_800)}
    controls = {"到账5000，尚欠2000，4/30已补齐": PAID, "上次尾款还没有，这次一起付清": PAID,
                "停止催款，款已到": PAID, "尾款还没有": OWED, "客户说已付一半，余款下单时付": OWED,
                "收到70%": PAID, "上次尚欠2000，本次到账7000全部结清": PAID,
                "到账5000，尚欠2000，尚未补齐": _late(2_000),
                "到账5000，尚欠2000，余款最迟4/30到": _late(2_000)}
    assert _balances(tmp_path, [*part, *controls]) == {**part, **controls}


def test_the_deposit_said_paid_beside_a_plan_or_a_chase_is_no_balance(tmp_path: Path) -> None:
    """客户已付定金 after a plan and a chase over, 已付定金 after 催款结束: 7,000 open, 72 days,
    black (main: 0). The plan and chase alone, the chase ended with the money come: paid."""
    owed = ["客户说4月10日付，之前催了好几次，客户已付定金", "催款结束，已付定金"]
    paid = ["客户说4月10日付，之前催了好几次", "催款结束，款已到"]
    assert _balances(tmp_path, owed + paid) == {**dict.fromkeys(owed, OWED),
                                                **dict.fromkeys(paid, PAID)}


def test_the_rest_said_beside_a_fee_is_what_stays_open(tmp_path: Path) -> None:
    """A 7,000 order, 定金 2,100, 尾款 3,885 noted 手续费15，余款1000未付: 1,000 open, 72 days,
    black (main: 4,900, the whole balance). 4,885 noted 手续费15: paid, as main."""
    notes = {"Short Co": (3_885, "手续费15，余款1000未付"), "Whole Co": (4_885, "手续费15")}
    rows: list[list[object]] = []
    for i, (name, (received, note)) in enumerate(notes.items()):
        first = _order(f"2025-9{i:02d}", name)
        first[3] = 7_000
        rows += [first, _paid("定金30%", 2_100, date(2025, 3, 2), note="已收"),
                 _paid("尾款", received, date(2025, 4, 20), note=note)]
    assert _accounts(tmp_path, rows, list(notes)) == {"Short Co": _late(1_000),
                                                     "Whole Co": PAID}


def test_nothing_left_and_the_english_twins(tmp_path: Path) -> None:
    """没有尾款了, 已经没有余款了: paid (main: 7,000 owed, black). "received 5000, still owes
    2000" and "received 5000, balance not yet paid": 2,000 open, as 到账5000，尚欠2000 (main: 0
    and 7,000). 没有收到尾款 stays owed."""
    got = _balances(tmp_path, ["没有尾款了", "已经没有余款了", "Received 5000, still owes 2000",
                               "Received USD 5,000, balance not yet paid", "没有收到尾款"])
    assert got == {"没有尾款了": PAID, "已经没有余款了": PAID,
                   "Received 5000, still owes 2000": _late(2_000),
                   "Received USD 5,000, balance not yet paid": _late(2_000), "没有收到尾款": OWED}
