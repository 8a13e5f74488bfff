"""fix56m (rv56f s160, s161, s164, s166): three readings of a balance row's note.

- 实收 with a colon or 金额 (实收：4000, 实收金额4000) is 实收: this row's part, 3,000 open; 预付
  in a payer's name (经预付通实收4000) is no earlier payment.
- The buyer's 给 of money named in other words (下周给美金, 给1000美元, 给USD, 给样品和货款) is a
  payment to come, owed; 给 of a thing (样品下周给) stays no payment.
- A question (款到了吗？) says nothing came: owed.

The ledger of test_fix56b_balance_clause_ours_part: a 10,000 USD order shipped 03-20, OA 30,
定金 3,000 paid 03-02, its 尾款70% row 7,000 received 04-20 with the note; at 06-30 an unpaid
balance is 72 days late, black. Each ledger is imported by both imports.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances

PART = (3_000, 72, "black")


def _read(tmp_path: Path, paid: list[str], owed: dict[str, tuple[float, int, str | None]]
          ) -> None:
    got = _balances(tmp_path, paid + list(owed))
    assert got == {**dict.fromkeys(paid, PAID), **owed}


def test_got_with_a_colon_or_amount_is_the_rows_part(tmp_path: Path) -> None:
    """实收:4000, 实收：4000, 实收金额4000, 实收金额：4000, 经预付通实收4000: 3,000 open, 72 days,
    black, as 实收4000 (main: nothing open). The deposit's 实收 stays no part."""
    owed = dict.fromkeys(["实收:4000", "实收：4000", "实收金额4000", "实收金额：4000",
                          "经预付通实收4000", "实收4000"], PART)
    _read(tmp_path, ["定金实收3000", "首付实收3000", "预付实收3000"], owed)


def test_given_money_in_other_words_is_to_come(tmp_path: Path) -> None:
    """客户说下周给美金 / 给1000美元 / 给USD / 给样品和货款 / 给PI上的款: 7,000 owed, 72 days,
    black (main: paid). 给 of a thing, or given already, stays paid."""
    owed = ["客户说下周给美金", "客户说下周给1000美元", "客户说下周给USD", "客户说下周给样品和货款",
            "客户说下周给PI上的款", "客户说月底给清"]
    paid = ["客户说样品下周给", "客户说唛头下周给", "客户说反馈下周给", "客户说已给", "已给",
            "客户说给的金额不对"]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))


def test_a_question_says_nothing_came(tmp_path: Path) -> None:
    """款到了吗？, 钱到了吗, 款到账了? : 7,000 owed, 72 days, black (main: paid). 款到了 stays
    paid."""
    owed = ["款到了吗？", "钱到了吗", "款到账了?"]
    paid = ["款到了", "客户说钱到了再发货", "货到了吗？", "款到了吗？已收"]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))
