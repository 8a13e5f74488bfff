"""fix68q: rv68j's review of fix68i (reader 284) — rows below a noted balance row that cleared a
bad payer or listed a good buyer.

Hand counts: each order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30%
3,000 received 03-02; the balance row received 04-20, 5,000 noted 还差2000. As of 06-30 an unpaid
sum is 72 days late (11 + 31 + 30), black. Every ledger a real .xlsx imported into a real SQLite
file by both imports (tests.test_fast_import._same_import: they must agree).

R1. The next order's deposit typed below by mistake, 定金30% 3,000 of 05-01 with no note or 定金
    3,000 noted 下单定金: this order's deposit came on 03-02, so it is not the rest: 2,000, 72
    days, black (main: nothing, 1,000 credit); 定金30% 2,000 of 05-10 likewise. Kept:
    2025-702定金 / 下一单定金 below, 2,000 black.
R2. 货款 2,000 below dated 2025-02-20 or 2024-12-20, before the order's first money (03-02): not
    the rest: 2,000, 72 days, black (main nothing). Kept: an earlier partial 1,000 of 03-25 under
    5,000 noted 还差1000, 1,000 black; the rest's own 2,000 typed below dated 04-18, nothing owed.
R3. a.xlsx 7,000 noted 尚欠2000，5/10到账; then b.xlsx holding April's tab unchanged (7,000 noted
    尚欠2000) and a May tab of another buyer's order of 05-15: April's tab is April's state,
    nothing owed (main 2,000, 72 days, black). Kept: April's tab alone, nothing; April's tab
    typing the rest's own 2,000 of 05-10 beside the May tab, nothing; the same tab writing 5,000
    noted 尚欠2000 with the rest's own 2,000 of 05-10 and his other 2,000 order unpaid, 2,000, 72
    days, black (fix68i's).
L2. 3,500 noted 还差3500 and 3,500 below the same day noted 第二批 / 另一笔 / 第二次付款 / 又收3500:
    a further payment, nothing owed (main 3,500, 72 days, black); 第二次录入 / 第二笔重复 / 重复 /
    重复了 / 多录了一行: a repeat, 3,500 black.
L3. 2,000 below noted 退回客户 / 退款给客户: money sent back, 2,000, 72 days, black (main
    nothing); 已收，单据已退回客户 / 样品退回客户: the rest paid, nothing owed.
L4. 2,000 below noted 客户另一个订单的 / 不是本单的: 2,000, 72 days, black (main nothing); 不是另一
    单的，是本单尾款 / 客户的尾款: nothing owed.
Kept beside them (rv68j "checked and right"): a correction pair below (2,000, 红字 −2,000, 更正
2,000) nothing; 红字 −5,000 then 5,000 更正 of the noted row, 2,000 black; 3,500 same day 重复 /
重复了 / 多录了一行 under 3,500 noted 还差3500, 3,500 black; 已退还客户 / 属于另一单 /
另一单的货款，客户打错了 / 是2025-799的定金 / other order below, 2,000 black.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import APRIL, DEPOSIT, PAID
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import Account
from test_fix67k_rest_line import NOTE, _account, _book
from test_fix68i_rows_below import _ledger, _two, _unpaid

MAY = date(2025, 5, 1)
MAY10 = date(2025, 5, 10)
OWES = _black(2_000)

# the balance row (收款, note), the rows below it (品名, 收款, day, note) -> hand
BELOW: list[tuple[tuple[float, str], list[tuple[str, float, date, str]], Account]] = [
    # R1: the next order's deposit typed below
    ((5_000, "还差2000"), [("定金30%", 3_000, MAY, "")], OWES),
    ((5_000, "还差2000"), [("定金", 3_000, MAY, "下单定金")], OWES),
    ((5_000, "还差2000"), [("定金30%", 2_000, MAY10, "")], OWES),
    ((5_000, "还差2000"), [("货款", 3_000, MAY, "2025-702定金")], OWES),
    ((5_000, "还差2000"), [("货款", 3_000, MAY, "下一单定金")], OWES),
    # ... the rest itself, as before
    ((5_000, "还差2000"), [("尾款", 2_000, MAY10, "")], PAID),
    ((5_000, "还差2000"), [("尾款", 2_500, MAY, "")], (0.0, 0, None, 500.0)),
    # R2: money dated before the order's first
    ((5_000, "还差2000"), [("货款", 2_000, date(2025, 2, 20), "")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, date(2024, 12, 20), "")], OWES),
    ((5_000, "还差1000"), [("尾款", 1_000, date(2025, 3, 25), "")], _black(1_000)),
    ((5_000, "还差2000"), [("尾款", 2_000, date(2025, 4, 18), "")], PAID),
    # L2: a further payment in words, the same day
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "第二批")], PAID),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "另一笔")], PAID),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "第二次付款")], PAID),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "又收3500")], PAID),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "第二次录入")], _black(3_500)),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "第二笔重复")], _black(3_500)),
    # L3: money sent back; papers or samples sent back are no refund of it
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "退回客户")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "退款给客户")], OWES),
    ((5_000, "还差2000"), [("尾款", 2_000, MAY, "已收，单据已退回客户")], PAID),
    ((5_000, "还差2000"), [("尾款", 2_000, MAY, "样品退回客户")], PAID),
    # L4: another order of the buyer's, or not this one's
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "客户另一个订单的")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "不是本单的")], OWES),
    ((5_000, "还差2000"), [("尾款", 2_000, MAY, "不是另一单的，是本单尾款")], PAID),
    ((5_000, "还差2000"), [("尾款", 2_000, MAY, "客户的尾款")], PAID),
    # checked and right in rv68j, kept
    ((5_000, "还差2000"), [("尾款", 2_000, MAY10, ""), ("尾款", -2_000, MAY10, "红字冲销"),
                           ("尾款", 2_000, MAY10, "更正")], PAID),
    ((5_000, "还差2000"), [("尾款", -5_000, APRIL, "红字冲销"), ("尾款", 5_000, APRIL, "更正")],
     OWES),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "重复")], _black(3_500)),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "重复了")], _black(3_500)),
    ((3_500, "还差3500"), [("尾款", 3_500, APRIL, "多录了一行")], _black(3_500)),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "已退还客户")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "属于另一单")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "另一单的货款，客户打错了")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "是2025-799的定金")], OWES),
    ((5_000, "还差2000"), [("货款", 2_000, MAY, "other order")], OWES),
]


def test_a_row_below_that_cannot_be_the_rest(tmp_path: Path) -> None:
    """BELOW by hand, each under its own order on one 台账 tab."""
    rows: list[list[object]] = []
    for i, ((got, note), below, _) in enumerate(BELOW):
        rows += [_order(f"2025-8{i:02d}", f"B{i} buyer"), DEPOSIT,
                 _paid("尾款", got, APRIL, note=note),
                 *[_paid(word, money, day, note=said) for word, money, day, said in below]]
    db = _ledger(tmp_path, rows)
    wrong = {i: (BELOW[i][0], BELOW[i][1], got) for i in range(len(BELOW))
             if (got := _account(db, f"B{i} buyer")) != BELOW[i][2]}
    assert wrong == {}


def test_a_later_file_s_untouched_tab_beside_a_later_tab(tmp_path: Path) -> None:
    """R3 by hand: the tab writing the rest's row dates it, not the file's other tabs."""
    may = [HEAD, ["2025-900", "Birch Co", date(2025, 5, 15), 1_000, "USD", "T/T", "LED灯",
                  date(2025, 5, 15), 1_000, date(2025, 5, 15), "", ""]]
    april = [HEAD, _order("2025-701", "Alder Co"), DEPOSIT,
             _paid("尾款70%", 7_000, APRIL, note="尚欠2000")]
    assert _account(_two(tmp_path / "two", _book(NOTE), {"4月": april, "5月": may}),
                    "Alder Co") == PAID
    assert _account(_two(tmp_path / "one", _book(NOTE), {"4月": april}), "Alder Co") == PAID
    typed = {"4月": [*april, _paid("尾款70%", 2_000, MAY10)], "5月": may}
    assert _account(_two(tmp_path / "typed", _book(NOTE), typed), "Alder Co") == PAID
    other = _unpaid("2025-7011", "Alder Co")
    cut = {"4月": [HEAD, _order("2025-701", "Alder Co"), DEPOSIT,
                   _paid("尾款70%", 5_000, APRIL, note="尚欠2000"),
                   _paid("尾款70%", 2_000, MAY10), other, LAST], "5月": may}
    assert _account(_two(tmp_path / "cut", _book(NOTE, other), cut), "Alder Co") == OWES
