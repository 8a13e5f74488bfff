"""fix64f (rv64c's findings on fix64c): a rest said beside a deduction writing no sum is the
buyer's rest owed only where it is this order's and unpaid — not said come after it, denied,
asked or an earlier lot's; then its figure is the deduction's sum, as before fix64c.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19): 定金30% 3,000 paid 03-02 and
a 尾款70% row received 5,000 on 04-20, noted; as of 06-30 an unpaid sum is 72 days late, black.
Each ledger is imported by both imports (tests.test_fast_import._same_import), a real .xlsx into
a real SQLite file.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late


def test_a_rest_said_paid_denied_or_asked_beside_a_deduction_is_its_sum(tmp_path: Path) -> None:
    """Hand count: 5,000 came of the 7,000 balance, the note's 2,000 the commission taken (the
    rest it names said come after it: 已收到, 已于5月付清, 5月已付, （已补）; denied: 没有, 不是;
    asked: 是否, and since fix65c 尚欠2000？ — rv64d s4a, the question unanswered): nothing open
    (fix64c: 2,000, 72 days, black). Opposites: the rest owed and unpaid (尚欠2000, 还差2000,
    尚欠2000，还没付, 客户说下周付), or its payment only promised (尚欠2000，说好5月付): 2,000, 72
    days, black, as fix64c."""
    paid = ["佣金已扣，尚欠2000已收到", "佣金已扣，尚欠2000，已于5月付清",
            "佣金已扣，尚欠2000，5月已付", "佣金已扣，尚欠2000（已补）",
            "佣金已扣，没有尚欠2000", "佣金已扣，不是尚欠2000",
            "佣金已扣，是否尚欠2000？", "佣金已扣，还差2000，已补齐", "佣金已扣，尚欠2000？"]
    owed = ["佣金已扣，尚欠2000", "佣金已扣，还差2000", "佣金已扣，尚欠2000，还没付",
            "佣金已扣，尚欠2000，客户说下周付",
            "佣金已扣，尚欠2000，说好5月付",
            "佣金已扣，尚欠2000，未付清"]
    got = _balances(tmp_path, paid + owed, 5_000)
    assert got == {**dict.fromkeys(paid, PAID), **dict.fromkeys(owed, _late(2_000))}
