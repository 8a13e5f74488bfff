"""fix67e: rv67a's review of fix66g (reader 257) and fix66k (reader 262) mended (issue 11).

Real .xlsx ledgers imported into a real SQLite file, the account read as of 2025-06-30.

1. A wire (X-1 5,000 shipped 03-08, OA 30 days, 84 days late; X-2 6,000 due 07-01; 5,975 wired
   06-25) noting the earlier debt said paid by the firm's finance, doubted, then the doubt
   withdrawn (…，待确认，后来已确认 / 已到账, 没找到水单，后来找到了, 还要查，查到了,
   待核实，核实过了): the wire pays X-1, 5,025 open, 0 days, no list (main: X-1 5,000, 84
   days, black). Not withdrawn where the settling word is asked, reported or feared (已确认？,
   客户说已确认, 可能已到账), of X-2 after X-1 named, or doubted again after it: black.
2. The order's details doubted (数量待确认, 颜色待确认, 唛头待确认, 包装还要确认, 价格待确认, 交期待
   确认): the wire pays X-1 (main: black). A doubt doubts the debt only bare or of the money or its
   proof (part_of.names_money_or_proof).
3. Doubts main did not read (还没确认, 待老板确认, 待财务确认, 需要核实) and the debt named in its
   doubt or denial (上批水单还没找到, 上次的钱还没到, 钱其实还没到): X-1 5,000, 84 days, black
   (main: paid). 不需要核实 no doubt.
4. A deposit cell (an old 4,000 due 05-20 unpaid, 39 days late; a new order's 7,000 cell on 06-05)
   reads its doubt as the wire does (named_papers.doubted): withdrawn or of the details, nothing
   owed, 3,000 held (main: 4,000, 39 days, watch, 7,000 held); 还没确认, 待老板确认: 4,000 watch
   (main: nothing owed). Its debt joined to a fee: 上批欠款4000和运费还没付 4,000 watch (main:
   nothing owed), 上批欠款和运费共4000已付 nothing owed (main: 4,000 watch).
5. A balance row of 5,000 received of 7,000 (order 10,000, deposit 3,000, due 04-19), typed on
   the order's tab, on a 收款 tab, in a later file: a grant, then the firm's doing at a time to
   come (下周给客户发PI, 月底汇总报给财务, 下周汇报): nothing owed (main: 2,000, 72 days,
   black); money then (下周给钱, 下周汇款, 月底结清) stays 2,000 black. An English consent
   after other words (short 2000, sample approved, boss agreed; …quality issue, boss agreed;
   short 2000. boss agreed): nothing owed (main: 2,000 black); the buyer's report of it or
   another thing's approval alone: 2,000 black. A set-off on the next order with this time's
   taking denied or an earlier lot's (这次先不扣, 本次未扣, 上批的已扣): 2,000, 72 days, black
   (main: nothing owed).
6. A balance row of 7,000 received: the buyer's bare time with the balance named beside another
   thing (尾款连运费客户说月底, 问客户尾款和运费何时付，客户说下周) or asked after a goods event
   (发货后问客户，客户说月底): 7,000, 72 days, black (main: nothing owed); asked of another
   matter (问客户验货结果，客户说下周) nothing owed. A fee before the buyer's denial
   (运费客户还没付, 代理费客户还没付): nothing owed (main: 7,000 black); the balance so denied
   stays 7,000 black.
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import LAST, _order
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix62f_repeated_cells import APRIL, DEPOSIT, _accounts, _typed
from test_fix62f_repeated_cells import PAID as NONE_OWED
from test_fix64e_rv64b_mends import typed_balances
from test_fix65b_finance_report import OLD_BLACK, PAID_OLD, _deposits, _wires
from test_fix65b_finance_report import OWED as DEBT_OWED
from test_fix65b_finance_report import PAID as DEBT_PAID
from test_fix65d_grant_and_typed_plan import SHORT

DEBT = "上次欠款，财务说已付，"
# 1. the doubt withdrawn: the wire pays X-1 (main: X-1 5,000, 84 days, black)
WITHDRAWN = [f"{DEBT}{words}" for words in (
    "待确认，后来已确认", "待确认，现已确认", "待确认，已确认", "待确认，已到账",
    "待确认，后来确认了", "没找到水单，后来找到了", "没找到水单，客户补发了水单",
    "还要查，查到了", "待核实，核实过了")] + [
    "上次欠款，财务说已付（待确认），后已确认到账",
    "客户问：上次欠款已付？财务说已付，待确认，后来已确认"]
# ... not withdrawn: asked, reported, feared, of another paper, doubted again: black
NOT_WITHDRAWN = [f"{DEBT}{words}" for words in (
    "待确认，已确认？", "待确认，客户说已确认", "待确认，可能已到账", "已确认，但钱还没到",
    "没找到水单，还没找到", "待确认，后来已确认，钱还没到")] + [
    "上次欠款X-1，财务说已付，待确认，X-2已到账"]
# 2. the order's details doubted: the wire pays X-1 (main: black)
DETAILS = [f"{DEBT}{words}" for words in (
    "数量待确认", "数量还要确认", "颜色待确认", "唛头待确认", "包装还要确认", "价格待确认",
    "交期待确认", "不需要核实")]
# ... a detail, then the money or a bare doubt: black
DETAILS_THEN_DOUBT = [f"{DEBT}数量待确认，待确认", f"{DEBT}数量待确认，钱还没到",
                      f"{DEBT}样品待确认，水单没找到"]
# 3. doubts main did not read, and the debt named in its doubt or denial: black (main: paid)
NEW_DOUBTS = [f"{DEBT}{words}" for words in (
    "还没确认", "待老板确认", "待财务确认", "需要核实", "上批水单还没找到", "上次的钱还没到",
    "钱其实还没到", "提单待确认，钱其实还没到")]


def test_a_wires_doubt_withdrawn_of_details_or_unread(tmp_path: Path) -> None:
    """Each wire's account (before → after in the module's docstring)."""
    paid = WITHDRAWN + DETAILS
    black = NOT_WITHDRAWN + DETAILS_THEN_DOUBT + NEW_DOUBTS
    assert _wires(tmp_path, paid + black) == {**dict.fromkeys(paid, PAID_OLD),
                                              **dict.fromkeys(black, OLD_BLACK)}


# 4. the deposit cell's doubt read as the wire's, its debt joined to a fee
CELL_PAID = ["定金3000，上批欠款4000已付，待确认，后来已确认",
             "定金3000，上批欠款4000已付，待确认，已到账",
             "定金3000，上批欠款4000已付，样品待确认", "定金3000，上批欠款4000已付，数量待确认",
             "定金3000，上批欠款4000财务说已付，样品待确认", "定金3000，上批欠款和运费共4000已付"]
CELL_OWED = ["定金3000，上批欠款4000已付，还没确认", "定金3000，上批欠款4000已付，待老板确认",
             "定金3000，上批欠款4000已付，待确认",
             "定金3000，上批欠款4000已付，待确认，客户说已确认",
             "定金3000，上批欠款4000已付，数量待确认，待确认", "定金3000，上批欠款4000和运费还没付",
             "定金3000，上批欠款4000已付待核实"]


def test_a_deposit_cells_doubt_read_as_a_wires(tmp_path: Path) -> None:
    """Each cell's account (before → after in the module's docstring)."""
    assert _deposits(tmp_path, CELL_PAID + CELL_OWED) == {
        **dict.fromkeys(CELL_PAID, DEBT_PAID), **dict.fromkeys(CELL_OWED, DEBT_OWED)}


# 5. grants on 5,000 of 7,000: the firm's doing later, an English consent after other words
GRANT = "客户少付2000，老板同意了，"
GRANTED = [f"{GRANT}{words}" for words in (
    "下周给客户发PI", "下周给客户报价", "下月给客户发新品目录", "月底给客户回复",
    "月底汇总报给财务", "下周汇报", "下单再扣，这次扣了")] + [
    "short 2000, sample approved, boss agreed", "short 2000, freight waived, boss agreed",
    "short 2000 for quality issue, boss agreed", "short 2000, quality issue, boss agreed",
    "short 2000, after talks boss agreed", "short 2000. boss agreed"]
# ... money paid later, the taking now denied or an earlier lot's, the buyer's report or
# another thing approved: 2,000, 72 days, black
NOT_GRANTED = [f"{GRANT}{words}" for words in (
    "下周给钱", "下周汇款", "月底结清", "下单再扣，这次先不扣", "下单再扣，这次不扣",
    "下单再扣，本次未扣", "下单再扣，上批的已扣")] + [
    "short 2000, quality issue, customer says boss agreed", "short 2000, sample approved",
    "short 2000, quality issue, boss not agreed"]
# ... a deduction set off on the next order reads the taking now alike (short_granted.
# later_set_off, deduction_notes): denied or an earlier lot's, not taken, 2,000 black (main:
# nothing owed); taken this time, nothing owed (as main)
SET_OFF_NOT_TAKEN = ["佣金2000，下个订单里扣，这次不扣", "佣金2000，下个订单里扣，上批的已扣"]
SET_OFF_TAKEN = ["佣金2000，下个订单里扣，这次扣了"]


def _shaped(layout: str, notes: list[str], received: float) -> list[dict[str, list[list[object]]]]:
    """Each note on a typed 尾款70% row (`received` 04-20) of its own order (the buyer named by
    the note): on the order's tab, on a 收款 tab of the same file, or in a later file."""
    march: list[list[object]] = []
    typed: list[list[object]] = []
    for i, note in enumerate(notes):
        number = f"2025-6{i:02d}"
        march += [_order(number, note), DEPOSIT]
        typed.append(_typed(number, note, "尾款70%", received, APRIL, note))
    if layout == "tab":
        return [{"台账": [*march, *typed, LAST]}]
    if layout == "收款":
        return [{"台账": [*march, LAST], "收款": typed}]
    return [{"台账": [*march, LAST]}, {"台账": [*typed, LAST]}]


