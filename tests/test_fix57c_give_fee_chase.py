"""fix57c (rv56f s160, s164; rv56c s132): a clerk's plan notes on a balance row.

- 给 of money at a time to come written without the buyer's word (下周给美金, 月底给钱,
  下周给货款) is his plan in the clerk's shorthand: owed. Given already (已给, 给了, 3/25已给),
  a bare 下周给, 给 to the buyer or what we pay stay paid.
- A fee the buyer gives (客户说下周给样品费, 运费, 模具费, 佣金) is money, but not this
  balance's (fix65k, rv65c s9: a fee planned is no plan of the 7,000 received): paid; so is
  样品 alone, a thing (客户说样品下周给). A fee with the balance (客户说下周给运费和货款) is his
  plan of it: owed.
- A chase sent (已给客户发了催款函) and the buyer's word of the factory's money
  (客户说给工厂的款下周付) say nothing came: owed.

The ledger of test_fix56b_balance_clause_ours_part: a 10,000 USD order shipped 03-20, OA 30,
定金 3,000 paid 03-02, its 尾款70% row 7,000 received 04-20 with the note; at 06-30 an unpaid
balance is 72 days late, black. Each ledger is imported by both imports.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances


def _read(tmp_path: Path, paid: list[str], owed: list[str]) -> None:
    got = _balances(tmp_path, paid + owed)
    assert got == {**dict.fromkeys(paid, PAID), **dict.fromkeys(owed, OWED)}


def test_money_given_later_without_his_word_is_owed(tmp_path: Path) -> None:
    """下周给美金, 月底给钱, 下周给货款, 下周给余款, 钱下周给, 明天给USD, and so before his word
    of something else: 7,000 owed, 72 days, black (main: paid). Given already, bare, to the
    buyer, our salesman or the factory, of a new order, or said came: paid."""
    owed = ["下周给美金", "月底给钱", "下周给货款", "下周给余款", "钱下周给", "明天给USD",
            "月底给钱，客户说已收到货"]
    paid = ["已给", "客户已给", "给了", "3/25已给", "下周给", "下周给客户退款", "下周给工厂货款",
            "月底给钱，4月20日已收", "月底给业务员发佣金", "下个月给新订单的款"]
    _read(tmp_path, paid, owed)


def test_a_fee_given_later_is_not_the_balance(tmp_path: Path) -> None:
    """客户说下周给样品费 / 运费 / 模具费 / 佣金, 客户说样品费下周给: paid (fix57c read them 7,000
    owed, 72 days, black; fix65k: the fee is other money than the 7,000 received, rv65c s9).
    样品 alone is a thing, and a fee after his paid word is another's money: paid. A fee with
    the balance or the goods' money is his plan of it: 7,000, 72 days, black."""
    paid = ["客户说下周给样品费", "客户说下周给运费", "客户说下周给模具费", "客户说下周给佣金",
            "客户说样品费下周给", "客户说样品下周给", "客户说下周给样品",
            "客户说已付清，样品费下周给"]
    owed = ["客户说下周给运费和货款", "客户说下周给佣金和尾款"]
    _read(tmp_path, paid, owed)


def test_a_chase_sent_or_the_factorys_money_is_owed(tmp_path: Path) -> None:
    """已给客户发了催款函, 客户说给工厂的款下周付: 7,000 owed, 72 days, black (as on main: a
    guard; the chase is no money, nor is the factory's). After his paid word, 下周给工厂钱 is
    what we pay: paid (main: owed)."""
    _read(tmp_path, ["客户说已付款，下周给工厂钱"],
          ["已给客户发了催款函", "客户说给工厂的款下周付", "已发催款函"])
