"""fix66f (3): talks beside a deduction whose claim words another order owns
(扣款500，另一单的索赔在谈, 其他订单质量问题在谈; an earlier lot's not since fix66j) are that
order's talks: the deduction taken. fix65i read any claim word (索赔, 扣, 质量) in the talks
as this deduction's.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19): 定金30% 3,000 paid 03-02 and a
尾款70% row received 6,500 on 04-20 with the note. Hand count as of 06-30: a deduction taken
leaves 10,000 − 3,000 − 6,500 − 500 = 0 open; one still talked of leaves 500 open since 04-19,
72 days, black. Each ledger is a real .xlsx imported into a real SQLite file by both imports.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _accounts, _order, _paid
from test_fix56b_balance_clause_ours_part import PAID
from test_fix59d_part_sums import _late

# another or an earlier order's claim in talks: the deduction taken, nothing open (main: 500)
ANOTHERS = ["扣款500，另一单的索赔在谈", "扣款500，另一单索赔在谈",
            "扣款500，其他订单质量问题在谈", "扣款500，下批的质量问题在谈",
            "扣款500，另一单的罚款还在协商", "扣款500，本单已谈妥另一单的索赔在谈"]
# the opposites: this order's claim beside or joined with another's, a product's or a season's
# (its goods may be this order's), denied another's, the claim alone: 500 open, 72 days, black
OWN = ["扣款500，索赔在谈", "扣款500，本单索赔还在谈", "扣款500，另一单和这单的索赔都在谈",
       "扣款500，这单和另一单的索赔在谈", "扣款500，另一单的索赔已谈妥本单索赔还在谈",
       "扣款500，另一单的索赔和本单的扣款在谈", "扣款500，不是另一单的索赔在谈",
       "扣款500，新款的质量问题还在谈", "扣款500，新产品质量扣款还在谈", "扣款500，明年的索赔在谈",
       "扣款500，客户不认，另一单的索赔在谈",
       # an earlier lot's claim taken out of this payment is this payment's dispute (fix66j)
       "扣款500，上批的质量扣款在谈"]


def test_another_orders_claim_in_talks_leaves_the_deduction_taken(tmp_path: Path) -> None:
    """Another order's claim in talks: nothing open (main: 500, 72 days, black). This order's
    claim, a product's or a season's, or the deduction disputed: 500, 72 days, black."""
    cases = {**{f"A{i} {note}": PAID for i, note in enumerate(ANOTHERS)},
             **{f"O{i} {note}": _late(500) for i, note in enumerate(OWN)}}
    rows: list[list[object]] = []
    for i, name in enumerate(cases):
        rows += [_order(f"2025-6{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2)),
                 _paid("尾款70%", 6_500, date(2025, 4, 20), note=name.split(" ", 1)[1])]
    got = _accounts(tmp_path, rows, list(cases))
    assert {name: got[name] for name in got if got[name] != cases[name]} == {}
