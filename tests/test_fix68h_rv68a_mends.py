"""fix68h: rv68a's review of fix67m (reader 275) mended (issue 11) — a doubt settled in the
firm's own words, "not fake" no doubt, an order or reply given to us no money, a fee left out or
a balance said come no balance denied, the buyer's side's boss no grant, English doubts of whom
and when.

Real .xlsx ledgers imported into a real SQLite file, each account read as of 2025-06-30 as
(owed, days late, list[, held]).

1. A register wire (X-1 5,000 shipped 03-08, OA 30 days: 84 days late; X-2 6,000 not due;
   5,975 wired 06-25) noting 上次欠款，财务说已付，待确认, then 已确认过了 / 已经确认过了 /
   已核实过 / 老板已确认 / 会计已确认 / 我已确认 / 已确认没问题 / 已确认OK / 核对无误了 /
   已确认，不是假水单 / 已确认，水单不是假的: X-1 5,000, 84 days, black → paid (5,025 open, not
   late). Kept: 已确认订单 / 客户已确认 / 客户老板已确认 / 查了，没有 / 确认了是假水单 /
   "to be confirmed with bank": 5,000, 84 days, black ("with bank": paid → black).
2. A deposit cell (old 4,000 due 05-20: 39 days; new 7,000 cell 06-05 of a 10,000 order):
   上批欠款4000已付，待确认，已确认过了 / 老板已确认 / 财务已确认过了 / 已确认，不是假水单:
   4,000, 39 days, watch → nothing owed, 3,000 held; "to be confirmed with bank" / "not sure if
   received" / "to be checked with finance" / 待确认是否已收: nothing → 4,000, 39 days, watch,
   7,000 held; 上批应该付的4000，客户说已付 / 上批应付的4000，客户说已付 (his word): nothing →
   4,000 watch; 上批应收的4000已收 / 上批应该收的4000已收 / 上批欠款4000已收 (the firm's own
   已收): 4,000 watch → nothing, 3,000 held. Kept: 已收？, 客户说已收, 应该付的4000还没付 owed;
   应该付的4000已付, 财务说已付 paid.
3. The standard order (10,000, deposit 3,000 on 03-02, due 04-19) with a 5,000 balance row on
   04-20: 客户少付2000，老板同意了，下周给我们下新单 / 月底给我们发订单 / 下次给我们返单 / 下周给
   我们回复: 2,000, 72 days, black → nothing (granted; an order or a reply given, no money),
   on the order's tab, a 收款 tab or a later file; kept 2,000 black: 下周给我们 / 下周给我们转
   过来 / 月底结; 下周给我们2000: nothing → 2,000 black (the figure given us not let go; 老板同意
   让1000，下周给我们1000: 1,000 black). 客户少付2000，对方老板同意了 / 客户老板同意了 /
   他们老板同意了, "short 2000,
   their own boss / their company boss / their big boss / their new manager agreed", "their
   boss and finance agreed": nothing → 2,000, 72 days, black (his side's consent); kept
   granted: 老板同意了, 我们老板同意了, "our boss agreed", "our company boss agreed".
4. A 7,000 balance row: 运费客户还没付尾款已收 / 7000不含运费客户还没付: 7,000, 72 days, black
   → nothing (the fee's), under the order, on its tab, a 收款 tab or a later file; kept
   7,000 black: 7000含运费客户还没付 / 运费客户还没付尾款.
5. A cancelled order (10,000 shipped 03-01, OA: 91 days) a later tab notes "shipped, to be
   confirmed with customer" / "…, pending confirmation from customer" / "…, not sure if
   received" / "…, tbc next week": 10,000, 91 days, black → stays cancelled (nothing); "shipped"
   bare and "shipped but customer not confirmed receipt" stay 10,000 black.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED as BALANCE_OWED
from test_fix57i_cancel_went_ahead import BLACK, NONE, _po, _state, _tabs
from test_fix62f_repeated_cells import PAID as NONE_OWED
from test_fix62f_repeated_cells import _accounts
from test_fix65b_finance_report import OLD_BLACK, PAID_OLD, _deposits, _wires
from test_fix65b_finance_report import OWED as DEBT_OWED
from test_fix65b_finance_report import PAID as DEBT_PAID
from test_fix65d_grant_and_typed_plan import SHORT
from test_fix66a_rest_disowned import SHAPES, _read
from test_fix67e_rv67a_mends import _shaped
from test_fix67m_settled import NOT_SETTLED
from test_fix67m_settled import SETTLED as SETTLED_BEFORE

DEBT = "上次欠款，财务说已付，待确认，"
# 1. the firm's own settling in its whole clause, or "not fake": X-1 paid
WIRE_SETTLED = [f"{DEBT}{words}" for words in (
    "已确认过了", "已经确认过了", "已核实过", "老板已确认", "会计已确认", "我已确认",
    "已确认没问题", "已确认OK", "核对无误了", "财务已确认过了", "已确认，不是假水单",
    "已确认，水单不是假的", "今天已确认", "银行已确认", "后来已确认，没有问题")]
# ... still not settled: the buyer's side, another thing, found false, an English doubt
WIRE_DOUBTED = [f"{DEBT}{words}" for words in (
    "客户老板已确认", "对方已确认过了", "已确认订单过了", "已确认，是假水单")] + [
    "上次欠款，财务说已付，to be confirmed with bank",
    "上次欠款，财务说已付，pending confirmation from finance"]


def test_wires_settled_in_the_firms_words(tmp_path: Path) -> None:
    """Hand: settled by the firm, X-1 paid (5,025 open, 0 days); else 5,000, 84 days, black.
    fix67m's own cases keep their accounts beside them."""
    settled = WIRE_SETTLED + SETTLED_BEFORE
    doubted = WIRE_DOUBTED + NOT_SETTLED
    assert _wires(tmp_path, settled + doubted) == {
        **dict.fromkeys(settled, PAID_OLD), **dict.fromkeys(doubted, OLD_BLACK)}


