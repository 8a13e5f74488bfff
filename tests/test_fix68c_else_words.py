"""fix68c: rv67h's left wordings (issue 11) — words of another thing read as the balance's.

Hand counts: each order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30%
3,000 received 03-02; the balance row received 04-20 with the note. As of 06-30 an unpaid sum
is 72 days late (11 + 31 + 30), black. Every ledger a real .xlsx imported into a real SQLite
file by both imports (tests.test_fast_import._same_import through the helpers).

1. On a 7,000 balance row the buyer's bare time after a fee asked about before 问 (运费问了客户，
   客户说下周; 样品费的事问了客户，客户说月底), a mould's or a refund's (模具款 / 模具费 / 退款
   客户说下周, 客户说下周付模具款): the fee's plan, the balance in, nothing owed (main 7,000, 72
   days, black; 退款 on the order's tab only, below). Kept 7,000 black: 问了客户，客户说下周(付),
   尾款问了客户, 运费和尾款(问了客户，)客户说下周, 发货后问客户 (a time before 问), 模具款和尾款.
2. 还差2000，是另一单的 on 7,000, then a doubt of another thing (新订单需要确认, PI还没确认,
   数量待确认, 款式待确认): the firm's disowning stands, nothing owed (main 2,000, 72 days,
   black). Kept 2,000 black: a bare doubt (待确认, 还没确认, 待老板确认) or one of the money, its
   proof or the saying (金额待确认, 水单还要查, 是否属实待确认, 哪一单待确认).
3. A short granted on a 5,000 row (客户少付2000，老板同意了，…) then the firm's currency or a
   bank's name (已结汇, 月底结汇, 下周结汇, 下周换汇, 外汇, 下周去汇丰开户): granted, nothing owed
   (main: 2,000, 72 days, black for the ones with a time). The money paid later, 下周汇过来 / 月底
   转过来: 2,000, 72 days, black (main: nothing); 下周汇款, 下周电汇, 月底汇给我们 black as main.
   On a 7,000 row the buyer's 下周汇款 / 下周电汇 / 月底汇过来 stay his plan (7,000 black) and 已汇
   paid, as main. Grants are read on the order's tab only (a typed row away is the lead's left 3).
4. A wire (X-1 5,000 84 days late, 5,975 wired 06-25) noting its earlier debt said paid by the
   firm's finance, then a doubt of the style, its number or the way of paying (款式 / 款号 / 款型
   / 付款方式 / 付款条件待确认): the wire pays X-1, 5,025 open, 0 days (main: X-1 5,000, 84 days,
   black), as 数量待确认. Kept black: 款项 / 欠款 / 付款 / 尾款 / 货款待确认, 款式待确认 then a
   bare doubt or the money denied. A deposit cell (old 4,000 due 05-20): 款式 / 付款方式待确认
   nothing owed, 3,000 held (main: 4,000, 39 days, watch); 货款 / 尾款待确认 4,000 watch.
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

# 1. a fee's plan: nothing owed (main 7,000, 72 days, black)
FEE_PLANS = ["运费问了客户，客户说下周", "样品费的事问了客户，客户说月底",
             "佣金问了客户，客户说月底", "模具款客户说下周", "模具费客户说下周",
             "客户说下周付模具款"]
# ... the balance's, or a time before 问: 7,000, 72 days, black (as main)
BALANCE_PLANS = ["问了客户，客户说下周付", "问了客户，客户说下周", "尾款问了客户，客户说下周",
                 "运费和尾款客户说下周", "运费和尾款问了客户，客户说下周",
                 "发货后问客户，客户说月底", "模具款和尾款客户说下周", "尾款客户说下周",
                 "客户说下周付"]


def test_a_fee_asked_about_or_named_before_his_time(tmp_path: Path) -> None:
    """FEE_PLANS nothing, BALANCE_PLANS 7,000 black, under the order, typed on its tab, on a 收款
    tab and in a later file."""
    notes = FEE_PLANS + BALANCE_PLANS
    hand = {**dict.fromkeys(FEE_PLANS, PAID), **dict.fromkeys(BALANCE_PLANS, OWED)}
    assert _balances(tmp_path, notes) == hand
    typed = {note: (*account, 0.0) for note, account in hand.items()}
    for layout in ("tab", "收款", "later"):
        (tmp_path / layout).mkdir()
        assert _accounts(tmp_path / layout, _shaped(layout, notes, 7_000), notes) == typed, layout


def test_a_refund_s_time_under_the_order(tmp_path: Path) -> None:
    """退款客户说下周 under the order and typed on its tab: nothing owed (main 7,000 black)."""
    assert _balances(tmp_path, ["退款客户说下周"]) == {"退款客户说下周": PAID}
    assert _accounts(tmp_path, _shaped("tab", ["退款客户说下周"], 7_000), ["退款客户说下周"]) == {
        "退款客户说下周": NONE_OWED}


# 2. 还差2000，是另一单的 on 7,000, then a doubt: (收款, hand)
OWES: Account = _black(2_000)
DISOWNED: dict[str, tuple[float, Account]] = {
    f"还差2000，是另一单的，{doubt}": (7_000, NONE_OWED)
    for doubt in ("新订单需要确认", "PI还没确认", "数量待确认", "款式待确认")} | {
    "还差2000是另一单的，新订单需要确认": (7_000, NONE_OWED),
    "还差2000是另一单的，PI还没确认": (7_000, NONE_OWED)} | {
    f"还差2000，是另一单的，{doubt}": (7_000, OWES)
    for doubt in ("待确认", "还没确认", "待老板确认", "金额待确认", "水单还要查", "是否属实待确认",
                  "哪一单待确认")}


def test_a_doubt_of_another_thing_leaves_the_disowning(tmp_path: Path) -> None:
    """DISOWNED by hand, under the order, typed on its tab, on a 收款 tab, in April's file."""
    _check(tmp_path, DISOWNED)


