"""fix66h: the words narrowed or widened, in every reader that reads them.

Balance rows as in test_fix66h_came_beside_another (10,000 USD order, due 04-19; 定金 3,000
paid 03-02; 尾款 7,000 received 04-20 with the note; owed unpaid: 72 days on 06-30, black).

- came_words.ANOTHER_ORDER no longer takes a bare 下单 / 下订单 (the verb, an order placed);
  the next order only as its money's owner (下单定金): a rest's coming after it
  (rest_came._elsewhere: 还差2000，客户下单后4/25已付) is this rest paid, 2,000, 72 days, black
  → nothing owed; 下单定金4/25已付 another order's, 2,000 owed (as main); on its way (money_on_way
  ._elsewhere: 下订单的货款在路上, 下批货款在路上) another order's, nothing owed (as main); a came
  clause placing an order (客户下单后4/20已收) paid, one naming another's come after it (尾款未
  收，客户下单后另一单已收) owed (as main).
- money_on_way's 别的 (another wire) not of a fee: 客户已付，钱在路上没有别的费用 this money on its
  way, nothing owed → 7,000, 72 days, black; 别的已到, 下周到的是别的 still another wire's.
- 预计 a word of how sure before a bare day or 在路上 (客户已付，预计在路上: nothing → 7,000 black),
  not goods or a port (货预计下周到, 预计下周到港: nothing owed, as main).
- A bill's term in days (90天到期) not of the credit nor another order's (信用证90天到期, 另一单
  已承兑，90天到期: nothing owed, as main); "accepted the draft" the buyer's only (not "we", nor
  "has not": nothing owed, as main); the slip (水单) beside a maturity not in its clause keeps
  the maturity (客户已承兑，到期日6/30，水单已收: 7,000 black, as main); the clause after a bare
  day denying money (下周到，不是钱: 7,000 black → nothing owed).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances

REST = (2_000, 72, "black")
CASES = {"还差2000，客户下单后4/25已付": PAID, "还差2000，下单定金4/25已付": REST,
         "客户已付，下订单的货款在路上": PAID, "客户已付，下批货款在路上": PAID,
         "客户下单后4/20已收": PAID, "尾款未收，客户下单后另一单已收": OWED,
         "客户已付，钱在路上没有别的费用": OWED, "客户已付，钱在路上，别的已到": OWED,
         "客户已付，银行说下周到的是别的": PAID,
         "客户已付，预计在路上": OWED, "客户已付，货预计下周到": PAID,
         "客户已付，预计下周到港": PAID,
         "客户已付，信用证90天到期": PAID, "另一单已承兑，90天到期": PAID,
         "buyer has not accepted the draft, matures in 30 days": PAID,
         "we accepted the draft, matures in 30 days": PAID,
         "客户已承兑，到期日6/30，水单已收": OWED, "客户已付，下周到，不是钱": PAID,
         "尾款未收，另一单也都收了": OWED}


def test_each_word_where_it_is_read(tmp_path: Path) -> None:
    """Each note's hand count as the module docstring gives it."""
    assert _balances(tmp_path, list(CASES)) == CASES
