"""fix64f (rv64c on fix64b's buyer_word.on_its_way): the buyer's payment said on its way is not
in — unless the note denies it on its way (不是钱在路上: it came) or says the wire on its way is
another one (银行说下周到的是另一笔).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19): 定金30% 3,000 paid 03-02 and
a 尾款70% row received 7,000 on 04-20, noted; as of 06-30 the 7,000, if not in, is 72 days
late, black. Each ledger is imported by both imports (tests.test_fast_import._same_import), a
real .xlsx into a real SQLite file.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late


def test_money_on_its_way_denied_or_another_wire_s_is_in(tmp_path: Path) -> None:
    """Hand count: the 7,000 received, nothing owed (fix64b: 7,000, 72 days, black) where the
    money on its way is denied (不是钱在路上, 并非钱在路上) or another wire's
    (银行说下周到的是另一笔, 钱在路上的是另外一笔). Opposites: this money on its way (钱已在路上,
    银行说下周到, 银行说钱下周到) or denied another's (钱还在路上，不是另一笔): 7,000 owed, 72
    days, black, as fix64b."""
    paid = ["客户已付，不是钱在路上", "客户已付，并非钱在路上", "客户已付，银行说下周到的是另一笔",
            "客户已付，钱在路上的是另外一笔"]
    owed = ["客户已付，钱已在路上", "客户已付，银行说下周到", "客户已付，银行说钱下周到",
            "客户已付，钱还在路上，不是另一笔"]
    got = _balances(tmp_path, paid + owed)
    assert got == {**dict.fromkeys(paid, PAID), **dict.fromkeys(owed, _late(7_000))}
