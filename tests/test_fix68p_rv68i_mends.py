"""fix68p: rv68i's review of fix68h (reader 283) mended (issue 11) — a figure given us later in
words no grant, a result or an order given us no money, his boss his side, an English settle
after an English doubt, 到帐 as 到账, a paper come no money.

Real .xlsx ledgers imported into a real SQLite file, each account read as of 2025-06-30 as
(owed, days late, list[, held]).

1. The standard order (10,000, deposit 3,000 on 03-02, due 04-19) with a 5,000 balance
   row on 04-20, on the order's tab, a 收款 tab and a later file:
   客户少付2000，老板同意了，下周给我们两千 / 两千块 / 二千元 / 2千: nothing → 2,000,
   72 days (11+31+30), black (what he gives later is the short, not let go); …一千:
   nothing → 1,000, 72 days, black; …下周给我们结果 / 转告 / 补单 / 转介绍客户 /
   安排新订单: 2,000, 72 days, black → nothing (granted: a result, a message, an order or
   a referral is no money); 他老板 / 她老板同意了: nothing → 2,000, 72 days, black (his
   side). Kept: 下周给我们 / 2000 / 转过来 / 安排付款 / 补上 / 结 / 付 / 打款 / 转账 /
   2000美金 / USD2000 2,000 black; 1000 1,000 black; 下新单 / 打样 / 2000件货 / 寄样品 /
   安排发货, 老板同意了 / 我们老板 / 其他老板同意了 granted; 他们老板同意了 2,000 black.
2. A deposit cell (old 4,000 due 05-20: 39 days late; new 7,000 cell 06-05 of a 10,000 order):
   上批欠款4000已付，to be confirmed with bank, bank confirmed / confirmed received / confirmed
   with bank: 4,000, 39 days, watch → nothing owed, 3,000 held; …待确认，已确认到帐: 4,000 watch
   → nothing; 上批欠款4000已收到水单 / 通知 / 截图 / 客户水单, 上批应收的4000已收到水单 / 通知:
   nothing → 4,000, 39 days, watch, 7,000 held. Kept: "…with bank" alone, "…, not confirmed",
   "to be confirmed, confirmed" 4,000 watch; …with bank，已确认过了, 已确认到账, 已收 / 已收款 /
   已收到 / 已收到了 paid.
3. A register wire (X-1 5,000 shipped 03-08, OA 30 days: 84 days late; 5,975 wired 06-25) noting
   上次欠款，财务说已付，待确认，财务已确认到帐 / 已确认到帐了 / 已确认入账: X-1 5,000, 84 days,
   black → paid (5,025 open, 0 days). Kept: 已确认到账了 paid, 客户已确认到帐 black (his word).
"""

from __future__ import annotations

from pathlib import Path

from test_fix62f_repeated_cells import PAID as NONE_OWED
from test_fix62f_repeated_cells import _accounts
from test_fix65b_finance_report import OLD_BLACK, PAID_OLD, _deposits, _wires
from test_fix65b_finance_report import OWED as DEBT_OWED
from test_fix65b_finance_report import PAID as DEBT_PAID
from test_fix65d_grant_and_typed_plan import SHORT
from test_fix67e_rv67a_mends import _shaped

GRANT = "客户少付2000，老板同意了，"
SHORT_HALF = (1_000.0, 72, "black", 0.0)
# 1. what he gives us later: the short's figure (in words too), or money
GIVEN = {f"{GRANT}下周给我们{words}": SHORT for words in (
    "两千", "两千块", "二千元", "2千", "", "2000", "转过来", "安排付款", "补上", "结", "付",
    "打款", "转账", "2000美金", "USD2000")} | {
    f"{GRANT}下周给我们{words}": SHORT_HALF for words in ("一千", "1000")} | {
    f"客户少付2000，{who}老板同意了": SHORT for who in ("他", "她", "他们")}
# ... or no money: a result, a message, an order, a referral, a sample, goods; our boss's grant
GRANTED = [f"{GRANT}下周给我们{words}" for words in (
    "结果", "转告", "补单", "转介绍客户", "安排新订单", "下新单", "打样", "2000件货", "寄样品",
    "安排发货")] + [f"客户少付2000，{who}老板同意了" for who in ("", "我们", "其他")]


def test_given_later_on_every_layout(tmp_path: Path) -> None:
    """Hand: 3,000 + 5,000 of 10,000; granted, nothing owed; given us later, that figure, 72 days,
    black — on the order's tab, a 收款 tab or a later file alike."""
    names = [*GIVEN, *GRANTED]
    for layout in ("tab", "收款", "later"):
        (tmp_path / layout).mkdir()
        got = _accounts(tmp_path / layout, _shaped(layout, names, 5_000), names)
        assert {name: got[name] for name in names} == {
            **GIVEN, **dict.fromkeys(GRANTED, NONE_OWED)}, layout


CELL = "定金3000，上批欠款4000"
# 2. settled in English after an English doubt, or 到帐; paid as said
CELL_PAID = [f"{CELL}已付，{words}" for words in (
    "to be confirmed with bank, bank confirmed", "to be confirmed with bank, confirmed received",
    "to be confirmed with bank, confirmed with bank", "to be confirmed with bank，已确认过了",
    "待确认，已确认到帐", "待确认，已确认到账")] + [
    f"{CELL}{words}" for words in ("已收", "已收款", "已收到", "已收到了")]
# ... doubted still, or only a paper come
CELL_OWED = [f"{CELL}已付，{words}" for words in (
    "to be confirmed with bank", "to be confirmed with bank, not confirmed",
    "to be confirmed, confirmed")] + [
    f"{CELL}已收到{paper}" for paper in ("水单", "通知", "截图", "客户水单")] + [
    f"定金3000，上批应收的4000已收到{paper}" for paper in ("水单", "通知")]


def test_deposit_cells(tmp_path: Path) -> None:
    """Hand: the debt settled, nothing owed, 3,000 held; doubted or a paper alone come, 4,000,
    39 days, watch, 7,000 held."""
    assert _deposits(tmp_path, CELL_PAID + CELL_OWED) == {
        **dict.fromkeys(CELL_PAID, DEBT_PAID), **dict.fromkeys(CELL_OWED, DEBT_OWED)}


DEBT = "上次欠款，财务说已付，待确认，"
# 3. 帐 and 入账 settle as 到账; the buyer's word does not
WIRE_PAID = [f"{DEBT}{words}" for words in (
    "财务已确认到帐", "已确认到帐了", "已确认入账", "已确认到账了", "财务已确认到账")]
WIRE_BLACK = [f"{DEBT}客户已确认到帐"]


def test_wires_settled_to_the_account(tmp_path: Path) -> None:
    """Hand: settled, X-1 paid (5,025 open, 0 days); the buyer's word, 5,000, 84 days, black."""
    assert _wires(tmp_path, WIRE_PAID + WIRE_BLACK) == {
        **dict.fromkeys(WIRE_PAID, PAID_OLD), **dict.fromkeys(WIRE_BLACK, OLD_BLACK)}
