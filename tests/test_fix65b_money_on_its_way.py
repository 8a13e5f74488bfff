"""fix65b: rv64d s4c's findings on buyer_word.on_its_way (the buyer's money said on its way).

Balance rows: orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000
received 03-02, the 尾款70% row 7,000 received 04-20 with the note. Hand: a note saying the
buyer paid and the money is on its way (not in) was written before the money came: the 7,000
owed since 04-19, 72 days on 06-30, black; the money said in, or the words of goods, papers or
another wire, leave the row paid, nothing owed.

Older misses, nothing owed → 7,000, 72 days, black:
- a clause naming nothing before its 在路上 (钱不是已到，在路上; 客户已付，在路上; 这笔也在路上
  after another order's money named): of the money or his paying named the clause before, or of
  this sum (这笔) — not of goods or papers (货已发，在路上; 提单已寄，在路上), nor of another's
  money (另一笔订单的钱，在路上), a refund's or a fee's (退款已付，在路上);
- the bank's word running on to the next clause (银行说另一笔已到，这笔下周到 / ，下周到): not to
  goods (银行说钱已到，货下周到) nor to a port (下周到港);
- asked (是不是钱在路上？, 钱是不是在路上？): not known in, no denial (不是在路上 stays paid).
And the other way, 7,000, 72 days, black → nothing owed: the bank telling of another wire
coming (银行说另一笔下周到), as 银行说下周到的是另一笔 already was; this one named too
(…，这笔也下周到) stays owed.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances

# nothing owed → 7,000, 72 days, black
NEWLY_OWED = ["客户已付，银行说另一笔已到，这笔下周到", "客户已付，钱不是已到，在路上",
              "客户已付，银行说下周到的是另一笔订单的钱，这笔也在路上",
              "客户已付，是不是钱在路上？",
              "客户已付，钱是不是在路上？", "客户已付，在路上", "客户已付，这笔也在路上",
              "客户已付，银行说另一笔已到，下周到"]
# 7,000, 72 days, black as main
STILL_OWED = ["客户已付，钱在路上", "客户已付，钱还在路上，不是另一笔", "客户已付，钱是否在路上",
              "客户已付，银行说另一笔下周到，这笔也下周到",
              "客户已付，银行说另一笔已到，这笔下周到账"]
# 7,000, 72 days, black → nothing owed
NEWLY_PAID = ["客户已付，银行说另一笔下周到"]
# nothing owed as main: denied, in, goods, papers, another's, a refund's, a fee's
STILL_PAID = ["客户已付，不是钱在路上", "客户已付，但是不是钱在路上", "客户已付，不是在路上",
              "客户已付，钱不是在路上，已到",
              "客户已付，在路上，已到账", "客户已付，钱在路上，已到账", "客户已付，货已发，在路上",
              "客户已付，货在路上", "客户已付，这笔货在路上", "客户已付，提单已寄，在路上",
              "客户已付，另一笔订单的钱，在路上", "客户已付，退款已付，在路上",
              "客户已付，样品费已付，在路上", "客户已付，银行说这笔已到，另一笔下周到",
              "客户已付，银行说钱已到，货下周到", "客户已付，银行说已到账，下周到港",
              "客户已付，银行说下周到的是另一笔",
              "客户已付，银行说下周到的是另一笔订单的钱，这笔已到",
              "客户已付，银行说另一笔已到，这笔也已到"]


def test_money_on_its_way_whatever_names_it(tmp_path: Path) -> None:
    """Each on its way: 7,000 owed, 72 days, black (main: the first eight nothing owed); each
    in, or of goods, papers or another wire: nothing owed (main: 银行说另一笔下周到 7,000,
    black)."""
    owed, paid = [*NEWLY_OWED, *STILL_OWED], [*NEWLY_PAID, *STILL_PAID]
    assert _balances(tmp_path, [*owed, *paid]) == {**dict.fromkeys(owed, OWED),
                                                  **dict.fromkeys(paid, PAID)}
