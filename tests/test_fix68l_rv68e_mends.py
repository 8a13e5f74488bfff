"""fix68l: rv68e's review of fix68c — bad payers its new rules cleared, a good buyer it listed.

Hand counts: each order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30%
3,000 received 03-02; the balance row received 04-20 with the note. As of 06-30 an unpaid sum
is 72 days late (11 + 31 + 30), black. Every ledger a real .xlsx imported into a real SQLite
file by both imports (tests.test_fast_import._same_import through the helpers), the note under
the order, typed on its tab, on a 收款 tab and in a later file.

1. On a 7,000 balance row his bare time after a problem settled (样品质量问题已解决, 货没问题: 问
   of 问题 no asking), after a time before 问 with words between (发货后又问了客户, 开船那天问了
   客户) or after a thing's state told (模具已做好客户说下周): his plan, 7,000, 72 days, black
   (main: nothing). Kept nothing owed: 运费问了客户，客户说下周, 模具问了客户…, 模具款客户说下周.
2. His own 汇 (客户说下周购汇 / 下周换汇 / 外汇下周到 / 下周结汇): his plan, 7,000, 72 days, black
   (main: nothing); 客户说已汇 nothing. The firm's grant (客户少付2000，老板同意了，…) on 5,000:
   月底结汇 / 下周换汇 / 月底购汇 / 下周去汇丰 still let go, nothing owed; 下周汇款 2,000 black.
3. 还差2000，是另一单的 on 7,000, then a doubt of the order's number, the account, the figure, the
   matter, the buyer's side, or one a clause further: 2,000, 72 days, black (main: nothing). A
   doubt of a named other thing alone (新订单需要确认, 唛头 / 交期 / 款式待确认) leaves nothing
   owed.
4. A refund to come (退款客户说下周, 下周退款, 退款下周处理, "refund, customer says next week") on
   a 7,000 row typed on a 收款 tab or in a later file: nothing owed (main: −7,000 read as sent
   back, 10,000, 72 days, black). 退款中 nothing as main.
5. A mould's money or fee is another thing than the balance: 模具款已付，尾款未付 / 尾款未付，模具款
   已付 / 模具款已付，客户说尾款下周付 7,000, 72 days, black (main: nothing); 模具款未付 / 模具费
   还没收到 on a 7,000 row nothing owed (main: 7,000 black). Kept black: 尾款及模具款客户说下周,
   客户说下周付模具款和尾款, 模具款客户说下周一起付尾款; kept nothing: 模具款客户说下周.
6. A wire (X-1 5,000, 84 days, black; 5,975 wired 06-25) noting 上次欠款，财务说已付，款式待确认，帐
   待核对: X-1 5,000, 84 days, black (main: the wire paid it, 5,025 open, 0 days); a deposit cell's
   定金3000，上批欠款4000已付，款式待确认，账待核对: 4,000, 39 days, watch (main: nothing owed).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix62f_repeated_cells import PAID as NONE_OWED
from test_fix62f_repeated_cells import _accounts
from test_fix65b_finance_report import OLD_BLACK, PAID_OLD, _deposits, _wires
from test_fix65b_finance_report import OWED as DEBT_OWED
from test_fix65b_finance_report import PAID as DEBT_PAID
from test_fix65d_grant_and_typed_plan import SHORT
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import Account
from test_fix67e_rv67a_mends import _shaped
from test_fix67f_rest_reviewed import _check


def _four(tmp_path: Path, hand: dict[str, tuple[float, int, str | None]],
          received: float = 7_000) -> None:
    """Each note's account under the order, typed on its tab, on a 收款 tab, in a later file."""
    notes = list(hand)
    assert _balances(tmp_path, notes) == hand
    typed = {note: (*account, 0.0) for note, account in hand.items()}
    for layout in ("tab", "收款", "later"):
        (tmp_path / layout).mkdir()
        got = _accounts(tmp_path / layout, _shaped(layout, notes, received), notes)
        assert {n: got[n] for n in notes if got[n] != typed[n]} == {}, layout


# 1. his bare time: 7,000, 72 days, black (main: nothing)
HIS_TIME = ["样品质量问题已解决，客户说下周", "生产问题已解决，客户说下周",
            "清关问题解决了，客户说月底", "配件问题已处理，客户说下周", "样品没问题，客户说下周",
            "货没问题，客户说下周", "提货没问题，客户说下周吧", "样品确认后再问客户，客户说下周",
            "发货后又问了客户，客户说月底", "发货后我们问了客户，客户说月底",
            "发货后业务员问了客户，客户说月底", "样品问题解决后问了客户，客户说下周",
            "开船那天问了客户，客户说下周", "模具已做好客户说下周",
            # kept black as main
            "质量问题已解决，客户说下周", "发货后问客户，客户说月底",
            "尾款的事问了客户，客户说下周", "上周问了客户，客户说下周", "模具已做好，客户说下周"]
# ... another matter's time: nothing owed (as main)
ELSE_TIME = ["运费问了客户，客户说下周", "样品问了客户，客户说下周", "模具问了客户，客户说下周",
             "模具款客户说下周", "问客户何时验货，客户说下周吧", "交期客户说月底",
             "样品何时寄，客户说下周"]


def test_a_problem_settled_or_a_time_before_asking_is_no_other_matter(tmp_path: Path) -> None:
    """HIS_TIME 7,000, 72 days, black; ELSE_TIME nothing owed; in all four places."""
    _four(tmp_path, {**dict.fromkeys(HIS_TIME, OWED), **dict.fromkeys(ELSE_TIME, PAID)})