CELL = "定金3000，上批欠款4000已付，"
CELL_PAID = [f"{CELL}{words}" for words in (
    "待确认，已确认过了", "待确认，老板已确认", "待确认，财务已确认过了",
    "待确认，已确认，不是假水单", "待确认，已确认到账", "待确认，后来已确认")]
CELL_OWED = [f"{CELL}{words}" for words in (
    "to be confirmed with bank", "not sure if received", "to be checked with finance",
    "not confirmed by customer yet", "to be confirmed", "待确认", "待确认，客户已确认",
    "待确认，确认了是假水单", "待确认，已确认订单")]


# ... the report's left cells: the debt named by its due then his word (owed), the firm's own
# 已收 ending the debt's clause (paid), the money's coming asked after a doubt (owed)
LEFT_PAID = ["定金3000，上批应收的4000已收", "定金3000，上批应该收的4000已收",
             "定金3000，上批欠款4000已收", "定金3000，上批应该付的4000已付",
             "定金3000，上批应该付的4000，财务说已付"]
LEFT_OWED = ["定金3000，上批应该付的4000，客户说已付", "定金3000，上批应付的4000，客户说已付",
             "定金3000，上批应该付的4000还没付", "定金3000，上批欠款4000已收？",
             "定金3000，上批欠款4000客户说已收", "定金3000，上批欠款4000，待确认是否已收"]


def test_deposit_cells(tmp_path: Path) -> None:
    """Hand: the debt settled, nothing owed, 3,000 held; doubted, 4,000, 39 days, watch."""
    paid, owed = CELL_PAID + LEFT_PAID, CELL_OWED + LEFT_OWED
    assert _deposits(tmp_path, paid + owed) == {
        **dict.fromkeys(paid, DEBT_PAID), **dict.fromkeys(owed, DEBT_OWED)}


