"""fix67g: rv67b's review of fix66h (reader 259) and fix66j (261) mended.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row received 7,000 on 04-20 with the note — typing the number and buyer (T), the number
only (N) or neither (B) on the order's tab; typed on a 收款 tab in the ledger's header (K); typed
in April's file (F). The sheet's last row another buyer's 1,000 received 06-30. Hand count as of
06-30: this money not in leaves all 7,000 open since 04-19, 72 days (11 + 31 + 30), black (over
60 days); a rest of this order 2,000, 72 days, black; the money come, or a rest another
order's, 10,000 − 3,000 − 7,000 = 0 open.

(1) Another order's money said come, then this money's words with no stop (另一单已收但尾款没收,
另一单已收 尾款没收, 另一单已到账尾款未到, 另一单已收这笔没收, 新订单定金已收尾款没收, 收到另一单的
钱尾款没收到) are two clauses, as with a comma (others_money.split_after_others): main read the
other's came word as this money's, nothing owed → 7,000, 72 days, black. So does a came word said
wrong after it (另一单和尾款已收的说法不对，尾款没收). Kept: this money joined to the other's
(另一单和尾款已收, 收到另一单和尾款) or named before (尾款已收另一单下周付) came, nothing owed.
(2) 下单 with a paid word after it, this money not named between (客户下单已付, 下单并已付款, 新下
单已付, 又下单已付全款, 下单的那笔已付, 又下了一单已付): another order's money (came_words.
ANOTHER_ORDER), main nothing → 7,000 black; 未下单，尾款已收, 下单后尾款已付 stay come. 下单尚欠
2000: this order's rest, main 7,000 → 2,000 black (part_said._next_lot).
(3) The money due at a place of money (客户已付，下周到帐 / 到银行 / 到我司(账户) / 到中行 /
到位 / 到达, 下周入账, 周五到, 3天后到, 过几天到, 钱还没到(帐)): on its way, main nothing →
7,000 black; a port, a warehouse, a shore, a container, a factory, a city (下周到港, 到仓库,
到洛杉矶) stay goods.
(4) Another order's number right before a rest in other spellings (X99-1订单 / 单 / 号单 / 这单 /
：/ 【】 / [] / / / -; 另一单：; 2025-4999订单): main 2,000, 72 days, black → nothing; across a
comma (X99-1，尚欠2000), further back (和X99-1合并结算) or a model (其他型号) 2,000 black as main.
(5) A wait denied or dropped (等客户付款？没有, 等客户付款，没有的事, 等客户付款，不用了已收,
没在等客户付款, 不再等, 曾等): main 7,000 black → nothing; 等客户付款，没有收到 / ，没有 /
，不是已付, 还在等客户付款 stay 7,000 black. Each ledger is a real .xlsx imported into a
real SQLite file by both imports.
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import LAST, _order
from test_fix62f_repeated_cells import APRIL, DEPOSIT, OWED, PAID, _accounts, _typed
from test_fix65h_way_named import typed_ways
from test_fix65k_plan_of_other_money import _read
from test_fix66f_another_rest import REST, X99, _rows

# (1) this money not in beside another's come in one clause: 7,000, 72 days, black (main: 0)
ONE_CLAUSE = ["另一单已收尾款没收", "另一单已收但尾款没收", "另一单已收 尾款没收",
              "另一单已收而尾款没收",
              "另一单已到账尾款未到", "另一单已收这笔没收", "新订单定金已收尾款没收",
              "另一单和定金已收尾款没收", "收到另一单的钱尾款没收到", "另一单已收尾款未到",
              "另一单已收尾款催款中", "另一单已收尾款客户说下周付", "另一单已收本单还没收",
              "另一单和尾款已收的说法不对，尾款没收", "客户说下周付，尾款已收写错了"]
# ... the opposites: this money came, joined with the other's or named on its own (nothing,
# as main): after a plan, so that only the came clause clears it
CAME_TOO = ["客户说下周付，另一单和尾款已收", "客户说下周付，尾款+另一单货款已到账",
            "客户说下周付，尾款已收另一单下周付", "客户说下周付，4/20到账后客户又下单",
            "客户说下周付，收到另一单及尾款", "客户说下周付，另一单已收尾款也已收",
            "客户说下周付，收到另一单和尾款", "客户说下周付，另一单已收，尾款也已收"]


def test_another_orders_came_then_this_money_not_in(tmp_path: Path) -> None:
    """Each of ONE_CLAUSE: 7,000, 72 days, black on T, N, B (main: nothing owed); each of
    CAME_TOO: nothing owed (as main)."""
    _read(tmp_path, ONE_CLAUSE, CAME_TOO)


# (2) another order placed and paid: 7,000, 72 days, black (main: nothing)
PLACED_PAID = ["尾款未收，客户下单已付", "尾款未收，下单已付", "尾款未收，客户下单并已付款",
               "尾款未收，客户新下单已付", "尾款未收，又下单已付全款",
               "尾款未收，客户下单的那笔已付",
               "催款中，客户下单已付", "尾款未收，又下了一单已付"]
# ... the opposites: this money's coming after 下单, or 下单 when this money came (nothing)
PLACED_CAME = ["客户说下周付，未下单，尾款4/20已收", "客户说下周付，下单后尾款已付",
               "客户说下周付，4/20已收，客户下单了", "客户说下周付，下单的尾款已收，这笔也已收"]


def test_an_order_placed_and_paid_is_another_orders_money(tmp_path: Path) -> None:
    """Hand count as above on T, N, B."""
    _read(tmp_path, PLACED_PAID, PLACED_CAME)


# (3) on its way to a place of money: 7,000, 72 days, black (main: nothing)
MONEY_PLACE = ["客户已付，下周到帐", "客户已付，下周到银行", "客户已付，下周到我司",
               "客户已付，下周到我司账户", "客户已付，下周到公司账户", "客户已付，下周到我们账上",
               "客户已付，下周到中行", "客户已付，下周到美元账户", "客户已付，下周到香港账户",
               "客户已付，下周到位", "客户已付，下周到达", "客户已付，下周入账", "客户已付，周五到",
               "客户已付，3天后到", "客户已付，过几天到", "客户已付，钱还没到帐",
               "客户已付，钱还没到", "客户已付，银行说周五到"]
# ... the opposites: goods or a place of goods, the money come (nothing, as main)
GOODS_PLACE = ["客户已付，下周到港", "客户已付，下周到目的港", "客户已付，下周到仓库",
               "客户已付，下周到岸", "客户已付，下周到柜", "客户已付，下周到厂验货",
               "客户已付，下周到洛杉矶", "客户已付，下周到我司仓库", "客户已付，下周到达目的港",
               "客户已付，周五到港", "客户已付，过几天到仓库", "客户已付，钱没到港",
               "客户说下周付，尾款已到帐"]


def test_money_due_at_a_place_of_money(tmp_path: Path) -> None:
    """Hand count as above on T, N, B."""
    _read(tmp_path, MONEY_PLACE, GOODS_PLACE)


# (4) another order's number or words right before the rest: nothing (main: 2,000 black)
OWNER_SPELT = ["X99-1订单尚欠2000", "X99-1单尚欠2000", "X99-1号单尚欠2000", "X99-1这单尚欠2000",
               "X99-1：尚欠2000", "X99-1:尚欠2000", "【X99-1】尚欠2000", "[X99-1]尚欠2000",
               "X99-1/尚欠2000", "X99-1 - 尚欠2000", "另一单：尚欠2000", "2025-4999订单尚欠2000",
               "2025-4999：尚欠2000"]
# ... the opposites: this order's rest, 2,000, 72 days, black (as main; 下单尚欠2000 main 7,000)
OWN_REST = ["X99-1，尚欠2000", "和X99-1合并结算尚欠2000", "其他型号尚欠2000", "尚欠2000",
            "X99-1已结清，尚欠2000", "下单尚欠2000", "客户下单尚欠2000"]


def test_another_orders_number_before_a_rest_in_other_spellings(tmp_path: Path) -> None:
    """Each of OWNER_SPELT nothing open on T, N, B, X99-1 sold on the sheet; each of OWN_REST
    2,000, 72 days, black."""
    want = {**{f"A{i}": PAID for i in range(len(OWNER_SPELT))},
            **{f"R{i}": REST for i in range(len(OWN_REST))}}
    rows, names = _rows(dict(zip(want, [*OWNER_SPELT, *OWN_REST], strict=True)), 7_000)
    got = _accounts(tmp_path, [{"台账": [*rows, X99, LAST]}], list(names))
    expected = {name: want[name[1:].split()[0]] for name in names}
    assert {name: (names[name], got[name]) for name in got if got[name] != expected[name]} == {}


# (5) a wait denied or dropped: nothing (main: 7,000, 72 days, black)
NO_WAIT = ["等客户付款？没有", "等客户付款，没有的事", "等客户付款，不用了已收", "没在等客户付款",
           "没有在等客户付款", "曾等客户付款", "等客户付款？不是"]
# ... the opposites: still waiting, the money denied (7,000, 72 days, black, as main); a wait
# given up says nothing of the money (不再等客户付款: fix67l, rv67i d1)
WAITING = ["等客户付款", "等客户付款，没有收到", "等客户付款，没有", "等客户付款，不是已付",
           "还在等客户付款", "等客户付款，不用了吧还没收", "不再等客户付款"]


def test_a_wait_denied_in_the_next_clause(tmp_path: Path) -> None:
    """Hand count as above on T, N, B."""
    _read(tmp_path, WAITING, NO_WAIT)


# a sample of each, typed on the order's tab (T) and in April's file (F)
LATER_OWED = ["另一单已收但尾款没收", "另一单已到账尾款未到", "尾款未收，客户下单已付",
              "客户已付，下周到帐", "客户已付，下周到我司账户", "客户已付，周五到", "等客户付款"]
LATER_PAID = ["客户说下周付，另一单和尾款已收", "客户说下周付，未下单，尾款4/20已收",
              "客户已付，下周到港", "等客户付款？没有", "等客户付款，不用了已收"]


def test_a_typed_row_in_a_later_file(tmp_path: Path) -> None:
    """Hand count as above, the balance typed on the order's tab and in April's file."""
    got, hand = typed_ways(tmp_path, LATER_OWED, LATER_PAID)
    assert got == hand


def test_a_typed_row_on_a_receipts_tab(tmp_path: Path) -> None:
    """The balance rows typed on a 收款 tab in the ledger's header, their orders on 台账 (with
    X99-1): hand count as above — this money not in 7,000, 72 days, black; come nothing; another
    order's rest nothing; this order's 2,000, 72 days, black. (X99-1's number before a rest on
    this tab is left out: sold on 台账, not the tab's, it is read as this order's by the fast
    import and the whole row planned by the reference, as on main, for every spelling.)"""
    cases = {**dict.fromkeys(LATER_OWED, OWED), **dict.fromkeys(LATER_PAID, PAID),
             "另一单：尚欠2000": PAID, "和X99-1合并结算尚欠2000": REST}
    names = [f"K{i:02d} {note}" for i, note in enumerate(cases)]
    orders = [row for i, name in enumerate(names)
              for row in (_order(f"2025-9{i:02d}", name), DEPOSIT)]
    typed = [_typed(f"2025-9{i:02d}", name, "尾款70%", 7_000, APRIL, name[4:])
             for i, name in enumerate(names)]
    got = _accounts(tmp_path, [{"台账": [*orders, X99, LAST], "收款": typed}], names)
    assert {name: got[name] for name in names if got[name] != cases[name[4:]]} == {}


# (2) in the other readers 下单 with a paid word after it reaches: a rest or a part beside it is
# this order's (2,000, 72 days, black; main nothing), a plan beside it this money's (7,000 black;
# main nothing); 下单少收2000 stays the next order's set-off (nothing, as main)
PLACED_BESIDE = {"尚欠2000，客户下单已付": REST, "到账5000，客户下单已付": REST,
                 "客户说下周付，客户下单已付": OWED, "客户下单少收2000": PAID,
                 "客户下批少付2000": PAID, "下单还欠2000": REST}


def test_an_order_placed_beside_a_rest_or_a_plan(tmp_path: Path) -> None:
    """Hand count as above on T, N, B."""
    want = {f"P{i}": hand for i, hand in enumerate(PLACED_BESIDE.values())}
    rows, names = _rows(dict(zip(want, PLACED_BESIDE, strict=True)), 7_000)
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], list(names))
    expected = {name: want[name[1:].split()[0]] for name in names}
    assert {name: (names[name], got[name]) for name in got if got[name] != expected[name]} == {}