# 3. grants on 5,000 of 7,000, typed on the order's tab
GRANT = "客户少付2000，老板同意了，"
GRANTED = [f"{GRANT}{words}" for words in (
    "已结汇", "月底结汇", "下周结汇", "下周换汇", "外汇", "下周去汇丰开户", "已汇", "下周汇报")]
PAID_LATER = [f"{GRANT}{words}" for words in (
    "下周汇过来", "月底转过来", "下周打过来", "下周汇款", "下周电汇", "月底汇给我们")]


def test_the_firm_s_currency_is_no_payment_and_money_coming_over_is(tmp_path: Path) -> None:
    """Hand: 3,000 + 5,000 of 10,000; granted nothing owed, paid later 2,000, 72 days, black."""
    names = GRANTED + PAID_LATER
    got = _accounts(tmp_path, _shaped("tab", names, 5_000), names)
    assert got == {**dict.fromkeys(GRANTED, NONE_OWED), **dict.fromkeys(PAID_LATER, SHORT)}


WIRED_LATER = ["客户说下周汇款", "客户说下周电汇", "客户说月底汇过来"]


def test_his_wire_to_come_stays_his_plan(tmp_path: Path) -> None:
    """汇 of paying on a 7,000 row: his plan 7,000, 72 days, black; 客户说已汇 nothing (as main)."""
    assert _balances(tmp_path, [*WIRED_LATER, "客户说已汇"]) == {
        **dict.fromkeys(WIRED_LATER, OWED), "客户说已汇": PAID}


# 4. a wire's earlier debt said paid, then a doubt of a detail or of the money
DEBT = "上次欠款，财务说已付，"
DETAILS = [f"{DEBT}{words}待确认" for words in ("款式", "款号", "款型", "付款方式", "付款条件")]
MONEY = [f"{DEBT}{words}" for words in (
    "款项待确认", "欠款待确认", "付款待确认", "尾款待确认", "货款待确认", "款式待确认，待确认",
    "款式待确认，钱还没到")]


def test_a_wires_doubt_of_the_style_or_the_way_of_paying(tmp_path: Path) -> None:
    """DETAILS: the wire pays X-1 (5,025 open, 0 days); MONEY: X-1 5,000, 84 days, black."""
    assert _wires(tmp_path, DETAILS + MONEY) == {**dict.fromkeys(DETAILS, PAID_OLD),
                                                 **dict.fromkeys(MONEY, OLD_BLACK)}


CELL = "定金3000，上批欠款4000已付，"
CELL_DETAILS = [f"{CELL}款式待确认", f"{CELL}付款方式待确认"]
CELL_MONEY = [f"{CELL}货款待确认", f"{CELL}尾款待确认"]


def test_a_deposit_cells_doubt_of_the_style(tmp_path: Path) -> None:
    """CELL_DETAILS nothing owed, 3,000 held; CELL_MONEY 4,000, 39 days, watch, 7,000 held."""
    assert _deposits(tmp_path, CELL_DETAILS + CELL_MONEY) == {
        **dict.fromkeys(CELL_DETAILS, DEBT_PAID), **dict.fromkeys(CELL_MONEY, DEBT_OWED)}