# 2. his 汇: 7,000, 72 days, black (main: nothing but 下周汇款, 电汇)
HIS_WIRE = ["客户说下周购汇", "客户说下周换汇", "客户说外汇下周到", "客户说外汇不够，月底",
            "客户说购汇额度下周批", "客户说下周结汇", "客户说下周汇款", "客户说外汇管制，下周付"]


def test_his_own_currency_work_is_his_paying(tmp_path: Path) -> None:
    """HIS_WIRE 7,000, 72 days, black; 客户说已汇 nothing; in all four places."""
    _four(tmp_path, {**dict.fromkeys(HIS_WIRE, OWED), "客户说已汇": PAID})


GRANT = "客户少付2000，老板同意了，"
GRANTED = [f"{GRANT}{words}" for words in ("月底结汇", "下周换汇", "月底购汇", "下周去汇丰",
                                           "外汇已结", "下周汇总")]
PAID_LATER = [f"{GRANT}{words}" for words in ("下周汇款", "下周汇过来", "月底汇丰汇过来",
                                              "月底外汇到账")]


def test_the_firm_s_currency_in_its_grant_is_still_no_payment(tmp_path: Path) -> None:
    """On 5,000 typed on the order's tab: GRANTED nothing owed, PAID_LATER 2,000, 72 days,
    black (as main)."""
    names = GRANTED + PAID_LATER
    got = _accounts(tmp_path, _shaped("tab", names, 5_000), names)
    assert got == {**dict.fromkeys(GRANTED, NONE_OWED), **dict.fromkeys(PAID_LATER, SHORT)}


# 3. 还差2000，是另一单的, then a doubt
OWES: Account = _black(2_000)
REST = "还差2000，是另一单的，"
DOUBTED: dict[str, tuple[float, Account]] = {f"{REST}{doubt}": (7_000, OWES) for doubt in (
    "单号待确认", "订单号待确认", "合同号待确认", "发票号待确认", "PI号待确认", "对应订单待确认",
    "另一单待确认", "单号还没确认", "order no. to be confirmed", "账待核对", "帐待核对",
    "账目待核对", "对账待确认", "2000待确认", "此事待确认", "情况待确认", "具体待确认",
    "这笔待确认", "真实性待确认", "客户还没确认", "新订单需要确认，金额待确认",
    "单号待确认，待核实",
    # kept black as main
    "待确认", "金额待确认", "哪一单待确认", "to be confirmed")} | {
    f"{REST}{thing}": (7_000, NONE_OWED) for thing in (
        "新订单需要确认", "PI还没确认", "唛头待确认", "交期待确认", "船期待确认", "颜色待确认",
        "款式待确认")}


def test_a_doubt_of_the_order_s_number_or_the_account_doubts_the_disowning(
        tmp_path: Path) -> None:
    """DOUBTED by hand, under the order, typed on its tab, on a 收款 tab, in April's file."""
    _check(tmp_path, DOUBTED)


# 4. a refund to come on a 收款 tab or in a later file: nothing owed (main 10,000 black)
LATER_REFUNDS = ["退款客户说下周", "退款的事客户说下周", "客户说退款下周", "下周退款",
                 "退款下周处理", "refund, customer says next week", "退款客户说下周，尾款已收",
                 "退款中"]


def test_a_refund_to_come_is_none_made(tmp_path: Path) -> None:
    """LATER_REFUNDS nothing owed, 7,000 received, in all four places."""
    _four(tmp_path, dict.fromkeys(LATER_REFUNDS, PAID))


# 5. a mould's money
MOULD_BLACK = ["模具款已付，尾款未付", "尾款未付，模具款已付", "模具款已付，客户说尾款下周付",
               "客户说下周付，模具款已付", "模具费已付，客户说下周", "尾款及模具款客户说下周",
               "客户说下周付模具款和尾款", "模具款客户说下周一起付尾款", "尾款未付，样品款已付"]
MOULD_NONE = ["模具款未付", "模具款还没收到", "模具费未付", "模具费还没收到", "模具款客户说下周",
              "运费未付"]


def test_a_mould_s_money_is_not_the_balance(tmp_path: Path) -> None:
    """MOULD_BLACK 7,000, 72 days, black; MOULD_NONE nothing owed; in all four places."""
    _four(tmp_path, {**dict.fromkeys(MOULD_BLACK, OWED), **dict.fromkeys(MOULD_NONE, PAID)})


# 6. the account doubted after an earlier debt said paid
DEBT = "上次欠款，财务说已付，"
CELL = "定金3000，上批欠款4000已付，"


def test_the_account_to_be_checked_doubts_the_debt_paid(tmp_path: Path) -> None:
    """A wire: 帐 / 账待核对 X-1 5,000, 84 days, black; 款式待确认 alone pays X-1. A deposit cell:
    账待核对 4,000, 39 days, watch; 款式待确认 alone nothing owed, 3,000 held."""
    (tmp_path / "w").mkdir()
    (tmp_path / "d").mkdir()
    wires = [f"{DEBT}款式待确认，帐待核对", f"{DEBT}账待核对", f"{DEBT}款式待确认"]
    assert _wires(tmp_path / "w", wires) == {wires[0]: OLD_BLACK, wires[1]: OLD_BLACK,
                                             wires[2]: PAID_OLD}
    cells = [f"{CELL}款式待确认，账待核对", f"{CELL}款式待确认"]
    assert _deposits(tmp_path / "d", cells) == {cells[0]: DEBT_OWED, cells[1]: DEBT_PAID}
