"""fix57g (rv57a s201, s205): the last pass's readings of a balance row's note mended.

- A question of money come answered after it (款到了吗？到了, 到账?已确认) is money come; a
  question alone, or answered no (款到了吗？还没), stays owed.
- A chase ended (不需要催款了, 催款成功, 催款完毕, 停止催款) undoes no day past; 之前 ends a
  chase only dating the chase itself (之前答应的款还在催款中 is owed), and an earlier order's
  money come (催款中，之前的单已付) is not this row's.
- 款到了没, 款到了没有, 是否到账 ask, as 款到了吗 does: owed.
- A thing after the money the buyer's 给 names (客户说下周给新的美金账户, 月底给人民币报价) is
  what he gives: paid.
- 实收 reads alike whether the money came and how much: a colon, 金额, 金额为, 款, 实际收到.

The ledger of test_fix56b_balance_clause_ours_part: a 10,000 USD order shipped 03-20, OA 30,
定金 3,000 paid 03-02, its 尾款70% row 7,000 received 04-20 with the note; at 06-30 an unpaid
balance is 72 days late, black. Each ledger is imported by both imports.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED
from test_fix56k_narrow_fix56b import _read


def test_a_question_answered_after_it_is_paid(tmp_path: Path) -> None:
    """The clerk's answer after the question: nothing open (main: 7,000, 72 days, black). Asked
    alone or answered no: owed, as main."""
    paid = ["款到了吗？到了", "到账?已确认", "已到账吗？是的", "客户问款到了吗？财务说到了",
            "钱到了吗？4/20到了", "款到了吗？已到", "尾款收到了吗？收到了"]
    owed = ["款到了吗？还没", "款到了吗？", "款到了吗？待确认", "款到了吗？到了再说"]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))


def test_a_chase_ended_undoes_no_day_past(tmp_path: Path) -> None:
    """A forecast day past then the chase ended: nothing open (main: 7,000, 72 days, black).
    Still chased, a chase failed, or an earlier order paid: owed (main: 0 for 之前答应…,
    之前的单已付)."""
    plan = "预计付款4月18日到账，"
    paid = [plan + ending for ending in ("财务说不需要催款了", "催款成功", "催款完毕", "停止催款",
                                          "之前催了好几次", "别催了")]
    owed = [plan + ending for ending in ("之前答应的款还在催款中", "催款中，之前的单已付",
                                          "催款未成功", "仍在催款")]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))


def test_one_shishou_for_came_and_how_much(tmp_path: Path) -> None:
    """实收：USD 3,000，余款未付 (main: 7,000 open), 实收金额为3000, 实收款3000, 实际收到3000
    (main: 0): 4,000 open, 72 days, black. 应收7,000，实收：7,000: nothing open (main: 7,000)."""
    part = (4_000, 72, "black")
    paid = ["应收7,000，实收：7,000", "实收：7,000", "实收：3,000+4,000"]
    owed = {note: part for note in ("实收：USD 3,000，余款未付", "实收金额为3000", "实收款3000",
                                    "实际收到3000", "实收：3000")}
    _read(tmp_path, paid, owed)


def test_questions_without_ma_are_asked(tmp_path: Path) -> None:
    """款到了没, 款到了没有, 是否到账, 款到账没有: 7,000 open, 72 days, black (main: 0). Answered,
    or the money said come before the question: nothing open, as main."""
    owed = ["款到了没", "款到了没有", "是否到账", "款到账没有"]
    paid = ["是否到账？是的", "已到账，客户问是否收到", "钱收到了没？收到了"]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))


def test_a_thing_after_the_money_he_gives_is_a_thing(tmp_path: Path) -> None:
    """客户说下周给新的美金账户, 月底给人民币报价, 下周给金额确认, 下周给美金发票: nothing open
    (main: 7,000, 72 days, black). Money named last or alone stays owed, as main."""
    paid = ["客户说下周给新的美金账户", "客户说月底给人民币报价", "客户说下周给金额确认",
            "客户说下周给美金发票", "下周给美金发票", "客户说样品下周给"]
    owed = ["客户说下周给美金", "客户说下周给样品和货款", "客户说下周给，美金",
            "客户说下周给我们打美金", "客户说下周给PI上的款", "客户说下周给发票和货款",
            "客户说下周给货款和样品", "客户说下周给美金的余款"]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))
