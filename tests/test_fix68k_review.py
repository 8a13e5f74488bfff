"""fix68k: rv68d's review of fix68d — bad payers cleared by wordings beside another order's
money, a grant, a rest's owner and a deduction.

Hand counts: each order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30%
3,000 received 03-02; the balance row 尾款70% received on 04-20 (the sum each case gives) with
the note. As of 06-30 an unpaid sum is 72 days late (11 + 31 + 30), black. Every ledger is a
real .xlsx imported into a real SQLite file by both imports (tests.test_fast_import.
_same_import compares their stores), the row under its order, typed on the order's tab, on a
收款 tab and in April's file.

1. (A1) 7,000 noted 另一单没收尾款已收5000: the other order's balance did not come, this one's
   5,000 did: 3,000 + 5,000 of 10,000, 2,000 owed (main nothing: the 没收 before the figure
   denied it, the row's 7,000 stood). 已收3500 leaves 3,500, 已收2000 5,000, 已收一半 3,500.
   上一单没收尾款已收: the earlier order's not come, this one's whole: nothing owed (main
   7,000, 72 days, black).
2. (A6) 7,000 noted 尾款已收待确认, 已收（待核实）, 已收到付款凭证 / 银行通知 / 客户通知,
   已收到一部分, 已收不到了, 已收，剩下的没收 (after 尾款 or 另一单没收尾款): no money known come,
   7,000 owed (main nothing). 尾款已收 / 已收到 / 已到账 and a doubt settled after (后来已确认):
   paid.
3. (A3) 5,000 noted 老板同意让2000，另外运费和尾款下周付: the balance put off with the fee, the
   grant no more than the note's: 2,000 owed (main nothing); 另外运费下周付 alone the fee's own
   plan: nothing owed.
4. (A4) 5,000 noted 老板可能同意让2000 / 老板同意让2000（待确认）, alone or before a fee's plan:
   no grant, 2,000 owed (main nothing).
5. (A5) 7,000 noted 还差2000，客户说是另一单的，财务核实是，后来又查了不是: the finding
   withdrawn, 2,000 owed (main nothing); without the withdrawal nothing owed.
6. (A2) 4,000 noted 佣金2000已扣，后来取消了，尚欠1000: the commission not kept, 3,000 owed (main
   1,000); on 5,000 佣金2000已扣，现取消: 2,000 (main nothing). The commission kept:
   1,000 / nothing.
"""

from __future__ import annotations

from pathlib import Path

from test_fix62f_repeated_cells import PAID
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import SHAPES, Account
from test_fix67f_rest_reviewed import _check

OWES = _black(2_000)
ALL = _black(7_000)

# (1) another order's money not come, this money's figure or share after it
FIGURES: dict[str, tuple[float, Account]] = {
    "另一单没收尾款已收5000": (7_000, OWES),
    "另一单没收尾款已收3500": (7_000, _black(3_500)),
    "另一单没收尾款收到5000": (7_000, OWES),
    "另一单没收尾款已收USD5000": (7_000, OWES),
    "另一单没收尾款已收5,000": (7_000, OWES),
    "另一单没收尾款已收到5000美金": (7_000, OWES),
    "另一单没收尾款已收2000": (7_000, _black(5_000)),
    "另一单没收尾款已收一半": (7_000, _black(3_500)),
    # kept: its twins, this money come whole, the other's alone
    "另一单已收尾款已收5000": (7_000, OWES),
    "另一单没收，尾款已收5000": (7_000, OWES),
    "尾款已收5000": (7_000, OWES),
    "另一单没收尾款已收": (7_000, PAID),
    "另一单还没到账尾款已到账": (7_000, PAID),
    "另一单没收尾款": (7_000, ALL),
    "另一单已收尾款没收": (7_000, ALL),
    # an earlier order's not-come the same (section B: main 7,000, 72 days, black)
    "上一单没收尾款已收": (7_000, PAID),
    "之前的单没收尾款已收": (7_000, PAID),
    "上批没收尾款已收": (7_000, PAID),
    "上一单没收尾款已收5000": (7_000, OWES),
    "上一单没收尾款": (7_000, ALL),
    "上一单已收尾款没收": (7_000, ALL),
    "上一单没收尾款也没收": (7_000, ALL),
    "上一单没收尾款已收待确认": (7_000, ALL),
}

# (2) a came word taken back by what follows it
TAKEN_BACK: dict[str, tuple[float, Account]] = {
    **{f"{before}{said}": (7_000, ALL) for before in ("另一单没收尾款", "尾款") for said in (
        "已收到银行通知，还没到账", "已收不到了", "已收，剩下的没收", "已收待确认",
        "已收（待核实）", "已收到付款凭证", "已收到客户通知", "已收到一部分")},
    "尾款已收，待确认": (7_000, ALL),
    # kept paid: the money come, a doubt settled after it or of another thing, a figure's rest
    "尾款已收": (7_000, PAID),
    "尾款已收到": (7_000, PAID),
    "尾款已到账": (7_000, PAID),
    "尾款已收，待确认，后来已确认": (7_000, PAID),
    "尾款已收，运费待确认": (7_000, PAID),
    "尾款已收5000，剩下的没收": (7_000, OWES),
    "另一单没收尾款已收到水单": (7_000, ALL),
}