def test_grants_on_every_shape(tmp_path: Path) -> None:
    """Hand count: 3,000 + 5,000 came of 10,000; granted, nothing owed; not, 2,000, 72 days,
    black, on the order's tab. A typed row away from its order (a 收款 tab, a later file) reads
    no grant at all (客户少付2000，老板同意了 2,000 black there on main too, rv67a s4): the ones
    not granted stay 2,000 black there."""
    names = GRANTED + NOT_GRANTED + SET_OFF_NOT_TAKEN + SET_OFF_TAKEN
    for layout in ("tab", "收款", "later"):
        (tmp_path / layout).mkdir()
        got = _accounts(tmp_path / layout, _shaped(layout, names, 5_000), names)
        assert {name: got[name] for name in NOT_GRANTED} == dict.fromkeys(NOT_GRANTED, SHORT)
        if layout == "tab":
            assert {name: got[name] for name in GRANTED} == dict.fromkeys(GRANTED, NONE_OWED)
            assert {name: got[name] for name in SET_OFF_NOT_TAKEN + SET_OFF_TAKEN} == {
                **dict.fromkeys(SET_OFF_NOT_TAKEN, SHORT),
                **dict.fromkeys(SET_OFF_TAKEN, NONE_OWED)}


# 6. his bare time with the balance named or asked after a goods event: 7,000 black (main: 0)
HIS_TIME = ["尾款连运费客户说月底", "尾款和运费：客户说月底",
            "问客户尾款和运费何时付，客户说下周",
            "问客户货款和样品费何时付，客户说下周", "发货后问客户，客户说月底",
            "提单寄出后问客户，客户说下周", "样品确认后问客户，客户说下周吧"]
