"""fix66j: rv66d's review of fix66f mended.

(1–4) A day alone after a rest (尚欠2000，5/10到账) is not read as the rest come: fix66f read any
day not after the sheet's last date received so, and cleared bad payers with it — a figure's
own day (实收5000，4/20到账, the commonest note for a part), the row's own day or an earlier one
(尚欠2000，4/20到账), other money that day (运费5/10到账), a hedge (须于/大概/可能/若5/10到账),
another year (2026/5/10到账), a last date pushed late by another buyer's plan row — and, read
come with no date, an account as of a day before it showed nothing owed. Back to fix65i's: the
rest owed. (Since fix67a the rest's own day of arrival right after it, after the row's own
and within the sheet's ordinary received dates — 尚欠2000，5/10到账, （5/10收） — is its receipt
on that day: tests/test_fix67a_rest_day.py.) (5) Another order's number or words own a rest
only right before it (X99-1尚欠2000,
X99-1的尚欠2000, 另一单尚欠2000), not further back (和X99-1合并结算尚欠2000, 按2025-4999同价尚欠
2000) nor as a product or model of the order (其他型号尚欠2000) or a new buyer's new order
(新客户新订单尚欠2000). (6) A number whose goods' coming is the condition of his paying
(客户说X99-1到了就付) does not own the plan. (7) The firm's wait denied, past, someone else's,
its way of selling or 等 "and so on" (没有等客户付款就放单了, 等客户付款后才放单, 工厂等付款,
T/T等付款方式均可, "not waiting for payment") is no money still out. (8) An earlier lot's claim in
talks beside a deduction (扣款500，上批索赔在谈) is this payment's dispute.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row received 7,000 on 04-20 with the note — typing the number and buyer (T), the number
only (N) or neither (B); the sheet's last row another buyer's 1,000 received 06-30. Hand count as
of 06-30: a rest of this order owed is 2,000 open since 04-19, 72 days, black; a rest another
order's or come leaves 10,000 − 3,000 − 7,000 = 0; this money planned or waited for leaves all
7,000 open, 72 days, black. A deduction of 500 on 6,500 received still talked of: 500, 72 days,
black. Each ledger is a real .xlsx imported into a real SQLite file by both imports.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import LAST, _order, _paid
from test_acct55a_three_payments import _accounts as _sheet_accounts
from test_fix56b_balance_clause_ours_part import PAID as TAKEN
from test_fix59d_part_sums import _late
from test_fix62f_repeated_cells import OWED, PAID, _accounts
from test_fix65k_plan_of_other_money import _read
from test_fix66f_another_rest import REST, X99, _rows

# (1) a figure come, then a day: the figure's day, the rest owed (fix66f: nothing open)
FIGURE_DAY = ["实收5000，4/20到账", "实收5000，4月20日到账", "到账5000，4/20收到",
              "收到5000，4/20到账", "实收5000（4/20到账）", "实收5000，4/20收",
              "实收5000，3/25到账",
              "实收5000，少2000，4/20到账", "实收5000，4/20到账，余款未付",
              "实收5000，运费5/10到账", "实收5000"]
# (2)–(4) a rest then a day alone: the rest owed, whatever the day (fix66f: nothing open for
# each day not after 06-30), as fix65i read it
DAY_ALONE = ["尚欠2000，4/20到账", "尚欠2000（4/20收）", "到账5000，尚欠2000，4/20到账",
             "尚欠2000，4/15到账", "尚欠2000，运费5/10到账", "尚欠2000，佣金5/10收到",
             "尚欠2000，样品费5/10收", "尚欠2000，X99-1 5/10到账", "尚欠2000，须于5/10到账",
             "尚欠2000，大概5/10到账", "尚欠2000，可能5/10到账", "尚欠2000，若5/10到账",
             "尚欠2000，5/10到账（预计）", "尚欠2000，2026年5月10日到账", "尚欠2000，2026/5/10到账",
             "尚欠2000，7/10到账"]
# ... the opposites: the rest said come by its own words — nothing open (as main)
REST_CAME = ["尚欠2000，已于5/10付清", "到账5000，尚欠2000，余款5/10已到", "尚欠2000于5月收讫",
             "实收5000，余款已付清",
             # the rest's own day of arrival right after it (fix67a): its receipt of 05-10
             "尚欠2000，5/10到账", "尚欠2000（5/10收）"]


def test_a_day_alone_is_not_the_rest_come(tmp_path: Path) -> None:
    """Each figure-then-day and rest-then-day note: 2,000, 72 days, black on the three row
    shapes (fix66f: nothing open). The rest said come by its words: nothing open."""
    want = {**{f"F{i}": REST for i in range(len(FIGURE_DAY))},
            **{f"D{i}": REST for i in range(len(DAY_ALONE))},
            **{f"C{i}": PAID for i in range(len(REST_CAME))}}
    rows, names = _rows(dict(zip(want, [*FIGURE_DAY, *DAY_ALONE, *REST_CAME], strict=True)),
                        7_000)
    got = _accounts(tmp_path, [{"台账": [*rows, X99, LAST]}], list(names))
    expected = {name: want[name[1:].split()[0]] for name in names}
    assert {name: (names[name], got[name]) for name in got if got[name] != expected[name]} == {}


def test_a_plan_row_dated_late_and_an_as_of_before_the_day(tmp_path: Path) -> None:
    """Another buyer's plan row dated 07-10 (预计7/10到账) beside 尚欠2000，7/5到账: 2,000, 72
    days, black (fix66f: nothing, the last date pushed to 07-10); 尚欠2000，6/20到账, within the
    sheet's ordinary 06-30 (the plan row is none), its receipt of 06-20 since fix67a: nothing
    open. As of 05-01 尚欠2000，5/10到账 leaves 2,000 open (fix66f: nothing open before the day
    came; fix67a: its receipt is of 05-10)."""
    plan = ["2025-298", "Forecast Co", date(2025, 6, 1), 1_000, "USD", "T/T", "LED灯",
            date(2025, 6, 10), 1_000, date(2025, 7, 10), "", "预计7/10到账"]
    want = {"D0": REST, "D1": PAID}  # 6/20 within the sheet's 06-30: the rest's day (fix67a)
    rows, names = _rows(dict(zip(want, ["尚欠2000，7/5到账", "尚欠2000，6/20到账"], strict=True)),
                        7_000, "B")
    got = _accounts(tmp_path / "late", [{"台账": [*rows, LAST, plan]}], list(names))
    assert {name: got[name] for name in names} == {
        name: want[name[1:].split()[0]] for name in names}
    rows, names = _rows({"E0": "尚欠2000，5/10到账"}, 7_000, "B")
    _accounts(tmp_path / "early", [{"台账": [*rows, LAST]}], list(names))
    early = {name: customer(tmp_path / "early" / "fast.sqlite", name, date(2025, 5, 1))
             for name in names}
    assert {name: round(c.open_amount, 2) for name, c in early.items()} == dict.fromkeys(
        names, 2_000.0)


# (5) this order's rest beside another's number or words further back, a product or model of
# the order, a new buyer's new order: 2,000, 72 days, black (fix66f: nothing open)
OWN_REST = ["X99-1多付的1000抵扣后尚欠2000", "和X99-1合并结算尚欠2000", "按X99-1同价尚欠2000",
            "按2025-4999同价尚欠2000", "2025-4999多付的1000抵扣后尚欠2000", "其他型号尚欠2000",
            "其他产品尚欠2000", "别的款式尚欠2000", "A款已付，其他款式尚欠2000", "新品尚欠2000",
            "新客户新订单尚欠2000", "和另一单合并结算尚欠2000"]
# ... the opposites: another order's right before the rest — nothing open (as fix66f)
ANOTHERS = ["X99-1尚欠2000", "X99-1的尚欠2000", "2025-4999尚欠2000", "2025-4999的尚欠2000",
            "另一单尚欠2000", "另一单的尚欠2000", "新订单尚欠2000", "其他订单尚欠2000"]


def test_another_order_owns_a_rest_only_right_before_it(tmp_path: Path) -> None:
    """Each own rest: 2,000, 72 days, black on the three shapes (fix66f: nothing open); another
    order's right before it: nothing open."""
    want = {**{f"R{i}": REST for i in range(len(OWN_REST))},
            **{f"A{i}": PAID for i in range(len(ANOTHERS))}}
    rows, names = _rows(dict(zip(want, [*OWN_REST, *ANOTHERS], strict=True)), 7_000)
    got = _accounts(tmp_path, [{"台账": [*rows, X99, LAST]}], list(names))
    expected = {name: want[name[1:].split()[0]] for name in names}
    assert {name: (names[name], got[name]) for name in got if got[name] != expected[name]} == {}


