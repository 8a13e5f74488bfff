"""fix64f (rv64c on fix64c's short_granted): a refusal of later or new orders is no withdrawal
of this order's grant, and a grant turning the story at a sentence's end (…后来老板又不同意，最后
还是同意了) is the note's last word of it however far from the figure.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19): 定金30% 3,000 paid 03-02 and
a 尾款70% row received 7,000 on 04-20 noted 客户少付2000… (5,000 came, 2,000 short); as of 06-30
the 2,000 short, if owed, is 72 days late, black. Each ledger is imported by both imports
(tests.test_fast_import._same_import), a real .xlsx into a real SQLite file.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59d_part_sums import _late


def test_a_grant_stands_past_another_order_s_refusal_and_a_turned_last_word(tmp_path: Path
                                                                             ) -> None:
    """Hand count: granted, nothing owed (fix64c: 2,000, 72 days, black) where the later
    refusal is of later or new orders (后来的订单不同意, 新订单不同意, 下个订单不同意少付) or the
    last clause turns to a grant (最后还是同意了, after 说了不同意这样, 后来老板同意了).
    Opposites: the grant withdrawn by the firm (后来老板不同意), turned to a refusal last
    (后来老板又同意，最后还是不同意), the last grant asked (最后还是同意吗？) or of another thing
    (后来运费老板同意了): 2,000 owed, 72 days, black, as fix64c."""
    paid = ["客户少付2000，老板同意了。后来的订单不同意", "客户少付2000，老板同意了。新订单不同意",
            "客户少付2000，老板同意了。下个订单不同意少付",
            "客户少付2000，老板同意了，后来老板又不同意，最后还是同意了",
            "客户少付2000，老板说了不同意这样，后来老板同意了"]
    owed = ["客户少付2000，老板同意了，后来老板不同意", "客户少付2000，老板同意了。后来老板不同意",
            "客户少付2000，老板同意了，后来老板又同意，最后还是不同意",
            "客户少付2000，老板说了不同意这样，最后还是同意吗？",
            "客户少付2000，老板说了不同意这样，后来运费老板同意了"]
    got = _balances(tmp_path, paid + owed)
    assert got == {**dict.fromkeys(paid, PAID), **dict.fromkeys(owed, _late(2_000))}