# ... of another matter: nothing owed (as main)
ELSE_TIME = ["问客户验货结果，客户说下周", "问客户什么时候发货，客户说月底",
             "发货时间客户说月底",
             "问客户运费何时付，客户说下周", "运费客户说月底"]
# a fee before his denial: nothing owed (main: 7,000 black); the balance so denied: 7,000 black
FEE_DENIED = ["运费客户还没付", "代理费客户还没付", "清关代理费客户还没付", "运费500客户还没付"]
# (货代运费客户还没付: the firm's forwarder's freight, his not paying the balance's, fix64e)
BALANCE_DENIED = ["尾款和运费客户还没付", "运费已付，客户还没付", "尾款客户还没付",
                  "货代运费客户还没付"]


def test_his_time_and_a_fee_before_him(tmp_path: Path) -> None:
    """Each balance row's account (before → after in the module's docstring)."""
    owed = HIS_TIME + BALANCE_DENIED
    paid = ELSE_TIME + FEE_DENIED
    assert _balances(tmp_path, owed + paid) == {**dict.fromkeys(owed, OWED),
                                                **dict.fromkeys(paid, PAID)}


def test_his_time_on_a_typed_row_and_later(tmp_path: Path) -> None:
    """The typed row (on the order's tab, a 收款 tab, in a later file) reads them alike."""
    cases = {f"T {note}": (*OWED, 0) for note in HIS_TIME[:3] + HIS_TIME[4:5]}
    cases |= {f"T {note}": (*PAID, 0) for note in ELSE_TIME[:1] + FEE_DENIED[:2]}
    (tmp_path / "typed").mkdir()
    assert typed_balances(tmp_path / "typed", dict(cases)) == {
        name: (*hand[:3], 0.0) for name, hand in cases.items()}
    notes = HIS_TIME[:2] + ELSE_TIME[:1] + FEE_DENIED[:1]
    hand = {**dict.fromkeys(HIS_TIME[:2], (7_000.0, 72, "black", 0.0)),
            **dict.fromkeys(ELSE_TIME[:1] + FEE_DENIED[:1], NONE_OWED)}
    for layout in ("收款", "later"):
        (tmp_path / layout).mkdir()
        assert _accounts(tmp_path / layout, _shaped(layout, notes, 7_000), notes) == hand, layout
