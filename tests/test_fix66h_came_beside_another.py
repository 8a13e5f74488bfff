"""fix66h: rv66b's review of fix66c — good buyers put on the black list, mended.

Balance rows: orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000
received 03-02, the 尾款70% row 7,000 received 04-20 with the note (or no date: the note alone
says whether it came). Hand: a clause saying this money came, whatever other order or wire it
names beside it, leaves the row paid, nothing owed; a note saying only another's came (另一单已
收) beside this one still asked, or this money still coming, leaves the 7,000 owed since 04-19:
72 days on 06-30 (11 + 31 + 30), black (over 60 days, the order under 20k).

Good buyers blacklisted (main: 7,000, 72 days, black) → nothing owed:
- a clause saying this money came thrown out for naming another order or wire too (another's
  word before it, 另一单和尾款已收, 收到另一单及尾款, 下批定金和尾款已到账; an amount or a joining
  word between, 尾款7000和另一单3000已收, 尾款+另一单货款已到账, 4/20连同另一单一起收到; another's
  word after it with words of its own, 4/20已到账另一笔还在路上, 尾款已收另一单下周付; the verb
  下单 read as another order, 4/20到账后客户又下单; 别的 of a fee read as another wire, 没有别的
  费用): payment_row_money._others_came judges another's word before the came word or as its
  object, and none where the clause names this money (尾款, 本单, 这笔, the row's payment);
- a bare day after his paid word naming a place or goods (客户已付，下周到目的港, 明天到仓库, 大
  概下周到齐, 下周到，不是钱是货): money_on_way reads it only where 到 ends its clause or 账 / 款
  follows;
- the slip's day read as a bill's maturity (客户已付(提前)，银行水单到期日5/19).
Bad payers missed (main: nothing owed) → 7,000, 72 days, black: two other orders joined (尾款未
收，另一单和新订单都已收), a bill's term in days (客户已承兑，90天到期), an English maturity day
("D/A accepted, maturity 6/30"), 预计 before the bare day (客户已付，预计下周到).
Kept as main: only another's came (尾款未收，另一单已收; 客户已付，钱在路上，另一笔已到; 客户说下周
付，另一单已付), its own money named (另一单的尾款已收, 下单定金已收), the money on its way
(客户已付，大概下周到).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _accounts, _order, _paid
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix59j_balance_paid_beside_put_off import _undated
from test_fix65h_way_named import typed_ways

# 7,000, 72 days, black (main) → nothing owed: this money came beside another's word
CAME_BESIDE = ["客户说下周付，另一单和尾款已收", "客户说下周付，另一单、尾款均已收",
               "客户说下周付，收到另一单及尾款", "客户说下周付，下批定金和尾款已到账",
               "客户说下周付，4/20收到下单定金及尾款", "客户说下周付，尾款7000和另一单3000已收",
               "客户说下周付，尾款+另一单货款已到账", "客户说下周付，尾款同另一单一同到账",
               "客户说下周付，4/20到账后客户又下单", "客户说下周付，4/20已收到并已下新单",
               "客户说下周付，4/20已到账明年继续合作", "客户说下周付，4/20已收全款新款下月下单",
               "客户说下周付，4/20全款到账没有别的费用", "客户说下周付，4/20全额到账无别的扣费",
               "客户说下周付，尾款已收另一单下周付", "客户说下周付，4/20已到账另一笔还在路上",
               "客户说下周付，另一笔和尾款已到", "客户说下周付，尾款已到账其他订单未付",
               "催款中，4/20已收另一单和尾款", "尾款未收到，另一单和尾款4/20已收",
               "客户已付，钱在路上，4/20另一单和尾款已到账",
               "客户已付，钱在路上，4/20与另一单一并到账", "客户说下周付，4/20连同另一单一起收到"]
# 7,000, 72 days, black (as main; 另一单和新订单都已收 nothing owed on main): only another's
# money come, or the other's own money named
ANOTHERS_ONLY = ["尾款未收，另一单已收", "客户已付，钱在路上，另一笔已到",
                 "客户说下周付，另一单已付", "尾款未收，另一单4/20已收",
                 "客户说下周付，别的订单已收",
                 "客户说下周付，另一单和新订单已收", "尾款未收，另一单和新订单都已收",
                 "尾款未收，4/20已收另一单", "尾款未收，已收到另一笔",
                 "客户说下周付，另一单的尾款已收", "客户说下周付，新订单定金已收",
                 "客户说下周付，下单定金已收", "尾款未收，客户又下单了",
                 "客户说下周付，4/20没到账，客户又下单了", "客户说下周付，另一笔全额到账"]


def test_this_money_came_beside_another_order_or_wire(tmp_path: Path) -> None:
    """Each came beside another's word: nothing owed (main: 7,000, 72 days, black); each
    of another's money alone, or this still asked: 7,000, 72 days, black (尾款未收，另一单和新订单
    都已收 was nothing owed on main; the rest as main)."""
    assert _balances(tmp_path, [*CAME_BESIDE, *ANOTHERS_ONLY]) == {
        **dict.fromkeys(CAME_BESIDE, PAID), **dict.fromkeys(ANOTHERS_ONLY, OWED)}


# the bare day after his paid word: a place or goods (nothing owed; main 7,000, 72, black) or
# the money (7,000, 72 days, black, as main; 预计下周到 nothing owed on main)
BARE_PAID = ["客户已付，下周到目的港", "客户已付，下周到厂验货", "客户已付，下周到工厂验货",
             "客户已付，下周到上海看样", "客户已付，明天到仓库", "客户已付，大概下周到齐",
             "客户已付，下周到，不是钱是货", "客户已付，大概下周到，4/20已到账"]
BARE_OWED = ["客户已付，大概下周到", "客户已付，下周到", "客户已付，明天到吧",
             "客户已付，可能月底到", "客户已付，估计下周到账", "客户已付，下周到款",
             "客户已付，预计下周到",
             "客户已付，下周到，不是货是钱", "客户已付，银行说下周到"]
# bills: the slip's day no maturity (nothing owed; main 7,000, 72, black); a term in days, an
# English maturity day or "accepted the draft" (7,000, 72 days, black; main nothing owed);
# matured by the row's day, received, or the firm's own (nothing owed, as main)
BILL_PAID = ["客户已付(提前)，银行水单到期日5/19", "客户已付，水单到期日5/19",
             "客户已承兑，90天到期，已收", "我司已承兑，90天到期", "D/A accepted, maturity 4/10"]
BILL_OWED = ["客户已承兑，90天到期", "D/A accepted, maturity 6/30",
             "buyer accepted the draft, matures in 30 days", "客户已付，银行说到期日5/19"]


def test_a_bare_day_and_a_bill(tmp_path: Path) -> None:
    """Hand counts as above, each on a balance of its own."""
    paid, owed = [*BARE_PAID, *BILL_PAID], [*BARE_OWED, *BILL_OWED]
    assert _balances(tmp_path, [*paid, *owed]) == {
        **dict.fromkeys(paid, PAID), **dict.fromkeys(owed, OWED)}


UNDATED_PAID = ["另一单和尾款已收", "尾款7000和另一单3000已收", "收到另一单及尾款",
                "4/20到账后客户又下单", "已到账另一笔还在路上", "尾款已收另一单下周付",
                "4/20全款到账没有别的费用", "新订单定金和尾款已收，下批下周发"]
UNDATED_OWED = ["尾款未收，另一单已收", "另一单已收", "另一单和新订单都已收", "已收另一单",
                "另一单的尾款已收"]


def test_an_undated_balance_by_its_note_alone(tmp_path: Path) -> None:
    """The 尾款 row's 7,000 with no date: its note saying this money came, whatever other order
    it names, is received (nothing owed; main 7,000, 72 days, black); one saying only
    another's came is a note, the 7,000 owed since 04-19, 72 days, black (as main)."""
    assert _undated(tmp_path, [*UNDATED_PAID, *UNDATED_OWED]) == {
        **dict.fromkeys(UNDATED_PAID, PAID), **dict.fromkeys(UNDATED_OWED, OWED)}