GRANT = "客户少付2000，老板同意了，"
# 3. granted, what he gives us an order or a reply
GRANTED = [f"{GRANT}{words}" for words in (
    "下周给我们下新单", "月底给我们发订单", "下次给我们返单", "下周给我们回复",
    "下周给客户发PI")] + [
    "客户少付2000，老板同意了", "客户少付2000，我们老板同意了", "short 2000, our boss agreed",
    "short 2000, our company boss agreed"]
# ... the money paid later, or his side's consent: 2,000, 72 days, black
NOT_GRANTED = [f"{GRANT}{words}" for words in (
    "下周给我们", "下周给我们2000", "下周给我们转过来", "月底结")] + [
    "客户少付2000，对方老板同意了", "客户少付2000，客户老板同意了", "客户少付2000，他们老板同意了",
    "客户少付2000，客户公司的经理同意了", "short 2000, their own boss agreed",
    "short 2000, their company boss agreed", "short 2000, their big boss agreed",
    "short 2000, their new manager agreed", "short 2000, their boss and finance agreed",
    "short 2000, their boss agreed", "short 2000, the customer's boss agreed"]


# ... a part let go, the rest given us later: that rest, 1,000, 72 days, black
HALF = "客户少付2000，老板同意让1000，下周给我们1000"


def test_grants_on_every_layout(tmp_path: Path) -> None:
    """Hand: 3,000 + 5,000 of 10,000; granted, nothing owed; not, 2,000, 72 days, black — on
    the order's tab, a 收款 tab or a later file alike."""
    names = GRANTED + NOT_GRANTED + [HALF]
    for layout in ("tab", "收款", "later"):
        (tmp_path / layout).mkdir()
        got = _accounts(tmp_path / layout, _shaped(layout, names, 5_000), names)
        assert {name: got[name] for name in names} == {
            **dict.fromkeys(GRANTED, NONE_OWED), **dict.fromkeys(NOT_GRANTED, SHORT),
            HALF: (1_000.0, 72, "black", 0.0)}, layout


OWES_ALL = (*BALANCE_OWED, 0.0)
# 4. 7,000 received: the fee's denial (balance left out of it, or said come) or the balance's
FEES: dict[str, tuple[float, tuple[float, int, str | None, float]]] = {
    "运费客户还没付尾款已收": (7_000, NONE_OWED),
    "7000不含运费客户还没付": (7_000, NONE_OWED),
    "尾款已收不含运费，运费客户还没付": (7_000, NONE_OWED),
    "运费客户还没付": (7_000, NONE_OWED),
    "7000含运费客户还没付": (7_000, OWES_ALL),
    "运费客户还没付尾款": (7_000, OWES_ALL),
}


def test_fee_words_in_every_shape(tmp_path: Path) -> None:
    """Hand: the fee alone unpaid, nothing owed; the balance unpaid, 7,000, 72 days, black —
    under the order, on its tab, a 收款 tab or a later file."""
    want = {name: hand for name, (_, hand) in FEES.items()}
    for shape in SHAPES:
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        assert _read(place, shape, FEES) == want, shape


UNSURE_SHIPPED = ["shipped, to be confirmed with customer", "shipped, pending confirmation from "
                  "customer", "shipped, not sure if received", "shipped, tbc next week",
                  "shipped, to be confirmed"]
SHIPPED = ["shipped", "shipped but customer not confirmed receipt"]


def test_cancelled_order_shipped_in_doubt(tmp_path: Path) -> None:
    """Hand: shipped in doubt, the order stays cancelled (nothing); shipped, 10,000, 91 days,
    black."""
    for i, note in enumerate(UNSURE_SHIPPED + SHIPPED):
        where = tmp_path / f"c{i}"
        where.mkdir()
        _tabs(where, {"3月": _po("已取消"), "4月": _po(note)})
        assert _state(where) == (NONE if note in UNSURE_SHIPPED else BLACK), note
