"""fix67m: rv67h's review of fix67e mended (issue 11) — a grant's money paid later by 结 or 给
the firm, and a fee the balance includes or with the balance named after the denial.

Real .xlsx ledgers imported into a real SQLite file, the account read as of 2025-06-30; order
10,000, deposit 3,000 paid 03-02, due 04-19.

1. A balance row of 5,000 received 04-20 of 7,000: 客户少付2000，老板同意了，月底结 / 下月结算 /
   月底一起结 / 下次结 / 下周给我们 / 月底结给我们: nothing owed → 2,000, 72 days, black (the
   firm agreed to wait, not to let it go). fix67e's 下周给客户发PI / 报价, 月底汇总报给财务, 下周
   汇报, and 月底结汇 (currency, not paying) the same as before: nothing owed and 2,000 black.
2. A balance row of 7,000 received 04-20: 7000含运费客户还没付 / 尾款含运费客户还没付 / 运费客户
   还没付尾款: nothing owed → 7,000, 72 days, black; the fee alone (运费客户还没付, 代理费客户
   还没付): nothing owed still.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix62f_repeated_cells import PAID as NONE_OWED
from test_fix62f_repeated_cells import _accounts
from test_fix65d_grant_and_typed_plan import SHORT
from test_fix67e_rv67a_mends import _shaped

GRANT = "客户少付2000，老板同意了，"
PAID_LATER = [f"{GRANT}{words}" for words in (
    "月底结", "下月结算", "月底一起结", "下次结", "下周给我们", "月底结给我们")]
# the firm's doing then, not paying: granted, nothing owed
FIRMS_DOING = [f"{GRANT}{words}" for words in (
    "下周给客户发PI", "下周给客户报价", "月底汇总报给财务", "下周汇报", "下周汇率再看")]


def test_grant_paid_later_by_jie_or_to_us(tmp_path: Path) -> None:
    """Hand: 3,000 + 5,000 of 10,000; waited for, 2,000, 72 days, black; granted, nothing."""
    names = PAID_LATER + FIRMS_DOING
    got = _accounts(tmp_path, _shaped("tab", names, 5_000), names)
    assert got == {**dict.fromkeys(PAID_LATER, SHORT), **dict.fromkeys(FIRMS_DOING, NONE_OWED)}


BALANCE_WITH_FEE = ["7000含运费客户还没付", "尾款含运费客户还没付", "运费客户还没付尾款",
                    "货款加运费客户还没付"]
FEE_ALONE = ["运费客户还没付", "代理费客户还没付", "运费500客户还没付"]


def test_fee_included_or_balance_after(tmp_path: Path) -> None:
    """Hand: the balance unpaid, 7,000, 72 days, black; the fee alone, nothing owed."""
    assert _balances(tmp_path, BALANCE_WITH_FEE + FEE_ALONE) == {
        **dict.fromkeys(BALANCE_WITH_FEE, OWED), **dict.fromkeys(FEE_ALONE, PAID)}


# the buyer's side's boss in English: his word, no grant, 2,000, 72 days, black (main: nothing)
THEIR_BOSS = ["short 2000, their boss agreed", "short 2000, his boss agreed",
              "short 2000, their manager has agreed", "short 2000, their finance agreed",
              "客户少付2000，their boss agreed"]
# the firm's: granted, nothing owed
OUR_BOSS = ["short 2000, boss agreed", "short 2000, our boss agreed",
            "short 2000, the manager has agreed"]


def test_their_boss_no_grant(tmp_path: Path) -> None:
    """Hand: the buyer's side consenting lets nothing go, 2,000, 72 days, black."""
    names = THEIR_BOSS + OUR_BOSS
    got = _accounts(tmp_path, _shaped("tab", names, 5_000), names)
    assert got == {**dict.fromkeys(THEIR_BOSS, SHORT), **dict.fromkeys(OUR_BOSS, NONE_OWED)}