def test_a_deposit_row_names_its_own_payment(tmp_path: Path) -> None:
    """The 定金 row's note (3,000 received 03-02; the balance 7,000 received 04-20 noted 已收):
    the deposit named beside another order (另一单和定金已收) is this row's money come, nothing
    owed (main: 3,000 owed since 04-19, 72 days, black); the other order's own deposit (另一单
    的定金已收, 新订单定金已收) leaves this one asked: 3,000, 72 days, black (as main)."""
    paid = ["客户说下周付，另一单和定金已收", "客户说下周付，收到另一单及定金"]
    owed = ["客户说下周付，另一单的定金已收", "客户说下周付，新订单定金已收"]
    names = [f"D{i:02d} {note}" for i, note in enumerate([*paid, *owed])]
    rows: list[list[object]] = []
    for i, (name, note) in enumerate(zip(names, [*paid, *owed], strict=True)):
        rows += [_order(f"2025-6{i:02d}", name),
                 _paid("定金30%", 3_000, date(2025, 3, 2), note=note),
                 _paid("尾款70%", 7_000, date(2025, 4, 20), note="已收")]
    got = {name[4:]: seen for name, seen in _accounts(tmp_path, rows, names).items()}
    assert got == {**dict.fromkeys(paid, PAID), **dict.fromkeys(owed, (3_000, 72, "black"))}


TYPED_PAID = ["客户说下周付，另一单和尾款已收", "客户说下周付，4/20到账后客户又下单",
              "客户说下周付，4/20已到账另一笔还在路上", "客户已付，下周到目的港",
              "客户已付(提前)，银行水单到期日5/19"]
TYPED_OWED = ["尾款未收，另一单已收", "客户已付，钱在路上，另一笔已到",
              "尾款未收，另一单和新订单都已收", "客户已付，大概下周到", "客户已承兑，90天到期"]


def test_a_typed_balance_reads_them_as_the_blank_buyer_row(tmp_path: Path) -> None:
    """The same hand counts on a balance row typing its order's number and buyer, on the
    order's tab and in April's file (fix65d)."""
    got, hand = typed_ways(tmp_path, TYPED_OWED, TYPED_PAID)
    assert got == hand
