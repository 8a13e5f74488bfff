"""fix67l (rv67i's review of fix67f and fix67g): two bad payers cleared and a good buyer listed.

Hand counts: each order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30%
3,000 received 03-02; the balance row received 04-20 with the note. As of 06-30 an unpaid sum
is 72 days late (11 + 31 + 30), black. Every ledger a real .xlsx imported into a real SQLite
file.

1. Rows below a noted balance row on the order's tab (order_payments._due): 5,000 noted 还差2000
   leaves 2,000 owed (3,000 + 5,000 of 10,000) unless a row below pays it. A row below repeating
   the 5,000 (the same day or the next, any note), a correction of it (4,800), or 2,000 its note
   gives to another order or back to the buyer pays nothing: 2,000, 72 days, black (main, fix67f:
   nothing owed, the buyer cleared). Kept: 2,000 尾款付清 below nothing owed; 1,000 below 1,000.
2. A wait given up (plan_said._WAIT_OVER) on the 7,000 balance row: 不再等客户付款 alone or
   beside the firm giving up (信保, 法务, 起诉, 律师函, 黑名单, 坏账), 没在等 / 曾等 beside a buyer
   gone or sued: 7,000, 72 days, black (main, fix67g: nothing). Kept nothing owed: the money
   said come beside it (不再等客户付款，已收 / ，4/20已到账), a wait denied or gone by alone
   (曾等客户付款, 没在等客户付款).
3. A disowning (还差2000，是另一单的) withdrawn only by a 不是 naming nothing else (deduction_rest.
   _NOT_AFTER_ALL), and the buyer's word checked by the firm after it is the firm's:
   发票号不是 / 金额不是 / 付款人不是 / 客户名不是, （客户说），财务已核实: nothing owed (main,
   fix67f: 2,000, 72 days, black for a buyer paid up). Kept 2,000 black: …，不是 /
   后来发现不是 / 又查了不是, …，客户说的.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _accounts, _order, _paid
from test_fix62f_repeated_cells import PAID as PAID4
from test_fix65e_typed_apart import _black
from test_fix65k_plan_of_other_money import _read as _read_wait
from test_fix66a_rest_disowned import Account
from test_fix67f_rest_reviewed import _check

APRIL = date(2025, 4, 20)
MAY = date(2025, 5, 1)
OWES = (2_000.0, 72, "black")
PAID = (0.0, 0, None)

# (1) rows below 定金 3,000 and 5,000 04-20 noted 还差2000: (品名, 收款, day, note) -> hand
BELOW: list[tuple[str, float, date, str, tuple[float, int, str | None]]] = [
    ("尾款", 5_000, APRIL, "", OWES),
    ("尾款", 5_000, APRIL, "重复录入", OWES),
    ("尾款", 5_000, APRIL, "作废", OWES),
    ("尾款", 5_000, APRIL, "与上一行同一笔", OWES),
    ("尾款", 5_000, date(2025, 4, 21), "重复录入", OWES),
    ("尾款", 4_800, APRIL, "更正：上行实收4800", OWES),
    ("货款", 2_000, MAY, "另一单的", OWES),
    ("货款", 2_000, MAY, "是另一单的货款", OWES),
    ("货款", 2_000, MAY, "另一单的，不是本单", OWES),
    ("货款", 2_000, MAY, "已退回客户", OWES),
    # kept: the rest itself paid below, a part of it, a plan below
    ("尾款", 2_000, date(2025, 4, 25), "尾款付清", PAID),
    ("尾款", 2_000, APRIL, "", PAID),
    ("尾款", 1_000, date(2025, 4, 25), "", (1_000.0, 72, "black")),
    ("尾款", 2_000, MAY, "待收", OWES),
    # a note denying or asking that it is another's, or a refund only owed, gives it nowhere
    ("尾款", 2_000, MAY, "不是另一单的", PAID),
    ("尾款", 2_000, MAY, "是另一单的吗？不是", PAID),
    ("尾款", 2_000, MAY, "应退回客户", PAID),
    # the noted row copied (同上: its note again) is counted once: 2,000 black as main
    ("尾款", 5_000, APRIL, "同上", OWES),
]


def test_a_row_below_pays_the_noted_rest_only_within_the_order(tmp_path: Path) -> None:
    """BELOW by hand, each under its own order on one 台账 tab."""
    rows: list[list[object]] = []
    want: dict[str, tuple[float, int, str | None]] = {}
    for i, (word, received, day, note, hand) in enumerate(BELOW):
        name = f"B{i} buyer"
        rows += [_order(f"2025-8{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2)),
                 _paid("尾款", 5_000, APRIL, note="还差2000"),
                 _paid(word, received, day, note=note)]
        want[name] = hand
    got = _accounts(tmp_path, rows, list(want))
    assert {n: (BELOW[int(n[1:].split()[0])][3], got[n]) for n in got if got[n] != want[n]} == {}


# (2) a wait given up or gone by beside no money come: 7,000, 72 days, black
GIVEN_UP = ["不再等客户付款", "不再等客户付款，已报信保", "不再等客户付款，转法务",
            "不再等客户付款，已起诉", "不再等客户付款，已发律师函", "不再等客户付款，列入黑名单",
            "不再等客户付款，申请信保理赔", "不再等客户付款，坏账处理", "没在等客户付款，已报信保",
            "没在等客户付款，客户失联", "曾等客户付款，后来客户失联", "曾等客户付款，已起诉",
            # asked, or the deposit's money come beside it (another payment of the order)
            "不再等客户付款？", "不再等客户付款，定金已收", "曾等客户付款，定金已到账"]
# ... the opposites: the money said come beside it, a wait denied or gone by alone: nothing
WAIT_OVER_PAID = ["不再等客户付款，已收", "不再等客户付款，4/20已到账", "曾等客户付款",
                  "没在等客户付款", "没有在等客户付款", "曾等客户付款，4/20已到账"]


def test_a_wait_given_up_is_no_money_come(tmp_path: Path) -> None:
    """GIVEN_UP 7,000 black, WAIT_OVER_PAID nothing, on the order's tab, typed and in 收款 rows
    (tests.test_fix65k_plan_of_other_money's shapes)."""
    _read_wait(tmp_path, GIVEN_UP, WAIT_OVER_PAID)


# (3) 还差2000 on the balance row received 7,000: the disowning stands (nothing owed)
# where a later 不是 names another thing, or the firm checked the buyer's word
DISOWNED: dict[str, tuple[float, Account]] = {
    "还差2000，是另一单的，发票号不是": (7_000, PAID4),
    "还差2000，是另一单的，金额不是": (7_000, PAID4),
    "还差2000，是另一单的，付款人不是": (7_000, PAID4),
    "还差2000，经核对是另一单的，客户名不是": (7_000, PAID4),
    "还差2000，是另一单的（客户说），财务已核实": (7_000, PAID4),
    # the opposites: withdrawn by a bare 不是, the buyer's word unchecked: 2,000 black
    "还差2000，是另一单的，不是": (7_000, _black(2_000)),
    "还差2000，是另一单的，后来发现不是": (7_000, _black(2_000)),
    "还差2000，经核对是另一单的，又查了不是": (7_000, _black(2_000)),
    "还差2000，是另一单的，客户说的": (7_000, _black(2_000)),
    "还差2000，是另一单的（客户说）": (7_000, _black(2_000)),
    "还差2000，是另一单的（客户说），待核实": (7_000, _black(2_000)),
}


def test_a_disowning_withdrawn_only_by_a_bare_no(tmp_path: Path) -> None:
    """DISOWNED by hand under the order, on its tab, on a 收款 tab and in April's file."""
    _check(tmp_path, DISOWNED)