def test_another_orders_goods_as_his_condition(tmp_path: Path) -> None:
    """客户说X99-1到了就付 / 客户说X99-1的货到了再付 / 客户说X99-1到港后付: this money paid then,
    7,000, 72 days, black (fix66f: nothing). X99-1's own plan or money (客户说X99-1下周付, 客户说
    X99-1的货款下周付, 客户说X99-1下周再付): nothing open (as fix66f)."""
    want = {"O0": OWED, "O1": OWED, "O2": OWED, "A0": PAID, "A1": PAID, "A2": PAID}
    notes = ["客户说X99-1到了就付", "客户说X99-1的货到了再付", "客户说X99-1到港后付",
             "客户说X99-1下周付", "客户说X99-1的货款下周付", "客户说X99-1下周再付"]
    rows, names = _rows(dict(zip(want, notes, strict=True)), 7_000)
    got = _accounts(tmp_path, [{"台账": [*rows, X99, LAST]}], list(names))
    expected = {name: want[name[1:].split()[0]] for name in names}
    assert {name: (names[name], got[name]) for name in got if got[name] != expected[name]} == {}


# (7) no wait for his money still on: nothing owed (fix66f: 7,000, 72 days, black)
NO_WAIT = ["没有等客户付款就放单了", "未等客户付款就发货", "不需要等客户付款", "并没有等客户付款",
           "等客户付款等了一个月", "3月一直在等客户付款", "等客户付款后才放单", "等款到后放单",
           "等款到发货", "款到发货", "等客户付款后安排生产", "供应商在等付款", "工厂等付款",
           "客户等付款通知", "T/T等付款方式均可", "no longer awaiting payment",
           "not waiting for payment"]
