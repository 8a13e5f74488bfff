"""fix66c: rv65d s4, s5 — money on its way and a bill not matured, read right.

Balance rows: orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000
received 03-02, the 尾款70% row 7,000 received 04-20 with the note. Hand: a note saying this
money is still on its way, expected, or a bill of it accepted and not matured (a usance bill,
D/A) was written before the money came: the 7,000 owed since 04-19, 72 days on 06-30 (11 + 31
+ 30), black (over 60 days, the order under 20k). The money said in, or the words of another
wire, another order, goods, a refund, the credit itself or the firm's own bill leave the row
paid, nothing owed.

Bad payers missed, nothing owed (main) → 7,000, 72 days, black:
- another wire said come beside this one on its way (客户已付，钱在路上，另一笔已到; 另一笔已到，
  这笔还在路上): 另一笔已到 read as this money come; another order's too (另一单已到, 尾款未收，
  另一单已收: payment_row_money._kept now drops a clause of another order or wire);
- this sum joined with another on the way (这笔和另一笔都在路上): read as another's;
- a bare day after his paid word (客户已付，大概下周到, 客户已付，下周到): read as goods;
- a bill accepted, maturing later (客户已承兑，下周到期; 已承兑，到期日6/30; 远期信用证，银行已承
  兑，下周到期付款; 客户已付，银行说下周到期 — the lead's call on fix65h's reading; "D/A
  accepted, matures next week"): 到期 read as no arrival, the money in.
Good buyers kept paid (as main): the money come beside another on its way (钱已到，另一笔在路
上; 另一笔在路上，这笔已到), the bank saying it came (银行说已到, 问银行钱到了没，银行说到了 /
银行说是), matured and received (已承兑，已到期收汇; 承兑到期已收; 上月到期，已收; "matured and
received"), withdrawn (钱已到（原说在路上）), matured on or before the row's day (到期日4/10),
another payment, order or wire's bill (定金已承兑…, 另一单已承兑…, 另一笔下周到期), a refund's,
the credit's expiry (信用证下周到期), the firm's own bill (我司已承兑, 已承兑工厂的汇票), goods or
a port (货大概下周到, 大概下周到港), a fee (客户已付运费，大概下周到).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix65h_way_named import typed_ways

# nothing owed (main) → 7,000, 72 days, black
ON_ITS_WAY = ["客户已付，钱在路上，另一笔已到", "客户已付，另一笔已到，这笔还在路上",
              "客户已付，这笔和另一笔都在路上", "客户已付，另一笔和这笔都在路上",
              "客户已付，大概下周到", "客户已付，下周到", "客户已付，钱在路上，另一单已到",
              "客户已付，钱在路上，另一单的钱已到"]
NOT_MATURED = ["客户已付，银行说下周到期", "客户已承兑，下周到期", "客户已承兑，银行说下周到期",
               "已承兑，到期日6/30", "已承兑，6月30日到期", "客户已承兑，到期日为2025-06-30",
               "客户已承兑，30天后到期", "D/A 90天，客户已承兑，下周到期",
               "远期信用证，银行已承兑，下周到期付款", "客户已付，汇票下周到期",
               "我们的客户已承兑，下周到期", "客户已付，银行说下周到期，不是另一笔",
               "D/A accepted, matures next week"]
ANOTHERS_CAME = ["尾款未收，另一单已收", "尾款还没到，下批货款已到", "客户说下周付，另一单已付",
                 "尾款未收，其他订单已收"]
# nothing owed, as main
STILL_PAID = ["客户已付，钱已到，另一笔在路上", "客户已付，另一笔在路上，这笔已到",
              "客户已付，银行说已到", "客户已付，问银行钱到了没，银行说到了",
              "客户已付，问银行钱到了没，银行说是", "已承兑，已到期收汇", "承兑到期已收",
              "上月到期，已收", "客户已付，钱已到（原说在路上）", "已承兑，到期日4/10",
              "已承兑，上月到期", "客户已付，银行说已到账，下周到期", "客户已承兑，下周到期，已收",
              "原说已承兑，下周到期，现已到账", "客户已承兑，不是下周到期，已到",
              "定金已承兑，下周到期", "另一单已承兑，下周到期", "客户已承兑，另一笔下周到期",
              "客户已付，银行说下周到期的是另一笔", "已承兑，退款下周到期",
              "客户已付，信用证下周到期", "我司已承兑，下周到期", "已承兑工厂的汇票，下周到期",
              "客户已付，货大概下周到", "客户已付，大概下周到港", "客户已付运费，大概下周到",
              "客户已付，另一笔大概下周到", "客户已付，另一笔和这笔都已到", "客户已付，另一笔已到",
              "另一单和这单都已收", "尾款已收，另一单还没收", "另一单已收，本单也已收",
              "客户说下周付，尾款和另一单已收", "客户说下周付，尾款及另一单货款已到账",
              "客户说下周付，这笔和另一笔已到",
              "customer paid, matured and received",
              "customer paid, received, another payment on the way"]


def test_money_not_in_on_a_balance_row(tmp_path: Path) -> None:
    """Each on its way, not matured or only another's come: 7,000 owed, 72 days, black (main:
    nothing owed); each opposite: nothing owed (as main)."""
    owed = [*ON_ITS_WAY, *NOT_MATURED, *ANOTHERS_CAME]
    assert _balances(tmp_path, [*owed, *STILL_PAID]) == {
        **dict.fromkeys(owed, OWED), **dict.fromkeys(STILL_PAID, PAID)}


# the typed row (its order's number and buyer typed again) reads its note as the blank-buyer
# row does (fix65d): on the order's tab (T) and in a later file (F)
TYPED_OWED = ["客户已付，钱在路上，另一笔已到", "客户已付，这笔和另一笔都在路上",
              "客户已付，大概下周到", "客户已付，银行说下周到期", "客户已承兑，下周到期",
              "已承兑，到期日6/30", "D/A accepted, matures next week"]
TYPED_PAID = ["客户已付，钱已到，另一笔在路上", "客户已付，另一笔在路上，这笔已到",
              "客户已付，问银行钱到了没，银行说是", "已承兑，已到期收汇", "承兑到期已收",
              "上月到期，已收", "客户已付，钱已到（原说在路上）", "我司已承兑，下周到期",
              "customer paid, matured and received"]


def test_a_typed_balance_reads_them_as_the_blank_buyer_row(tmp_path: Path) -> None:
    """Hand count as above on a balance row typing its order's number and buyer (7,000
    received 04-20), on the order's tab and in April's file: not in 7,000 owed, 72 days,
    black (main: nothing owed); the opposites nothing owed (as main)."""
    got, hand = typed_ways(tmp_path, TYPED_OWED, TYPED_PAID)
    assert got == hand