# (3, 4) a grant beside a fee's plan joined to this money, hedged or not confirmed
GRANTS: dict[str, tuple[float, Account]] = {
    "老板同意让2000，另外运费和尾款下周付": (5_000, OWES),
    "老板同意让2000，另外运费连同尾款下周付": (5_000, OWES),
    "老板同意让2000，还有运费和余款下周付": (5_000, OWES),
    "老板可能同意让2000，另1000运费下周付": (5_000, OWES),
    "老板好像同意让2000，另外运费下周付": (5_000, OWES),
    "老板应该会同意让2000，另1000运费下周付": (5_000, OWES),
    "老板同意让2000（待确认），另1000运费下周付": (5_000, OWES),
    "老板同意让2000，待确认，另1000运费下周付": (5_000, OWES),
    "老板可能同意让2000": (5_000, OWES),
    "老板同意让2000（待确认）": (5_000, OWES),
    # kept: the fee's own plan, the grant surely made, a doubt settled, the balance put off
    "老板同意让2000，另1000运费下周付": (5_000, PAID),
    "老板同意让2000，另外运费下周付": (5_000, PAID),
    "老板同意让2000，还有样品费月底付": (5_000, PAID),
    "老板同意让2000": (5_000, PAID),
    "客户少付2000，老板同意了": (5_000, PAID),
    "老板同意让2000，尾款下周付": (5_000, OWES),
    "老板不同意让2000": (5_000, OWES),
    "老板同意让2000，另1000月底付": (4_000, _black(1_000)),
}

# (5, 6) a rest's owner found then withdrawn; a deduction called off or taken in error
WITHDRAWN: dict[str, tuple[float, Account]] = {
    "还差2000，客户说是另一单的，财务核实是，后来又查了不是": (7_000, OWES),
    "还差2000，经核对是另一单的，后来又查了不是": (7_000, OWES),
    "佣金2000已扣，后来取消了，尚欠1000": (4_000, _black(3_000)),
    "佣金2000已扣，现取消，尚欠1000": (4_000, _black(3_000)),
    "佣金2000原说已扣，现取消，尚欠1000": (4_000, _black(3_000)),
    "佣金2000已扣，尚欠1000，佣金后来取消了": (4_000, _black(3_000)),
    "佣金2000已扣，尚欠1000，扣错了": (4_000, _black(3_000)),
    "佣金2000已扣错，已退回客户，尚欠1000": (4_000, _black(3_000)),
    "佣金2000已扣，后来取消了": (5_000, OWES),
    "佣金2000已扣，现取消": (5_000, OWES),
    "佣金2000已扣，扣错了": (5_000, OWES),
    # kept: the finding standing, withdrawn otherwise, the commission kept
    "还差2000，客户说是另一单的，财务核实是": (7_000, PAID),
    "还差2000，经核对是另一单的": (7_000, PAID),
    "还差2000，客户说是另一单的，财务核实是，后来发现不是": (7_000, OWES),
    "还差2000，经核对是另一单的，又查了不是": (7_000, OWES),
    "佣金2000已扣，尚欠1000": (4_000, _black(1_000)),
    "客户自己扣了佣金2000，尚欠1000": (4_000, _black(1_000)),
    "佣金2000已扣": (5_000, PAID),
    "佣金2000已扣，扣错了，已重新扣": (5_000, PAID),
    "佣金2000已扣（不是扣错）": (5_000, PAID),
}


def test_this_money_s_figure_after_another_order_s_not_come(tmp_path: Path) -> None:
    """FIGURES by hand, under the order, typed on its tab, on a 收款 tab and in April's file."""
    _check(tmp_path, FIGURES, SHAPES)


def test_a_came_word_taken_back_is_no_money(tmp_path: Path) -> None:
    """TAKEN_BACK by hand, under the order, typed on its tab, on a 收款 tab and in April's
    file."""
    _check(tmp_path, TAKEN_BACK, SHAPES)


def test_a_grant_unsure_or_beside_this_money_put_off(tmp_path: Path) -> None:
    """GRANTS by hand, under the order, typed on its tab, on a 收款 tab and in April's file."""
    _check(tmp_path, GRANTS, SHAPES)


def test_a_finding_or_a_deduction_withdrawn(tmp_path: Path) -> None:
    """WITHDRAWN by hand, under the order, typed on its tab, on a 收款 tab and in April's
    file."""
    _check(tmp_path, WITHDRAWN, SHAPES)