# ... the opposites: the firm still waiting: 7,000, 72 days, black (as fix66f)
WAIT = ["等客户付款", "一直在等客户付款", "我们在等客户付款", "还在等客户付款，没有到",
        "客户说已付，等款", "awaiting payment"]


def test_no_wait_still_on(tmp_path: Path) -> None:
    """Each no-wait note: nothing owed on the three shapes (fix66f: 7,000, 72 days, black); each
    wait: 7,000, 72 days, black."""
    _read(tmp_path, WAIT, NO_WAIT)


def test_an_earlier_lots_claim_in_talks_is_this_payments_dispute(tmp_path: Path) -> None:
    """6,500 received, 扣款500 beside an earlier lot's claim in talks: 500, 72 days, black
    (fix66f: nothing, read as that lot's talks); another order's, or an earlier lot's where the
    note sets this order apart (本单已谈妥): nothing (as fix66f)."""
    cases = {"E0 扣款500，上批索赔在谈": _late(500), "E1 扣款500，上批的质量扣款在谈": _late(500),
             "A0 扣款500，另一单的索赔在谈": TAKEN,
             "A1 扣款500，本单已谈妥，上批的质量问题在谈": TAKEN}
    rows: list[list[object]] = []
    for i, name in enumerate(cases):
        rows += [_order(f"2025-6{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2)),
                 _paid("尾款70%", 6_500, date(2025, 4, 20), note=name.split(" ", 1)[1])]
    got = _sheet_accounts(tmp_path, rows, list(cases))
    assert {name: got[name] for name in cases} == cases
